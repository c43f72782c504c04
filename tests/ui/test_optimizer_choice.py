"""Choosing an optimiser and a schedule for function and regression lessons in the window."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QListWidget

from gdviewer.core.lessons import find_lesson
from gdviewer.core.optimizers import Momentum
from gdviewer.core.schedules import StepDecay
from gdviewer.core.trajectory import Run


def choose_lesson(window, qtbot, lesson_id):
    lessons = window.findChild(QListWidget, "lessonList")
    for row in range(lessons.count()):
        if lessons.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
            rect = lessons.visualItemRect(lessons.item(row))
            qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.experiment.lesson.id == lesson_id


def choose(window, object_name, data):
    combo = window.parameter_panel.findChild(QComboBox, object_name)
    combo.setCurrentIndex(combo.findData(data))


def step(window, count):
    action = window.findChild(QAction, "actionStep")
    for _ in range(count):
        action.trigger()


def shown_points(window):
    return window.experiment.trajectory.points[: window.player.position + 1, 0]


def panel_text(window):
    return window.step_panel.toPlainText()


def test_momentum_steps_match_hand_computation(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    choose(window, "optimizer", "momentum")
    step(window, 4)

    # The core's heavy ball: v_{k+1} = μ·v_k − α·g_k, x_{k+1} = x_k + v_{k+1},
    # with g_k = f′(x_k) = 4x_k, α = 0.1, μ = 0.9 and v_0 = 0:
    # v1 = −0.4, x1 = 0.6; v2 = −0.36 − 0.24 = −0.6, x2 = 0;
    # v3 = −0.54 − 0 = −0.54, x3 = −0.54; v4 = −0.486 + 0.216 = −0.27, x4 = −0.81.
    assert window.player.position == 4
    assert shown_points(window) == pytest.approx([1.0, 0.6, 0.0, -0.54, -0.81], abs=1e-12)
    velocity = window.experiment.trajectory.states["velocity"][:5, 0]
    assert velocity == pytest.approx([0.0, -0.4, -0.6, -0.54, -0.27], abs=1e-12)


def test_momentum_step_panel_substitutes_numbers(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    choose(window, "optimizer", "momentum")

    text = panel_text(window)
    assert "v₁ = μ·v₀ − α·g₀ = 0.9·0 − 0.1·4 = −0.4" in text
    assert "x₁ = x₀ + v₁ = 1 + (−0.4)" in text
    assert "x₁ = 0.6, f(x₁) = 0.72" in text
    assert "Update factor" not in text


def test_momentum_hides_gradient_descent_analysis(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    panel = window.parameter_panel
    assert panel.regime_bar.isVisible()

    choose(window, "optimizer", "momentum")
    assert not panel.regime_bar.isVisible()
    assert not panel.fastest_rate.isVisible()
    assert not panel.regime_caption.isVisible()
    assert not window.fastest_action.isEnabled()
    assert not window.add_run_action.isEnabled()
    assert panel.optimizer_box.note.isVisible()
    # The function editor rewrites its rule once the event loop is free.
    qtbot.waitUntil(lambda: "Momentum updates x with its own rule" in panel.function_editor.rule.text())
    assert "x :=" not in panel.function_editor.rule.text()

    choose(window, "optimizer", "gd")
    assert panel.regime_bar.isVisible()
    assert window.fastest_action.isEnabled()


def test_momentum_input_changes_the_run(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    choose(window, "optimizer", "momentum")
    box = window.parameter_panel.optimizer_box.findChild(QDoubleSpinBox, "hyperparameter_momentum")
    box.setValue(0.5)

    assert window.experiment.optimizer_setup.value("momentum") == 0.5
    # v2 = 0.5·(−0.4) − 0.1·2.4 = −0.44, so x2 = 0.6 − 0.44 = 0.16.
    assert window.experiment.trajectory.points[2, 0] == pytest.approx(0.16, abs=1e-12)


def test_adam_first_step_with_and_without_bias_correction(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    choose(window, "optimizer", "adam")
    step(window, 1)

    # m̂₁ = g₀ and v̂₁ = g₀², so the first step is α·g/|g| = α·sign(g), up to ε.
    alpha = window.experiment.learning_rate
    corrected = shown_points(window)
    assert corrected[0] - corrected[1] == pytest.approx(alpha, rel=1e-8)
    window.player.seek(0)
    assert "mˆ = m₁/(1 − β₁^1) = 0.4/0.1 = 4" in panel_text(window)

    switch = window.parameter_panel.optimizer_box.findChild(QCheckBox, "hyperparameter_bias_correction")
    switch.setChecked(False)
    # Without the correction m₁ = 0.1·g and v₁ = 0.001·g², so the first
    # step is α·0.1/√0.001 ≈ 3.16·α: the second moment is far too small.
    step(window, 1)
    uncorrected = shown_points(window)
    first_step = uncorrected[0] - uncorrected[1]
    assert first_step == pytest.approx(alpha * 0.4 / (np.sqrt(0.016) + 1e-8), rel=1e-12)
    assert first_step == pytest.approx(alpha * 0.1 / np.sqrt(0.001), rel=1e-6)
    window.player.seek(0)
    text = panel_text(window)
    assert "mˆ =" not in text
    assert "x₁ = x₀ − α·m₁/(√v₁ + ε)" in text


def hat_offsets(panel, letter):
    """Return the x of the letter's left edge, of the hat after it and of the next character."""
    document = panel.document()
    found = document.find(letter + "\u02c6 =")
    assert not found.isNull(), f"{letter}ˆ not found in the step panel"
    block = found.block()
    start = found.selectionStart() - block.position()
    line = block.layout().lineForTextPosition(start)
    return [line.cursorToX(start + offset)[0] for offset in range(3)]


