"""The reasons an experiment file is rejected, and readers of its typed fields.

Every reader takes the JSON object that contains the field, the field's
key and its valid range, and raises ExperimentFileError naming the field
and the value it found.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from typing import Any


class FileProblem(enum.Enum):
    """Reasons a file cannot be opened, each with its English sentence.

    The user interface shows its own translation of the same sentence; the
    placeholders are the ``details`` of the ExperimentFileError.
    """

    TOO_LARGE = "the file is {size} bytes, more than the {max} bytes an experiment can have"
    NOT_UTF8 = "the file is not UTF-8 text (byte {position})"
    EMPTY = "the file is empty"
    NOT_JSON = (
        "the file is not valid JSON (line {line}, column {column}); it may be truncated or not a gdviewer experiment"
    )
    NOT_EXPERIMENT = "the file is not a gdviewer experiment"
    BAD_VERSION = "the schema version {value} is invalid"
    NEWER_VERSION = (
        "the file was written by a newer gdviewer (schema version {version}); "
        "this version reads version {supported}: update gdviewer to open it"
    )
    UNKNOWN_LESSON = "lesson {value} is unknown; known lessons: {known}"
    NOT_FINITE = "the file contains {value}, which is not a finite number"
    NOT_A_NUMBER = '"{field}" must be a number, not {value}'
    OUT_OF_RANGE = '"{field}" is {value}; it must be between {low} and {high}'
    NOT_WHOLE = '"{field}" must be a whole number, not {value}'
    BAD_LIST = '"{field}" must be a list of {shortest} to {longest} numbers, not {value}'
    BAD_FORMULA = '"function" must be a formula of 1 to {max} characters'
    BAD_DATA = '"data" must hold two lists, "x" and "y"'
    DATA_LENGTHS = '"data" has {x_count} x values but {y_count} y values'
    DATA_COUNT = '"data" must hold 1 to {max} points, not {count}'
    DATA_VALUE = '"data" {column} value {index} is {value}, not a finite number'
    BAD_COMPARED = '"compared" must be a list of at most {max} runs, each an object'
    WRONG_START = "lesson {lesson} starts from {expected} number(s), but the file gives {value}"
    NOT_AN_OBJECT = '"{field}" must be a JSON object, not {value}'
    UNKNOWN_NAME = '"{field}" is {value}, which is unknown; use one of: {known}'
    NOT_A_SWITCH = '"{field}" must be true or false, not {value}'
    BAD_TEXT = '"{field}" must be a text of 1 to {max} characters'
    RACER_COUNT = '"racers" must be a list of 1 to {max} racers, not {value}'
    SAME_SLOT = '"{field}" is {value}, the slot of an earlier racer; give each racer its own slot from 0 to {high}'
    RACE_WITHOUT_DATA = (
        'the race runs on the regression loss, but "data" is missing; add the points as "data" or race on a built-in surface'
    )
    NOT_A_RACE = 'lesson {lesson} is not a race, so it cannot take "race"; remove "race" or choose a race lesson'
    FORMULA_SURFACE = (
        "the race's surface {formula} is not a formula in x and y: {reason}; correct \"surface formula\" in the file"
    )
    BAD_OPTIMIZER = '"optimizer" is invalid: {reason}'
    REJECTED = "{reason}"


class ExperimentFileError(ValueError):
    """A file that cannot be opened as an experiment.

    ``problem`` names what is wrong and ``details`` fills its sentence, and
    str() gives the English sentence.
    """

    def __init__(self, problem: FileProblem, **details: Any):
        self.problem = problem
        self.details = {key: (value if isinstance(value, str) else repr(value)) for key, value in details.items()}
        super().__init__(problem.value.format(**self.details))


def read_number(container: dict, key: str, low: float, high: float, where: str = "") -> float:
    value = container.get(key)
    label = f"{where}{key}"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ExperimentFileError(FileProblem.NOT_A_NUMBER, field=label, value=repr(value))
    value = float(value)
    if not (math.isfinite(value) and low <= value <= high):
        raise ExperimentFileError(FileProblem.OUT_OF_RANGE, field=label, value=value, low=f"{low:g}", high=f"{high:g}")
    return value


def read_integer(container: dict, key: str, low: int, high: int, where: str = "") -> int:
    value = container.get(key)
    label = f"{where}{key}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise ExperimentFileError(FileProblem.NOT_WHOLE, field=label, value=repr(value))
    if not low <= value <= high:
        raise ExperimentFileError(FileProblem.OUT_OF_RANGE, field=label, value=str(value), low=str(low), high=str(high))
    return value


def read_numbers(container: dict, key: str, shortest: int, longest: int, bound: float, where: str = "") -> tuple[float, ...]:
    values = container.get(key)
    label = f"{where}{key}"
    if not isinstance(values, list) or not shortest <= len(values) <= longest:
        raise ExperimentFileError(
            FileProblem.BAD_LIST, field=label, shortest=str(shortest), longest=str(longest), value=values
        )
    return tuple(read_number({key: value}, key, -bound, bound, where) for value in values)


def read_switch(container: dict, key: str, where: str = "") -> bool:
    value = container.get(key)
    if not isinstance(value, bool):
        raise ExperimentFileError(FileProblem.NOT_A_SWITCH, field=f"{where}{key}", value=repr(value))
    return value


def read_text(container: dict, key: str, longest: int, where: str = "") -> str:
    value = container.get(key)
    if not isinstance(value, str) or not 0 < len(value) <= longest:
        raise ExperimentFileError(FileProblem.BAD_TEXT, field=f"{where}{key}", max=str(longest))
    return value


def read_object(container: dict, key: str, where: str = "") -> dict:
    value = container.get(key)
    if not isinstance(value, dict):
        raise ExperimentFileError(FileProblem.NOT_AN_OBJECT, field=f"{where}{key}", value=repr(value))
    return value


def read_name(container: dict, key: str, known: Iterable[str], where: str = "") -> str:
    """Return the text at ``key`` if it is one of ``known``."""
    known = tuple(known)
    value = container.get(key)
    if not isinstance(value, str) or value not in known:
        raise ExperimentFileError(FileProblem.UNKNOWN_NAME, field=f"{where}{key}", value=repr(value), known=", ".join(known))
    return value
