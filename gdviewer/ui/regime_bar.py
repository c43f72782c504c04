"""Coloured learning-rate bands drawn under the logarithmic slider."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionSlider, QWidget

from ..core.numbers import format_number
from ..model.experiment import Experiment
from .number_inputs import LogSlider
from .plots.style import COLORS, REGIME_COLORS
from .regime_text import limits_text, problem_text

MARKER_HEIGHT = 7
BAND_HEIGHT = 9
LABEL_HEIGHT = 14


class RegimeBar(QWidget):
    """Bands under the slider: monotone below 1/L, oscillating to 2/L, divergent above.

    The bands use the slider's own mapping from value to pixel, so a band
    edge sits under the slider position of its limit. A triangle marks the
    current learning rate, and the limits are labelled. Without regimes
    (no minimum, a kink, a flat minimum) the bar is grey.
    """

    def __init__(self, experiment: Experiment, slider: LogSlider, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regimeBar")
        self._experiment = experiment
        self._slider = slider
        self.setMinimumHeight(MARKER_HEIGHT + BAND_HEIGHT + LABEL_HEIGHT + 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        experiment.functionChanged.connect(self.refresh)
        experiment.parametersChanged.connect(self.refresh)
        self.refresh()

    def x_of(self, learning_rate: float) -> float:
        """Return the pixel column of a learning rate, matching the slider's handle centre."""
        slider = self._slider
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        style = slider.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, slider)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider)
        ticks = math.log10(max(learning_rate, 1e-300)) * slider.TICKS_PER_DECADE
        ticks = min(max(ticks, slider.minimum()), slider.maximum())
        span = groove.width() - handle.width()
        fraction = (ticks - slider.minimum()) / max(slider.maximum() - slider.minimum(), 1)
        left = slider.mapTo(self.window(), groove.topLeft()).x() - self.mapTo(self.window(), self.rect().topLeft()).x()
        return left + handle.width() / 2 + fraction * span

    @Slot()
    @Slot(str)
    def refresh(self, _function_text: str = "") -> None:
        analysis = self._experiment.regimes
        if analysis.regimes is None:
            self.setToolTip(problem_text(analysis))
        else:
            self.setToolTip(
                QCoreApplication.translate("RegimeBar", "Green: monotone. Orange: oscillating but converging. Red: divergent.") + "\n" + limits_text(analysis.regimes)
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = self.x_of(0.0), self.x_of(math.inf)
        regimes = self._experiment.regimes.regimes
        if regimes is None:
            painter.fillRect(QRectF(left, MARKER_HEIGHT, right - left, BAND_HEIGHT), QColor("#555555"))
        else:
            first = self.x_of(regimes.monotone_below)
            second = self.x_of(regimes.divergent_above)
            for (start, end), name in (((left, first), "monotone"), ((first, second), "oscillating"), ((second, right), "divergent")):
                if end > start:
                    band = QRectF(start, MARKER_HEIGHT, end - start, BAND_HEIGHT)
                    painter.fillRect(band, QColor(REGIME_COLORS[name]))
            self._draw_limit_labels(painter, regimes, first, second)
        self._draw_marker(painter)
        painter.end()

    def _draw_limit_labels(self, painter: QPainter, regimes, first: float, second: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        painter.setPen(QPen(self.palette().windowText().color()))
        metrics = painter.fontMetrics()
        labels = [(first, format_number(regimes.monotone_below, 3)), (second, format_number(regimes.divergent_above, 3))]
        previous_end = -math.inf
        for x, text in labels:
            width = metrics.horizontalAdvance(text)
            start = min(max(x - width / 2, 0.0), self.width() - width)
            if start < previous_end + 4:
                start = previous_end + 4
            top = MARKER_HEIGHT + BAND_HEIGHT
            painter.drawText(QRectF(start, top + 1, width + 2, LABEL_HEIGHT), Qt.AlignmentFlag.AlignLeft, text)
            painter.drawLine(int(round(x)), MARKER_HEIGHT, int(round(x)), top + 2)
            previous_end = start + width

    def _draw_marker(self, painter: QPainter) -> None:
        rate = self._experiment.learning_rate
        if rate <= 0:
            return
        x = self.x_of(rate)
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawLine(QPointF(x, MARKER_HEIGHT), QPointF(x, MARKER_HEIGHT + BAND_HEIGHT))
        painter.setPen(QPen(QColor("black"), 1))
        painter.setBrush(QColor(COLORS["current"]))
        painter.drawPolygon(QPolygonF([QPointF(x - 5, 0), QPointF(x + 5, 0), QPointF(x, MARKER_HEIGHT)]))
