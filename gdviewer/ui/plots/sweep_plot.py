"""The learning-rate sweep: loss after n steps against α on a log axis."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.numbers import format_number
from ...model.experiment import Experiment
from ...model.sweep import HIGHEST_RATE, LOWEST_RATE, MAX_SWEEP_STEPS, SweepModel
from .axes import PowerOfTenAxis
from .ranges import padded_range
from .style import COLORS, REGIME_COLORS, configure_plot, set_label

LOSS = "loss"
STEPS = "steps"


class SweepPlot(pg.PlotWidget):
    """One point per swept learning rate, with the regimes behind and α marked.

    In "loss" mode the y value is f(x_n) after n steps, on a log axis when
    every loss is at least 0. In "steps" mode it is the first step with
    |f′(x)| ≤ the sweep's tolerance. Runs that stopped (diverged or left
    the domain) and runs that never reached the tolerance are drawn as
    triangles along the top edge. A click on the plot sets α.
    """

    def __init__(self, sweep_model: SweepModel, experiment: Experiment, parent: QWidget | None = None):
        self._bottom = PowerOfTenAxis("bottom")
        self._left = PowerOfTenAxis("left")
        super().__init__(parent, axisItems={"bottom": self._bottom, "left": self._left})
        self.setObjectName("sweepPlot")
        self._model = sweep_model
        self._experiment = experiment
        self._mode = LOSS
        self._log_y = False
        self._shown: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))

        configure_plot(self)
        plot = self.getPlotItem()
        self._bottom.set_powers(True)

        self._bands = {name: self._make_band(color) for name, color in REGIME_COLORS.items()}
        self._curve = pg.PlotDataItem(pen=pg.mkPen(COLORS["loss"], width=2), connect="finite")
        self._stopped = pg.ScatterPlotItem(symbol="t1", size=8, pen=None, brush=pg.mkBrush(REGIME_COLORS["divergent"]))
        self._rate_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(COLORS["current"], width=2))
        self._rate_dot = pg.ScatterPlotItem(size=12, pen=pg.mkPen("w", width=2), brush=pg.mkBrush(COLORS["current"]))
        self._message = pg.TextItem(color="#DDDDDD", anchor=(0.5, 0.5))
        self._stopped_note = pg.TextItem(color=REGIME_COLORS["divergent"], anchor=(1.0, 0.0))
        for item in (self._curve, self._stopped, self._rate_line, self._rate_dot):
            plot.addItem(item)
        plot.addItem(self._message, ignoreBounds=True)
        plot.addItem(self._stopped_note, ignoreBounds=True)
        self._rate_dot.setZValue(10)

        self.scene().sigMouseClicked.connect(self._on_clicked)
        sweep_model.sweepChanged.connect(self.refresh)
        experiment.parametersChanged.connect(self._show_rate)
        experiment.functionChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # Public

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def log_y(self) -> bool:
        """True when the y axis shows log10 of the loss."""
        return self._log_y

    def shown_data(self) -> tuple[np.ndarray, np.ndarray]:
        """Return the learning rates and y values drawn (y in log10 units on a log axis)."""
        return self._shown

    def rate_marker(self) -> float | None:
        """Return the learning rate marked as current, or None if α = 0 is off the axis."""
        if not self._rate_line.isVisible():
            return None
        return 10.0 ** self._rate_line.value()

    def band_limits(self) -> dict[str, tuple[float, float]]:
        """Return the learning-rate interval of each visible regime band."""
        limits = {}
        for name, band in self._bands.items():
            if band.isVisible():
                low, high = band.getRegion()
                limits[name] = (10.0**low, 10.0**high)
        return limits

    @Slot(str)
    def set_mode(self, mode: str) -> None:
        if mode not in (LOSS, STEPS):
            raise ValueError(f"unknown sweep mode {mode!r}")
        self._mode = mode
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        set_label(plot, "bottom", QCoreApplication.translate("SweepPlot", "Learning rate α (log scale)"))
        if self._mode == LOSS:
            set_label(plot, "left", QCoreApplication.translate("SweepPlot", "Loss f(xₙ) after n = {steps} steps").format(steps=self._model.steps))
        else:
            set_label(plot, 
                "left",
                QCoreApplication.translate("SweepPlot", "Steps until |f′(x)| ≤ {tolerance}").format(tolerance=format_number(1e-6)),
            )

    # Drawing

    @Slot()
    @Slot(str)
    def refresh(self, _function_text: str = "") -> None:
        self.retranslate()
        result = self._model.result
        if result is None:
            self._show_message(QCoreApplication.translate("SweepPlot", "Computing the sweep…") if self._model.computing else QCoreApplication.translate("SweepPlot", "No sweep for this start point."))
            return
        if self._mode == STEPS and not result.any_reached:
            self._show_message(self._unreached_text())
            return
        self._message.setVisible(False)
        rates = np.log10(result.learning_rates)
        if self._mode == LOSS:
            ys, missing = self._loss_values(result)
        else:
            ys, missing = self._step_values(result)
        self._shown = (result.learning_rates, ys)
        self._curve.setData(rates, ys)

        finite = ys[np.isfinite(ys)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        y_low, y_high = padded_range(low, high, 0.12, 1e-9)
        top = y_high - 0.03 * (y_high - y_low)
        self._stopped.setData(rates[missing], np.full(int(missing.sum()), top))
        self.getPlotItem().setRange(
            xRange=(math.log10(LOWEST_RATE), math.log10(HIGHEST_RATE)), yRange=(y_low, y_high), padding=0.0
        )
        self._stopped_note.setText(
            QCoreApplication.translate("SweepPlot", "▲ stopped: diverged or left the domain") if self._mode == LOSS else QCoreApplication.translate("SweepPlot", "▲ never reached")
        )
        left, right = math.log10(LOWEST_RATE), math.log10(HIGHEST_RATE)
        self._stopped_note.setPos(right - 0.02 * (right - left), top - 0.02 * (y_high - y_low))
        self._stopped_note.setVisible(bool(missing.any()))
        self._show_bands()
        self._show_rate()

    def _unreached_text(self) -> str:
        """Say that no learning rate reaches the tolerance in n steps, and what would help."""
        steps = self._model.steps
        text = QCoreApplication.translate("SweepPlot", "No learning rate reaches |f′(x)| ≤ 1e-6 in n = {steps} steps.").format(steps=steps)
        estimate = self._model.estimated_steps
        suggested = self._model.suggested_steps
        if estimate is None:
            advice = QCoreApplication.translate("SweepPlot", "No run's gradient shrinks, so more steps will not help.")
        elif suggested is None:
            advice = QCoreApplication.translate(
                "SweepPlot", "The fastest run needs an estimated {estimate} steps, more than the {max} steps a sweep computes."
            ).format(estimate=estimate, max=MAX_SWEEP_STEPS)
        else:
            advice = QCoreApplication.translate("SweepPlot", "Raise the step count to {steps} or more.").format(steps=suggested)
        return text + "\n" + advice

    def _loss_values(self, result) -> tuple[np.ndarray, np.ndarray]:
        losses = result.losses
        stopped = ~np.isfinite(losses)
        finite = losses[~stopped]
        self._log_y = bool(finite.size) and bool(np.all(finite >= 0.0))
        self._left.set_powers(self._log_y)
        if not self._log_y:
            return np.where(stopped, np.nan, losses), stopped
        positive = finite[finite > 0]
        # A loss of exactly 0 is drawn a decade below the smallest positive one.
        floor = float(positive.min()) / 10.0 if positive.size else 1e-300
        return np.where(stopped, np.nan, np.log10(np.maximum(losses, floor))), stopped

    def _step_values(self, result) -> tuple[np.ndarray, np.ndarray]:
        self._log_y = False
        self._left.set_powers(False)
        steps = result.steps_to_tolerance.astype(float)
        missing = steps < 0
        return np.where(missing, np.nan, steps), missing

    def _show_bands(self) -> None:
        regimes = self._experiment.regimes.regimes
        if regimes is None:
            for band in self._bands.values():
                band.setVisible(False)
            return
        low, high = math.log10(LOWEST_RATE), math.log10(HIGHEST_RATE)
        first = min(max(math.log10(regimes.monotone_below), low), high)
        second = min(max(math.log10(regimes.divergent_above), low), high)
        for name, region in (("monotone", (low, first)), ("oscillating", (first, second)), ("divergent", (second, high))):
            self._bands[name].setRegion(region)
            self._bands[name].setVisible(region[1] > region[0])

    @Slot()
    def _show_rate(self) -> None:
        rate = self._experiment.learning_rate
        visible = rate > 0 and self._model.result is not None
        self._rate_line.setVisible(visible)
        self._rate_dot.setVisible(False)
        if not visible:
            return
        x = math.log10(rate)
        self._rate_line.setValue(x)
        rates, ys = self._shown
        if rates.size:
            nearest = int(np.argmin(np.abs(np.log10(rates) - x)))
            if np.isfinite(ys[nearest]):
                self._rate_dot.setData([x], [float(ys[nearest])])
                self._rate_dot.setVisible(True)

    def _show_message(self, text: str) -> None:
        self._shown = (np.empty(0), np.empty(0))
        self._curve.setData([], [])
        self._stopped.setData([], [])
        self._stopped_note.setVisible(False)
        self._rate_line.setVisible(False)
        self._rate_dot.setVisible(False)
        for band in self._bands.values():
            band.setVisible(False)
        view = self.getPlotItem().getViewBox()
        (x_low, x_high), (y_low, y_high) = view.viewRange()
        self._message.setText(text)
        self._message.setPos((x_low + x_high) / 2, (y_low + y_high) / 2)
        self._message.setVisible(True)

    def _make_band(self, color: str) -> pg.LinearRegionItem:
        fill = QColor(color)
        fill.setAlpha(45)
        band = pg.LinearRegionItem(brush=pg.mkBrush(fill), pen=pg.mkPen(None), movable=False)
        band.setZValue(-10)
        band.setVisible(False)
        self.getPlotItem().addItem(band, ignoreBounds=True)
        return band

    @Slot(object)
    def _on_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._model.result is None:
            return
        view = self.getPlotItem().getViewBox()
        position = event.scenePos()
        if not view.sceneBoundingRect().contains(position):
            return
        x = view.mapSceneToView(QPointF(position)).x()
        self._experiment.set_learning_rate(float(f"{10.0 ** x:.3g}"))


class SweepView(QWidget):
    """The sweep plot with its mode choice; the sweep is computed only while shown."""

    def __init__(self, sweep_model: SweepModel, experiment: Experiment, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = sweep_model
        self.plot = SweepPlot(sweep_model, experiment)
        self.mode = QComboBox()
        self.mode.setObjectName("sweepMode")
        self.mode.addItem("", LOSS)
        self.mode.addItem("", STEPS)
        self.caption = QLabel()
        self.caption.setObjectName("sweepCaption")
        self.caption.setWordWrap(True)

        header = QHBoxLayout()
        header.addWidget(self.mode)
        header.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)

        self.mode.currentIndexChanged.connect(self._on_mode_chosen)
        sweep_model.sweepChanged.connect(self._show_caption)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.mode.setItemText(0, QCoreApplication.translate("SweepPlot", "Loss after n steps"))
        self.mode.setItemText(1, QCoreApplication.translate("SweepPlot", "Steps to reach |f′(x)| ≤ 1e-6"))
        self.mode.setToolTip(QCoreApplication.translate("SweepPlot", "What to plot against the learning rate"))
        self.plot.setToolTip(QCoreApplication.translate("SweepPlot", "Click to use that learning rate"))
        # refresh() also sets the axis labels and the message drawn on the plot.
        self.plot.refresh()
        self._show_caption()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._model.set_active(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._model.set_active(False)

    @Slot()
    def _show_caption(self) -> None:
        count = len(self._model.learning_rates)
        self.caption.setText(
            QCoreApplication.translate("SweepPlot", "{count} learning rates, each run for {steps} steps from the current start point.").format(
                count=count, steps=self._model.steps
            )
        )

    @Slot(int)
    def _on_mode_chosen(self, index: int) -> None:
        self.plot.set_mode(self.mode.itemData(index))
