"""Ready-made functions for the learning-rate lab, as data.

Titles here are the English source text; the user interface shows them
through Qt's translation system under the context ``Presets``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    """A formula with a start point, learning rate and step count that show its point."""

    id: str
    title: str
    formula: str
    start: float
    learning_rate: float
    steps: int


PRESETS: tuple[Preset, ...] = (
    # f'' = 4 everywhere: monotone below α = 0.25, divergent above 0.5.
    Preset("bowl", "A bowl", "2x^2", 1.0, 0.1, 20),
    # Minima near −1.30 and 1.13; from x = 2 descent settles in the nearer,
    # higher one and never reaches the lower one.
    Preset("two-minima", "Two minima", "x^4 - 3x^2 + x", 2.0, 0.02, 40),
    # Far from 0 the slope is nearly 0, so the first steps barely move.
    Preset("plateau", "A plateau", "1 - exp(-x^2)", 2.5, 0.5, 60),
    # f'' = 16 at the minimum but far larger on the right: a rate that is
    # safe at the bottom throws x far to the left from the wall.
    Preset("steep-wall", "A steep wall", "exp(4x) - 4x", 1.0, 0.05, 80),
    # f′ = 2x²(2x − 3) vanishes at the inflection 0, where descent from
    # the left stalls instead of reaching the minimum at 1.5.
    Preset("inflection", "A saddle-like inflection", "x^4 - 2x^3", -1.0, 0.05, 100),
    # No curvature at the kink: a fixed step ends up bouncing across 0.
    Preset("kink", "A kink", "abs(x)", 1.0, 0.3, 12),
)


def find_preset(preset_id: str) -> Preset:
    """Return the preset with this id; raise KeyError for an unknown id."""
    for preset in PRESETS:
        if preset.id == preset_id:
            return preset
    raise KeyError(preset_id)
