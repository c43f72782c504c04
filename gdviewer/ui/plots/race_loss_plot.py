"""The racers' losses against the step, on a linear or log axis."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import QWidget

from ...core.lessons import LessonKind
from ...core.race import MAX_RACERS
from ...model.experiment import Experiment
from ...model.player import Player
from .axes import PowerOfTenAxis, StepAxis
from .ranges import axis_scale, finite_bounds, padded_range
from .racer_style import racer_color
from .growing_curve import GrowingCurve
from .style import configure_plot, set_label, set_title

#: On a log axis, the share of the losses' span added below them when the range moves.
LOG_HEADROOM = 0.3


class RaceLossPlot(pg.PlotWidget):
    """f(x_k) of every racer for k = 0 … the player's position.

    The step axis spans the whole race, so it stays put while playing. A
    log axis cannot show a loss of 0 or below (the saddle's loss falls
    below 0). A race whose computed losses reach 0 or below therefore
    switches to a linear axis, until the user chooses the axis. On a log
    axis that the user chose, those steps are left out. A note explains
    either case.

    Signals
    -------
    logScaleChanged(bool)
        The plot chose its axis itself: True for log, False for linear.
    noteChanged(str)
        The note to show beside the plot, or an empty string for none.
    """

    logScaleChanged = Signal(bool)
    noteChanged = Signal(str)

    def __init__(self, experiment: Experiment, player: Player, parent: QWidget | None = None):
        self._axis = PowerOfTenAxis("left")
        super().__init__(parent, axisItems={"left": self._axis, "bottom": StepAxis("bottom")})
        self.setObjectName("raceLossPlot")
        self._experiment = experiment
        self._race = experiment.race
        self._player = player
        self._log = True
        # The plot picks the axis until the user does, once per lesson or surface.
        self._automatic = True
        self._switched = False
        self._note = ""
        self._hidden = False
        self._axis.set_powers(True)
        self._view: tuple[float, float, float, float] | None = None
        self._shown: list[np.ndarray] = []
        self._generation = -1
        self._last_steps: list[int] = []
        self._steps = np.empty(0)
        configure_plot(self)

        plot = self.getPlotItem()
        self._curves = []
        for slot in range(MAX_RACERS):
            # A one-pixel pen draws a curve as one polyline. Wider pens make
            # pyqtgraph draw each segment on its own, which is slower.
            curve = GrowingCurve(plot, pen=pg.mkPen(racer_color(slot), width=1), autoDownsampleFactor=1.0)
            curve.setZValue(MAX_RACERS - slot)
            self._curves.append(curve)
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        self._cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen((255, 255, 255, 120), width=1))
        plot.addItem(self._cursor, ignoreBounds=True)
        self.retranslate()

        experiment.trajectoryChanged.connect(self.refresh)
        experiment.lessonChanged.connect(self._choose_scale_again)
        self._race.surfaceChanged.connect(self._choose_scale_again)
        player.positionChanged.connect(self._draw_position)
        self.refresh()

    @property
    def log_scale(self) -> bool:
        return self._log

    @property
    def note(self) -> str:
        """The note on losses ≤ 0 shown beside the plot, empty when there is none."""
        return self._note

    def curve_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the drawn loss curve of racer ``index``: steps and losses (log10 on a log axis)."""
        xs, ys = self._curves[self._race.slots[index]].getData()
        return (np.empty(0), np.empty(0)) if xs is None else (xs, ys)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        set_label(plot, "bottom", QCoreApplication.translate("RaceLossPlot", "Step k"))
        set_label(plot, "left", QCoreApplication.translate("RaceLossPlot", "Loss f(x_k)"))
        set_title(plot, QCoreApplication.translate("RaceLossPlot", "Loss of each racer"))
        self._show_note(self._hidden)

    @Slot(bool)
    def set_log_scale(self, enabled: bool) -> None:
        """Use the axis the user chose, for the rest of this lesson."""
        self._automatic = False
        self._switched = False
        self._apply_scale(enabled)
        self.refresh()

    @Slot()
    def _choose_scale_again(self) -> None:
        """Start a new lesson or surface on a log axis, unless its losses reach 0 or below."""
        self._automatic = True
        self._switched = False
        if not self._log:
            self._apply_scale(True)
            self.logScaleChanged.emit(True)
        self.refresh()

    def _apply_scale(self, log: bool) -> None:
        if log == self._log:
            return
        self._log = log
        self._axis.set_powers(log)
        self._axis.setScale(1.0)
        self._view = None

    def _switch_to_linear_if_needed(self) -> None:
        """Leave an automatic log axis once any computed loss is 0 or below."""
        if not (self._log and self._automatic):
            return
        if any(np.any(trajectory.losses <= 0.0) for trajectory in self._race.trajectories):
            self._switched = True
            self._apply_scale(False)
            self.logScaleChanged.emit(False)

    def _show_note(self, hidden: bool) -> None:
        """Emit ``noteChanged`` when the note changes: the switch to a linear axis, or the hidden losses."""
        if self._switched and not self._log:
            note = QCoreApplication.translate(
                "RaceLossPlot", "Linear axis: some losses are 0 or below, which a log axis cannot show."
            )
        elif self._log and hidden:
            note = QCoreApplication.translate("RaceLossPlot", "Losses ≤ 0 are not drawn on a log axis.")
        else:
            note = ""
        self._hidden = hidden
        if note != self._note:
            self._note = note
            self.noteChanged.emit(note)

    @Slot()
    def refresh(self) -> None:
        """Prepare the values to draw for the computed steps, then draw up to the position."""
        if self._experiment.kind is not LessonKind.SURFACE:
            return
        self._switch_to_linear_if_needed()
        trajectories = self._race.trajectories
        scale = 1.0
        if not self._log:
            bounds = [finite_bounds(trajectory.losses) for trajectory in trajectories]
            scale = max(axis_scale(*bound) for bound in bounds if bound is not None)
        rescaled = scale != self._axis.scale
        if rescaled:
            self._axis.setScale(scale)
            self._view = None
        self._shown = [self._values(trajectory.losses, scale) for trajectory in trajectories]
        self._steps = np.arange(max((len(shown) for shown in self._shown), default=0), dtype=float)
        extended = self._race.generation == self._generation and len(self._last_steps) == len(trajectories)
        shown_before = min(self._last_steps, default=0)
        self._generation = self._race.generation
        self._last_steps = [trajectory.last_step for trajectory in trajectories]
        if extended and self._player.position < shown_before and not rescaled:
            # New steps lie beyond the position, so nothing drawn changes.
            return
        self._draw_position(self._player.position)

    def _values(self, losses: np.ndarray, scale: float) -> np.ndarray:
        """Return the losses in the axis's units: divided by the axis scale, or log10 of them."""
        if not self._log:
            return losses / scale
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(losses > 0.0, np.log10(np.where(losses > 0.0, losses, 1.0)), np.nan)

    @Slot(int)
    def _draw_position(self, position: int) -> None:
        if self._experiment.kind is not LessonKind.SURFACE or not self._shown:
            return
        if self._generation != self._race.generation:
            # The player can move before this view has seen a new race.
            self.refresh()
            return
        slots = self._race.slots
        for slot in range(MAX_RACERS):
            self._curves[slot].setVisible(slot in slots)
        hidden = False
        for slot, shown in zip(slots, self._shown):
            values = shown[: position + 1]
            self._curves[slot].set_data(self._steps[: len(values)], values, (shown, self._steps))
            hidden = hidden or bool(np.isnan(values).any())
        self._cursor.setPos(float(position))
        self._show_note(hidden)
        self._apply_range(position)

    def _apply_range(self, position: int) -> None:
        """Fit the losses up to the position; keep the range while they stay inside it."""
        bounds = [finite_bounds(shown[: position + 1]) for shown in self._shown]
        bounds = [bound for bound in bounds if bound is not None]
        low = min((bound[0] for bound in bounds), default=0.0)
        high = max((bound[1] for bound in bounds), default=1.0)
        y_low, y_high = padded_range(low, high, 0.08, 1.0 if self._log else 1e-12)
        x_low, x_high = padded_range(0.0, max(float(self._race.steps), 1.0), 0.02, 1.0)
        view = self._view
        # The view stays while it contains the losses themselves. The padding
        # grows with their span and would otherwise move it every frame.
        if view is not None and view[2] <= low and high <= view[3] and (view[3] - view[2]) <= 4.0 * (y_high - y_low):
            y_low, y_high = view[2], view[3]
        elif self._log:
            # Losses keep falling through decades while a race plays; room
            # below them keeps the axis, and its ticks, still for a while.
            y_low -= LOG_HEADROOM * (y_high - y_low)
        view = (x_low, x_high, y_low, y_high)
        if view != self._view:
            self._view = view
            self.getPlotItem().setRange(xRange=(x_low, x_high), yRange=(y_low, y_high), padding=0.0)
