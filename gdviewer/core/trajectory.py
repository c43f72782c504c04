"""Running an optimiser on an objective and recording every step.

A run is computed incrementally (``Run.advance``) so that a long run can be
spread over several calls without blocking a user interface, and it stops
at the first step whose point, loss or gradient is not finite: divergence
is a recorded outcome, not an exception.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import numpy as np

from .objectives import Objective
from .optimizers import GradientDescent


class StopReason(enum.Enum):
    """Which quantity of a step stopped the run by becoming non-finite."""

    POINT_NOT_FINITE = "point"
    LOSS_NOT_FINITE = "loss"
    GRADIENT_NOT_FINITE = "gradient"
    OUTSIDE_DOMAIN = "domain"
    """x is finite but f or f′ is undefined there, such as log(x) at x < 0."""


@dataclass(frozen=True)
class Divergence:
    """Where and why a run stopped early.

    ``step`` is the first step whose values are not finite; the last step
    kept in the trajectory is ``step - 1``. ``value`` is the offending
    number (``inf`` or ``nan``) as computed, except for OUTSIDE_DOMAIN,
    where it is the x that left the domain and ``violation`` (a
    DomainViolation) names the condition it broke.
    """

    step: int
    reason: StopReason
    value: float
    violation: object | None = None


@dataclass(frozen=True)
class Trajectory:
    """The finite steps of a run.

    Attributes
    ----------
    points : ndarray, shape (n + 1, d)
        x_0 … x_n, every one finite.
    losses : ndarray, shape (n + 1,)
        f(x_k) for each point.
    gradients : ndarray, shape (n + 1, d)
        ∇f(x_k) for each point.
    learning_rate : float
        The step size α used for every update.
    requested_steps : int
        The number of updates asked for; n is smaller if the run diverged
        or is still being computed.
    divergence : Divergence or None
        Set when the run stopped at a non-finite value.
    complete : bool
        True when no further steps will be computed.
    """

    points: np.ndarray
    losses: np.ndarray
    gradients: np.ndarray
    learning_rate: float
    requested_steps: int
    divergence: Divergence | None
    complete: bool

    @property
    def last_step(self) -> int:
        """Index of the last finite step (n)."""
        return len(self.losses) - 1


class Run:
    """An optimiser run that is computed a chunk at a time.

    Raises ValueError if the start point, its loss or its gradient is not
    finite, or if the learning rate or the step count is invalid.
    """

    def __init__(
        self,
        objective: Objective,
        start: np.ndarray | float,
        learning_rate: float,
        steps: int,
        optimizer=None,
    ):
        start = np.atleast_1d(np.asarray(start, dtype=float))
        if start.shape != (objective.dimension,):
            raise ValueError(
                f"start has shape {start.shape}, expected ({objective.dimension},)"
            )
        if not np.isfinite(learning_rate) or learning_rate < 0:
            raise ValueError(f"learning rate {learning_rate!r} is not a finite number >= 0")
        if steps < 0:
            raise ValueError(f"step count {steps} is negative")

        self._objective = objective
        self._optimizer = optimizer or GradientDescent()
        self._learning_rate = float(learning_rate)
        self._requested = int(steps)

        self._points = np.empty((steps + 1, objective.dimension))
        self._losses = np.empty(steps + 1)
        self._gradients = np.empty((steps + 1, objective.dimension))
        self._count = 0
        self._divergence: Divergence | None = None

        with np.errstate(all="ignore"):
            loss, gradient = self._evaluate(start)
        problem = _first_non_finite(start, loss, gradient)
        if problem is not None:
            raise ValueError(f"the start point gives a non-finite {problem[0].value}")
        self._store(start, loss, gradient)
        self._state = self._optimizer.init(start)

    @property
    def finished(self) -> bool:
        return self._divergence is not None or self._count == self._requested + 1

    def advance(self, max_steps: int) -> bool:
        """Compute up to ``max_steps`` more updates; return True when finished."""
        x = self._points[self._count - 1]
        gradient = self._gradients[self._count - 1]
        end = min(self._requested + 1, self._count + max_steps)
        with np.errstate(all="ignore"):
            while self._divergence is None and self._count < end:
                x, self._state = self._optimizer.update(
                    x, gradient, self._learning_rate, self._state
                )
                loss, gradient = self._evaluate(x)
                # x·0 is NaN exactly when x is not finite, and it cannot overflow.
                if math.isnan(loss * 0.0 + float(np.sum(x * 0.0 + gradient * 0.0))):
                    self._divergence = self._stop(x, loss, gradient)
                    break
                self._store(x, loss, gradient)
        return self.finished

    def trajectory(self) -> Trajectory:
        """Return the steps computed so far (arrays are read-only views)."""
        views = []
        for array in (self._points, self._losses, self._gradients):
            view = array[: self._count]
            view.flags.writeable = False
            views.append(view)
        return Trajectory(
            *views,
            learning_rate=self._learning_rate,
            requested_steps=self._requested,
            divergence=self._divergence,
            complete=self.finished,
        )

    def _stop(self, x: np.ndarray, loss: float, gradient: np.ndarray) -> Divergence:
        """Describe why the step at ``x`` cannot be kept."""
        if np.all(np.isfinite(x)):
            violation = self._objective.domain_violation(x)
            if violation is not None:
                return Divergence(self._count, StopReason.OUTSIDE_DOMAIN, float(x[0]), violation)
        return Divergence(self._count, *_first_non_finite(x, loss, gradient))

    def _evaluate(self, x: np.ndarray) -> tuple[float, np.ndarray]:
        return float(self._objective.value(x)), self._objective.gradient(x)

    def _store(self, x: np.ndarray, loss: float, gradient: np.ndarray) -> None:
        self._points[self._count] = x
        self._losses[self._count] = loss
        self._gradients[self._count] = gradient
        self._count += 1


def run(
    objective: Objective,
    start: np.ndarray | float,
    learning_rate: float,
    steps: int,
    optimizer=None,
) -> Trajectory:
    """Run an optimiser for ``steps`` updates and return the whole trajectory."""
    computation = Run(objective, start, learning_rate, steps, optimizer)
    computation.advance(steps)
    return computation.trajectory()


def _first_non_finite(
    x: np.ndarray, loss: float, gradient: np.ndarray
) -> tuple[StopReason, float] | None:
    if not np.all(np.isfinite(x)):
        return StopReason.POINT_NOT_FINITE, float(x[~np.isfinite(x)][0])
    if not np.isfinite(loss):
        return StopReason.LOSS_NOT_FINITE, loss
    if not np.all(np.isfinite(gradient)):
        return StopReason.GRADIENT_NOT_FINITE, float(gradient[~np.isfinite(gradient)][0])
    return None
