"""The regression lessons in the window: stepping, views, status and divergence."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDoubleSpinBox, QListWidget, QSlider, QSpinBox, QTextBrowser, QToolButton

LESSON_LOG = [
    (0, "17.2", "0.264", "0.08"),
    (10, "1.1595", "1.0464", "0.3642"),
    (20, "1.0475", "1.0834", "0.4397"),
    (30, "1.01", "1.0708", "0.4993"),
    (40, "0.9753", "1.0553", "0.556"),
    (50, "0.9429", "1.0402", "0.6107"),
    (60, "0.9125", "1.0255", "0.6637"),
    (70, "0.8842", "1.0114", "0.7148"),
    (80, "0.8577", "0.9977", "0.7643"),
    (90, "0.833", "0.9844", "0.8121"),
]


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


def panel_text(window):
    return window.findChild(QTextBrowser, "stepPanel").toPlainText()


def test_regression_lesson_shows_regression_views(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    assert window.upper_views.currentWidget() is window.regression_views.upper
    assert window.lower_views.currentWidget() is window.regression_views.lower
    assert not window.findChild(QDoubleSpinBox, "startPoint").isVisibleTo(window)
    assert window.findChild(QDoubleSpinBox, "startWeight").isVisibleTo(window)
    assert window.findChild(QDoubleSpinBox, "startBias").isVisibleTo(window)
    assert window.findChild(QSpinBox, "stepCount").value() == 100
    assert window.transport.step_label.text() == "epoch 0 / 100"

    choose_lesson(window, qtbot, "convergence")
    assert window.upper_views.currentWidget() is window.function_plot
    assert window.findChild(QDoubleSpinBox, "startPoint").isVisibleTo(window)
    assert not window.findChild(QDoubleSpinBox, "startWeight").isVisibleTo(window)


def test_one_step_lesson_with_step_button(window, qtbot):
    choose_lesson(window, qtbot, "regression-step")
    before = panel_text(window)
    assert "ŷ = w·x + b = 1·2 + 0 = 2" in before
    assert "J = ½(y − ŷ)² = ½·(4 − 2)² = 2" in before

    qtbot.mouseClick(button_for(window, "actionStep"), Qt.MouseButton.LeftButton)
    assert window.player.position == 1
    text = panel_text(window)
    for line in [
        "ŷ = w·x + b = 1·2 + 0 = 2",
        "J = ½(y − ŷ)² = ½·(4 − 2)² = 2",
        "∂J/∂w = −(y − ŷ)·x = −(4 − 2)·2 = −4",
        "∂J/∂b = −(y − ŷ) = −(4 − 2) = −2",
        "w := w − α·∂J/∂w = 1 − 0.1·(−4) = 1.4",
        "b := b − α·∂J/∂b = 0 − 0.1·(−2) = 0.2",
        "new prediction ŷ = w·x + b = 1.4·2 + 0.2 = 3",
    ]:
        assert line in text
    views = window.regression_views
    assert views.data_plot.current_parameters == pytest.approx((1.4, 0.2), rel=1e-15)
    assert views.contour_plot.current_marker == pytest.approx((1.4, 0.2), rel=1e-15)
    assert views.parameter_plot.current_values == pytest.approx((1.4, 0.2), rel=1e-15)
    assert window.run_status.text() == "Finished after 1 epoch: w = 1.4, b = 0.2, J = 0.5"


def test_fitting_run_stepped_with_action(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    step = window.findChild(QAction, "actionStep")
    views = window.regression_views
    logged = dict((epoch, (loss, w, b)) for epoch, loss, w, b in LESSON_LOG)
    for epoch in range(100):
        assert window.player.position == epoch
        if epoch in logged:
            loss, w, b = logged[epoch]
            assert f"J = {loss}" in window.run_status.text()
        step.trigger()
        if epoch in logged:
            shown_w, shown_b = views.data_plot.current_parameters
            assert (f"{shown_w:.4f}", f"{shown_b:.4f}") == (f"{float(w):.4f}", f"{float(b):.4f}")
            assert f"w = {w}, b = {b}," in window.run_status.text()
            assert views.parameter_plot.current_values == pytest.approx((shown_w, shown_b), rel=1e-12)
            assert views.contour_plot.current_marker == pytest.approx((shown_w, shown_b), rel=1e-12)

    status = window.run_status.text()
    assert status.startswith("Finished after 100 epochs: w = 0.9729, b = 0.8538, J = 0.8099")
    assert "1.3969 from the optimum w* = 0.6, b* = 2.2" in status
    assert "long narrow valley (condition number 70)" in status
    assert window.transport.step_label.text() == "epoch 100 / 100"
    step.trigger()
    assert window.player.position == 100


def test_step_panel_explains_epoch_zero(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    text = panel_text(window)
    assert "J = mean((y − ŷ)²) = 86/5 = 17.2" in text
    assert "∂J/∂w = −2·mean(x·(y − ŷ)) = −2·66/5 = −26.4" in text
    assert "∂J/∂b = −2·mean(y − ŷ) = −2·20/5 = −8" in text
    assert "w := w − α·∂J/∂w = 0 − 0.01·(−26.4) = 0.264" in text
    assert "b := b − α·∂J/∂b = 0 − 0.01·(−8) = 0.08" in text
    # The per-point table: x·(y − ŷ) of the fifth point is 5·5 = 25.
    assert "x·(y − ŷ)" in text
    assert "condition number of 70" in text
    assert "w* = 0.6, b* = 2.2" in text


def test_step_panel_explains_why_run_stops_short(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    window.player.seek(100)
    text = panel_text(window)
    assert "below 2/λ_max = 0.08452" in text
    assert "1 − α·λ_min = 0.9966" in text
    assert "ends at w = 0.9729, b = 0.8538, 1.3969 away from the optimum" in text
    assert "This was the last epoch of the run." in text


def test_learning_rate_above_limit_warns(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    window.findChild(QDoubleSpinBox, "learningRate").setValue(0.1)
    window.player.seek(100)
    # 100 epochs at 0.1 stay finite, but the loss grows at every epoch.
    losses = window.experiment.trajectory.losses
    assert np.all(np.diff(losses[5:]) > 0)
    assert "above the stable limit 2/λ_max = 0.08452" in window.run_status.text()


def test_divergence_stops_at_first_non_finite_value(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    window.findChild(QDoubleSpinBox, "learningRate").setValue(0.1)
    window.findChild(QSpinBox, "stepCount").setValue(5000)
    qtbot.waitUntil(lambda: not window.experiment.computing)
    trajectory = window.experiment.trajectory
    divergence = trajectory.divergence
    assert divergence is not None
    assert np.all(np.isfinite(trajectory.losses))
    timeline = window.findChild(QSlider, "timeline")
    assert timeline.maximum() == divergence.step - 1

    timeline.setValue(timeline.maximum())
    status = window.run_status.text()
    assert status.startswith(f"Diverged at epoch {divergence.step}: the loss J overflowed to ∞.")
    assert "stable limit 2/λ_max = 0.08452 for this data; choose a smaller one" in status
    assert "Diverged at epoch" in panel_text(window)
    for plot in window.regression_views.plots():
        plot.repaint()


def test_start_inputs_set_w_and_b(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    weight = window.findChild(QDoubleSpinBox, "startWeight")
    bias = window.findChild(QDoubleSpinBox, "startBias")
    weight.setValue(0.5)
    bias.setValue(-1.0)
    assert window.experiment.start == (0.5, -1.0)
    assert window.experiment.trajectory.points[0].tolist() == [0.5, -1.0]
    assert window.experiment.trajectory.losses[0] == pytest.approx(12.75)


def test_log_scale_applies_to_regression_loss(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    window.log_action.trigger()
    assert window.regression_views.loss_plot.log_scale
    assert window.regression_views.log_scale.isChecked()
    assert window.loss_plot.log_scale


def test_contour_grid_kept_while_playing(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    contour = window.regression_views.contour_plot
    grid = contour.grid_range
    for _ in range(30):
        window.findChild(QAction, "actionStep").trigger()
    assert contour.grid_range is grid
    w_low, w_high, b_low, b_high = grid
    assert w_low < 0.0 < 0.6 < 1.1 < w_high
    assert b_low < 0.0 < 2.2 < b_high
    window.experiment.add_point(6.0, 7.0)
    assert contour.grid_range is not grid
