"""Parsing typed formulas: accepted syntax, rejections, limits and derivatives."""

import math

import numpy as np
import pytest

from gdviewer.core.expressions import (
    FormulaError,
    FormulaErrorKind,
    FormulaObjective,
    Requirement,
    parse_formula,
    update_rule,
)

POINTS = np.array([-2.5, -1.0, -0.3, 0.0, 0.7, 1.0, 2.0, 3.5])


def values_at(text, xs=POINTS):
    return parse_formula(text).value(xs[:, np.newaxis])


def slopes_at(text, xs=POINTS):
    return parse_formula(text).gradient(xs[:, np.newaxis])[:, 0]


@pytest.mark.parametrize(
    "text, function, derivative",
    [
        ("2x^2", lambda x: 2 * x**2, lambda x: 4 * x),
        ("2*x**2", lambda x: 2 * x**2, lambda x: 4 * x),
        ("x^4 - 3x^2 + x", lambda x: x**4 - 3 * x**2 + x, lambda x: 4 * x**3 - 6 * x + 1),
        ("sin(x) + 0.1x^2", lambda x: np.sin(x) + 0.1 * x**2, lambda x: np.cos(x) + 0.2 * x),
        ("exp(-x^2)", lambda x: np.exp(-(x**2)), lambda x: -2 * x * np.exp(-(x**2))),
        ("abs(x)", np.abs, np.sign),
        ("2x(x-1)", lambda x: 2 * x * (x - 1), lambda x: 4 * x - 2),
        ("3(x+1)", lambda x: 3 * (x + 1), lambda x: np.full_like(x, 3.0)),
        ("x(x-1)", lambda x: x * (x - 1), lambda x: 2 * x - 1),
        ("0.1x^2", lambda x: 0.1 * x**2, lambda x: 0.2 * x),
        ("1e-3x^2", lambda x: 1e-3 * x**2, lambda x: 2e-3 * x),
        ("-x^2", lambda x: -(x**2), lambda x: -2 * x),
        ("2^-1 x", lambda x: 0.5 * x, lambda x: np.full_like(x, 0.5)),
        ("x^2^1", lambda x: x**2, lambda x: 2 * x),
        ("2x²", lambda x: 2 * x**2, lambda x: 4 * x),
        ("3·x − 1", lambda x: 3 * x - 1, lambda x: np.full_like(x, 3.0)),
        ("pi x + e", lambda x: np.pi * x + np.e, lambda x: np.full_like(x, np.pi)),
        ("tanh(x)cos(x)", lambda x: np.tanh(x) * np.cos(x),
         lambda x: (1 - np.tanh(x) ** 2) * np.cos(x) - np.tanh(x) * np.sin(x)),
        ("1/2x", lambda x: x / 2, lambda x: np.full_like(x, 0.5)),
        ("5", lambda x: np.full_like(x, 5.0), lambda x: np.zeros_like(x)),
    ],
)
def test_formula_matches_reference(text, function, derivative):
    np.testing.assert_allclose(values_at(text), function(POINTS), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(slopes_at(text), derivative(POINTS), rtol=1e-12, atol=1e-15)


def test_formula_gives_lesson_numbers_exactly():
    objective = FormulaObjective(parse_formula("2x^2"))
    x = np.array([[1.0], [0.6], [-3.0]])
    assert objective.value(x).tolist() == [2.0, 0.72, 18.0]
    assert objective.gradient(x)[:, 0].tolist() == [4.0, 2.4, -12.0]
    assert objective.curvature() == 4.0
    assert objective.minimizers() == (0.0,)


def test_formula_values_keep_leading_shape():
    function = parse_formula("x^2 + 1")
    grid = np.zeros((3, 4, 1))
    assert function.value(grid).shape == (3, 4)
    assert function.gradient(grid).shape == (3, 4, 1)
    constant = parse_formula("7")
    assert constant.value(grid).shape == (3, 4)
    assert constant.gradient(grid).shape == (3, 4, 1)


def test_two_variables():
    function = parse_formula("x^2 + 3x y + y^2", variables=("x", "y"))
    points = np.array([[1.0, 2.0], [-1.0, 0.5]])
    np.testing.assert_allclose(function.value(points), [1 + 6 + 4, 1 - 1.5 + 0.25])
    np.testing.assert_allclose(function.gradient(points), [[2 + 6, 3 + 4], [-2 + 1.5, -3 + 1]])


@pytest.mark.parametrize(
    "text, kind, start, suggestion",
    [
        ("x.__class__", FormulaErrorKind.ATTRIBUTE, 1, None),
        ("__import__('os')", FormulaErrorKind.UNKNOWN_NAME, 0, None),
        ("lambda: 1", FormulaErrorKind.UNKNOWN_NAME, 0, None),
        ("[x for x in y]", FormulaErrorKind.UNEXPECTED_CHARACTER, 0, None),
        ("'a'", FormulaErrorKind.STRING, 0, None),
        ('"x"', FormulaErrorKind.STRING, 0, None),
        ("y + 1", FormulaErrorKind.UNKNOWN_NAME, 0, None),
        ("2x + z", FormulaErrorKind.UNKNOWN_NAME, 5, None),
        ("xsin(x)", FormulaErrorKind.UNKNOWN_NAME, 0, "x*sin"),
        ("x2", FormulaErrorKind.UNKNOWN_NAME, 0, "x^2"),
        ("Sin(x)", FormulaErrorKind.UNKNOWN_NAME, 0, "sin"),
        ("eval(x)", FormulaErrorKind.UNKNOWN_NAME, 0, None),
        ("exec", FormulaErrorKind.UNKNOWN_NAME, 0, None),
        ("os.system", FormulaErrorKind.UNKNOWN_NAME, 0, None),
        ("sin x", FormulaErrorKind.FUNCTION_WITHOUT_ARGUMENT, 0, None),
        ("log(x, 2)", FormulaErrorKind.TOO_MANY_ARGUMENTS, 5, None),
        ("2x^", FormulaErrorKind.MISSING_OPERAND, 2, None),
        ("2 3", FormulaErrorKind.MISSING_OPERATOR, 2, "2*3"),
        ("(x+1)2", FormulaErrorKind.MISSING_OPERATOR, 5, "(x+1)*2"),
        ("2 * * x", FormulaErrorKind.UNEXPECTED_TOKEN, 4, None),
        ("(x + 1", FormulaErrorKind.UNCLOSED_PARENTHESIS, 0, None),
        ("x + 1)", FormulaErrorKind.UNOPENED_PARENTHESIS, 5, None),
        ("sin()", FormulaErrorKind.EMPTY_PARENTHESES, 3, None),
        ("", FormulaErrorKind.EMPTY, 0, None),
        ("   ", FormulaErrorKind.EMPTY, 0, None),
        ("x = 2", FormulaErrorKind.UNEXPECTED_CHARACTER, 2, None),
        ("x; 1", FormulaErrorKind.UNEXPECTED_CHARACTER, 1, None),
        ("x/0", FormulaErrorKind.UNDEFINED, 1, None),
        ("log(0) + x", FormulaErrorKind.UNDEFINED, 0, None),
        ("sqrt(-1) x", FormulaErrorKind.NOT_REAL, 0, None),
        ("(-8)^(1/3)", FormulaErrorKind.NOT_REAL, 0, None),
        ("x/(x - x)", FormulaErrorKind.UNDEFINED, 0, None),
        ("exp(1000) x", FormulaErrorKind.NUMBER_TOO_LARGE, 0, None),
        ("1e400 x", FormulaErrorKind.NUMBER_TOO_LARGE, 0, None),
        ("1e300 * 1e300 * x", FormulaErrorKind.NUMBER_TOO_LARGE, 0, None),
        ("x^1000", FormulaErrorKind.EXPONENT_TOO_LARGE, 2, None),
        ("(x^2)^51", FormulaErrorKind.COMBINED_EXPONENT_TOO_LARGE, 0, None),
        ("((9x)^99)^99", FormulaErrorKind.COMBINED_EXPONENT_TOO_LARGE, 0, None),
        ("(" * 20 + "x+1" + ")^2" * 20, FormulaErrorKind.COMBINED_EXPONENT_TOO_LARGE, 12, None),
    ],
)
def test_rejected_formulas(text, kind, start, suggestion):
    with pytest.raises(FormulaError) as caught:
        parse_formula(text)
    error = caught.value
    assert error.kind is kind, str(error)
    assert error.start == start, str(error)
    assert error.suggestion == suggestion
    assert error.text == text
    assert error.start <= error.end <= len(text)


def test_power_tower_rejected():
    with pytest.raises(FormulaError) as caught:
        parse_formula("9^9^9^9")
    assert caught.value.kind is FormulaErrorKind.EXPONENT_TOO_LARGE


def test_nested_powers_within_limit_accepted():
    function = parse_formula("((x+1)^2)^50")
    assert function.value(np.array([[0.0]]))[0] == 1.0
    assert function.derivative_text() == "100(x + 1)⁹⁹"


def test_tiny_constant_is_not_rounded_to_zero_symbolically():
    function = parse_formula("x/2^1000 + 1")
    assert function.value(np.array([[2.0]]))[0] == 1.0
    assert function.derivative_text() != "0"


def test_power_tower_with_variable_rejected():
    with pytest.raises(FormulaError) as caught:
        parse_formula("x^9^9^9")
    assert caught.value.kind is FormulaErrorKind.EXPONENT_TOO_LARGE


def test_literal_with_huge_exponent_rejected_before_computing_it():
    with pytest.raises(FormulaError) as caught:
        parse_formula("1e-999999999x")
    assert caught.value.kind is FormulaErrorKind.NUMBER_TOO_LARGE


def test_100_kilobyte_formula_rejected():
    text = "x+" * 50_000 + "x"
    with pytest.raises(FormulaError) as caught:
        parse_formula(text)
    assert caught.value.kind is FormulaErrorKind.TOO_LONG
    assert caught.value.limit == 500


def test_deep_nesting_rejected():
    with pytest.raises(FormulaError) as caught:
        parse_formula("(" * 40 + "x" + ")" * 40)
    assert caught.value.kind is FormulaErrorKind.TOO_DEEP
    with pytest.raises(FormulaError) as caught:
        parse_formula("-" * 60 + "x")
    assert caught.value.kind is FormulaErrorKind.TOO_DEEP


def test_large_product_rejected_as_too_complex():
    text = "".join(f"(x+{i})" for i in range(1, 61))
    assert len(text) < 500
    with pytest.raises(FormulaError) as caught:
        parse_formula(text)
    assert caught.value.kind is FormulaErrorKind.TOO_COMPLEX


def test_error_message_names_position_and_suggestion():
    with pytest.raises(FormulaError) as caught:
        parse_formula("2xsin(x)")
    assert str(caught.value) == "unknown name 'xsin' at position 2 (did you mean 'x*sin'?)"


def test_printed_formula_parses_back():
    for text in ["x^4 - 3x^2 + x", "sin(x) + 0.1x^2", "2x(x-1)", "exp(-x^2)", "1/(2sqrt(x))", "x^(1/3) + pi x"]:
        printed = parse_formula(text).display_text()
        again = parse_formula(printed)
        xs = np.array([[0.5], [1.5], [2.0]])
        np.testing.assert_allclose(again.value(xs), parse_formula(text).value(xs), rtol=1e-12)


@pytest.mark.parametrize(
    "text, shown, derivative",
    [
        ("2x^2", "2x²", "4x"),
        ("2*x**2", "2x²", "4x"),
        ("x^4 - 3x^2 + x", "x⁴ − 3x² + x", "4x³ − 6x + 1"),
        ("sin(x) + 0.1x^2", "0.1x² + sin(x)", "0.2x + cos(x)"),
        ("exp(-x^2)", "exp(−x²)", "−2x·exp(−x²)"),
        ("abs(x)", "abs(x)", "sign(x)"),
        ("2x(x-1)", "2x(x − 1)", "4x − 2"),
        ("sqrt(x)", "sqrt(x)", "1/(2sqrt(x))"),
        ("log(x)", "log(x)", "1/x"),
        ("x/3", "x/3", "1/3"),
    ],
)
def test_derivative_text(text, shown, derivative):
    function = parse_formula(text)
    assert function.display_text() == shown
    assert function.derivative_text() == derivative


@pytest.mark.parametrize(
    "text, plain, simplified, at_tenth",
    [
        ("2x^2", "x − α·4x", "(1 − 4α)x", "0.6x"),
        ("x^4 - 3x^2 + x", "x − α·(4x³ − 6x + 1)", "−4αx³ + (1 + 6α)x − α", "−0.4x³ + 1.6x − 0.1"),
        ("sin(x) + 0.1x^2", "x − α·(0.2x + cos(x))", "(1 − 0.2α)x − α·cos(x)", "0.98x − 0.1cos(x)"),
        ("exp(-x^2)", "x + α·2x·exp(−x²)", "x + 2αx·exp(−x²)", "x + 0.2x·exp(−x²)"),
        ("2x(x-1)", "x − α·(4x − 2)", "(1 − 4α)x + 2α", "0.6x + 0.2"),
        ("log(x)", "x − α/x", "x − α/x", "x − 0.1/x"),
        ("4x", "x − 4α", "x − 4α", "x − 0.4"),
        ("5", "x", "x", "x"),
    ],
)
def test_update_rule(text, plain, simplified, at_tenth):
    rule = update_rule(parse_formula(text))
    assert rule.plain_text() == plain
    assert rule.simplified_text() == simplified
    assert rule.text_at(0.1) == at_tenth


def test_update_rule_at_fastest_rate_lands_on_zero():
    rule = update_rule(parse_formula("2x^2"))
    assert rule.text_at(0.25) == "0"
    assert rule.text_at(1.0) == "−3x"


def test_update_rule_of_long_product_stays_unsimplified():
    rule = update_rule(parse_formula("".join(f"(x+{i})" for i in range(1, 9))))
    assert rule.simplified_text() is None
    assert rule.text_at(0.1) is None
    assert rule.plain_text().startswith("x − α·(")


def test_quadratic_detection():
    assert parse_formula("2x(x-1)").quadratic == (2.0, -2.0, 0.0)
    assert parse_formula("x^4 - 3x^2").quadratic is None
    assert parse_formula("3x + 1").quadratic is None
    assert FormulaObjective(parse_formula("0.5(x-3)^2")).minimizers() == (3.0,)
    assert FormulaObjective(parse_formula("-x^2")).minimizers() == ()


def test_minimizers_of_two_minima():
    minima = FormulaObjective(parse_formula("x^4 - 3x^2 + x")).minimizers()
    assert len(minima) == 2
    for x in minima:
        assert 4 * x**3 - 6 * x + 1 == pytest.approx(0.0, abs=1e-9)


def test_abs_uses_subgradient_zero_at_kink():
    function = parse_formula("abs(x)")
    assert function.has_kinks
    assert function.gradient(np.array([[0.0]]))[0, 0] == 0.0
    assert function.at_kink(np.array([0.0]))
    assert not function.at_kink(np.array([0.1]))
    assert not parse_formula("x^2").has_kinks


@pytest.mark.parametrize(
    "text, x, function, requirement, in_derivative",
    [
        ("log(x)", -1.0, "log", Requirement.POSITIVE, False),
        ("sqrt(x)", -0.5, "sqrt", Requirement.NON_NEGATIVE, False),
        ("sqrt(x)", 0.0, "division", Requirement.NON_ZERO, True),
        ("1/x", 0.0, "division", Requirement.NON_ZERO, False),
        ("asin(x)", 2.0, "asin", Requirement.UNIT_INTERVAL, False),
        ("x^1.5", -1.0, "power", Requirement.NON_NEGATIVE, False),
    ],
)
def test_domain_violation(text, x, function, requirement, in_derivative):
    violation = parse_formula(text).domain_violation(np.array([x]))
    assert violation.function == function
    assert violation.requirement is requirement
    assert violation.in_derivative is in_derivative


def test_no_domain_violation_inside_domain():
    assert parse_formula("log(x)").domain_violation(np.array([2.0])) is None
    assert parse_formula("x^2").domain_violation(np.array([-2.0])) is None
    assert not parse_formula("x^2 + sin(x)").domain_restricted


def test_variable_names_must_not_shadow_functions():
    with pytest.raises(ValueError, match="taken"):
        parse_formula("sin", variables=("sin",))


def test_generated_script_repeats_formula_run(tmp_path):
    import subprocess
    import sys

    from gdviewer.core.script import python_script, script_spec
    from gdviewer.core.trajectory import run

    objective = FormulaObjective(parse_formula("sin(x) + 0.1x^2"))
    path = tmp_path / "run.py"
    path.write_text(python_script(script_spec(objective, 1.0, 0.3, 6, "sin(x) + 0.1x^2")), encoding="utf-8")
    printed = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in printed.splitlines()[1:]]
    expected = run(objective, 1.0, 0.3, 6)
    assert [float(row[1]) for row in rows] == expected.points[:, 0].tolist()
    assert [float(row[2]) for row in rows] == expected.losses.tolist()


def test_constant_with_overflowing_parts_evaluates():
    # sympy rewrites ((e/pi)^94)^9 as exp(846)/pi^846; both parts overflow a double.
    function = parse_formula("(((e)/(pi))^94)^9 + x")
    expected = math.exp(846 * (1.0 - math.log(math.pi)))
    values = function.value(np.array([[0.0], [1.0]]))
    assert values[0] == pytest.approx(expected, rel=1e-12)
    assert values[1] == pytest.approx(1.0 + expected, rel=1e-12)
