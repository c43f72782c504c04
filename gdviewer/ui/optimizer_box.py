"""The optimiser and learning-rate schedule of a function or regression run."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from ..core.lessons import LessonKind
from ..core.optimizers import OPTIMIZERS
from ..model.experiment import Experiment
from .hyperparameter_inputs import HyperparameterForm
from .race_names import optimizer_description, optimizer_name
from .schedule_inputs import ScheduleInputs


def make_optimizer_combo() -> QComboBox:
    """Create a combo box (object name ``optimizer``) listing every optimiser by registry name."""
    combo = QComboBox()
    combo.setObjectName("optimizer")
    for name in OPTIMIZERS:
        combo.addItem("", name)
    name_optimizer_items(combo)
    return combo


def name_optimizer_items(combo: QComboBox) -> None:
    """Write the translated names and update rules into an optimiser combo box."""
    for index in range(combo.count()):
        name = combo.itemData(index)
        combo.setItemText(index, optimizer_name(name))
        combo.setItemData(index, optimizer_description(name), Qt.ItemDataRole.ToolTipRole)
    combo.setToolTip(optimizer_description(combo.currentData()))


class OptimizerBox(QWidget):
    """Two groups: the optimiser with its hyperparameters, and the learning-rate schedule.

    Each input writes straight to the experiment, whose learning-rate box
    in the parameter panel gives the base rate α. A rejected value is shown
    in red under the inputs. The box shows itself for function and
    regression lessons, because a race sets these per racer in its own panel.
    """

    def __init__(self, experiment: Experiment, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("optimizerBox")
        self._experiment = experiment

        # Optimizer
        self.optimizer_group = QGroupBox()
        self.optimizer = make_optimizer_combo()
        self.hyperparameters = HyperparameterForm()
        self.note = QLabel()
        self.note.setObjectName("optimizerNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.error_label = QLabel()
        self.error_label.setObjectName("optimizerError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d55e00;")
        self.error_label.hide()
        optimizer_layout = QVBoxLayout(self.optimizer_group)
        optimizer_layout.addWidget(self.optimizer)
        optimizer_layout.addWidget(self.hyperparameters)
        optimizer_layout.addWidget(self.note)
        optimizer_layout.addWidget(self.error_label)

        # Schedule
        self.schedule_group = QGroupBox()
        self.schedule = ScheduleInputs()
        schedule_layout = QVBoxLayout(self.schedule_group)
        schedule_layout.addWidget(self.schedule)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.optimizer_group)
        layout.addWidget(self.schedule_group)

        self.optimizer.currentIndexChanged.connect(self._on_optimizer_chosen)
        self.hyperparameters.valueEdited.connect(experiment.set_optimizer_value)
        self.hyperparameters.valueEdited.connect(self.error_label.hide)
        self.schedule.valueEdited.connect(self.error_label.hide)
        self.hyperparameters.inputRejected.connect(self._show_message)
        self.schedule.form.inputRejected.connect(self._show_message)
        self.schedule.scheduleChosen.connect(experiment.set_schedule)
        self.schedule.valueEdited.connect(experiment.set_schedule_value)
        experiment.optimizerChanged.connect(self.show_setup)
        experiment.lessonChanged.connect(self._show_for_lesson)
        experiment.errorOccurred.connect(self._show_error)

        self.retranslate()
        self._show_for_lesson()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.optimizer_group.setTitle(QCoreApplication.translate("OptimizerBox", "Optimizer"))
        self.schedule_group.setTitle(QCoreApplication.translate("OptimizerBox", "Learning-rate schedule"))
        name_optimizer_items(self.optimizer)
        self.hyperparameters.retranslate()
        self.schedule.retranslate()
        self.schedule.setToolTip(QCoreApplication.translate(
            "OptimizerBox",
            "The schedule multiplies the learning rate α of the parameters above by a factor at each update. "
            "A plot beside the loss shows every α_k.",
        ))
        self._show_note()

    # Model to widgets

    @Slot(str)
    def _show_for_lesson(self, _lesson_id: str = "") -> None:
        self.setVisible(self._experiment.kind is not LessonKind.SURFACE)
        self.error_label.hide()
        self.show_setup()

    @Slot()
    def show_setup(self) -> None:
        """Show the experiment's optimiser, its hyperparameters and the schedule without emitting signals."""
        setup = self._experiment.optimizer_setup
        blocked = self.optimizer.blockSignals(True)
        self.optimizer.setCurrentIndex(self.optimizer.findData(setup.name))
        self.optimizer.blockSignals(blocked)
        self.optimizer.setToolTip(optimizer_description(setup.name))
        self.hyperparameters.set_table(setup.table)
        self.hyperparameters.show_values(setup.value)
        self.hyperparameters.setVisible(bool(setup.table))
        self.schedule.show_schedule(self._experiment.schedule_setup)
        self._show_note()

    def _show_note(self) -> None:
        if self._experiment.plain_descent:
            self.note.hide()
            return
        self.note.setText(QCoreApplication.translate(
            "OptimizerBox",
            "The learning-rate analysis (the bands, the fastest rate, the stable limit) describes gradient "
            "descent at a constant rate, so it is hidden. The step panel shows this update with its numbers.",
        ))
        self.note.show()

    @Slot(str, str)
    def _show_error(self, parameter: str, message: str) -> None:
        if parameter == "optimizer":
            self._show_message(message)

    @Slot(str)
    def _show_message(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # Widgets to model

    @Slot(int)
    def _on_optimizer_chosen(self, index: int) -> None:
        self.error_label.hide()
        self._experiment.set_optimizer(self.optimizer.itemData(index))
