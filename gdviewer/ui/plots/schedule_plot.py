"""The learning rate α_k of every racer against the update k, with the player's position."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import QGraphicsItem, QSplitter, QWidget

from ...core.lessons import LessonKind
from ...core.race import MAX_RACERS
from ...core.race_setup import ScheduleSetup
from ...model.experiment import Experiment
from ...model.player import Player
from ..race_names import schedule_name
from .axes import PowerOfTenAxis, StepAxis
from .racer_style import racer_color
from .ranges import finite_bounds, padded_range
from .style import configure_plot, set_label, set_title


class SchedulePlot(pg.PlotWidget):
    """Each racer's α_k on a log axis, for the whole race, or the α_k of a single run.

    The schedule is known before the run is computed, so the curves are
    drawn once per setting and only the position line moves while playing.
    Racers whose learning rates differ draw parallel curves on the log
    axis, because the schedule multiplies each racer's own α. A rate of 0
    cannot be drawn on a log axis and is left out.

    ``kind`` is the lesson kind whose rates the plot shows: a surface
    lesson's race, or the run of a function or regression lesson, drawn in
    the first racer's colour. A ``compact`` plot, stacked under another
    plot in a narrow pane, labels its axis with α_k alone and shows only the
    schedule's name as its title, because longer texts would be cut off.
    """

    def __init__(
        self, experiment: Experiment, player: Player, parent: QWidget | None = None,
        kind: LessonKind = LessonKind.SURFACE, compact: bool = False,
    ):
        axis = PowerOfTenAxis("left")
        axis.set_powers(True)
        super().__init__(parent, axisItems={"left": axis, "bottom": StepAxis("bottom")})
        self.setObjectName("schedulePlot")
        self._experiment = experiment
        self._race = experiment.race
        self._kind = kind
        self._compact = compact
        self._player = player
        self._rates: tuple[np.ndarray, ...] | None = None
        self._run_key: tuple | None = None
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
        experiment.optimizerChanged.connect(self.retranslate)
        if kind is not LessonKind.SURFACE:
            experiment.optimizerChanged.connect(self._show_when_scheduled)
            experiment.parametersChanged.connect(self.refresh)
            self._show_when_scheduled()
        player.positionChanged.connect(self._draw_position)
        self.refresh()

    def curve_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the drawn curve of racer ``index``: updates k and log10(α_k)."""
        slot = self._race.slots[index] if self._kind is LessonKind.SURFACE else index
        xs, ys = self._curves[slot].getData()
        return (np.empty(0), np.empty(0)) if xs is None else (xs, ys)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def retranslate(self) -> None:
        plot = self.getPlotItem()
        set_label(plot, "bottom", QCoreApplication.translate("SchedulePlot", "Update k"))
        schedule = self._race.schedule if self._kind is LessonKind.SURFACE else self._experiment.schedule_setup
        name = schedule_name(schedule.name)
        if self._compact:
            set_label(plot, "left", "α_k")
            set_title(plot, name)
        else:
            set_label(plot, "left", QCoreApplication.translate("SchedulePlot", "Learning rate α_k"))
            set_title(plot, QCoreApplication.translate("SchedulePlot", "α_k: {name}").format(name=name))

    @Slot()
    def refresh(self) -> None:
        """Redraw the curves when the race was set up again; a new chunk changes nothing here."""
        if self._experiment.kind is not self._kind:
            return
        if self._kind is not LessonKind.SURFACE and self.isHidden():
            # A constant rate hides the plot; it is drawn when a schedule shows it.
            return
        slots, rates, steps = self._shown_rates()
        if rates is self._rates:
            return
        self._rates = rates
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
        x_low, x_high = padded_range(0.0, max(float(steps), 1.0), 0.02, 1.0)
        self.getPlotItem().setRange(xRange=(x_low, x_high), yRange=(y_low, y_high), padding=0.0)
        self._draw_position(self._player.position)

    def _shown_rates(self) -> tuple[tuple[int, ...], tuple[np.ndarray, ...], int]:
        """Return the colour slots, their rates α_k and the step count, the same rates object while unchanged."""
        if self._kind is LessonKind.SURFACE:
            return self._race.slots, self._race.learning_rates, self._race.steps
        experiment = self._experiment
        key = (experiment.learning_rate, experiment.steps, experiment.schedule_setup)
        if key != self._run_key or self._rates is None:
            self._run_key = key
            return (0,), (experiment.learning_rates,), experiment.steps
        return (0,), self._rates, experiment.steps

    @Slot()
    def _show_when_scheduled(self) -> None:
        """Show a run's plot only when its learning rate changes from update to update."""
        scheduled = self._experiment.schedule_setup != ScheduleSetup()
        appearing = scheduled and self.isHidden()
        self.setVisible(scheduled)
        splitter = self.parentWidget()
        if appearing and isinstance(splitter, QSplitter):
            # A splitter gives a widget shown again its old width, which is
            # 0 for one hidden from the start, so the views share it evenly.
            total = sum(splitter.sizes())
            splitter.setSizes([total // splitter.count()] * splitter.count())
        self.refresh()

    @Slot(int)
    def _draw_position(self, position: int) -> None:
        self._cursor.setPos(float(position))
