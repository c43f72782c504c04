"""Thinning racers' paths to the segments that show on screen."""

import numpy as np
import pytest

from gdviewer.core.surfaces import Box
from gdviewer.ui.plots.path_thinning import NO_CELL, SegmentThinner, pixel_cells

BOX = Box(-2.0, 2.0, -1.0, 3.0)


def random_walk(seed, count, spread):
    generator = np.random.default_rng(seed)
    points = np.cumsum(generator.normal(0.0, spread, (count, 2)), axis=0)
    points[generator.random(count) < 0.05] = np.nan
    return points


def drawn_pairs(thinner, cells, last):
    steps, links = thinner.steps_until(last)
    return {tuple(sorted((cells[a], cells[b]))) for a, b, link in zip(steps[:-1], steps[1:], links[:-1]) if link}


def walked_pairs(cells, last):
    pairs = zip(cells[:last].tolist(), cells[1 : last + 1].tolist())
    return {tuple(sorted(pair)) for pair in pairs if NO_CELL not in pair}


@pytest.mark.parametrize("seed", range(40))
def test_whole_and_growing_paths_thin_alike(seed):
    spread = (0.001, 0.01, 0.1)[seed % 3]
    points = random_walk(seed, 50 + 37 * seed, spread)
    pixel_size = (4.0 / (20 + 7 * seed), 4.0 / (10 + 5 * seed))
    whole = SegmentThinner()
    whole.update(points, BOX, pixel_size)
    growing = SegmentThinner()
    for end in range(1, len(points) + 1, 13):
        growing.update(points[:end], BOX, pixel_size)
    growing.update(points, BOX, pixel_size)

    for last in (0, len(points) // 3, len(points) - 1):
        steps, links = whole.steps_until(last)
        grown_steps, grown_links = growing.steps_until(last)
        assert steps.tolist() == grown_steps.tolist()
        assert links.tolist() == grown_links.tolist()


@pytest.mark.parametrize("seed", range(10))
def test_thinned_path_joins_the_same_pixels(seed):
    points = random_walk(seed, 400, 0.01)
    pixel_size = (0.02, 0.03)
    thinner = SegmentThinner()
    thinner.update(points, BOX, pixel_size)
    cells = pixel_cells(points, BOX, pixel_size)

    for last in (1, 57, 399):
        assert drawn_pairs(thinner, cells, last) == walked_pairs(cells, last)
        steps, _ = thinner.steps_until(last)
        assert steps[0] == 0
        assert steps[-1] <= last


def test_jitter_in_two_pixels_is_one_segment():
    points = np.array([[0.0, 0.0], *([[0.5, 0.5], [0.51, 0.51]] * 500)])
    thinner = SegmentThinner()
    thinner.update(points, BOX, (0.1, 0.1))

    steps, links = thinner.steps_until(1000)
    assert steps.tolist() == [0, 1, 2]
    assert links.tolist() == [True, True, False]


def test_new_pixel_size_thins_again():
    points = random_walk(3, 300, 0.01)
    thinner = SegmentThinner()
    thinner.update(points, BOX, (0.5, 0.5))
    coarse = len(thinner.steps_until(299)[0])
    thinner.update(points, BOX, (0.005, 0.005))

    assert len(thinner.steps_until(299)[0]) > coarse


def test_unknown_pixel_size_uses_thousandth_of_box():
    points = random_walk(4, 100, 0.01)
    thinner = SegmentThinner()
    thinner.update(points, BOX, (0.0, float("nan")))
    reference = SegmentThinner()
    reference.update(points, BOX, (0.004, 0.004))

    assert thinner.steps_until(99)[0].tolist() == reference.steps_until(99)[0].tolist()
