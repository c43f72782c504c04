"""Finding the local minima of a function of one variable numerically.

The derivative is sampled on a grid; wherever it changes sign from
negative to non-negative, bisection narrows the bracket down to the
minimum. Bisection needs only signs, so it also finds minima at kinks
such as the one of abs(x), where the derivative jumps from −1 to 1.
"""

from __future__ import annotations

import numpy as np

from .objectives import Objective

GRID_POINTS = 4001
BISECTION_STEPS = 60
#: Minima closer to 0 than this are reported as exactly 0; bisection
#: leaves rounding noise such as 1e-17 there.
ZERO_SNAP = 1e-12


def local_minima(objective: Objective, low: float, high: float, points: int = GRID_POINTS) -> np.ndarray:
    """Return the x of every local minimum of a 1-D objective in [low, high].

    Minima closer together than the grid spacing (high − low)/points can
    be missed, and so can minima at the very ends of the interval. A sign
    change of f′ across a hole in the domain (1/x changes sign at 0, where
    log(x) is undefined) is not a minimum and is dropped.
    """
    grid = np.linspace(low, high, points)
    with np.errstate(all="ignore"):
        slopes = objective.gradient(grid[:, np.newaxis])[:, 0]
    # Exact zeros are skipped, so that f′ = −6x² touching 0 at an
    # inflection does not count as a change of sign.
    usable = np.flatnonzero(np.isfinite(slopes) & (slopes != 0.0))
    signs = np.sign(slopes[usable])
    changes = np.flatnonzero((signs[:-1] < 0) & (signs[1:] > 0))
    if changes.size == 0:
        return np.empty(0)
    minima = _bisect(objective, grid[usable[changes]], grid[usable[changes + 1]])
    minima = np.where(np.abs(minima) < ZERO_SNAP, 0.0, minima)
    return minima[_is_lowest_nearby(objective, minima, (high - low) / points)]


def _is_lowest_nearby(objective: Objective, minima: np.ndarray, spacing: float) -> np.ndarray:
    """Keep candidates where f is finite and no higher than at its neighbours."""
    with np.errstate(all="ignore"):
        around = np.stack([minima - spacing, minima, minima + spacing], axis=-1)[..., np.newaxis]
        values = objective.value(around)
    finite = np.all(np.isfinite(values), axis=-1)
    return finite & (values[:, 1] <= values[:, 0]) & (values[:, 1] <= values[:, 2])


def nearest_minimum(objective: Objective, start: float, half_width: float = 10.0) -> float | None:
    """Return the local minimum closest to ``start``, searching start ± half_width.

    The window widens with |start| so that a search from a far start
    still finds the minima near the origin. Returns None when there is no minimum there.
    """
    half_width = max(half_width, abs(start))
    minima = local_minima(objective, start - half_width, start + half_width)
    if minima.size == 0:
        return None
    return float(minima[np.argmin(np.abs(minima - start))])


def _bisect(objective: Objective, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Narrow every bracket [left, right] with f′(left) < 0 ≤ f′(right) at once."""
    left, right = left.copy(), right.copy()
    with np.errstate(all="ignore"):
        for _ in range(BISECTION_STEPS):
            middle = 0.5 * (left + right)
            slopes = objective.gradient(middle[:, np.newaxis])[:, 0]
            # A NaN slope (a hole in the domain) counts as rising, which
            # keeps the bracket on the defined side.
            rising = ~(slopes < 0.0)
            right = np.where(rising, middle, right)
            left = np.where(rising, left, middle)
    return right
