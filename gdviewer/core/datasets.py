"""Data sets of (x, y) points: validation, CSV reading and writing.

The reader accepts what spreadsheets and scripts commonly write: a header
row or none, a UTF-8 byte order mark, comma, semicolon or tab delimiters,
blank lines and spaces around cells. It rejects anything it cannot read as
two columns of finite numbers with a :class:`CsvError` that names the row
(the line number in the file, from 1), the column (from 1) and the cell.
The error carries data, not a sentence, so the user interface can word it
in the user's language.
"""

from __future__ import annotations

import csv
import enum
import io
import math
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: Files larger than this are rejected before they are read.
MAX_FILE_BYTES = 256 * 1024 * 1024

#: Semicolon and tab come first: files that use them often write decimal
#: commas, so a comma only delimits when neither of the others occurs.
DELIMITERS = (";", "\t", ",")

_DECIMAL = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_NON_FINITE_WORDS = {"nan", "inf", "infinity", "+inf", "-inf", "+infinity", "-infinity", "+nan", "-nan"}


@dataclass(frozen=True, eq=False)
class Dataset:
    """Points (x_i, y_i) for a regression, at least one, all finite.

    The arrays are stored as read-only float64 copies, so a data set can be
    shared between the model, the views and undo commands without copying.
    ``x_name`` and ``y_name`` label the columns (from a CSV header).

    Raises ValueError if the arrays differ in length, are empty or hold a
    non-finite value.
    """

    x: np.ndarray
    y: np.ndarray
    x_name: str = "x"
    y_name: str = "y"

    def __post_init__(self):
        x = np.array(self.x, dtype=float).reshape(-1)
        y = np.array(self.y, dtype=float).reshape(-1)
        if x.shape != y.shape:
            raise ValueError(f"x has {x.size} values but y has {y.size}")
        if x.size == 0:
            raise ValueError("a data set needs at least one point")
        if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
            raise ValueError("a data set may only hold finite numbers")
        x.flags.writeable = False
        y.flags.writeable = False
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __len__(self) -> int:
        return int(self.x.size)

    def largest_magnitude(self) -> tuple[str, float]:
        """Return the name of the column holding the value of largest magnitude, and that value."""
        x_index = int(np.argmax(np.abs(self.x)))
        y_index = int(np.argmax(np.abs(self.y)))
        if abs(self.y[y_index]) > abs(self.x[x_index]):
            return self.y_name, float(self.y[y_index])
        return self.x_name, float(self.x[x_index])

    def same_points(self, other: Dataset) -> bool:
        """Return True if both data sets hold the same points in the same order."""
        return np.array_equal(self.x, other.x) and np.array_equal(self.y, other.y)

    def with_point(self, x: float, y: float) -> Dataset:
        """Return a copy with the point (x, y) appended."""
        return self._replace(np.append(self.x, x), np.append(self.y, y))

    def with_point_moved(self, index: int, x: float, y: float) -> Dataset:
        """Return a copy in which point ``index`` is at (x, y).

        Raises IndexError for an index outside the data set.
        """
        self._check_index(index)
        xs, ys = self.x.copy(), self.y.copy()
        xs[index], ys[index] = x, y
        return self._replace(xs, ys)

    def without_points(self, indices: Iterable[int]) -> Dataset:
        """Return a copy without the points at ``indices``.

        Raises IndexError for an index outside the data set and ValueError
        if no point would remain.
        """
        indices = sorted(set(int(index) for index in indices))
        for index in indices:
            self._check_index(index)
        keep = np.ones(len(self), dtype=bool)
        keep[indices] = False
        return self._replace(self.x[keep], self.y[keep])

    def _replace(self, x: np.ndarray, y: np.ndarray) -> Dataset:
        return Dataset(x, y, self.x_name, self.y_name)

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self):
            raise IndexError(f"point {index} is outside 0..{len(self) - 1}")


class CsvProblem(enum.Enum):
    """The reason a CSV file was rejected."""

    TOO_LARGE = "too_large"
    """The file is larger than MAX_FILE_BYTES."""
    NOT_UTF8 = "not_utf8"
    """The bytes at ``row`` are not valid UTF-8."""
    NO_DATA_ROWS = "no_data_rows"
    """The file is empty or holds only a header."""
    SINGLE_COLUMN = "single_column"
    """The first row has one cell: no delimiter was found."""
    TOO_MANY_COLUMNS = "too_many_columns"
    """A row has more than two non-empty cells; ``value`` is the count."""
    MISSING_VALUE = "missing_value"
    """A cell of the two columns is empty or absent."""
    NOT_A_NUMBER = "not_a_number"
    """A cell is not a decimal number."""
    NOT_FINITE = "not_finite"
    """A cell is NaN or infinite, or overflows a float."""


