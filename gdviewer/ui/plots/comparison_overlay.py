"""Kept runs of a comparison drawn over the function and loss plots.

Each kept run gets a fixed set of items (its path, a marker at the
player's position, and on the function plot its own curve if its
function differs from the current one). The items are created once and
updated with setData, so drawing a frame creates no items.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from ...core.numbers import format_number
from ...model.comparison import MAX_RUNS, ComparedRun, Comparison
from ...model.experiment import Experiment
from .style import COMPARISON_COLORS, COMPARISON_SYMBOLS

CURVE_SAMPLES = 400


def run_label(run: ComparedRun, experiment: Experiment) -> str:
    """Label a kept run by its learning rate, adding the function and start where they differ from the current run."""
    parts = [f"α = {format_number(run.learning_rate)}"]
    if run.start != experiment.start:
        parts.append(f"x₀ = {format_number(run.start)}")
    if not same_function(run.objective, experiment.objective):
        parts.append(f"f = {run.formula_text}")
    return ", ".join(parts)


def same_function(first, second) -> bool:
    """True if two objectives are the same function as far as their formulas tell."""
    if first is second:
        return True
    first_text = getattr(first, "formula", None)
    second_text = getattr(second, "formula", None)
    return first_text is not None and second_text is not None and first_text() == second_text()


class _RunItems:
    """The plot items of one colour slot."""

    def __init__(self, plot: pg.PlotItem, index: int, with_curve: bool):
        color = COMPARISON_COLORS[index]
        symbol = COMPARISON_SYMBOLS[index]
        self.path = pg.PlotDataItem(
            pen=pg.mkPen(color, width=1.5),
            symbol=symbol,
            symbolSize=7,
            symbolPen=None,
            symbolBrush=color,
        )
        self.head = pg.ScatterPlotItem(
            symbol=symbol, size=14, pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush(color)
        )
        self.curve = None
        if with_curve:
            self.curve = pg.PlotDataItem(pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine), connect="finite")
            plot.addItem(self.curve)
        plot.addItem(self.path)
        plot.addItem(self.head)
        self.path.setZValue(5)
        self.head.setZValue(9)
        self.hide()

    def hide(self) -> None:
        for item in (self.path, self.head, self.curve):
            # Hidden items are left alone, so a plot without kept runs costs nothing per frame.
            if item is not None and item.isVisible():
                item.setData([], [])
                item.setVisible(False)


class ComparisonOverlay:
    """Draws the kept runs of ``comparison`` on a plot, up to the player's position.

    ``kind`` is "function" (points (x_k, f(x_k))) or "loss" (points
    (k, f(x_k))). The owning plot calls ``draw`` with its own scaling and
    includes ``bounds`` in its range.
    """

    def __init__(self, plot: pg.PlotItem, comparison: Comparison, experiment: Experiment, kind: str):
        self._comparison = comparison
        self._experiment = experiment
        self._kind = kind
        self._slots = [_RunItems(plot, index, with_curve=kind == "function") for index in range(MAX_RUNS)]
        self._legend = pg.LegendItem(offset=(-8, 8), labelTextColor="#DDDDDD", brush=pg.mkBrush(20, 20, 20, 200))
        self._legend.setParentItem(plot.getViewBox())
        self._legend.setVisible(False)
        self._legend_key = None
        self._view_box = plot.getViewBox()
        self._corner = (1, 0)

    def runs(self) -> tuple[ComparedRun, ...]:
        return self._comparison.runs

    def bounds(self, position: int) -> list[tuple[np.ndarray, np.ndarray]]:
        """Return each kept run's (xs, ys) up to one step past ``position``, for the plot range."""
        shown = []
        for run in self.runs():
            trajectory = run.trajectory
            last = min(position + 1, trajectory.last_step)
            shown.append(self._coordinates(trajectory, last))
        return shown

    def draw(self, position: int, sx: float = 1.0, sy: float = 1.0, transform=None) -> None:
        """Draw every kept run up to ``position``, dividing x by sx and y by sy.

        ``transform``, if given, maps the loss values before scaling (the
        loss plot passes its log10 mapping).
        """
        runs = {run.color_index: run for run in self.runs()}
        for index, items in enumerate(self._slots):
            run = runs.get(index)
            if run is None:
                items.hide()
                continue
            trajectory = run.trajectory
            step = min(position, trajectory.last_step)
            xs, ys = self._coordinates(trajectory, step)
            if transform is not None:
                ys = transform(ys)
            items.path.setData(xs / sx, ys / sy)
            items.head.setData([float(xs[-1] / sx)], [float(ys[-1] / sy)])
            items.path.setVisible(True)
            items.head.setVisible(True)

    def draw_curves(self, view: tuple[float, float, float, float], sx: float, sy: float) -> None:
        """Draw the function of each kept run that differs from the current function."""
        runs = {run.color_index: run for run in self.runs()}
        x_low, x_high, y_low, y_high = view
        grid = np.linspace(x_low, x_high, CURVE_SAMPLES)
        limit = y_high + 4.0 * (y_high / 2 - y_low / 2)
        for index, items in enumerate(self._slots):
            run = runs.get(index)
            if items.curve is None:
                continue
            if run is None or same_function(run.objective, self._experiment.objective):
                items.curve.setData([], [])
                items.curve.setVisible(False)
                continue
            with np.errstate(all="ignore"):
                values = run.objective.value(grid[:, np.newaxis])
            values = np.where(np.isfinite(values) & (values <= limit), values, np.nan)
            items.curve.setData(grid / sx, values / sy)
            items.curve.setVisible(True)

    def update_legend(self, current_sample, current_label: str) -> None:
        """Rebuild the legend when the runs or their labels changed."""
        runs = sorted(self.runs(), key=lambda run: run.color_index)
        labels = [(run.color_index, run_label(run, self._experiment)) for run in runs]
        # Without kept runs there is no legend, whatever the current run's label.
        key = (current_label, tuple(labels)) if runs else None
        if key == self._legend_key:
            return
        self._legend_key = key
        self._legend.clear()
        if not runs:
            self._legend.setVisible(False)
            return
        self._legend.addItem(current_sample, current_label)
        for index, label in labels:
            self._legend.addItem(self._slots[index].path, label)
        self._legend.setVisible(True)

    @property
    def legend(self) -> pg.LegendItem:
        return self._legend

    @property
    def legend_corner(self) -> tuple[int, int] | None:
        """The corner of the view that contains the legend, (1, 0) for top right, or None while it is hidden."""
        return self._corner if self._legend.isVisible() else None

    def place_legend(self, shown: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """Move the legend to the corner of the view that hides the fewest drawn points.

        ``shown`` lists the plot's own (x, y) data in view coordinates; the
        kept runs' paths are added here. The legend stays where it is
        unless another corner hides fewer points.
        """
        if not self._legend.isVisible():
            return
        points = [*shown, *(items.path.getData() for items in self._slots if items.path.isVisible())]
        xs = np.concatenate([np.asarray(x, dtype=float) for x, _ in points if x is not None] or [np.empty(0)])
        ys = np.concatenate([np.asarray(y, dtype=float) for _, y in points if y is not None] or [np.empty(0)])
        counts = {corner: self._hidden_count(corner, xs, ys) for corner in ((1, 0), (0, 0), (1, 1), (0, 1))}
        best = min(counts, key=lambda corner: counts[corner])
        if counts[best] < counts[self._corner]:
            self._corner = best
        horizontal, vertical = self._corner
        offset = (-8 if horizontal else 8, -8 if vertical else 8)
        self._legend.anchor(itemPos=self._corner, parentPos=self._corner, offset=offset)

    def _hidden_count(self, corner: tuple[int, int], xs: np.ndarray, ys: np.ndarray) -> int:
        """Count the points under the legend if it sat in ``corner`` ((1, 0) is top right)."""
        box = self._view_box
        width = self._legend.boundingRect().width() + 16
        height = self._legend.boundingRect().height() + 16
        rect = box.boundingRect()
        left = rect.right() - width if corner[0] else rect.left()
        top = rect.bottom() - height if corner[1] else rect.top()
        first = box.mapToView(pg.Point(left, top))
        second = box.mapToView(pg.Point(left + width, top + height))
        x_low, x_high = sorted((first.x(), second.x()))
        y_low, y_high = sorted((first.y(), second.y()))
        with np.errstate(invalid="ignore"):
            inside = (xs >= x_low) & (xs <= x_high) & (ys >= y_low) & (ys <= y_high)
        return int(np.count_nonzero(inside))

    def legend_labels(self) -> list[str]:
        """Return the texts of the legend, current run first."""
        return [label.text for _sample, label in self._legend.items]

    def shown_points(self, color_index: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the (x, y) data drawn for the run with this colour, as passed to pyqtgraph."""
        items = self._slots[color_index]
        xs, ys = items.path.getData()
        return (np.array([]) if xs is None else xs), (np.array([]) if ys is None else ys)

    def _coordinates(self, trajectory, step: int) -> tuple[np.ndarray, np.ndarray]:
        losses = trajectory.losses[: step + 1]
        if self._kind == "function":
            return trajectory.points[: step + 1, 0], losses
        return np.arange(step + 1, dtype=float), losses


def current_run_label(experiment: Experiment) -> str:
    """Return the legend entry of the live run."""
    return QCoreApplication.translate("ComparisonOverlay", "current run, α = {rate}").format(rate=format_number(experiment.learning_rate))


def log_of_losses(floor: float):
    """Map losses to log10, drawing losses ≤ 0 at ``floor`` as the loss plot does."""

    def transform(values: np.ndarray) -> np.ndarray:
        return np.log10(np.where(values > 0, values, floor))

    return transform


def positive_bounds(arrays) -> tuple[float, float] | None:
    """Return the smallest and largest positive value over several arrays, or None."""
    low, high = math.inf, -math.inf
    for values in arrays:
        positive = values[values > 0]
        if positive.size:
            low = min(low, float(positive.min()))
            high = max(high, float(positive.max()))
    return None if low == math.inf else (low, high)
