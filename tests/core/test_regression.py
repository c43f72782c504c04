"""Linear regression by gradient descent: the lessons' numbers through the core."""

import numpy as np
import pytest

from gdviewer.core.analysis import analyse_curvature, level_curves
from gdviewer.core.datasets import Dataset
from gdviewer.core.lessons import FIVE_POINTS, LessonKind, find_lesson
from gdviewer.core.objectives import Quadratic
from gdviewer.core.regression import LinearRegression, RegressionLoss, regression_step
from gdviewer.core.trajectory import StopReason, run

# Epoch, loss before the update, w and b after it: the lesson's printed log.
LESSON_LOG = [
    (0, 17.2000, 0.2640, 0.0800),
    (10, 1.1595, 1.0464, 0.3642),
    (20, 1.0475, 1.0834, 0.4397),
    (30, 1.0100, 1.0708, 0.4993),
    (40, 0.9753, 1.0553, 0.5560),
    (50, 0.9429, 1.0402, 0.6107),
    (60, 0.9125, 1.0255, 0.6637),
    (70, 0.8842, 1.0114, 0.7148),
    (80, 0.8577, 0.9977, 0.7643),
    (90, 0.8330, 0.9844, 0.8121),
]


def lesson_run(lesson_id, **overrides):
    lesson = find_lesson(lesson_id)
    parameters = dict(start=lesson.start, learning_rate=lesson.learning_rate, steps=lesson.steps)
    parameters.update(overrides)
    return run(lesson.objective, **parameters)


def direct_run(x, y, w, b, learning_rate, epochs):
    """The lesson's loop written out with numpy, as a reference."""
    history = []
    for _ in range(epochs):
        prediction = w * x + b
        loss = np.mean((y - prediction) ** 2)
        d_w = -2 * np.mean(x * (y - prediction))
        d_b = -2 * np.mean(y - prediction)
        w, b = w - learning_rate * d_w, b - learning_rate * d_b
        history.append((loss, w, b))
    return history


def test_regression_lessons_are_regression_kind():
    assert find_lesson("regression").kind is LessonKind.REGRESSION
    assert find_lesson("regression-step").kind is LessonKind.REGRESSION
    assert find_lesson("convergence").kind is LessonKind.FUNCTION
    assert find_lesson("divergence").kind is LessonKind.FUNCTION


@pytest.mark.parametrize("epoch, loss, w, b", LESSON_LOG)
def test_fitting_run_matches_lesson_log(epoch, loss, w, b):
    trajectory = lesson_run("regression")
    assert f"{trajectory.losses[epoch]:.4f}" == f"{loss:.4f}"
    assert f"{trajectory.points[epoch + 1, 0]:.4f}" == f"{w:.4f}"
    assert f"{trajectory.points[epoch + 1, 1]:.4f}" == f"{b:.4f}"


def test_fitting_run_final_parameters():
    trajectory = lesson_run("regression")
    assert trajectory.last_step == 100
    assert trajectory.divergence is None
    w, b = trajectory.points[100]
    assert f"{w:.4f}, {b:.4f}" == "0.9729, 0.8538"


def test_fitting_run_agrees_with_direct_loop():
    trajectory = lesson_run("regression")
    reference = np.array(direct_run(FIVE_POINTS.x, FIVE_POINTS.y, 0.0, 0.0, 0.01, 100))
    np.testing.assert_allclose(trajectory.losses[:100], reference[:, 0], rtol=1e-12)
    np.testing.assert_allclose(trajectory.points[1:], reference[:, 1:], rtol=1e-12)


def test_worked_step_numbers():
    lesson = find_lesson("regression-step")
    step = regression_step(lesson.dataset, lesson.objective.loss, np.array(lesson.start), lesson.learning_rate)
    assert step.predictions.tolist() == [2.0]
    assert step.loss == 2.0
    assert step.gradient.tolist() == [-4.0, -2.0]
    np.testing.assert_allclose(step.next_parameters, [1.4, 0.2], rtol=1e-15)
    np.testing.assert_allclose(step.next_predictions, [3.0], rtol=1e-15)


def test_worked_step_through_objective():
    trajectory = lesson_run("regression-step")
    assert trajectory.losses[0] == 2.0
    assert trajectory.gradients[0].tolist() == [-4.0, -2.0]
    np.testing.assert_allclose(trajectory.points[1], [1.4, 0.2], rtol=1e-15)
    # After the step the prediction is 1.4·2 + 0.2 = 3 and J = ½(4 − 3)².
    assert trajectory.losses[1] == pytest.approx(0.5, rel=1e-14)


def test_least_squares_optimum():
    objective = find_lesson("regression").objective
    np.testing.assert_allclose(objective.optimum(), [0.6, 2.2], rtol=1e-14)
    assert objective.value(objective.optimum()) == pytest.approx(0.48, rel=1e-12)
    np.testing.assert_allclose(objective.gradient(objective.optimum()), [0.0, 0.0], atol=1e-13)


