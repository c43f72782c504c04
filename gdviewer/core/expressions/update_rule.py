"""The gradient-descent update of a formula, written out and simplified.

For f(x) = 2x² the update x := x − α·f′(x) reads ``x − α·4x``, simplifies
to ``(1 − 4α)x``, and at α = 0.1 becomes ``0.6x``.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy

from .formula import Formula
from .printing import formula_text

#: The learning rate as a symbol; positive so that sympy may use it freely.
ALPHA = sympy.Symbol("α", positive=True)
#: Simplification multiplies sums out, and a product of 60 sums would
#: give 2^60 terms. Above this many terms the rule stays unsimplified.
MAX_SIMPLIFIED_TERMS = 24


@dataclass(frozen=True)
class UpdateRule:
    """x := x − α·f′(x) for a function of one variable.

    ``terms`` is the simplified right-hand side as pairs (coefficient, part):
    the coefficient depends on α only and the part on x only, for example
    ((1 − 4α), x). It is None when the simplification would be too large.
    """

    formula: Formula
    terms: tuple[tuple[sympy.Expr, sympy.Expr], ...] | None

    def plain_text(self) -> str:
        """``x − α·4x``: the update with the derivative filled in."""
        x = self.formula.symbols[0]
        derivative = self.formula.derivatives[0]
        if derivative == 0:
            return x.name
        negative = _is_negative(derivative)
        body = -derivative if negative else derivative
        if body.is_Number:
            step = formula_text(ALPHA * body, leading=(ALPHA,))
        else:
            text = formula_text(body)
            if text.startswith("1/"):
                step = "α" + text[1:]
            else:
                step = f"α·({text})" if body.is_Add else f"α·{text}"
        return f"{x.name} {'+' if negative else '−'} {step}"

    def simplified_text(self) -> str | None:
        """``(1 − 4α)x``: the update grouped by the parts of x, or None."""
        if self.terms is None:
            return None
        return _terms_text(self.terms)

    def text_at(self, learning_rate: float) -> str | None:
        """``0.6x``: the simplified update at one learning rate, or None."""
        if self.terms is None:
            return None
        alpha = sympy.Rational(repr(float(learning_rate)))
        grouped: dict[sympy.Expr, sympy.Expr] = {}
        for coefficient, part in self.terms:
            value = sympy.nsimplify(coefficient.subs(ALPHA, alpha))
            grouped[part] = grouped.get(part, sympy.S.Zero) + value
        return _terms_text(tuple((c, p) for p, c in grouped.items()))


def update_rule(formula: Formula) -> UpdateRule:
    """Derive the update rule of gradient descent on ``formula``.

    Raises ValueError for a function of more than one variable.
    """
    if formula.dimension != 1:
        raise ValueError("the update rule is written for functions of one variable")
    x = formula.symbols[0]
    step = x - ALPHA * formula.derivatives[0]
    if _expanded_size(step) > MAX_SIMPLIFIED_TERMS:
        return UpdateRule(formula, None)
    expanded = sympy.expand(step, mul=True, multinomial=False, power_exp=False, power_base=False, log=False)
    return UpdateRule(formula, _group_by_part(expanded, x))


def _group_by_part(expression: sympy.Expr, x: sympy.Symbol) -> tuple[tuple[sympy.Expr, sympy.Expr], ...]:
    groups: dict[sympy.Expr, sympy.Expr] = {}
    for term in sympy.Add.make_args(expression):
        coefficient, part = term.as_independent(x, as_Add=False)
        groups[part] = groups.get(part, sympy.S.Zero) + coefficient
    ordered = sorted(groups.items(), key=lambda item: _part_order(item[0], x))
    return tuple((sympy.factor_terms(coefficient), part) for part, coefficient in ordered)


def _part_order(part: sympy.Expr, x: sympy.Symbol) -> tuple:
    """Order parts as a polynomial is written: x³, x, then other functions, then 1."""
    if part == 1:
        return (2, 0, "")
    if part.is_polynomial(x):
        return (0, -sympy.degree(part, x), str(part))
    return (1, 0, str(part))


def _terms_text(terms) -> str:
    pieces: list[str] = []
    for coefficient, part in terms:
        if coefficient == 0:
            continue
        negative = _is_negative(coefficient)
        body = _term_text(-coefficient if negative else coefficient, part)
        if pieces:
            pieces.append(f" {'−' if negative else '+'} {body}")
        else:
            pieces.append(("−" if negative else "") + body)
    return "".join(pieces) or "0"


def _term_text(coefficient: sympy.Expr, part: sympy.Expr) -> str:
    if not coefficient.is_Add:
        return formula_text(coefficient * part, leading=(ALPHA,))
    coefficient_text = formula_text(coefficient, leading=(ALPHA,), ascending=True)
    if part == 1:
        return coefficient_text
    part_text = formula_text(part)
    if part.is_Add or part_text[0].isdigit():
        part_text = f"({part_text})" if part.is_Add else f"·{part_text}"
    return f"({coefficient_text}){part_text}"


def _is_negative(expression: sympy.Expr) -> bool:
    """True for −4α or −x − 1, False for 1 − 4α (a sum is negative only if every term is)."""
    if expression.is_Add:
        return all(term.could_extract_minus_sign() for term in expression.args)
    return expression.could_extract_minus_sign()


def _expanded_size(expression: sympy.Expr) -> int:
    """Estimate the number of terms after multiplying out products of sums."""
    if expression.is_Add:
        return sum(_expanded_size(term) for term in expression.args)
    if expression.is_Mul:
        size = 1
        for factor in expression.args:
            size *= _expanded_size(factor)
            if size > MAX_SIMPLIFIED_TERMS:
                return size
        return size
    if isinstance(expression, sympy.Function):
        return max((_expanded_size(argument) for argument in expression.args), default=1)
    return 1
