"""Colours and text helpers shared by the plots."""

from __future__ import annotations

#: Colours chosen to stay distinguishable for the common forms of colour
#: blindness (Okabe-Ito palette) on a dark background.
COLORS = {
    "curve": "#56B4E9",
    "visited": "#0072B2",
    "current": "#E69F00",
    "label": "#DDDDDD",
    "tangent": "#009E73",
    "update": "#D55E00",
    "loss": "#CC79A7",
    "zero": "#F0E442",
}

#: Colours and symbols of the kept runs of a comparison, one pair per
#: run. The symbols tell the runs apart where colours are hard to see.
COMPARISON_COLORS = ("#F0E442", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#BBBBBB")
COMPARISON_SYMBOLS = ("s", "t", "d", "star", "t1", "p")

#: Colours of the learning-rate regimes: converging from one side,
#: oscillating but converging, diverging.
REGIME_COLORS = {"monotone": "#009E73", "oscillating": "#E69F00", "divergent": "#D55E00"}

_SUBSCRIPT_DIGITS = str.maketrans("0123456789-", "₀₁₂₃₄₅₆₇₈₉₋")


def subscript(number: int) -> str:
    """Write an integer with Unicode subscript digits: 12 -> ₁₂."""
    return str(number).translate(_SUBSCRIPT_DIGITS)
