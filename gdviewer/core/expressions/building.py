"""Turning a syntax tree into a sympy expression, checking constants.

Only the node types of ``syntax`` exist, and each maps to a sympy
constructor called directly (sympy.Add, sympy.Mul, sympy.Pow, sympy.sin
…), so no text ever reaches sympy's own parser, which uses eval.

Constant parts of the formula are evaluated in floats alongside, so that
``9^9^9^9``, ``1e300*1e300``, ``log(0)`` or ``sqrt(-1)`` are rejected at
their position before sympy is asked to build a gigantic integer or a
complex number.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import sympy

from .errors import FormulaError, FormulaErrorKind
from .syntax import Binary, Call, Name, Negate, Node, Number

#: The largest absolute constant exponent on a base that contains a variable.
MAX_EXPONENT = 100
#: A constant power b^p is computed only while |p·log10|b|| stays below this.
MAX_DECIMAL_MAGNITUDE = 308


@dataclass(frozen=True)
class FunctionSpec:
    """A function a formula may call: its sympy form and its float form."""

    symbolic: Callable[[sympy.Expr], sympy.Expr]
    numeric: Callable[[float], float]


FUNCTIONS: dict[str, FunctionSpec] = {
    "sin": FunctionSpec(sympy.sin, math.sin),
    "cos": FunctionSpec(sympy.cos, math.cos),
    "tan": FunctionSpec(sympy.tan, math.tan),
    "asin": FunctionSpec(sympy.asin, math.asin),
    "acos": FunctionSpec(sympy.acos, math.acos),
    "atan": FunctionSpec(sympy.atan, math.atan),
    "arcsin": FunctionSpec(sympy.asin, math.asin),
    "arccos": FunctionSpec(sympy.acos, math.acos),
    "arctan": FunctionSpec(sympy.atan, math.atan),
    "sinh": FunctionSpec(sympy.sinh, math.sinh),
    "cosh": FunctionSpec(sympy.cosh, math.cosh),
    "tanh": FunctionSpec(sympy.tanh, math.tanh),
    "exp": FunctionSpec(sympy.exp, math.exp),
    "log": FunctionSpec(sympy.log, math.log),
    "ln": FunctionSpec(sympy.log, math.log),
    "log10": FunctionSpec(lambda u: sympy.log(u, 10), math.log10),
    "log2": FunctionSpec(lambda u: sympy.log(u, 2), math.log2),
    "sqrt": FunctionSpec(sympy.sqrt, math.sqrt),
    "abs": FunctionSpec(sympy.Abs, abs),
}

CONSTANTS: dict[str, tuple[sympy.Expr, float]] = {
    "pi": (sympy.pi, math.pi),
    "e": (sympy.E, math.e),
}


@dataclass(frozen=True)
class _Built:
    """A sympy expression and, for a constant, its float value."""

    expression: sympy.Expr
    constant: float | None


class ExpressionBuilder:
    """Build the sympy expression of a syntax tree over the given symbols."""

    def __init__(self, text: str, symbols: dict[str, sympy.Symbol]):
        self._text = text
        self._symbols = symbols

    def build(self, node: Node) -> sympy.Expr:
        """Return the sympy expression of ``node``.

        Raises FormulaError for a constant that is undefined, not real or
        too large, and for an exponent above the limits.
        """
        return self._build(node).expression

    def _build(self, node: Node) -> _Built:
        if isinstance(node, Number):
            return _Built(sympy.Rational(node.value.numerator, node.value.denominator), float(node.value))
        if isinstance(node, Name):
            return self._name(node)
        if isinstance(node, Negate):
            operand = self._build(node.operand)
            constant = None if operand.constant is None else -operand.constant
            return _Built(-operand.expression, constant)
        if isinstance(node, Binary):
            return self._binary(node)
        if isinstance(node, Call):
            return self._call(node)
        raise TypeError(f"unexpected syntax node {type(node).__name__}")

    def _name(self, node: Name) -> _Built:
        if node.name in self._symbols:
            return _Built(self._symbols[node.name], None)
        expression, value = CONSTANTS[node.name]
        return _Built(expression, value)

    def _binary(self, node: Binary) -> _Built:
        left = self._build(node.left)
        right = self._build(node.right)
        if node.operator == "^":
            return self._power(node, left, right)
        a, b = left.expression, right.expression
        if node.operator == "/" and right.constant == 0.0:
            raise self._error(FormulaErrorKind.UNDEFINED, node.operator_start, node.operator_end, node)
        expression = {
            "+": lambda: sympy.Add(a, b),
            "-": lambda: sympy.Add(a, sympy.Mul(-1, b)),
            "*": lambda: sympy.Mul(a, b),
            "/": lambda: sympy.Mul(a, sympy.Pow(b, -1)),
        }[node.operator]()
        constant = None
        if left.constant is not None and right.constant is not None:
            constant = self._checked(node, _FLOAT_OPERATIONS[node.operator], left.constant, right.constant)
        return _Built(expression, constant)

    def _power(self, node: Binary, base: _Built, exponent: _Built) -> _Built:
        p = exponent.constant
        if p is not None and base.constant is None and abs(p) > MAX_EXPONENT:
            raise self._error(
                FormulaErrorKind.EXPONENT_TOO_LARGE, node.right.start, node.right.end, node.right, limit=MAX_EXPONENT
            )
        # sympy multiplies nested exponents out, (x^99)^99 = x^9801, so the
        # limit applies to the combined exponent as well.
        if p is not None and base.constant is None and abs(p) * _largest_exponent(base.expression) > MAX_EXPONENT:
            raise self._error(
                FormulaErrorKind.COMBINED_EXPONENT_TOO_LARGE, node.start, node.end, node, limit=MAX_EXPONENT
            )
        constant = None
        if p is not None and base.constant is not None:
            b = base.constant
            if b == 0.0 and p < 0:
                raise self._error(FormulaErrorKind.UNDEFINED, node.start, node.end, node)
            if b != 0.0 and abs(p * math.log10(abs(b))) > MAX_DECIMAL_MAGNITUDE:
                raise self._error(
                    FormulaErrorKind.EXPONENT_TOO_LARGE, node.start, node.end, node, limit=MAX_DECIMAL_MAGNITUDE
                )
            constant = self._checked(node, math.pow, b, p)
        return _Built(sympy.Pow(base.expression, exponent.expression), constant)

    def _call(self, node: Call) -> _Built:
        spec = FUNCTIONS[node.function]
        argument = self._build(node.argument)
        constant = None
        if argument.constant is not None:
            constant = self._checked(node, spec.numeric, argument.constant)
        return _Built(spec.symbolic(argument.expression), constant)

    def _checked(self, node: Node, operation: Callable[..., float], *operands: float) -> float:
        """Apply a float operation to constant operands, rejecting bad results."""
        try:
            value = operation(*operands)
        except OverflowError:
            raise self._error(FormulaErrorKind.NUMBER_TOO_LARGE, node.start, node.end, node) from None
        except (ValueError, ZeroDivisionError):
            kind = FormulaErrorKind.UNDEFINED if 0.0 in operands else FormulaErrorKind.NOT_REAL
            raise self._error(kind, node.start, node.end, node) from None
        if isinstance(value, complex) or math.isnan(value):
            raise self._error(FormulaErrorKind.NOT_REAL, node.start, node.end, node)
        if math.isinf(value):
            raise self._error(FormulaErrorKind.NUMBER_TOO_LARGE, node.start, node.end, node)
        return value

    def _error(self, kind: FormulaErrorKind, start: int, end: int, node: Node, limit: float | None = None):
        return FormulaError(kind, self._text, start, end, token=self._text[node.start : node.end], limit=limit)


_FLOAT_OPERATIONS: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}


def _largest_exponent(expression: sympy.Expr) -> float:
    """Return the largest |p| of the constant powers u^p in ``expression``, at least 1."""
    exponents = [abs(float(power.exp)) for power in expression.atoms(sympy.Pow) if power.exp.is_Number]
    return max([1.0, *exponents])
