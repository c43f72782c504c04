"""The data plot: the points, the current line ŷ = w·x + b and the residuals.

The points can be edited with the mouse. A double-click or a Shift+click
on an empty place adds a point. A click selects the point under it, or
clears the selection on an empty place, and dragging a point moves it. A
plain click adds nothing, because learners also click a plot just to give
it the keyboard focus. Every edit goes to the experiment, which records it
for undo.
"""

from __future__ import annotations

import itertools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from ...core.lessons import LessonKind
from ...model.experiment import Experiment
from ...model.player import Player
from ..regression_text import rounded
from .ranges import padded_range
from .style import REGRESSION_COLORS, configure_plot, set_label, set_title

#: Above this many points the residuals are not drawn: they would fill the plot.
MAX_RESIDUALS = 1000
#: A click or drag this close to a point (in pixels) grabs it.
GRAB_RADIUS_PX = 10.0


class _EditingViewBox(pg.ViewBox):
    """A view box that hands left clicks and drags to the data plot."""

    def __init__(self, owner: DataPlot):
        super().__init__()
        self._owner = owner

    def mouseClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        adding = event.double() or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._owner.click_at(self.mapSceneToView(event.scenePos()), adding)

    def mouseDragEvent(self, event, axis=None) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        if event.isStart() and not self._owner.begin_drag(self.mapSceneToView(event.buttonDownScenePos())):
            event.ignore()
            return
        event.accept()
        self._owner.drag_to(self.mapSceneToView(event.scenePos()))
        if event.isFinish():
            self._owner.end_drag()


