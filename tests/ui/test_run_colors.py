"""The current run has one colour in every plot, apart from the kept runs of a comparison."""

import pyqtgraph as pg
from PySide6.QtGui import QColor

from gdviewer.ui.plots.style import COMPARISON_COLORS


def lab(color: QColor) -> tuple[float, float, float]:
    """Convert an sRGB colour to CIE L*a*b* under the D65 white point (the standard sRGB matrices)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(channel) for channel in color.getRgbF()[:3])
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def color_distance(first: QColor, second: QColor) -> float:
    """Return the CIE76 colour difference ΔE between two colours.

    As a rough estimate, colours more than about 25 apart are distinct at a glance.
    """
    return sum((a - b) ** 2 for a, b in zip(lab(first), lab(second))) ** 0.5


def test_loss_curve_matches_visited_points(window):
    window.experiment.load_lesson("convergence")

    visited = window.function_plot._visited.opts["brush"].color()
    curve = window.loss_plot._curve.opts["pen"].color()
    assert curve.name() == visited.name()


def test_regression_loss_matches_path(window):
    window.experiment.load_lesson("regression")

    path = pg.mkPen(window.regression_views.contour_plot._path.opts["pen"]).color()
    curve = window.regression_views.loss_plot._curve.opts["pen"].color()
    assert curve.name() == path.name()


def test_kept_runs_differ_from_current(window):
    current = window.loss_plot._curve.opts["pen"].color()
    for color in COMPARISON_COLORS:
        assert color_distance(QColor(color), current) > 30, color


def test_kept_runs_differ_from_function_curve(window):
    curve = window.function_plot._curve.opts["pen"].color()
    for color in COMPARISON_COLORS:
        assert color_distance(QColor(color), curve) > 30, color
