"""Messages about data files, translated: why a CSV file was rejected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.datasets import MAX_FILE_BYTES, CsvError, CsvProblem


def csv_error_text(error: CsvError) -> str:
    """Turn a rejected CSV file into a sentence naming row, column, value and fix."""
    problem = error.problem
    if problem is CsvProblem.TOO_LARGE:
        return QCoreApplication.translate("DataTexts", "The file is {size} bytes; files up to {max} bytes can be read.").format(
            size=error.value, max=MAX_FILE_BYTES
        )
    if problem is CsvProblem.NOT_UTF8:
        return QCoreApplication.translate("DataTexts", "Row {row} is not valid UTF-8 text: save the file as UTF-8 and import it again.").format(
            row=error.row
        )
    if problem is CsvProblem.NO_DATA_ROWS:
        return QCoreApplication.translate("DataTexts", "The file has no data rows: add at least one row with an x and a y value.")
    if problem is CsvProblem.SINGLE_COLUMN:
        return QCoreApplication.translate("DataTexts", 
            "Row {row} has a single column ({value!r}): write x and y in two columns separated by a comma, "
            "semicolon or tab."
        ).format(row=error.row, value=error.value)
    if problem is CsvProblem.TOO_MANY_COLUMNS:
        return QCoreApplication.translate("DataTexts", "Row {row} has {count} values: keep two columns, x and y, and remove the others.").format(
            row=error.row, count=error.value
        )
    return _cell_error_text(error)


def _cell_error_text(error: CsvError) -> str:
    column = str(error.column)
    if error.column_name:
        column = f"{column} ({error.column_name})"
    where = QCoreApplication.translate("DataTexts", "Row {row}, column {column}").format(row=error.row, column=column)
    if error.problem is CsvProblem.MISSING_VALUE:
        return QCoreApplication.translate("DataTexts", "{where}: the value is missing. Fill it in or delete the row.").format(where=where)
    if error.problem is CsvProblem.NOT_FINITE:
        return QCoreApplication.translate("DataTexts", "{where}: {value!r} is not a finite number. Replace it with a finite value.").format(
            where=where, value=error.value
        )
    text = QCoreApplication.translate("DataTexts", "{where}: {value!r} is not a number.").format(where=where, value=error.value)
    if "," in error.value:
        text += " " + QCoreApplication.translate("DataTexts", "Write decimals with a point (2.5, not 2,5).")
    else:
        text += " " + QCoreApplication.translate("DataTexts", "Write a decimal number such as 2.5 or -1e3.")
    return text
