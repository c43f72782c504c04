"""Experiment files (*.gdv): versioned JSON, validated field by field.

A file contains only data. Reading one parses JSON and checks every
field's type and range; a formula stays text until the safe formula
parser reads it, so no file can make code run.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .file_fields import ExperimentFileError, FileProblem, read_integer, read_number, read_numbers
from .files import atomic_write_text
from .race_file import SavedRace, SurfaceKind, race_document, read_race
from .optimizer_setup import OptimizerSetup
from .race_setup import ScheduleSetup

FORMAT = "gdviewer-experiment"
SCHEMA_VERSION = 2
"""The version written. Version 1 files, which have no "race", still open."""
#: Larger files are rejected before parsing; a million data points take about 40 MB.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_POINTS = 1_000_000
MAX_FORMULA_LENGTH = 500
MAX_COMPARED_RUNS = 6


@dataclass(frozen=True)
class ComparedRun:
    """A run kept for comparison: its own learning rate and start."""

    learning_rate: float
    start: tuple[float, ...]


@dataclass(frozen=True)
class ExperimentState:
    """Everything needed to show an experiment again exactly as it was saved.

    ``function`` is the typed formula of a function experiment (None for a
    built-in lesson's function), ``data`` the (x, y) points of a regression
    experiment or of a race on the regression loss, ``position`` the step
    the player showed, and ``race`` the surface, racers and schedule of a
    race (None in files without them, which show the lesson's racers).
    ``optimizer`` and ``schedule`` are those of a function or regression
    run; files without them run plain gradient descent at a constant rate.
    """

    lesson_id: str
    start: tuple[float, ...]
    learning_rate: float
    steps: int
    position: int = 0
    function: str | None = None
    data: tuple[tuple[float, ...], tuple[float, ...]] | None = None
    compared: tuple[ComparedRun, ...] = field(default_factory=tuple)
    race: SavedRace | None = None
    optimizer: OptimizerSetup = field(default_factory=OptimizerSetup)
    schedule: ScheduleSetup = field(default_factory=ScheduleSetup)


def to_json(state: ExperimentState) -> str:
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": SCHEMA_VERSION,
        "lesson": state.lesson_id,
        "start": list(state.start),
        "learning_rate": state.learning_rate,
        "steps": state.steps,
        "position": state.position,
    }
    if state.function is not None:
        document["function"] = state.function
    if state.data is not None:
        document["data"] = {"x": list(state.data[0]), "y": list(state.data[1])}
    if state.compared:
        document["compared"] = [
            {"learning_rate": run.learning_rate, "start": list(run.start)} for run in state.compared
        ]
    if state.race is not None:
        document["race"] = race_document(state.race)
    if state.optimizer != OptimizerSetup() or state.schedule != ScheduleSetup():
        document["optimizer"] = {
            "name": state.optimizer.name,
            "hyperparameters": dict(state.optimizer.hyperparameters),
            "schedule": {"name": state.schedule.name, "hyperparameters": dict(state.schedule.parameters)},
        }
    return json.dumps(document, indent=1, allow_nan=False) + "\n"


def save(path: str | os.PathLike, state: ExperimentState) -> None:
    """Write the experiment atomically. Raises OSError, or ValueError for non-finite values."""
    atomic_write_text(path, to_json(state))


def load(path: str | os.PathLike, known_lessons: set[str], limits: dict[str, float]) -> ExperimentState:
    """Read and validate an experiment file.

    ``known_lessons`` are the lesson ids this version offers; ``limits``
    gives "learning_rate", "steps", "race_steps" and "start" maxima. Raises
    ExperimentFileError naming the problem, or OSError if unreadable.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ExperimentFileError(FileProblem.TOO_LARGE, size=str(size), max=str(MAX_FILE_BYTES))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExperimentFileError(FileProblem.NOT_UTF8, position=str(error.start)) from None
    return from_json(text, known_lessons, limits)


def from_json(text: str, known_lessons: set[str], limits: dict[str, float]) -> ExperimentState:
    """Validate a JSON document; see ``load``."""
    if not text.strip():
        raise ExperimentFileError(FileProblem.EMPTY)
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise ExperimentFileError(FileProblem.NOT_JSON, line=str(error.lineno), column=str(error.colno)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExperimentFileError(FileProblem.NOT_EXPERIMENT)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExperimentFileError(FileProblem.BAD_VERSION, value=repr(version))
    if version > SCHEMA_VERSION:
        raise ExperimentFileError(FileProblem.NEWER_VERSION, version=str(version), supported=str(SCHEMA_VERSION))

    lesson_id = document.get("lesson")
    if lesson_id not in known_lessons:
        raise ExperimentFileError(FileProblem.UNKNOWN_LESSON, value=repr(lesson_id), known=", ".join(sorted(known_lessons)))
    start = read_numbers(document, "start", 1, 2, limits["start"])
    learning_rate = read_number(document, "learning_rate", 0.0, limits["learning_rate"])
    race = None
    if "race" in document:
        race = read_race(document, {**limits, "points": MAX_POINTS, "formula_length": MAX_FORMULA_LENGTH})
    steps = read_integer(document, "steps", 0, int(limits["steps" if race is None else "race_steps"]))
    position = read_integer(document, "position", 0, steps)
    function = _formula(document)
    data = _data(document)
    if race is not None and race.surface.kind is SurfaceKind.REGRESSION and data is None:
        raise ExperimentFileError(FileProblem.RACE_WITHOUT_DATA)
    compared = _compared(document, limits)
    optimizer, schedule = _optimizer(document)
    return ExperimentState(lesson_id, start, learning_rate, steps, position, function, data, compared, race, optimizer, schedule)


def _reject_constant(name: str):
    raise ExperimentFileError(FileProblem.NOT_FINITE, value=name)


def _formula(document: dict) -> str | None:
    formula = document.get("function")
    if formula is None:
        return None
    if not isinstance(formula, str) or not 0 < len(formula) <= MAX_FORMULA_LENGTH:
        raise ExperimentFileError(FileProblem.BAD_FORMULA, max=str(MAX_FORMULA_LENGTH))
    return formula


def _data(document: dict) -> tuple[tuple[float, ...], tuple[float, ...]] | None:
    data = document.get("data")
    if data is None:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("x"), list) or not isinstance(data.get("y"), list):
        raise ExperimentFileError(FileProblem.BAD_DATA)
    xs, ys = data["x"], data["y"]
    if len(xs) != len(ys):
        raise ExperimentFileError(FileProblem.DATA_LENGTHS, x_count=str(len(xs)), y_count=str(len(ys)))
    if not 1 <= len(xs) <= MAX_POINTS:
        raise ExperimentFileError(FileProblem.DATA_COUNT, max=str(MAX_POINTS), count=str(len(xs)))
    columns = []
    for name, column in (("x", xs), ("y", ys)):
        for index, value in enumerate(column):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ExperimentFileError(FileProblem.DATA_VALUE, column=name, index=str(index + 1), value=repr(value))
        columns.append(tuple(float(value) for value in column))
    return columns[0], columns[1]


def _compared(document: dict, limits: dict[str, float]) -> tuple[ComparedRun, ...]:
    runs = document.get("compared", [])
    if not isinstance(runs, list) or len(runs) > MAX_COMPARED_RUNS:
        raise ExperimentFileError(FileProblem.BAD_COMPARED, max=str(MAX_COMPARED_RUNS))
    result = []
    for index, run in enumerate(runs):
        if not isinstance(run, dict):
            raise ExperimentFileError(FileProblem.BAD_COMPARED, max=str(MAX_COMPARED_RUNS))
        where = f"compared run {index + 1} "
        result.append(
            ComparedRun(
                read_number(run, "learning_rate", 0.0, limits["learning_rate"], where),
                read_numbers(run, "start", 1, 2, limits["start"], where),
            )
        )
    return tuple(result)


def _optimizer(document: dict) -> tuple[OptimizerSetup, ScheduleSetup]:
    """Read the optional "optimizer" object, checking every name and value against the known ranges."""
    entry = document.get("optimizer")
    if entry is None:
        return OptimizerSetup(), ScheduleSetup()
    if not isinstance(entry, dict):
        raise ExperimentFileError(FileProblem.BAD_OPTIMIZER, reason="expected an object with a name")
    schedule = entry.get("schedule", {"name": "constant"})
    if not isinstance(schedule, dict):
        raise ExperimentFileError(FileProblem.BAD_OPTIMIZER, reason='"schedule" must be an object with a name')
    try:
        optimizer = OptimizerSetup(_name(entry, "gd"), _values(entry))
        schedule = ScheduleSetup(_name(schedule, "constant"), _values(schedule))
    except ValueError as error:
        raise ExperimentFileError(FileProblem.BAD_OPTIMIZER, reason=str(error)) from None
    return optimizer, schedule


def _name(entry: dict, default: str) -> str:
    name = entry.get("name", default)
    if not isinstance(name, str):
        raise ValueError(f"name {name!r} is not text")
    return name


def _values(entry: dict) -> dict:
    values = entry.get("hyperparameters", {})
    if not isinstance(values, dict):
        raise ValueError(f'"hyperparameters" must be an object, not {values!r}')
    return values
