"""Contour grids: layout, level spacing and invalid input."""

import warnings
from dataclasses import dataclass

import numpy as np
import pytest

from gdviewer.core.contours import contour_grid, contour_levels
from gdviewer.core.objectives import Objective, Quadratic
from gdviewer.core.surfaces import Box, IllConditionedBowl, Rosenbrock, make_surface


@dataclass(frozen=True)
class Overflowing(Objective):
    """f(x, y) = exp(x·y), which overflows to inf where x·y > 709."""

    dimension: int = 2

    def value(self, points):
        return np.exp(points[..., 0] * points[..., 1])

    def gradient(self, points):
        raise NotImplementedError


def test_grid_layout_follows_meshgrid():
    bowl = IllConditionedBowl()
    grid = contour_grid(bowl, Box(-1.0, 2.0, -3.0, 1.0), resolution=(4, 3))

    assert grid.xs.tolist() == [-1.0, 0.0, 1.0, 2.0]
    assert grid.ys.tolist() == [-3.0, -1.0, 1.0]
    assert grid.values.shape == (3, 4)
    # values[j, i] = f(xs[i], ys[j]) = xs[i]² + 10·ys[j]²
    assert grid.values[0, 3] == 2.0**2 + 10 * 3.0**2
    assert grid.values[2, 0] == 1.0 + 10.0


def test_grid_arrays_are_read_only():
    grid = contour_grid(IllConditionedBowl(), IllConditionedBowl.view_box, resolution=10)

    for array in (grid.xs, grid.ys, grid.values, grid.levels):
        with pytest.raises(ValueError):
            array[0] = 1.0


@pytest.mark.parametrize(
    "name, log_spaced",
    [("bowl", False), ("rosenbrock", True), ("beale", True), ("himmelblau", True), ("saddle", False)],
)
def test_wide_ranges_get_log_levels(name, log_spaced):
    surface = make_surface(name)
    grid = contour_grid(surface, surface.view_box)

    assert grid.log_spaced is log_spaced
    assert len(grid.levels) == 20
    assert np.all(np.diff(grid.levels) > 0)
    assert np.nanmin(grid.values) < grid.levels[0]
    assert grid.levels[-1] < np.nanmax(grid.values)


def test_log_levels_are_geometric_above_minimum():
    grid = contour_grid(Rosenbrock(), Rosenbrock.view_box)
    low = grid.values.min()
    span = grid.values.max() - low

    offsets = grid.levels - low
    ratios = offsets[1:] / offsets[:-1]
    np.testing.assert_allclose(ratios, ratios[0], rtol=1e-9)
    # The lowest level lies five powers of ten below the span.
    assert offsets[0] == pytest.approx(span * 1e-5, rel=1e-9)


def test_linear_levels_split_range_evenly():
    levels, log_spaced = contour_levels(np.array([0.0, 5.0, 10.0]), count=4)

    assert not log_spaced
    np.testing.assert_allclose(levels, [2.0, 4.0, 6.0, 8.0])


def test_levels_ignore_non_finite_values():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the overflow must not warn
        grid = contour_grid(Overflowing(), Box(0.0, 40.0, 0.0, 40.0), resolution=50)

    assert np.isinf(grid.values).any()
    assert np.all(np.isfinite(grid.levels))
    assert len(grid.levels) == 20


@pytest.mark.parametrize("values", [np.full(5, 3.0), np.full(5, np.nan), np.array([])])
def test_flat_or_empty_values_give_no_levels(values):
    levels, log_spaced = contour_levels(values)

    assert levels.size == 0
    assert not log_spaced


@pytest.mark.parametrize(
    "arguments, message",
    [
        (dict(objective=Quadratic(2.0), box=Box(0, 1, 0, 1)), "function of 2 variables"),
        (dict(objective=IllConditionedBowl(), box=Box(1, 0, 0, 1)), "is empty"),
        (dict(objective=IllConditionedBowl(), box=Box(0, float("inf"), 0, 1)), "finite number"),
        (dict(objective=IllConditionedBowl(), box=Box(0, 1, 0, 1), resolution=1), "at least 2 samples"),
        (dict(objective=IllConditionedBowl(), box=Box(0, 1, 0, 1), level_count=0), "use at least 1"),
    ],
)
def test_invalid_grid_requests_raise(arguments, message):
    with pytest.raises(ValueError, match=message):
        contour_grid(**arguments)


def test_plain_tuple_box_is_accepted():
    grid = contour_grid(IllConditionedBowl(), (-1.0, 1.0, -1.0, 1.0), resolution=5)

    assert grid.xs[0] == -1.0
    assert grid.ys[-1] == 1.0
