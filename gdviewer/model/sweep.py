"""The learning-rate sweep of the current experiment, kept up to date."""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..core.sweep import Sweep, SweepResult, log_spaced_rates
from .experiment import Experiment

log = logging.getLogger(__name__)

#: The learning rates swept: as many as the benchmark times, over the
#: range of the learning-rate slider.
SWEEP_RATES = 500
LOWEST_RATE = 1e-5
HIGHEST_RATE = 10.0
#: Sweeps longer than this many steps are cut to it. One sweep then costs
#: at most ten times the benchmarked 1,000 steps, an estimated 0.3 s
#: (docs/benchmarks.md), spread over chunks.
MAX_SWEEP_STEPS = 10_000


class SweepModel(QObject):
    """The loss after n steps for SWEEP_RATES learning rates, n being the run's steps.

    It recomputes when the function, start point or step count changes,
    not when only the learning rate does, and only while ``active`` (the
    sweep is on screen). The computation runs in chunks from the event
    loop and a newer request abandons an older one.

    Signals
    -------
    sweepChanged()
        A new sweep is complete, or the sweep was invalidated; read ``result``.
    """

    sweepChanged = Signal()

    CHUNK_STEPS = 250

    def __init__(self, experiment: Experiment, parent: QObject | None = None):
        super().__init__(parent)
        self._experiment = experiment
        self._rates = log_spaced_rates(LOWEST_RATE, HIGHEST_RATE, SWEEP_RATES)
        self._active = False
        self._key = None
        self._sweep: Sweep | None = None
        self._result: SweepResult | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._compute_chunk)

        experiment.functionChanged.connect(self._on_parameters_changed)
        experiment.parametersChanged.connect(self._on_parameters_changed)

    @property
    def result(self) -> SweepResult | None:
        """The last complete sweep for the current parameters, or None."""
        return self._result

    @property
    def computing(self) -> bool:
        return self._sweep is not None

    @property
    def learning_rates(self) -> np.ndarray:
        return self._rates

    @property
    def steps(self) -> int:
        """n, the number of updates each swept run takes."""
        return min(self._experiment.steps, MAX_SWEEP_STEPS)

    @property
    def estimated_steps(self) -> int | None:
        """The estimated step count at which the fastest run reaches the tolerance, or None.

        None while no sweep is complete, once some run has reached the
        tolerance, or when no run's gradient shrinks.
        """
        result = self._result
        if result is None or result.any_reached:
            return None
        return result.estimate_steps_to_tolerance()

    @property
    def suggested_steps(self) -> int | None:
        """A step count to suggest when no run reaches the tolerance, or None.

        It is ten times the current count, or the estimate if that is
        larger, so that many learning rates arrive and not only the
        fastest, and at most MAX_SWEEP_STEPS. None if there is no
        estimate or the estimate is above MAX_SWEEP_STEPS.
        """
        estimate = self.estimated_steps
        if estimate is None or estimate > MAX_SWEEP_STEPS:
            return None
        return min(max(estimate, 10 * self.steps), MAX_SWEEP_STEPS)

    @Slot(bool)
    def set_active(self, active: bool) -> None:
        """Start or stop computing; a sweep that becomes visible catches up at once."""
        self._active = active
        if active:
            self._on_parameters_changed()
        else:
            self.stop_computing()

    @Slot()
    def stop_computing(self) -> None:
        self._timer.stop()
        if self._sweep is not None:
            self._sweep = None
            self._key = None

    @Slot()
    @Slot(str)
    def _on_parameters_changed(self, _function_text: str = "") -> None:
        experiment = self._experiment
        key = (experiment.objective, experiment.start, self.steps)
        if not self._active or key == self._key:
            return
        self._key = key
        self._result = None
        try:
            self._sweep = Sweep(experiment.objective, experiment.start, self._rates, self.steps)
        except ValueError as error:
            log.info("no sweep for these parameters: %s", error)
            self._sweep = None
        self.sweepChanged.emit()
        if self._sweep is not None:
            self._timer.start()

    @Slot()
    def _compute_chunk(self) -> None:
        if self._sweep is None:
            return
        if self._sweep.advance(self.CHUNK_STEPS):
            self._result = self._sweep.result()
            self._sweep = None
            self.sweepChanged.emit()
        else:
            self._timer.start()
