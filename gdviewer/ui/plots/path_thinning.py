"""Thinning a long path to the segments that show on screen.

A racer that crawls, converges or jitters around a minimum takes
thousands of steps inside a few screen pixels. Drawing every segment
costs time per frame but changes no pixel, so :class:`SegmentThinner`
keeps, for each pair of pixels, only the first segment that joins them.
"""

from __future__ import annotations

import numpy as np

from ...core.surfaces import Box

#: A cell number for points that are not drawn (NaN): segments to them are gaps.
NO_CELL = -1


#: Points up to this many box widths (and heights) outside the box get
#: pixel numbers of their own. The contour plot draws no point beyond 2.
MARGIN_SPANS = 3


def pixel_cells(points: np.ndarray, box: Box, pixel_size: tuple[float, float]) -> np.ndarray:
    """Return the screen pixel of each point as one integer >= 0, or NO_CELL for NaN points.

    Pixels are counted from ``MARGIN_SPANS`` box sizes below and left of
    the box, so points around the box get distinct numbers too.
    """
    pixel_width, pixel_height = pixel_size
    width_px = int(np.ceil((box.x_max - box.x_min) / pixel_width))
    height_px = int(np.ceil((box.y_max - box.y_min) / pixel_height))
    columns = (2 * MARGIN_SPANS + 1) * width_px + 2
    with np.errstate(invalid="ignore"):
        column = np.floor((points[:, 0] - box.x_min) / pixel_width) + MARGIN_SPANS * width_px
        row = np.floor((points[:, 1] - box.y_min) / pixel_height) + MARGIN_SPANS * height_px
    missing = np.isnan(column) | np.isnan(row)
    cells = np.where(missing, 0.0, row) * columns + np.where(missing, 0.0, column)
    return np.where(missing, NO_CELL, cells).astype(np.int64)


class SegmentThinner:
    """The steps to draw a path through, keeping the first segment between each pair of pixels.

    The drawn path is a list of steps with, for each, whether it connects
    to the next one in the list. Every segment from step i − 1 to step i
    whose pair of pixels was not joined before is drawn, so the thinned
    path covers the same pixels as the whole one. Because segments are
    taken in order, the steps up to any position are the thinned path of
    the trajectory up to that position.

    ``update`` looks only at the points added since the last call unless
    the box or the pixel size changed.
    """

    def __init__(self):
        self._key = None
        self._reset()

    def _reset(self) -> None:
        self._count = 0
        self._cells = np.empty(0, dtype=np.int64)
        self._seen: set[tuple[int, int]] = set()
        self._steps: list[int] = []
        self._links: list[bool] = []
        self._step_array = np.empty(0, dtype=np.intp)
        self._link_array = np.empty(0, dtype=bool)

    def update(self, points: np.ndarray, box: Box, pixel_size: tuple[float, float]) -> None:
        """Take in the points of a growing path (NaN for points that are not drawn).

        Before a view is laid out its pixel size is 0 or not finite. A
        thousandth of the box is used instead until the first resize.
        """
        if not all(np.isfinite(size) and size > 0 for size in pixel_size):
            pixel_size = ((box.x_max - box.x_min) / 1000.0, (box.y_max - box.y_min) / 1000.0)
        key = (tuple(box), tuple(float(size) for size in pixel_size))
        if key != self._key or len(points) < self._count:
            self._key = key
            self._reset()
        if len(points) == self._count:
            return
        new_cells = pixel_cells(points[self._count :], box, pixel_size)
        self._cells = np.concatenate((self._cells, new_cells))
        if self._count == 0:
            self._add_all_segments()
        else:
            self._add_segments(self._count, len(points))
        self._count = len(points)
        self._step_array = np.asarray(self._steps, dtype=np.intp)
        self._link_array = np.asarray(self._links, dtype=bool)

    def _add_all_segments(self) -> None:
        """Thin a whole path at once with array operations; the same result as ``_add_segments``."""
        cells = self._cells
        before, after = cells[:-1], cells[1:]
        drawn = (before != NO_CELL) & (after != NO_CELL)
        low = np.minimum(before, after)[drawn]
        high = np.maximum(before, after)[drawn]
        # One integer per pair of pixels, so that finding repeats is a 1-D sort.
        span = int(cells.max(initial=0)) + 1
        _, first = np.unique(low * span + high, return_index=True)
        ends = np.sort((np.flatnonzero(drawn) + 1)[first])
        self._seen = set(zip(low[first].tolist(), high[first].tolist()))

        # Each kept segment adds its start, unless the previous segment ended
        # there, and its end; a start always links to its end.
        follows = np.zeros(len(ends), dtype=bool)
        follows[1:] = ends[1:] - 1 == ends[:-1]
        starts_needed = ~follows
        count = len(ends) + int(starts_needed.sum())
        steps = np.empty(count, dtype=np.intp)
        links = np.zeros(count, dtype=bool)
        end_slots = np.arange(len(ends)) + np.cumsum(starts_needed)
        steps[end_slots] = ends
        start_slots = end_slots[starts_needed] - 1
        steps[start_slots] = ends[starts_needed] - 1
        links[end_slots - 1] = True
        if len(cells) and (count == 0 or steps[0] != 0):
            steps = np.concatenate(([0], steps))
            links = np.concatenate(([False], links))
        self._steps = steps.tolist()
        self._links = links.tolist()

    def _add_segments(self, first: int, end: int) -> None:
        cells = self._cells.tolist()
        steps, links, seen = self._steps, self._links, self._seen
        for step in range(first, end):
            if step == 0:
                steps.append(0)
                links.append(False)
                continue
            before, after = cells[step - 1], cells[step]
            if before == NO_CELL or after == NO_CELL:
                continue
            pair = (before, after) if before <= after else (after, before)
            if pair in seen:
                continue
            seen.add(pair)
            if steps[-1] != step - 1:
                steps.append(step - 1)
                links.append(False)
            links[-1] = True
            steps.append(step)
            links.append(False)

    @property
    def steps(self) -> np.ndarray:
        """All steps kept so far; a new array object after every change."""
        return self._step_array

    def steps_until(self, last: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the steps up to ``last`` to draw and whether each connects to the next."""
        count = int(np.searchsorted(self._step_array, last, side="right"))
        steps = self._step_array[:count]
        links = self._link_array[:count].copy()
        if count:
            links[-1] = False
        return steps, links
