"""Runs stop at the last finite step and report why, for every optimiser.

A run checks for non-finite values once per block of steps. These tests
compare it with a reference loop that checks every quantity right after
computing it, in the documented order: look-ahead point, gradient the
update used, state, point, loss, gradient, terms.
"""

import math
from dataclasses import dataclass

import numpy as np
import pytest

from gdviewer.core.objectives import Objective, Quadratic
from gdviewer.core.optimizers import OPTIMIZERS, GradientDescent, Nesterov
from gdviewer.core.surfaces import Rosenbrock
from gdviewer.core.trajectory import Run, StopReason, run


@dataclass(frozen=True)
class LinearMinusLog(Objective):
    """f(x) = x − ln x, defined for x > 0 only: ln of a negative x is NaN."""

    dimension: int = 1

    def value(self, x):
        return x[..., 0] - np.log(x[..., 0])

    def gradient(self, x):
        return 1.0 - 1.0 / x


@dataclass(frozen=True)
class DownhillLine(Objective):
    """f(x) = −x: the gradient is always −1, so no value depends on the step size."""

    dimension: int = 1

    def value(self, x):
        return -x[..., 0]

    def gradient(self, x):
        return -np.ones_like(x)


def reference_divergence(objective, start, learning_rate, steps, optimizer):
    """Return (step, reason, quantity) of the first non-finite value, checking each step."""
    x = np.atleast_1d(np.asarray(start, dtype=float))
    state = optimizer.init(x)
    gradient = objective.gradient(x)
    with np.errstate(all="ignore"):
        for step in range(1, steps + 1):
            used = gradient
            at = optimizer.lookahead(x, state)
            if at is not None:
                if not np.all(np.isfinite(at)):
                    return step, StopReason.POINT_NOT_FINITE, "lookahead_points"
                used = objective.gradient(at)
                if not np.all(np.isfinite(used)):
                    return step, StopReason.GRADIENT_NOT_FINITE, "update_gradients"
            x, state, terms = optimizer.step(x, used, learning_rate, state)
            for name, value in zip(state._fields, state):
                if not np.all(np.isfinite(value)):
                    return step, StopReason.STATE_NOT_FINITE, name
            if not np.all(np.isfinite(x)):
                return step, StopReason.POINT_NOT_FINITE, "points"
            if not np.isfinite(objective.value(x)):
                return step, StopReason.LOSS_NOT_FINITE, "losses"
            gradient = objective.gradient(x)
            if not np.all(np.isfinite(gradient)):
                return step, StopReason.GRADIENT_NOT_FINITE, "gradients"
            for name, value in zip(terms._fields, terms):
                if not np.all(np.isfinite(value)):
                    return step, StopReason.STATE_NOT_FINITE, name
    return None


MOMENTUM_FAMILY = ["gd", "momentum", "nesterov"]
ADAPTIVE = ["adagrad", "rmsprop", "adam"]

CASES = (
    # f(x) = 2x² at α = 1: |x| grows by a factor each step until x² overflows.
    [pytest.param(name, Quadratic(2.0), 1.0, 1.0, 2000, id=f"{name}-growing") for name in MOMENTUM_FAMILY]
    # Adaptive steps are about α long whatever the gradient, so they run away
    # only on a function without minimum: f(x) = −x² at α = 1e152 passes
    # |x| = 1.3e154, where x² overflows, after about a hundred steps.
    + [pytest.param(name, Quadratic(-1.0), 1.0, 1e152, 2000, id=f"{name}-growing") for name in ADAPTIVE]
    # From (1e60, 0) Rosenbrock's gradient is about 4e182: finite, but its
    # square, which the adaptive methods accumulate, overflows.
    + [pytest.param(name, Rosenbrock(), (1e60, 0.0), 0.01, 10, id=f"{name}-huge-gradient") for name in OPTIMIZERS]
    # x − ln x from 3 at α = 10: the first step lands below 0, where ln gives NaN.
    + [pytest.param(name, LinearMinusLog(), 3.0, 10.0, 10, id=f"{name}-nan") for name in OPTIMIZERS]
)


@pytest.mark.parametrize("name, objective, start, learning_rate, steps", CASES)
def test_run_stops_at_last_finite_step(name, objective, start, learning_rate, steps):
    optimizer = OPTIMIZERS[name]()
    trajectory = run(objective, start, learning_rate, steps, optimizer)
    expected = reference_divergence(objective, start, learning_rate, steps, optimizer)

    assert expected is not None
    divergence = trajectory.divergence
    assert (divergence.step, divergence.reason, divergence.quantity) == expected
    assert not math.isfinite(divergence.value)
    assert trajectory.last_step == divergence.step - 1
    assert trajectory.complete
    _assert_all_finite(trajectory)


