"""The four linked views of a regression lesson, in two rows for the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QCheckBox, QSplitter, QVBoxLayout, QWidget

from ..core.lessons import LessonKind
from ..model.experiment import Experiment
from ..model.player import Player
from .plots.contour_plot import ContourPlot
from .plots.data_plot import DataPlot
from .plots.loss_plot import LossPlot
from .plots.parameter_plot import ParameterPlot
from .plots.schedule_plot import SchedulePlot


class RegressionViews(QObject):
    """Data with the current line, the contour map, the loss, w and b over epochs, and α_k.

    The window places ``upper`` (data plot | contour map) where a function
    lesson shows its function plot, and ``lower`` (loss | w and b) where it
    shows its loss plot. The schedule plot, shown when α changes between
    updates, sits under the loss plot: both count epochs along x, and a
    third pane in the row would leave each plot too narrow to read at the
    default window size. Every view follows the same player.
    """

    def __init__(self, experiment: Experiment, player: Player, parent: QObject | None = None):
        super().__init__(parent)
        self.data_plot = DataPlot(experiment, player)
        self.contour_plot = ContourPlot(experiment, player)
        self.loss_plot = LossPlot(experiment, player, kind=LessonKind.REGRESSION)
        self.parameter_plot = ParameterPlot(experiment, player)
        self.schedule_plot = SchedulePlot(experiment, player, kind=LessonKind.REGRESSION, compact=True)

        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("regressionLossLogScale")
        self.log_scale.toggled.connect(self.loss_plot.set_log_scale)

        self.upper = QSplitter(Qt.Orientation.Horizontal)
        self.upper.setObjectName("regressionUpper")
        self.upper.addWidget(self.data_plot)
        self.upper.addWidget(self.contour_plot)
        self.upper.setSizes([500, 500])

        self.loss_column = QSplitter(Qt.Orientation.Vertical)
        self.loss_column.setObjectName("regressionLoss")
        self.loss_column.addWidget(self.loss_plot)
        self.loss_column.addWidget(self.schedule_plot)
        self.loss_column.setChildrenCollapsible(False)
        self._schedule_shown = False
        experiment.optimizerChanged.connect(self._share_loss_column)
        loss_box = QWidget()
        loss_layout = QVBoxLayout(loss_box)
        loss_layout.setContentsMargins(0, 0, 0, 0)
        loss_layout.addWidget(self.loss_column, 1)
        loss_layout.addWidget(self.log_scale)
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.setObjectName("regressionLower")
        self.lower.addWidget(loss_box)
        self.lower.addWidget(self.parameter_plot)
        self.lower.setSizes([300, 300])
        self.retranslate()

    @Slot()
    def _share_loss_column(self) -> None:
        """Give the loss plot three fifths of the column each time the schedule plot appears."""
        shown = not self.schedule_plot.isHidden()
        if shown and not self._schedule_shown:
            total = sum(self.loss_column.sizes()) or 500
            self.loss_column.setSizes([total * 3 // 5, total - total * 3 // 5])
        self._schedule_shown = shown

    def plots(self) -> list:
        return [self.data_plot, self.contour_plot, self.loss_plot, self.parameter_plot, self.schedule_plot]

    def retranslate(self) -> None:
        self.log_scale.setText(QCoreApplication.translate("RegressionViews", "Log scale"))
        self.log_scale.setToolTip(QCoreApplication.translate("RegressionViews", "Show the loss on a logarithmic axis (Ctrl+L)"))
        editing = QCoreApplication.translate(
            "RegressionViews",
            "Double-click or Shift+click an empty place to add a point. Click a point to select it and drag it to "
            "move it; Delete removes the selected point. Ctrl+Z undoes an edit.",
        )
        self.data_plot.setToolTip(editing)
        self.data_plot.setStatusTip(editing)
        for plot in self.plots():
            plot.retranslate()
