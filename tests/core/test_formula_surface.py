"""Surfaces typed as formulas in x and y: parsing, values, gradients, minima and races."""

from datetime import timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gdviewer.core.expressions import FormulaError, FormulaErrorKind, parse_formula
from gdviewer.core.formula_surface import (
    FormulaSurface,
    formula_surface,
    parse_surface_formula,
    usable_start,
    uses_variable,
)
from gdviewer.core.optimizers import make_optimizer
from gdviewer.core.race_setup import FORMULA_SURFACE
from gdviewer.core.surface_minima import hessian_estimate, local_minima
from gdviewer.core.surfaces import Box, Himmelblau, IllConditionedBowl, Rosenbrock
from gdviewer.core.trajectory import StopReason, run

GRID = np.stack(np.meshgrid(np.linspace(-2.5, 2.5, 21), np.linspace(-1.5, 3.0, 17)), axis=-1)

PER_INPUT = settings(deadline=timedelta(seconds=2), max_examples=60, suppress_health_check=[HealthCheck.too_slow])


def typed(text: str) -> FormulaSurface:
    return FormulaSurface(parse_surface_formula(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3xy", lambda x, y: 3 * x * y),
        ("3xy^2", lambda x, y: 3 * x * y**2),
        ("yx", lambda x, y: x * y),
        ("2xy(x - 1)", lambda x, y: 2 * x * y * (x - 1)),
        ("xy sin(y)", lambda x, y: x * y * np.sin(y)),
        ("x^2 + 3x y + y^2", lambda x, y: x**2 + 3 * x * y + y**2),
    ],
)
def test_implicit_products_of_variables(text, expected):
    surface = typed(text)
    np.testing.assert_allclose(surface.value(GRID), expected(GRID[..., 0], GRID[..., 1]), rtol=1e-13, atol=1e-13)


def test_name_with_function_still_rejected():
    with pytest.raises(FormulaError) as caught:
        parse_surface_formula("xsin(y)")
    assert caught.value.kind is FormulaErrorKind.UNKNOWN_NAME
    assert caught.value.suggestion == "x*sin"


def test_one_variable_formula_rejects_y():
    with pytest.raises(FormulaError) as caught:
        parse_formula("x^2 + 10y^2")
    assert caught.value.kind is FormulaErrorKind.UNKNOWN_NAME
    assert caught.value.token == "y"
    assert caught.value.start == 8


def test_one_variable_keeps_rejecting_xx():
    with pytest.raises(FormulaError) as caught:
        parse_formula("xx")
    assert caught.value.suggestion == "x*x"


