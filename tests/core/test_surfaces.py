"""Two-variable surfaces: gradients, stationary points, shapes and suggestions."""

import numpy as np
import pytest

from gdviewer.core.optimizers import OPTIMIZERS
from gdviewer.core.surfaces import SURFACES, Saddle, make_surface
from gdviewer.core.trajectory import run

# A central difference with h = 1e-5 is off by about h²·f''' ≈ 2e-8 (relative)
# on these polynomials, far below the tolerance, while a wrong factor or sign
# in a hand-written gradient is off by order 1.
STEP = 1e-5
TOLERANCE = 1e-6


def finite_difference_gradient(surface, points):
    gradient = np.empty_like(points)
    for axis in range(2):
        offset = np.zeros(2)
        offset[axis] = STEP
        gradient[..., axis] = (surface.value(points + offset) - surface.value(points - offset)) / (2 * STEP)
    return gradient


def finite_difference_hessian(surface, point):
    hessian = np.empty((2, 2))
    for axis in range(2):
        offset = np.zeros(2)
        offset[axis] = STEP
        hessian[:, axis] = (surface.gradient(point + offset) - surface.gradient(point - offset)) / (2 * STEP)
    return hessian


def random_points(surface, count=300, seed=7):
    box = surface.view_box
    generator = np.random.default_rng(seed)
    return np.column_stack(
        [generator.uniform(box.x_min, box.x_max, count), generator.uniform(box.y_min, box.y_max, count)]
    )


@pytest.mark.parametrize("name", list(SURFACES))
def test_gradient_matches_finite_differences(name):
    surface = make_surface(name)
    points = random_points(surface)

    analytic = surface.gradient(points)
    numeric = finite_difference_gradient(surface, points)

    error = np.abs(analytic - numeric) / (1.0 + np.abs(analytic))
    assert error.max() < TOLERANCE


@pytest.mark.parametrize("name", list(SURFACES))
def test_minimizers_have_zero_gradient(name):
    surface = make_surface(name)

    for minimizer in surface.minimizers():
        point = np.array(minimizer)
        assert np.max(np.abs(surface.gradient(point))) < 1e-10
        assert surface.value(point) < 1e-20
        assert np.all(np.linalg.eigvalsh(finite_difference_hessian(surface, point)) > 0.0)


@pytest.mark.parametrize("name", list(SURFACES))
def test_saddle_points_have_zero_gradient(name):
    surface = make_surface(name)

    for saddle in surface.saddle_points():
        point = np.array(saddle)
        assert np.max(np.abs(surface.gradient(point))) < 1e-10
        eigenvalues = np.linalg.eigvalsh(finite_difference_hessian(surface, point))
        assert eigenvalues.min() < 0.0 < eigenvalues.max()


@pytest.mark.parametrize(
    "name, count",
    [("bowl", 1), ("rosenbrock", 1), ("beale", 1), ("himmelblau", 4), ("saddle", 0)],
)
def test_minimizer_counts(name, count):
    assert len(make_surface(name).minimizers()) == count


@pytest.mark.parametrize(
    "name, point, value",
    [
        ("bowl", (1.0, 1.0), 11.0),
        ("rosenbrock", (-1.2, 1.0), 24.2),  # 2.2² + 100·(1 − 1.44)² = 4.84 + 19.36
        ("beale", (0.0, 5.0), 14.203125),  # 1.5² + 2.25² + 2.625² along x = 0
        ("himmelblau", (0.0, 0.0), 170.0),  # (−11)² + (−7)²
        ("saddle", (1.0, 2.0), -3.0),
    ],
)
def test_values_at_known_points(name, point, value):
    assert make_surface(name).value(np.array(point)) == pytest.approx(value, rel=1e-14)


@pytest.mark.parametrize("name", list(SURFACES))
def test_value_and_gradient_are_vectorised(name):
    surface = make_surface(name)
    grid = random_points(surface, count=12).reshape(3, 4, 2)

    values = surface.value(grid)
    gradients = surface.gradient(grid)

    assert values.shape == (3, 4)
    assert gradients.shape == (3, 4, 2)
    for index in np.ndindex(3, 4):
        assert values[index] == surface.value(grid[index])
        np.testing.assert_array_equal(gradients[index], surface.gradient(grid[index]))


@pytest.mark.parametrize("name", list(SURFACES))
def test_view_box_contains_marked_points(name):
    surface = make_surface(name)
    box = surface.view_box

    for x, y in [surface.start, *surface.minimizers(), *surface.saddle_points()]:
        assert box.x_min <= x <= box.x_max
        assert box.y_min <= y <= box.y_max


@pytest.mark.parametrize("name", list(SURFACES))
def test_suggested_learning_rates_make_progress(name):
    """Each suggestion keeps 2000 steps finite and, given a minimum, cuts the loss below 1 %."""
    surface = make_surface(name)

    assert set(surface.suggested_learning_rates) == set(OPTIMIZERS)
    for optimizer_name, learning_rate in surface.suggested_learning_rates.items():
        trajectory = run(surface, surface.start, learning_rate, 2000, OPTIMIZERS[optimizer_name]())
        assert trajectory.divergence is None, optimizer_name
        if surface.minimizers():
            assert trajectory.losses[-1] < 0.01 * trajectory.losses[0], optimizer_name


def test_saddle_run_escapes_along_y():
    surface = Saddle()
    trajectory = run(surface, surface.start, 0.1, 30)

    # x shrinks by 1 − 2α = 0.8 per step, y grows by 1 + 2α = 1.2.
    np.testing.assert_allclose(trajectory.points[-1], [-1.5 * 0.8**30, 0.01 * 1.2**30], rtol=1e-12)


def test_registry_uses_command_line_names():
    assert list(SURFACES) == ["bowl", "rosenbrock", "beale", "himmelblau", "saddle"]
    for name, cls in SURFACES.items():
        assert cls.name == name
        assert cls.dimension == 2


def test_unknown_surface_raises():
    with pytest.raises(ValueError, match="unknown surface 'banana': choose one of bowl, rosenbrock"):
        make_surface("banana")