def test_condition_number_and_stable_limit():
    curvature = analyse_curvature(find_lesson("regression").objective)
    # Hessian 2·[[11, 3], [3, 1]]: eigenvalues 2·(6 ∓ √34).
    np.testing.assert_allclose(curvature.eigenvalues, [2 * (6 - 34**0.5), 2 * (6 + 34**0.5)], rtol=1e-12)
    assert curvature.condition_number == pytest.approx(70.0, abs=0.05)
    assert curvature.max_stable_learning_rate == pytest.approx(0.0845, abs=5e-5)


def test_stable_limit_of_parabola():
    curvature = analyse_curvature(Quadratic(2.0))
    assert curvature.max_stable_learning_rate == 0.5
    assert curvature.contraction_factors(0.1).tolist() == pytest.approx([0.6])


def test_learning_rate_one_tenth_diverges():
    trajectory = lesson_run("regression", learning_rate=0.1, steps=5000)
    assert trajectory.divergence is not None
    assert trajectory.divergence.reason is StopReason.LOSS_NOT_FINITE
    assert trajectory.last_step == trajectory.divergence.step - 1
    assert np.all(np.isfinite(trajectory.losses))
    assert np.all(np.diff(trajectory.losses[5:]) > 0)


def test_learning_rate_below_limit_converges():
    trajectory = lesson_run("regression", learning_rate=0.084, steps=20000)
    assert trajectory.divergence is None
    np.testing.assert_allclose(trajectory.points[-1], [0.6, 2.2], rtol=1e-9)


def test_half_squared_error_on_many_points():
    objective = LinearRegression(FIVE_POINTS, RegressionLoss.HALF_SQUARED_ERROR)
    parameters = np.array([0.3, -0.7])
    residuals = FIVE_POINTS.y - (0.3 * FIVE_POINTS.x - 0.7)
    assert objective.value(parameters) == pytest.approx(0.5 * np.mean(residuals**2), rel=1e-14)
    expected = [-np.mean(FIVE_POINTS.x * residuals), -np.mean(residuals)]
    np.testing.assert_allclose(objective.gradient(parameters), expected, rtol=1e-13)


def test_objective_evaluates_grids():
    objective = find_lesson("regression").objective
    grid = np.stack(np.meshgrid(np.linspace(-1, 2, 7), np.linspace(0, 3, 5), indexing="ij"), axis=-1)
    values = objective.value(grid)
    gradients = objective.gradient(grid)
    assert values.shape == (7, 5)
    assert gradients.shape == (7, 5, 2)
    for i, j in [(0, 0), (3, 2), (6, 4)]:
        assert values[i, j] == pytest.approx(float(objective.value(grid[i, j])), rel=1e-14)
        np.testing.assert_allclose(gradients[i, j], objective.gradient(grid[i, j]), rtol=1e-14)


def test_large_offsets_keep_accuracy():
    x = 1e8 + np.arange(5.0)
    dataset = Dataset(x, 3.0 * (x - 1e8) + 1.0)
    objective = LinearRegression(dataset)
    w, b = objective.optimum()
    assert w == pytest.approx(3.0, rel=1e-9)
    assert objective.value(objective.optimum()) == pytest.approx(0.0, abs=1e-6)


def test_single_point_has_no_unique_optimum():
    objective = find_lesson("regression-step").objective
    assert objective.optimum() is None
    nearest = objective.nearest_minimizer(np.array([1.0, 0.0]))
    # The nearest (w, b) with 2w + b = 4 to (1, 0) is (1.8, 0.4).
    np.testing.assert_allclose(nearest, [1.8, 0.4], rtol=1e-12)
    assert float(objective.value(nearest)) == pytest.approx(0.0, abs=1e-24)
    assert analyse_curvature(objective).condition_number == float("inf")


def test_level_curves_are_exact_contours():
    objective = find_lesson("regression").objective
    optimum = objective.optimum()
    minimum = float(objective.value(optimum))
    heights = np.array([0.01, 0.5, 4.0])
    curves = level_curves(objective.hessian(), optimum, heights, half_length=10.0)
    assert len(curves) == 3
    for curve, height in zip(curves, heights):
        np.testing.assert_allclose(objective.value(curve), minimum + height, rtol=1e-10)


def test_level_curves_of_single_point_are_line_pairs():
    objective = find_lesson("regression-step").objective
    minimizer = objective.nearest_minimizer(np.array([1.0, 0.0]))
    curves = level_curves(objective.hessian(), minimizer, np.array([0.5]), half_length=3.0)
    assert len(curves) == 2
    for segment in curves:
        assert segment.shape == (2, 2)
        np.testing.assert_allclose(objective.value(segment), [0.5, 0.5], rtol=1e-10)
