"""Objective functions: values, gradients and, where known, curvature.

Every objective works on numpy arrays whose last axis contains the
coordinates, so one call can evaluate a whole grid of points or a whole
batch of runs: ``value`` maps shape ``(..., d)`` to ``(...)`` and
``gradient`` maps ``(..., d)`` to ``(..., d)``. Overflow is not an error
here: it yields ``inf`` and the caller decides what a non-finite value
means. Callers that expect overflow wrap their calls in
``np.errstate(over="ignore", invalid="ignore")`` to silence numpy's
warnings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


class Objective:
    """Base class of a differentiable function of ``dimension`` variables."""

    dimension: int = 1

    def value(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def gradient(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def curvature(self) -> float | None:
        """Return the constant second derivative, or None if it varies."""
        return None

    def hessian(self) -> np.ndarray | None:
        """Return the constant Hessian matrix, shape (d, d), or None if it varies."""
        return None

    def minimizers(self) -> tuple:
        """Return the known minimisers, if any.

        A function of one variable returns a float per minimiser, and one of
        several variables returns a tuple of coordinates per minimiser.
        """
        return ()

    def domain_violation(self, x: np.ndarray):
        """Say why f or its gradient is undefined at ``x`` (shape (d,)).

        Returns None where both are defined, and always for objectives
        defined everywhere. Formula objectives return a DomainViolation.
        """
        return None


@dataclass(frozen=True)
class Quadratic(Objective):
    """The parabola f(x) = a·x², with f'(x) = 2a·x and f''(x) = 2a.

    The learning-rate lessons use a = 2: f(x) = 2x², f'(x) = 4x.
    """

    a: float = 2.0
    dimension: int = 1

    def value(self, x: np.ndarray) -> np.ndarray:
        return self.a * x[..., 0] * x[..., 0]

    def gradient(self, x: np.ndarray) -> np.ndarray:
        return 2.0 * self.a * x

    def curvature(self) -> float:
        return 2.0 * self.a

    def hessian(self) -> np.ndarray:
        return np.array([[2.0 * self.a]])

    def minimizers(self) -> tuple[float, ...]:
        """Return the x of each minimum: 0 for an upward parabola."""
        return (0.0,) if self.a > 0 else ()

    def numpy_source(self) -> tuple[str, str]:
        """Return f(x) and f'(x) as Python source in ``x``, computed as ``value`` and ``gradient`` do."""
        return f"{self.a!r} * x * x", f"{2.0 * self.a!r} * x"

    def formula(self) -> str:
        """Return the function as plain text, for example ``2x²``."""
        return f"{_coefficient(self.a)}x²"

    def derivative_formula(self) -> str:
        """Return the derivative as plain text, for example ``4x``."""
        return f"{_coefficient(2.0 * self.a)}x"


def _coefficient(value: float) -> str:
    if value == 1.0:
        return ""
    if value == -1.0:
        return "-"
    return f"{value:g}"
