"""Axes whose tick labels read like the numbers in the panels (1e6, not 1e+06)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from ...core.numbers import format_number

_SUPERSCRIPT = str.maketrans("0123456789-.", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻·")


class NumberAxis(pg.AxisItem):
    """Labels ticks with gdviewer's number format, with just enough digits.

    Grid lines are drawn in opaque colours mixed with the background.
    pyqtgraph fades them with alpha, and Qt's raster engine draws
    translucent lines without antialiasing far slower than opaque ones:
    48 plot-wide lines took 10 ms against 0.3 ms on a 2-core x86_64. That
    made the grid the costliest part of a repaint.
    The plots keep the axes behind their data (see ``style.show_grid``),
    so the opaque grid looks the same as the faded one.
    """

    def generateDrawSpecs(self, p):
        specs = super().generateDrawSpecs(p)
        if specs is None or self.grid is False:
            return specs
        axis_spec, tick_specs, text_specs = specs
        background = pg.mkColor(pg.getConfigOption("background"))
        pens: dict[int, QPen] = {}
        opaque = []
        for pen, start, end in tick_specs:
            key = id(pen)
            if key not in pens:
                pens[key] = _mixed_with(pen, background)
            opaque.append((pens[key], start, end))
        return axis_spec, opaque, text_specs

    def tickStrings(self, values, scale, spacing):
        step = abs(spacing * scale)
        labels = []
        for value in values:
            real = value * scale
            if real == 0.0 or step == 0.0 or 1e-4 <= abs(real) < 1e6:
                # Plain notation in the everyday range; ten digits hide tick rounding noise.
                labels.append(format_number(real, 10))
                continue
            # Enough significant digits to tell neighbouring ticks apart.
            digits = math.floor(math.log10(abs(real))) - math.floor(math.log10(step)) + 1
            labels.append(format_number(real, min(12, max(1, digits))))
        return labels


class PowerOfTenAxis(NumberAxis):
    """Labels tick value v as 10^v while ``powers`` is on.

    The plot passes log10 of its data itself, so the view never leaves
    pyqtgraph's linear limits, even for values near the largest float.
    """

    def __init__(self, orientation: str = "left", **kwargs):
        super().__init__(orientation, **kwargs)
        self.powers = False

    def set_powers(self, enabled: bool) -> None:
        self.powers = enabled
        self.picture = None
        self.update()

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not self.powers or maxVal - minVal < 1.0:
            return levels
        # Over a decade or more, ticks go on whole powers of ten only.
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1]
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):
        if not self.powers:
            return super().tickStrings(values, scale, spacing)
        labels = []
        for value in values:
            exponent = value * scale
            if abs(exponent) < 4 and spacing * scale < 1:
                labels.append(format_number(10.0**exponent, 3))
            elif float(exponent).is_integer():
                labels.append("10" + str(int(exponent)).translate(_SUPERSCRIPT))
            else:
                labels.append("10" + format_number(exponent, 3).translate(_SUPERSCRIPT))
        return labels


class StepAxis(NumberAxis):
    """An axis of step numbers: ticks only at whole steps."""

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1]
        return whole or [(1.0, 0.0)]


def _mixed_with(pen: QPen, background: QColor) -> QPen:
    """Return ``pen`` with its translucent colour replaced by the opaque colour it shows on ``background``."""
    color = pen.color()
    if color.alpha() == 255 or pen.brush().style() != Qt.BrushStyle.SolidPattern:
        return pen
    weight = color.alphaF()
    mixed = QColor.fromRgbF(
        weight * color.redF() + (1.0 - weight) * background.redF(),
        weight * color.greenF() + (1.0 - weight) * background.greenF(),
        weight * color.blueF() + (1.0 - weight) * background.blueF(),
    )
    opaque = QPen(pen)
    opaque.setColor(mixed)
    return opaque
