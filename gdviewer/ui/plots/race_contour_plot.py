"""The race's contour map: the surface, every racer's path, current points and gradient arrows.

Clicking the map starts every racer from the clicked point.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy, QWidget

from ...core.contours import ContourGrid
from ...core.lessons import LessonKind
from ...core.race import MAX_RACERS
from ...model.experiment import Experiment
from ...model.player import Player
from ..race_names import racer_label
from .path_thinning import SegmentThinner
from .race_map_geometry import ARROW_HEAD_PX, clamp_to_box, columns, near_box, place_arrow, trace_contours
from .racer_style import racer_color, racer_symbol
from .growing_curve import GrowingCurve
from .style import configure_plot, set_label, set_title

#: Pen width of the paths, in pixels; see where the paths are created.
PATH_WIDTH_PX = 1
#: Paths with up to this many points get a dot at every step.
MAX_PATH_SYMBOLS = 300
#: The shading: dark at the minimum, lighter uphill, so the coloured paths stand out.
SHADE_COLORS = ((16, 22, 34), (70, 86, 110), (150, 160, 172))


class _StartClickViewBox(pg.ViewBox):
    """A view box that hands left clicks to the map, which sets the start point."""

    def __init__(self, owner: RaceContourPlot):
        super().__init__()
        self._owner = owner

    def mouseClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        point = self.mapSceneToView(event.scenePos())
        self._owner.start_at(point.x(), point.y())


class RaceContourPlot(pg.PlotWidget):
    """The surface as shading and contour lines, with up to six paths racing over it.

    The contour lines come from the model's grid, which is computed once
    per surface and box. They are traced once per grid and kept, so moving
    the player or resizing the view redraws only the paths, the current
    points and the arrows. A path is drawn through the segments that join
    a new pair of screen pixels, so a racer that crawls, jitters or has
    converged adds no work per frame.
    """

    def __init__(self, experiment: Experiment, player: Player, parent: QWidget | None = None):
        self._box = _StartClickViewBox(self)
        super().__init__(parent, viewBox=self._box)
        self.setObjectName("raceContourPlot")
        self._experiment = experiment
        self._race = experiment.race
        self._player = player
        self._grid: ContourGrid | None = None
        self._shown_paths: list[np.ndarray] = []
        self._thinners = [SegmentThinner() for _ in range(MAX_RACERS)]
        self._generation = -1
        self._last_steps: list[int] = []
        self._drawn: list[tuple[np.ndarray, np.ndarray]] = []
        self._arrows_visible = False
        configure_plot(self)

        plot = self.getPlotItem()
        self._shade = pg.ImageItem(axisOrder="row-major")
        self._shade.setLookupTable(pg.ColorMap(np.linspace(0.0, 1.0, len(SHADE_COLORS)), SHADE_COLORS).getLookupTable(nPts=256))
        self._contours = pg.PlotCurveItem(pen=pg.mkPen((235, 235, 235, 90), width=1), connect="finite")
        self._minima = pg.ScatterPlotItem(size=20, symbol="star", pen=pg.mkPen("w", width=1), brush=pg.mkBrush("#FFFFFF"))
        self._saddles = pg.ScatterPlotItem(size=13, symbol="x", pen=None, brush=pg.mkBrush("#BBBBBB"))
        self._start = pg.ScatterPlotItem(size=11, symbol="s", pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush(0, 0, 0, 160))
        for item in (self._shade, self._contours, self._minima, self._saddles, self._start):
            plot.addItem(item)
        # The map changes only with the surface, so frames repaint it from pixmaps.
        self._shade.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._contours.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

        self._paths = []
        self._arrows = []
        for slot in range(MAX_RACERS):
            # A one-pixel pen draws a path as one polyline. Wider pens make
            # pyqtgraph draw each segment on its own, which made a frame of
            # a long race about 3 ms slower (benchmarks/bench_race_view.py).
            path = GrowingCurve(
                plot, pen=pg.mkPen(racer_color(slot), width=PATH_WIDTH_PX),
                symbolPen=None, symbolBrush=racer_color(slot), symbolSize=4,
            )
            arrow = pg.ArrowItem(
                headLen=ARROW_HEAD_PX, tailWidth=2, pen=pg.mkPen(racer_color(slot)), brush=pg.mkBrush(racer_color(slot))
            )
            arrow.setZValue(20)
            arrow.setVisible(False)
            # Racer 1 draws on top, so the batch path of the SGD lesson stays visible.
            path.setZValue(MAX_RACERS - slot)
            plot.addItem(arrow, ignoreBounds=True)
            self._paths.append(path)
            self._arrows.append(arrow)
        self._current = pg.ScatterPlotItem(size=14, pxMode=True)
        # Styles of the current points, made once instead of in every frame.
        self._marker_pen = pg.mkPen("w", width=1.5)
        self._marker_brushes = [pg.mkBrush(racer_color(slot)) for slot in range(MAX_RACERS)]
        self._stopped_brush = pg.mkBrush(None)
        self._current.setZValue(10)
        plot.addItem(self._current)

        # The legend sits in its own column right of the map, so it never covers a path.
        self._legend = pg.LegendItem(labelTextSize="9pt", verSpacing=-4)
        self._legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        plot.layout.addItem(self._legend, 2, 3)
        plot.layout.setAlignment(self._legend, Qt.AlignmentFlag.AlignTop)
        self._note = pg.TextItem(color="#DDDDDD", anchor=(0.0, 1.0))
        font = QFont()
        font.setPointSizeF(9)
        self._note.setFont(font)
        plot.addItem(self._note, ignoreBounds=True)
        self.retranslate()

        self._race.surfaceChanged.connect(self.show_surface)
        self._race.setupChanged.connect(self._show_legend)
        experiment.trajectoryChanged.connect(self.refresh)
        experiment.lessonChanged.connect(self._on_lesson_changed)
        player.positionChanged.connect(self._draw_position)
        self._box.sigResized.connect(self._on_resized)
        self._on_lesson_changed()

    # Properties read by tests and exports

    @property
    def contour_lines(self) -> tuple[np.ndarray, np.ndarray]:
        """The x and y of every contour line drawn, lines separated by NaN."""
        return self._contours.getData()

    def path_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the drawn path of racer ``index``: x and y of the steps in ``path_steps``."""
        slot = self._race.slots[index]
        xs, ys = self._paths[slot].getData()
        return (np.empty(0), np.empty(0)) if xs is None else (xs, ys)

    def path_steps(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the steps the path of racer ``index`` is drawn through, and whether each joins the next.

        See :class:`~gdviewer.ui.plots.path_thinning.SegmentThinner`.
        """
        return self._drawn[index]

    def current_points(self) -> list[tuple[float, float]]:
        """Return the (x, y) where each racer's current point is drawn, in racer order."""
        xs, ys = self._current.getData()
        return [(float(x), float(y)) for x, y in zip(xs, ys)]

    def arrow_directions(self) -> list[tuple[float, float] | None]:
        """Return each racer's arrow as a unit vector on screen (x right, y up), or None when hidden."""
        directions = []
        for slot in self._race.slots:
            arrow = self._arrows[slot]
            if not arrow.isVisible():
                directions.append(None)
                continue
            angle = math.radians(arrow.opts["angle"] + 180.0)
            directions.append((math.cos(angle), -math.sin(angle)))
        return directions

    # Language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setToolTip(QCoreApplication.translate("RaceContourPlot", "Click the map to start every racer from that point."))
        self._show_axes()
        self._show_legend()

    # Drawing

    @Slot(bool)
    def set_arrows_visible(self, visible: bool) -> None:
        """Show or hide the arrows of −∇f at the current points."""
        self._arrows_visible = visible
        self._draw_arrows()

    def start_at(self, x: float, y: float) -> None:
        """Start every racer from (x, y), a point clicked on the map."""
        if self._experiment.kind is LessonKind.SURFACE:
            self._race.set_start(x, y)

    @Slot(str)
    def _on_lesson_changed(self, _lesson_id: str = "") -> None:
        if self._experiment.kind is LessonKind.SURFACE:
            self.show_surface()
            self._show_legend()

    @Slot()
    def show_surface(self) -> None:
        """Draw the shading, contour lines and marks of the model's grid, if it is new."""
        if self._experiment.kind is not LessonKind.SURFACE:
            return
        grid = self._race.contour
        if grid is not self._grid:
            self._grid = grid
            self._draw_grid(grid)
        surface = self._race.surface
        self._minima.setData(*columns(surface.minimizers))
        self._saddles.setData(*columns(surface.saddle_points))
        box = self._race.box
        self.getPlotItem().setRange(xRange=(box.x_min, box.x_max), yRange=(box.y_min, box.y_max), padding=0.0)
        self._show_axes()
        # A new box or scale changes the drawn paths even where the race did not change.
        self._generation = -1
        self.refresh()

    def _draw_grid(self, grid: ContourGrid) -> None:
        values = grid.values
        finite = np.isfinite(values)
        low = float(values[finite].min()) if finite.any() else 0.0
        high = float(values[finite].max()) if finite.any() else 1.0
        span = max(high - low, 1e-300)
        # Shades follow log(f − f_min), so the floor of a valley keeps its detail.
        shade = np.log10(np.where(finite, values, high) - low + 1e-6 * span)
        self._shade.setImage(shade, autoLevels=True)
        dx = grid.xs[1] - grid.xs[0]
        dy = grid.ys[1] - grid.ys[0]
        self._shade.setRect(QRectF(grid.xs[0] - dx / 2, grid.ys[0] - dy / 2, grid.xs[-1] - grid.xs[0] + dx, grid.ys[-1] - grid.ys[0] + dy))
        lines = trace_contours(grid)
        self._contours.setData(lines[:, 0], lines[:, 1])

    @Slot()
    def refresh(self) -> None:
        """Take in new or extended trajectories and redraw if the shown steps changed."""
        if self._experiment.kind is not LessonKind.SURFACE or self._grid is None:
            return
        trajectories = self._race.trajectories
        box = self._race.box
        self._shown_paths = [near_box(trajectory.points, box) for trajectory in trajectories]
        self._thin_paths()
        extended = self._race.generation == self._generation and len(self._last_steps) == len(trajectories)
        shown_before = min(self._last_steps, default=0)
        self._generation = self._race.generation
        self._last_steps = [trajectory.last_step for trajectory in trajectories]
        if extended and self._player.position < shown_before:
            # New steps lie beyond the position, so nothing drawn changes.
            return
        self._draw_position(self._player.position)

    @Slot()
    def _on_resized(self) -> None:
        if self._shown_paths:
            self._thin_paths()
            self._draw_position(self._player.position)

    def _thin_paths(self) -> None:
        """Find the segments that show on screen, looking only at new steps unless the view changed."""
        pixel_size = tuple(self._box.viewPixelSize())
        box = self._race.box
        for slot, shown in zip(self._race.slots, self._shown_paths):
            self._thinners[slot].update(shown, box, pixel_size)

    @Slot(int)
    def _draw_position(self, position: int) -> None:
        if self._experiment.kind is not LessonKind.SURFACE or not self._shown_paths:
            return
        if self._generation != self._race.generation:
            # The player can move before this view has seen a new race.
            self.refresh()
            return
        trajectories = self._race.trajectories
        slots = self._race.slots
        box = self._race.box
        current_x, current_y, brushes, symbols = [], [], [], []
        for slot in range(MAX_RACERS):
            self._paths[slot].setVisible(slot in slots)
        self._drawn = []
        for slot, trajectory, shown in zip(slots, trajectories, self._shown_paths):
            last = min(position, trajectory.last_step)
            steps, links = self._thinners[slot].steps_until(last)
            self._drawn.append((steps, links))
            path = shown[steps]
            symbol = "o" if last + 1 <= MAX_PATH_SYMBOLS else None
            thinner = self._thinners[slot]
            self._paths[slot].set_data(path[:, 0], path[:, 1], (shown, thinner.steps), connect=links, symbol=symbol)
            # A racer that left the map is drawn on its edge, where it left.
            x, y = clamp_to_box(trajectory.points[last], box)
            current_x.append(x)
            current_y.append(y)
            stopped = trajectory.divergence is not None and position >= trajectory.last_step
            brushes.append(self._stopped_brush if stopped else self._marker_brushes[slot])
            symbols.append(racer_symbol(slot))
        self._current.setData(current_x, current_y, brush=brushes, symbol=symbols, pen=self._marker_pen)
        start = self._race.start
        self._start.setData([start[0]], [start[1]])
        self._draw_arrows()

    @Slot()
    def _draw_arrows(self) -> None:
        """Point an arrow of fixed screen length along −∇f from each current point."""
        slots = self._race.slots if self._experiment.kind is LessonKind.SURFACE else ()
        visible = set()
        if self._arrows_visible and slots and self._shown_paths:
            pixel_width, pixel_height = self._box.viewPixelSize()
            position = self._player.position
            box = self._race.box
            for slot, trajectory in zip(slots, self._race.trajectories):
                last = min(position, trajectory.last_step)
                if clamp_to_box(trajectory.points[last], box) != tuple(trajectory.points[last]):
                    continue
                placed = place_arrow(
                    self._arrows[slot], trajectory.points[last], trajectory.gradients[last], pixel_width, pixel_height
                )
                if placed:
                    visible.add(slot)
        for slot, arrow in enumerate(self._arrows):
            arrow.setVisible(slot in visible)

    @Slot()
    def _show_legend(self) -> None:
        self._legend.clear()
        if self._experiment.kind is not LessonKind.SURFACE:
            return
        count = self._race.surface.sample_count
        for slot, setup in zip(self._race.slots, self._race.racers):
            self._legend.addItem(self._paths[slot].tail, racer_label(setup, count))
        if self._race.surface.minimizers:
            self._legend.addItem(self._minima, QCoreApplication.translate("RaceContourPlot", "minimum"))
        if self._race.surface.saddle_points:
            self._legend.addItem(self._saddles, QCoreApplication.translate("RaceContourPlot", "saddle point"))
        self._legend.addItem(self._start, QCoreApplication.translate("RaceContourPlot", "start (click to move)"))

    def _show_axes(self) -> None:
        plot = self.getPlotItem()
        if self._experiment.kind is not LessonKind.SURFACE:
            return
        surface = self._race.surface
        x_name, y_name = surface.axis_names
        set_label(plot, "bottom", x_name)
        set_label(plot, "left", y_name)
        title = QCoreApplication.translate("RaceContourPlot", "f({x}, {y}) = {formula}").format(
            x=x_name, y=y_name, formula=surface.formula
        )
        if surface.axis_names == ("w", "b"):
            title = surface.formula
        set_title(plot, title)
        grid = self._grid
        if grid is not None and grid.log_spaced:
            note = QCoreApplication.translate("RaceContourPlot", "contour levels log-spaced above the minimum")
        else:
            note = QCoreApplication.translate("RaceContourPlot", "contour levels evenly spaced")
        self._note.setText(note)
        box = self._race.box
        self._note.setPos(box.x_min, box.y_min)
