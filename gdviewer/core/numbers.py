"""Formatting numbers the same way in the window and on the terminal."""

from __future__ import annotations

import math

SIGNIFICANT_DIGITS = 10


def format_number(value: float, digits: int = SIGNIFICANT_DIGITS) -> str:
    """Format a float with up to ``digits`` significant digits.

    Trailing zeros are dropped (0.6, not 0.6000000000), rounding noise such
    as 0.36000000000000004 reads as 0.36, and negative zero prints as 0.
    The decimal point is always '.', whatever the locale.
    """
    if value == 0.0:
        return "0"
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    text = f"{value:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text
