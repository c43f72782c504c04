"""Stepping through the learning-rate lessons in the window."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QListWidget, QSlider, QSpinBox, QTextBrowser, QToolButton


def button_for(window, action_name):
    action = window.findChild(QAction, action_name)
    for button in window.findChildren(QToolButton):
        if button.defaultAction() is action:
            return button
    raise LookupError(action_name)


def choose_lesson(window, qtbot, lesson_id):
    lessons = window.findChild(QListWidget, "lessonList")
    for row in range(lessons.count()):
        if lessons.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
            rect = lessons.visualItemRect(lessons.item(row))
            qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.experiment.lesson.id == lesson_id


def shown_point(window):
    """The current point's (x, f(x)) as the function plot draws it once settled."""
    window.function_plot.motion.stop()
    window.function_plot.refresh()
    return window.function_plot.current_marker


def test_object_names_are_stable(window):
    for name in ("actionReset", "actionStepBack", "actionPlay", "actionStep"):
        assert window.findChild(QAction, name) is not None, name
    assert window.findChild(QListWidget, "lessonList") is not None
    assert window.findChild(QDoubleSpinBox, "learningRate") is not None
    assert window.findChild(QDoubleSpinBox, "startPoint") is not None
    assert window.findChild(QSpinBox, "stepCount") is not None
    assert window.findChild(QSlider, "timeline") is not None
    assert window.findChild(QTextBrowser, "stepPanel") is not None


def test_window_opens_on_convergence_lesson(window):
    assert window.experiment.lesson.id == "convergence"
    assert window.findChild(QDoubleSpinBox, "learningRate").value() == 0.1
    assert window.findChild(QSpinBox, "stepCount").value() == 4


@pytest.mark.parametrize(
    "lesson_id, xs, ys",
    [
        ("divergence", [1, -3, 9, -27], [2, 18, 162, 1458]),
        ("convergence", [1, 0.6, 0.36, 0.216, 0.1296], [2, 0.72, 0.2592, 0.093312, 0.03359232]),
    ],
)
def test_step_button_walks_the_lesson(window, qtbot, lesson_id, xs, ys):
    choose_lesson(window, qtbot, lesson_id)
    step = button_for(window, "actionStep")
    seen = [shown_point(window)]
    for _ in range(len(xs) - 1):
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
        seen.append(shown_point(window))
    np.testing.assert_allclose([x for x, _ in seen], xs, rtol=1e-12)
    np.testing.assert_allclose([y for _, y in seen], ys, rtol=1e-12)
    assert window.player.position == len(xs) - 1
    # One more click at the end changes nothing.
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    assert window.player.position == len(xs) - 1


def test_step_panel_substitutes_numbers(window, qtbot):
    panel = window.findChild(QTextBrowser, "stepPanel")
    text = panel.toPlainText()
    assert "x₁ = x₀ − α·f′(x₀) = 1 − 0.1·4 = 0.6" in text
    assert "(1 − 4α)" in text
    assert "0.6·x₀" in text
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert "x₂ = x₁ − α·f′(x₁) = 0.6 − 0.1·2.4 = 0.36" in panel.toPlainText()


