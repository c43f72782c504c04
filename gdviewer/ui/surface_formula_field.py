"""The input of a race surface typed as a formula in x and y."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.race_setup import RaceSurface
from ..core.surfaces import SURFACES
from ..model.formula_messages import known_functions
from ..model.race import RaceModel
from .function_editor import marked_formula_html
from .plots.style import COLORS


def editable_text(surface: RaceSurface) -> str:
    """Return the text the field shows for a surface: the typed formula, a built-in's formula, or nothing.

    The built-in formulas are printed with ², − and ·, which the parser
    reads back, so a learner can start from one and edit it.
    """
    if surface.typed_formula:
        return surface.typed_formula
    if surface.name in SURFACES:
        return surface.formula
    return ""


class SurfaceFormulaInput(QLineEdit):
    """A line edit where Escape brings back the formula of the surface in use."""

    def __init__(self, race: RaceModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._race = race

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = editable_text(self._race.surface)
        if event.key() == Qt.Key.Key_Escape and self.text() != current:
            self.setText(current)
            return
        super().keyPressEvent(event)


class SurfaceFormulaField(QWidget):
    """Type f(x, y) and press Return to race on it.

    A rejected formula is shown under the input with its position marked,
    and the race keeps its previous surface.
    """

    def __init__(self, race: RaceModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._race = race
        self._shown_surface: RaceSurface | None = None

        self.input = SurfaceFormulaInput(race)
        self.input.setObjectName("surfaceFormula")
        self.input.setClearButtonEnabled(True)
        self.error = QLabel()
        self.error.setObjectName("surfaceFormulaError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addWidget(self.error)

        self.input.returnPressed.connect(self._apply)
        race.surfaceChanged.connect(self._show_surface)
        race.errorOccurred.connect(self._show_error)

        self.retranslate()
        self._show_surface()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.input.setPlaceholderText(
            QCoreApplication.translate("SurfaceFormulaField", "Type f(x, y), such as x^2 + 10y^2")
        )
        self.input.setToolTip(QCoreApplication.translate(
            "SurfaceFormulaField",
            "Type a function of x and y and press Return to race on it. Examples: x^2 + 10y^2, "
            "(x^2 + y - 11)^2 + (x + y^2 - 7)^2, sin(x)cos(y) + 0.1(x^2 + y^2). Write powers as x^2; "
            "3xy means 3·x·y. Functions: {functions}; constants: pi, e. Escape brings back the surface in use.",
        ).format(functions=known_functions()))

    # Model to widgets

    @Slot()
    def _show_surface(self) -> None:
        surface = self._race.surface
        if surface is self._shown_surface:
            # Only the box around the start changed; keep what the learner is typing.
            return
        self._shown_surface = surface
        self.input.setText(editable_text(surface))
        self.input.setCursorPosition(0)
        self._clear_error()

    @Slot(str, str)
    def _show_error(self, parameter: str, message: str) -> None:
        if parameter != "surfaceFormula":
            return
        text = html.escape(message)
        error = self._race.formula_error
        if error is not None and error.text:
            text += "<br><tt>" + marked_formula_html(error.text, error.start, error.end) + "</tt>"
            self.input.setCursorPosition(min(error.start, len(self.input.text())))
        self.error.setText(f"<span style='color:{COLORS['update']}'>{text}</span>")
        self.error.show()
        self.input.setStyleSheet(f"QLineEdit {{ border: 2px solid {COLORS['update']}; }}")

    def _clear_error(self) -> None:
        self.error.hide()
        self.error.setText("")
        self.input.setStyleSheet("")

    # Widgets to model

    @Slot()
    def _apply(self) -> None:
        self._race.set_formula_surface(self.input.text())
