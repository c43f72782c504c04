"""Typed values that an input throws away are explained where they were typed."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QListWidget, QSpinBox


def choose_lesson(window, qtbot, lesson_id):
    lessons = window.findChild(QListWidget, "lessonList")
    for row in range(lessons.count()):
        if lessons.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
            rect = lessons.visualItemRect(lessons.item(row))
            qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.experiment.lesson.id == lesson_id


def type_into(qtbot, spin_box, text):
    spin_box.setFocus()
    spin_box.lineEdit().selectAll()
    qtbot.keyClicks(spin_box.lineEdit(), text)
    qtbot.keyClick(spin_box.lineEdit(), Qt.Key.Key_Return)


def choose_momentum(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    combo = window.parameter_panel.findChild(QComboBox, "optimizer")
    combo.setCurrentIndex(combo.findData("momentum"))
    return window.parameter_panel.findChild(QDoubleSpinBox, "hyperparameter_momentum")


@pytest.mark.parametrize("text", ["1.5", "-0.1", "abc"])
def test_momentum_rejection_is_explained(window, qtbot, text):
    box = choose_momentum(window, qtbot)
    type_into(qtbot, box, text)

    error = window.parameter_panel.findChild(QLabel, "optimizerError")
    assert error.isVisible()
    assert error.text() == f"Momentum μ {text} is invalid: enter a number from 0 to 0.999."
    assert box.value() == 0.9
    assert window.experiment.optimizer_setup.value("momentum") == 0.9


def test_valid_momentum_hides_message(window, qtbot):
    box = choose_momentum(window, qtbot)
    type_into(qtbot, box, "abc")
    type_into(qtbot, box, "0.5")

    error = window.parameter_panel.findChild(QLabel, "optimizerError")
    assert not error.isVisible()
    assert window.experiment.optimizer_setup.value("momentum") == 0.5


@pytest.mark.parametrize("text", ["-1", "1e400", "5000"])
def test_racer_rate_rejection_is_explained(window, qtbot, text):
    choose_lesson(window, qtbot, "race-rosenbrock")
    editor = window.race_panel.editors[window.experiment.race.slots[0]]
    box = editor.learning_rate
    before = window.experiment.race.racers[0].learning_rate
    type_into(qtbot, box, text)

    error = editor.findChild(QLabel, "racerError")
    assert error.isVisible()
    assert error.text() == f"Learning rate {text} is invalid: enter a number from 0 to 1000."
    assert box.value() == before
    assert window.experiment.race.racers[0].learning_rate == before


@pytest.mark.parametrize("text", ["-3", "1000001"])
def test_step_count_rejection_keeps_steps(window, qtbot, text):
    box = window.findChild(QSpinBox, "stepCount")
    type_into(qtbot, box, text)

    error = window.findChild(QLabel, "parameterError")
    assert error.isVisible()
    assert error.text() == f"Step count {text} is invalid: enter a whole number from 0 to 1000000."
    assert box.value() == 4
    assert window.experiment.trajectory.last_step == 4


def test_schedule_rejection_in_race(window, qtbot):
    choose_lesson(window, qtbot, "race-rosenbrock")
    panel = window.race_panel
    panel.schedule.setCurrentIndex(panel.schedule.findData("step"))
    box = panel.schedule_inputs.inputs["step_size"]
    type_into(qtbot, box, "0")

    error = panel.findChild(QLabel, "raceError")
    assert error.isVisible()
    assert error.text().startswith("Every s steps 0 is invalid: enter a whole number from 1 to ")


def test_rejection_message_in_korean(window, qtbot):
    window.language_switcher.set_language("ko", remember=False)
    try:
        box = choose_momentum(window, qtbot)
        type_into(qtbot, box, "1.5")
        error = window.parameter_panel.findChild(QLabel, "optimizerError")
        assert "1.5" in error.text()
        assert "0.999" in error.text()
        assert "invalid" not in error.text()
    finally:
        window.language_switcher.remove()
