"""Inputs built from a table of hyperparameters: a check box, a whole number or a number."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from ..core.hyperparameters import Hyperparameter
from ..core.numbers import format_number
from ..model.limits import MAX_STEPS
from .number_inputs import CheckedSpinBox, ExactDoubleSpinBox, explain_rejections
from .race_names import hyperparameter_label, hyperparameter_tooltip


def make_input(hyperparameter: Hyperparameter) -> QWidget:
    """Create the input for one hyperparameter, limited to its valid range."""
    if hyperparameter.is_switch:
        return QCheckBox()
    if hyperparameter.is_integer:
        box = CheckedSpinBox()
        box.setRange(int(hyperparameter.minimum or 0), int(hyperparameter.maximum or MAX_STEPS))
        box.setKeyboardTracking(False)
        box.setGroupSeparatorShown(True)
        return box
    box = ExactDoubleSpinBox(logarithmic_steps=hyperparameter.log_scale)
    low = hyperparameter.minimum if hyperparameter.minimum is not None else -1e12
    high = hyperparameter.maximum if hyperparameter.maximum is not None else 1e12
    box.setRange(low, high)
    box.setSingleStep(0.01 if high - low <= 1.0 else 0.1)
    return box


def read_input(widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.value()


def write_input(widget: QWidget, value: Any) -> None:
    """Show ``value`` in an input without emitting its change signal."""
    blocked = widget.blockSignals(True)
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif widget.value() != value:
        widget.setValue(value)
    widget.blockSignals(blocked)


class HyperparameterForm(QWidget):
    """One labelled input per hyperparameter of a table, with range and meaning as tooltip.

    Signals
    -------
    valueEdited(str, object)
        The user changed an input: the hyperparameter's name and its new
        value (bool, int or float).
    inputRejected(str)
        An input threw typed text away: the message that names the text
        and the valid range.
    """

    valueEdited = Signal(str, object)
    inputRejected = Signal(str)

    def __init__(self, parent: QWidget | None = None, leading_rows: Sequence[tuple[QWidget, QWidget]] = ()):
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # Rows above the hyperparameters, such as the learning rate, share
        # the column of labels and stay when the table changes.
        for label, field in leading_rows:
            self._layout.addRow(label, field)
        self._leading = len(leading_rows)
        self._table: tuple[Hyperparameter, ...] = ()
        self._inputs: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}

    @property
    def inputs(self) -> dict[str, QWidget]:
        """The input widgets by hyperparameter name."""
        return dict(self._inputs)

    def set_table(self, table: Sequence[Hyperparameter]) -> None:
        """Build the inputs for ``table``, unless they show this table already."""
        table = tuple(table)
        if table == self._table:
            return
        while self._layout.rowCount() > self._leading:
            self._layout.removeRow(self._leading)
        self._table = table
        self._inputs, self._labels = {}, {}
        for hyperparameter in table:
            widget = make_input(hyperparameter)
            widget.setObjectName(f"hyperparameter_{hyperparameter.name}")
            self._connect(widget, hyperparameter.name)
            if hyperparameter.is_switch:
                # A check box carries its own text, so a click on the text toggles it.
                self._layout.addRow(widget)
            else:
                label = QLabel()
                self._layout.addRow(label, widget)
                self._labels[hyperparameter.name] = label
            self._inputs[hyperparameter.name] = widget
        self.retranslate()

    def show_values(self, value_of: Callable[[str], Any]) -> None:
        """Show the current value of every input, without emitting ``valueEdited``."""
        for name, widget in self._inputs.items():
            write_input(widget, value_of(name))

    def retranslate(self) -> None:
        for hyperparameter in self._table:
            name = hyperparameter.name
            tip = hyperparameter_tooltip(name)
            limits = _range_text(hyperparameter)
            if limits:
                tip = f"{tip} {limits}"
            widget = self._inputs[name]
            widget.setToolTip(tip)
            label = self._labels.get(name)
            if label is None:
                widget.setText(hyperparameter_label(name))
            else:
                label.setText(hyperparameter_label(name))
                label.setToolTip(tip)

    def _connect(self, widget: QWidget, name: str) -> None:
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda checked, key=name: self.valueEdited.emit(key, bool(checked)))
            return
        widget.valueChanged.connect(lambda value, key=name: self.valueEdited.emit(key, value))
        explain_rejections(widget, lambda key=name: hyperparameter_label(key), self.inputRejected.emit)


def _range_text(hyperparameter: Hyperparameter) -> str:
    """Return "(default …, from … to …)" for a number's tooltip."""
    if hyperparameter.is_switch:
        return QCoreApplication.translate("HyperparameterForm", "(default: on)") if hyperparameter.default else ""
    low = "−∞" if hyperparameter.minimum is None else format_number(hyperparameter.minimum)
    high = "∞" if hyperparameter.maximum is None else format_number(hyperparameter.maximum)
    return QCoreApplication.translate("HyperparameterForm", "(default {default}, from {low} to {high})").format(
        default=format_number(hyperparameter.default), low=low, high=high
    )
