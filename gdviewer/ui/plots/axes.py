"""An axis that labels log10 values as powers of ten."""

from __future__ import annotations

import pyqtgraph as pg

from ...core.numbers import format_number

_SUPERSCRIPT = str.maketrans("0123456789-.", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻·")


class PowerOfTenAxis(pg.AxisItem):
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


class StepAxis(pg.AxisItem):
    """An axis of step numbers: ticks only at whole steps."""

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1]
        return whole or [(1.0, 0.0)]