def test_keyboard_drives_the_player(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.player.position == 2
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.player.position == 1
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.player.position == 0
    with qtbot.waitSignal(window.player.playingChanged) as started:
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert started.args == [True]
    with qtbot.waitSignal(window.player.playingChanged) as stopped:
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stopped.args == [False]


def test_timeline_scrubs_both_ways(window, qtbot):
    window.findChild(QSpinBox, "stepCount").setValue(40)
    timeline = window.findChild(QSlider, "timeline")
    assert timeline.maximum() == 40
    timeline.setValue(30)
    assert window.player.position == 30
    assert window.transport.step_label.text() == "step 30 / 40"
    timeline.setValue(5)
    assert window.player.position == 5
    assert shown_point(window)[0] == pytest.approx(0.6**5)


def test_long_divergence_stops_and_stays_drawable(window, qtbot):
    choose_lesson(window, qtbot, "divergence")
    window.findChild(QSpinBox, "stepCount").setValue(700)
    qtbot.waitUntil(lambda: not window.experiment.computing)
    trajectory = window.experiment.trajectory
    assert trajectory.divergence.step == 323
    assert window.findChild(QSlider, "timeline").maximum() == 322

    # Scrub straight to the last finite step: both plots must contain it.
    window.findChild(QSlider, "timeline").setValue(322)
    x, y = shown_point(window)
    assert x == trajectory.points[322, 0]
    x_low, x_high, y_low, y_high = window.function_plot.visible_range()
    assert x_low <= x <= x_high
    assert y_low <= y <= y_high
    k_low, k_high, loss_low, loss_high = window.loss_plot.visible_range()
    assert k_low <= 322 <= k_high
    assert loss_low <= trajectory.losses[322] <= loss_high
    assert window.run_status.text().startswith("Diverged at step 323")

    # Every finite step stays reachable, backwards as well.
    window.findChild(QSlider, "timeline").setValue(200)
    assert shown_point(window)[0] == trajectory.points[200, 0]
    assert QApplication.activeModalWidget() is None


def test_playing_stops_at_divergence(window, qtbot):
    choose_lesson(window, qtbot, "divergence")
    window.findChild(QSpinBox, "stepCount").setValue(700)
    qtbot.waitUntil(lambda: not window.experiment.computing)
    window.player.set_speed(480)
    window.player.play()
    assert window.player.playing
    # Drive the ticks directly instead of waiting for the timer.
    for _ in range(400):
        if not window.player.playing:
            break
        window.player._tick()
    assert not window.player.playing
    assert window.player.position == 322
    assert "Diverged at step 323" in window.run_status.text()
    assert QApplication.activeModalWidget() is None


def test_quarter_learning_rate_zero_loss_on_log_axis(window, qtbot):
    window.findChild(QDoubleSpinBox, "learningRate").setValue(0.25)
    window.player.seek(4)
    assert window.experiment.trajectory.losses[1] == 0.0
    window.log_scale.setChecked(True)
    low, high = window.loss_plot.visible_range()[2:]
    assert np.isfinite(low)
    assert np.isfinite(high)
    # log10(2) = 0.30 at step 0 and the zeros one decade below 2 are visible.
    assert low < np.log10(0.2) < np.log10(2.0) < high
    assert window.loss_plot._note.isVisible()
    window.log_scale.setChecked(False)
    assert not window.loss_plot._note.isVisible()


def test_reset_keeps_parameters_and_trajectory(window, qtbot):
    window.findChild(QDoubleSpinBox, "learningRate").setValue(0.3)
    window.findChild(QSpinBox, "stepCount").setValue(25)
    before = window.experiment.trajectory
    window.player.seek(17)
    qtbot.mouseClick(button_for(window, "actionReset"), Qt.MouseButton.LeftButton)
    after = window.experiment.trajectory
    assert window.player.position == 0
    assert window.experiment.learning_rate == 0.3
    assert window.experiment.steps == 25
    assert after is not before
    assert after.points.tobytes() == before.points.tobytes()
    assert after.losses.tobytes() == before.losses.tobytes()


def test_closing_while_playing_stops_timers(qtbot, settings):
    from gdviewer.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.experiment.set_steps(200_000)
    window.player.play()
    window.player._tick()
    assert window.player.playing
    assert window.experiment.computing
    window.close()
    assert not window.player.playing
    assert not window.experiment._continue_timer.isActive()
    assert not window.player._timer.isActive()


def test_log_axis_survives_underflowing_loss(window, qtbot):
    """After about 728 steps at α = 0.1 the loss reaches the smallest subnormal float."""
    window.findChild(QSpinBox, "stepCount").setValue(1000)
    qtbot.waitUntil(lambda: not window.experiment.computing)
    window.log_scale.setChecked(True)
    window.findChild(QSlider, "timeline").setValue(1000)
    low, high = window.loss_plot.visible_range()[2:]
    assert np.isfinite(low)
    assert np.isfinite(high)
    assert low < np.log10(5e-324) < high


def test_minimum_of_parabola_is_visible(window):
    x_low, x_high, y_low, y_high = window.function_plot.visible_range()
    assert x_low < 0.0 < x_high
    assert y_low < 0.0 < y_high


def test_end_key_and_disabled_moves(window, qtbot):
    step_back = window.findChild(QAction, "actionStepBack")
    step = window.findChild(QAction, "actionStep")
    assert not step_back.isEnabled()
    assert step.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.player.position == 4
    assert not step.isEnabled()
    assert step_back.isEnabled()


def test_zero_learning_rate_reports_no_movement(window, qtbot):
    window.findChild(QDoubleSpinBox, "learningRate").setValue(0.0)
    window.player.seek(4)
    assert window.run_status.text() == "Finished at step 4: not moving: the update is too small to change x, f(x) = 2"


def test_last_step_panel_has_no_next_point(window):
    window.player.seek(4)
    text = window.findChild(QTextBrowser, "stepPanel").toPlainText()
    assert "Step 4: the end of the run" in text
    assert "x₅" not in text
    assert "xₖ₊₁ = xₖ − α·4xₖ = (1 − 4α)·xₖ = (1 − 4·0.1)·xₖ = 0.6·xₖ" in text


def finished_run(window, qtbot, steps):
    experiment = window.experiment
    experiment.set_learning_rate(1e-4)
    experiment.set_steps(steps)
    qtbot.waitUntil(lambda: not experiment.computing)


def test_long_run_step_axis_moves_in_jumps(window, qtbot):
    finished_run(window, qtbot, 1000)
    window.player.seek(500)
    first = window.loss_plot.view_range
    window.player.step()
    assert window.loss_plot.view_range == first
    k_low, k_high = first[:2]
    assert k_low <= 501 <= k_high
    assert k_high <= 1.2 * 1.1 * 501


def test_long_run_step_axis_fits_last_step(window, qtbot):
    finished_run(window, qtbot, 1000)
    window.player.seek(990)
    window.player.go_to_end()
    k_low, k_high = window.loss_plot.view_range[:2]
    assert k_low < 0
    assert 1000 < k_high <= 1000 * 1.06
