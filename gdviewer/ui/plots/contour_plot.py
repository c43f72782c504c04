"""The loss surface J(w, b) as a contour map, with the path of gradient descent."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from ...core.analysis import level_curves
from ...core.lessons import LessonKind
from ...core.numbers import format_number
from ...model.experiment import Experiment
from ...model.player import Player
from .ranges import padded_range
from .style import REGRESSION_COLORS, configure_plot, set_label, set_title

#: Samples of J along each axis of the grid.
GRID_SAMPLES = 160
#: Contour lines drawn between the lowest and the highest J of the grid.
CONTOUR_LEVELS = 12
#: Path points farther than this many view widths outside are not drawn.
PATH_MARGIN_SPANS = 2.0


class ContourPlot(pg.PlotWidget):
    """J(w, b) as colours and contour lines, the path (w_k, b_k) and the optimum.

    The grid of J is computed when the data set or the needed range changes,
    never when the player moves: a new position only redraws the path and
    the current point.
    """

    def __init__(self, experiment: Experiment, player: Player, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contourPlot")
        self._experiment = experiment
        self._player = player
        self._grid_key: tuple | None = None
        self._range: tuple[float, float, float, float] | None = None
        configure_plot(self)

        plot = self.getPlotItem()
        self._image = pg.ImageItem(axisOrder="col-major")
        self._image.setLookupTable(pg.colormap.get("viridis").getLookupTable(nPts=256, alpha=False))
        self._image.setOpacity(0.55)
        self._contours = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 110), width=1), connect="finite")
        self._path = pg.PlotDataItem(
            connect="finite",
            pen=pg.mkPen(REGRESSION_COLORS["path"], width=2),
            symbol="o", symbolSize=4, symbolPen=None, symbolBrush=REGRESSION_COLORS["path"],
        )
        self._start = pg.ScatterPlotItem(size=10, symbol="s", pen=pg.mkPen("w", width=1), brush=pg.mkBrush("#0072B2"))
        self._current = pg.ScatterPlotItem(size=14, pen=pg.mkPen("w", width=2), brush=pg.mkBrush(REGRESSION_COLORS["line"]))
        self._optimum = pg.ScatterPlotItem(size=18, symbol="star", pen=pg.mkPen("w", width=1),
                                           brush=pg.mkBrush(REGRESSION_COLORS["optimum"]))
        # White text on a dark box stays readable over every colour of the map.
        self._optimum_label = pg.TextItem(color="w", fill=pg.mkBrush(0, 0, 0, 160), anchor=(-0.1, 1.1))
        font = QFont()
        font.setPointSizeF(10)
        self._optimum_label.setFont(font)
        for item in (self._image, self._contours, self._path, self._start, self._optimum, self._current):
            plot.addItem(item)
        plot.addItem(self._optimum_label, ignoreBounds=True)
        self._current.setZValue(10)
        self.retranslate()

        # A data edit always recomputes the run, so trajectoryChanged
        # follows every dataChanged and is the one signal needed here.
        experiment.trajectoryChanged.connect(self.refresh)
        player.positionChanged.connect(self._draw_position)
        self.refresh()

    @property
    def current_marker(self) -> tuple[float, float]:
        """The (w, b) where the current point is drawn."""
        xs, ys = self._current.getData()
        return float(xs[0]), float(ys[0])

    @property
    def grid_range(self) -> tuple[float, float, float, float] | None:
        """(w_low, w_high, b_low, b_high) of the grid of J now shown."""
        return self._range

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        set_label(plot, "bottom", "w")
        set_label(plot, "left", "b")
        set_title(plot, QCoreApplication.translate("ContourPlot", "Loss surface J(w, b)"))

    @Slot()
    def refresh(self) -> None:
        """Recompute the grid if the data or the needed range changed, then redraw."""
        if self._experiment.kind is not LessonKind.REGRESSION:
            return
        objective = self._experiment.objective
        needed = self._needed_range()
        if self._range is None or self._grid_key is None or self._grid_key[0] is not objective or not _fits(needed, self._range):
            self._range = needed
            self._draw_grid(objective)
            self._grid_key = (objective, needed)
            self.getPlotItem().setRange(xRange=needed[:2], yRange=needed[2:], padding=0.0)
        self._draw_optimum(objective)
        self._draw_position(self._player.position)

    def _needed_range(self) -> tuple[float, float, float, float]:
        """Cover the start, the optimum and every step whose loss stays near the start's."""
        trajectory = self._experiment.trajectory
        points = trajectory.points
        low_loss = trajectory.losses <= 2.0 * trajectory.losses[0] + 1e-12
        covered = points[low_loss]
        # With no single optimum, the nearest point of the valley floor
        # keeps the floor in view.
        with np.errstate(all="ignore"):
            floor = self._experiment.objective.nearest_minimizer(points[0])
        if np.all(np.isfinite(floor)):
            covered = np.vstack([covered, floor])
        w_low, w_high = padded_range(float(covered[:, 0].min()), float(covered[:, 0].max()), 0.25, 1.0)
        b_low, b_high = padded_range(float(covered[:, 1].min()), float(covered[:, 1].max()), 0.25, 1.0)
        return w_low, w_high, b_low, b_high

    def _draw_grid(self, objective) -> None:
        w_low, w_high, b_low, b_high = self._range
        ws = np.linspace(w_low, w_high, GRID_SAMPLES)
        bs = np.linspace(b_low, b_high, GRID_SAMPLES)
        grid = np.stack(np.meshgrid(ws, bs, indexing="ij"), axis=-1)
        with np.errstate(all="ignore"):
            values = objective.value(grid)
        finite = np.isfinite(values)
        low = float(values[finite].min()) if finite.any() else 0.0
        high = float(values[finite].max()) if finite.any() else 1.0
        # Colours follow log(J − J_min), so the valley floor keeps its detail.
        shade = np.log10(np.where(finite, values, high) - low + 1e-9 * (high - low) + 1e-300)
        self._image.setImage(shade, autoLevels=True)
        dw, db = ws[1] - ws[0], bs[1] - bs[0]
        self._image.setRect(QRectF(w_low - dw / 2, b_low - db / 2, w_high - w_low + dw, b_high - b_low + db))
        self._draw_contours(objective, high)

    def _draw_contours(self, objective, high: float) -> None:
        """Draw the exact level sets of J, halving the height above the minimum each time."""
        w_low, w_high, b_low, b_high = self._range
        centre = np.array([(w_low + w_high) / 2, (b_low + b_high) / 2])
        with np.errstate(all="ignore"):
            minimizer = objective.nearest_minimizer(centre)
            minimum = float(objective.value(minimizer))
        if not (np.all(np.isfinite(minimizer)) and np.isfinite(high) and high > minimum):
            self._contours.setData([], [])
            return
        heights = (high - minimum) * 0.5 ** np.arange(1, CONTOUR_LEVELS + 1)
        half_length = 2.0 * float(np.hypot(w_high - w_low, b_high - b_low)) + float(np.hypot(*(minimizer - centre)))
        curves = level_curves(objective.hessian(), minimizer, heights, half_length)
        # One item draws every curve: a NaN row separates two curves.
        gap = np.full((1, 2), np.nan)
        joined = np.vstack([part for curve in curves for part in (curve, gap)])
        self._contours.setData(joined[:, 0], joined[:, 1])

    def _draw_optimum(self, objective) -> None:
        optimum = objective.optimum()
        if optimum is None:
            self._optimum.setData([], [])
            self._optimum_label.setVisible(False)
            return
        self._optimum.setData([float(optimum[0])], [float(optimum[1])])
        self._optimum_label.setText(
            QCoreApplication.translate("ContourPlot", "optimum ({w}, {b})").format(w=format_number(optimum[0], 4), b=format_number(optimum[1], 4))
        )
        self._optimum_label.setPos(float(optimum[0]), float(optimum[1]))
        self._optimum_label.setVisible(True)

    @Slot(int)
    def _draw_position(self, position: int) -> None:
        if self._experiment.kind is not LessonKind.REGRESSION or self._range is None:
            return
        trajectory = self._experiment.trajectory
        position = min(position, trajectory.last_step)
        points = trajectory.points[: position + 1]
        path = self._near_view(points)
        self._path.setData(path[:, 0], path[:, 1], symbol="o" if len(path) <= 200 else None)
        self._start.setData([points[0, 0]], [points[0, 1]])
        self._current.setData([points[-1, 0]], [points[-1, 1]])

    def _near_view(self, points: np.ndarray) -> np.ndarray:
        """Replace the far-away points of a diverging run by NaN (a gap in the path).

        Coordinates such as 1e150 would overflow the painter's arithmetic,
        and long segments between far points of a zigzag would cross the
        map as lines that the run never walked near.
        """
        w_low, w_high, b_low, b_high = self._range
        w_margin = PATH_MARGIN_SPANS * (w_high - w_low)
        b_margin = PATH_MARGIN_SPANS * (b_high - b_low)
        near = (
            (points[:, 0] > w_low - w_margin) & (points[:, 0] < w_high + w_margin)
            & (points[:, 1] > b_low - b_margin) & (points[:, 1] < b_high + b_margin)
        )
        return np.where(near[:, None], points, np.nan)


def _fits(needed, current) -> bool:
    """True if ``needed`` lies inside ``current`` and fills at least a third of each side."""
    w_low, w_high, b_low, b_high = needed
    c_w_low, c_w_high, c_b_low, c_b_high = current
    inside = c_w_low <= w_low and w_high <= c_w_high and c_b_low <= b_low and b_high <= c_b_high
    snug = (w_high - w_low) * 3 >= (c_w_high - c_w_low) and (b_high - b_low) * 3 >= (c_b_high - c_b_low)
    return inside and snug
