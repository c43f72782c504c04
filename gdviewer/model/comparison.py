"""Runs kept side by side: snapshots of earlier experiments to compare."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..core.lessons import find_lesson
from ..core.objectives import Objective
from ..core.trajectory import Run, Trajectory
from .experiment import Experiment

log = logging.getLogger(__name__)

#: The maximum number of kept runs; each gets a colour of its own.
MAX_RUNS = 6
#: The lesson pair compares these learning rates on the convergence lesson.
LESSON_PAIR_LESSON = "convergence"
LESSON_PAIR_RATES = (1.0, 0.1)
#: Steps computed at once: the whole of a short run, the start of a long one.
CHUNK_STEPS = 2000


class ComparedRun:
    """One kept run: its parameters, its colour and its (growing) trajectory.

    ``color_index`` (0 … MAX_RUNS − 1) picks the colour and symbol, and it
    stays with the run while other runs come and go.
    """

    def __init__(
        self, objective: Objective, function_text: str, start: float, learning_rate: float, steps: int, color_index: int
    ):
        self.objective = objective
        self.function_text = function_text
        self.start = start
        self.learning_rate = learning_rate
        self.steps = steps
        self.color_index = color_index
        self._run = Run(objective, start, learning_rate, steps)
        self._run.advance(CHUNK_STEPS)
        self._trajectory = self._run.trajectory()

    @property
    def trajectory(self) -> Trajectory:
        return self._trajectory

    @property
    def formula_text(self) -> str:
        """f as gdviewer prints it (2x²), or the text it was given as."""
        formula = getattr(self.objective, "formula", None)
        return formula() if formula is not None else self.function_text

    @property
    def finished(self) -> bool:
        return self._run.finished

    def advance(self, max_steps: int) -> None:
        self._run.advance(max_steps)
        self._trajectory = self._run.trajectory()

    def same_parameters(self, other: ComparedRun) -> bool:
        return (self.function_text, self.start, self.learning_rate, self.steps) == (
            other.function_text,
            other.start,
            other.learning_rate,
            other.steps,
        )


class Comparison(QObject):
    """Up to MAX_RUNS kept runs, drawn over the current one.

    Kept runs are computed in chunks from the event loop, as the
    experiment's own run is. The list is replaced as a whole by
    ``set_runs``, which makes every edit easy to undo.

    Signals
    -------
    runsChanged()
        Runs were added, removed or extended; read ``runs``.
    runsReplaced()
        The set of kept runs changed (``set_runs``), not only their length.
    """

    runsChanged = Signal()
    runsReplaced = Signal()

    def __init__(self, experiment: Experiment, parent: QObject | None = None):
        super().__init__(parent)
        self._experiment = experiment
        self._runs: tuple[ComparedRun, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._compute_chunk)

    @property
    def runs(self) -> tuple[ComparedRun, ...]:
        return self._runs

    @property
    def computing(self) -> bool:
        return any(not run.finished for run in self._runs)

    def set_runs(self, runs) -> None:
        """Show exactly these runs; runs still computing continue."""
        self._runs = tuple(runs)[:MAX_RUNS]
        self.runsReplaced.emit()
        self.runsChanged.emit()
        if self.computing:
            self._timer.start()

    @Slot()
    def stop_computing(self) -> None:
        self._timer.stop()

    # Building runs

    def current_run(self) -> ComparedRun:
        """Return a new kept run with the experiment's current parameters."""
        experiment = self._experiment
        return self._make(
            experiment.objective, experiment.function_text, experiment.start, experiment.learning_rate, experiment.steps
        )

    def runs_like_current(self, settings) -> list[ComparedRun]:
        """Return kept runs of the current function and steps, one per (learning rate, start) pair."""
        experiment = self._experiment
        runs: list[ComparedRun] = []
        for index, (learning_rate, start) in enumerate(settings):
            runs.append(
                ComparedRun(
                    experiment.objective, experiment.function_text, start, learning_rate, experiment.steps, index
                )
            )
        return runs

    def lesson_pair(self) -> tuple[ComparedRun, ComparedRun]:
        """Return the runs α = 1 and α = 0.1 of the convergence lesson, with fresh colours."""
        lesson = find_lesson(LESSON_PAIR_LESSON)
        text = lesson.objective.formula()
        runs = []
        for index, rate in enumerate(LESSON_PAIR_RATES):
            runs.append(ComparedRun(lesson.objective, text, lesson.start, rate, lesson.steps, index))
        return runs[0], runs[1]

    def rejection(self, run: ComparedRun) -> str | None:
        """Return why ``run`` cannot be added, as a message for the user, or None."""
        if len(self._runs) >= MAX_RUNS:
            return QCoreApplication.translate("Comparison", "The comparison holds at most {count} runs: remove one first.").format(count=MAX_RUNS)
        if any(run.same_parameters(kept) for kept in self._runs):
            return QCoreApplication.translate("Comparison", "This run is already in the comparison: change the learning rate or the start point first.")
        return None

    def _make(self, objective, text, start, learning_rate, steps) -> ComparedRun:
        used = {run.color_index for run in self._runs}
        color_index = next(index for index in range(MAX_RUNS + 1) if index not in used) % MAX_RUNS
        return ComparedRun(objective, text, start, learning_rate, steps, color_index)

    @Slot()
    def _compute_chunk(self) -> None:
        for run in self._runs:
            if not run.finished:
                run.advance(CHUNK_STEPS)
        self.runsChanged.emit()
        if self.computing:
            self._timer.start()