class CsvError(ValueError):
    """A CSV file that cannot be read as a data set.

    Attributes
    ----------
    problem : CsvProblem
        What is wrong.
    row : int or None
        Line number in the file, counted from 1 (the header is line 1 when
        there is one).
    column : int or None
        Column number, counted from 1.
    value : str or None
        The offending cell as written, or the column count for
        TOO_MANY_COLUMNS.
    column_name : str or None
        The header of that column, when the file has a header.
    """

    def __init__(
        self,
        problem: CsvProblem,
        row: int | None = None,
        column: int | None = None,
        value: str | None = None,
        column_name: str | None = None,
    ):
        self.problem = problem
        self.row = row
        self.column = column
        self.value = value
        self.column_name = column_name
        text = problem.value
        if row is not None:
            text += f" at row {row}"
        if column is not None:
            text += f", column {column}"
        if value is not None:
            text += f": {value!r}"
        super().__init__(text)


def load_csv(path: str | os.PathLike) -> Dataset:
    """Read a data set from a two-column CSV file.

    Raises CsvError for content that cannot be read (see :func:`parse_csv`)
    and OSError if the file cannot be opened.
    """
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise CsvError(CsvProblem.TOO_LARGE, value=str(path.stat().st_size))
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CsvError(CsvProblem.NOT_UTF8, row=data.count(b"\n", 0, error.start) + 1) from None
    return parse_csv(text)


def parse_csv(text: str) -> Dataset:
    """Read a data set from CSV text: x in the first column, y in the second.

    The first non-blank row is a header when none of its cells is a
    number. One data row is enough.

    Raises CsvError naming the row, column and value of the first problem.
    """
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    first_row = next((number for number, line in enumerate(lines, start=1) if line.strip()), None)
    if first_row is None:
        raise CsvError(CsvProblem.NO_DATA_ROWS)
    delimiter = _detect_delimiter(lines[first_row - 1], first_row)

    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
    names: list[str] | None = None
    xs: list[float] = []
    ys: list[float] = []
    for cells in reader:
        cells = [cell.strip() for cell in cells]
        if not any(cells):
            continue
        # A trailing delimiter, as some spreadsheets write, adds empty cells.
        while len(cells) > 2 and not cells[-1]:
            cells.pop()
        row = reader.line_num
        if names is None and not xs and _is_header(cells):
            names = cells
            continue
        x, y = _parse_row(cells, row, names)
        xs.append(x)
        ys.append(y)

    if not xs:
        raise CsvError(CsvProblem.NO_DATA_ROWS)
    x_name, y_name = (names[0] or "x", names[1] or "y") if names else ("x", "y")
    return Dataset(np.array(xs), np.array(ys), x_name, y_name)


def format_csv(dataset: Dataset) -> str:
    """Write a data set as comma-separated text with a header row.

    Numbers are written with the fewest digits that read back to the same
    float, so a saved file loads to identical values.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([dataset.x_name, dataset.y_name])
    for x, y in zip(dataset.x.tolist(), dataset.y.tolist()):
        writer.writerow([_shortest(x), _shortest(y)])
    return buffer.getvalue()


def save_csv(dataset: Dataset, path: str | os.PathLike) -> None:
    """Write a data set to ``path`` atomically.

    The text goes to a temporary file in the same folder, which then
    replaces ``path`` in one step, so a failed write never leaves a partial
    file behind. Raises OSError if the folder is not writable.
    """
    path = Path(path)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(format_csv(dataset))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _detect_delimiter(line: str, row: int) -> str:
    for delimiter in DELIMITERS:
        if delimiter in line:
            return delimiter
    raise CsvError(CsvProblem.SINGLE_COLUMN, row=row, value=line.strip())


def _is_header(cells: Sequence[str]) -> bool:
    return all(cell and _classify(cell) is CsvProblem.NOT_A_NUMBER for cell in cells)


def _parse_row(cells: list[str], row: int, names: list[str] | None) -> tuple[float, float]:
    if len(cells) > 2:
        raise CsvError(CsvProblem.TOO_MANY_COLUMNS, row=row, value=str(len(cells)))
    values = []
    for column in (1, 2):
        cell = cells[column - 1] if column <= len(cells) else ""
        name = names[column - 1] if names and column <= len(names) else None
        if not cell:
            raise CsvError(CsvProblem.MISSING_VALUE, row, column, cell, name)
        problem = _classify(cell)
        if problem is not None:
            raise CsvError(problem, row, column, cell, name)
        values.append(float(cell.replace("−", "-")))
    return values[0], values[1]


def _classify(cell: str) -> CsvProblem | None:
    """Return None for a finite decimal number, otherwise the problem."""
    text = cell.replace("−", "-")
    if text.lower() in _NON_FINITE_WORDS:
        return CsvProblem.NOT_FINITE
    if not _DECIMAL.match(text):
        return CsvProblem.NOT_A_NUMBER
    if not math.isfinite(float(text)):
        return CsvProblem.NOT_FINITE
    return None


def _shortest(value: float) -> str:
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text
