"""The views of a surface lesson: the contour map over the loss and schedule plots."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ..model.experiment import Experiment
from ..model.player import Player
from .plots.race_contour_plot import RaceContourPlot
from .plots.race_loss_plot import RaceLossPlot
from .plots.schedule_plot import SchedulePlot


class RaceViews:
    """The contour map with the racers' paths, their losses, and their learning rates.

    The window places ``upper`` (the map and its arrow switch) where a
    function lesson shows its function plot, and ``lower`` (loss | schedule)
    where it shows its loss plot. Every view follows the same player.
    """

    def __init__(self, experiment: Experiment, player: Player):
        self.contour_plot = RaceContourPlot(experiment, player)
        self.loss_plot = RaceLossPlot(experiment, player)
        self.schedule_plot = SchedulePlot(experiment, player)

        self.arrows = QCheckBox()
        self.arrows.setObjectName("gradientArrows")
        self.arrows.toggled.connect(self.contour_plot.set_arrows_visible)
        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("raceLossLogScale")
        self.log_scale.setChecked(self.loss_plot.log_scale)
        self.log_scale.toggled.connect(self.loss_plot.set_log_scale)
        self.loss_plot.logScaleChanged.connect(self._show_log_scale)
        # The note sits under the plot, so it never covers a curve.
        self.loss_note = QLabel()
        self.loss_note.setObjectName("raceLossNote")
        self.loss_note.setWordWrap(True)
        self.loss_note.setStyleSheet("color: palette(mid);")
        self.loss_note.hide()
        self.loss_plot.noteChanged.connect(self._show_note)
        self._show_note(self.loss_plot.note)

        self.upper = QWidget()
        self.upper.setObjectName("raceUpper")
        upper_layout = QVBoxLayout(self.upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.contour_plot, 1)
        switches = QHBoxLayout()
        switches.addWidget(self.arrows)
        switches.addStretch(1)
        upper_layout.addLayout(switches)

        loss_box = QWidget()
        loss_layout = QVBoxLayout(loss_box)
        loss_layout.setContentsMargins(0, 0, 0, 0)
        loss_layout.addWidget(self.loss_plot, 1)
        loss_layout.addWidget(self.log_scale)
        loss_layout.addWidget(self.loss_note)
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.setObjectName("raceLower")
        self.lower.addWidget(loss_box)
        self.lower.addWidget(self.schedule_plot)
        self.lower.setSizes([300, 300])
        self.retranslate()

    @Slot(bool)
    def _show_log_scale(self, enabled: bool) -> None:
        """Tick the box for an axis the plot chose, without making it the user's choice."""
        blocked = self.log_scale.blockSignals(True)
        self.log_scale.setChecked(enabled)
        self.log_scale.blockSignals(blocked)

    @Slot(str)
    def _show_note(self, note: str) -> None:
        self.loss_note.setText(note)
        self.loss_note.setVisible(bool(note))

    def plots(self) -> list:
        return [self.contour_plot, self.loss_plot, self.schedule_plot]

    def retranslate(self) -> None:
        self.arrows.setText(QCoreApplication.translate("RaceViews", "Gradient arrows"))
        self.arrows.setToolTip(QCoreApplication.translate(
            "RaceViews", "Show −∇f at each current point: the direction plain gradient descent would step (Ctrl+G)"
        ))
        self.log_scale.setText(QCoreApplication.translate("RaceViews", "Log scale"))
        self.log_scale.setToolTip(QCoreApplication.translate("RaceViews", "Show the loss on a logarithmic axis (Ctrl+L)"))
        for plot in self.plots():
            plot.retranslate()
