"""Where a formula and its derivative are defined.

numpy returns NaN or ±inf outside a function's domain (log of a negative
number, a division by zero). A run that reaches such a point must report
that it left the domain, which is a different failure from an overflow.
The conditions are read off the sympy expression, so they cover the
derivative as well: d/dx sqrt(x) = 1/(2sqrt(x)) is undefined at 0 even
though sqrt(0) is fine.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np
import sympy


class Requirement(enum.Enum):
    """A condition that the argument of a function must satisfy."""

    POSITIVE = "positive"
    """log(u) needs u > 0."""
    NON_NEGATIVE = "non-negative"
    """sqrt(u) and u^p with a fractional p need u ≥ 0."""
    NON_ZERO = "non-zero"
    """u^p with p < 0, such as 1/u, needs u ≠ 0."""
    UNIT_INTERVAL = "unit interval"
    """asin(u) and acos(u) need −1 ≤ u ≤ 1."""


@dataclass(frozen=True)
class DomainViolation:
    """The first domain condition that a point breaks.

    ``function`` is ``"log"``, ``"sqrt"``, ``"asin"``, ``"acos"``,
    ``"power"`` (a fractional power) or ``"division"``. ``argument`` is the
    value its argument took. ``in_derivative`` is True when only the
    derivative is undefined there.
    """

    function: str
    requirement: Requirement
    argument: float
    in_derivative: bool


@dataclass(frozen=True)
class _Condition:
    function: str
    requirement: Requirement
    argument: sympy.Expr


class DomainCheck:
    """The domain conditions of a formula and its partial derivatives."""

    def __init__(self, symbols: tuple[sympy.Symbol, ...], expression: sympy.Expr, derivatives: tuple[sympy.Expr, ...]):
        own = _conditions(expression)
        extra = [c for d in derivatives for c in _conditions(d) if c not in own]
        self._checks = [
            (condition, in_derivative, sympy.lambdify(symbols, condition.argument, modules="numpy"))
            for in_derivative, conditions in ((False, own), (True, _unique(extra)))
            for condition in conditions
        ]

    @property
    def restricted(self) -> bool:
        """True if some point of the real line may be outside the domain."""
        return bool(self._checks)

    def violation(self, point: np.ndarray) -> DomainViolation | None:
        """Return the first condition ``point`` (shape (d,)) breaks, or None."""
        with np.errstate(all="ignore"):
            for condition, in_derivative, argument_of in self._checks:
                argument = float(argument_of(*point))
                if not _satisfies(argument, condition.requirement):
                    return DomainViolation(condition.function, condition.requirement, argument, in_derivative)
        return None


def _satisfies(value: float, requirement: Requirement) -> bool:
    if np.isnan(value):
        return False
    if requirement is Requirement.POSITIVE:
        return value > 0.0
    if requirement is Requirement.NON_NEGATIVE:
        return value >= 0.0
    if requirement is Requirement.NON_ZERO:
        return value != 0.0
    return -1.0 <= value <= 1.0


def _conditions(expression: sympy.Expr) -> list[_Condition]:
    found: list[_Condition] = []
    for node in sympy.preorder_traversal(expression):
        if node.is_Pow:
            found.extend(_power_conditions(*node.args))
        elif isinstance(node, sympy.log):
            found.append(_Condition("log", Requirement.POSITIVE, node.args[0]))
        elif isinstance(node, (sympy.asin, sympy.acos)):
            found.append(_Condition(type(node).__name__, Requirement.UNIT_INTERVAL, node.args[0]))
    return _unique(found)


def _power_conditions(base: sympy.Expr, exponent: sympy.Expr) -> list[_Condition]:
    if base.is_number:
        return []
    conditions = []
    if exponent.is_number and not exponent.is_integer:
        name = "sqrt" if abs(exponent) == sympy.S.Half else "power"
        conditions.append(_Condition(name, Requirement.NON_NEGATIVE, base))
    elif not exponent.is_number:
        conditions.append(_Condition("power", Requirement.NON_NEGATIVE, base))
    if exponent.is_number and exponent.is_negative:
        conditions.append(_Condition("division", Requirement.NON_ZERO, base))
    return conditions


def _unique(conditions: list[_Condition]) -> list[_Condition]:
    return list(dict.fromkeys(conditions))
