"""Gradient descent on f(x) = 2x²: the lesson's numbers and divergence."""

import numpy as np
import pytest

from gdviewer.core.lessons import find_lesson
from gdviewer.core.objectives import Quadratic
from gdviewer.core.trajectory import Run, StopReason, run


def lesson_run(lesson_id, **overrides):
    lesson = find_lesson(lesson_id)
    parameters = dict(start=lesson.start, learning_rate=lesson.learning_rate, steps=lesson.steps)
    parameters.update(overrides)
    return run(lesson.objective, **parameters)


def test_divergence_lesson_points():
    trajectory = lesson_run("divergence")
    assert trajectory.points[:, 0].tolist() == [1.0, -3.0, 9.0, -27.0]
    assert trajectory.losses.tolist() == [2.0, 18.0, 162.0, 1458.0]
    assert trajectory.gradients[:, 0].tolist() == [4.0, -12.0, 36.0, -108.0]
    assert trajectory.divergence is None


def test_convergence_lesson_points():
    trajectory = lesson_run("convergence")
    np.testing.assert_allclose(trajectory.points[:, 0], [1.0, 0.6, 0.36, 0.216, 0.1296], rtol=1e-15)
    np.testing.assert_allclose(
        trajectory.losses, [2.0, 0.72, 0.2592, 0.093312, 0.03359232], rtol=1e-14
    )


def test_divergence_overflows_at_step_323():
    trajectory = lesson_run("divergence", steps=700)
    assert trajectory.divergence is not None
    assert trajectory.divergence.step == 323
    assert trajectory.divergence.reason is StopReason.LOSS_NOT_FINITE
    assert trajectory.last_step == 322
    assert np.all(np.isfinite(trajectory.points))
    assert np.all(np.isfinite(trajectory.losses))
    assert trajectory.complete


def test_learning_rate_quarter_lands_on_minimum():
    trajectory = lesson_run("convergence", learning_rate=0.25)
    assert trajectory.points[1, 0] == 0.0
    assert trajectory.losses[1] == 0.0
    assert np.all(trajectory.losses[1:] == 0.0)


def test_steps_are_a_parameter():
    trajectory = lesson_run("convergence", steps=50)
    assert trajectory.last_step == 50
    np.testing.assert_allclose(trajectory.points[:, 0], 0.6 ** np.arange(51), rtol=1e-12)


def test_chunked_run_matches_single_run():
    whole = run(Quadratic(2.0), 1.0, 0.01, 5000)
    chunked = Run(Quadratic(2.0), 1.0, 0.01, 5000)
    chunks = 0
    while not chunked.advance(777):
        chunks += 1
        assert not chunked.trajectory().complete
    part = chunked.trajectory()
    assert chunks == 6
    assert part.points.tobytes() == whole.points.tobytes()
    assert part.losses.tobytes() == whole.losses.tobytes()


def test_repeated_runs_are_bit_identical():
    first = lesson_run("divergence", steps=700)
    second = lesson_run("divergence", steps=700)
    assert first.points.tobytes() == second.points.tobytes()
    assert first.gradients.tobytes() == second.gradients.tobytes()


def test_zero_steps_keep_the_start():
    trajectory = lesson_run("convergence", steps=0)
    assert trajectory.last_step == 0
    assert trajectory.points[0, 0] == 1.0


def test_trajectory_arrays_are_read_only():
    trajectory = lesson_run("convergence")
    with pytest.raises(ValueError):
        trajectory.points[0, 0] = 5.0


@pytest.mark.parametrize(
    "arguments, message",
    [
        (dict(start=1.0, learning_rate=-0.1, steps=3), "learning rate"),
        (dict(start=1.0, learning_rate=float("nan"), steps=3), "learning rate"),
        (dict(start=1.0, learning_rate=0.1, steps=-1), "negative"),
        (dict(start=1e200, learning_rate=0.1, steps=3), "non-finite"),
        (dict(start=[1.0, 2.0], learning_rate=0.1, steps=3), "shape"),
    ],
)
def test_invalid_parameters_raise(arguments, message):
    with pytest.raises(ValueError, match=message):
        Run(Quadratic(2.0), **arguments)


def test_leaving_the_domain_stops_with_a_reason():
    from gdviewer.core.expressions import FormulaObjective, Requirement, parse_formula

    trajectory = run(FormulaObjective(parse_formula("log(x)")), 1.0, 2.0, 5)
    assert trajectory.last_step == 0
    divergence = trajectory.divergence
    assert divergence.step == 1
    assert divergence.reason is StopReason.OUTSIDE_DOMAIN
    assert divergence.value == -1.0
    assert divergence.violation.function == "log"
    assert divergence.violation.requirement is Requirement.POSITIVE


def test_overflow_is_not_a_domain_stop():
    from gdviewer.core.expressions import FormulaObjective, parse_formula

    trajectory = run(FormulaObjective(parse_formula("2x^2")), 1.0, 1.0, 700)
    assert trajectory.divergence.step == 323
    assert trajectory.divergence.reason is StopReason.LOSS_NOT_FINITE
    assert trajectory.divergence.violation is None
