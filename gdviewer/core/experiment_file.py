"""Experiment files (*.gdv): versioned JSON, validated field by field.

A file only ever holds data. Reading one parses JSON and checks every
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

from .files import atomic_write_text

FORMAT = "gdviewer-experiment"
SCHEMA_VERSION = 1
#: Larger files are rejected before parsing; a million data points take about 40 MB.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_POINTS = 1_000_000
MAX_FORMULA_LENGTH = 500
MAX_COMPARED_RUNS = 6


class ExperimentFileError(ValueError):
    """A file that cannot be opened as an experiment; the message says why and what to do."""


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
    experiment, ``position`` the step the player showed.
    """

    lesson_id: str
    start: tuple[float, ...]
    learning_rate: float
    steps: int
    position: int = 0
    function: str | None = None
    data: tuple[tuple[float, ...], tuple[float, ...]] | None = None
    compared: tuple[ComparedRun, ...] = field(default_factory=tuple)


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
    return json.dumps(document, indent=1, allow_nan=False) + "\n"


def save(path: str | os.PathLike, state: ExperimentState) -> None:
    """Write the experiment atomically. Raises OSError, or ValueError for non-finite values."""
    atomic_write_text(path, to_json(state))


def load(path: str | os.PathLike, known_lessons: set[str], limits: dict[str, float]) -> ExperimentState:
    """Read and validate an experiment file.

    ``known_lessons`` are the lesson ids this version offers; ``limits``
    gives "learning_rate", "steps" and "start" maxima. Raises
    ExperimentFileError naming the problem, or OSError if unreadable.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ExperimentFileError(
            f"the file is {size} bytes, more than the {MAX_FILE_BYTES} bytes an experiment can have"
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExperimentFileError(f"the file is not UTF-8 text (byte {error.start})") from None
    return from_json(text, known_lessons, limits)


def from_json(text: str, known_lessons: set[str], limits: dict[str, float]) -> ExperimentState:
    """Validate a JSON document; see ``load``."""
    if not text.strip():
        raise ExperimentFileError("the file is empty")
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise ExperimentFileError(
            f"the file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}); "
            "it may be truncated or not a gdviewer experiment"
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExperimentFileError(f'the file is not a gdviewer experiment (no "format": "{FORMAT}")')
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExperimentFileError(f"the schema version {version!r} is invalid")
    if version > SCHEMA_VERSION:
        raise ExperimentFileError(
            f"the file was written by a newer gdviewer (schema version {version}); "
            f"this version reads version {SCHEMA_VERSION}: update gdviewer to open it"
        )

    lesson_id = document.get("lesson")
    if lesson_id not in known_lessons:
        raise ExperimentFileError(f"lesson {lesson_id!r} is unknown; known lessons: {', '.join(sorted(known_lessons))}")
    start = _numbers(document, "start", 1, 2, limits["start"])
    learning_rate = _number(document, "learning_rate", 0.0, limits["learning_rate"])
    steps = _integer(document, "steps", 0, int(limits["steps"]))
    position = _integer(document, "position", 0, steps)
    function = _formula(document)
    data = _data(document)
    compared = _compared(document, limits)
    return ExperimentState(lesson_id, start, learning_rate, steps, position, function, data, compared)


def _reject_constant(name: str):
    raise ExperimentFileError(f"the file contains {name}, which is not a finite number")


def _number(container: dict, key: str, low: float, high: float, where: str = "") -> float:
    value = container.get(key)
    label = f"{where}{key}"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ExperimentFileError(f'"{label}" must be a number, not {value!r}')
    value = float(value)
    if not (math.isfinite(value) and low <= value <= high):
        raise ExperimentFileError(f'"{label}" is {value!r}; it must be between {low:g} and {high:g}')
    return value


def _integer(container: dict, key: str, low: int, high: int) -> int:
    value = container.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ExperimentFileError(f'"{key}" must be a whole number, not {value!r}')
    if not low <= value <= high:
        raise ExperimentFileError(f'"{key}" is {value}; it must be between {low} and {high}')
    return value


def _numbers(container: dict, key: str, shortest: int, longest: int, bound: float, where: str = "") -> tuple[float, ...]:
    values = container.get(key)
    label = f"{where}{key}"
    if not isinstance(values, list) or not shortest <= len(values) <= longest:
        raise ExperimentFileError(f'"{label}" must be a list of {shortest} to {longest} numbers, not {values!r}')
    return tuple(_number({key: value}, key, -bound, bound, where) for value in values)


def _formula(document: dict) -> str | None:
    formula = document.get("function")
    if formula is None:
        return None
    if not isinstance(formula, str) or not 0 < len(formula) <= MAX_FORMULA_LENGTH:
        raise ExperimentFileError(f'"function" must be a formula of 1 to {MAX_FORMULA_LENGTH} characters')
    return formula


def _data(document: dict) -> tuple[tuple[float, ...], tuple[float, ...]] | None:
    data = document.get("data")
    if data is None:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("x"), list) or not isinstance(data.get("y"), list):
        raise ExperimentFileError('"data" must hold two lists, "x" and "y"')
    xs, ys = data["x"], data["y"]
    if len(xs) != len(ys):
        raise ExperimentFileError(f'"data" has {len(xs)} x values but {len(ys)} y values')
    if not 1 <= len(xs) <= MAX_POINTS:
        raise ExperimentFileError(f'"data" must hold 1 to {MAX_POINTS} points, not {len(xs)}')
    columns = []
    for name, column in (("x", xs), ("y", ys)):
        for index, value in enumerate(column):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ExperimentFileError(f'"data" {name} value {index + 1} is {value!r}, not a finite number')
        columns.append(tuple(float(value) for value in column))
    return columns[0], columns[1]


def _compared(document: dict, limits: dict[str, float]) -> tuple[ComparedRun, ...]:
    runs = document.get("compared", [])
    if not isinstance(runs, list) or len(runs) > MAX_COMPARED_RUNS:
        raise ExperimentFileError(f'"compared" must be a list of at most {MAX_COMPARED_RUNS} runs')
    result = []
    for index, run in enumerate(runs):
        if not isinstance(run, dict):
            raise ExperimentFileError(f'"compared" run {index + 1} must be an object')
        where = f"compared run {index + 1} "
        result.append(
            ComparedRun(
                _number(run, "learning_rate", 0.0, limits["learning_rate"], where),
                _numbers(run, "start", 1, 2, limits["start"], where),
            )
        )
    return tuple(result)
