"""Reading a trajectory: what the run is doing at a given step."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np

from .objectives import Objective
from .trajectory import Trajectory


class Trend(enum.Enum):
    """What the last update did, judged from the steps up to a position."""

    START = "start"
    """Step 0: nothing has happened yet."""
    CONVERGING = "converging"
    """The loss fell and the point stayed on the same side of the minimum."""
    OSCILLATING = "oscillating"
    """The loss fell but the gradient flipped direction: the step overshot."""
    DIVERGING = "diverging"
    """The loss grew."""
    BOUNCING = "bouncing"
    """x came back to where it was two steps earlier: a two-cycle."""
    STATIONARY = "stationary"
    """The gradient is exactly zero, so no further update moves the point."""


def trend_at(trajectory: Trajectory, step: int) -> Trend:
    """Classify the update that led to ``step``.

    Raises IndexError if ``step`` is outside the trajectory.
    """
    if not 0 <= step <= trajectory.last_step:
        raise IndexError(f"step {step} is outside 0..{trajectory.last_step}")
    gradient = trajectory.gradients[step]
    if not np.any(gradient):
        return Trend.STATIONARY
    if step == 0:
        return Trend.START

    if two_cycle(trajectory, step) is not None:
        return Trend.BOUNCING
    if trajectory.losses[step] > trajectory.losses[step - 1]:
        return Trend.DIVERGING
    if float(np.dot(gradient, trajectory.gradients[step - 1])) < 0.0:
        return Trend.OSCILLATING
    return Trend.CONVERGING


def update_factor(objective: Objective, learning_rate: float) -> float | None:
    """Return the factor 1 − α·f'' by which each update scales x − x*.

    It exists only for a quadratic (constant curvature); None otherwise.
    With f(x) = 2x² it is 1 − 4α: 0.6 at α = 0.1 and −3 at α = 1.
    """
    curvature = objective.curvature()
    if curvature is None:
        return None
    return 1.0 - learning_rate * curvature


#: Points closer than this, relative to their size, count as the same point.
CYCLE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class TwoCycle:
    """Two points that gradient descent alternates between.

    ``exact`` is True when x_k equals x_(k−2) bit for bit. The update is
    a fixed function of x, so the run then repeats the pair forever.
    """

    first: np.ndarray
    second: np.ndarray
    exact: bool


def two_cycle(trajectory: Trajectory, step: int) -> TwoCycle | None:
    """Return the pair of points the run alternates between at ``step``, if any.

    It looks at x_(step−2), x_(step−1) and x_step: a two-cycle needs the
    first and last to agree (within CYCLE_TOLERANCE) and the middle one to
    differ. With f(x) = 2x² and α = 0.5, x goes 1, −1, 1, −1 …
    """
    if step < 2 or step > trajectory.last_step:
        return None
    before, middle, now = trajectory.points[step - 2 : step + 1]
    scale = max(1.0, float(np.max(np.abs(now))))
    tolerance = CYCLE_TOLERANCE * scale
    if np.max(np.abs(now - before)) > tolerance or np.max(np.abs(now - middle)) <= tolerance:
        return None
    return TwoCycle(middle.copy(), now.copy(), exact=bool(np.array_equal(now, before)))
