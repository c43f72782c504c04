"""The function input: a typed formula or a preset, its derivative and update rule."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, QTimer, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget

from ..core.expressions.excerpt import ELLIPSIS, formula_excerpt
from ..core.numbers import format_number
from ..core.expressions.formula import parse_formula
from ..core.presets import PRESETS, Preset, find_preset
from ..model.experiment import Experiment
from ..model.formula_messages import known_functions
from .plots.style import COLORS
from .race_names import optimizer_name

_PRESET_TITLES = {
    "bowl": QT_TRANSLATE_NOOP("Presets", "A bowl"),
    "two-minima": QT_TRANSLATE_NOOP("Presets", "Two minima"),
    "plateau": QT_TRANSLATE_NOOP("Presets", "A plateau"),
    "steep-wall": QT_TRANSLATE_NOOP("Presets", "A steep wall"),
    "inflection": QT_TRANSLATE_NOOP("Presets", "A saddle-like inflection"),
    "kink": QT_TRANSLATE_NOOP("Presets", "A kink"),
}


#: Update rules longer than this many characters are split over two lines.
RULE_LINE_LENGTH = 30


def preset_title(preset_id: str) -> str:
    return QCoreApplication.translate("Presets", _PRESET_TITLES[preset_id])


def preset_menu_text(preset: Preset) -> str:
    """Return a preset's menu entry: its translated title and its formula as the function editor shows it."""
    return f"{preset_title(preset.id)} — {parse_formula(preset.formula).display_text()}"


def preset_status_tip(preset: Preset) -> str:
    """Return the start, learning rate and step count that a preset loads, for the status bar."""
    return QCoreApplication.translate("Presets", "Starts at x₀ = {start} with α = {rate} for {steps} steps").format(
        start=format_number(preset.start), rate=format_number(preset.learning_rate), steps=preset.steps
    )


class FormulaLineEdit(QLineEdit):
    """A line edit where Escape brings back the function in use."""

    def __init__(self, experiment: Experiment, parent: QWidget | None = None):
        super().__init__(parent)
        self._experiment = experiment

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text() != self._experiment.function_text:
            self.setText(self._experiment.function_text)
            return
        super().keyPressEvent(event)


