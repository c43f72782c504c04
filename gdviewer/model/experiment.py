"""The state of one experiment: parameters in, trajectory out."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..core.lessons import DEFAULT_LESSON_ID, Lesson, find_lesson
from ..core.objectives import Objective
from ..core.trajectory import Run, Trajectory

log = logging.getLogger(__name__)

MAX_STEPS = 1_000_000
MAX_LEARNING_RATE = 1000.0
MAX_ABS_START = 1e6


class Experiment(QObject):
    """Parameters of one gradient-descent run and the trajectory they give.

    Changing a parameter recomputes the trajectory. The first
    ``CHUNK_STEPS`` updates are computed at once; longer runs continue in
    chunks from the event loop, so the interface stays responsive and a new
    parameter value abandons the old computation.

    Signals
    -------
    lessonChanged(str)
        A lesson was loaded; the payload is its id.
    parametersChanged()
        The start point, learning rate or step count changed.
    trajectoryChanged()
        The trajectory was replaced or extended; read ``trajectory``.
    errorOccurred(str, str)
        A parameter value was rejected: the parameter's name ("start",
        "learning_rate" or "steps") and a message for the user. The last
        valid state is kept.
    """

    lessonChanged = Signal(str)
    parametersChanged = Signal()
    trajectoryChanged = Signal()
    errorOccurred = Signal(str, str)

    CHUNK_STEPS = 2000

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lesson: Lesson = find_lesson(DEFAULT_LESSON_ID)
        self._objective: Objective = self._lesson.objective
        self._start = self._lesson.start
        self._learning_rate = self._lesson.learning_rate
        self._steps = self._lesson.steps
        self._run: Run | None = None
        self._trajectory: Trajectory | None = None

        self._continue_timer = QTimer(self)
        self._continue_timer.setSingleShot(True)
        self._continue_timer.setInterval(0)
        self._continue_timer.timeout.connect(self._compute_chunk)

        self._restart()

    # Read-only state

    @property
    def lesson(self) -> Lesson:
        return self._lesson

    @property
    def objective(self) -> Objective:
        return self._objective

    @property
    def start(self) -> float:
        return self._start

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @property
    def steps(self) -> int:
        return self._steps

    @property
    def trajectory(self) -> Trajectory:
        return self._trajectory

    @property
    def computing(self) -> bool:
        """True while a long run is still being extended in the background."""
        return self._run is not None and not self._run.finished

    # Slots

    @Slot(str)
    def load_lesson(self, lesson_id: str) -> None:
        """Load a built-in lesson's function and parameters.

        Raises KeyError for an unknown id.
        """
        lesson = find_lesson(lesson_id)
        self._lesson = lesson
        self._objective = lesson.objective
        self._start = lesson.start
        self._learning_rate = lesson.learning_rate
        self._steps = lesson.steps
        self._restart()
        self.lessonChanged.emit(lesson.id)
        self.parametersChanged.emit()

    @Slot(float)
    def set_learning_rate(self, value: float) -> None:
        if value == self._learning_rate:
            return
        if not (math.isfinite(value) and 0.0 <= value <= MAX_LEARNING_RATE):
            self._reject(
                "learning_rate",
                QCoreApplication.translate("Experiment", "Learning rate {value} is invalid: enter a number from 0 to {max}.").format(
                    value=value, max=MAX_LEARNING_RATE
                ),
            )
            return
        self._learning_rate = float(value)
        self._restart()
        self.parametersChanged.emit()

    @Slot(float)
    def set_start(self, value: float) -> None:
        if value == self._start:
            return
        if not (math.isfinite(value) and abs(value) <= MAX_ABS_START):
            self._reject(
                "start",
                QCoreApplication.translate("Experiment", "Start point {value} is invalid: enter a number from {low} to {high}.").format(
                    value=value, low=-MAX_ABS_START, high=MAX_ABS_START
                ),
            )
            return
        previous = self._start
        self._start = float(value)
        if not self._restart():
            self._start = previous
            self._restart()
            return
        self.parametersChanged.emit()

    @Slot(int)
    def set_steps(self, value: int) -> None:
        if value == self._steps:
            return
        if not 0 <= value <= MAX_STEPS:
            self._reject(
                "steps",
                QCoreApplication.translate("Experiment", "Step count {value} is invalid: enter a whole number from 0 to {max}.").format(
                    value=value, max=MAX_STEPS
                ),
            )
            return
        self._steps = int(value)
        self._restart()
        self.parametersChanged.emit()

    @Slot()
    def stop_computing(self) -> None:
        """Stop extending a long run; the steps computed so far remain."""
        self._continue_timer.stop()

    @Slot()
    def recompute(self) -> None:
        """Compute the trajectory again from the current parameters."""
        self._restart()

    # Computation

    def _restart(self) -> bool:
        self._continue_timer.stop()
        try:
            run = Run(self._objective, self._start, self._learning_rate, self._steps)
        except ValueError as error:
            log.info("rejected parameters: %s", error)
            self._reject(
                "start",
                QCoreApplication.translate("Experiment", "The function cannot be evaluated at x = {value}: choose a start point closer to 0.").format(
                    value=self._start
                ),
            )
            return False
        self._run = run
        self._compute_chunk()
        return True

    @Slot()
    def _compute_chunk(self) -> None:
        self._run.advance(self.CHUNK_STEPS)
        self._trajectory = self._run.trajectory()
        if not self._run.finished:
            self._continue_timer.start()
        self.trajectoryChanged.emit()

    def _reject(self, parameter: str, message: str) -> None:
        self.errorOccurred.emit(parameter, message)
