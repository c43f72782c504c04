"""Learning-rate regimes: exact limits for quadratics, local ones otherwise."""

import numpy as np
import pytest

from gdviewer.core.expressions import FormulaObjective, parse_formula
from gdviewer.core.objectives import Objective, Quadratic
from gdviewer.core.regimes import Regime, RegimeProblem, analyze_regimes, regimes_from_eigenvalues
from gdviewer.core.trajectory import run


def formula_objective(text):
    return FormulaObjective(parse_formula(text))


@pytest.mark.parametrize("objective", [Quadratic(2.0), formula_objective("2x^2"), formula_objective("2*x**2")])
def test_limits_of_2x_squared(objective):
    analysis = analyze_regimes(objective, 1.0)
    regimes = analysis.regimes
    assert analysis.problem is None
    assert regimes.exact
    assert regimes.curvature == 4.0
    assert regimes.monotone_below == 0.25
    assert regimes.divergent_above == 0.5
    assert regimes.fastest == 0.25
    assert regimes.minimum == 0.0


@pytest.mark.parametrize(
    "learning_rate, regime",
    [
        (0.0, Regime.STILL),
        (0.1, Regime.MONOTONE),
        (0.25, Regime.FASTEST),
        (0.4, Regime.OSCILLATING),
        (0.5, Regime.TWO_CYCLE),
        (1.0, Regime.DIVERGENT),
    ],
)
def test_classify_learning_rates_of_2x_squared(learning_rate, regime):
    regimes = analyze_regimes(Quadratic(2.0), 1.0).regimes
    assert regimes.classify(learning_rate) is regime


@pytest.mark.parametrize(
    "learning_rate, expected",
    [(0.1, "monotone"), (0.4, "oscillating"), (0.6, "divergent")],
)
def test_regimes_match_simulated_runs(learning_rate, expected):
    trajectory = run(Quadratic(2.0), 1.0, learning_rate, 40)
    xs = trajectory.points[:, 0]
    if expected == "monotone":
        assert np.all(xs > 0)
        assert np.all(np.diff(np.abs(xs)) < 0)
    elif expected == "oscillating":
        assert np.all(xs[1:] * xs[:-1] < 0)
        assert np.all(np.diff(np.abs(xs)) < 0)
    else:
        assert np.all(np.diff(np.abs(xs)) > 0)


def test_two_cycle_at_half_on_2x_squared():
    trajectory = run(Quadratic(2.0), 1.0, 0.5, 50)
    assert trajectory.points[::2, 0].tolist() == [1.0] * 26
    assert trajectory.points[1::2, 0].tolist() == [-1.0] * 25
    assert trajectory.divergence is None


class MatrixQuadratic(Objective):
    """f(x) = ½ xᵀAx for a symmetric positive definite A."""

    def __init__(self, matrix):
        self.matrix = np.asarray(matrix, dtype=float)
        self.dimension = self.matrix.shape[0]

    def value(self, x):
        return 0.5 * np.einsum("...i,ij,...j->...", x, self.matrix, x)

    def gradient(self, x):
        return x @ self.matrix


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_general_quadratic_diverges_above_two_over_largest_eigenvalue(seed):
    generator = np.random.default_rng(seed)
    basis = np.linalg.qr(generator.normal(size=(3, 3)))[0]
    eigenvalues = generator.uniform(0.5, 6.0, size=3)
    matrix = basis @ np.diag(eigenvalues) @ basis.T
    regimes = regimes_from_eigenvalues(np.linalg.eigvalsh(matrix))
    assert regimes.divergent_above == pytest.approx(2.0 / eigenvalues.max(), rel=1e-12)
    assert regimes.monotone_below == pytest.approx(1.0 / eigenvalues.max(), rel=1e-12)
    assert regimes.fastest == pytest.approx(2.0 / (eigenvalues.min() + eigenvalues.max()), rel=1e-12)

    objective = MatrixQuadratic(matrix)
    start = generator.normal(size=3)
    below = run(objective, start, 0.98 * regimes.divergent_above, 400)
    above = run(objective, start, 1.02 * regimes.divergent_above, 400)
    assert np.linalg.norm(below.points[-1]) < 1e-2 * np.linalg.norm(start)
    assert np.linalg.norm(above.points[-1]) > 10 * np.linalg.norm(start)


def test_eigenvalues_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        regimes_from_eigenvalues([1.0, 0.0])


def test_regimes_at_nearest_minimum():
    objective = formula_objective("x^4 - 3x^2 + x")
    right = analyze_regimes(objective, 2.0)
    left = analyze_regimes(objective, -2.0)
    assert right.minimum == pytest.approx(1.1309011226, abs=1e-9)
    assert left.minimum == pytest.approx(-1.3008395659, abs=1e-9)
    curvature = 12 * right.minimum**2 - 6
    assert right.regimes.curvature == pytest.approx(curvature, rel=1e-12)
    assert right.regimes.divergent_above == pytest.approx(2.0 / curvature, rel=1e-12)
    assert not right.regimes.exact


def test_local_limits_predict_convergence_near_minimum():
    objective = formula_objective("sin(x) + 0.1x^2")
    regimes = analyze_regimes(objective, -1.0).regimes
    minimum = regimes.minimum
    below = run(objective, minimum + 0.01, 0.95 * regimes.divergent_above, 2000)
    above = run(objective, minimum + 0.01, 1.05 * regimes.divergent_above, 2000)
    assert abs(below.points[-1, 0] - minimum) < 1e-6
    assert abs(above.points[-1, 0] - minimum) > 1e-3


@pytest.mark.parametrize(
    "text, start, problem",
    [
        ("abs(x)", 1.0, RegimeProblem.KINK),
        ("x^4", 1.0, RegimeProblem.FLAT),
        ("exp(-x^2)", 1.0, RegimeProblem.NO_MINIMUM),
        ("-x^2", 1.0, RegimeProblem.NO_MINIMUM),
        ("log(x)", 1.0, RegimeProblem.NO_MINIMUM),
        ("3x + 1", 1.0, RegimeProblem.NO_MINIMUM),
    ],
)
def test_no_regimes(text, start, problem):
    analysis = analyze_regimes(formula_objective(text), start)
    assert analysis.regimes is None
    assert analysis.problem is problem


def test_inflection_is_not_a_minimum():
    analysis = analyze_regimes(formula_objective("x^4 - 2x^3"), -1.0)
    assert analysis.minimum == pytest.approx(1.5, abs=1e-12)
    assert analysis.regimes.curvature == pytest.approx(9.0, rel=1e-12)