def test_adam_hats_sit_over_letters(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    choose(window, "optimizer", "adam")
    step(window, 1)

    html = window.step_panel.toHtml()
    assert "\u0302" not in html
    assert "x₂ = x₁ − α·mˆ/(√vˆ + ε)" in panel_text(window)
    for letter in ("m", "v"):
        letter_left, hat_left, next_left = hat_offsets(window.step_panel, letter)
        # The hat starts inside the letter's box, and the next character
        # starts no earlier than the letter's right edge.
        letter_width = next_left - letter_left
        assert letter_left < hat_left < letter_left + letter_width / 2
        assert letter_width >= window.step_panel.fontMetrics().horizontalAdvance(letter) - 0.5


def test_regression_with_momentum_matches_core(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    choose(window, "optimizer", "momentum")
    window.experiment.compute_all()

    lesson = find_lesson("regression")
    run = Run(lesson.objective, lesson.start, lesson.learning_rate, lesson.steps, optimizer=Momentum())
    run.advance(lesson.steps)
    expected = run.trajectory()
    trajectory = window.experiment.trajectory
    assert np.array_equal(trajectory.points, expected.points)
    assert np.array_equal(trajectory.losses, expected.losses)

    window.player.seek(1)
    text = panel_text(window)
    assert "θ = (w, b)" in text
    assert "v₂ = μ·v₁ − α·g₁" in text
    assert "w := w − α·∂J/∂w" not in text


def test_switching_back_to_gradient_descent_restores_lesson(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    lesson_points = window.experiment.trajectory.points.copy()
    choose(window, "optimizer", "adam")
    choose(window, "optimizer", "gd")
    step(window, 4)

    assert np.array_equal(window.experiment.trajectory.points, lesson_points)
    assert shown_points(window) == pytest.approx([1, 0.6, 0.36, 0.216, 0.1296], rel=1e-12)
    window.player.seek(0)
    text = panel_text(window)
    assert "x₁ = x₀ − α·f′(x₀) = 1 − 0.1·4 = 0.6" in text
    assert "(1 − 4α)" in text


def test_recompute_with_same_settings_is_bit_identical(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    choose(window, "optimizer", "rmsprop")
    choose(window, "schedule", "cosine")
    first = window.experiment.trajectory.points.copy()
    window.experiment.recompute()
    assert np.array_equal(window.experiment.trajectory.points, first)


def test_loading_a_lesson_resets_to_gradient_descent(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    choose(window, "optimizer", "nesterov")
    choose_lesson(window, qtbot, "divergence")

    assert window.experiment.optimizer_setup.name == "gd"
    assert window.parameter_panel.findChild(QComboBox, "optimizer").currentData() == "gd"
    assert window.experiment.trajectory.points[:4, 0] == pytest.approx([1, -3, 9, -27])


def test_step_schedule_is_plotted_beside_loss(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    plot = window.schedule_plot
    assert not plot.isVisible()

    window.experiment.set_steps(30)
    choose(window, "schedule", "step")
    inputs = window.parameter_panel.optimizer_box.schedule.form.inputs
    inputs["step_size"].setValue(10)

    assert plot.isVisible()
    expected = StepDecay(0.1, step_size=10)(np.arange(30))
    assert window.experiment.trajectory.learning_rates == pytest.approx(expected, rel=1e-15)
    _steps, logarithms = plot.curve_data(0)
    assert logarithms == pytest.approx(np.log10(expected), rel=1e-12)
    assert "Step decay" in plot.getPlotItem().titleLabel.text
    assert "α₀ = 0.1" in panel_text(window)


def test_regression_schedule_plot_follows_schedule(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    plot = window.regression_views.schedule_plot
    assert not plot.isVisible()
    choose(window, "schedule", "exponential")
    assert plot.isVisible()
    choose(window, "schedule", "constant")
    assert not plot.isVisible()


def test_optimizer_option_opens_window_with_it(window):
    from gdviewer.app import _check_options, apply_options, build_parser

    parser = build_parser()
    options = parser.parse_args(["--lesson", "regression", "--optimizer", "adam", "--learning-rate", "0.1"])
    _check_options(parser, options)
    apply_options(window.experiment, options)

    assert window.experiment.optimizer_setup.name == "adam"
    assert window.parameter_panel.findChild(QComboBox, "optimizer").currentData() == "adam"
    assert window.experiment.learning_rate == 0.1
    # Adam's first step moves w and b by α each, against the gradient's sign.
    assert window.experiment.trajectory.points[1] == pytest.approx([0.1, 0.1], rel=1e-6)


def test_momentum_zero_up_to_rounding(window, qtbot):
    choose_lesson(window, qtbot, "convergence")
    choose(window, "optimizer", "momentum")
    step(window, 1)

    # In exact numbers x₂ = 0.6 + (−0.6) = 0, but in floats v₂ = 0.9·(−0.4) − 0.1·2.4
    # rounds to a value just below −0.6, which leaves x₂ = −1.1e−16.
    x2 = window.experiment.trajectory.points[2, 0]
    assert x2 != 0.0
    assert abs(x2) < 1e-15
    assert "x₂ = −1.110223025e−16 (0 up to rounding)" in panel_text(window)
    window.player.seek(0)
    assert "up to rounding" not in panel_text(window)
