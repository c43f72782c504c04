"""The settings of a race as plain data: surface, racers and learning-rate schedule.

The window and the command line describe a race with these immutable
objects and turn them into a :class:`~gdviewer.core.race.Race` with
:func:`build_race`:

- :class:`RaceSurface` is a function of two variables together with what
  a contour view needs: the box to show, a start point, the minimisers
  and saddle points, and learning rates that suit each optimiser.
- :class:`RacerSetup` is one racer: an optimiser name, its learning rate,
  its hyperparameters (only those that differ from the defaults) and,
  on data, its batch size and seed.
- :class:`ScheduleSetup` is the learning-rate schedule that every racer
  applies to its own learning rate.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

import numpy as np

from .batches import BatchObjective, BatchSampler
from .objectives import Objective
from .optimizers import OPTIMIZERS, make_optimizer
from .race import Race, Racer
from .regression import LinearRegression
from .schedules import SCHEDULES, Schedule
from .surfaces import SURFACES, Box, Point, Surface, make_surface

REGRESSION_SURFACE = "regression"
"""The name of the surface J(w, b) of a linear regression on data."""

FORMULA_SURFACE = "formula"
"""The name of a surface given as any two-variable objective, such as a typed formula."""


@dataclass(frozen=True, eq=False)
class RaceSurface:
    """A function of two variables and what a race view needs to show it.

    Attributes
    ----------
    name : str
        A name of ``SURFACES``, ``REGRESSION_SURFACE`` or
        ``FORMULA_SURFACE``.
    objective : Objective
        The function, of dimension 2.
    box : Box
        The region the contour map shows.
    start : tuple of float
        A start point from which a race is instructive.
    minimizers, saddle_points : tuple of points
        Known minima and saddle points, to mark on the map.
    formula : str
        The function as plain text, for example ``x² + 10y²``.
    axis_names : tuple of str
        The names of the two variables: ("x", "y"), or ("w", "b") for a
        regression.
    suggested_learning_rates : Mapping of str to float
        A first learning rate for each optimiser name.
    typed_formula : str
        The text the learner typed, such as ``x^2 + 10y^2``, for a
        surface built by ``formula_surface``; empty for any other.
        ``formula_surface(typed_formula, start)`` rebuilds the surface.
    """

    name: str
    objective: Objective
    box: Box
    start: Point
    minimizers: tuple[Point, ...] = ()
    saddle_points: tuple[Point, ...] = ()
    formula: str = ""
    axis_names: tuple[str, str] = ("x", "y")
    suggested_learning_rates: Mapping[str, float] = field(default_factory=dict)
    typed_formula: str = ""

    @property
    def samples_batches(self) -> bool:
        """True when the objective is a mean over data, so racers may use mini-batches."""
        return isinstance(self.objective, BatchObjective)

    @property
    def sample_count(self) -> int:
        """The number of data points, or 0 for a function without data."""
        return int(self.objective.sample_count) if self.samples_batches else 0

    def learning_rate_for(self, optimizer: str) -> float:
        """Return the suggested learning rate of an optimiser, or its class default."""
        rate = self.suggested_learning_rates.get(optimizer)
        return OPTIMIZERS[optimizer].default_learning_rate if rate is None else rate

    def box_with(self, point: Sequence[float]) -> Box:
        """Return the box, grown by a margin where ``point`` lies outside it."""
        x, y = float(point[0]), float(point[1])
        box = self.box
        if box.x_min <= x <= box.x_max and box.y_min <= y <= box.y_max:
            return box
        margin_x = 0.1 * (max(box.x_max, x) - min(box.x_min, x))
        margin_y = 0.1 * (max(box.y_max, y) - min(box.y_min, y))
        return Box(
            min(box.x_min, x - margin_x), max(box.x_max, x + margin_x),
            min(box.y_min, y - margin_y), max(box.y_max, y + margin_y),
        )


def named_surface(name: str) -> RaceSurface:
    """Return the built-in surface registered as ``name`` in ``SURFACES``.

    Raises ValueError for an unknown name, listing the known ones.
    """
    surface = make_surface(name)
    return RaceSurface(
        name=surface.name,
        objective=surface,
        box=surface.view_box,
        start=surface.start,
        minimizers=surface.minimizers(),
        saddle_points=surface.saddle_points(),
        formula=surface.formula(),
        suggested_learning_rates=surface.suggested_learning_rates,
    )


def regression_surface(objective: LinearRegression, start: Point = (0.0, 0.0)) -> RaceSurface:
    """Return the loss J(w, b) of a linear regression as a race surface.

    The box shows ``start`` and the least-squares optimum with a margin of
    half their distance, and at least one unit on each side. Gradient
    descent and the momentum methods get learning rates below the stable
    limit 2/λ_max of the loss's Hessian: 1/λ_max and 0.25/λ_max.
    """
    optimum = objective.optimum()
    corners = [start] if optimum is None else [start, (float(optimum[0]), float(optimum[1]))]
    xs = [point[0] for point in corners]
    ys = [point[1] for point in corners]
    margin = max(1.0, 0.5 * math.hypot(max(xs) - min(xs), max(ys) - min(ys)))
    box = Box(min(xs) - margin, max(xs) + margin, min(ys) - margin, max(ys) + margin)

    largest = float(np.linalg.eigvalsh(objective.hessian())[-1])
    steady = 1.0 / largest if largest > 0 else 0.01
    rates = {
        "gd": steady,
        "momentum": 0.25 * steady,
        "nesterov": 0.25 * steady,
        "adagrad": 0.5,
        "rmsprop": 0.01,
        "adam": 0.1,
    }
    scale = "½·mean((y − ŷ)²)" if objective.loss.scale == 0.5 else "mean((y − ŷ)²)"
    return RaceSurface(
        name=REGRESSION_SURFACE,
        objective=objective,
        box=box,
        start=(float(start[0]), float(start[1])),
        minimizers=tuple(corners[1:]),
        formula=f"J(w, b) = {scale}",
        axis_names=("w", "b"),
        suggested_learning_rates=MappingProxyType(rates),
    )


def objective_surface(objective: Objective, box: Box, start: Point, formula: str) -> RaceSurface:
    """Return any two-variable objective, such as a typed formula, as a race surface.

    Every optimiser starts at its class's default learning rate. Raises
    ValueError unless the objective has dimension 2.
    """
    if objective.dimension != 2:
        raise ValueError(f"a race surface needs a function of 2 variables, not {objective.dimension}")
    minimizers = tuple(tuple(float(c) for c in point) for point in objective.minimizers())
    return RaceSurface(FORMULA_SURFACE, objective, Box(*box), start, minimizers, formula=formula)


def surface_of(objective: Objective, start: Point) -> RaceSurface:
    """Return the race surface of a lesson's objective: built-in, regression or other."""
    if isinstance(objective, Surface):
        return named_surface(objective.name)
    if isinstance(objective, LinearRegression):
        return regression_surface(objective, start)
    box = Box(start[0] - 2.0, start[0] + 2.0, start[1] - 2.0, start[1] + 2.0)
    return objective_surface(objective, box, start, getattr(objective, "formula", lambda: "")())


