"""Surfaces typed as a formula in x and y, for optimiser races.

``formula_surface("x^2 + 10y^2", start)`` parses the text with the same
parser as the one-variable functions and returns a
:class:`~gdviewer.core.race_setup.RaceSurface`. Its box is centred on
the start and widened to show the minima found near it, the minima are
found numerically, and each optimiser gets a first learning rate from the
curvature there. The typed text stays in ``RaceSurface.typed_formula``,
so the same call rebuilds the surface later.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import numpy as np

from .expressions import DomainViolation, Formula, parse_formula
from .objectives import Objective
from .race_setup import FORMULA_SURFACE, RaceSurface
from .surface_minima import hessian_estimate, local_minima
from .surfaces import Box, Point

SURFACE_VARIABLES = ("x", "y")
"""The variables a surface formula may use."""

DEFAULT_START: Point = (1.0, 1.0)
"""The start of a race on a typed formula when none is given."""

SEARCH_HALF_WIDTH = 5.0
"""Minima are searched within this distance, along each axis, of the start and of the origin."""

MIN_HALF_WIDTH = 2.0
"""The box reaches at least this far beyond the start and every minimum shown."""

FALLBACK_STARTS: tuple[Point, ...] = (
    (1.0, 1.0), (0.5, 0.5), (2.0, 2.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0), (0.1, 0.1), (3.0, 3.0),
)
"""Start points tried, in order, where a formula is undefined at the requested one."""


class FormulaSurface(Objective):
    """f(x, y) given as a formula, with the interface of the built-in surfaces.

    ``value`` maps points of shape ``(..., 2)`` to ``(...)`` and
    ``gradient`` maps them to ``(..., 2)``, from the compiled formula and
    its symbolic partial derivatives. Outside the domain (log of a
    negative number) they return NaN or ±inf and ``domain_violation``
    names the broken condition, so a run stops there with the reason.
    """

    dimension = 2

    def __init__(self, function: Formula):
        if function.dimension != 2:
            raise ValueError(f"a surface needs a formula of 2 variables, not {function.dimension}")
        self.function = function

    def value(self, points: np.ndarray) -> np.ndarray:
        return self.function.value(points)

    def gradient(self, points: np.ndarray) -> np.ndarray:
        return self.function.gradient(points)

    def domain_violation(self, point: np.ndarray) -> DomainViolation | None:
        return self.function.domain_violation(point)

    def at_kink(self, point: Sequence[float]) -> bool:
        """True if some abs(u) in f has u = 0 exactly at ``point``, where f has no gradient."""
        return self.function.at_kink(np.asarray(point, dtype=float))

    def formula(self) -> str:
        """f as gdviewer prints it, for example ``x² + 10y²``."""
        return self.function.display_text()


def parse_surface_formula(text: str) -> Formula:
    """Parse a formula in x and y such as ``x^2 + 10y^2`` or ``3xy``.

    Raises FormulaError, with the position of the problem, as
    ``parse_formula`` does.
    """
    return parse_formula(text, SURFACE_VARIABLES)


def uses_variable(formula: Formula, name: str) -> bool:
    """True if ``name`` still appears in the formula after sympy's simplification (x + y − y has no y)."""
    return any(symbol.name == name for symbol in formula.expression.free_symbols)


def formula_surface(text: str, start: Sequence[float] = DEFAULT_START) -> RaceSurface:
    """Parse ``text`` as a function of x and y and return it as a race surface starting at ``start``.

    This one call rebuilds a saved formula surface from its
    ``typed_formula``. The start is not checked: a race from a point
    where f is not finite is rejected when it is built. Raises
    FormulaError for text that is not a formula in x and y.
    """
    return surface_of_formula(parse_surface_formula(text), start)


