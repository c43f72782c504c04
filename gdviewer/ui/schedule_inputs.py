"""The choice of a learning-rate schedule with its values, for a race or a single run."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ..core.race_setup import ScheduleSetup
from ..core.schedules import SCHEDULES
from .hyperparameter_inputs import HyperparameterForm
from .race_names import schedule_description, schedule_name


class ScheduleInputs(QWidget):
    """A combo box of the schedules (object name ``schedule``) over the chosen one's inputs.

    Signals
    -------
    scheduleChosen(str)
        The user chose a schedule, whose registry name is the payload.
    valueEdited(str, object)
        The user changed one of the schedule's values: its name and value.
    """

    scheduleChosen = Signal(str)
    valueEdited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("schedule")
        for name in SCHEDULES:
            self.combo.addItem("", name)
        self.form = HyperparameterForm()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.form)

        self.combo.currentIndexChanged.connect(self._on_chosen)
        self.form.valueEdited.connect(self.valueEdited)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for index in range(self.combo.count()):
            name = self.combo.itemData(index)
            self.combo.setItemText(index, schedule_name(name))
            self.combo.setItemData(index, schedule_description(name), Qt.ItemDataRole.ToolTipRole)
        self.combo.setToolTip(QCoreApplication.translate("ScheduleInputs", "How the learning rate changes from update to update"))
        self.form.retranslate()

    def show_schedule(self, schedule: ScheduleSetup) -> None:
        """Show a schedule and its values without emitting any signal."""
        blocked = self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(schedule.name))
        self.combo.blockSignals(blocked)
        self.form.set_table(SCHEDULES[schedule.name].hyperparameters)
        self.form.show_values(schedule.value)

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        self.scheduleChosen.emit(self.combo.itemData(index))