@pytest.mark.parametrize(
    "name, step, reason, quantity",
    [
        ("gd", 323, StopReason.LOSS_NOT_FINITE, "losses"),
        ("adagrad", 1, StopReason.STATE_NOT_FINITE, "sum_of_squares"),
        ("rmsprop", 1, StopReason.STATE_NOT_FINITE, "mean_square"),
        ("adam", 1, StopReason.STATE_NOT_FINITE, "second_moment"),
    ],
)
def test_known_stopping_points(name, step, reason, quantity):
    """Cases worked out by hand: the lesson's overflow, and squares of a 4e182 gradient."""
    if name == "gd":
        trajectory = run(Quadratic(2.0), 1.0, 1.0, 700)
    else:
        trajectory = run(Rosenbrock(), (1e60, 0.0), 0.01, 10, OPTIMIZERS[name]())

    assert trajectory.divergence.step == step
    assert trajectory.divergence.reason is reason
    assert trajectory.divergence.quantity == quantity


def test_nan_value_is_reported():
    trajectory = run(LinearMinusLog(), 3.0, 10.0, 10)

    # x_1 = 3 − 10·(1 − 1/3) = −3.67, and ln(−3.67) is NaN.
    assert trajectory.divergence.reason is StopReason.LOSS_NOT_FINITE
    assert math.isnan(trajectory.divergence.value)
    assert trajectory.points[:, 0].tolist() == [3.0]


def test_nesterov_lookahead_overflow_is_named():
    """The velocity pushes the look-ahead point past the float range before x gets there.

    On f(x) = −x with α = 1e307 and μ = 0.9, v grows by 1e307 per step:
    x_6 = 1.783e308 is still finite, but the look-ahead x_6 + 0.9·v_6 =
    1.783e308 + 0.9·4.686e307 exceeds the largest float (1.798e308).
    """
    optimizer = Nesterov(momentum=0.9)
    trajectory = run(DownhillLine(), 0.0, 1e307, 20, optimizer)

    assert trajectory.divergence.step == 7
    assert trajectory.divergence.reason is StopReason.POINT_NOT_FINITE
    assert trajectory.divergence.quantity == "lookahead_points"
    assert trajectory.points[-1, 0] == pytest.approx(1.783e308, rel=1e-3)
    _assert_all_finite(trajectory)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_step_by_step_matches_blocks(name):
    """Advancing one step at a time checks after every step; the result must not change."""
    optimizer = OPTIMIZERS[name]()
    objective, start, rate = (Quadratic(2.0), 1.0, 1.0) if name in MOMENTUM_FAMILY else (Quadratic(-1.0), 1.0, 1e152)
    whole = run(objective, start, rate, 2000, optimizer)
    stepped = Run(objective, start, rate, 2000, optimizer)
    while not stepped.advance(1):
        pass
    part = stepped.trajectory()

    assert part.divergence == whole.divergence
    assert part.points.tobytes() == whole.points.tobytes()
    assert part.losses.tobytes() == whole.losses.tobytes()
    for name in whole.states:
        assert part.states[name].tobytes() == whole.states[name].tobytes()
    for name in whole.terms:
        assert part.terms[name].tobytes() == whole.terms[name].tobytes()


def test_divergence_across_block_boundary():
    """The overflow at step 323 lies in the second block of 256 steps."""
    assert Run.BLOCK_STEPS < 323 < 2 * Run.BLOCK_STEPS
    computation = Run(Quadratic(2.0), 1.0, 1.0, 700, GradientDescent())
    computation.advance(300)

    assert computation.trajectory().last_step == 300
    assert computation.trajectory().divergence is None
    assert computation.advance(300)
    assert computation.trajectory().divergence.step == 323


def _assert_all_finite(trajectory):
    arrays = [trajectory.points, trajectory.losses, trajectory.gradients, trajectory.update_gradients]
    arrays += list(trajectory.states.values()) + list(trajectory.terms.values())
    if trajectory.lookahead_points is not None:
        arrays.append(trajectory.lookahead_points)
    for array in arrays:
        assert np.all(np.isfinite(array))