def surface_of_formula(function: Formula, start: Sequence[float]) -> RaceSurface:
    """Return a parsed formula in x and y as a race surface starting at ``start``."""
    objective = FormulaSurface(function)
    start = (float(start[0]), float(start[1]))
    box, minima = view_box(objective, start)
    return RaceSurface(
        name=FORMULA_SURFACE,
        objective=objective,
        box=box,
        start=start,
        minimizers=minima,
        formula=objective.formula(),
        suggested_learning_rates=suggested_learning_rates(objective, start, minima, box),
        typed_formula=function.text,
    )


def view_box(objective: Objective, start: Point) -> tuple[Box, tuple[Point, ...]]:
    """Return a box around ``start`` that shows the minima found near it and near the origin, and those minima.

    Minima are searched in the smallest box that reaches SEARCH_HALF_WIDTH
    beyond both the start and the origin, because typed functions often
    have their minima near the origin. The box is the bounding box of the start and the minima, widened on
    every side by a fifth of its larger side and by at least MIN_HALF_WIDTH.
    """
    x, y = start
    reach = SEARCH_HALF_WIDTH
    search = Box(min(x, 0.0) - reach, max(x, 0.0) + reach, min(y, 0.0) - reach, max(y, 0.0) + reach)
    minima = local_minima(objective, search)
    xs = [x, *(point[0] for point in minima)]
    ys = [y, *(point[1] for point in minima)]
    margin = max(MIN_HALF_WIDTH, 0.2 * max(max(xs) - min(xs), max(ys) - min(ys)))
    box = Box(min(xs) - margin, max(xs) + margin, min(ys) - margin, max(ys) + margin)
    return box, minima


def suggested_learning_rates(
    objective: Objective, start: Point, minima: Sequence[Point], box: Box
) -> Mapping[str, float]:
    """Return a first learning rate for each optimiser on a typed surface.

    λ is the largest absolute eigenvalue of the Hessian at the start and
    at the minima. Points at a kink of abs are skipped, because the
    Hessian estimate there is meaningless. Gradient descent gets 1/λ,
    half the stable limit 2/λ of a quadratic, and the momentum methods
    0.25/λ. Every rate is rounded to two significant digits. The
    adaptive methods move each coordinate by about α per step, so their
    rates scale with the larger side L of the box: AdaGrad 0.1·L,
    RMSProp 0.002·L and Adam 0.01·L. These are heuristics that suit the
    built-in surfaces' scales, not guarantees of convergence.
    """
    curvature = 0.0
    at_kink = getattr(objective, "at_kink", lambda _point: False)
    for point in (start, *minima):
        if at_kink(point):
            continue
        hessian = hessian_estimate(objective, point)
        if np.all(np.isfinite(hessian)):
            curvature = max(curvature, float(np.max(np.abs(np.linalg.eigvalsh(hessian)))))
    steady = 0.1 if curvature == 0.0 else min(1.0, max(1e-4, 1.0 / curvature))
    size = max(box.x_max - box.x_min, box.y_max - box.y_min)
    rates = {
        "gd": steady,
        "momentum": 0.25 * steady,
        "nesterov": 0.25 * steady,
        "adagrad": 0.1 * size,
        "rmsprop": 0.002 * size,
        "adam": 0.01 * size,
    }
    return MappingProxyType({name: _two_digits(rate) for name, rate in rates.items()})


def _two_digits(rate: float) -> float:
    """Round to two significant digits, so an input shows 0.0075 instead of 0.00747464515052."""
    return float(f"{rate:.2g}")


def is_usable_start(objective: Objective, point: Sequence[float]) -> bool:
    """True if the objective's value and gradient are finite at ``point``."""
    array = np.asarray(point, dtype=float)
    with np.errstate(all="ignore"):
        value = float(objective.value(array))
        gradient = np.asarray(objective.gradient(array), dtype=float)
    return math.isfinite(value) and bool(np.all(np.isfinite(gradient)))


def usable_start(objective: Objective, preferred: Sequence[float]) -> Point | None:
    """Return ``preferred`` if a race can start there, else the first usable fallback, else None."""
    for candidate in ((float(preferred[0]), float(preferred[1])), *FALLBACK_STARTS):
        if is_usable_start(objective, candidate):
            return candidate
    return None