@dataclass(frozen=True)
class ScheduleSetup:
    """A learning-rate schedule by name, with the values that differ from its defaults.

    Every racer applies it to its own learning rate α, so a racer's α_k is
    α·(the schedule's factor at update k).
    """

    name: str = "constant"
    parameters: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.name not in SCHEDULES:
            raise ValueError(f"unknown schedule {self.name!r}: choose one of {', '.join(SCHEDULES)}")
        _check_names(self.parameters, SCHEDULES[self.name].hyperparameters, self.name)
        object.__setattr__(self, "parameters", MappingProxyType(dict(self.parameters)))

    def value(self, name: str) -> Any:
        """Return the value of one schedule hyperparameter, its default if not set."""
        return _value(self.parameters, SCHEDULES[self.name].hyperparameters, name)

    def with_value(self, name: str, value: Any) -> ScheduleSetup:
        """Return a copy with one hyperparameter set; ValueError if it is out of range."""
        _hyperparameter(SCHEDULES[self.name].hyperparameters, name).validate(value)
        return replace(self, parameters={**self.parameters, name: value})

    def with_name(self, name: str) -> ScheduleSetup:
        """Return another schedule that keeps the warm-up, the one setting all schedules share."""
        warmup = self.parameters.get("warmup_steps")
        return ScheduleSetup(name, {} if warmup is None else {"warmup_steps": warmup})

    def make(self, learning_rate: float) -> Schedule:
        """Return the schedule for a base learning rate α."""
        return SCHEDULES[self.name](learning_rate, **self.parameters)


