"""A parsed formula: its symbolic form, derivatives and fast numeric forms."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import sympy

from .building import CONSTANTS, FUNCTIONS, MAX_EXPONENT, ExpressionBuilder
from .domain import DomainCheck, DomainViolation
from .errors import FormulaError, FormulaErrorKind
from .printing import formula_text
from .syntax import Vocabulary, parse_tree

#: A derivative larger than this many sympy nodes is rejected because
#: compiling it takes too long: the derivative of a product of 60 sums
#: has about 10,000 nodes and takes 0.4 s to compile.
MAX_DERIVATIVE_NODES = 5_000
#: Above this size the second derivative is estimated by central
#: differences of the first instead of being derived symbolically, whose
#: size grows with the cube of the number of factors of a product.
MAX_SYMBOLIC_SECOND_DERIVATIVE_NODES = 400
_LARGEST_FLOAT = sympy.Float(np.finfo(float).max)
_EXACT_INTEGER_LIMIT = 2**53


class Formula:
    """A function of one or more real variables, parsed from text.

    Use ``parse_formula`` to create one. ``value`` and ``gradient`` take
    arrays of shape ``(..., d)``, d being the number of variables, and
    return shapes ``(...)`` and ``(..., d)``. Outside the domain (log of
    a negative number) they return NaN or ±inf, and ``domain_violation``
    returns the condition a point breaks.

    Attributes
    ----------
    text : str
        The formula as typed.
    symbols : tuple of sympy.Symbol
        The variables, real-valued.
    expression : sympy.Expr
        f itself.
    derivatives : tuple of sympy.Expr
        ∂f/∂v for each variable v. ``abs`` differentiates to ``sign``,
        whose value 0 at the kink is a subgradient.
    """

    def __init__(self, text: str, symbols: tuple[sympy.Symbol, ...], expression: sympy.Expr):
        self.text = text
        self.symbols = symbols
        self.expression = expression
        self.derivatives = tuple(sympy.diff(expression, symbol) for symbol in symbols)
        size = sum(_node_count(d, MAX_DERIVATIVE_NODES + 1) for d in self.derivatives)
        if size > MAX_DERIVATIVE_NODES:
            raise FormulaError(FormulaErrorKind.TOO_COMPLEX, text, 0, len(text), limit=MAX_DERIVATIVE_NODES)
        if any(d.has(sympy.Derivative) for d in self.derivatives):
            # sympy left a derivative it could not work out; nothing in the
            # whitelist is known to cause this.
            raise FormulaError(FormulaErrorKind.TOO_COMPLEX, text, 0, len(text))

        self._value = _compile(symbols, expression)
        self._partials = [_compile(symbols, d) for d in self.derivatives]
        self._second = self._compile_second_derivative()
        self._domain = DomainCheck(symbols, expression, self.derivatives)
        self._kink_arguments = [_compile(symbols, a.args[0]) for a in sorted(expression.atoms(sympy.Abs), key=str)]
        self._quadratic = _quadratic_coefficients(expression, symbols)

    @property
    def dimension(self) -> int:
        return len(self.symbols)

    def _compile_second_derivative(self) -> Callable | None:
        """Compile f'' symbolically, or return None to fall back to differences."""
        if self.dimension != 1:
            return None
        first = self.derivatives[0]
        if _node_count(first, MAX_SYMBOLIC_SECOND_DERIVATIVE_NODES + 1) > MAX_SYMBOLIC_SECOND_DERIVATIVE_NODES:
            return None
        second = _without_sign_derivatives(sympy.diff(first, self.symbols[0]))
        if second.has(sympy.Derivative):
            return None
        return _compile(self.symbols, second)

    # Numbers

    def value(self, points: np.ndarray) -> np.ndarray:
        points = np.asarray(points, dtype=float)
        return _broadcast(self._value(*_coordinates(points)), points.shape[:-1])

    def gradient(self, points: np.ndarray) -> np.ndarray:
        points = np.asarray(points, dtype=float)
        coordinates = _coordinates(points)
        shape = points.shape[:-1]
        if self.dimension == 1:
            return _broadcast(self._partials[0](*coordinates), shape)[..., np.newaxis]
        return np.stack([_broadcast(partial(*coordinates), shape) for partial in self._partials], axis=-1)

    def second_derivative(self, x: np.ndarray) -> np.ndarray:
        """f''(x) of a function of one variable, for an array of x.

        The Dirac delta that the derivative of sign(x) contains is taken as
        0, so at a kink the result carries no information about the jump.
        """
        if self.dimension != 1:
            raise ValueError("second_derivative needs a function of one variable")
        x = np.asarray(x, dtype=float)
        if self._second is not None:
            return _broadcast(self._second(x), x.shape)
        step = 1e-5 * np.maximum(1.0, np.abs(x))
        ahead = self.gradient((x + step)[..., np.newaxis])[..., 0]
        behind = self.gradient((x - step)[..., np.newaxis])[..., 0]
        return (ahead - behind) / (2.0 * step)

    # Shape of the function

    @property
    def quadratic(self) -> tuple[float, float, float] | None:
        """(a, b, c) when f(x) = ax² + bx + c with a ≠ 0; None otherwise."""
        return self._quadratic

    @property
    def has_kinks(self) -> bool:
        """True if f contains abs, which is not differentiable where its argument is 0."""
        return bool(self._kink_arguments)

    def at_kink(self, point: np.ndarray) -> bool:
        """True if some abs(u) in f has u = 0 exactly at ``point`` (shape (d,))."""
        with np.errstate(all="ignore"):
            return any(float(argument(*point)) == 0.0 for argument in self._kink_arguments)

    @property
    def domain_restricted(self) -> bool:
        return self._domain.restricted

    def domain_violation(self, point: np.ndarray) -> DomainViolation | None:
        """Return which domain condition ``point`` (shape (d,)) breaks, or None."""
        return self._domain.violation(np.asarray(point, dtype=float))

    # Text

    def display_text(self) -> str:
        """f as gdviewer prints it, for example ``x⁴ − 3x² + x``."""
        return formula_text(self.expression)

    def derivative_text(self, index: int = 0) -> str:
        """∂f/∂v for the variable at ``index``, for example ``4x³ − 6x + 1``."""
        return formula_text(self.derivatives[index])

    def numpy_source(self) -> tuple[str, str]:
        """Return f and f′ of a function of one variable as numpy source using ``np``.

        It is the code that ``value`` and ``gradient`` run, printed by the
        same sympy printer that lambdify uses.
        """
        if self.dimension != 1:
            raise ValueError("numpy_source needs a function of one variable")
        return _numpy_source(self.expression), _numpy_source(self.derivatives[0])


def default_vocabulary(variables: tuple[str, ...]) -> Vocabulary:
    """Return the names a formula over ``variables`` may use."""
    clashes = set(variables) & (set(FUNCTIONS) | set(CONSTANTS))
    if clashes:
        raise ValueError(f"variable names {sorted(clashes)} are taken by functions or constants")
    return Vocabulary(tuple(variables), frozenset(CONSTANTS), frozenset(FUNCTIONS))


def parse_formula(text: str, variables: tuple[str, ...] = ("x",)) -> Formula:
    """Parse a formula such as ``2x^2`` or ``sin(x) + 0.1x^2``.

    The text is tokenized and parsed by gdviewer's own parser, and the
    sympy expression is built from the syntax tree node by node. User text
    is never evaluated as Python and never handed to sympy's parser. The
    numeric functions come from sympy.lambdify, which compiles the code
    that sympy prints for the built expression.

    Raises FormulaError, with the position of the problem, for anything
    outside the grammar, for unknown names, and for formulas that exceed
    the limits on length, nesting, exponents and size.
    """
    vocabulary = default_vocabulary(variables)
    tree = parse_tree(text, vocabulary)
    symbols = {name: sympy.Symbol(name, real=True) for name in variables}
    expression = ExpressionBuilder(text, symbols).build(tree)
    _check_result(text, expression)
    return Formula(text, tuple(symbols.values()), expression)


def _check_result(text: str, expression: sympy.Expr) -> None:
    """Reject what sympy's automatic simplification turned out of range.

    Each operation was checked while building, but sympy combines as it
    goes: x/(x − x) becomes zoo and ((x + 1)²)²… twenty times becomes
    (x + 1)^1048576, whose expansion would not finish.
    """
    if expression.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        raise FormulaError(FormulaErrorKind.UNDEFINED, text, 0, len(text), token=text)
    if expression.has(sympy.I):
        raise FormulaError(FormulaErrorKind.NOT_REAL, text, 0, len(text), token=text)
    for number in expression.atoms(sympy.Number):
        if abs(number) > _LARGEST_FLOAT:
            # str() of an integer with thousands of digits raises, so the
            # whole formula is named instead of the number.
            raise FormulaError(FormulaErrorKind.NUMBER_TOO_LARGE, text, 0, len(text), token=text)
    for power in expression.atoms(sympy.Pow):
        base, exponent = power.args
        if exponent.is_Number and not base.is_number and abs(exponent) > MAX_EXPONENT:
            raise FormulaError(
                FormulaErrorKind.COMBINED_EXPONENT_TOO_LARGE, text, 0, len(text), token=text, limit=MAX_EXPONENT
            )


def _numpy_source(expression: sympy.Expr) -> str:
    from sympy.printing.numpy import NumPyPrinter

    text = NumPyPrinter({"fully_qualified_modules": True}).doprint(_with_floats_for_large_numbers(expression))
    return text.replace("numpy.", "np.")


def _compile(symbols: tuple[sympy.Symbol, ...], expression: sympy.Expr) -> Callable:
    """Compile an expression into a numpy function of the variables.

    Integers too large for a double would make numpy fall back to Python
    objects (or raise), so they become sympy Floats first. A sympy Float
    keeps a magnitude such as 2^−1080 that a double would round to 0, so
    the replacement never turns x/2^1080 into 0 and log of it into zoo.
    """
    expression = _with_constants_evaluated(_with_floats_for_large_numbers(expression))
    return sympy.lambdify(symbols, expression, modules="numpy")


def _with_constants_evaluated(expression: sympy.Expr) -> sympy.Expr:
    """Replace each compound constant, such as exp(846)/pi^846, by its value.

    sympy keeps ((e/pi)^94)^9 as exp(846)/pi^846, whose parts overflow a
    double although the whole is about 1.4e-53; sympy's own arithmetic
    evaluates it without overflow.
    """
    return expression.replace(
        lambda node: node.is_number and not node.is_Atom and node.is_real,
        lambda node: sympy.Float(sympy.N(node, 17), 17),
    )


def _with_floats_for_large_numbers(expression: sympy.Expr) -> sympy.Expr:
    # NOTE: a constant below the double range still becomes 0 when numpy
    # runs the compiled code, so log((x/2^27)^40) gives −inf at x = 1
    # although it is −748.6 there.
    large = {
        number: sympy.Float(number)
        for number in expression.atoms(sympy.Rational)
        if abs(number.p) > _EXACT_INTEGER_LIMIT or number.q > _EXACT_INTEGER_LIMIT
    }
    return expression.xreplace(large) if large else expression


def _coordinates(points: np.ndarray) -> list[np.ndarray]:
    return [points[..., i] for i in range(points.shape[-1])]


def _broadcast(result, shape: tuple[int, ...]) -> np.ndarray:
    """Give a constant result (sympy compiles ``5`` to a scalar) the points' shape."""
    result = np.asarray(result, dtype=float)
    if result.shape != shape:
        result = np.broadcast_to(result, shape).copy()
    return result


