"""The vectorised learning-rate sweep agrees with single runs of the core."""

import numpy as np
import pytest

from gdviewer.core.expressions import FormulaObjective, parse_formula
from gdviewer.core.objectives import Quadratic
from gdviewer.core.sweep import Sweep, log_spaced_rates, sweep
from gdviewer.core.trajectory import StopReason, run

RATES = log_spaced_rates(1e-4, 10.0, 60)


@pytest.mark.parametrize(
    "objective, start",
    [
        (Quadratic(2.0), 1.0),
        (FormulaObjective(parse_formula("x^4 - 3x^2 + x")), 2.0),
        (FormulaObjective(parse_formula("sin(x) + 0.1x^2")), 1.0),
        (FormulaObjective(parse_formula("log(x) + x^2")), 1.0),
    ],
)
def test_sweep_matches_single_runs(objective, start):
    result = sweep(objective, start, RATES, 300)
    for index, rate in enumerate(RATES):
        trajectory = run(objective, start, rate, 300)
        if trajectory.divergence is None:
            assert result.stopped_at[index] == -1
            assert result.losses[index] == trajectory.losses[-1]
        else:
            assert result.stopped_at[index] == trajectory.divergence.step
            assert np.isnan(result.losses[index])


def test_sweep_of_2x_squared_has_lesson_values():
    result = sweep(Quadratic(2.0), 1.0, [0.1, 0.25, 0.5, 1.0], 4)
    assert result.losses[0] == pytest.approx(2 * 0.1296**2, rel=1e-12)
    assert result.losses[1] == 0.0
    assert result.losses[2] == 2.0
    assert result.losses[3] == 2 * 81.0**2
    assert result.steps_to_tolerance.tolist() == [-1, 1, -1, -1]


def test_steps_to_tolerance_matches_geometric_decay():
    # At α = 0.1 the gradient 4x shrinks by 0.6 each step: 4·0.6^k ≤ 1e-6.
    result = sweep(Quadratic(2.0), 1.0, [0.1], 100)
    expected = int(np.ceil(np.log(1e-6 / 4) / np.log(0.6)))
    assert result.steps_to_tolerance[0] == expected


def test_sweep_records_divergence_step():
    result = sweep(Quadratic(2.0), 1.0, [1.0], 700)
    assert result.stopped_at[0] == 323
    trajectory = run(Quadratic(2.0), 1.0, 1.0, 700)
    assert trajectory.divergence.reason is StopReason.LOSS_NOT_FINITE


def test_chunked_sweep_equals_whole():
    objective = FormulaObjective(parse_formula("x^4 - 3x^2 + x"))
    whole = sweep(objective, 2.0, RATES, 500)
    chunked = Sweep(objective, 2.0, RATES, 500)
    chunks = 1
    while not chunked.advance(77):
        chunks += 1
        assert not chunked.result().complete
    part = chunked.result()
    assert chunks == 7
    assert part.losses.tobytes() == whole.losses.tobytes()
    assert part.stopped_at.tolist() == whole.stopped_at.tolist()
    assert part.steps_to_tolerance.tolist() == whole.steps_to_tolerance.tolist()


def test_sweep_rejects_bad_input():
    with pytest.raises(ValueError, match="finite"):
        Sweep(Quadratic(2.0), 1.0, [0.1, -1.0], 10)
    with pytest.raises(ValueError, match="negative"):
        Sweep(Quadratic(2.0), 1.0, [0.1], -1)
    with pytest.raises(ValueError, match="non-finite"):
        Sweep(FormulaObjective(parse_formula("log(x)")), -1.0, [0.1], 10)
    with pytest.raises(ValueError, match="low < high"):
        log_spaced_rates(1.0, 0.1, 10)


def test_estimate_matches_geometric_decay():
    rates = np.array([0.001, 0.01])
    short = sweep(Quadratic(2.0), 1.0, rates, 4)
    long = sweep(Quadratic(2.0), 1.0, rates, 400)

    assert not short.any_reached
    assert short.estimate_steps_to_tolerance() == long.steps_to_tolerance[1]
    assert long.steps_to_tolerance.tolist() == [-1, 373]


def test_no_estimate_without_shrinking_gradient():
    result = sweep(FormulaObjective(parse_formula("-x^2")), 1.0, np.array([0.1, 1.0]), 4)

    assert not result.any_reached
    assert result.estimate_steps_to_tolerance() is None
