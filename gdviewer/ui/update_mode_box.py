"""The update mode of a regression lesson: batch, mini-batch or stochastic, with a seed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ..core.lessons import LessonKind
from ..model.experiment import Experiment
from .batch_inputs import BatchInputs


class UpdateModeBox(QGroupBox):
    """How many points each update of a regression lesson averages, shown only for those lessons."""

    def __init__(self, experiment: Experiment, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("updateModeBox")
        self._experiment = experiment
        self.inputs = BatchInputs()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.inputs)
        layout.addWidget(self.hint)

        self.inputs.batchesEdited.connect(experiment.set_update_mode)
        experiment.lessonChanged.connect(self._show_for_lesson)
        experiment.dataChanged.connect(self.show_mode)
        experiment.parametersChanged.connect(self.show_mode)
        self.retranslate()
        self._show_for_lesson()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("UpdateModeBox", "Gradient of each update"))
        self.hint.setText(QCoreApplication.translate(
            "UpdateModeBox",
            "With mini-batches or single points each update is cheaper but noisy, and a step counts one "
            "update instead of one epoch. Reset with the same seed repeats the run exactly. The lesson "
            "“Batch, mini-batch and stochastic gradient descent” races the three on the loss surface.",
        ))

    @Slot(str)
    def _show_for_lesson(self, _lesson_id: str = "") -> None:
        self.setVisible(self._experiment.kind is LessonKind.REGRESSION)
        self.show_mode()

    @Slot()
    def show_mode(self) -> None:
        sampler = self._experiment.sampler
        if sampler is not None:
            self.inputs.show_values(sampler.batch_size, sampler.seed, sampler.sample_count)
