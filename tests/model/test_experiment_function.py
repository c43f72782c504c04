"""The experiment's function: typed formulas, presets, rejections and regimes."""

import numpy as np
import pytest

from gdviewer.core.expressions import FormulaErrorKind, FormulaObjective
from gdviewer.core.presets import PRESETS
from gdviewer.model.experiment import Experiment


@pytest.fixture
def experiment(qtbot):
    return Experiment()


def test_set_function_emits_changes(experiment, qtbot):
    with qtbot.waitSignals([experiment.functionChanged, experiment.parametersChanged, experiment.trajectoryChanged]):
        assert experiment.set_function("x^4 - 3x^2 + x")
    assert isinstance(experiment.objective, FormulaObjective)
    assert experiment.function_text == "x^4 - 3x^2 + x"
    assert experiment.custom_function
    assert experiment.formula.derivative_text() == "4x³ − 6x + 1"
    x1 = 1 - 0.1 * (4 - 6 + 1)
    assert experiment.trajectory.points[1, 0] == pytest.approx(x1, rel=1e-15)


def test_rejected_function_keeps_last_valid(experiment, qtbot):
    experiment.set_function("x^2 + 1")
    before = experiment.trajectory
    with qtbot.waitSignal(experiment.errorOccurred) as rejected:
        assert not experiment.set_function("x^2 + ")
    assert rejected.args[0] == "function"
    assert "after “+” at position 5" in rejected.args[1]
    assert experiment.function_error.kind is FormulaErrorKind.MISSING_OPERAND
    assert experiment.function_text == "x^2 + 1"
    assert experiment.trajectory is before


def test_function_undefined_at_start_moves_start(experiment, qtbot):
    experiment.set_start(-2.0)
    with qtbot.waitSignal(experiment.errorOccurred) as notice:
        assert experiment.set_function("log(x)")
    assert notice.args[0] == "start"
    assert "moved from -2 to 1" in notice.args[1]
    assert experiment.start == 1.0


def test_function_undefined_everywhere_rejected(experiment, qtbot):
    with qtbot.waitSignal(experiment.errorOccurred) as rejected:
        assert not experiment.set_function("sqrt(-x^2 - 1)")
    assert rejected.args[0] == "function"
    assert experiment.lesson.id == "convergence"
    assert not experiment.custom_function


@pytest.mark.parametrize("preset", PRESETS, ids=lambda preset: preset.id)
def test_preset_loads_its_parameters(experiment, qtbot, preset):
    with qtbot.waitSignal(experiment.functionChanged) as changed:
        experiment.load_preset(preset.id)
    assert changed.args == [preset.formula]
    assert experiment.start == preset.start
    assert experiment.learning_rate == preset.learning_rate
    assert experiment.steps == preset.steps
    assert experiment.trajectory.last_step == preset.steps
    assert np.all(np.isfinite(experiment.trajectory.losses))


def test_loading_lesson_restores_quadratic(experiment, qtbot):
    experiment.set_function("abs(x)")
    with qtbot.waitSignal(experiment.functionChanged) as changed:
        experiment.load_lesson("divergence")
    assert changed.args == ["2x²"]
    assert not experiment.custom_function
    assert experiment.trajectory.points[:, 0].tolist() == [1.0, -3.0, 9.0, -27.0]


def test_regimes_follow_function_and_start(experiment):
    assert experiment.regimes.regimes.divergent_above == 0.5
    experiment.set_function("x^4 - 3x^2 + x")
    experiment.set_start(2.0)
    right = experiment.regimes.minimum
    experiment.set_start(-2.0)
    left = experiment.regimes.minimum
    assert right > 1.0 > -1.0 > left


def test_update_rule_of_lesson(experiment):
    rule = experiment.update_rule
    assert rule.plain_text() == "x − α·4x"
    assert rule.simplified_text() == "(1 − 4α)x"
    assert rule.text_at(experiment.learning_rate) == "0.6x"
