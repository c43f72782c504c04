"""Finding the local minima of a function of two variables numerically.

The function is sampled on a grid over a box. Every interior grid point
that is no higher than its eight neighbours is a candidate. Newton's
method, with the Hessian estimated from differences of the analytic
gradient, then refines each candidate. Where the Hessian is not positive
definite (at a kink, or on a ridge) a step along the negative gradient
takes its place. Candidates that end up at the same point are merged.
"""

from __future__ import annotations

import numpy as np

from .objectives import Objective
from .surfaces import Box, Point

GRID_POINTS = 101
"""Samples along each axis of the box."""
REFINE_STEPS = 100
"""The most Newton or gradient steps spent on one candidate."""
MAX_MINIMA = 40
"""Only this many of the lowest candidates are refined, so a pattern such
as sin(5x)·sin(5y) with hundreds of minima stays quick."""
ZERO_SNAP = 1e-12
"""Coordinates closer to 0 than this are reported as exactly 0."""


def local_minima(objective: Objective, box: Box, points: int = GRID_POINTS) -> tuple[Point, ...]:
    """Return the (x, y) of every local minimum of a 2-D objective inside ``box``, lowest first.

    Minima closer together than about one grid cell can be merged or
    missed. A minimum on the edge of the box, such as the lowest corner of
    x + y, does not count. A valley of equal values, such as the line
    y = 0 of y², gives at most one point of it.
    """
    box = Box(*box)
    xs = np.linspace(box.x_min, box.x_max, points)
    ys = np.linspace(box.y_min, box.y_max, points)
    grid = np.stack(np.meshgrid(xs, ys), axis=-1)
    with np.errstate(all="ignore"):
        values = np.asarray(objective.value(grid), dtype=float)
    values = np.where(np.isfinite(values), values, np.inf)
    rows, columns = _grid_candidates(values)
    order = np.argsort(values[rows, columns], kind="stable")[:MAX_MINIMA]
    cell = max(xs[1] - xs[0], ys[1] - ys[0])

    found: list[tuple[float, np.ndarray]] = []
    for index in order:
        refined = _refine(objective, grid[rows[index], columns[index]], cell)
        if refined is None or not _inside(refined, box):
            continue
        value = float(objective.value(refined))
        if not any(np.hypot(*(refined - other)) < 0.5 * cell for _, other in found):
            found.append((value, refined))
    found.sort(key=lambda item: item[0])
    return tuple(_snapped(point) for _, point in found)


def _grid_candidates(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the rows and columns of interior grid points no higher than their neighbours.

    Among equal neighbours only the first in row-major order counts, so a
    plateau yields one candidate instead of all its points.
    """
    centre = values[1:-1, 1:-1]
    is_candidate = np.isfinite(centre)
    rows, columns = values.shape
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx == 0 and dy == 0:
                continue
            neighbour = values[1 + dy : rows - 1 + dy, 1 + dx : columns - 1 + dx]
            comes_first = dy < 0 or (dy == 0 and dx < 0)
            is_candidate &= (centre < neighbour) if comes_first else (centre <= neighbour)
    found_rows, found_columns = np.nonzero(is_candidate)
    return found_rows + 1, found_columns + 1


def _refine(objective: Objective, start: np.ndarray, cell: float) -> np.ndarray | None:
    """Walk from a grid point down to the minimum of its basin; None if f stops being finite."""
    point = np.array(start, dtype=float)
    with np.errstate(all="ignore"):
        value = float(objective.value(point))
        for _ in range(REFINE_STEPS):
            gradient = np.asarray(objective.gradient(point), dtype=float)
            if not (np.isfinite(value) and np.all(np.isfinite(gradient))):
                return None
            step = _descent_step(objective, point, gradient, cell)
            moved = _backtrack(objective, point, value, step)
            if moved is None:
                break
            point, value, length = moved
            if length <= 1e-13 * (1.0 + float(np.hypot(*point))):
                break
    if not _is_lowest_nearby(objective, point, 1e-3 * cell):
        return None
    # Descent never rises, but a candidate with a zero gradient stays put
    # even on a saddle, so the curvature decides.
    hessian = hessian_estimate(objective, point)
    if not np.all(np.isfinite(hessian)):
        return None
    eigenvalues = np.linalg.eigvalsh(hessian)
    if eigenvalues[0] < -1e-6 * max(1.0, abs(float(eigenvalues[-1]))):
        return None
    return point


def _is_lowest_nearby(objective: Objective, point: np.ndarray, distance: float) -> bool:
    """True if f and its gradient are finite at ``point`` and f is no higher there than ``distance`` away along an axis.

    A walk that stopped at the edge of the domain, such as x → 0 for
    log(x), fails this, because f is not finite just beyond.
    """
    offsets = distance * np.array([[0.0, 0.0], [1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
    with np.errstate(all="ignore"):
        values = np.asarray(objective.value(point + offsets), dtype=float)
        gradient = np.asarray(objective.gradient(point), dtype=float)
    return bool(np.all(np.isfinite(values)) and np.all(np.isfinite(gradient)) and np.all(values[0] <= values[1:]))


def _descent_step(objective: Objective, point: np.ndarray, gradient: np.ndarray, cell: float) -> np.ndarray:
    """Return the Newton step where the Hessian is positive definite, else a gradient step one cell long."""
    hessian = hessian_estimate(objective, point)
    if np.all(np.isfinite(hessian)) and np.linalg.eigvalsh(hessian)[0] > 0.0:
        return -np.linalg.solve(hessian, gradient)
    length = float(np.hypot(*gradient))
    if length == 0.0:
        return np.zeros(2)
    return -gradient * (cell / length)


def _backtrack(objective: Objective, point: np.ndarray, value: float, step: np.ndarray):
    """Halve ``step`` until f does not rise; return (point, value, step length) or None."""
    scale = 1.0
    while scale > 1e-6:
        candidate = point + scale * step
        candidate_value = float(objective.value(candidate))
        if np.isfinite(candidate_value) and candidate_value <= value:
            return candidate, candidate_value, scale * float(np.hypot(*step))
        scale *= 0.5
    return None


def hessian_estimate(objective: Objective, point: Point | np.ndarray) -> np.ndarray:
    """Estimate the Hessian at ``point`` by central differences of the analytic gradient.

    The result is symmetrised; its error is of order h² with
    h = 1e-5·max(1, |coordinate|).
    """
    point = np.asarray(point, dtype=float)
    columns = []
    for axis in range(2):
        h = 1e-5 * max(1.0, abs(float(point[axis])))
        offset = np.zeros(2)
        offset[axis] = h
        with np.errstate(all="ignore"):
            ahead = np.asarray(objective.gradient(point + offset), dtype=float)
            behind = np.asarray(objective.gradient(point - offset), dtype=float)
            columns.append((ahead - behind) / (2.0 * h))
    hessian = np.stack(columns, axis=-1)
    return 0.5 * (hessian + hessian.T)


def _inside(point: np.ndarray, box: Box) -> bool:
    return bool(box.x_min < point[0] < box.x_max and box.y_min < point[1] < box.y_max)


def _snapped(point: np.ndarray) -> Point:
    x, y = (0.0 if abs(float(c)) < ZERO_SNAP else float(c) for c in point)
    return x, y
