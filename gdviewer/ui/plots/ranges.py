"""Axis ranges and point thinning that stay valid for exploding values.

pyqtgraph raises on non-finite ranges and its automatic ranging can leave
far-away points outside the view, so every plot sets its range explicitly
from finite values computed here.
"""

from __future__ import annotations

import math
import sys

import numpy as np

_LARGEST_HALF_SPAN = sys.float_info.max / 4


def padded_range(low: float, high: float, padding: float = 0.08, min_span: float = 1e-12):
    """Return a finite (low, high) around the two values with some padding.

    The arithmetic works on half-spans, so that bounds near ±1.8e308 give a
    range whose width still fits in a float.
    """
    if low > high:
        low, high = high, low
    center = low / 2 + high / 2
    half = high / 2 - low / 2
    half = max(half * (1.0 + padding), min_span / 2, abs(center) * 1e-12)
    half = min(half, _LARGEST_HALF_SPAN)
    center = float(np.clip(center, -_LARGEST_HALF_SPAN, _LARGEST_HALF_SPAN))
    return center - half, center + half


def keeps_view(current, needed, min_fill: float = 0.4) -> bool:
    """Tell whether the current view can stay for the ``needed`` bounds.

    Both are (x_low, x_high, y_low, y_high). The view stays while it
    contains the needed bounds and they fill at least ``min_fill`` of its
    width and height, so a slowly moving run does not rescale every frame.
    """
    if current is None:
        return False
    for axis in (0, 2):
        low, high = current[axis], current[axis + 1]
        need_low, need_high = needed[axis], needed[axis + 1]
        if need_low < low or need_high > high:
            return False
        if (need_high / 2 - need_low / 2) < min_fill * (high / 2 - low / 2):
            return False
    return True


def finite_bounds(values: np.ndarray) -> tuple[float, float] | None:
    """Return (min, max) of the finite entries, or None if there are none."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return None
    return float(finite.min()), float(finite.max())


class PointThinner:
    """Pick one visited point per screen cell, so symbols stay cheap.

    Drawing a symbol for each of 100,000 points costs far more than a frame,
    yet most of them overlap. Points are grouped into square cells of
    ``cell_px`` pixels and the first point of each cell is kept, so the
    labels x0, x1, … go to the earliest points. While playing, the
    position grows by a step or a few per frame and the view does not
    change, so ``select`` only looks at the new points in that case.
    """

    def __init__(self, cell_px: float = 3.0):
        self._cell_px = cell_px
        self._key = None
        self._count = 0
        self._cells: set[int] = set()
        self._indices: list[int] = []

    def select(self, xs: np.ndarray, ys: np.ndarray, view, size_px) -> np.ndarray:
        """Return the indices of the points to draw.

        ``view`` is (x_low, x_high, y_low, y_high) in data units and
        ``size_px`` is (width, height) of the plot area in pixels.
        """
        key = (tuple(view), tuple(size_px))
        count = len(xs)
        if key != self._key or count < self._count:
            self._rebuild(xs, ys, view, size_px)
        elif count > self._count:
            cells = self._cells_of(xs[self._count :], ys[self._count :], view, size_px)
            for offset, cell in enumerate(cells.tolist()):
                if cell not in self._cells:
                    self._cells.add(cell)
                    self._indices.append(self._count + offset)
            self._count = count
        self._key = key
        return np.asarray(self._indices, dtype=np.intp)

    def _rebuild(self, xs, ys, view, size_px) -> None:
        cells = self._cells_of(xs, ys, view, size_px)
        _, first = np.unique(cells, return_index=True)
        first.sort()
        self._indices = first.tolist()
        self._cells = set(cells[first].tolist())
        self._count = len(xs)

    def _cells_of(self, xs, ys, view, size_px) -> np.ndarray:
        x_low, x_high, y_low, y_high = view
        width, height = max(size_px[0], 1), max(size_px[1], 1)
        with np.errstate(all="ignore"):
            column = (xs / 2 - x_low / 2) / (x_high / 2 - x_low / 2) * (width / self._cell_px)
            row = (ys / 2 - y_low / 2) / (y_high / 2 - y_low / 2) * (height / self._cell_px)
        columns = int(width / self._cell_px) + 3
        column = np.floor(np.clip(np.nan_to_num(column, nan=-1.0), -1.0, columns - 2.0)) + 1
        row = np.floor(np.clip(np.nan_to_num(row, nan=-1.0), -1.0, height + 1.0)) + 1
        # One integer per cell, so uniqueness is a 1-D sort.
        return (row * columns + column).astype(np.int64)


#: pyqtgraph's ViewBox clamps ranges to ±1e307 (its default limits), so
#: larger values are drawn divided by a power of ten, with the axis labels
#: scaled back. Scaling starts well before that limit, because pyqtgraph's
#: own arithmetic on ranges overflows earlier.
SCALE_ABOVE = 1e100


def axis_scale(low: float, high: float) -> float:
    """Return the power of ten to divide values in [low, high] by (1.0 if small)."""
    magnitude = max(abs(low), abs(high))
    if not magnitude < SCALE_ABOVE:
        return 10.0 ** math.floor(math.log10(magnitude))
    return 1.0
