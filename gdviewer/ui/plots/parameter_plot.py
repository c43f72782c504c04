"""The history of w and b over the epochs, with the optimum as dashed lines."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QWidget

from ...core.lessons import LessonKind
from ...model.experiment import Experiment
from ...model.player import Player
from .loss_plot import MAX_SYMBOLS
from .ranges import axis_scale, padded_range
from .style import REGRESSION_COLORS, configure_plot, set_label, set_title


class ParameterPlot(pg.PlotWidget):
    """w_k and b_k for k = 0 … position, the current epoch marked."""

    def __init__(self, experiment: Experiment, player: Player, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("parameterPlot")
        self._experiment = experiment
        self._player = player
        self._view: tuple[float, float, float, float] | None = None
        self._sy = 1.0
        configure_plot(self)

        plot = self.getPlotItem()
        # PlotItem.addItem gives each curve the plot's own downsampling and
        # clipping settings, so they are set here rather than on the curves.
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        legend = plot.addLegend(offset=(-10, 10))
        self._curves = []
        self._targets = []
        for key, name in (("weight", "w"), ("bias", "b")):
            color = REGRESSION_COLORS[key]
            curve = pg.PlotDataItem(pen=pg.mkPen(color, width=2), symbolBrush=color, symbolPen=None, symbolSize=5)
            target = pg.InfiniteLine(angle=0, pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine))
            plot.addItem(curve)
            plot.addItem(target, ignoreBounds=True)
            legend.addItem(curve, name)
            self._curves.append(curve)
            self._targets.append(target)
        # The dashed lines themselves cannot join a legend, so this empty
        # curve with the same pen names them.
        dashes = pg.PlotDataItem(pen=pg.mkPen("#BBBBBB", width=1, style=Qt.PenStyle.DashLine))
        plot.addItem(dashes)
        legend.addItem(dashes, "w*, b*")
        self._current = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=2), brush=pg.mkBrush(REGRESSION_COLORS["line"]))
        self._current.setZValue(10)
        plot.addItem(self._current)
        self.retranslate()

        experiment.trajectoryChanged.connect(self.refresh)
        player.positionChanged.connect(self.refresh)
        experiment.parametersChanged.connect(self.retranslate)
        self.refresh()

    @property
    def current_values(self) -> tuple[float, float]:
        """The (w, b) marked at the current epoch."""
        _, ys = self._current.getData()
        return float(ys[0] * self._sy), float(ys[1] * self._sy)

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        if self._experiment.samples_batches:
            set_label(plot, "bottom", QCoreApplication.translate("ParameterPlot", "Step k"))
        else:
            set_label(plot, "bottom", QCoreApplication.translate("ParameterPlot", "Epoch"))
        set_title(plot, QCoreApplication.translate("ParameterPlot", "w and b"))

    @Slot()
    def refresh(self) -> None:
        experiment = self._experiment
        if experiment.kind is not LessonKind.REGRESSION:
            return
        trajectory = experiment.trajectory
        position = min(self._player.position, trajectory.last_step)
        values = trajectory.points[: position + 1]
        epochs = np.arange(position + 1, dtype=float)
        optimum = experiment.objective.optimum()

        low, high = float(values.min()), float(values.max())
        if optimum is not None:
            low, high = min(low, float(optimum.min())), max(high, float(optimum.max()))
        low, high = padded_range(low, high, 0.1, 1e-6)
        self._sy = axis_scale(low, high)
        self.getPlotItem().getAxis("left").setScale(self._sy)

        symbol = "o" if position + 1 <= MAX_SYMBOLS else None
        for column, (curve, target) in enumerate(zip(self._curves, self._targets)):
            curve.setData(epochs, values[:, column] / self._sy, symbol=symbol)
            target.setVisible(optimum is not None)
            if optimum is not None:
                target.setPos(float(optimum[column]) / self._sy)
        self._current.setData([float(position)] * 2, values[-1] / self._sy)
        self._apply_range(trajectory.last_step, low, high)

    def _apply_range(self, last_step: int, low: float, high: float) -> None:
        # The whole run's epochs, so the axis stays put while playing.
        x_low, x_high = padded_range(0.0, max(float(last_step), 1.0), 0.1, 1.0)
        view = (x_low, x_high, low, high)
        if view != self._view:
            self._view = view
            self.getPlotItem().setRange(xRange=(x_low, x_high), yRange=(low / self._sy, high / self._sy), padding=0.0)
