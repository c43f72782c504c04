"""The state of one experiment: parameters in, trajectory out."""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable

import numpy as np

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from ..core.expressions import Formula, FormulaError, FormulaObjective, UpdateRule, parse_formula, update_rule
from ..core.analysis import CurvatureAnalysis, analyse_curvature
from ..core.batches import BatchMode, BatchSampler
from ..core.datasets import Dataset
from ..core.lessons import DEFAULT_LESSON_ID, Lesson, LessonKind, find_lesson
from ..core.numbers import format_number
from ..core.objectives import Objective
from ..core.optimizer_setup import OptimizerSetup
from ..core.presets import find_preset
from ..core.race_setup import ScheduleSetup
from ..core.regimes import RegimeAnalysis, analyze_regimes
from ..core.schedules import Schedule
from ..core.trajectory import Run, Trajectory
from .data_messages import overflow_message
from .formula_messages import domain_message, formula_error_message
from .function_choice import formula_of, usable_start
from .data_commands import MovePointCommand, ReplaceDataCommand
from .limits import MAX_ABS_DATA, MAX_ABS_START, MAX_LEARNING_RATE, MAX_STEPS
from .race import RaceModel

log = logging.getLogger(__name__)



class Experiment(QObject):
    """Parameters of one gradient-descent run and the trajectory they give.

    Changing a parameter recomputes the trajectory. The first
    ``CHUNK_STEPS`` updates are computed at once; longer runs continue in
    chunks from the event loop, so the interface stays responsive and a new
    parameter value abandons the old computation.

    A regression lesson also owns a data set. Every edit of it (adding,
    moving, deleting points, importing) goes through ``undo_stack`` and
    recomputes the run at once. Loading a lesson clears the stack. Its
    updates use all points, or mini-batches drawn with a seed
    (``set_update_mode``).

    Function and regression lessons run one optimiser (``optimizer_setup``)
    with one learning-rate schedule (``schedule_setup``). Loading a lesson
    sets plain gradient descent at a constant rate, the update its numbers
    describe. A typed function or a preset keeps the chosen optimiser.

    A surface lesson hands its state to ``race``, a :class:`RaceModel`:
    ``objective``, ``start``, ``steps``, ``computing`` and ``last_step``
    then describe the race, ``trajectory`` is its first racer's, and the
    race's signals arrive as this experiment's.

    Signals
    -------
    lessonChanged(str)
        A lesson was loaded; the payload is its id.
    functionChanged(str)
        The function f was replaced (by a lesson, a preset or typed text);
        the payload is the text to show in the function input.
    parametersChanged()
        The start point, learning rate or step count changed.
    optimizerChanged()
        The optimiser, one of its hyperparameters, the schedule or one of
        its values changed. Read ``optimizer_setup`` and ``schedule_setup``.
        It is emitted after the recomputed trajectory's
        ``trajectoryChanged``, and also when a lesson load resets them.
    trajectoryChanged()
        The trajectory (or a surface lesson's race) was replaced or
        extended; read ``trajectory`` or ``race.trajectories``.
    dataChanged()
        The data set was replaced by an edit, an undo or redo, an import
        or a lesson load; read ``dataset``. It is emitted before the
        recomputed trajectory's ``trajectoryChanged``.
    errorOccurred(str, str)
        A value was rejected: the parameter's name ("function", "start",
        "learning_rate", "steps", "updates", "data", "optimizer" for the
        optimiser and schedule of a function or regression run, or "racer"
        and "schedule" of a race) and a message for the user. The last valid
        state is kept. After a rejected formula, ``function_error`` holds
        the FormulaError with its position.
    """

    lessonChanged = Signal(str)
    functionChanged = Signal(str)
    parametersChanged = Signal()
    optimizerChanged = Signal()
    trajectoryChanged = Signal()
    dataChanged = Signal()
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
        self._dataset: Dataset | None = self._lesson.dataset
        self._curvature = analyse_curvature(self._objective)
        self._batch_size: int | None = None
        self._seed = 0
        self._optimizer = OptimizerSetup()
        self._schedule = ScheduleSetup()
        self._run: Run | None = None
        self._trajectory: Trajectory | None = None
        self._undo_stack = QUndoStack(self)

        self.race = RaceModel(self)
        self.race.raceChanged.connect(self.trajectoryChanged)
        self.race.parametersChanged.connect(self.parametersChanged)
        self.race.errorOccurred.connect(self.errorOccurred)

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
    def kind(self) -> LessonKind:
        return self._lesson.kind

    @property
    def objective(self) -> Objective:
        if self.kind is LessonKind.SURFACE:
            return self.race.objective
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
    def curvature(self) -> CurvatureAnalysis | None:
        """The Hessian's analysis for the current objective, if it is constant."""
        return self._curvature

    @property
    def start(self) -> float | tuple[float, float]:
        """x₀ for a function lesson, (w₀, b₀) for a regression lesson, (x₀, y₀) for a surface lesson."""
        if self.kind is LessonKind.SURFACE:
            return self.race.start
        return self._start

    @property
    def dataset(self) -> Dataset | None:
        """The data of a regression lesson; None for a function lesson."""
        return self._dataset

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @property
    def steps(self) -> int:
        if self.kind is LessonKind.SURFACE:
            return self.race.steps
        return self._steps

    @property
    def trajectory(self) -> Trajectory:
        if self.kind is LessonKind.SURFACE:
            return self.race.trajectories[0]
        return self._trajectory

    @property
    def last_step(self) -> int:
        """The last computed step: of the run, or of the racer that got farthest."""
        if self.kind is LessonKind.SURFACE:
            return self.race.last_step
        return self._trajectory.last_step

    @property
    def computing(self) -> bool:
        """True while a long run is still being extended in the background."""
        if self.kind is LessonKind.SURFACE:
            return self.race.computing
        return self._run is not None and not self._run.finished

    @property
    def samples_batches(self) -> bool:
        """True when each update of a regression lesson averages a random subset of the points."""
        sampler = self.sampler
        return sampler is not None and sampler.mode is not BatchMode.BATCH

    @property
    def sampler(self) -> BatchSampler | None:
        """The batch sampling of a regression lesson's updates; None for other lessons."""
        if self._dataset is None or self.kind is not LessonKind.REGRESSION:
            return None
        return BatchSampler(len(self._dataset), self._batch_size, self._seed)

    @property
    def optimizer_setup(self) -> OptimizerSetup:
        """The optimiser of a function or regression run (a race has its own per racer)."""
        return self._optimizer

    @property
    def schedule_setup(self) -> ScheduleSetup:
        """The learning-rate schedule of a function or regression run."""
        return self._schedule

    @property
    def plain_descent(self) -> bool:
        """True for gradient descent at a constant learning rate.

        The learning-rate regimes, the update factor 1 − α·f″ and the fastest
        rate are worked out for this update only.
        """
        return self._optimizer.is_gradient_descent and self._schedule.name == "constant"

    @property
    def learning_rates(self) -> np.ndarray:
        """α_k of every update k of the run, including those not computed yet."""
        return np.asarray(self._schedule.make(self._learning_rate)(np.arange(self._steps)), dtype=float)

    # Slots

    @Slot(str)
    def load_lesson(self, lesson_id: str) -> None:
        """Load a built-in lesson's function and parameters.

        Raises KeyError for an unknown id.
        """
        lesson = find_lesson(lesson_id)
        self._continue_timer.stop()
        self.race.stop_computing()
        self._lesson = lesson
        self._optimizer, self._schedule = OptimizerSetup(), ScheduleSetup()
        if lesson.kind is LessonKind.SURFACE:
            self._dataset = None
            self._custom_function = False
            self._undo_stack.clear()
            self.race.load_lesson(lesson)
            self.lessonChanged.emit(lesson.id)
            self.parametersChanged.emit()
            self.optimizerChanged.emit()
            return
        self._replace_function(lesson.objective, None, custom=False)
        self._start = lesson.start
        self._learning_rate = lesson.learning_rate
        self._steps = lesson.steps
        self._dataset = lesson.dataset
        self._undo_stack.clear()
        if lesson.kind is LessonKind.REGRESSION:
            self.race.set_regression_objective(lesson.objective)
        self.dataChanged.emit()
        self._restart()
        self.lessonChanged.emit(lesson.id)
        self.functionChanged.emit(self._function_text)
        self.parametersChanged.emit()
        self.optimizerChanged.emit()

    @Slot(str)
    def load_preset(self, preset_id: str) -> None:
        """Load a preset function with its start point, learning rate and steps.

        Raises KeyError for an unknown id.
        """
        preset = find_preset(preset_id)
        formula = parse_formula(preset.formula)
        self._function_error = None
        left_regression = self._leave_regression()
        self._replace_function(FormulaObjective(formula), preset.formula, custom=True)
        self._start = preset.start
        self._learning_rate = preset.learning_rate
        self._steps = preset.steps
        self._restart()
        self._announce_function(left_regression)

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

        # Regression and surface lessons start from two numbers; a function starts from x₀.
        previous_start = self._start if self.kind is LessonKind.FUNCTION else find_lesson(DEFAULT_LESSON_ID).start
        start = usable_start(objective, previous_start)
        if start is None:
            self._function_error = None
            self._reject("function", self._undefined_function_message(objective, previous_start))
            return False
        self._function_error = None
        left_regression = self._leave_regression()
        self._replace_function(objective, text, custom=True)
        self._start = start
        self._restart()
        self._announce_function(left_regression)
        if start != previous_start:
            self._reject("start", self._moved_start_message(objective, previous_start, start))
        return True

    def _leave_regression(self) -> bool:
        """Switch from a regression or surface lesson to the function lessons; return True if it did.

        The learning rate and step count of a regression or a race do not
        suit a function, so they return to the default function lesson's.
        """
        if self.kind is LessonKind.FUNCTION:
            return False
        self.race.stop_computing()
        self._lesson = find_lesson(DEFAULT_LESSON_ID)
        self._learning_rate = self._lesson.learning_rate
        self._steps = self._lesson.steps
        self._dataset = None
        self._undo_stack.clear()
        return True

    def _announce_function(self, left_regression: bool) -> None:
        if left_regression:
            self.dataChanged.emit()
            self.lessonChanged.emit(self._lesson.id)
        self.functionChanged.emit(self._function_text)
        self.parametersChanged.emit()

    @Slot(float)
    def set_learning_rate(self, value: float) -> None:
        """Set α; in a surface lesson every racer gets it."""
        if self.kind is LessonKind.SURFACE:
            self.race.set_all_learning_rates(value)
            return
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
        """Set x₀ of a function lesson; a regression lesson rejects it."""
        if self.kind is LessonKind.REGRESSION:
            self._reject("start", QCoreApplication.translate("Experiment", "This lesson starts from two numbers: set w₀ and b₀."))
            return
        if self.kind is LessonKind.SURFACE:
            self._reject("start", QCoreApplication.translate("Experiment", "This lesson starts from two numbers: set x₀ and y₀."))
            return
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

    @Slot(float, float)
    def set_regression_start(self, weight: float, bias: float) -> None:
        """Set (w₀, b₀) of a regression lesson or (x₀, y₀) of a surface lesson; a function lesson rejects it."""
        if self.kind is LessonKind.SURFACE:
            self.race.set_start(weight, bias)
            return
        if self.kind is not LessonKind.REGRESSION:
            self._reject("start", QCoreApplication.translate("Experiment", "This lesson starts from one number: set x₀."))
            return
        start = (float(weight), float(bias))
        if start == self._start:
            return
        for value in start:
            if not (math.isfinite(value) and abs(value) <= MAX_ABS_START):
                self._reject(
                    "start",
                    QCoreApplication.translate("Experiment", "Start value {value} is invalid: enter a number from {low} to {high}.").format(
                        value=value, low=-MAX_ABS_START, high=MAX_ABS_START
                    ),
                )
                return
        previous = self._start
        self._start = start
        self._regimes = None
        if not self._restart():
            self._start = previous
            self._restart()
            return
        self.parametersChanged.emit()

    @Slot(int)
    def set_steps(self, value: int) -> None:
        if self.kind is LessonKind.SURFACE:
            self.race.set_steps(value)
            return
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

    def set_update_mode(self, batch_size: int | None, seed: int) -> None:
        """Average each update of a regression lesson over ``batch_size`` random points.

        None (or a size of at least the number of points) uses every point,
        and 1 gives stochastic gradient descent. ``seed`` seeds the sampler,
        so the same seed draws the same batches after a reset.
        """
        if (batch_size, seed) == (self._batch_size, self._seed):
            return
        if (batch_size is not None and batch_size < 1) or seed < 0:
            self._reject("updates", QCoreApplication.translate(
                "Experiment", "Batch size {size} and seed {seed} are invalid: use a batch size of at least 1 and a seed of at least 0."
            ).format(size=batch_size, seed=seed))
            return
        self._batch_size = batch_size
        self._seed = int(seed)
        if self.kind is LessonKind.REGRESSION:
            self._restart()
            self.parametersChanged.emit()

    @Slot(str)
    def set_optimizer(self, name: str) -> None:
        """Run a function or regression lesson with optimiser ``name`` at its default hyperparameters."""
        if name == self._optimizer.name:
            return
        try:
            setup = OptimizerSetup(name)
        except ValueError as error:
            self._reject_optimizer(error)
            return
        self._apply_optimizer(setup, self._schedule)

    def set_optimizer_value(self, name: str, value: object) -> None:
        """Set one hyperparameter of the optimiser, such as Adam's ``bias_correction``."""
        try:
            setup = self._optimizer.with_value(name, value)
        except ValueError as error:
            self._reject_optimizer(error)
            return
        self._apply_optimizer(setup, self._schedule)

    @Slot(str)
    def set_schedule(self, name: str) -> None:
        """Use schedule ``name`` (constant, step, exponential or cosine), keeping the warm-up."""
        if name == self._schedule.name:
            return
        try:
            schedule = self._schedule.with_name(name)
        except ValueError as error:
            self._reject_optimizer(error)
            return
        self._apply_optimizer(self._optimizer, schedule)

    def set_schedule_value(self, name: str, value: object) -> None:
        """Set one hyperparameter of the schedule, such as ``warmup_steps``."""
        try:
            schedule = self._schedule.with_value(name, value)
        except ValueError as error:
            self._reject_optimizer(error)
            return
        self._apply_optimizer(self._optimizer, schedule)

    def set_optimizer_setup(self, optimizer: OptimizerSetup, schedule: ScheduleSetup) -> None:
        """Replace the optimiser and the schedule at once, as opening a file does."""
        self._apply_optimizer(optimizer, schedule)

    def _apply_optimizer(self, optimizer: OptimizerSetup, schedule: ScheduleSetup) -> None:
        if (optimizer, schedule) == (self._optimizer, self._schedule):
            return
        if self.kind is LessonKind.SURFACE:
            self._reject("optimizer", QCoreApplication.translate(
                "Experiment", "A race sets an optimizer for each racer: use the race panel."
            ))
            return
        previous = self._optimizer, self._schedule
        self._optimizer, self._schedule = optimizer, schedule
        self._regimes = None
        if not self._restart():
            self._optimizer, self._schedule = previous
            self._restart()
        self.optimizerChanged.emit()

    def _reject_optimizer(self, error: ValueError) -> None:
        log.info("rejected optimizer setting: %s", error)
        self._reject("optimizer", QCoreApplication.translate(
            "Experiment", "{reason}: choose another value."
        ).format(reason=str(error)))
        self.optimizerChanged.emit()

    def _learning_rate_schedule(self) -> float | Schedule:
        """Return the run's learning rate: a float for the default constant schedule, bit for bit as before."""
        if self._schedule == ScheduleSetup():
            return self._learning_rate
        return self._schedule.make(self._learning_rate)

    def compute_all(self) -> None:
        """Finish a long run now instead of chunk by chunk (for saving, opening and export)."""
        if self.kind is LessonKind.SURFACE:
            self.race.compute_all()
            return
        if self._run is not None and not self._run.finished:
            self._continue_timer.stop()
            self._run.advance(self._steps + 1)
            self._trajectory = self._run.trajectory()
            self.trajectoryChanged.emit()

    @Slot()
    def stop_computing(self) -> None:
        """Stop extending a long run or race; the steps computed so far remain."""
        self._continue_timer.stop()
        self.race.stop_computing()

    @Slot()
    def recompute(self) -> None:
        """Compute the trajectory again from the current parameters."""
        self._restart()

    # Data edits, each one undoable

    @Slot(float, float)
    def add_point(self, x: float, y: float) -> None:
        """Append the point (x, y) to the data set."""
        if not self._check_point(x, y):
            return
        text = QCoreApplication.translate("Experiment", "Add point ({x}, {y})").format(x=format_number(x, 4), y=format_number(y, 4))
        self._push_data(text, self._dataset.with_point(x, y))

    def move_point(self, index: int, x: float, y: float, gesture: int = 0) -> None:
        """Move point ``index`` to (x, y).

        Moves that share a non-zero ``gesture`` number (one mouse drag)
        merge into a single undo step.
        """
        if not self._check_point(x, y) or not 0 <= index < len(self._dataset):
            return
        after = self._dataset.with_point_moved(index, x, y)
        text = QCoreApplication.translate("Experiment", "Move point {number}").format(number=index + 1)
        command = MovePointCommand(text, self._apply_dataset, self._dataset, after, index, gesture)
        self._undo_stack.push(command)

    def remove_points(self, indices: Iterable[int]) -> None:
        """Delete the points at ``indices``; the last point cannot be deleted."""
        indices = sorted(set(indices))
        if not indices or self._dataset is None:
            return
        if len(indices) >= len(self._dataset):
            self._reject("data", QCoreApplication.translate("Experiment", "The data needs at least one point, so the last point stays."))
            return
        if len(indices) == 1:
            text = QCoreApplication.translate("Experiment", "Delete point {number}").format(number=indices[0] + 1)
        else:
            text = QCoreApplication.translate("Experiment", "Delete {count} points").format(count=len(indices))
        self._push_data(text, self._dataset.without_points(indices))

    def replace_dataset(self, dataset: Dataset, text: str) -> bool:
        """Replace the whole data set (an import); ``text`` names the undo step.

        Returns False, leaving the data unchanged, if the lesson has no data
        or the loss cannot be evaluated on the new data.
        """
        if self._dataset is None:
            self._reject("data", QCoreApplication.translate("Experiment", "Only the regression lessons use data: choose one first."))
            return False
        return self._push_data(text, dataset)

    # Computation

    def _replace_function(self, objective: Objective, text: str | None, custom: bool) -> None:
        self._objective = objective
        self._curvature = analyse_curvature(objective)
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
        if self.kind is LessonKind.SURFACE:
            self.race.recompute()
            return True
        try:
            run = Run(
                self._objective, self._start, self._learning_rate_schedule(), self._steps,
                optimizer=self._optimizer.make(), sampler=self.sampler,
            )
        except ValueError as error:
            log.info("rejected parameters: %s", error)
            if self.kind is LessonKind.REGRESSION:
                message = QCoreApplication.translate("Experiment", "The loss cannot be evaluated at w = {w}, b = {b}: choose start values closer to 0.")
                message = message.format(w=self._start[0], b=self._start[1])
            else:
                message = self._unusable_start_message(self._start)
            self._reject("start", message)
            return False
        self._run = run
        self._compute_chunk()
        return True

    def _push_data(self, text: str, dataset: Dataset) -> bool:
        objective = self._lesson.objective.with_dataset(dataset)
        if getattr(objective, "overflows", False):
            self._reject("data", overflow_message(dataset))
            return False
        try:
            Run(objective, self._start, self._learning_rate, 0)
        except ValueError as error:
            log.info("rejected data: %s", error)
            self._reject("data", QCoreApplication.translate("Experiment", "The loss is not finite on this data: use smaller numbers."))
            return False
        self._undo_stack.push(ReplaceDataCommand(text, self._apply_dataset, self._dataset, dataset))
        return True

    def _apply_dataset(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self._objective = self._lesson.objective.with_dataset(dataset)
        self._curvature = analyse_curvature(self._objective)
        self.race.set_regression_objective(self._objective)
        self.dataChanged.emit()
        self._restart()

    def _check_point(self, x: float, y: float) -> bool:
        if self._dataset is None:
            self._reject("data", QCoreApplication.translate("Experiment", "Only the regression lessons use data: choose one first."))
            return False
        for value in (x, y):
            if not (math.isfinite(value) and abs(value) <= MAX_ABS_DATA):
                self._reject(
                    "data",
                    QCoreApplication.translate("Experiment", "Point coordinate {value} is invalid: use a number from {low} to {high}.").format(
                        value=value, low=-MAX_ABS_DATA, high=MAX_ABS_DATA
                    ),
                )
                return False
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

    def _undefined_function_message(self, objective: Objective, start: float) -> str:
        violation = objective.domain_violation(np.array([start]))
        reason = domain_message(violation, start) + " " if violation is not None else ""
        return reason + QCoreApplication.translate("Experiment", 
            "The function is not finite at the start point or at any of 0.1, ±0.5, ±1, ±2 and ±3: check where it is defined."
        )
