"""Colours and marker symbols of the racers, by colour slot (0 to 5)."""

from __future__ import annotations

#: Six colours of the Okabe-Ito palette that stay distinguishable for the
#: common forms of colour blindness and stand out on a dark map.
RACER_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#D55E00")

#: A second cue besides colour: each slot's current point has its own shape.
RACER_SYMBOLS = ("o", "s", "t", "d", "star", "h")


def racer_color(slot: int) -> str:
    return RACER_COLORS[slot % len(RACER_COLORS)]


def racer_symbol(slot: int) -> str:
    return RACER_SYMBOLS[slot % len(RACER_SYMBOLS)]