class DataPlot(pg.PlotWidget):
    """The data set, the line of the current epoch and its residuals.

    Signals
    -------
    selectionChanged(int)
        The selected point changed; the payload is its index, or -1 when
        no point is selected.
    """

    selectionChanged = Signal(int)

    def __init__(self, experiment: Experiment, player: Player, parent: QWidget | None = None):
        self._box = _EditingViewBox(self)
        super().__init__(parent, viewBox=self._box)
        self.setObjectName("dataPlot")
        self._experiment = experiment
        self._player = player
        self._selected = -1
        self._dragged = -1
        self._gestures = itertools.count(1)
        self._gesture = 0
        self._view: tuple[float, float, float, float] | None = None
        self._shown_parameters = (0.0, 0.0)
        configure_plot(self)

        plot = self.getPlotItem()
        self._best = pg.PlotDataItem(pen=pg.mkPen(REGRESSION_COLORS["optimum"], width=1.5, style=Qt.PenStyle.DashLine))
        self._residuals = pg.PlotDataItem(pen=pg.mkPen(REGRESSION_COLORS["residual"], width=1.5), connect="pairs")
        self._line = pg.PlotDataItem(pen=pg.mkPen(REGRESSION_COLORS["line"], width=3))
        self._points = pg.ScatterPlotItem(size=10, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(REGRESSION_COLORS["data"]))
        self._selection = pg.ScatterPlotItem(size=18, pen=pg.mkPen(REGRESSION_COLORS["selected"], width=2), brush=None)
        self._equation = pg.TextItem(color=REGRESSION_COLORS["line"], anchor=(0.0, 0.0))
        font = QFont()
        font.setPointSizeF(11)
        font.setBold(True)
        self._equation.setFont(font)
        self._note = pg.TextItem(color="#AAAAAA", anchor=(1.0, 1.0))
        # A scatter item takes the clicks that hit one of its points, so
        # the view box only receives clicks on empty places.
        self._points.sigClicked.connect(self._on_point_clicked)
        legend = plot.addLegend(offset=(-10, -10))
        self._legend = legend
        self._best_name = QCoreApplication.translate("DataPlot", "least-squares line")
        for item, name in (
            (self._best, self._best_name),
            (self._residuals, QCoreApplication.translate("DataPlot", "residuals y − ŷ")),
            (self._line, QCoreApplication.translate("DataPlot", "current line")),
            (self._points, None),
            (self._selection, None),
        ):
            plot.addItem(item)
            if name is not None:
                legend.addItem(item, name)
        plot.addItem(self._equation, ignoreBounds=True)
        plot.addItem(self._note, ignoreBounds=True)
        self.retranslate()

        experiment.dataChanged.connect(self._on_data_changed)
        experiment.trajectoryChanged.connect(self.refresh)
        experiment.parametersChanged.connect(self.retranslate)
        player.positionChanged.connect(self._draw_line)
        self._on_data_changed()
        self.refresh()

    # Public

    @property
    def selected_index(self) -> int:
        return self._selected

    @property
    def current_parameters(self) -> tuple[float, float]:
        """The (w, b) of the line drawn now."""
        return self._shown_parameters

    @property
    def view_range(self) -> tuple[float, float, float, float] | None:
        """(x_low, x_high, y_low, y_high) last applied."""
        return self._view

    def retranslate(self) -> None:
        if self._experiment.samples_batches:
            title = QCoreApplication.translate("DataPlot", "Data and the line of the current step")
        else:
            title = QCoreApplication.translate("DataPlot", "Data and the line of the current epoch")
        set_title(self.getPlotItem(), title)
        self._update_axis_labels()
        self._retranslate_legend()

    def _retranslate_legend(self) -> None:
        """Rename the legend's entries in the current language."""
        self._best_name = QCoreApplication.translate("DataPlot", "least-squares line")
        names = {
            self._best: self._best_name,
            self._residuals: QCoreApplication.translate("DataPlot", "residuals y − ŷ"),
            self._line: QCoreApplication.translate("DataPlot", "current line"),
        }
        for item, name in names.items():
            label = self._legend.getLabel(item)
            if label is not None and label.text != name:
                label.setText(name)

    @Slot(int)
    def select(self, index: int) -> None:
        """Select point ``index`` (−1 clears the selection)."""
        dataset = self._experiment.dataset
        if dataset is None or not 0 <= index < len(dataset):
            index = -1
        if index != self._selected:
            self._selected = index
            self._draw_selection()
            self.selectionChanged.emit(index)

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected point through the experiment (undoable)."""
        if self._selected >= 0:
            index = self._selected
            self.select(-1)
            self._experiment.remove_points([index])

    def point_near(self, position: QPointF) -> int:
        """Return the index of the point within GRAB_RADIUS_PX of ``position``, or −1."""
        dataset = self._experiment.dataset
        if dataset is None or self._view is None:
            return -1
        x_low, x_high, y_low, y_high = self._view
        width, height = max(self._box.width(), 1.0), max(self._box.height(), 1.0)
        dx = (dataset.x - position.x()) * (width / (x_high - x_low))
        dy = (dataset.y - position.y()) * (height / (y_high - y_low))
        distances = np.hypot(dx, dy)
        nearest = int(np.argmin(distances))
        return nearest if distances[nearest] <= GRAB_RADIUS_PX else -1

    # Mouse editing, called by the view box

    def click_at(self, position: QPointF, adding: bool = False) -> None:
        """Select the point near ``position``, or else add a point there when ``adding`` and clear the selection otherwise."""
        if self._experiment.dataset is None:
            return
        index = self.point_near(position)
        if index >= 0:
            self.select(index)
            return
        if not adding:
            self.select(-1)
            return
        self._experiment.add_point(position.x(), position.y())
        self.select(len(self._experiment.dataset) - 1)

    def begin_drag(self, position: QPointF) -> bool:
        index = self.point_near(position)
        if index < 0:
            return False
        self._dragged = index
        self._gesture = next(self._gestures)
        self.select(index)
        return True

    def drag_to(self, position: QPointF) -> None:
        if self._dragged >= 0:
            self._experiment.move_point(self._dragged, position.x(), position.y(), self._gesture)

    def end_drag(self) -> None:
        self._dragged = -1
        self._gesture = 0
        self._update_range(force=True)

    def _on_point_clicked(self, _item, points, _event) -> None:
        if len(points):
            self.select(int(points[0].index()))

    # Drawing

    @Slot()
    def _on_data_changed(self) -> None:
        dataset = self._experiment.dataset
        if dataset is None:
            return
        if self._selected >= len(dataset):
            self.select(-1)
        # While a point is dragged the range stays put, so the point stays under the cursor.
        self._update_range(force=self._dragged < 0)
        self._points.setData(dataset.x, dataset.y)
        self._draw_selection()
        self._update_axis_labels()

    @Slot()
    def refresh(self) -> None:
        if self._experiment.kind is not LessonKind.REGRESSION:
            return
        if self._view is None:
            self._on_data_changed()
        self._draw_best_line()
        self._draw_line(self._player.position)

    def _update_range(self, force: bool) -> None:
        dataset = self._experiment.dataset
        if dataset is None or not force:
            return
        x_low, x_high = padded_range(float(dataset.x.min()), float(dataset.x.max()), 0.3, 2.0)
        y_low, y_high = padded_range(min(float(dataset.y.min()), 0.0), float(dataset.y.max()), 0.3, 2.0)
        view = (x_low, x_high, y_low, y_high)
        if view != self._view:
            self._view = view
            self.getPlotItem().setRange(xRange=(x_low, x_high), yRange=(y_low, y_high), padding=0.0)

    @Slot(int)
    def _draw_line(self, position: int) -> None:
        experiment = self._experiment
        if experiment.kind is not LessonKind.REGRESSION or self._view is None:
            return
        trajectory = experiment.trajectory
        parameters = trajectory.points[min(position, trajectory.last_step)]
        self._shown_parameters = (float(parameters[0]), float(parameters[1]))
        x_low, x_high, y_low, y_high = self._view
        ends = np.array([x_low, x_high])
        with np.errstate(all="ignore"):
            self._line.setData(ends, experiment.objective.predict(parameters, ends))
        self._draw_residuals(parameters)
        self._equation.setText(f"ŷ = {rounded(parameters[0])}·x + {rounded(parameters[1])}".replace("+ −", "− "))
        self._equation.setPos(x_low, y_high)

    def _draw_residuals(self, parameters: np.ndarray) -> None:
        dataset = self._experiment.dataset
        if len(dataset) > MAX_RESIDUALS:
            self._residuals.setData([], [])
            self._note.setText(QCoreApplication.translate("DataPlot", "residuals are drawn for up to {count} points").format(count=MAX_RESIDUALS))
            self._note.setPos(self._view[1], self._view[2])
            self._note.setVisible(True)
            return
        self._note.setVisible(False)
        with np.errstate(all="ignore"):
            predictions = self._experiment.objective.predict(parameters, dataset.x)
        # connect="pairs" draws (x_i, y_i)–(x_i, ŷ_i) as one segment per point.
        xs = np.repeat(dataset.x, 2)
        ys = np.column_stack([dataset.y, predictions]).reshape(-1)
        finite = np.isfinite(ys)
        if finite.all():
            self._residuals.setData(xs, ys)
        else:
            self._residuals.setData([], [])

    def _draw_best_line(self) -> None:
        optimum = self._experiment.objective.optimum()
        listed = self._legend.getLabel(self._best) is not None
        if optimum is None:
            self._best.setData([], [])
            if listed:
                self._legend.removeItem(self._best)
            return
        if not listed:
            self._legend.addItem(self._best, self._best_name)
        ends = np.array(self._view[:2])
        self._best.setData(ends, self._experiment.objective.predict(optimum, ends))

    def _draw_selection(self) -> None:
        dataset = self._experiment.dataset
        if dataset is None or self._selected < 0:
            self._selection.setData([], [])
        else:
            self._selection.setData([dataset.x[self._selected]], [dataset.y[self._selected]])

    def _update_axis_labels(self) -> None:
        dataset = self._experiment.dataset
        plot = self.getPlotItem()
        set_label(plot, "bottom", dataset.x_name if dataset is not None else "x")
        set_label(plot, "left", dataset.y_name if dataset is not None else "y")
