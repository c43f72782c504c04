"""Typing and dragging parameters: exact values, live redraws, errors."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QListWidget, QSlider, QSpinBox

from gdviewer.ui.number_inputs import nice_neighbour


def type_into(qtbot, spin_box, text):
    spin_box.lineEdit().selectAll()
    qtbot.keyClicks(spin_box.lineEdit(), text)
    qtbot.keyClick(spin_box.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.parametrize("text, value", [("0.001", 0.001), ("1e-5", 1e-5), ("0.123456789", 0.123456789)])
def test_learning_rate_keeps_typed_value(window, qtbot, text, value):
    box = window.findChild(QDoubleSpinBox, "learningRate")
    type_into(qtbot, box, text)
    assert box.value() == value
    assert window.experiment.learning_rate == value
    assert box.text() == text


def test_learning_rate_arrows_follow_nice_ladder(window, qtbot):
    box = window.findChild(QDoubleSpinBox, "learningRate")
    box.stepBy(1)
    assert box.value() == pytest.approx(0.2)
    box.stepBy(-2)
    assert box.value() == pytest.approx(0.05)


@pytest.mark.parametrize("value, up, expected", [(0.1, True, 0.2), (0.2, True, 0.25), (0.25, True, 0.5), (1.0, False, 0.5), (0.001, False, 0.0005)])
def test_nice_neighbour(value, up, expected):
    assert nice_neighbour(value, up) == pytest.approx(expected)


def test_dragging_slider_recomputes_live(window, qtbot):
    slider = window.findChild(QSlider, "learningRateSlider")
    window.player.seek(4)
    slider.setSliderDown(True)
    for position in (-90, -60, 0):
        with qtbot.waitSignal(window.experiment.trajectoryChanged):
            slider.setValue(position)
        assert window.experiment.learning_rate == pytest.approx(10 ** (position / 100), rel=5e-3)
    slider.setSliderDown(False)
    # At α = 1 the run of 4 steps ends at x = (−3)^4 = 81.
    assert window.function_plot.current_marker[0] == pytest.approx(81.0)
    assert window.findChild(QDoubleSpinBox, "learningRate").value() == 1.0


def test_unreachable_start_shows_error_and_keeps_state(window, qtbot):
    box = window.findChild(QDoubleSpinBox, "startPoint")
    before = window.experiment.trajectory
    window.experiment.set_start(float("inf"))
    error = window.findChild(QLabel, "parameterError")
    assert error.isVisible()
    assert "Start point inf is invalid" in error.text()
    assert window.experiment.trajectory is before
    assert box.value() == 1.0


def test_step_count_extends_run(window, qtbot):
    window.findChild(QSpinBox, "stepCount").setValue(10)
    assert window.experiment.trajectory.last_step == 10


def test_animation_glides_to_next_point(window, qtbot):
    plot = window.function_plot
    plot.set_move_duration(120)
    with qtbot.waitSignal(plot.motion.finished, timeout=3000):
        window.player.step()
    assert plot.current_marker == pytest.approx((0.6, 0.72))


def test_playing_hundreds_of_frames(window, qtbot):
    """Several hundred animated frames: PySide6 6.12.0 aborted on this."""
    window.findChild(QSpinBox, "stepCount").setValue(600)
    window.player.set_speed(60)
    window.player.play()
    for _ in range(600):
        window.player._tick()
        window.function_plot._on_motion(0.5)
        window.repaint()
    assert window.player.position == 600
    assert not window.player.playing


@pytest.mark.parametrize("text, message", [
    ("2000", "Learning rate 2000 is invalid: enter a number from 0 to 1000."),
    ("-1", "Learning rate -1 is invalid: enter a number from 0 to 1000."),
])
def test_out_of_range_rate_is_explained(window, qtbot, text, message):
    box = window.findChild(QDoubleSpinBox, "learningRate")
    box.setFocus()
    type_into(qtbot, box, text)
    error = window.findChild(QLabel, "parameterError")
    assert error.isVisible()
    assert error.text() == message
    assert box.value() == 0.1
    assert window.experiment.learning_rate == 0.1


def test_enter_gives_keys_back_to_player(window, qtbot):
    box = window.findChild(QDoubleSpinBox, "learningRate")
    box.setFocus()
    type_into(qtbot, box, "0.2")
    assert not box.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.player.position == 1


def test_clicking_chosen_lesson_restores_it(window, qtbot):
    window.findChild(QDoubleSpinBox, "learningRate").setValue(0.3)
    lessons = window.findChild(QListWidget, "lessonList")
    item = lessons.currentItem()
    qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=lessons.visualItemRect(item).center())
    assert window.experiment.learning_rate == 0.1
