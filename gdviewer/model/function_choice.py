"""Helpers for switching an experiment to another function."""

from __future__ import annotations

import math

import numpy as np

from ..core.expressions import Formula, FormulaError, parse_formula
from ..core.objectives import Objective

#: Start points tried, in order, when a new function is undefined at the current one.
FALLBACK_STARTS = (1.0, 0.5, 2.0, -1.0, -0.5, -2.0, 0.1, 3.0, -3.0)


def is_usable_start(objective: Objective, start: float) -> bool:
    """True if the objective's value and gradient are finite at ``start``."""
    point = np.array([[start]])
    with np.errstate(all="ignore"):
        value = float(objective.value(point)[0])
        gradient = objective.gradient(point)[0]
    return math.isfinite(value) and bool(np.all(np.isfinite(gradient)))


def usable_start(objective: Objective, preferred: float) -> float | None:
    """Return ``preferred`` if descent can start there, else the first usable fallback, else None."""
    for candidate in (preferred, *FALLBACK_STARTS):
        if is_usable_start(objective, candidate):
            return candidate
    return None


def formula_of(objective: Objective) -> Formula | None:
    """Parse the formula text of a built-in objective such as Quadratic (2x²), if it has one."""
    function = getattr(objective, "function", None)
    if isinstance(function, Formula):
        return function
    text_of = getattr(objective, "formula", None)
    if text_of is None:
        return None
    try:
        return parse_formula(text_of())
    except FormulaError:
        return None
