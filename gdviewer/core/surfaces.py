"""Functions of two variables on which optimisers race.

Each surface is an :class:`~gdviewer.core.objectives.Objective` of
dimension 2: ``value`` maps points of shape ``(..., 2)`` to ``(...)`` and
``gradient`` maps them to ``(..., 2)``, with the gradient written out by
hand. Each also carries what a view needs: a suggested view box and start
point, the known minimisers and saddle points (rounded to the nearest
float), and its formula as text. ``SURFACES`` maps the command-line names
to the classes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import ClassVar, NamedTuple

import numpy as np

from .objectives import Objective

Point = tuple[float, float]


class Box(NamedTuple):
    """A rectangle in the (x, y) plane, bounds included."""

    x_min: float
    x_max: float
    y_min: float
    y_max: float


class Surface(Objective):
    """Base class of the two-variable objectives.

    Subclasses are frozen dataclasses that define the class attributes
    below, ``value``, ``gradient`` and ``minimizers``.
    """

    dimension: ClassVar[int] = 2

    name: ClassVar[str]
    """The name used on the command line and in the registry."""

    view_box: ClassVar[Box]
    """A box that shows the minimisers and the suggested start."""

    start: ClassVar[Point]
    """A start point from which the race is instructive."""

    suggested_learning_rates: ClassVar[Mapping[str, float]]
    """A learning rate per optimiser name that keeps the run from the suggested
    start finite for 2000 steps and, where there is a minimum, lowers the
    loss to below 1 % of the start's."""

    def minimizers(self) -> tuple[Point, ...]:
        """Return the (x, y) of each global or local minimum."""
        raise NotImplementedError

    def saddle_points(self) -> tuple[Point, ...]:
        """Return the (x, y) of each saddle point: zero gradient, no extremum."""
        return ()

    def formula(self) -> str:
        raise NotImplementedError


