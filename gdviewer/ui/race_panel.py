"""The side panel of a surface lesson: surface, racers and the shared learning-rate schedule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.lessons import LessonKind
from ..core.race import MAX_RACERS
from ..model.experiment import Experiment
from ..core.race_setup import surface_names
from .race_names import surface_name
from .racer_editor import RacerEditor
from .schedule_inputs import ScheduleInputs
from .surface_formula_field import SurfaceFormulaField


class RacePanel(QWidget):
    """Inputs of the race: the surface, up to six racers, and one schedule for all of them.

    Each input writes straight to the experiment's race model. A rejected
    value is shown in red under the inputs and the race keeps its last
    valid state. The panel shows itself only for surface lessons.
    """

    def __init__(self, experiment: Experiment, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("racePanel")
        self._experiment = experiment
        self._race = experiment.race

        # Surface
        self.surface_box = QGroupBox()
        self.surface = QComboBox()
        self.surface.setObjectName("surface")
        for name in surface_names():
            self.surface.addItem("", name)
        self.surface_formula = SurfaceFormulaField(self._race)
        surface_layout = QVBoxLayout(self.surface_box)
        surface_layout.addWidget(self.surface)
        surface_layout.addWidget(self.surface_formula)

        # Racers: one editor per colour slot, shown in the race's order.
        self.racers_box = QGroupBox()
        self.editors = [RacerEditor(slot) for slot in range(MAX_RACERS)]
        self.add_racer = QPushButton()
        self.add_racer.setObjectName("addRacer")
        self._racers_layout = QVBoxLayout(self.racers_box)
        self._racers_layout.setSpacing(4)
        for editor in self.editors:
            editor.hide()
            self._connect_editor(editor)
        self._racers_layout.addWidget(self.add_racer)

        # Schedule
        self.schedule_box = QGroupBox()
        self.schedule_choice = ScheduleInputs()
        self.schedule = self.schedule_choice.combo
        self.schedule_inputs = self.schedule_choice.form
        self.schedule_hint = QLabel()
        self.schedule_hint.setWordWrap(True)
        self.schedule_hint.setStyleSheet("color: palette(mid);")
        schedule_layout = QVBoxLayout(self.schedule_box)
        schedule_layout.addWidget(self.schedule_choice)
        schedule_layout.addWidget(self.schedule_hint)

        self.error_label = QLabel()
        self.error_label.setObjectName("raceError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d55e00;")
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.surface_box)
        layout.addWidget(self.racers_box)
        layout.addWidget(self.schedule_box)
        layout.addWidget(self.error_label)

        self.surface.currentIndexChanged.connect(self._on_surface_chosen)
        self.add_racer.clicked.connect(self._race.add_racer)
        self.schedule_choice.scheduleChosen.connect(self._race.set_schedule)
        # Hide an earlier message first, so a message about this value stays.
        self.schedule_choice.valueEdited.connect(self.error_label.hide)
        self.schedule_choice.valueEdited.connect(self._race.set_schedule_value)
        self._race.setupChanged.connect(self.show_setup)
        self._race.surfaceChanged.connect(self.show_setup)
        self._race.errorOccurred.connect(self._show_error)
        self.schedule_inputs.inputRejected.connect(self._show_message)
        experiment.lessonChanged.connect(self._show_for_lesson)

        self.retranslate()
        self._show_for_lesson()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.surface_box.setTitle(QCoreApplication.translate("RacePanel", "Surface"))
        self.surface.setToolTip(QCoreApplication.translate(
            "RacePanel",
            "The function of two variables to race on. Choosing one moves the start to its suggested point. "
            "To race on your own function, type it in the field below.",
        ))
        for index in range(self.surface.count()):
            self.surface.setItemText(index, surface_name(self.surface.itemData(index)))
        self.racers_box.setTitle(QCoreApplication.translate("RacePanel", "Racers (up to {count})").format(count=MAX_RACERS))
        self.add_racer.setText(QCoreApplication.translate("RacePanel", "&Add Racer"))
        self.add_racer.setToolTip(QCoreApplication.translate(
            "RacePanel", "Add an optimizer that is not racing yet, at the learning rate suggested for this surface"
        ))
        self.schedule_box.setTitle(QCoreApplication.translate("RacePanel", "Learning-rate schedule (all racers)"))
        self.schedule_hint.setText(QCoreApplication.translate(
            "RacePanel",
            "One schedule for every racer: each racer's α is multiplied by the schedule's factor at each "
            "update, so the racers keep their own rates. The plot beside the loss shows every α_k.",
        ))
        self.schedule_choice.retranslate()

    # Model to widgets

    @Slot(str)
    def _show_for_lesson(self, _lesson_id: str = "") -> None:
        surface = self._experiment.kind is LessonKind.SURFACE
        self.setVisible(surface)
        self.error_label.hide()
        if surface:
            self.show_setup()

    @Slot()
    def show_setup(self) -> None:
        """Show the race's surface, racers and schedule."""
        if self._experiment.kind is not LessonKind.SURFACE:
            return
        self._show_surface_choice()
        self._show_racers()
        self._show_schedule()
        self.error_label.hide()

    def _show_surface_choice(self) -> None:
        name = self._race.surface.name
        blocked = self.surface.blockSignals(True)
        for index in reversed(range(self.surface.count())):
            if self.surface.itemData(index) not in (*surface_names(), name):
                self.surface.removeItem(index)
        index = self.surface.findData(name)
        if index < 0:
            # A surface not in the list, such as a typed formula, gets an entry of its own.
            self.surface.addItem(surface_name(name), name)
            index = self.surface.count() - 1
        self.surface.setCurrentIndex(index)
        self.surface.blockSignals(blocked)

    def _show_racers(self) -> None:
        slots = self._race.slots
        sample_count = self._race.surface.sample_count
        removable = len(slots) > 1
        for editor in self.editors:
            self._racers_layout.removeWidget(editor)
            editor.setVisible(editor.slot in slots)
        for position, (slot, setup) in enumerate(zip(slots, self._race.racers)):
            editor = self.editors[slot]
            self._racers_layout.insertWidget(position, editor)
            editor.show_setup(setup, sample_count, removable)
        self.add_racer.setEnabled(len(slots) < MAX_RACERS)

    def _show_schedule(self) -> None:
        self.schedule_choice.show_schedule(self._race.schedule)

    @Slot(str, str)
    def _show_error(self, parameter: str, message: str) -> None:
        if parameter in ("racer", "schedule"):
            self.error_label.setText(message)
            self.error_label.show()
            self.show_setup_without_clearing()

    @Slot(str)
    def _show_message(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def show_setup_without_clearing(self) -> None:
        visible = self.error_label.isVisible()
        self.show_setup()
        self.error_label.setVisible(visible)

    # Widgets to model

    def _connect_editor(self, editor: RacerEditor) -> None:
        editor.optimizerChosen.connect(lambda slot, name: self._race.set_racer_optimizer(self._index(slot), name))
        editor.learningRateEdited.connect(lambda slot, value: self._race.set_racer_learning_rate(self._index(slot), value))
        editor.hyperparameterEdited.connect(
            lambda slot, name, value: self._race.set_racer_hyperparameter(self._index(slot), name, value)
        )
        editor.batchesEdited.connect(lambda slot, size, seed: self._race.set_racer_batches(self._index(slot), size, seed))
        editor.removeRequested.connect(lambda slot: self._race.remove_racer(self._index(slot)))

    def _index(self, slot: int) -> int:
        return self._race.slots.index(slot)

    @Slot(int)
    def _on_surface_chosen(self, index: int) -> None:
        self._race.set_surface(self.surface.itemData(index))

