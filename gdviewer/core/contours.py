"""Values of a two-variable objective on a grid, and contour levels for them.

A contour view computes :func:`contour_grid` once per surface and box and
keeps the result: resizing or redrawing the view reuses the same values
and levels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .objectives import Objective
from .surfaces import Box

DEFAULT_RESOLUTION = 200
DEFAULT_LEVEL_COUNT = 20

WIDE_RANGE_MEDIAN_FRACTION = 0.15
"""Levels are log-spaced when half the grid lies within this fraction of the range above the minimum."""

LOG_LEVEL_DECADES = 5
"""How many powers of ten below the range the lowest log-spaced level lies."""


@dataclass(frozen=True)
class ContourGrid:
    """Objective values on a regular grid, with the levels to draw.

    Attributes
    ----------
    xs : ndarray, shape (nx,)
        The x coordinates of the grid columns, from ``box.x_min`` to
        ``box.x_max``.
    ys : ndarray, shape (ny,)
        The y coordinates of the grid rows, from ``box.y_min`` to
        ``box.y_max``.
    values : ndarray, shape (ny, nx)
        ``values[j, i]`` is f(xs[i], ys[j]), the layout of
        ``np.meshgrid(xs, ys)``. Non-finite values are kept as computed.
    levels : ndarray
        The contour levels in increasing order. It is empty when the grid
        has fewer than two distinct finite values.
    log_spaced : bool
        True when the levels are spaced evenly on a log scale above the
        minimum, because most of the grid lies near the minimum.

    All arrays are read-only.
    """

    xs: np.ndarray
    ys: np.ndarray
    values: np.ndarray
    levels: np.ndarray
    log_spaced: bool


def contour_grid(
    objective: Objective,
    box: Box,
    resolution: int | tuple[int, int] = DEFAULT_RESOLUTION,
    level_count: int = DEFAULT_LEVEL_COUNT,
) -> ContourGrid:
    """Evaluate a two-variable objective on a grid over ``box`` and choose levels.

    ``resolution`` is the number of samples along each axis, or a pair
    (nx, ny). Raises ValueError if the objective is not of dimension 2, the
    box is empty or not finite, or a count is below 2 (resolution) or 1
    (levels).
    """
    if objective.dimension != 2:
        raise ValueError(f"contour grids need a function of 2 variables, not {objective.dimension}")
    nx, ny = (resolution, resolution) if np.isscalar(resolution) else resolution
    if min(nx, ny) < 2:
        raise ValueError(f"resolution {resolution!r} is too small: use at least 2 samples per axis")
    if level_count < 1:
        raise ValueError(f"level count {level_count} is invalid: use at least 1")
    box = Box(*box)
    _check_box(box)

    xs = np.linspace(box.x_min, box.x_max, int(nx))
    ys = np.linspace(box.y_min, box.y_max, int(ny))
    points = np.stack(np.meshgrid(xs, ys), axis=-1)
    with np.errstate(all="ignore"):
        values = np.asarray(objective.value(points), dtype=float)
    levels, log_spaced = contour_levels(values, level_count)

    for array in (xs, ys, values, levels):
        array.flags.writeable = False
    return ContourGrid(xs, ys, values, levels, log_spaced)


def contour_levels(values: np.ndarray, count: int = DEFAULT_LEVEL_COUNT) -> tuple[np.ndarray, bool]:
    """Choose ``count`` contour levels strictly between the finite minimum and maximum.

    Returns the levels and whether they are log-spaced. Levels are linear
    unless the range is wide: when the median lies below
    ``WIDE_RANGE_MEDIAN_FRACTION`` of the range above the minimum (as for
    Rosenbrock's valley), evenly spaced levels would leave the region
    around the minimum blank. Log-spaced levels sit at
    minimum + span·10^(−5 … 0), so the lowest is five powers of ten below
    the span.
    """
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return np.empty(0), False
    low, high = float(finite.min()), float(finite.max())
    span = high - low
    if not span > 0.0 or not np.isfinite(span):
        return np.empty(0), False

    median_offset = float(np.median(finite)) - low
    if median_offset < WIDE_RANGE_MEDIAN_FRACTION * span:
        offsets = np.geomspace(span * 10.0**-LOG_LEVEL_DECADES, span, count + 1)[:-1]
        return low + offsets, True
    return np.linspace(low, high, count + 2)[1:-1], False


def _check_box(box: Box) -> None:
    if not all(np.isfinite(bound) for bound in box):
        raise ValueError(f"box {tuple(box)} is invalid: every bound must be a finite number")
    if not (box.x_min < box.x_max and box.y_min < box.y_max):
        raise ValueError(f"box {tuple(box)} is empty: each minimum must be below its maximum")
