"""Property-based tests: the parser either returns a correct function or raises FormulaError.

Hypothesis feeds arbitrary text, text made of formula characters, and
valid formulas generated from a grammar together with a reference
evaluation in numpy. Every input must be handled within the deadline.
"""

from datetime import timedelta

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gdviewer.core.expressions import FormulaError, FormulaErrorKind, parse_formula

XS = np.array([-1.7, -0.6, 0.0, 0.35, 1.0, 1.9])

# Compiling the first formula loads sympy's printers; do it before timing.
parse_formula("x")

PER_INPUT = settings(
    deadline=timedelta(seconds=2),
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow],
)

#: Rejections that a syntactically valid formula can still meet.
SEMANTIC_KINDS = {
    FormulaErrorKind.UNDEFINED,
    FormulaErrorKind.NOT_REAL,
    FormulaErrorKind.NUMBER_TOO_LARGE,
    FormulaErrorKind.EXPONENT_TOO_LARGE,
    FormulaErrorKind.COMBINED_EXPONENT_TOO_LARGE,
    FormulaErrorKind.TOO_COMPLEX,
    FormulaErrorKind.TOO_DEEP,
    FormulaErrorKind.TOO_LONG,
}

FORMULA_CHARACTERS = "x0123456789.+-*/^() eπ²·−sincoexplgqrtabh_,'[]=:"


def parse_or_error(text):
    try:
        return parse_formula(text)
    except FormulaError as error:
        assert 0 <= error.start <= error.end <= len(text)
        assert str(error)
        return None


@PER_INPUT
@given(st.text(max_size=80))
def test_any_text_parses_or_raises_formula_error(text):
    function = parse_or_error(text)
    if function is not None:
        with np.errstate(all="ignore"):
            assert function.value(XS[:, None]).shape == XS.shape


@PER_INPUT
@given(st.text(alphabet=FORMULA_CHARACTERS, max_size=60))
def test_formula_like_text_parses_or_raises_formula_error(text):
    function = parse_or_error(text)
    if function is not None:
        with np.errstate(all="ignore"):
            assert function.gradient(XS[:, None]).shape == (XS.size, 1)


# A generated formula is (text, reference, magnitude): the reference maps
# an array of x to f(x), and magnitude to the largest intermediate value,
# which bounds the rounding error that rearranging the formula may cause.

def _leaf():
    variable = st.just(("x", lambda x: x, np.abs))
    integers = st.integers(0, 9).map(lambda n: (str(n), lambda x, n=n: np.full_like(x, n), lambda x, n=n: np.full_like(x, n)))
    decimals = st.sampled_from(["0.5", "1.25", "0.1", "2e-1", ".75"]).map(
        lambda t: (t, lambda x, v=float(t): np.full_like(x, v), lambda x, v=float(t): np.full_like(x, v))
    )
    pi = st.just(("pi", lambda x: np.full_like(x, np.pi), lambda x: np.full_like(x, np.pi)))
    return st.one_of(variable, integers, decimals, pi)