class FunctionEditor(QGroupBox):
    """Type f(x) or pick a preset; see f′(x) and the update rule it gives.

    The formula is applied when Return is pressed or the input loses
    focus. A rejected formula is shown under the input with its position
    marked, and the experiment keeps the last valid function.
    """

    def __init__(self, experiment: Experiment, parent: QWidget | None = None):
        super().__init__(parent)
        self._experiment = experiment
        # Return and the focus loss that follows both finish an edit: apply once.
        self._last_attempt = experiment.function_text

        self.input = FormulaLineEdit(experiment)
        self.input.setObjectName("functionInput")
        self.input.setClearButtonEnabled(True)
        self.presets = QToolButton()
        self.presets.setObjectName("functionPresets")
        self.presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.preset_menu = QMenu(self.presets)
        self.preset_actions: list[QAction] = []
        for preset in PRESETS:
            action = self.preset_menu.addAction("")
            action.setObjectName(f"preset_{preset.id}")
            action.setData(preset.id)
            action.triggered.connect(lambda _checked=False, preset_id=preset.id: experiment.load_preset(preset_id))
            self.preset_actions.append(action)
        self.presets.setMenu(self.preset_menu)

        self.error = self._label("functionError", wrap=True)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.hide()
        self.derivative = self._label("functionDerivative")
        self.rule = self._label("updateRule", wrap=True)
        self.note = self._label("functionNote", wrap=True)
        self.note.setStyleSheet("font-style: italic;")

        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.presets)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.derivative)
        layout.addWidget(self.rule)
        layout.addWidget(self.note)

        self.input.returnPressed.connect(self._apply)
        self.input.editingFinished.connect(self._apply)
        experiment.functionChanged.connect(self._show_function)
        # Simplifying the rule at the new α takes sympy about 20 ms, too long
        # for every step of a slider drag: the text follows once the drag pauses.
        self._rule_timer = QTimer(self)
        self._rule_timer.setSingleShot(True)
        self._rule_timer.setInterval(60)
        self._rule_timer.timeout.connect(self._show_rule)
        experiment.parametersChanged.connect(self._rule_timer.start)
        experiment.optimizerChanged.connect(self._rule_timer.start)
        experiment.errorOccurred.connect(self._show_error)

        self.retranslate()
        self._show_function(experiment.function_text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FunctionEditor", "Function f(x)"))
        self.input.setPlaceholderText(QCoreApplication.translate("FunctionEditor", "for example 2x^2 or sin(x) + 0.1x^2"))
        self.input.setToolTip(
            QCoreApplication.translate("FunctionEditor", "Type a function of x and press Return. Write powers as x^2 or x**2; 2x means 2·x. "
                "Functions: {functions}; constants: pi, e. Escape brings back the function in use.").format(
                functions=known_functions()
            )
        )
        self.presets.setText(QCoreApplication.translate("FunctionEditor", "Presets"))
        self.presets.setToolTip(QCoreApplication.translate("FunctionEditor", "Classic cases, each with a start point and learning rate that show it"))
        for action in self.preset_actions:
            preset = find_preset(action.data())
            action.setText(preset_menu_text(preset))
            action.setStatusTip(preset_status_tip(preset))
        self._show_rule()

    # Model to widgets

    @Slot(str)
    def _show_function(self, text: str) -> None:
        self._last_attempt = text
        if self.input.text() != text:
            self.input.setText(text)
        self.input.setCursorPosition(0)
        self._clear_error()
        self._show_rule()

    @Slot()
    def _show_rule(self) -> None:
        experiment = self._experiment
        formula = experiment.formula
        rule = experiment.update_rule
        if formula is None or rule is None:
            self.derivative.setText("")
            self.rule.setText("")
            self.note.setText("")
            return
        self.derivative.setText(f"f(x) = {formula.display_text()}    f′(x) = {formula.derivative_text()}")
        if experiment.optimizer_setup.is_gradient_descent:
            self.rule.setText(self._rule_text(rule, experiment.learning_rate))
        else:
            # x := x − α·f′(x) is gradient descent's rule, not the chosen optimizer's.
            self.rule.setText(QCoreApplication.translate(
                "FunctionEditor", "{optimizer} updates x with its own rule: the step panel shows it with the numbers."
            ).format(optimizer=optimizer_name(experiment.optimizer_setup.name)))
        self.note.setText(self._note_text(formula))
        self.note.setVisible(bool(self.note.text()))

    @staticmethod
    def _rule_text(rule, learning_rate: float) -> str:
        plain = rule.plain_text()
        simplified = rule.simplified_text()
        text = f"x := {plain}"
        if simplified is not None and simplified != plain:
            # Short rules fit on one line: x := x − α·4x = (1 − 4α)x.
            separator = " = " if len(plain) + len(simplified) <= RULE_LINE_LENGTH else "\n     = "
            text += separator + simplified
        at_rate = rule.text_at(learning_rate)
        if at_rate is not None and at_rate not in (plain, simplified):
            text += "\n" + QCoreApplication.translate("FunctionEditor", "at α = {rate}: x := {rule}").format(rate=format_number(learning_rate), rule=at_rate)
        return text

    @staticmethod
    def _note_text(formula) -> str:
        notes = []
        if formula.has_kinks:
            notes.append(
                QCoreApplication.translate("FunctionEditor", "abs has a kink where its argument is 0. f′ is not defined there, "
                    "so gdviewer uses the subgradient 0 (sign(0) = 0).")
            )
        if formula.domain_restricted:
            notes.append(QCoreApplication.translate("FunctionEditor", "f is not defined everywhere: a run that leaves its domain stops with a message."))
        return "\n".join(notes)

    @Slot(str, str)
    def _show_error(self, parameter: str, message: str) -> None:
        if parameter != "function":
            return
        error = self._experiment.function_error
        text = html.escape(message)
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
        text = self.input.text().strip()
        if text == self._last_attempt:
            return
        self._last_attempt = text
        self._experiment.set_function(text)

    def _label(self, name: str, wrap: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def marked_formula_html(text: str, start: int, end: int) -> str:
    """Return ``text`` as HTML with the span [start, end) highlighted (a caret if empty).

    A long formula is cut to an excerpt around the span.
    """
    text, start, end = formula_excerpt(text, start, end)
    before = html.escape(text[:start])
    inside = html.escape(text[start:end]) or "&nbsp;"
    after = html.escape(text[end:])
    # A word joiner (U+2060) keeps the label from breaking the line next to a "…".
    before = before.replace(ELLIPSIS, ELLIPSIS + "\u2060")
    after = after.replace(ELLIPSIS, "\u2060" + ELLIPSIS)
    return f"{before}<span style='background:{COLORS['update']}; color:white'>{inside}</span>{after}"
