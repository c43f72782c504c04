"""The "race" object of an experiment file: surface, racers and schedule.

A saved race looks like this (``data``, at the top level of the file,
contains the points of a race on the regression loss)::

    "race": {
      "surface": {"kind": "named", "name": "rosenbrock"},
      "racers": [
        {"slot": 0, "optimizer": "adam", "learning_rate": 0.05,
         "hyperparameters": {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-08, "bias_correction": false},
         "batch_size": null, "seed": 0}
      ],
      "schedule": {"name": "cosine", "hyperparameters": {"decay_steps": 1000, "final_fraction": 0.0, "warmup_steps": 0}}
    }

A surface is ``{"kind": "named", "name": …}`` for a built-in surface,
``{"kind": "regression", "loss": …}`` for the loss J(w, b) of the file's
data, or ``{"kind": "formula", "formula": …}`` for a typed function of x
and y. Files list every hyperparameter, so they keep their meaning if a
default changes. Reading accepts a missing hyperparameter as its default.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .file_fields import (
    ExperimentFileError,
    FileProblem,
    read_integer,
    read_name,
    read_number,
    read_object,
    read_switch,
    read_text,
)
from .hyperparameters import Hyperparameter
from .optimizers import OPTIMIZERS
from .race import MAX_RACERS
from .race_setup import RacerSetup, ScheduleSetup
from .regression import RegressionLoss
from .schedules import SCHEDULES
from .surfaces import SURFACES

MAX_SEED = 2**31 - 1
"""The largest batch-sampler seed, the maximum of the racer editor's seed input."""

OPEN_NUMBER_BOUND = 1e12
"""The bound of a real hyperparameter whose range is open on that side, as in the racer editor."""


class SurfaceKind(enum.Enum):
    """The kinds of race surface a file can describe."""

    NAMED = "named"
    """A built-in surface of ``SURFACES``."""
    REGRESSION = "regression"
    """The loss J(w, b) of a linear regression on the file's data."""
    FORMULA = "formula"
    """A function of x and y typed as a formula."""


@dataclass(frozen=True)
class SavedSurface:
    """The surface of a saved race: ``name``, ``loss`` or ``formula``, as ``kind`` requires."""

    kind: SurfaceKind
    name: str | None = None
    loss: RegressionLoss | None = None
    formula: str | None = None


@dataclass(frozen=True)
class SavedRacer:
    """A racer and its colour slot (0 to 5)."""

    slot: int
    setup: RacerSetup


@dataclass(frozen=True)
class SavedRace:
    """Everything of a race that the lesson does not fix: surface, racers in order, schedule."""

    surface: SavedSurface
    racers: tuple[SavedRacer, ...]
    schedule: ScheduleSetup = field(default_factory=ScheduleSetup)


def race_document(race: SavedRace) -> dict[str, Any]:
    """Return the JSON object of a saved race."""
    return {
        "surface": _surface_document(race.surface),
        "racers": [_racer_document(racer) for racer in race.racers],
        "schedule": {
            "name": race.schedule.name,
            "hyperparameters": _values(SCHEDULES[race.schedule.name].hyperparameters, race.schedule.value),
        },
    }


def read_race(document: dict, limits: Mapping[str, float]) -> SavedRace:
    """Validate the "race" object of ``document``.

    ``limits`` gives the maxima of "learning_rate", "points" (the batch
    size), "formula_length" and "steps", which also bounds whole-number
    hyperparameters as the racer editor does. Raises ExperimentFileError
    naming the first invalid field.
    """
    race = read_object(document, "race")
    surface = _read_surface(read_object(race, "surface", "race "), int(limits["formula_length"]))
    racers = race.get("racers")
    if not isinstance(racers, list) or not 1 <= len(racers) <= MAX_RACERS:
        count = len(racers) if isinstance(racers, list) else racers
        raise ExperimentFileError(FileProblem.RACER_COUNT, max=str(MAX_RACERS), value=count)
    saved = tuple(_read_racer(racers, index, limits) for index in range(len(racers)))
    _check_slots(saved)
    return SavedRace(surface, saved, _read_schedule(read_object(race, "schedule", "race "), limits))


def _surface_document(surface: SavedSurface) -> dict[str, Any]:
    if surface.kind is SurfaceKind.NAMED:
        return {"kind": surface.kind.value, "name": surface.name}
    if surface.kind is SurfaceKind.REGRESSION:
        return {"kind": surface.kind.value, "loss": surface.loss.value}
    return {"kind": surface.kind.value, "formula": surface.formula}


