"""The learning-rate lab in the window: typed functions, regimes, comparison, sweep."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QTextBrowser,
)

from gdviewer.core.expressions import FormulaObjective, parse_formula
from gdviewer.core.objectives import Quadratic
from gdviewer.core.presets import PRESETS
from gdviewer.core.sweep import sweep
from gdviewer.core.trajectory import run


def type_function(qtbot, window, text):
    line = window.findChild(QLineEdit, "functionInput")
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    return line


def label_text(window, name):
    return window.findChild(QLabel, name).text()


def set_rate(window, value):
    window.findChild(QDoubleSpinBox, "learningRate").setValue(value)


def click(qtbot, window, name):
    qtbot.mouseClick(window.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


# Typing a function


def test_typed_function_shows_derivative_and_rule(window, qtbot):
    type_function(qtbot, window, "2x^2")
    assert isinstance(window.experiment.objective, FormulaObjective)
    assert "f′(x) = 4x" in label_text(window, "functionDerivative")
    rule = label_text(window, "updateRule").splitlines()
    assert rule == ["x := x − α·4x = (1 − 4α)x", "at α = 0.1: x := 0.6x"]
    window.player.seek(4)
    np.testing.assert_allclose(
        window.experiment.trajectory.points[:, 0], [1, 0.6, 0.36, 0.216, 0.1296], rtol=1e-15
    )


def test_rule_follows_learning_rate(window, qtbot):
    type_function(qtbot, window, "x^4 - 3x^2 + x")
    set_rate(window, 0.25)
    # The rule at α follows once the learning rate stops changing.
    qtbot.waitUntil(lambda: "0.25" in label_text(window, "updateRule"))
    lines = label_text(window, "updateRule").splitlines()
    assert lines[0] == "x := x − α·(4x³ − 6x + 1)"
    assert lines[1].strip() == "= −4αx³ + (1 + 6α)x − α"
    assert lines[2] == "at α = 0.25: x := −x³ + 2.5x − 0.25"


def test_mistake_shown_under_input_keeps_function(window, qtbot):
    type_function(qtbot, window, "x^4 - 3x^2 + x")
    before = window.experiment.trajectory
    line = type_function(qtbot, window, "2x + y")
    error = window.findChild(QLabel, "functionError")
    assert error.isVisible()
    assert "Unknown name “y” at position 6" in error.text()
    assert ">y</span>" in error.text()
    assert line.text() == "2x + y"
    assert line.cursorPosition() == 5
    assert window.experiment.function_text == "x^4 - 3x^2 + x"
    assert window.experiment.trajectory is before
    assert "4x³ − 6x + 1" in label_text(window, "functionDerivative")


def test_escape_restores_function_in_use(window, qtbot):
    line = window.findChild(QLineEdit, "functionInput")
    line.selectAll()
    qtbot.keyClicks(line, "sin(")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert line.text() == "2x²"


def test_correcting_mistake_clears_error(window, qtbot):
    type_function(qtbot, window, "sin x")
    assert window.findChild(QLabel, "functionError").isVisible()
    type_function(qtbot, window, "sin(x) + 0.1x^2")
    assert not window.findChild(QLabel, "functionError").isVisible()
    assert window.experiment.function_text == "sin(x) + 0.1x^2"


def test_lesson_list_releases_and_reloads(window, qtbot):
    lessons = window.findChild(QListWidget, "lessonList")
    type_function(qtbot, window, "abs(x)")
    assert lessons.currentRow() == -1
    item = lessons.item(1)
    qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=lessons.visualItemRect(item).center())
    assert isinstance(window.experiment.objective, Quadratic)
    assert window.findChild(QLineEdit, "functionInput").text() == "2x²"


@pytest.mark.parametrize("preset", PRESETS, ids=lambda preset: preset.id)
def test_presets_menu(window, qtbot, preset):
    action = window.findChild(QAction, f"preset_{preset.id}")
    action.trigger()
    assert window.findChild(QLineEdit, "functionInput").text() == preset.formula
    assert window.findChild(QDoubleSpinBox, "learningRate").value() == preset.learning_rate
    expected = run(FormulaObjective(parse_formula(preset.formula)), preset.start, preset.learning_rate, preset.steps)
    assert window.experiment.trajectory.points.tobytes() == expected.points.tobytes()


def test_kink_preset_explains_subgradient(window, qtbot):
    window.findChild(QAction, "preset_kink").trigger()
    assert "subgradient 0" in label_text(window, "functionNote")
    assert "kink" in label_text(window, "regimeCaption")
    assert not window.findChild(QPushButton, "fastestRate").isEnabled()
    window.player.seek(12)
    assert "bouncing between 0.1 and -0.2" in window.run_status.text()


def test_step_panel_marks_kink(window, qtbot):
    type_function(qtbot, window, "abs(x)")
    window.findChild(QDoubleSpinBox, "startPoint").setValue(0.0)
    text = window.findChild(QTextBrowser, "stepPanel").toPlainText()
    assert "f′(x₀) = f′(0) = 0" in text
    assert "subgradient 0" in text


def test_leaving_domain_stops_with_message(window, qtbot):
    type_function(qtbot, window, "log(x)")
    set_rate(window, 2.0)
    assert window.experiment.trajectory.last_step == 0
    expected = "Stopped at step 1: f(x) is not defined at x = -1: log needs a positive argument"
    assert window.run_status.text().startswith(expected)
    assert expected in window.findChild(QTextBrowser, "stepPanel").toPlainText()


# Regimes and the fastest rate


def test_regime_limits_of_2x_squared(window, qtbot):
    caption = window.findChild(QLabel, "regimeCaption")
    assert caption.text() == "α = 0.1 < 1/L = 0.25: monotone, x approaches the minimum from one side."
    set_rate(window, 0.4)
    assert caption.text().startswith("1/L < α = 0.4 < 2/L = 0.5: oscillating")
    set_rate(window, 0.6)
    assert caption.text().startswith("α = 0.6 > 2/L = 0.5: divergent")
    assert "0.25" in window.findChild(QPushButton, "fastestRate").text()


def test_fastest_rate_button(window, qtbot):
    click(qtbot, window, "fastestRate")
    assert window.experiment.learning_rate == 0.25
    assert window.experiment.trajectory.points[1, 0] == 0.0
    type_function(qtbot, window, "x^4 - 3x^2 + x")
    window.findChild(QDoubleSpinBox, "startPoint").setValue(2.0)
    click(qtbot, window, "fastestRate")
    minimum = window.experiment.regimes.minimum
    assert window.experiment.learning_rate == pytest.approx(1.0 / (12 * minimum**2 - 6), rel=1e-12)


def test_two_cycle_at_half_is_announced(window, qtbot):
    set_rate(window, 0.5)
    assert "bounces between two points forever" in label_text(window, "regimeCaption")
    window.findChild(QSlider, "timeline").setValue(3)
    assert window.run_status.text() == "Step 3: bouncing between 1 and -1 forever, f(x) = 2"
    panel = window.findChild(QTextBrowser, "stepPanel").toPlainText()
    assert "The factor is −1: x bounces between two points" in panel


def test_regime_band_edges_sit_under_slider_positions(window, qtbot):
    slider = window.findChild(QSlider, "learningRateSlider")
    bar = window.parameter_panel.regime_bar
    for rate in (0.25, 0.5, 0.01):
        slider.set_float_value(rate)
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        handle = slider.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
        )
        handle_x = slider.mapTo(window, handle.center()).x()
        bar_x = bar.mapTo(window, bar.rect().topLeft()).x() + bar.x_of(rate)
        assert abs(handle_x - bar_x) <= 1.5, rate


# Comparison


def add_run(qtbot, window, rate):
    set_rate(window, rate)
    click(qtbot, window, "addToComparison")


def test_comparison_overlays_follow_player(window, qtbot):
    type_function(qtbot, window, "x^4 - 3x^2 + x")
    window.findChild(QDoubleSpinBox, "startPoint").setValue(2.0)
    window.experiment.set_steps(20)
    for rate in (0.02, 0.1, 0.18):
        add_run(qtbot, window, rate)
    set_rate(window, 0.05)
    runs = window.comparison.runs
    assert [run.learning_rate for run in runs] == [0.02, 0.1, 0.18]
    assert len({run.color_index for run in runs}) == 3

    window.player.seek(7)
    objective = FormulaObjective(parse_formula("x^4 - 3x^2 + x"))
    for kept in runs:
        expected = run(objective, 2.0, kept.learning_rate, 20)
        xs, ys = window.function_plot.overlay.shown_points(kept.color_index)
        np.testing.assert_array_equal(xs, expected.points[:8, 0])
        np.testing.assert_array_equal(ys, expected.losses[:8])
        steps, losses = window.loss_plot.overlay.shown_points(kept.color_index)
        np.testing.assert_array_equal(steps, np.arange(8))
        np.testing.assert_array_equal(losses, expected.losses[:8])
    labels = window.function_plot.overlay.legend_labels()
    assert labels == ["current run, α = 0.05", "α = 0.02", "α = 0.1", "α = 0.18"]


def test_loss_overlay_on_log_axis(window, qtbot):
    add_run(qtbot, window, 0.1)
    set_rate(window, 0.2)
    window.log_scale.setChecked(True)
    window.player.seek(4)
    kept = window.comparison.runs[0]
    _steps, shown = window.loss_plot.overlay.shown_points(kept.color_index)
    np.testing.assert_allclose(shown, np.log10([2, 0.72, 0.2592, 0.093312, 0.03359232]), rtol=1e-12)


def test_comparison_holds_six_runs(window, qtbot):
    for rate in (0.01, 0.02, 0.05, 0.1, 0.2, 0.3):
        add_run(qtbot, window, rate)
    assert len(window.comparison.runs) == 6
    assert not window.findChild(QPushButton, "addToComparison").isEnabled()
    set_rate(window, 0.4)
    assert not window.comparison_panel.add_current()
    message = window.findChild(QLabel, "comparisonMessage")
    assert message.isVisible()
    assert "at most 6 runs" in message.text()


def test_duplicate_run_is_not_added(window, qtbot):
    add_run(qtbot, window, 0.1)
    assert not window.comparison_panel.add_current()
    assert "already in the comparison" in window.findChild(QLabel, "comparisonMessage").text()
    assert len(window.comparison.runs) == 1


def test_clear_and_remove_can_be_undone(window, qtbot):
    for rate in (0.1, 0.2, 0.3):
        add_run(qtbot, window, rate)
    runs = window.comparison.runs
    click(qtbot, window, "clearComparison")
    assert window.comparison.runs == ()
    assert window.function_plot.overlay.legend_labels() == []
    window.findChild(QAction, "actionUndo").trigger()
    assert window.comparison.runs == runs

    listing = window.findChild(QListWidget, "comparisonList")
    listing.item(1).setSelected(True)
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert [run.learning_rate for run in window.comparison.runs] == [0.1, 0.3]
    window.findChild(QAction, "actionUndo").trigger()
    assert [run.learning_rate for run in window.comparison.runs] == [0.1, 0.2, 0.3]
    window.findChild(QAction, "actionRedo").trigger()
    assert [run.learning_rate for run in window.comparison.runs] == [0.1, 0.3]


def test_lesson_pair_in_one_click(window, qtbot):
    type_function(qtbot, window, "abs(x)")
    click(qtbot, window, "lessonPair")
    assert window.experiment.lesson.id == "convergence"
    assert isinstance(window.experiment.objective, Quadratic)
    first, second = window.comparison.runs
    assert (first.learning_rate, second.learning_rate) == (1.0, 0.1)
    assert first.trajectory.points[:, 0].tolist() == [1.0, -3.0, 9.0, -27.0, 81.0]
    np.testing.assert_allclose(second.trajectory.points[:, 0], [1, 0.6, 0.36, 0.216, 0.1296], rtol=1e-15)
    window.player.seek(3)
    xs, _ys = window.function_plot.overlay.shown_points(first.color_index)
    assert xs.tolist() == [1.0, -3.0, 9.0, -27.0]
    x_low, x_high, _y_low, _y_high = window.function_plot.visible_range()
    assert x_low <= -27.0
    assert x_high >= 9.0


def test_kept_run_with_other_function_draws_its_curve(window, qtbot):
    add_run(qtbot, window, 0.1)
    type_function(qtbot, window, "abs(x)")
    kept = window.comparison.runs[0]
    curve = window.function_plot.overlay._slots[kept.color_index].curve
    assert curve.isVisible()
    labels = window.function_plot.overlay.legend_labels()
    assert labels[1] == "α = 0.1, f = 2x²"


# Sweep


def show_sweep(window, qtbot):
    with qtbot.waitSignal(window.sweep.sweepChanged, timeout=10_000, check_params_cb=lambda: window.sweep.result is not None):
        window.findChild(QAction, "actionShowSweep").trigger()


def test_sweep_matches_core(window, qtbot):
    show_sweep(window, qtbot)
    result = window.sweep.result
    expected = sweep(Quadratic(2.0), 1.0, window.sweep.learning_rates, 4)
    np.testing.assert_array_equal(result.losses, expected.losses)
    rates, shown = window.sweep_view.plot.shown_data()
    np.testing.assert_array_equal(rates, window.sweep.learning_rates)
    assert window.sweep_view.plot.log_y
    positive = expected.losses > 0
    np.testing.assert_allclose(shown[positive], np.log10(expected.losses[positive]), rtol=1e-12)
    assert window.sweep_view.plot.rate_marker() == pytest.approx(0.1, rel=1e-12)
    bands = window.sweep_view.plot.band_limits()
    assert bands["monotone"][1] == pytest.approx(0.25)
    assert bands["oscillating"] == pytest.approx((0.25, 0.5))


def test_sweep_follows_function_and_mode(window, qtbot):
    show_sweep(window, qtbot)
    with qtbot.waitSignal(window.sweep.sweepChanged, timeout=10_000, check_params_cb=lambda: window.sweep.result is not None):
        type_function(qtbot, window, "x^4 - 3x^2 + x")
    expected = sweep(window.experiment.objective, 1.0, window.sweep.learning_rates, 4)
    np.testing.assert_array_equal(window.sweep.result.losses, expected.losses)
    assert not window.sweep_view.plot.log_y
    assert expected.any_reached
    window.sweep_view.mode.setCurrentIndex(1)
    _rates, shown = window.sweep_view.plot.shown_data()
    reached = expected.steps_to_tolerance >= 0
    np.testing.assert_array_equal(shown[reached], expected.steps_to_tolerance[reached])
    assert np.all(np.isnan(shown[~reached]))


def test_sweep_ignores_learning_rate_changes(window, qtbot):
    show_sweep(window, qtbot)
    result = window.sweep.result
    set_rate(window, 0.3)
    assert window.sweep.result is result
    assert window.sweep_view.plot.rate_marker() == pytest.approx(0.3, rel=1e-12)


def test_typed_function_leaves_regression_lesson(window, qtbot):
    window.experiment.load_lesson("regression")
    assert window.upper_views.currentIndex() == 1
    assert not window.findChild(QPushButton, "fastestRate").isVisible()
    type_function(qtbot, window, "2x^2")
    assert window.experiment.kind.name == "FUNCTION"
    assert window.experiment.dataset is None
    assert window.experiment.start == 1.0
    assert window.upper_views.currentIndex() == 0
    assert window.findChild(QPushButton, "fastestRate").isVisible()
    window.player.seek(4)
    np.testing.assert_allclose(window.experiment.trajectory.points[:, 0], [1, 0.6, 0.36, 0.216, 0.1296], rtol=1e-15)


def test_comparison_waits_for_function_lesson(window, qtbot):
    window.experiment.load_lesson("regression")
    assert not window.findChild(QPushButton, "addToComparison").isEnabled()
    assert not window.comparison_panel.add_current()
    assert window.comparison.runs == ()


def test_saved_file_keeps_function_and_comparison(window, qtbot, tmp_path):
    type_function(qtbot, window, "x^4 - 3x^2 + x")
    window.findChild(QDoubleSpinBox, "startPoint").setValue(2.0)
    for rate in (0.02, 0.1):
        add_run(qtbot, window, rate)
    set_rate(window, 0.05)
    path = tmp_path / "lab.gdv"
    assert window.file_actions.save_to(str(path))

    window.experiment.load_lesson("divergence")
    click(qtbot, window, "clearComparison")
    assert window.file_actions.open_file(str(path))
    assert window.experiment.function_text == "x^4 - 3x^2 + x"
    assert window.experiment.start == 2.0
    assert window.experiment.learning_rate == 0.05
    assert [run.learning_rate for run in window.comparison.runs] == [0.02, 0.1]
    expected = run(FormulaObjective(parse_formula("x^4 - 3x^2 + x")), 2.0, 0.1, window.experiment.steps)
    assert window.comparison.runs[1].trajectory.points.tobytes() == expected.points.tobytes()


def test_saved_function_prints_from_command_line(window, qtbot, tmp_path, capsys):
    from gdviewer.app import main

    type_function(qtbot, window, "2x^2")
    path = tmp_path / "bowl.gdv"
    assert window.file_actions.save_to(str(path))
    assert main([str(path), "--print"]) == 0
    output = capsys.readouterr().out
    assert "# function: 2x^2" in output.splitlines()
    assert output.splitlines()[-1] == "Finished at step 4: converging, f(x) = 0.03359232"
