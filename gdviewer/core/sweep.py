"""Gradient descent for many learning rates at once.

All runs of a sweep share the objective and the start point, so their
points form one array of shape (R, d) and every step evaluates the
gradient of all R runs in one vectorised call. Each run stops at the
first step whose point, loss or gradient is not finite, as a single
``Run`` does, and the result records that step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .objectives import Objective
from .optimizers import GradientDescent

#: The gradient size below which a run counts as arrived, for steps_to_tolerance.
DEFAULT_TOLERANCE = 1e-6


@dataclass(frozen=True)
class SweepResult:
    """The outcome of one run per learning rate.

    Attributes
    ----------
    learning_rates : ndarray, shape (R,)
    losses : ndarray, shape (R,)
        f(x_n) after ``computed_steps`` updates; NaN for a run that stopped.
    stopped_at : ndarray of int, shape (R,)
        The first step whose values were not finite, or −1. It equals
        ``Trajectory.divergence.step`` of the same run.
    steps_to_tolerance : ndarray of int, shape (R,)
        The first step k with max |∇f(x_k)| ≤ ``tolerance``, or −1.
    tolerance : float
    requested_steps : int
        n, the number of updates asked for.
    computed_steps : int
        How many updates have been computed so far.
    gradient_sizes : ndarray, shape (R,)
        max |∇f(x)| at the last computed step; NaN for a run that stopped.
    start_gradient_size : float
        max |∇f(x_0)|, the same for every run.
    """

    learning_rates: np.ndarray
    losses: np.ndarray
    stopped_at: np.ndarray
    steps_to_tolerance: np.ndarray
    tolerance: float
    requested_steps: int
    computed_steps: int
    gradient_sizes: np.ndarray
    start_gradient_size: float

    @property
    def complete(self) -> bool:
        return self.computed_steps == self.requested_steps

    @property
    def any_reached(self) -> bool:
        """True if some run reached the tolerance."""
        return bool(np.any(self.steps_to_tolerance >= 0))

    def estimate_steps_to_tolerance(self) -> int | None:
        """Estimate the step count at which the fastest run would reach the tolerance.

        It assumes that the gradient of each run that did not stop keeps
        shrinking by its average factor per step so far, as it does for
        gradient descent near a minimum with nonzero curvature. Returns
        None if no run's gradient shrank, because more steps would then
        not help.

        NOTE: where the gradient shrinks slower than geometrically, as for
        x^4 near its flat minimum, the estimate is too low.
        """
        steps = self.computed_steps
        sizes = self.gradient_sizes
        shrinking = np.isfinite(sizes) & (sizes > 0.0) & (sizes < self.start_gradient_size)
        if steps == 0 or not np.any(shrinking):
            return None
        # ln(|∇f(x_n)| / |∇f(x_0)|) / n is the mean log factor per step.
        mean_log_factor = np.log(sizes[shrinking] / self.start_gradient_size) / steps
        needed = np.log(self.tolerance / self.start_gradient_size) / mean_log_factor
        return int(math.ceil(float(np.min(needed))))


class Sweep:
    """Runs for many learning rates, computed a chunk of steps at a time.

    Raises ValueError for a start point where the objective is not
    finite, for learning rates that are negative or not finite, or for a
    negative step count.
    """

    def __init__(
        self,
        objective: Objective,
        start: np.ndarray | float,
        learning_rates: np.ndarray,
        steps: int,
        tolerance: float = DEFAULT_TOLERANCE,
        optimizer=None,
    ):
        rates = np.asarray(learning_rates, dtype=float).reshape(-1)
        start = np.atleast_1d(np.asarray(start, dtype=float))
        if start.shape != (objective.dimension,):
            raise ValueError(f"start has shape {start.shape}, expected ({objective.dimension},)")
        if not np.all(np.isfinite(rates)) or np.any(rates < 0):
            raise ValueError("learning rates must be finite numbers >= 0")
        if steps < 0:
            raise ValueError(f"step count {steps} is negative")

        self._objective = objective
        self._optimizer = optimizer or GradientDescent()
        self._rates = rates
        self._column = rates[:, np.newaxis]
        self._requested = int(steps)
        self._tolerance = float(tolerance)

        self._x = np.repeat(start[np.newaxis, :], rates.size, axis=0)
        with np.errstate(all="ignore"):
            self._loss = objective.value(self._x)
            self._gradient = objective.gradient(self._x)
        if not (np.all(np.isfinite(self._loss)) and np.all(np.isfinite(self._gradient))):
            raise ValueError("the start point gives a non-finite loss or gradient")
        self._start_gradient_size = float(np.max(np.abs(self._gradient[0])))
        self._state = self._optimizer.init(self._x)
        self._count = 0
        self._stopped_at = np.full(rates.size, -1)
        self._arrived_at = np.where(self._arrived(), 0, -1)

    @property
    def finished(self) -> bool:
        return self._count == self._requested

    def advance(self, max_steps: int) -> bool:
        """Compute up to ``max_steps`` more updates of every run; return True when finished."""
        objective = self._objective
        end = min(self._requested, self._count + max_steps)
        x, gradient, loss, state = self._x, self._gradient, self._loss, self._state
        with np.errstate(all="ignore"):
            for step in range(self._count + 1, end + 1):
                x, state = self._optimizer.update(x, gradient, self._column, state)
                loss = objective.value(x)
                gradient = objective.gradient(x)
                # As in Run: the sum is NaN exactly when some value is not finite.
                bad = np.isnan(loss * 0.0 + np.sum(x * 0.0 + gradient * 0.0, axis=-1))
                self._stopped_at[bad & (self._stopped_at < 0)] = step
                arrived = (np.max(np.abs(gradient), axis=-1) <= self._tolerance) & (self._arrived_at < 0)
                self._arrived_at[arrived & (self._stopped_at < 0)] = step
        self._x, self._gradient, self._loss, self._state = x, gradient, loss, state
        self._count = end
        return self.finished

    def result(self) -> SweepResult:
        """Return the state after the steps computed so far."""
        stopped = self._stopped_at >= 0
        return SweepResult(
            learning_rates=self._rates.copy(),
            losses=np.where(stopped, np.nan, self._loss),
            stopped_at=self._stopped_at.copy(),
            steps_to_tolerance=self._arrived_at.copy(),
            tolerance=self._tolerance,
            requested_steps=self._requested,
            computed_steps=self._count,
            gradient_sizes=np.where(stopped, np.nan, np.max(np.abs(self._gradient), axis=-1)),
            start_gradient_size=self._start_gradient_size,
        )

    def _arrived(self) -> np.ndarray:
        return np.max(np.abs(self._gradient), axis=-1) <= self._tolerance


def sweep(
    objective: Objective,
    start: np.ndarray | float,
    learning_rates: np.ndarray,
    steps: int,
    tolerance: float = DEFAULT_TOLERANCE,
    optimizer=None,
) -> SweepResult:
    """Run gradient descent for every learning rate and return the outcomes."""
    computation = Sweep(objective, start, learning_rates, steps, tolerance, optimizer)
    computation.advance(steps)
    return computation.result()


def log_spaced_rates(low: float, high: float, count: int) -> np.ndarray:
    """Return ``count`` learning rates evenly spaced on a log axis from low to high."""
    if not 0 < low < high:
        raise ValueError(f"need 0 < low < high, got {low} and {high}")
    return np.geomspace(low, high, count)
