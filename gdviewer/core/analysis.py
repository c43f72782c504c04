"""Reading a trajectory: what the run is doing at a given step."""

from __future__ import annotations

import enum

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
