"""Reading a run: trends per step and the quadratic's update factor."""

import pytest

from gdviewer.core.analysis import Trend, is_settling, trend_at, two_cycle, update_factor
from gdviewer.core.numbers import format_number
from gdviewer.core.objectives import Quadratic
from gdviewer.core.trajectory import run


@pytest.mark.parametrize(
    "learning_rate, step, expected",
    [
        (0.1, 0, Trend.START),
        (0.1, 1, Trend.CONVERGING),
        (0.4, 1, Trend.OSCILLATING),
        (1.0, 1, Trend.DIVERGING),
        (0.25, 1, Trend.STATIONARY),
    ],
)
def test_trend_at_step(learning_rate, step, expected):
    trajectory = run(Quadratic(2.0), 1.0, learning_rate, 4)
    assert trend_at(trajectory, step) is expected


def test_trend_outside_trajectory_raises():
    trajectory = run(Quadratic(2.0), 1.0, 0.1, 4)
    with pytest.raises(IndexError):
        trend_at(trajectory, 5)


@pytest.mark.parametrize("learning_rate, factor", [(0.1, 0.6), (1.0, -3.0), (0.25, 0.0), (0.5, -1.0)])
def test_update_factor_of_2x_squared(learning_rate, factor):
    assert update_factor(Quadratic(2.0), learning_rate) == pytest.approx(factor, abs=1e-15)


@pytest.mark.parametrize(
    "value, text",
    [(0.36000000000000004, "0.36"), (1e-5, "1e-5"), (-27.0, "-27"), (0.1296, "0.1296"), (-0.0, "0"), (1.5e154, "1.5e154")],
)
def test_format_number(value, text):
    assert format_number(value) == text


def test_two_cycle_of_2x_squared_at_half():
    trajectory = run(Quadratic(2.0), 1.0, 0.5, 6)
    assert trend_at(trajectory, 1) is Trend.OSCILLATING
    for step in range(2, 7):
        assert trend_at(trajectory, step) is Trend.BOUNCING
    cycle = two_cycle(trajectory, 6)
    assert cycle.exact
    assert sorted([cycle.first[0], cycle.second[0]]) == [-1.0, 1.0]


def test_no_two_cycle_while_converging():
    trajectory = run(Quadratic(2.0), 1.0, 0.4, 10)
    assert all(two_cycle(trajectory, step) is None for step in range(11))


def test_two_cycle_of_abs_across_kink():
    from gdviewer.core.expressions import FormulaObjective, parse_formula

    trajectory = run(FormulaObjective(parse_formula("abs(x)")), 1.0, 0.3, 12)
    cycle = two_cycle(trajectory, 12)
    assert cycle is not None
    assert sorted([cycle.first[0], cycle.second[0]]) == pytest.approx([-0.2, 0.1])


@pytest.mark.parametrize("learning_rate", [0.0, 1e-330])
def test_zero_step_is_stalled(learning_rate):
    trajectory = run(Quadratic(2.0), 1.0, learning_rate, 3)
    assert trend_at(trajectory, 1) is Trend.STALLED
    assert trend_at(trajectory, 3) is Trend.STALLED


def formula_run(text: str, learning_rate: float, steps: int):
    from gdviewer.core.expressions import FormulaObjective, parse_formula

    return run(FormulaObjective(parse_formula(text)), 1.0, learning_rate, steps)


def test_chaotic_run_is_unsettled():
    trajectory = formula_run("sin(5x) + 0.1x^2", 0.5, 60)

    assert trajectory.losses[60] < trajectory.losses[59]
    assert trend_at(trajectory, 60) is Trend.UNSETTLED
    assert not is_settling(trajectory, 60)


def test_run_away_downhill_is_unsettled():
    trajectory = formula_run("-x^2", 0.1, 20)

    assert trend_at(trajectory, 1) is Trend.CONVERGING
    for step in range(2, 21):
        assert trend_at(trajectory, step) is Trend.UNSETTLED


@pytest.mark.parametrize(
    "text, learning_rate, steps, expected",
    [
        ("2x^2", 0.1, 4, Trend.CONVERGING),
        ("2x^2", 0.4, 30, Trend.OSCILLATING),
        ("sin(x) + 0.1x^2", 0.1, 100, Trend.CONVERGING),
        ("x^4", 0.01, 200, Trend.CONVERGING),
    ],
)
def test_shrinking_runs_still_converge(text, learning_rate, steps, expected):
    trajectory = formula_run(text, learning_rate, steps)

    assert is_settling(trajectory, steps)
    assert trend_at(trajectory, steps) is expected


def test_converged_to_float_precision_settles():
    trajectory = formula_run("sin(x) + 0.1x^2", 0.1, 3000)

    assert trend_at(trajectory, trajectory.last_step) is not Trend.UNSETTLED


def test_chaotic_loss_rise_is_not_diverging():
    trajectory = formula_run("sin(5x) + 0.1x^2", 0.5, 200)

    assert trajectory.losses[200] > trajectory.losses[199]
    assert trend_at(trajectory, 200) is Trend.UNSETTLED


def test_divergence_lesson_still_diverges():
    trajectory = run(Quadratic(2.0), 1.0, 1.0, 3)

    assert [trend_at(trajectory, step) for step in (1, 2, 3)] == [Trend.DIVERGING] * 3


def test_momentum_spiral_is_oscillating():
    from gdviewer.core.optimizers import make_optimizer

    trajectory = run(Quadratic(2.0), 1.0, 0.1, 100, make_optimizer("momentum"))
    trends = {trend_at(trajectory, step) for step in range(80, 101)}

    assert trends <= {Trend.OSCILLATING, Trend.CONVERGING}
    assert Trend.OSCILLATING in trends
    assert is_settling(trajectory, 100)
