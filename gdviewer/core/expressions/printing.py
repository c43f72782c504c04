"""Writing sympy expressions the way a teacher writes them on the board.

``4*x**3 - 6*x + 1`` reads as ``4x³ − 6x + 1``, ``x**2/10`` as ``0.1x²``
and ``1/(2*sqrt(x))`` as ``1/(2sqrt(x))``. The text uses the minus sign
− and the superscript digits, both of which the formula parser reads
back, so a printed formula can be typed into the input again.
"""

from __future__ import annotations

from fractions import Fraction

import sympy

from ..numbers import format_number

_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_FUNCTION_NAMES = {"Abs": "abs", "asin": "asin", "acos": "acos", "atan": "atan"}

# Binding strength of what a text is, for deciding on parentheses.
_SUM, _PRODUCT, _NEGATION, _POWER, _ATOM = range(5)


def formula_text(
    expression: sympy.Expr, leading: tuple[sympy.Symbol, ...] = (), ascending: bool = False
) -> str:
    """Return ``expression`` written in the app's notation.

    Factors in ``leading`` are written first in products (−4αx³, not
    −4x³α). With ``ascending``, sums start from their lowest power
    (1 + 6α instead of 6α + 1).
    """
    return _Printer(leading, ascending).text(expression)[0]


def number_text(value: sympy.Number) -> str:
    """Write an exact number as a short decimal when it has one (0.6), else p/q."""
    if value.is_Integer:
        text = str(int(value))
        return text if len(text) <= 12 else format_number(float(value))
    if value.is_Rational:
        fraction = Fraction(int(value.p), int(value.q))
        decimal = _terminating_decimal(fraction)
        if decimal is not None and len(decimal) <= 14:
            return decimal
        if max(abs(fraction.numerator), fraction.denominator) < 10**6:
            return f"{fraction.numerator}/{fraction.denominator}"
    return format_number(float(value))


def _terminating_decimal(fraction: Fraction) -> str | None:
    """Return the exact decimal of a fraction whose denominator is 2^a·5^b."""
    denominator = fraction.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return None
    digits = max(twos, fives)
    scaled = abs(fraction.numerator) * 10**digits // fraction.denominator
    whole, part = divmod(scaled, 10**digits)
    text = str(whole) if digits == 0 else f"{whole}.{part:0{digits}d}".rstrip("0").rstrip(".")
    return ("-" if fraction < 0 else "") + text


class _Printer:
    """Recursive printer; each method returns (text, binding strength)."""

    def __init__(self, leading: tuple[sympy.Symbol, ...], ascending: bool):
        self._leading = leading
        self._order = "rev-lex" if ascending else None

    def text(self, expression: sympy.Expr) -> tuple[str, int]:
        if expression.is_Number:
            return self._number(expression)
        if expression.is_Symbol:
            return expression.name, _ATOM
        if expression is sympy.pi:
            return "π", _ATOM
        if expression is sympy.E:
            return "e", _ATOM
        if expression.is_Add:
            return self._sum(expression)
        if expression.is_Mul:
            return self._product(expression)
        if expression.is_Pow:
            return self._power(expression)
        if isinstance(expression, sympy.Function):
            return self._call(expression)
        return str(expression), _ATOM

    def _number(self, value: sympy.Number) -> tuple[str, int]:
        text = number_text(value).replace("-", "−")
        if text.startswith("−"):
            return text, _NEGATION
        return text, (_PRODUCT if "/" in text else _ATOM)

    def _sum(self, expression: sympy.Add) -> tuple[str, int]:
        pieces: list[str] = []
        for index, term in enumerate(expression.as_ordered_terms(order=self._order)):
            negative = term.could_extract_minus_sign()
            body = self._wrapped(-term if negative else term, _PRODUCT)
            if index == 0:
                pieces.append(("−" if negative else "") + body)
            else:
                pieces.append((" − " if negative else " + ") + body)
        return "".join(pieces), _SUM

    def _product(self, expression: sympy.Mul) -> tuple[str, int]:
        if expression.could_extract_minus_sign():
            return "−" + self._wrapped(-expression, _PRODUCT), _NEGATION
        coefficient, rest = expression.as_coeff_Mul()
        numerator, denominator = sympy.fraction(rest, exact=True)
        # x/3 rather than 0.333…x, and 1/(2sqrt(x)) rather than 0.5/sqrt(x),
        # but 0.1/x rather than 1/(10x).
        if coefficient.is_Rational and not coefficient.is_Integer and (
            (denominator != 1 and coefficient.q <= 4)
            or _terminating_decimal(Fraction(int(coefficient.p), int(coefficient.q))) is None
        ):
            numerator = numerator * coefficient.p
            denominator = denominator * coefficient.q
            coefficient = sympy.S.One
        text = self._factors(coefficient, numerator)
        if denominator == 1:
            return text, _PRODUCT
        return f"{self._wrapped_left(text, numerator)}/{self._wrapped(denominator, _POWER)}", _PRODUCT

    def _wrapped_left(self, text: str, numerator: sympy.Expr) -> str:
        return f"({text})" if numerator.is_Add else text

    def _factors(self, coefficient: sympy.Number, rest: sympy.Expr) -> str:
        factors = [] if rest == 1 else list(rest.as_ordered_factors())
        factors.sort(key=lambda factor: factor not in self._leading)
        pieces = [] if coefficient == 1 and factors else [self._number(coefficient)[0]]
        for factor in factors:
            piece = self._wrapped(factor, _POWER if factor.is_Add else _PRODUCT)
            if factor.is_Add:
                piece = self._wrapped(factor, _PRODUCT + 1)
            if pieces and _needs_dot(pieces[-1], piece):
                pieces.append("·")
            pieces.append(piece)
        return "".join(pieces)

    def _power(self, expression: sympy.Pow) -> tuple[str, int]:
        base, exponent = expression.args
        if exponent.is_Rational and exponent < 0:
            return self._product(sympy.Mul(sympy.S.One, expression, evaluate=False))
        if exponent == sympy.S.Half:
            return f"sqrt({self.text(base)[0]})", _ATOM
        base_text = self._wrapped(base, _ATOM)
        if exponent.is_Integer:
            return base_text + str(int(exponent)).translate(_SUPERSCRIPTS), _POWER
        return f"{base_text}^{self._wrapped(exponent, _ATOM)}", _POWER

    def _call(self, expression: sympy.Function) -> tuple[str, int]:
        name = type(expression).__name__
        name = _FUNCTION_NAMES.get(name, name)
        arguments = ", ".join(self.text(argument)[0] for argument in expression.args)
        return f"{name}({arguments})", _ATOM

    def _wrapped(self, expression: sympy.Expr, minimum: int) -> str:
        """Print ``expression``, in parentheses if it binds weaker than ``minimum``."""
        text, strength = self.text(expression)
        return f"({text})" if strength < minimum else text


def _needs_dot(left: str, right: str) -> bool:
    """Decide whether two printed factors need a · between them.

    Juxtaposition is kept where it reads unambiguously: after a number
    (4x), before a parenthesis (x(x − 1)) and between single letters
    with optional exponents (αx, x²y).
    """
    if right.startswith("("):
        return False
    if left[-1].isdigit() and not right[0].isdigit():
        # 1e30·x, not 1e30x.
        return "e" in left
    return not (_is_letter_term(left) and _is_letter_term(right))


def _is_letter_term(text: str) -> bool:
    stripped = text.rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
    return len(stripped) == 1 and stripped.isalpha()
