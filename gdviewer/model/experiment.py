"""The state of one experiment: parameters in, trajectory out."""

from __future__ import annotations

import logging
import math

import numpy as np

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..core.expressions import Formula, FormulaError, FormulaObjective, UpdateRule, parse_formula, update_rule
from ..core.lessons import DEFAULT_LESSON_ID, Lesson, find_lesson
from ..core.numbers import format_number
from ..core.objectives import Objective
from ..core.presets import find_preset
from ..core.regimes import RegimeAnalysis, analyze_regimes
from ..core.trajectory import Run, Trajectory
from .formula_messages import domain_message, formula_error_message
from .function_choice import formula_of, usable_start

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
    functionChanged(str)
        The function f was replaced (by a lesson, a preset or typed text);
        the payload is the text to show in the function input.
    parametersChanged()
        The start point, learning rate or step count changed.
    trajectoryChanged()
        The trajectory was replaced or extended; read ``trajectory``.
    errorOccurred(str, str)
        A parameter value was rejected: the parameter's name ("function",
        "start", "learning_rate" or "steps") and a message for the user.
        The last valid state is kept. After a rejected formula,
        ``function_error`` holds the FormulaError with its position.
    """

    lessonChanged = Signal(str)
    functionChanged = Signal(str)
    parametersChanged = Signal()
    trajectoryChanged = Signal()
    errorOccurred = Signal(str, str)

    CHUNK_STEPS = 2000

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lesson: Lesson = find_lesson(DEFAULT_LESSON_ID)
        self._objective: Objective = self._lesson.objective
        self._formula: Formula | None = formula_of(self._objective)
        self._function_text = self._formula_text()
        self._custom_function = False
        self._function_error: FormulaError | None = None
        self._regimes: RegimeAnalysis | None = None
        self._update_rule: UpdateRule | None = None
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
    def formula(self) -> Formula | None:
        """The parsed formula of f, for its derivative and update rule; None if f has no formula."""
        return self._formula

    @property
    def function_text(self) -> str:
        """f as the function input shows it: typed text, or the lesson's formula."""
        return self._function_text

    @property
    def custom_function(self) -> bool:
        """True when f was typed or chosen from the presets rather than set by a lesson."""
        return self._custom_function

    @property
    def function_error(self) -> FormulaError | None:
        """The error of the last rejected formula, until a formula is accepted."""
        return self._function_error

    @property
    def update_rule(self) -> UpdateRule | None:
        """x := x − α·f′(x) written out for f, or None if f has no formula."""
        if self._update_rule is None and self._formula is not None and self._formula.dimension == 1:
            self._update_rule = update_rule(self._formula)
        return self._update_rule

    @property
    def regimes(self) -> RegimeAnalysis:
        """The learning-rate regimes of f from the current start point."""
        if self._regimes is None:
            self._regimes = analyze_regimes(self._objective, self._start)
        return self._regimes

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
        self._replace_function(lesson.objective, None, custom=False)
        self._start = lesson.start
        self._learning_rate = lesson.learning_rate
        self._steps = lesson.steps
        self._restart()
        self.lessonChanged.emit(lesson.id)
        self.functionChanged.emit(self._function_text)
        self.parametersChanged.emit()

    @Slot(str)
    def load_preset(self, preset_id: str) -> None:
        """Load a preset function with its start point, learning rate and steps.

        Raises KeyError for an unknown id.
        """
        preset = find_preset(preset_id)
        formula = parse_formula(preset.formula)
        self._function_error = None
        self._replace_function(FormulaObjective(formula), preset.formula, custom=True)
        self._start = preset.start
        self._learning_rate = preset.learning_rate
        self._steps = preset.steps
        self._restart()
        self.functionChanged.emit(self._function_text)
        self.parametersChanged.emit()

    @Slot(str)
    def set_function(self, text: str) -> bool:
        """Replace f by a typed formula such as ``2x^2``; return True if it was accepted.

        A rejected formula emits errorOccurred("function", message) and
        keeps the previous function. If the new function is undefined at
        the start point, the start moves to a point where it is defined
        and errorOccurred("start", message) reports the move.
        """
        text = text.strip()
        if self._custom_function and text == self._function_text:
            return True
        try:
            objective = FormulaObjective(parse_formula(text))
        except FormulaError as error:
            log.info("rejected formula %r: %s", text, error)
            self._function_error = error
            self._reject("function", formula_error_message(error))
            return False

        start = usable_start(objective, self._start)
        if start is None:
            self._function_error = None
            self._reject("function", self._undefined_function_message(objective))
            return False
        previous_start = self._start
        self._function_error = None
        self._replace_function(objective, text, custom=True)
        self._start = start
        self._restart()
        self.functionChanged.emit(self._function_text)
        self.parametersChanged.emit()
        if start != previous_start:
            self._reject("start", self._moved_start_message(objective, previous_start, start))
        return True

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
        self._regimes = None
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

    def _replace_function(self, objective: Objective, text: str | None, custom: bool) -> None:
        self._objective = objective
        self._formula = formula_of(objective)
        self._function_text = text if text is not None else self._formula_text()
        self._custom_function = custom
        self._regimes = None
        self._update_rule = None

    def _formula_text(self) -> str:
        if self._formula is not None:
            return self._formula.text
        formula = getattr(self._objective, "formula", None)
        return formula() if formula is not None else ""

    def _restart(self) -> bool:
        self._continue_timer.stop()
        try:
            run = Run(self._objective, self._start, self._learning_rate, self._steps)
        except ValueError as error:
            log.info("rejected parameters: %s", error)
            self._reject("start", self._unusable_start_message(self._start))
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

    # Messages

    def _unusable_start_message(self, start: float) -> str:
        violation = self._objective.domain_violation(np.array([start]))
        if violation is not None:
            return domain_message(violation, start) + " " + QCoreApplication.translate("Experiment", "Choose another start point.")
        return QCoreApplication.translate("Experiment", "The function cannot be evaluated at x = {value}: choose a start point closer to 0.").format(
            value=format_number(start)
        )

    def _moved_start_message(self, objective: Objective, previous: float, start: float) -> str:
        violation = objective.domain_violation(np.array([previous]))
        reason = domain_message(violation, previous) if violation is not None else QCoreApplication.translate("Experiment", 
            "f(x) is not finite at x = {x}."
        ).format(x=format_number(previous))
        return QCoreApplication.translate("Experiment", "The start point moved from {old} to {new}. {reason}").format(
            old=format_number(previous), new=format_number(start), reason=reason
        )

    def _undefined_function_message(self, objective: Objective) -> str:
        violation = objective.domain_violation(np.array([self._start]))
        reason = domain_message(violation, self._start) + " " if violation is not None else ""
        return reason + QCoreApplication.translate("Experiment", 
            "The function is not finite at the start point or at any of 0.1, ±0.5, ±1, ±2 and ±3: check where it is defined."
        )