def _combine(children):
    def binary(symbol, operation):
        return st.tuples(children, children).map(
            lambda pair: (
                f"({pair[0][0]}){symbol}({pair[1][0]})",
                lambda x, a=pair[0][1], b=pair[1][1]: operation(a(x), b(x)),
                lambda x, a=pair[0], b=pair[1]: np.maximum.reduce(
                    [a[2](x), b[2](x), np.abs(operation(a[1](x), b[1](x)))]
                ),
            )
        )

    def unary(name, operation):
        return children.map(
            lambda child: (
                f"{name}({child[0]})",
                lambda x, c=child[1]: operation(c(x)),
                lambda x, c=child: np.maximum(c[2](x), np.abs(operation(c[1](x)))),
            )
        )

    power = st.tuples(children, st.integers(0, 3), st.sampled_from(["^", "**"])).map(
        lambda t: (
            f"({t[0][0]}){t[2]}{t[1]}",
            lambda x, c=t[0][1], n=t[1]: c(x) ** n,
            lambda x, c=t[0], n=t[1]: np.maximum(c[2](x), np.abs(c[1](x)) ** n),
        )
    )
    implicit = st.tuples(st.integers(1, 9), children).map(
        lambda t: (
            f"{t[0]}({t[1][0]})",
            lambda x, k=t[0], c=t[1][1]: k * c(x),
            lambda x, k=t[0], c=t[1]: k * c[2](x),
        )
    )
    juxtaposed = st.tuples(children, children).map(
        lambda pair: (
            f"({pair[0][0]})({pair[1][0]})",
            lambda x, a=pair[0][1], b=pair[1][1]: a(x) * b(x),
            lambda x, a=pair[0], b=pair[1]: np.maximum.reduce([a[2](x), b[2](x), np.abs(a[1](x) * b[1](x))]),
        )
    )
    negated = children.map(
        lambda child: (f"-({child[0]})", lambda x, c=child[1]: -c(x), lambda x, c=child: c[2](x))
    )
    return st.one_of(
        binary("+", np.add),
        binary("-", np.subtract),
        binary("*", np.multiply),
        binary(" / ", np.divide),
        power,
        implicit,
        juxtaposed,
        negated,
        unary("sin", np.sin),
        unary("cos", np.cos),
        unary("tanh", np.tanh),
        unary("abs", np.abs),
        unary("exp", np.exp),
    )


FORMULAS = st.recursive(_leaf(), _combine, max_leaves=10)


@PER_INPUT
@given(FORMULAS)
def test_generated_formula_matches_reference(generated):
    text, reference, magnitude = generated
    try:
        function = parse_formula(text)
    except FormulaError as error:
        assert error.kind in SEMANTIC_KINDS, f"{text!r}: {error}"
        return
    with np.errstate(all="ignore"):
        expected = reference(XS)
        scale = magnitude(XS)
        got = function.value(XS[:, None])
    comparable = np.isfinite(expected) & np.isfinite(scale) & (scale < 1e12)
    tolerance = 1e-9 * (1.0 + scale[comparable])
    difference = np.abs(got[comparable] - expected[comparable])
    assert np.all(difference <= tolerance), f"{text!r}: {got[comparable]} != {expected[comparable]}"


@PER_INPUT
@given(st.integers(1, 9), st.integers(0, 4), st.sampled_from(["", " ", "*", " * "]))
def test_implicit_multiplication_of_power(coefficient, exponent, times):
    text = f"{coefficient}{times}x^{exponent}"
    got = parse_formula(text).value(XS[:, None])
    np.testing.assert_allclose(got, coefficient * XS**exponent, rtol=1e-12)


def _nested(children):
    return st.one_of(
        st.tuples(children, children, st.sampled_from(["+", "-", "*", "/", "^", ""])).map(
            lambda t: f"({t[0]}){t[2]}({t[1]})"
        ),
        st.tuples(st.sampled_from(["sin", "exp", "log", "sqrt", "abs", "tanh", "cosh"]), children).map(
            lambda t: f"{t[0]}({t[1]})"
        ),
        st.tuples(children, st.integers(0, 99)).map(lambda t: f"({t[0]})^{t[1]}"),
    )


LARGE_FORMULAS = st.recursive(st.sampled_from(["x", "1", "2", "9", "0.5", "pi", "e"]), _nested, max_leaves=40)


@settings(deadline=timedelta(seconds=2), max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(LARGE_FORMULAS)
def test_large_nested_powers_parse_or_raise(text):
    # Nested powers up to 99 make sympy combine exponents and constants
    # into huge numbers; each input must still end within the deadline.
    function = parse_or_error(text)
    if function is not None:
        with np.errstate(all="ignore"):
            assert function.value(XS[:, None]).shape == XS.shape
