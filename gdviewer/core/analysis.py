"""Reading a trajectory: what the run is doing at a given step."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import numpy as np

from .objectives import Objective
from .trajectory import Trajectory


class Trend(enum.Enum):
    """Behaviour of the last update, judged from the steps up to a position."""

    START = "start"
    """Step 0: nothing has happened yet."""
    CONVERGING = "converging"
    """The loss fell and the point stayed on the same side of the minimum."""
    OSCILLATING = "oscillating"
    """The run settles, but the gradient flipped direction or, for an
    optimizer with momentum, the loss rose: the step overshot."""
    DIVERGING = "diverging"
    """The loss grew above every earlier loss of the run."""
    BOUNCING = "bouncing"
    """x came back to where it was two steps earlier: a two-cycle."""
    STATIONARY = "stationary"
    """The gradient is exactly zero, so no further update moves the point."""
    STALLED = "stalled"
    """The gradient is not zero but the update left the point where it was:
    the learning rate is 0 or the step is below the spacing of floats."""
    UNSETTLED = "unsettled"
    """The recent steps do not shrink toward a point, and the loss fell or
    rose only back to an earlier level: the run wanders, drifts away or
    has not yet begun to settle."""


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

    if np.array_equal(trajectory.points[step], trajectory.points[step - 1]):
        return Trend.STALLED
    if two_cycle(trajectory, step) is not None:
        return Trend.BOUNCING
    loss_rose = trajectory.losses[step] > trajectory.losses[step - 1]
    if loss_rose and _loss_at_new_high(trajectory, step):
        return Trend.DIVERGING
    if not is_settling(trajectory, step):
        return Trend.UNSETTLED
    if loss_rose:
        # Only a momentum-like run settles while its loss rises: it overshot.
        return Trend.OSCILLATING
    if float(np.dot(gradient, trajectory.gradients[step - 1])) < 0.0:
        return Trend.OSCILLATING
    return Trend.CONVERGING


def _loss_at_new_high(trajectory: Trajectory, step: int) -> bool:
    """Return True if the loss at ``step`` is above every earlier loss of the run.

    A loss that rises only back to an earlier level, as in a chaotic run
    or a momentum spiral, does not count as diverging.
    """
    return bool(trajectory.losses[step] > np.max(trajectory.losses[:step]))


#: The updates up to a step that must shrink for the run to count as settling.
SETTLING_WINDOW = 5
#: The updates compared, half against half, for optimizers with a state.
#: Momentum circles the minimum with a period of several steps, so one
#: window half should hold about one turn.
STATEFUL_SETTLING_WINDOW = 20


def is_settling(trajectory: Trajectory, step: int) -> bool:
    """Return True if the last updates up to ``step`` shrink toward a point.

    For gradient descent, each step ‖x_k − x_(k−1)‖ over the last
    ``SETTLING_WINDOW`` updates (fewer near the start) must be no longer
    than the one before, and the loss must not rise. Differences of a few
    units in the last place count as equal, so a run that has reached the
    minimum to float precision still settles. Optimizers with a state,
    such as momentum, may circle the minimum: for them the longest step of
    the recent half of ``STATEFUL_SETTLING_WINDOW`` must be shorter than
    that of the older half. The first update alone always counts as
    settling.
    """
    stateful = bool(trajectory.states)
    first = max(0, step - (STATEFUL_SETTLING_WINDOW if stateful else SETTLING_WINDOW))
    points = trajectory.points[first : step + 1]
    lengths = np.linalg.norm(np.diff(points, axis=0), axis=1)
    slack = 16.0 * np.finfo(float).eps * float(np.max(np.abs(points)))
    if stateful:
        return _envelope_shrinks(lengths, slack)
    if np.any(lengths[1:] > lengths[:-1] + slack):
        return False
    losses = trajectory.losses[first : step + 1]
    loss_slack = 16.0 * np.finfo(float).eps * float(np.max(np.abs(losses)))
    return not bool(np.any(losses[1:] > losses[:-1] + loss_slack))


def _envelope_shrinks(lengths: np.ndarray, slack: float) -> bool:
    """Return True if the longest step of the recent half is shorter than that of the older half."""
    if lengths.size < 2:
        return True
    middle = lengths.size // 2
    return bool(np.max(lengths[middle:]) < np.max(lengths[:middle]) or np.max(lengths) <= slack)


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
@dataclass(frozen=True)
class CurvatureAnalysis:
    """The eigenvalues of an objective's constant Hessian and what they imply for gradient descent.

    Along the eigenvector of eigenvalue λ, one update multiplies the
    distance to the minimum by 1 − α·λ, so the run converges only while
    |1 − α·λ_max| < 1, that is α < 2/λ_max, and the flattest direction
    (λ_min) sets how fast it gets there.

    Attributes
    ----------
    eigenvalues : ndarray, shape (d,)
        Eigenvalues of the Hessian, ascending.
    """

    eigenvalues: np.ndarray

    @property
    def condition_number(self) -> float:
        """λ_max / λ_min; ``inf`` when the flattest direction is flat."""
        low, high = float(self.eigenvalues[0]), float(self.eigenvalues[-1])
        return high / low if low > 0.0 else math.inf

    @property
    def max_stable_learning_rate(self) -> float:
        """2 / λ_max: from this learning rate on, the run does not converge."""
        high = float(self.eigenvalues[-1])
        return 2.0 / high if high > 0.0 else math.inf

    def contraction_factors(self, learning_rate: float) -> np.ndarray:
        """Return 1 − α·λ for each eigenvalue, ascending in λ."""
        return 1.0 - learning_rate * self.eigenvalues


def analyse_curvature(objective: Objective) -> CurvatureAnalysis | None:
    """Return the curvature analysis, or None if the Hessian is not constant."""
    hessian = objective.hessian()
    if hessian is None:
        return None
    return CurvatureAnalysis(np.linalg.eigvalsh(np.asarray(hessian, dtype=float)))


def level_curves(
    hessian: np.ndarray, minimizer: np.ndarray, heights: np.ndarray, half_length: float, samples: int = 121
) -> list[np.ndarray]:
    """Return the level sets of a 2-D quadratic as polylines of shape (m, 2).

    The quadratic is q(p) = q(p*) + ½·(p − p*)ᵀ·H·(p − p*), with ``minimizer``
    p* and positive semi-definite ``hessian`` H. Each entry of ``heights``
    is a height c > 0 above the minimum; the set q = q(p*) + c is an ellipse
    with semi-axes √(2c/λ) along H's eigenvectors. When the smaller
    eigenvalue is 0 the set is two parallel lines, returned as segments
    that reach ``half_length`` to either side of p*.
    """
    eigenvalues, vectors = np.linalg.eigh(np.asarray(hessian, dtype=float))
    minimizer = np.asarray(minimizer, dtype=float)
    flat = eigenvalues[0] <= eigenvalues[1] * 1e-12
    angles = np.linspace(0.0, 2.0 * math.pi, samples)
    curves = []
    for height in np.asarray(heights, dtype=float):
        if flat:
            across = math.sqrt(2.0 * height / eigenvalues[1]) * vectors[:, 1]
            along = half_length * vectors[:, 0]
            for side in (-1.0, 1.0):
                curves.append(np.array([minimizer + side * across - along, minimizer + side * across + along]))
        else:
            radii = np.sqrt(2.0 * height / eigenvalues)
            circle = np.column_stack([radii[0] * np.cos(angles), radii[1] * np.sin(angles)])
            curves.append(minimizer + circle @ vectors.T)
    return curves
