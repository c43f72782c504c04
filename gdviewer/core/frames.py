"""The choice of steps that an exported animation shows."""

from __future__ import annotations

import numpy as np

#: The maximum number of frames of an exported animation: 75 seconds at 4 frames per second.
MAX_FRAMES = 300


def animation_steps(last_step: int, max_frames: int = MAX_FRAMES) -> np.ndarray:
    """Return the steps an animation of steps 0 … ``last_step`` shows, in increasing order.

    A run of at most ``max_frames`` steps shows every step. A longer run
    shows ``max_frames`` steps evenly spaced from step 0 to ``last_step``,
    each rounded to the nearest whole step, so the first and the last step
    are always shown.

    Raises
    ------
    ValueError
        If ``last_step`` is negative or ``max_frames`` is below 2.
    """
    if last_step < 0:
        raise ValueError(f"last step {last_step} is invalid: it must be 0 or more")
    if max_frames < 2:
        raise ValueError(f"max_frames {max_frames} is invalid: an animation needs at least 2 frames")
    if last_step + 1 <= max_frames:
        return np.arange(last_step + 1)
    return np.unique(np.rint(np.linspace(0, last_step, max_frames)).astype(int))
