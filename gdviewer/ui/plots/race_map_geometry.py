"""Geometry of the race's contour map: traced contour lines, far points and arrows."""

from __future__ import annotations

import math

import contourpy
import numpy as np
import pyqtgraph as pg

from ...core.contours import ContourGrid

#: Path points farther than this many box widths outside the box are not drawn.
PATH_MARGIN_SPANS = 2.0
#: Length of a gradient arrow on screen, in pixels.
ARROW_LENGTH_PX = 46.0
ARROW_HEAD_PX = 12.0


def columns(points) -> tuple[list[float], list[float]]:
    return [float(point[0]) for point in points], [float(point[1]) for point in points]


def trace_contours(grid: ContourGrid) -> np.ndarray:
    """Trace every level of the grid into one array of points, lines separated by NaN rows."""
    if grid.levels.size == 0:
        return np.empty((0, 2))
    values = np.where(np.isfinite(grid.values), grid.values, np.nanmax(np.where(np.isfinite(grid.values), grid.values, np.nan)))
    generator = contourpy.contour_generator(grid.xs, grid.ys, values, line_type=contourpy.LineType.ChunkCombinedNan)
    gap = np.full((1, 2), np.nan)
    parts = []
    for level in grid.levels:
        for chunk in generator.lines(float(level))[0]:
            if chunk is not None and len(chunk):
                parts.extend((chunk, gap))
    return np.vstack(parts) if parts else np.empty((0, 2))


def near_box(points: np.ndarray, box) -> np.ndarray:
    """Replace the points far outside the box by NaN, a gap in the drawn path.

    Coordinates such as 1e150 would overflow the painter's arithmetic, and
    long segments between far points of a diverging zigzag would cross the
    map where the run never was.
    """
    margin_x = PATH_MARGIN_SPANS * (box.x_max - box.x_min)
    margin_y = PATH_MARGIN_SPANS * (box.y_max - box.y_min)
    near = (
        (points[:, 0] > box.x_min - margin_x) & (points[:, 0] < box.x_max + margin_x)
        & (points[:, 1] > box.y_min - margin_y) & (points[:, 1] < box.y_max + margin_y)
    )
    return np.where(near[:, None], points, np.nan)


def clamp_to_box(point: np.ndarray, box) -> tuple[float, float]:
    """Return the point of the box nearest to ``point``: the point itself when it lies inside."""
    x = min(max(float(point[0]), box.x_min), box.x_max)
    y = min(max(float(point[1]), box.y_min), box.y_max)
    return x, y


def place_arrow(arrow: pg.ArrowItem, point: np.ndarray, gradient: np.ndarray, pixel_width: float, pixel_height: float) -> bool:
    """Put the arrow's tail at ``point`` and its tip ARROW_LENGTH_PX along −∇f; return False if −∇f is 0."""
    # The direction on screen, in pixels, with y pointing up.
    right = -float(gradient[0]) / pixel_width
    up = -float(gradient[1]) / pixel_height
    length = math.hypot(right, up)
    if not (length > 0.0 and math.isfinite(length)):
        return False
    right, up = right / length, up / length
    tip_x = float(point[0]) + ARROW_LENGTH_PX * right * pixel_width
    tip_y = float(point[1]) + ARROW_LENGTH_PX * up * pixel_height
    # An ArrowItem at angle 0 points left; angles turn clockwise on screen.
    angle = math.degrees(math.atan2(-up, right)) - 180.0
    arrow.setStyle(angle=angle, tailLen=ARROW_LENGTH_PX - ARROW_HEAD_PX)
    arrow.setPos(tip_x, tip_y)
    return True
