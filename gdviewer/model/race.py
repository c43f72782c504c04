"""The state of a race: surface, start, racers and schedule in, trajectories out."""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..core.contours import ContourGrid, contour_grid
from ..core.expressions import FormulaError
from ..core.formula_surface import (
    SURFACE_VARIABLES,
    FormulaSurface,
    parse_surface_formula,
    surface_of_formula,
    usable_start,
)
from ..core.lessons import FIVE_POINTS, Lesson
from ..core.numbers import format_number
from ..core.objectives import Objective
from ..core.optimizers import OPTIMIZERS
from ..core.race import MAX_RACERS, Race
from ..core.race_setup import (
    REGRESSION_SURFACE,
    RaceSurface,
    RacerSetup,
    ScheduleSetup,
    build_race,
    named_surface,
    objective_surface,
    regression_surface,
    surface_of,
)
from ..core.regression import LinearRegression, RegressionLoss
from ..core.surfaces import Box, Point
from ..core.trajectory import Trajectory
from .formula_messages import formula_error_message
from .limits import MAX_ABS_START, MAX_LEARNING_RATE, MAX_RACE_STEPS

log = logging.getLogger(__name__)

DEFAULT_SURFACE = "bowl"


class RacerEntry(NamedTuple):
    """A racer's settings and its colour slot.

    ``slot`` (0 to 5) stays with the racer while others are added or
    removed, so each racer keeps its colour.
    """

    slot: int
    setup: RacerSetup


