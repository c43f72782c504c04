"""The learning rate α_k of every racer against the update k, with the player's position."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import QGraphicsItem, QWidget

from ...core.lessons import LessonKind
from ...core.race import MAX_RACERS
from ...model.experiment import Experiment
from ...model.player import Player
from ..race_names import schedule_name
from .axes import PowerOfTenAxis, StepAxis
from .racer_style import racer_color
from .ranges import finite_bounds, padded_range
from .style import configure_plot, set_label, set_title


class SchedulePlot(pg.PlotWidget):
    """Each racer's α_k on a log axis, for the whole race.

    The schedule is known before the race is computed, so the curves are
    drawn once per setting and only the position line moves while playing.
    Racers whose learning rates differ draw parallel curves on the log
    axis, because the schedule multiplies each racer's own α. A rate of 0
    cannot be drawn on a log axis and is left out.
    """

    def __init__(self, experiment: Experiment, player: Player, parent: QWidget | None = None):
        axis = PowerOfTenAxis("left")
        axis.set_powers(True)
        super().__init__(parent, axisItems={"left": axis, "bottom": StepAxis("bottom")})
        self.setObjectName("schedulePlot")
        self._experiment = experiment
        self._race = experiment.race
        self._player = player
        self._rates: tuple[np.ndarray, ...] | None = None
        configure_plot(self)

        plot = self.getPlotItem()
        self._curves = []
        for slot in range(MAX_RACERS):
            curve = pg.PlotDataItem(pen=pg.mkPen(racer_color(slot), width=1), autoDownsampleFactor=1.0)
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            # The curves change only with the race's settings, so the moving
            # position line repaints them from a cached pixmap.
            curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            plot.addItem(curve)
            self._curves.append(curve)
        self._cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen((255, 255, 255, 120), width=1))
        plot.addItem(self._cursor, ignoreBounds=True)
        self.retranslate()

        experiment.trajectoryChanged.connect(self.refresh)
        self._race.setupChanged.connect(self.retranslate)
        player.positionChanged.connect(self._draw_position)
        self.refresh()

    def curve_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the drawn curve of racer ``index``: updates k and log10(α_k)."""
        xs, ys = self._curves[self._race.slots[index]].getData()
        return (np.empty(0), np.empty(0)) if xs is None else (xs, ys)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def retranslate(self) -> None:
        plot = self.getPlotItem()
        set_label(plot, "bottom", QCoreApplication.translate("SchedulePlot", "Update k"))
        set_label(plot, "left", QCoreApplication.translate("SchedulePlot", "Learning rate α_k"))
        set_title(plot, QCoreApplication.translate("SchedulePlot", "α_k: {name}").format(
            name=schedule_name(self._race.schedule.name)
        ))

    @Slot()
    def refresh(self) -> None:
        """Redraw the curves when the race was set up again; a new chunk changes nothing here."""
        if self._experiment.kind is not LessonKind.SURFACE:
            return
        rates = self._race.learning_rates
        if rates is self._rates:
            return
        self._rates = rates
        slots = self._race.slots
        for slot in range(MAX_RACERS):
            self._curves[slot].setVisible(slot in slots)
        bounds = []
        for slot, values in zip(slots, rates):
            with np.errstate(divide="ignore"):
                shown = np.where(values > 0.0, np.log10(np.where(values > 0.0, values, 1.0)), np.nan)
            self._curves[slot].setData(np.arange(len(shown), dtype=float), shown, connect="finite")
            bound = finite_bounds(shown)
            if bound is not None:
                bounds.append(bound)
        low = min((bound[0] for bound in bounds), default=-3.0)
        high = max((bound[1] for bound in bounds), default=0.0)
        y_low, y_high = padded_range(low, high, 0.15, 0.5)
        x_low, x_high = padded_range(0.0, max(float(self._race.steps), 1.0), 0.02, 1.0)
        self.getPlotItem().setRange(xRange=(x_low, x_high), yRange=(y_low, y_high), padding=0.0)
        self._draw_position(self._player.position)

    @Slot(int)
    def _draw_position(self, position: int) -> None:
        self._cursor.setPos(float(position))
