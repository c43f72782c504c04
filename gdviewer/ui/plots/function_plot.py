"""The function plot: the curve, the visited points and the current update."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEasingCurve, QEvent, QVariantAnimation, Qt, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from ...core.lessons import LessonKind
from ...model.comparison import Comparison
from ...model.experiment import Experiment
from ...model.player import Player
from .axes import NumberAxis
from .comparison_overlay import ComparisonOverlay, current_run_label
from .ranges import PointThinner, axis_scale, keeps_view, padded_range
from .style import COLORS, configure_plot, set_label

CURVE_SAMPLES = 600
MAX_LABELS = 40
LABEL_SPACING_PX = 30.0
MOVE_DURATION_MS = 220


#: Besides the minimum nearest the start, minima up to this far from the
#: start are kept in view, so that both valleys of x⁴ − 3x² + x show.
MINIMA_IN_VIEW_DISTANCE = 4.0


def _minimizers_near(objective, start: float) -> list[float]:
    """Return the minimizers to keep in view: the nearest to ``start`` and any close to it."""
    minimizers = sorted((float(m) for m in objective.minimizers()), key=lambda x: abs(x - start))
    return [x for index, x in enumerate(minimizers) if index == 0 or abs(x - start) <= MINIMA_IN_VIEW_DISTANCE]


class FunctionPlot(pg.PlotWidget):
    """f(x) with every visited point x0, x1, …, the tangent and the update.

    The highlighted current point glides to its new place with a short
    eased animation when the player moves by one step; longer jumps are
    drawn at once. With a ``comparison``, its kept runs are drawn too, up
    to the same step, with a legend.
    """

    def __init__(
        self,
        experiment: Experiment,
        player: Player,
        parent: QWidget | None = None,
        comparison: Comparison | None = None,
    ):
        super().__init__(parent, axisItems={"left": NumberAxis("left"), "bottom": NumberAxis("bottom")})
        self.setObjectName("functionPlot")
        self._experiment = experiment
        self._player = player
        self._thinner = PointThinner()
        self._view: tuple[float, float, float, float] | None = None
        self._scaled_view: tuple[float, float, float, float] | None = None
        # Values are drawn divided by these powers of ten (see axis_scale).
        self._sx = 1.0
        self._sy = 1.0
        self._shown = np.zeros(2)
        self._animate = True

        configure_plot(self)
        plot = self.getPlotItem()

        self._curve = pg.PlotDataItem(pen=pg.mkPen(COLORS["curve"], width=2), connect="finite")
        self._tangent = pg.PlotDataItem(pen=pg.mkPen(COLORS["tangent"], width=2, style=Qt.PenStyle.DashLine))
        self._shaft = pg.PlotDataItem(pen=pg.mkPen(COLORS["update"], width=2))
        self._head = pg.ArrowItem(
            headLen=14, tipAngle=36, tailLen=0, pen=None, brush=QColor(COLORS["update"])
        )
        self._visited = pg.ScatterPlotItem(
            size=9, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(COLORS["visited"])
        )
        self._next = pg.ScatterPlotItem(
            size=12, pen=pg.mkPen(COLORS["update"], width=2), brush=pg.mkBrush(0, 0, 0, 0)
        )
        self._current = pg.ScatterPlotItem(
            size=16, pen=pg.mkPen("w", width=2), brush=pg.mkBrush(COLORS["current"])
        )
        self._current_label = self._make_label(COLORS["current"], bold=True)
        self._labels = [self._make_label(COLORS["label"]) for _ in range(MAX_LABELS)]
        for item in (self._curve, self._tangent, self._shaft, self._head, self._visited, self._next, self._current):
            plot.addItem(item)
        self._current.setZValue(10)
        self._current_label.setZValue(11)

        self._motion = QVariantAnimation(self)
        self._motion.setStartValue(0.0)
        self._motion.setEndValue(1.0)
        self._motion.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._motion.valueChanged.connect(self._on_motion)
        self._motion_from = np.zeros(2)
        self._motion_to = np.zeros(2)

        self._overlay = None
        if comparison is not None:
            self._overlay = ComparisonOverlay(plot, comparison, experiment, "function")
            comparison.runsChanged.connect(self.redraw)

        set_label(plot, "bottom", "x")
        experiment.trajectoryChanged.connect(self.refresh)
        experiment.functionChanged.connect(self.redraw)
        player.positionChanged.connect(self._on_position_changed)
        self.refresh()

    # Public

    @property
    def view_range(self) -> tuple[float, float, float, float]:
        """The (x_low, x_high, y_low, y_high) that was last applied."""
        return self._view

    def visible_range(self) -> tuple[float, float, float, float]:
        """Return the range the view box shows now, in data units."""
        (x_low, x_high), (y_low, y_high) = self.getPlotItem().getViewBox().viewRange()
        return x_low * self._sx, x_high * self._sx, y_low * self._sy, y_high * self._sy

    @property
    def current_marker(self) -> tuple[float, float]:
        """Where the highlighted point is drawn now (mid-animation included)."""
        return float(self._shown[0]), float(self._shown[1])

    @property
    def motion(self) -> QVariantAnimation:
        """Return the animation that moves the current point; its finished
        signal is emitted when the point has arrived."""
        return self._motion

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The legend of kept runs carries translated text.
            self.refresh()
        super().changeEvent(event)

    @property
    def animated(self) -> bool:
        """True while moves between steps glide instead of jumping."""
        return self._animate

    @Slot(bool)
    def set_animated(self, enabled: bool) -> None:
        self._animate = enabled

    def set_move_duration(self, milliseconds: int) -> None:
        self._motion.setDuration(max(0, min(MOVE_DURATION_MS, milliseconds)))

    @property
    def overlay(self) -> ComparisonOverlay | None:
        """The kept runs drawn over this plot, if it shows a comparison."""
        return self._overlay

    @Slot()
    def refresh(self) -> None:
        """Redraw everything for the current trajectory and position."""
        if self._experiment.kind is not LessonKind.FUNCTION:
            return
        self._motion.stop()
        self._draw(self._player.position)
        self._place_current(self._target(self._player.position))

    @Slot()
    @Slot(str)
    def redraw(self, _function_text: str = "") -> None:
        """Recompute the range and curves, for a new function or new kept runs."""
        self._view = None
        self.refresh()

    # Drawing

    @Slot(int)
    def _on_position_changed(self, position: int) -> None:
        if self._experiment.kind is not LessonKind.FUNCTION:
            return
        start = self._shown.copy()
        one_step = abs(position - self._previous_position) == 1
        self._draw(position)
        target = self._target(position)
        if self._animate and one_step and self._motion.duration() > 0:
            self._motion.stop()
            self._motion_from, self._motion_to = start, target
            self._motion.start()
        else:
            self._motion.stop()
            self._place_current(target)

    def _draw(self, position: int) -> None:
        self._previous_position = position
        trajectory = self._experiment.trajectory
        objective = self._experiment.objective
        position = min(position, trajectory.last_step)
        xs = trajectory.points[: position + 1, 0]
        ys = trajectory.losses[: position + 1]
        has_next = position < trajectory.last_step

        self._update_range(trajectory, position, objective)
        self._draw_curve(objective)
        self._draw_visited(xs, ys)
        self._draw_tangent(trajectory, position)
        self._draw_update(trajectory, position, has_next)
        self._draw_overlay(position)

        self._current_label.setText(f"x{position}")

    def _draw_overlay(self, position: int) -> None:
        if self._overlay is None:
            return
        if self._view_changed:
            self._overlay.draw_curves(self._view, self._sx, self._sy)
        self._overlay.draw(position, self._sx, self._sy)
        self._overlay.update_legend(self._visited, current_run_label(self._experiment))
        self._overlay.place_legend([self._curve.getData(), self._visited.getData(), self._current.getData()])

    def _update_range(self, trajectory, position, objective) -> None:
        last = min(position + 1, trajectory.last_step)
        xs = trajectory.points[: last + 1, 0]
        ys = trajectory.losses[: last + 1]
        if self._overlay is not None:
            for kept_xs, kept_ys in self._overlay.bounds(position):
                xs = np.concatenate([xs, kept_xs])
                ys = np.concatenate([ys, kept_ys])

        x_low, x_high = float(xs.min()), float(xs.max())
        minimizers = _minimizers_near(objective, float(trajectory.points[0, 0]))
        for minimizer in minimizers:
            x_low, x_high = min(x_low, minimizer), max(x_high, minimizer)
        needed_x = (x_low, x_high)
        x_low, x_high = padded_range(x_low, x_high, padding=0.15, min_span=2.0)
        # The lowest values in view: the edges, the middle and every minimum.
        samples = [x_low, 0.5 * x_low + 0.5 * x_high, x_high, *minimizers]
        with np.errstate(all="ignore"):
            floor = objective.value(np.array(samples)[:, None])
        finite_floor = floor[np.isfinite(floor)]
        y_low = min(float(ys.min()), float(finite_floor.min()) if finite_floor.size else 0.0)
        y_high = float(ys.max())
        needed = (*needed_x, y_low, y_high)
        y_low, y_high = padded_range(y_low, y_high, padding=0.2, min_span=1.0)
        view = (x_low, x_high, y_low, y_high)
        if not keeps_view(self._view, needed):
            self._view = view
            self._sx = axis_scale(x_low, x_high)
            self._sy = axis_scale(y_low, y_high)
            plot = self.getPlotItem()
            plot.getAxis("bottom").setScale(self._sx)
            plot.getAxis("left").setScale(self._sy)
            self._scaled_view = (x_low / self._sx, x_high / self._sx, y_low / self._sy, y_high / self._sy)
            plot.setRange(
                xRange=self._scaled_view[:2], yRange=self._scaled_view[2:], padding=0.0, update=True
            )
            self._view_changed = True
        else:
            self._view_changed = False

    def _draw_curve(self, objective) -> None:
        if not self._view_changed and self._curve.xData is not None:
            return
        x_low, x_high = self._view[0], self._view[1]
        grid = np.linspace(x_low, x_high, CURVE_SAMPLES)
        with np.errstate(all="ignore"):
            values = objective.value(grid[:, None])
        # Clip far above the view so huge values never reach the painter.
        y_low, y_high = self._view[2], self._view[3]
        limit = y_high + 4.0 * (y_high / 2 - y_low / 2)
        values = np.where(np.isfinite(values) & (values <= limit), values, np.nan)
        self._curve.setData(grid / self._sx, values / self._sy)

    def _draw_visited(self, xs: np.ndarray, ys: np.ndarray) -> None:
        box = self.getPlotItem().getViewBox()
        size = (box.width(), box.height())
        chosen = self._thinner.select(xs, ys, self._view, size)
        self._visited.setData(xs[chosen] / self._sx, ys[chosen] / self._sy)
        self._place_labels(xs, ys, chosen, size)

    def _place_labels(self, xs, ys, chosen, size) -> None:
        x_low, x_high, y_low, y_high = self._view
        # Halves keep the differences finite for values near the largest float.
        x_pixels = size[0] / (x_high / 2 - x_low / 2)
        y_pixels = size[1] / (y_high / 2 - y_low / 2)
        current = len(xs) - 1
        # The current point has its own label: keep the others clear of it.
        placed = [((xs[current] / 2 - x_low / 2) * x_pixels, (ys[current] / 2 - y_low / 2) * y_pixels)]
        used = 0
        for index in chosen[: 4 * MAX_LABELS]:
            if used == MAX_LABELS:
                break
            px = (xs[index] / 2 - x_low / 2) * x_pixels
            py = (ys[index] / 2 - y_low / 2) * y_pixels
            if all(math.hypot(px - qx, py - qy) >= LABEL_SPACING_PX for qx, qy in placed):
                label = self._labels[used]
                label.setText(f"x{int(index)}")
                label.setPos(float(xs[index] / self._sx), float(ys[index] / self._sy))
                label.setVisible(True)
                placed.append((px, py))
                used += 1
        for label in self._labels[used:]:
            label.setVisible(False)

    def _draw_tangent(self, trajectory, position: int) -> None:
        x = float(trajectory.points[position, 0])
        y = float(trajectory.losses[position])
        slope = float(trajectory.gradients[position, 0])
        half = 0.18 * (self._view[1] / 2 - self._view[0] / 2)
        with np.errstate(all="ignore"):
            xs = np.array([x - half, x + half])
            ys = y + slope * (xs - x)
        if np.all(np.isfinite(ys)):
            self._tangent.setData(xs / self._sx, ys / self._sy)
        else:
            self._tangent.setData([], [])

    def _draw_update(self, trajectory, position: int, has_next: bool) -> None:
        if not has_next:
            self._shaft.setData([], [])
            self._next.setData([], [])
            self._head.setVisible(False)
            return
        x0, x1 = trajectory.points[position : position + 2, 0] / self._sx
        y0, y1 = trajectory.losses[position : position + 2] / self._sy
        self._shaft.setData([x0, x1], [y0, y1])
        self._next.setData([x1], [y1])
        box = self.getPlotItem().getViewBox()
        start = box.mapViewToScene(pg.Point(float(x0), float(y0)))
        end = box.mapViewToScene(pg.Point(float(x1), float(y1)))
        # ArrowItem's angle is in screen degrees, pointing left at 0.
        angle = math.degrees(math.atan2(end.y() - start.y(), end.x() - start.x())) + 180.0
        self._head.setStyle(angle=angle)
        self._head.setPos(float(x1), float(y1))
        self._head.setVisible(True)

    def _target(self, position: int) -> np.ndarray:
        trajectory = self._experiment.trajectory
        position = min(position, trajectory.last_step)
        return np.array([trajectory.points[position, 0], trajectory.losses[position]])

    @Slot(object)
    def _on_motion(self, fraction) -> None:
        t = float(fraction)
        self._place_current(self._motion_from + t * (self._motion_to - self._motion_from))

    def _place_current(self, point: np.ndarray) -> None:
        self._shown = np.asarray(point, dtype=float)
        x, y = float(self._shown[0] / self._sx), float(self._shown[1] / self._sy)
        self._current.setData([x], [y])
        self._current_label.setPos(x, y)

    def _make_label(self, color: str, bold: bool = False) -> pg.TextItem:
        label = pg.TextItem(color=color, anchor=(0.0, 1.1))
        font = QFont()
        font.setPointSizeF(11 if bold else 9.5)
        font.setBold(bold)
        label.setFont(font)
        label.setVisible(bold)
        self.getPlotItem().addItem(label, ignoreBounds=True)
        return label