class RaceModel(QObject):
    """Up to six optimisers racing from one start on a function of two variables.

    Every change recomputes the race. The first ``CHUNK_STEPS`` updates of
    each racer are computed at once. The rest follow in chunks of the same
    size from the event loop, so the interface stays responsive. A new
    change abandons the old computation.

    Signals
    -------
    surfaceChanged()
        The surface or the box shown around it changed; read ``surface``,
        ``box`` and ``contour``.
    setupChanged()
        A racer was added, removed or edited, or the schedule changed; read
        ``racers``, ``slots`` and ``schedule``.
    parametersChanged()
        The start point or the step count changed.
    raceChanged()
        The trajectories were replaced or extended; read ``trajectories``.
        ``generation`` tells the two apart.
    errorOccurred(str, str)
        A value was rejected: the parameter's name ("start", "steps",
        "racer", "schedule" or "surfaceFormula") and a message for the
        user. The last valid state is kept. After a rejected formula,
        ``formula_error`` contains the FormulaError with its position.
    """

    surfaceChanged = Signal()
    setupChanged = Signal()
    parametersChanged = Signal()
    raceChanged = Signal()
    errorOccurred = Signal(str, str)

    CHUNK_STEPS = 150
    """Updates per racer computed in one turn of the event loop.

    Six racers take about 14 µs per racer step (docs/benchmarks.md), so a
    chunk takes about 13 ms and leaves room for a frame.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._regression = LinearRegression(FIVE_POINTS, RegressionLoss.MEAN_SQUARED_ERROR)
        self._surface = named_surface(DEFAULT_SURFACE)
        self._start: Point = self._surface.start
        self._steps = 300
        self._entries: list[RacerEntry] = [RacerEntry(0, RacerSetup("gd", self._surface.learning_rate_for("gd")))]
        self._schedule = ScheduleSetup()
        self._race: Race | None = None
        self._generation = 0
        self._trajectories: tuple[Trajectory, ...] = ()
        self._rates: tuple[np.ndarray, ...] = ()
        self._contour: ContourGrid | None = None
        self._contour_key: tuple | None = None
        self._formula_error: FormulaError | None = None

        self._chunk_timer = QTimer(self)
        self._chunk_timer.setSingleShot(True)
        self._chunk_timer.setInterval(0)
        self._chunk_timer.timeout.connect(self._compute_chunk)

    # Read-only state

    @property
    def surface(self) -> RaceSurface:
        return self._surface

    @property
    def formula_error(self) -> FormulaError | None:
        """The error of the last rejected surface formula, until a formula is accepted."""
        return self._formula_error

    @property
    def objective(self) -> Objective:
        return self._surface.objective

    @property
    def start(self) -> Point:
        return self._start

    @property
    def steps(self) -> int:
        return self._steps

    @property
    def racers(self) -> tuple[RacerSetup, ...]:
        return tuple(entry.setup for entry in self._entries)

    @property
    def slots(self) -> tuple[int, ...]:
        """Each racer's colour slot, in the order of ``racers``."""
        return tuple(entry.slot for entry in self._entries)

    @property
    def schedule(self) -> ScheduleSetup:
        return self._schedule

    @property
    def trajectories(self) -> tuple[Trajectory, ...]:
        """Each racer's steps computed so far, in the order of ``racers``."""
        return self._trajectories

    @property
    def learning_rates(self) -> tuple[np.ndarray, ...]:
        """Each racer's α_k for every update k of the race, computed or not."""
        return self._rates

    @property
    def generation(self) -> int:
        """A number that grows each time the race is computed anew.

        A ``raceChanged`` that keeps the generation only added steps, so
        the steps a view already shows are unchanged.
        """
        return self._generation

    @property
    def computing(self) -> bool:
        """True while the race is still being extended in the background."""
        return self._race is not None and not self._race.finished

    @property
    def last_step(self) -> int:
        """The last step of the racer that got farthest."""
        return max((trajectory.last_step for trajectory in self._trajectories), default=0)

    @property
    def box(self) -> Box:
        """The region the contour map shows: the surface's box, grown to show the start."""
        return self._surface.box_with(self._start)

    @property
    def contour(self) -> ContourGrid:
        """The values and levels of the surface on a grid over ``box``.

        The grid is computed the first time it is read after the surface or
        the box changed, and kept until the next such change.
        """
        key = (self._surface, self.box)
        if self._contour is None or key != self._contour_key:
            self._contour = contour_grid(self._surface.objective, self.box)
            self._contour_key = key
        return self._contour

    # Slots: the whole race

    def load_lesson(self, lesson: Lesson) -> None:
        """Take a surface lesson's surface, start, step count and racers."""
        self._surface = surface_of(lesson.objective, lesson.start)
        self._start = (float(lesson.start[0]), float(lesson.start[1]))
        self._steps = lesson.steps
        self._entries = [RacerEntry(slot, setup) for slot, setup in enumerate(lesson.racers)]
        self._schedule = ScheduleSetup()
        self._restart()
        self.surfaceChanged.emit()
        self.setupChanged.emit()
        self.parametersChanged.emit()

    def restore(
        self,
        surface: RaceSurface,
        start: Point,
        steps: int,
        entries: Sequence[RacerEntry],
        schedule: ScheduleSetup,
    ) -> bool:
        """Replace the whole race at once, keeping each racer's colour slot, as opening a file does.

        Returns False and keeps the previous race if the surface is not
        finite at ``start``; errorOccurred("start", message) reports it.
        Raises ValueError unless there are 1 to 6 entries with distinct
        slots from 0 to 5 and ``steps`` is at most ``MAX_RACE_STEPS``.
        """
        slots = [entry.slot for entry in entries]
        if not 1 <= len(slots) <= MAX_RACERS or len(set(slots)) != len(slots) or not set(slots) <= set(range(MAX_RACERS)):
            raise ValueError(f"racer slots {slots} are invalid: give 1 to {MAX_RACERS} racers distinct slots from 0 to {MAX_RACERS - 1}")
        if not 0 <= steps <= MAX_RACE_STEPS:
            raise ValueError(f"step count {steps} is invalid for a race: expected 0 to {MAX_RACE_STEPS}")
        previous = (self._surface, self._start, self._steps, self._entries, self._schedule)
        self._surface = surface
        self._start = (float(start[0]), float(start[1]))
        self._steps = int(steps)
        self._entries = list(entries)
        self._schedule = schedule
        if not self._restart():
            self._surface, self._start, self._steps, self._entries, self._schedule = previous
            self._restart()
            return False
        self.surfaceChanged.emit()
        self.setupChanged.emit()
        self.parametersChanged.emit()
        return True

    @Slot(str)
    def set_surface(self, name: str) -> None:
        """Race on another surface, from its suggested start.

        The racers keep their optimisers and hyperparameters; each learning
        rate becomes the new surface's suggestion for its optimiser.
        Raises ValueError for an unknown name.
        """
        if name == REGRESSION_SURFACE:
            surface = regression_surface(self._regression)
        else:
            surface = named_surface(name)
        self._replace_surface(surface)

    def set_objective_surface(self, objective: Objective, box: Box, start: Point, formula: str) -> None:
        """Race on any two-variable objective, for example a typed formula in x and y.

        Raises ValueError unless the objective has dimension 2.
        """
        self._replace_surface(objective_surface(objective, box, start, formula))

    @Slot(str)
    def set_formula_surface(self, text: str) -> bool:
        """Race on a function of x and y typed as text, such as ``x^2 + 10y^2``; return True if accepted.

        The start stays where it is if f is finite there. Otherwise it
        moves to the first usable fallback start, and errorOccurred("start",
        message) reports the move. A rejected formula emits
        errorOccurred("surfaceFormula", message) and keeps the previous
        surface. ``surface.typed_formula`` returns the accepted text.
        """
        text = text.strip()
        try:
            formula = parse_surface_formula(text)
        except FormulaError as error:
            log.info("rejected surface formula %r: %s", text, error)
            self._formula_error = error
            self._reject("surfaceFormula", formula_error_message(error, SURFACE_VARIABLES))
            return False
        self._formula_error = None
        previous_start = self._start
        start = usable_start(FormulaSurface(formula), previous_start)
        if start is None:
            self._reject("surfaceFormula", QCoreApplication.translate(
                "RaceModel",
                "f(x, y) is not finite at the start ({x}, {y}) nor at the points tried near (1, 1). "
                "Type a function that is defined near the origin.",
            ).format(x=format_number(previous_start[0]), y=format_number(previous_start[1])))
            return False
        self._replace_surface(surface_of_formula(formula, start))
        if start != previous_start:
            self._reject("start", QCoreApplication.translate(
                "RaceModel", "f(x, y) is not finite at ({x}, {y}), so the race starts at ({new_x}, {new_y})."
            ).format(
                x=format_number(previous_start[0]), y=format_number(previous_start[1]),
                new_x=format_number(start[0]), new_y=format_number(start[1]),
            ))
        return True

    def set_regression_objective(self, objective: LinearRegression) -> None:
        """Keep this regression's data for the surface J(w, b) when it is chosen next."""
        self._regression = objective

    @Slot(float, float)
    def set_start(self, x: float, y: float) -> None:
        """Start every racer from (x, y); a point where the surface is not finite is rejected."""
        start = (float(x), float(y))
        if start == self._start:
            return
        for value in start:
            if not (math.isfinite(value) and abs(value) <= MAX_ABS_START):
                self._reject("start", QCoreApplication.translate(
                    "RaceModel", "Start value {value} is invalid: enter a number from {low} to {high}."
                ).format(value=value, low=-MAX_ABS_START, high=MAX_ABS_START))
                return
        previous_box = self.box
        previous = self._start
        self._start = start
        if not self._restart():
            self._start = previous
            self._restart()
            return
        if self.box != previous_box:
            self.surfaceChanged.emit()
        self.parametersChanged.emit()

    @Slot(int)
    def set_steps(self, value: int) -> None:
        if value == self._steps:
            return
        if not 0 <= value <= MAX_RACE_STEPS:
            self._reject("steps", QCoreApplication.translate(
                "RaceModel", "Step count {value} is invalid for a race: enter a whole number from 0 to {max}."
            ).format(value=value, max=MAX_RACE_STEPS))
            return
        self._steps = int(value)
        self._restart()
        self.parametersChanged.emit()

    def set_racers(self, setups: tuple[RacerSetup, ...]) -> None:
        """Replace every racer, giving them the colour slots 0, 1, …; 1 to 6 racers are accepted."""
        if not 1 <= len(setups) <= MAX_RACERS:
            self._reject("racer", QCoreApplication.translate("RaceModel", "A race has at most {count} racers.").format(count=MAX_RACERS))
            return
        self._entries = [RacerEntry(slot, setup) for slot, setup in enumerate(setups)]
        self._apply_setup()

    @Slot(float)
    def set_all_learning_rates(self, value: float) -> None:
        """Give every racer the same learning rate α."""
        if not self._check_rate(value):
            return
        self._entries = [RacerEntry(entry.slot, replace(entry.setup, learning_rate=float(value))) for entry in self._entries]
        self._apply_setup()

    @Slot()
    def recompute(self) -> None:
        """Compute the race again from the same settings (the same seeds give the same batches)."""
        self._restart()

    @Slot()
    def stop_computing(self) -> None:
        """Stop extending the race; the steps computed so far remain."""
        self._chunk_timer.stop()

    # Slots: the racers

    @Slot()
    def add_racer(self) -> None:
        """Add a racer with the first optimiser not yet racing, at the surface's suggested rate."""
        if len(self._entries) >= MAX_RACERS:
            self._reject("racer", QCoreApplication.translate("RaceModel", "A race has at most {count} racers.").format(count=MAX_RACERS))
            return
        used = {entry.setup.optimizer for entry in self._entries}
        name = next((name for name in OPTIMIZERS if name not in used), "gd")
        free = min(set(range(MAX_RACERS)) - {entry.slot for entry in self._entries})
        self._entries.append(RacerEntry(free, RacerSetup(name, self._surface.learning_rate_for(name))))
        self._apply_setup()

    @Slot(int)
    def remove_racer(self, index: int) -> None:
        """Remove the racer at ``index``; the last racer stays."""
        if len(self._entries) <= 1 or not 0 <= index < len(self._entries):
            return
        del self._entries[index]
        self._apply_setup()

    def set_racer_optimizer(self, index: int, name: str) -> None:
        """Give racer ``index`` another optimiser, with its default hyperparameters and suggested rate.

        The batch size and seed stay. Raises ValueError for an unknown name.
        """
        entry = self._entries[index]
        if name == entry.setup.optimizer:
            return
        setup = RacerSetup(name, self._surface.learning_rate_for(name), {}, entry.setup.batch_size, entry.setup.seed)
        self._entries[index] = RacerEntry(entry.slot, setup)
        self._apply_setup()

    def set_racer_learning_rate(self, index: int, value: float) -> None:
        entry = self._entries[index]
        if value == entry.setup.learning_rate or not self._check_rate(value):
            return
        self._entries[index] = RacerEntry(entry.slot, replace(entry.setup, learning_rate=float(value)))
        self._apply_setup()

    def set_racer_hyperparameter(self, index: int, name: str, value: Any) -> None:
        """Set one hyperparameter of racer ``index``; a value out of range is rejected with a message."""
        entry = self._entries[index]
        if entry.setup.value(name) == value:
            return
        try:
            setup = entry.setup.with_value(name, value)
        except ValueError as error:
            log.info("rejected hyperparameter: %s", error)
            self._reject("racer", QCoreApplication.translate(
                "RaceModel", "{name} = {value} is invalid for this optimizer: choose a value in its range."
            ).format(name=name, value=value))
            return
        self._entries[index] = RacerEntry(entry.slot, setup)
        self._apply_setup()

    def set_racer_batches(self, index: int, batch_size: int | None, seed: int) -> None:
        """Set the points per update (None for all) and the sampler's seed of racer ``index``."""
        entry = self._entries[index]
        if (batch_size, seed) == (entry.setup.batch_size, entry.setup.seed):
            return
        if (batch_size is not None and batch_size < 1) or seed < 0:
            self._reject("racer", QCoreApplication.translate(
                "RaceModel", "Batch size {size} and seed {seed} are invalid: use a batch size of at least 1 and a seed of at least 0."
            ).format(size=batch_size, seed=seed))
            return
        self._entries[index] = RacerEntry(entry.slot, replace(entry.setup, batch_size=batch_size, seed=int(seed)))
        self._apply_setup()

    # Slots: the schedule

    @Slot(str)
    def set_schedule(self, name: str) -> None:
        """Use another schedule for every racer, keeping the warm-up. Raises ValueError for an unknown name."""
        if name == self._schedule.name:
            return
        self._schedule = self._schedule.with_name(name)
        self._apply_setup()

    def set_schedule_value(self, name: str, value: Any) -> None:
        """Set one hyperparameter of the schedule; a value out of range is rejected with a message."""
        if self._schedule.value(name) == value:
            return
        try:
            self._schedule = self._schedule.with_value(name, value)
        except ValueError as error:
            log.info("rejected schedule value: %s", error)
            self._reject("schedule", QCoreApplication.translate(
                "RaceModel", "{name} = {value} is invalid for this schedule: choose a value in its range."
            ).format(name=name, value=value))
            return
        self._apply_setup()

    # Computation

    def _replace_surface(self, surface: RaceSurface) -> None:
        self._surface = surface
        self._start = surface.start
        self._entries = [
            RacerEntry(entry.slot, replace(entry.setup, learning_rate=surface.learning_rate_for(entry.setup.optimizer)))
            for entry in self._entries
        ]
        self._restart()
        self.surfaceChanged.emit()
        self.setupChanged.emit()
        self.parametersChanged.emit()

    def _apply_setup(self) -> None:
        self._restart()
        self.setupChanged.emit()

    def _restart(self) -> bool:
        """Start the race again from the current settings; return False if it was rejected."""
        self._chunk_timer.stop()
        setups = self.racers
        try:
            race = build_race(self._surface, self._start, setups, self._schedule, self._steps)
        except ValueError as error:
            log.info("rejected race: %s", error)
            x, y = self._start
            self._reject("start", QCoreApplication.translate(
                "RaceModel", "The surface cannot be evaluated at ({x}, {y}): choose a start point closer to its minimum."
            ).format(x=x, y=y))
            return False
        self._race = race
        self._generation += 1
        updates = np.arange(self._steps)
        self._rates = tuple(np.asarray(self._schedule.make(setup.learning_rate)(updates), dtype=float) for setup in setups)
        self._compute_chunk()
        return True

    def compute_all(self) -> None:
        """Finish the race now instead of chunk by chunk (for saving and opening)."""
        if not self._race.finished:
            self._chunk_timer.stop()
            self._race.advance(self._steps + 1)
            self._trajectories = self._race.trajectories()
            self.raceChanged.emit()

    @Slot()
    def _compute_chunk(self) -> None:
        self._race.advance(self.CHUNK_STEPS)
        self._trajectories = self._race.trajectories()
        if not self._race.finished:
            self._chunk_timer.start()
        self.raceChanged.emit()

    def _check_rate(self, value: float) -> bool:
        if math.isfinite(value) and 0.0 <= value <= MAX_LEARNING_RATE:
            return True
        self._reject("racer", QCoreApplication.translate(
            "RaceModel", "Learning rate {value} is invalid: enter a number from 0 to {max}."
        ).format(value=value, max=MAX_LEARNING_RATE))
        return False

    def _reject(self, parameter: str, message: str) -> None:
        self.errorOccurred.emit(parameter, message)