def _split(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    points = np.asarray(points, dtype=float)
    return points[..., 0], points[..., 1]


def _pair(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """Stack two partial derivatives into gradients of shape (..., 2)."""
    if np.ndim(dx) == 0 and np.ndim(dy) == 0:
        # A single point, the common case in a run: about 1 µs faster than stack.
        return np.array([dx, dy], dtype=float)
    return np.stack(np.broadcast_arrays(dx, dy), axis=-1)


@dataclass(frozen=True)
class IllConditionedBowl(Surface):
    """The elongated bowl f(x, y) = x² + 10y².

    Its Hessian diag(2, 20) has condition number 10. Gradient descent is
    stable for α < 2/20 = 0.1, set by the steep y direction, while along x
    each step shrinks the distance by only 1 − 2α. So it zigzags across the
    valley and creeps along it, which momentum and the adaptive methods
    avoid.
    """

    name: ClassVar[str] = "bowl"
    view_box: ClassVar[Box] = Box(-3.0, 3.0, -2.0, 2.0)
    start: ClassVar[Point] = (-2.5, 1.5)
    suggested_learning_rates: ClassVar[Mapping[str, float]] = MappingProxyType({
        "gd": 0.09,
        "momentum": 0.02,
        "nesterov": 0.02,
        "adagrad": 0.5,
        "rmsprop": 0.01,
        "adam": 0.05,
    })

    def value(self, points: np.ndarray) -> np.ndarray:
        x, y = _split(points)
        return x * x + 10.0 * (y * y)

    def gradient(self, points: np.ndarray) -> np.ndarray:
        x, y = _split(points)
        return _pair(2.0 * x, 20.0 * y)

    def minimizers(self) -> tuple[Point, ...]:
        return ((0.0, 0.0),)

    def formula(self) -> str:
        return "x² + 10y²"


@dataclass(frozen=True)
class Rosenbrock(Surface):
    """Rosenbrock's banana valley f(x, y) = (a − x)² + b(y − x²)², a = 1, b = 100.

    The minimum is at (a, a²) = (1, 1), at the end of a long, curved, nearly
    flat valley, so finding the valley is quick and following it is slow.
    The start (−1.2, 1) is the usual one in the test-problem literature.

    References
    ----------
    H. H. Rosenbrock, "An automatic method for finding the greatest or
    least value of a function", The Computer Journal 3(3), 175–184, 1960.
    """

    name: ClassVar[str] = "rosenbrock"
    view_box: ClassVar[Box] = Box(-2.0, 2.0, -1.0, 3.0)
    start: ClassVar[Point] = (-1.2, 1.0)
    suggested_learning_rates: ClassVar[Mapping[str, float]] = MappingProxyType({
        "gd": 0.002,
        "momentum": 0.002,
        "nesterov": 0.001,
        "adagrad": 0.5,
        "rmsprop": 0.005,
        "adam": 0.05,
    })
    a: ClassVar[float] = 1.0
    b: ClassVar[float] = 100.0

    def value(self, points: np.ndarray) -> np.ndarray:
        x, y = _split(points)
        valley = y - x * x
        return (self.a - x) ** 2 + self.b * (valley * valley)

    def gradient(self, points: np.ndarray) -> np.ndarray:
        # ∂f/∂x = −2(a − x) − 4b·x(y − x²), ∂f/∂y = 2b(y − x²)
        x, y = _split(points)
        valley = y - x * x
        dx = -2.0 * (self.a - x) - 4.0 * self.b * x * valley
        dy = 2.0 * self.b * valley
        return _pair(dx, dy)

    def minimizers(self) -> tuple[Point, ...]:
        return ((self.a, self.a * self.a),)

    def formula(self) -> str:
        return "(1 − x)² + 100(y − x²)²"


@dataclass(frozen=True)
class Beale(Surface):
    """Beale's function, flat plateaus around a narrow minimum at (3, 0.5).

    f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)².
    Along x = 0 it is the constant 14.203125, and (0, 1) is a saddle point.
    Away from the minimum values grow like x²y⁶. The view box is the usual
    test domain [−4.5, 4.5]².
    """

    name: ClassVar[str] = "beale"
    view_box: ClassVar[Box] = Box(-4.5, 4.5, -4.5, 4.5)
    start: ClassVar[Point] = (1.0, 1.5)
    suggested_learning_rates: ClassVar[Mapping[str, float]] = MappingProxyType({
        "gd": 0.02,
        "momentum": 0.002,
        "nesterov": 0.002,
        "adagrad": 0.5,
        "rmsprop": 0.002,
        "adam": 0.1,
    })

    def _residuals(self, x: np.ndarray, y: np.ndarray):
        y2 = y * y
        y3 = y2 * y
        return 1.5 - x + x * y, 2.25 - x + x * y2, 2.625 - x + x * y3, y2, y3

    def value(self, points: np.ndarray) -> np.ndarray:
        x, y = _split(points)
        r1, r2, r3, _, _ = self._residuals(x, y)
        return r1 * r1 + r2 * r2 + r3 * r3

    def gradient(self, points: np.ndarray) -> np.ndarray:
        # With r1, r2, r3 the three bracketed residuals:
        # ∂f/∂x = 2r1(y − 1) + 2r2(y² − 1) + 2r3(y³ − 1)
        # ∂f/∂y = 2r1·x + 2r2·2xy + 2r3·3xy²
        x, y = _split(points)
        r1, r2, r3, y2, y3 = self._residuals(x, y)
        dx = 2.0 * (r1 * (y - 1.0) + r2 * (y2 - 1.0) + r3 * (y3 - 1.0))
        dy = 2.0 * x * (r1 + 2.0 * r2 * y + 3.0 * r3 * y2)
        return _pair(dx, dy)

    def minimizers(self) -> tuple[Point, ...]:
        return ((3.0, 0.5),)

    def saddle_points(self) -> tuple[Point, ...]:
        return ((0.0, 1.0),)

    def formula(self) -> str:
        return "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²"


@dataclass(frozen=True)
class Himmelblau(Surface):
    """Himmelblau's function, with four minima of value 0.

    f(x, y) = (x² + y − 11)² + (x + y² − 7)². Which minimum a run reaches
    depends on where it starts. Besides the four minima there are four
    saddle points and one local maximum, at about (−0.2708, −0.9230). The
    coordinates were found with sympy's ``nsolve`` at 30 digits.

    References
    ----------
    D. M. Himmelblau, Applied Nonlinear Programming, McGraw-Hill, 1972.
    """

    name: ClassVar[str] = "himmelblau"
    view_box: ClassVar[Box] = Box(-5.0, 5.0, -5.0, 5.0)
    start: ClassVar[Point] = (0.0, 0.0)
    suggested_learning_rates: ClassVar[Mapping[str, float]] = MappingProxyType({
        "gd": 0.01,
        "momentum": 0.01,
        "nesterov": 0.01,
        "adagrad": 0.2,
        "rmsprop": 0.002,
        "adam": 0.05,
    })

    def value(self, points: np.ndarray) -> np.ndarray:
        x, y = _split(points)
        first = x * x + y - 11.0
        second = x + y * y - 7.0
        return first * first + second * second

    def gradient(self, points: np.ndarray) -> np.ndarray:
        # ∂f/∂x = 4x(x² + y − 11) + 2(x + y² − 7)
        # ∂f/∂y = 2(x² + y − 11) + 4y(x + y² − 7)
        x, y = _split(points)
        first = x * x + y - 11.0
        second = x + y * y - 7.0
        dx = 4.0 * x * first + 2.0 * second
        dy = 2.0 * first + 4.0 * y * second
        return _pair(dx, dy)

    def minimizers(self) -> tuple[Point, ...]:
        return (
            (3.0, 2.0),
            (-2.8051180869527448531, 3.1313125182505729658),
            (-3.7793102533777468919, -3.2831859912861694123),
            (3.5844283403304917449, -1.8481265269644035535),
        )

    def saddle_points(self) -> tuple[Point, ...]:
        return (
            (-3.0730257507643896105, -0.081353044287967511553),
            (-0.12796134673068006631, -1.9537149802445764261),
            (0.086677504555396351823, 2.8842547011747761131),
            (3.3851541836070209380, 0.073851879837749287719),
        )

    def formula(self) -> str:
        return "(x² + y − 11)² + (x + y² − 7)²"


@dataclass(frozen=True)
class Saddle(Surface):
    """The saddle f(x, y) = x² − y², with no minimum.

    The origin has zero gradient but is a minimum along x and a maximum
    along y. A run that starts near y = 0 first slides towards the origin
    and slows down there. Then it escapes along y, and the loss falls
    without bound.
    """

    name: ClassVar[str] = "saddle"
    view_box: ClassVar[Box] = Box(-2.0, 2.0, -2.0, 2.0)
    start: ClassVar[Point] = (-1.5, 0.01)
    suggested_learning_rates: ClassVar[Mapping[str, float]] = MappingProxyType({
        "gd": 0.01,
        "momentum": 0.001,
        "nesterov": 0.001,
        "adagrad": 0.1,
        "rmsprop": 0.01,
        "adam": 0.01,
    })

    def value(self, points: np.ndarray) -> np.ndarray:
        x, y = _split(points)
        return x * x - y * y

    def gradient(self, points: np.ndarray) -> np.ndarray:
        x, y = _split(points)
        return _pair(2.0 * x, -2.0 * y)

    def minimizers(self) -> tuple[Point, ...]:
        return ()

    def saddle_points(self) -> tuple[Point, ...]:
        return ((0.0, 0.0),)

    def formula(self) -> str:
        return "x² − y²"


SURFACES: dict[str, type[Surface]] = {
    cls.name: cls for cls in (IllConditionedBowl, Rosenbrock, Beale, Himmelblau, Saddle)
}
"""The surface classes by command-line name, in the order a menu lists them."""


def make_surface(name: str) -> Surface:
    """Create the surface registered as ``name``.

    Raises ValueError for an unknown name, listing the known ones.
    """
    try:
        return SURFACES[name]()
    except KeyError:
        raise ValueError(f"unknown surface {name!r}: choose one of {', '.join(SURFACES)}") from None
