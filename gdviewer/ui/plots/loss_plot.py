"""The loss plot: f(x_k) against the step k, on a linear or log axis."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import QWidget

from ...core.lessons import LessonKind
from ...model.comparison import Comparison
from ...model.experiment import Experiment
from ...model.player import Player
from .axes import PowerOfTenAxis, StepAxis
from .comparison_overlay import ComparisonOverlay, current_run_label, log_of_losses, positive_bounds
from .ranges import axis_scale, padded_range
from .style import COLORS, REGRESSION_COLORS, configure_plot, set_label

#: Above this many steps the loss curve is drawn without symbols.
MAX_SYMBOLS = 200
#: From this step on, the step axis grows in jumps instead of with every step.
LONG_RUN_STEPS = 200
#: How far past the current step the step axis reaches after a jump.
HEADROOM = 1.2

# Pixels between the note on zero losses and the edges of the view.
NOTE_MARGIN = 6


class LossPlot(pg.PlotWidget):
    """The loss at steps k = 0 … position, with the current step marked.

    A log axis cannot show a loss of exactly 0, so on a log axis zeros are
    drawn as triangles on the bottom edge of the view, with a note saying so
    in a top corner of the view, placed in pixels so that no data range
    or pan can push it out of sight.
    With a ``comparison``, its kept runs are drawn too, up to the same step.
    The plot draws only lessons of ``kind``: f(x_k) over steps for function
    lessons, J(w, b) over epochs for regression lessons.
    """

    def __init__(
        self,
        experiment: Experiment,
        player: Player,
        parent: QWidget | None = None,
        comparison: Comparison | None = None,
        kind: LessonKind = LessonKind.FUNCTION,
    ):
        self._axis = PowerOfTenAxis("left")
        super().__init__(parent, axisItems={"left": self._axis, "bottom": StepAxis("bottom")})
        self.setObjectName("lossPlot" if kind is LessonKind.FUNCTION else "regressionLossPlot")
        self._kind = kind
        self._experiment = experiment
        self._player = player
        self._log = False
        self._view: tuple[float, float, float, float] | None = None
        self._sy = 1.0
        self._drawn: tuple | None = None

        configure_plot(self)
        plot = self.getPlotItem()

        # The current run has one colour in every view: the colour of the
        # visited points on the function plot, or of the path of (w, b) on
        # the contour map of a regression lesson.
        run_color = COLORS["visited"] if kind is LessonKind.FUNCTION else REGRESSION_COLORS["path"]
        self._curve = pg.PlotDataItem(
            pen=pg.mkPen(run_color, width=2),
            symbolBrush=run_color,
            symbolPen=None,
            symbolSize=6,
            # Peak downsampling keeps each pixel column's lowest and highest
            # loss, so one sample per pixel draws the same line as
            # pyqtgraph's default of five, at a fifth of the cost.
            autoDownsampleFactor=1.0,
        )
        # pyqtgraph draws pens wider than one pixel segment by segment, which
        # costs tens of milliseconds for a long run; one polyline is enough.
        self._curve.curve.setSegmentedLineMode("off")
        self._zeros = pg.ScatterPlotItem(
            symbol="t", size=11, pen=None, brush=pg.mkBrush(COLORS["zero"])
        )
        self._current = pg.ScatterPlotItem(
            size=13, pen=pg.mkPen("w", width=2), brush=pg.mkBrush(COLORS["current"])
        )
        self._note = pg.TextItem(color=COLORS["zero"], anchor=(1.0, 0.0))
        self._note.setParentItem(plot.getViewBox())
        self._note.setVisible(False)
        plot.getViewBox().sigResized.connect(self._place_note)
        # Set on the plot, not the curve: PlotItem.addItem gives every curve the
        # plot's own downsampling and clipping settings, which are off by default.
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        for item in (self._curve, self._zeros, self._current):
            plot.addItem(item)
        self._current.setZValue(10)
        self._overlay = None
        if comparison is not None:
            self._overlay = ComparisonOverlay(plot, comparison, experiment, "loss")
            comparison.runsChanged.connect(self.redraw)
        self.retranslate()

        experiment.trajectoryChanged.connect(self.refresh)
        experiment.functionChanged.connect(self.redraw)
        player.positionChanged.connect(self.refresh)
        if kind is LessonKind.REGRESSION:
            # The update mode decides whether a step is an epoch.
            experiment.parametersChanged.connect(self.retranslate)
        self.refresh()

    @property
    def log_scale(self) -> bool:
        return self._log

    @property
    def view_range(self) -> tuple[float, float, float, float]:
        """(k_low, k_high, y_low, y_high); y in log10 units on a log axis."""
        return self._view

    def visible_range(self) -> tuple[float, float, float, float]:
        """Return the range the view box shows now: steps, then loss (log10 on a log axis)."""
        (x_low, x_high), (y_low, y_high) = self.getPlotItem().getViewBox().viewRange()
        return x_low, x_high, y_low * self._sy, y_high * self._sy

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The legend and notes carry translated text too.
            self._drawn = None
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        if self._kind is LessonKind.REGRESSION and self._experiment.samples_batches:
            set_label(plot, "bottom", QCoreApplication.translate("LossPlot", "Step k"))
            set_label(plot, "left", QCoreApplication.translate("LossPlot", "Loss J(w, b)"))
        elif self._kind is LessonKind.REGRESSION:
            set_label(plot, "bottom", QCoreApplication.translate("LossPlot", "Epoch"))
            set_label(plot, "left", QCoreApplication.translate("LossPlot", "Loss J(w, b)"))
        else:
            set_label(plot, "bottom", QCoreApplication.translate("LossPlot", "Step k"))
            set_label(plot, "left", QCoreApplication.translate("LossPlot", "Loss f(x_k)"))
        self._note.setText(QCoreApplication.translate("LossPlot", "▼ loss ≤ 0 (below any log axis)"))

    @Slot(bool)
    def set_log_scale(self, enabled: bool) -> None:
        if enabled == self._log:
            return
        self._log = enabled
        self._axis.set_powers(enabled)
        self._view = None
        self.refresh()

    @property
    def overlay(self) -> ComparisonOverlay | None:
        """The kept runs drawn over this plot, if it shows a comparison."""
        return self._overlay

    @Slot()
    @Slot(str)
    def redraw(self, _function_text: str = "") -> None:
        """Recompute the range, for a new function or new kept runs."""
        self._view = None
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self._experiment.kind is not self._kind:
            return
        trajectory = self._experiment.trajectory
        position = min(self._player.position, trajectory.last_step)
        # A new run arrives twice: as a new trajectory, then as the player's
        # position on it. The second call has nothing new to draw.
        if self._drawn is not None and self._drawn[0] is trajectory and self._drawn[1:] == (position, self._log, self._view):
            return
        losses = trajectory.losses[: position + 1]
        steps = np.arange(position + 1, dtype=float)
        kept = [] if self._overlay is None else [ys for _xs, ys in self._overlay.bounds(position)]

        symbols = "o" if len(losses) <= MAX_SYMBOLS else None
        if self._log:
            self._draw_log(steps, losses, symbols, position, kept)
        else:
            everything = np.concatenate([losses, *kept])
            low, high = padded_range(min(float(everything.min()), 0.0), float(everything.max()), 0.1, 1e-12)
            self._set_scale(axis_scale(low, high))
            self._curve.setData(steps, losses / self._sy, symbol=symbols)
            self._zeros.setData([], [])
            self._note.setVisible(False)
            self._current.setData([float(position)], [float(losses[-1]) / self._sy])
            self._apply_range(position, low, high)
            self._draw_overlay(position, None)
        self._drawn = (trajectory, position, self._log, self._view)

    def _draw_overlay(self, position: int, transform) -> None:
        if self._overlay is None:
            return
        self._overlay.draw(position, 1.0, self._sy, transform)
        self._overlay.update_legend(self._curve, current_run_label(self._experiment))
        self._overlay.place_legend([self._curve.getData()])

    def _draw_log(self, steps, losses, symbols, position, kept) -> None:
        positive = losses > 0
        bounds = positive_bounds([losses, *kept])
        low, high = bounds if bounds is not None else (1.0, 1.0)
        # Zeros sit one decade below the smallest positive loss (or on it,
        # when that loss is so small that a tenth of it underflows to 0).
        floor = low / 10.0 if low / 10.0 > 0.0 else low
        shown = np.log10(np.where(positive, losses, floor))
        self._set_scale(1.0)
        self._curve.setData(steps, shown, symbol=symbols)

        zero_steps = steps[~positive]
        self._zeros.setData(zero_steps, np.full(zero_steps.shape, math.log10(floor)))
        self._note.setVisible(zero_steps.size > 0)
        current = losses[-1] if losses[-1] > 0 else floor
        self._current.setData([float(position)], [math.log10(current)])

        bottom = math.log10(floor) if zero_steps.size else math.log10(low)
        y_low, y_high = padded_range(bottom, math.log10(high), 0.1, 1.0)
        self._apply_range(position, y_low, y_high)
        self._draw_overlay(position, log_of_losses(floor))
        self._place_note()

    @Slot()
    def _place_note(self) -> None:
        """Put the note on zero losses in the top corner that the comparison legend leaves free.

        The note wraps when the view is narrower than its text.
        """
        rect = self.getPlotItem().getViewBox().boundingRect()
        self._note.setTextWidth(-1)
        natural = self._note.textItem.boundingRect().width()
        available = max(rect.width() - 2 * NOTE_MARGIN, 1.0)
        if natural > available:
            self._note.setTextWidth(available)
        legend_corner = None if self._overlay is None else self._overlay.legend_corner
        if legend_corner == (1, 0):
            self._note.setAnchor((0.0, 0.0))
            self._note.setPos(rect.left() + NOTE_MARGIN, rect.top() + NOTE_MARGIN)
        else:
            self._note.setAnchor((1.0, 0.0))
            self._note.setPos(rect.right() - NOTE_MARGIN, rect.top() + NOTE_MARGIN)

    def _set_scale(self, scale: float) -> None:
        self._sy = scale
        self._axis.setScale(scale)

    def _apply_range(self, position: int, y_low: float, y_high: float) -> None:
        # A regression run shows its whole length of epochs, so the axis
        # stays put while playing; a function lesson's axis grows with the
        # steps. The padding leaves room for the whole current-step marker.
        if self._kind is LessonKind.REGRESSION:
            position = self._experiment.trajectory.last_step
        x_low, x_high = padded_range(0.0, max(float(position), 1.0), 0.1, 1.0)
        final = position >= self._experiment.steps
        if self._kind is not LessonKind.REGRESSION and position >= LONG_RUN_STEPS and not final:
            x_low, x_high = self._step_range_with_headroom(position, x_low, x_high)
        view = (x_low, x_high, y_low, y_high)
        if view != self._view:
            self._view = view
            self.getPlotItem().setRange(
                xRange=(x_low, x_high), yRange=(y_low / self._sy, y_high / self._sy), padding=0.0
            )

    def _step_range_with_headroom(self, position: int, x_low: float, x_high: float) -> tuple[float, float]:
        """Keep the shown steps while they hold the current step snugly; else reach a fifth past it.

        A long run played step by step would otherwise move the axis, and
        redraw its ticks and grid, on every frame.
        """
        if self._view is not None:
            shown_low, shown_high = self._view[0], self._view[1]
            contains_step = shown_low <= x_low and x_high <= shown_high
            snug = shown_high - shown_low <= (x_high - x_low) * HEADROOM * 1.01
            if contains_step and snug:
                return shown_low, shown_high
        return padded_range(0.0, position * HEADROOM, 0.1, 1.0)
