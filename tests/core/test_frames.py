"""The steps an exported animation shows."""

import numpy as np
import pytest

from gdviewer.core.frames import MAX_FRAMES, animation_steps


@pytest.mark.parametrize("last_step", [0, 1, 6, MAX_FRAMES - 1])
def test_short_run_shows_every_step(last_step):
    assert animation_steps(last_step).tolist() == list(range(last_step + 1))


@pytest.mark.parametrize("last_step", [MAX_FRAMES, 301, 1000, 3000, 10**6])
def test_long_run_is_sampled(last_step):
    steps = animation_steps(last_step)
    assert len(steps) == MAX_FRAMES
    assert steps[0] == 0
    assert steps[-1] == last_step
    assert np.all(np.diff(steps) > 0)
    # Evenly spaced: neighbours differ by the rounded spacing, no more.
    spacing = last_step / (MAX_FRAMES - 1)
    assert np.diff(steps).max() <= np.ceil(spacing)
    assert np.diff(steps).min() >= np.floor(spacing)


def test_rosenbrock_race_sampling():
    steps = animation_steps(3000)
    assert steps[:4].tolist() == [0, 10, 20, 30]
    assert steps[-2:].tolist() == [2990, 3000]


def test_small_frame_limit():
    assert animation_steps(10, max_frames=3).tolist() == [0, 5, 10]


@pytest.mark.parametrize("last_step, max_frames", [(-1, MAX_FRAMES), (10, 1)])
def test_invalid_arguments_raise(last_step, max_frames):
    with pytest.raises(ValueError, match="invalid"):
        animation_steps(last_step, max_frames)
