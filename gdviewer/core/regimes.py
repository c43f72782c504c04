"""Learning-rate regimes: which step sizes converge, oscillate or diverge.

Near a minimum x* with curvature L = f''(x*) > 0, one update maps the
distance to the minimum to (1 − αL) times itself. So descent is

- monotone for 0 < α < 1/L (the factor is in (0, 1)),
- fastest at α = 1/L (the factor is 0: a quadratic lands on x* at once),
- oscillating but converging for 1/L < α < 2/L (the factor is in (−1, 0)),
- a two-cycle at α = 2/L (the factor is −1: x bounces between two points),
- divergent for α > 2/L (|factor| > 1).

For a quadratic these limits are exact everywhere. For any other
function they hold near the minimum only, and the curvature is taken at
the local minimum nearest to the start point. In several dimensions the
limits come from the largest Hessian eigenvalue λ_max (1/λ_max, 2/λ_max)
and the fastest rate is 2/(λ_min + λ_max).
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import numpy as np

from .minima import nearest_minimum
from .objectives import Objective

#: Learning rates within this relative distance of a limit count as on it.
LIMIT_TOLERANCE = 1e-12


class Regime(enum.Enum):
    """The behaviour of gradient descent at one learning rate."""

    STILL = "still"
    """α = 0: x never moves."""
    MONOTONE = "monotone"
    FASTEST = "fastest"
    OSCILLATING = "oscillating"
    TWO_CYCLE = "two-cycle"
    DIVERGENT = "divergent"


class RegimeProblem(enum.Enum):
    """The reason why no regimes can be given."""

    NO_MINIMUM = "no minimum"
    """No local minimum near the start (or the parabola opens downwards)."""
    KINK = "kink"
    """The minimum sits on a kink such as that of abs(x): no curvature there."""
    FLAT = "flat"
    """The curvature at the minimum is 0, as for x⁴ at 0."""
    NOT_ONE_DIMENSIONAL = "not one-dimensional"


@dataclass(frozen=True)
class LearningRateRegimes:
    """The limits between the regimes.

    Attributes
    ----------
    curvature : float
        L (or λ_max) at the minimum.
    monotone_below : float
        1/L: below it every step keeps x on the same side of x*.
    divergent_above : float
        2/L: above it the distance to x* grows every step.
    fastest : float
        The learning rate with the smallest update factor, 1/L in one
        dimension and 2/(λ_min + λ_max) in several.
    exact : bool
        True for a quadratic, where the limits hold everywhere.
    minimum : float or None
        The x* the limits refer to, in one dimension.
    """

    curvature: float
    monotone_below: float
    divergent_above: float
    fastest: float
    exact: bool
    minimum: float | None = None

    def classify(self, learning_rate: float) -> Regime:
        """Return the regime of ``learning_rate``."""
        if learning_rate == 0.0:
            return Regime.STILL
        if _near(learning_rate, self.fastest):
            return Regime.FASTEST
        if _near(learning_rate, self.divergent_above):
            return Regime.TWO_CYCLE
        if learning_rate < self.monotone_below:
            return Regime.MONOTONE
        if learning_rate < self.divergent_above:
            return Regime.OSCILLATING
        return Regime.DIVERGENT


@dataclass(frozen=True)
class RegimeAnalysis:
    """Regimes for an objective and start point, or why there are none.

    Exactly one of ``regimes`` and ``problem`` is set. ``minimum`` is the
    minimum looked at, when one was found.
    """

    regimes: LearningRateRegimes | None
    problem: RegimeProblem | None
    minimum: float | None = None


def regimes_from_eigenvalues(eigenvalues, exact: bool = True, minimum: float | None = None) -> LearningRateRegimes:
    """Return the regimes of a quadratic with these Hessian eigenvalues.

    Raises ValueError unless every eigenvalue is positive and finite.
    """
    values = np.atleast_1d(np.asarray(eigenvalues, dtype=float))
    if values.size == 0 or not np.all(np.isfinite(values)) or np.any(values <= 0.0):
        raise ValueError(f"eigenvalues {values.tolist()} are not all positive and finite")
    largest = float(values.max())
    smallest = float(values.min())
    return LearningRateRegimes(
        curvature=largest,
        monotone_below=1.0 / largest,
        divergent_above=2.0 / largest,
        fastest=2.0 / (smallest + largest),
        exact=exact,
        minimum=minimum,
    )


def analyze_regimes(objective: Objective, start: float) -> RegimeAnalysis:
    """Find the learning-rate regimes of a 1-D objective started at ``start``.

    A constant curvature (a quadratic) gives exact limits. Otherwise the
    local minimum nearest to ``start`` is located numerically and its
    curvature f''(x*) gives limits that hold close to it.
    """
    if objective.dimension != 1:
        return RegimeAnalysis(None, RegimeProblem.NOT_ONE_DIMENSIONAL)
    curvature = objective.curvature()
    if curvature is not None:
        minimum = objective.minimizers()[0] if curvature > 0 and objective.minimizers() else None
        if curvature <= 0:
            return RegimeAnalysis(None, RegimeProblem.NO_MINIMUM)
        return RegimeAnalysis(regimes_from_eigenvalues(curvature, True, minimum), None, minimum)

    minimum = nearest_minimum(objective, start)
    if minimum is None:
        return RegimeAnalysis(None, RegimeProblem.NO_MINIMUM)
    if _is_kink(objective, minimum):
        return RegimeAnalysis(None, RegimeProblem.KINK, minimum)
    curvature = curvature_at(objective, minimum)
    if not math.isfinite(curvature):
        return RegimeAnalysis(None, RegimeProblem.KINK, minimum)
    if curvature <= 1e-12:
        return RegimeAnalysis(None, RegimeProblem.FLAT, minimum)
    return RegimeAnalysis(regimes_from_eigenvalues(curvature, False, minimum), None, minimum)


def curvature_at(objective: Objective, x: float) -> float:
    """Return f''(x): exact where the objective has a second derivative, else estimated."""
    with np.errstate(all="ignore"):
        if hasattr(objective, "second_derivative"):
            return float(objective.second_derivative(np.array([x]))[0])
        return _central_difference(objective, x, 1e-5 * max(1.0, abs(x)))


def _is_kink(objective: Objective, x: float) -> bool:
    """True if the slope jumps at x, found by central differences of two widths.

    For a smooth f the two estimates of f'' agree. Across a jump J in f′
    each estimate is J/(2h), so the narrower one is 100 times larger.
    """
    scale = max(1.0, abs(x))
    with np.errstate(all="ignore"):
        wide = _central_difference(objective, x, 1e-4 * scale)
        narrow = _central_difference(objective, x, 1e-6 * scale)
    return narrow > 10.0 * abs(wide) + 1e3


def _central_difference(objective: Objective, x: float, step: float) -> float:
    points = np.array([[x + step], [x - step]])
    ahead, behind = objective.gradient(points)[:, 0]
    return float((ahead - behind) / (2.0 * step))


def _near(value: float, limit: float) -> bool:
    return math.isclose(value, limit, rel_tol=LIMIT_TOLERANCE)