@dataclass(frozen=True)
class RacerSetup:
    """One racer's settings.

    Attributes
    ----------
    optimizer : str
        A name of ``OPTIMIZERS``.
    learning_rate : float
        The base learning rate α >= 0.
    hyperparameters : Mapping of str to value
        The optimiser's hyperparameters that differ from the defaults.
    batch_size : int or None
        Points per update on a surface with data; None for all of them.
    seed : int
        The seed of the batch sampler.

    Raises ValueError for an unknown optimiser or hyperparameter.
    """

    optimizer: str
    learning_rate: float
    hyperparameters: Mapping[str, Any] = field(default_factory=dict)
    batch_size: int | None = None
    seed: int = 0

    def __post_init__(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {self.optimizer!r}: choose one of {', '.join(OPTIMIZERS)}")
        _check_names(self.hyperparameters, OPTIMIZERS[self.optimizer].hyperparameters, self.optimizer)
        object.__setattr__(self, "hyperparameters", MappingProxyType(dict(self.hyperparameters)))

    def value(self, name: str) -> Any:
        """Return the value of one hyperparameter, its default if not set."""
        return _value(self.hyperparameters, OPTIMIZERS[self.optimizer].hyperparameters, name)

    def with_value(self, name: str, value: Any) -> RacerSetup:
        """Return a copy with one hyperparameter set; ValueError if it is out of range."""
        _hyperparameter(OPTIMIZERS[self.optimizer].hyperparameters, name).validate(value)
        return replace(self, hyperparameters={**self.hyperparameters, name: value})

    def sampler(self, sample_count: int) -> BatchSampler | None:
        """Return the batch sampler on ``sample_count`` points, or None without data."""
        if sample_count < 1:
            return None
        return BatchSampler(sample_count, self.batch_size, self.seed)

    def racer(self, schedule: ScheduleSetup) -> Racer:
        """Return the racer for the core: the optimiser and its scheduled learning rate."""
        optimizer = make_optimizer(self.optimizer, **self.hyperparameters)
        return Racer(optimizer, schedule.make(self.learning_rate))


def build_race(
    surface: RaceSurface,
    start: Sequence[float],
    setups: Sequence[RacerSetup],
    schedule: ScheduleSetup,
    steps: int,
) -> Race:
    """Create the race of ``setups`` on ``surface`` from ``start`` for ``steps`` updates.

    On a surface with data each racer gets its own batch sampler. Raises
    ValueError if there are no racers or more than ``MAX_RACERS``, or if a
    run rejects its parameters (see :class:`~gdviewer.core.race.Race`).
    """
    racers = [setup.racer(schedule) for setup in setups]
    samplers = [setup.sampler(surface.sample_count) for setup in setups]
    return Race(surface.objective, start, racers, steps, samplers=samplers)


def default_racers(surface: RaceSurface) -> tuple[RacerSetup, ...]:
    """Return one racer per optimiser, each at the surface's suggested learning rate."""
    return tuple(RacerSetup(name, surface.learning_rate_for(name)) for name in OPTIMIZERS)


def racers_with_optimizer(racers: Sequence[RacerSetup], surface: RaceSurface, name: str) -> tuple[RacerSetup, ...]:
    """Return the racers that use optimiser ``name``, or one at the surface's suggested rate if none does.

    Raises ValueError for an unknown optimiser name.
    """
    chosen = tuple(racer for racer in racers if racer.optimizer == name)
    return chosen or (RacerSetup(name, surface.learning_rate_for(name)),)


def surface_names() -> tuple[str, ...]:
    """Return the names a surface can be chosen by: the built-in ones, then the regression loss."""
    return (*SURFACES, REGRESSION_SURFACE)


def _check_names(values: Mapping[str, Any], table, owner: str) -> None:
    known = {hyperparameter.name for hyperparameter in table}
    for name, value in values.items():
        if name not in known:
            accepted = ", ".join(sorted(known)) or "none"
            raise ValueError(f"{owner} has no hyperparameter {name!r}: it accepts {accepted}")
        _hyperparameter(table, name).validate(value)


def _hyperparameter(table, name: str):
    for hyperparameter in table:
        if hyperparameter.name == name:
            return hyperparameter
    raise ValueError(f"no hyperparameter {name!r}: expected one of {', '.join(h.name for h in table)}")


def _value(values: Mapping[str, Any], table, name: str) -> Any:
    if name in values:
        return values[name]
    return _hyperparameter(table, name).default
