"""Colours and text helpers shared by the plots."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from .axes import NumberAxis

#: The grid's strength, from 0 (none) to 1 (as strong as the axis lines).
GRID_ALPHA = 0.2

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
#: No colour is close to COLORS["visited"], the colour of the current run.
COMPARISON_COLORS = ("#F0E442", "#009E73", "#D55E00", "#CC79A7", "#FFFFFF", "#999999")
COMPARISON_SYMBOLS = ("s", "t", "d", "star", "t1", "p")

#: Colours of the learning-rate regimes: converging from one side,
#: oscillating but converging, diverging.
REGIME_COLORS = {"monotone": "#009E73", "oscillating": "#E69F00", "divergent": "#D55E00"}

_SUBSCRIPT_DIGITS = str.maketrans("0123456789-", "₀₁₂₃₄₅₆₇₈₉₋")


def subscript(number: int) -> str:
    """Write an integer with Unicode subscript digits: 12 -> ₁₂."""
    return str(number).translate(_SUBSCRIPT_DIGITS)

#: Colours of the regression views, from the same palette.
REGRESSION_COLORS = {
    "data": "#56B4E9",
    "selected": "#F0E442",
    "line": "#E69F00",
    "residual": "#D55E00",
    "optimum": "#009E73",
    "weight": "#E69F00",
    "bias": "#CC79A7",
    "path": "#FFFFFF",
}


def configure_plot(widget) -> None:
    """Give a pyqtgraph PlotWidget the look of gdviewer's plots.

    A light grid behind the data, no context menu or auto-range button,
    no mouse panning (the plots set their own ranges) and plain numbers on
    the axes. Axes that are not NumberAxis are replaced by one.
    """
    plot = widget.getPlotItem()
    missing = {name: NumberAxis(name) for name in ("left", "bottom") if not isinstance(plot.getAxis(name), NumberAxis)}
    if missing:
        plot.setAxisItems(missing)
    show_grid(plot)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    widget.setMouseEnabled(False, False)
    for name in ("left", "bottom"):
        plot.getAxis(name).enableAutoSIPrefix(False)
    cache_axes(widget)


def show_grid(plot) -> None:
    """Draw a light grid on a PlotItem, behind its data.

    The axes draw the grid. pyqtgraph stacks them above the data; here they
    go below it, so curves and points are never crossed by a grid line.
    """
    plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).setZValue(-1)


def cache_axes(widget) -> None:
    """Keep each axis of a PlotWidget as a pixmap until its range or labels change.

    Without the cache every repaint of the plot replays the axis drawing,
    text included, which costs more than the curves on a software raster.
    """
    plot = widget.getPlotItem()
    for name in ("left", "bottom"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def set_title(plot, text: str) -> None:
    """Set a PlotItem's title unless it already reads ``text``.

    pyqtgraph lays the whole plot out again on every setTitle, and the
    titles are set again on every parameter change.
    """
    if not plot.titleLabel.isVisible() or plot.titleLabel.text != text:
        plot.setTitle(text)


def set_label(plot, side: str, text: str) -> None:
    """Set the label of a PlotItem's axis unless it already reads ``text``."""
    axis = plot.getAxis(side)
    if not axis.label.isVisible() or axis.labelText != text:
        plot.setLabel(side, text)