def _racer_document(racer: SavedRacer) -> dict[str, Any]:
    setup = racer.setup
    return {
        "slot": racer.slot,
        "optimizer": setup.optimizer,
        "learning_rate": setup.learning_rate,
        "hyperparameters": _values(OPTIMIZERS[setup.optimizer].hyperparameters, setup.value),
        "batch_size": setup.batch_size,
        "seed": setup.seed,
    }


def _values(table: tuple[Hyperparameter, ...], value_of) -> dict[str, Any]:
    return {hyperparameter.name: value_of(hyperparameter.name) for hyperparameter in table}


def _read_surface(surface: dict, max_formula_length: int) -> SavedSurface:
    kind = SurfaceKind(read_name(surface, "kind", [kind.value for kind in SurfaceKind], "surface "))
    if kind is SurfaceKind.NAMED:
        return SavedSurface(kind, name=read_name(surface, "name", SURFACES, "surface "))
    if kind is SurfaceKind.REGRESSION:
        loss = read_name(surface, "loss", [loss.value for loss in RegressionLoss], "surface ")
        return SavedSurface(kind, loss=RegressionLoss(loss))
    return SavedSurface(kind, formula=read_text(surface, "formula", max_formula_length, "surface "))


def _read_racer(racers: list, index: int, limits: Mapping[str, float]) -> SavedRacer:
    where = f"racer {index + 1} "
    racer = racers[index]
    if not isinstance(racer, dict):
        raise ExperimentFileError(FileProblem.NOT_AN_OBJECT, field=where.strip(), value=repr(racer))
    optimizer = read_name(racer, "optimizer", OPTIMIZERS, where)
    learning_rate = read_number(racer, "learning_rate", 0.0, limits["learning_rate"], where)
    table = OPTIMIZERS[optimizer].hyperparameters
    hyperparameters = _read_hyperparameters(racer, table, limits, where)
    batch_size = None
    if racer.get("batch_size") is not None:
        batch_size = read_integer(racer, "batch_size", 1, int(limits["points"]), where)
    seed = read_integer(racer, "seed", 0, MAX_SEED, where) if "seed" in racer else 0
    slot = read_integer(racer, "slot", 0, MAX_RACERS - 1, where) if "slot" in racer else index
    return SavedRacer(slot, RacerSetup(optimizer, learning_rate, hyperparameters, batch_size, seed))


def _check_slots(racers: tuple[SavedRacer, ...]) -> None:
    used: set[int] = set()
    for number, racer in enumerate(racers, start=1):
        if racer.slot in used:
            raise ExperimentFileError(
                FileProblem.SAME_SLOT, field=f"racer {number} slot", value=str(racer.slot), high=str(MAX_RACERS - 1)
            )
        used.add(racer.slot)


def _read_schedule(schedule: dict, limits: Mapping[str, float]) -> ScheduleSetup:
    name = read_name(schedule, "name", SCHEDULES, "schedule ")
    values = _read_hyperparameters(schedule, SCHEDULES[name].hyperparameters, limits, "schedule ")
    return ScheduleSetup(name, values)


def _read_hyperparameters(
    container: dict, table: tuple[Hyperparameter, ...], limits: Mapping[str, float], where: str
) -> dict[str, Any]:
    """Read the "hyperparameters" object, keeping only values that differ from the defaults.

    A racer made in the window stores only changed values too, so the
    restored setup equals the saved one.
    """
    values = container.get("hyperparameters", {})
    if not isinstance(values, dict):
        raise ExperimentFileError(FileProblem.NOT_AN_OBJECT, field=f"{where}hyperparameters", value=repr(values))
    known = [hyperparameter.name for hyperparameter in table]
    for name in values:
        if name not in known:
            raise ExperimentFileError(
                FileProblem.UNKNOWN_NAME, field=f"{where}hyperparameter", value=repr(name), known=", ".join(known) or "none"
            )
    result = {}
    for hyperparameter in table:
        if hyperparameter.name not in values:
            continue
        value = _read_hyperparameter(values, hyperparameter, limits, where)
        if value != hyperparameter.default:
            result[hyperparameter.name] = value
    return result


def _read_hyperparameter(values: dict, hyperparameter: Hyperparameter, limits: Mapping[str, float], where: str) -> Any:
    name = hyperparameter.name
    if hyperparameter.is_switch:
        return read_switch(values, name, where)
    if hyperparameter.is_integer:
        low = int(hyperparameter.minimum or 0)
        high = int(hyperparameter.maximum or limits["steps"])
        return read_integer(values, name, low, high, where)
    low = hyperparameter.minimum if hyperparameter.minimum is not None else -OPEN_NUMBER_BOUND
    high = hyperparameter.maximum if hyperparameter.maximum is not None else OPEN_NUMBER_BOUND
    return read_number(values, name, low, high, where)