@PER_INPUT
@given(
    a=st.integers(-9, 9),
    b=st.integers(-9, 9),
    c=st.integers(1, 9),
    p=st.integers(1, 4),
    q=st.integers(1, 4),
    points=st.lists(st.tuples(st.floats(-3, 3), st.floats(-3, 3)), min_size=1, max_size=5),
)
def test_polynomial_matches_numpy(a, b, c, p, q, points):
    surface = typed(f"{a}x^{p} + {b}xy + {c}y^{q}")
    xy = np.array(points)
    x, y = xy[:, 0], xy[:, 1]

    value = a * x**p + b * x * y + c * y**q
    dx = a * p * x ** (p - 1) + b * y
    dy = b * x + c * q * y ** (q - 1)

    np.testing.assert_allclose(surface.value(xy), value, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(surface.gradient(xy)[:, 0], dx, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(surface.gradient(xy)[:, 1], dy, rtol=1e-12, atol=1e-12)


@PER_INPUT
@given(
    k=st.floats(0.1, 3),
    points=st.lists(st.tuples(st.floats(-3, 3), st.floats(-3, 3)), min_size=1, max_size=5),
)
def test_functions_of_both_variables_match_numpy(k, points):
    surface = typed(f"sin({k}x)cos(y) + exp(-(x^2 + y^2))")
    xy = np.array(points)
    x, y = xy[:, 0], xy[:, 1]
    bump = np.exp(-(x**2 + y**2))

    np.testing.assert_allclose(surface.value(xy), np.sin(k * x) * np.cos(y) + bump, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(
        surface.gradient(xy)[:, 0], k * np.cos(k * x) * np.cos(y) - 2 * x * bump, rtol=1e-12, atol=1e-12
    )
    np.testing.assert_allclose(
        surface.gradient(xy)[:, 1], -np.sin(k * x) * np.sin(y) - 2 * y * bump, rtol=1e-12, atol=1e-12
    )


def test_typed_bowl_equals_builtin():
    surface = typed("x^2 + 10y^2")
    bowl = IllConditionedBowl()
    np.testing.assert_array_equal(surface.value(GRID), bowl.value(GRID))
    np.testing.assert_array_equal(surface.gradient(GRID), bowl.gradient(GRID))
    np.testing.assert_array_equal(surface.gradient(np.array([0.3, -0.2])), bowl.gradient(np.array([0.3, -0.2])))


def test_typed_rosenbrock_values_and_gradients():
    surface = typed("(1 - x)^2 + 100(y - x^2)^2")
    rosenbrock = Rosenbrock()
    np.testing.assert_allclose(surface.value(GRID), rosenbrock.value(GRID), rtol=1e-12, atol=0)
    np.testing.assert_allclose(surface.gradient(GRID), rosenbrock.gradient(GRID), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "nesterov", "adagrad", "adam"])
def test_typed_rosenbrock_trajectory_matches_builtin(optimizer):
    rate = Rosenbrock.suggested_learning_rates[optimizer]
    expected = run(Rosenbrock(), Rosenbrock.start, rate, 3000, make_optimizer(optimizer))
    actual = run(typed("(1 - x)^2 + 100(y - x^2)^2"), Rosenbrock.start, rate, 3000, make_optimizer(optimizer))

    assert actual.last_step == expected.last_step == 3000
    np.testing.assert_allclose(actual.points, expected.points, rtol=0, atol=1e-12)
    np.testing.assert_allclose(actual.losses, expected.losses, rtol=1e-12, atol=1e-12)


def test_run_stops_where_log_is_undefined():
    surface = typed("log(x) + y^2")
    trajectory = run(surface, (0.5, 1.0), 1.0, 50)

    # x := x − 1/x: 0.5 → −1.5, where log(x) is undefined.
    assert trajectory.last_step == 0
    assert trajectory.divergence.reason is StopReason.OUTSIDE_DOMAIN
    assert trajectory.divergence.violation.function == "log"
    assert trajectory.divergence.value == -1.5
    assert np.all(np.isfinite(trajectory.points))


def test_typed_himmelblau_minima_match_builtin():
    found = local_minima(typed("(x^2 + y - 11)^2 + (x + y^2 - 7)^2"), Himmelblau.view_box)
    expected = Himmelblau().minimizers()

    assert len(found) == 4
    for point in expected:
        distances = [np.hypot(point[0] - x, point[1] - y) for x, y in found]
        assert min(distances) < 1e-9


@pytest.mark.parametrize("text", ["x + y", "x^2 - y^2", "log(x) + y^2", "7", "y^2"])
def test_no_minimum_in_view(text):
    assert local_minima(typed(text), Box(-3, 3, -3, 3)) == ()


def test_minima_of_a_wavy_bowl_are_minima():
    surface = typed("sin(x)cos(y) + 0.1(x^2 + y^2)")
    found = local_minima(surface, Box(-5, 5, -5, 5))

    assert len(found) >= 3
    for point in found:
        assert np.all(np.abs(surface.gradient(np.array(point))) < 1e-8)
        assert np.linalg.eigvalsh(hessian_estimate(surface, point))[0] > 0


def test_kink_minimum_is_found():
    (found,) = local_minima(typed("abs(x - 0.25) + abs(y)"), Box(-2, 2, -2, 2))
    assert found == pytest.approx((0.25, 0.0), abs=1e-12)


def test_formula_surface_box_shows_start_and_minima():
    surface = formula_surface("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", (1.0, 1.0))
    box = surface.box

    assert surface.name == FORMULA_SURFACE
    assert surface.typed_formula == "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
    assert surface.formula == "(x + y² − 7)² + (x² + y − 11)²"
    assert surface.start == (1.0, 1.0)
    assert len(surface.minimizers) == 4
    for x, y in (surface.start, *surface.minimizers):
        assert box.x_min < x < box.x_max
        assert box.y_min < y < box.y_max


def test_formula_surface_without_minimum_centres_on_start():
    surface = formula_surface("x + y", (3.0, -1.0))
    assert surface.minimizers == ()
    assert surface.box == Box(1.0, 5.0, -3.0, 1.0)


def test_suggested_rate_keeps_bowl_stable():
    surface = formula_surface("x^2 + 10y^2", (1.0, 1.0))
    rate = surface.learning_rate_for("gd")
    trajectory = run(surface.objective, surface.start, rate, 200)

    # The steep direction has curvature 20, so α must stay below 2/20.
    assert rate == pytest.approx(1 / 20)
    assert trajectory.losses[-1] < 1e-6 * trajectory.losses[0]


def test_rebuilt_surface_has_same_values():
    original = formula_surface("sin(x)cos(y) + 0.1(x^2+y^2)", (1.0, 1.0))
    rebuilt = formula_surface(original.typed_formula, original.start)

    np.testing.assert_array_equal(rebuilt.objective.value(GRID), original.objective.value(GRID))
    assert rebuilt.box == original.box
    assert rebuilt.minimizers == original.minimizers


def test_usable_start_leaves_the_undefined_region():
    surface = typed("log(x) + log(y)")
    assert usable_start(surface, (-1.0, 2.0)) == (1.0, 1.0)
    assert usable_start(surface, (2.0, 3.0)) == (2.0, 3.0)
    assert usable_start(typed("log(-x^2 - y^2 - 1)"), (1.0, 1.0)) is None


def test_uses_variable_after_simplification():
    assert uses_variable(parse_surface_formula("x^2 + 3xy"), "y")
    assert not uses_variable(parse_surface_formula("x^2 + y - y"), "y")
    assert not uses_variable(parse_surface_formula("2x^2"), "y")


def test_one_variable_formula_is_not_a_surface():
    with pytest.raises(ValueError, match="2 variables"):
        FormulaSurface(parse_formula("2x^2"))
