"""Sizing list widgets to their rows."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

#: Lists grow up to this many rows before they scroll.
MAX_VISIBLE_ROWS = 6


def fit_list_height(widget: QListWidget, max_rows: int = MAX_VISIBLE_ROWS) -> None:
    """Make a list exactly as tall as its rows, up to ``max_rows``."""
    rows = min(max(widget.count(), 1), max_rows)
    widget.setFixedHeight(rows * max(widget.sizeHintForRow(0), 16) + 2 * widget.frameWidth() + 2)