def _without_sign_derivatives(expression: sympy.Expr) -> sympy.Expr:
    """Replace the derivative of sign(u) by 0, its value wherever u ≠ 0.

    sympy writes it as DiracDelta(u) when it can and leaves
    Derivative(sign(u), x) when it cannot, and numpy can evaluate neither.
    """
    expression = expression.replace(sympy.DiracDelta, lambda *arguments: sympy.S.Zero)
    return expression.replace(
        lambda node: isinstance(node, sympy.Derivative) and isinstance(node.expr, sympy.sign),
        lambda node: sympy.S.Zero,
    )


def _node_count(expression: sympy.Expr, limit: int) -> int:
    """Count the nodes of ``expression``, stopping early at ``limit``."""
    return sum(1 for _ in itertools.islice(sympy.preorder_traversal(expression), limit))


def _quadratic_coefficients(expression: sympy.Expr, symbols: tuple[sympy.Symbol, ...]):
    # The degree is read off the tree first: expanding (x + 1)^99·(x + 2)^99…
    # into a Poly only to find its degree would take long.
    if len(symbols) != 1 or _polynomial_degree(expression, symbols[0]) != 2:
        return None
    polynomial = sympy.Poly(expression, symbols[0])
    if polynomial.degree() != 2:
        return None
    a, b, c = (float(coefficient) for coefficient in polynomial.all_coeffs())
    return a, b, c


def _polynomial_degree(expression: sympy.Expr, x: sympy.Symbol) -> int | None:
    """Return the degree in x of a polynomial expression without expanding it, or None.

    The result is an upper bound where terms cancel: x² − x² counts as
    degree 2, and Poly then finds the true degree.
    """
    if not expression.has(x):
        return 0
    if expression == x:
        return 1
    if expression.is_Add or expression.is_Mul:
        degrees = [_polynomial_degree(argument, x) for argument in expression.args]
        if None in degrees:
            return None
        return max(degrees) if expression.is_Add else sum(degrees)
    if expression.is_Pow and expression.exp.is_Integer and expression.exp >= 0:
        base = _polynomial_degree(expression.base, x)
        return None if base is None else base * int(expression.exp)
    return None
