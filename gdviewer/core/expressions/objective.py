"""An objective built from a formula the user typed."""

from __future__ import annotations

import numpy as np

from ..minima import local_minima
from ..objectives import Objective
from .domain import DomainViolation
from .formula import Formula

#: minimizers() reports the local minima in this interval.
MINIMA_WINDOW = (-10.0, 10.0)


class FormulaObjective(Objective):
    """f(x) given as a formula, with the same interface as ``Quadratic``.

    ``value`` and ``gradient`` evaluate the compiled formula and its
    symbolic derivative. At a kink of abs the gradient is the subgradient
    0 (sign(0) = 0). ``curvature`` is the constant f'' of a quadratic and
    None for anything else.
    """

    def __init__(self, function: Formula):
        self.function = function
        self.dimension = function.dimension
        self._minimizers: tuple[float, ...] | None = None

    def value(self, x: np.ndarray) -> np.ndarray:
        return self.function.value(x)

    def gradient(self, x: np.ndarray) -> np.ndarray:
        return self.function.gradient(x)

    def second_derivative(self, x: np.ndarray) -> np.ndarray:
        return self.function.second_derivative(x)

    def curvature(self) -> float | None:
        quadratic = self.function.quadratic
        return None if quadratic is None else 2.0 * quadratic[0]

    def hessian(self) -> np.ndarray | None:
        curvature = self.curvature()
        return None if curvature is None else np.array([[curvature]])

    def minimizers(self) -> tuple[float, ...]:
        """Return the minimum of an upward parabola, or the local minima in MINIMA_WINDOW."""
        if self._minimizers is None:
            self._minimizers = self._find_minimizers()
        return self._minimizers

    def domain_violation(self, x: np.ndarray) -> DomainViolation | None:
        return self.function.domain_violation(x)

    def formula(self) -> str:
        return self.function.display_text()

    def derivative_formula(self) -> str:
        return self.function.derivative_text()

    def numpy_source(self) -> tuple[str, str]:
        """Return f(x) and f'(x) as numpy source in ``x``, the code ``value`` and ``gradient`` run."""
        return self.function.numpy_source()

    def _find_minimizers(self) -> tuple[float, ...]:
        quadratic = self.function.quadratic
        if quadratic is not None:
            a, b, _ = quadratic
            # Adding 0.0 turns the −0.0 of b = 0 into 0.0.
            return (-b / (2.0 * a) + 0.0,) if a > 0 else ()
        if self.dimension != 1:
            return ()
        return tuple(float(x) for x in local_minima(self, *MINIMA_WINDOW))
