"""The window's formula error shows an excerpt of a long formula."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit


def test_long_formula_error_label_shows_excerpt(window, qtbot):
    before = window.experiment.function_text
    line = window.findChild(QLineEdit, "functionInput")
    line.setText("x+" * 300 + "q")
    qtbot.keyClick(line, Qt.Key.Key_Return)

    error = window.findChild(QLabel, "functionError")
    assert error.isVisible()
    assert "The formula has 601 characters, more than the limit of 500" in error.text()
    assert "…" in error.text()
    assert len(error.text()) < 800
    assert window.experiment.function_text == before
