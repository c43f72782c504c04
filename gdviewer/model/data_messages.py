"""Sentences about data whose values are too large for the regression loss."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from ..core.datasets import Dataset
from ..core.numbers import format_number
from ..core.regression import LinearRegression


def data_overflows(dataset: Dataset) -> bool:
    """Tell whether the regression loss overflows at the start on ``dataset``, whichever loss a lesson uses."""
    return LinearRegression(dataset).overflows


def overflow_message(dataset: Dataset) -> str:
    """Explain that the loss overflows at the start, naming the largest value and a rescaling factor."""
    column, value = dataset.largest_magnitude()
    # Dividing by this power of ten brings the largest value to between 1 and 10.
    factor = 10.0 ** math.floor(math.log10(abs(value)))
    return QCoreApplication.translate(
        "DataMessages",
        "The loss overflows at the start: the largest value, {value} in column {column}, is too large to square. "
        "Rescale the x and y columns, for example divide both by {factor}.",
    ).format(value=format_number(value), column=column, factor=format_number(factor))
