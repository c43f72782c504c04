"""Number inputs that keep exactly what the user typed."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSlider, QSpinBox, QWidget

from ..core.numbers import format_number

# Qt's largest allowed decimals (DBL_MAX_10_EXP + DBL_DIG). Qt rounds every
# value to `decimals` places, and at this precision the rounding returns
# the same double, so 0.001 and 1e-5 survive unchanged.
_EXACT_DECIMALS = 323

_PARTIAL_NUMBER = re.compile(r"^[+-]?(\d*\.?\d*)?([eE][+-]?\d*)?$")
_NICE_MANTISSAS = (1.0, 2.0, 2.5, 5.0)


def _report_rejected(box, text: str) -> None:
    """Emit ``inputRejected`` for text that Qt is about to replace with the old value."""
    if text.strip() and box.validate(text, 0)[0] != QValidator.State.Acceptable:
        box.inputRejected.emit(text.strip())


def rejection_message(name: str, text: str, box: QSpinBox | QDoubleSpinBox) -> str:
    """Return the message for typed ``text`` that ``box`` threw away, naming its range."""
    low, high = format_number(box.minimum()), format_number(box.maximum())
    if isinstance(box, QSpinBox):
        message = QCoreApplication.translate(
            "NumberInputs", "{name} {value} is invalid: enter a whole number from {low} to {high}."
        )
    else:
        message = QCoreApplication.translate("NumberInputs", "{name} {value} is invalid: enter a number from {low} to {high}.")
    return message.format(name=name, value=text, low=low, high=high)


def explain_rejections(box: CheckedSpinBox | ExactDoubleSpinBox, name: Callable[[], str], show: Callable[[str], None]) -> None:
    """Pass ``show`` a message each time ``box`` throws typed text away.

    ``name`` returns the input's name in the current language, so the
    message follows a change of language.
    """
    box.inputRejected.connect(lambda text: show(rejection_message(name(), text, box)))


class CheckedSpinBox(QSpinBox):
    """A QSpinBox that reports when it discards typed text.

    Qt silently puts the previous value back when the text is out of range
    on Enter or focus loss; ``inputRejected(str)`` carries that text so the
    form can explain why.
    """

    inputRejected = Signal(str)

    def validate(self, text: str, position: int):
        # QSpinBox drops keys that would leave its range, so -3 became 3 and
        # 1000001 became 100000 as typed. Keeping such text until Enter lets
        # fixup() report it and put the previous value back.
        state, text, position = super().validate(text, position)
        if state == QValidator.State.Invalid:
            state = QValidator.State.Intermediate
        return state, text, position

    def fixup(self, text: str) -> str:
        _report_rejected(self, text)
        return super().fixup(text)


class ExactDoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that shows and keeps values such as 1e-5 exactly.

    Text is read and written with '.' as the decimal point and scientific
    notation allowed, independent of the locale. With ``logarithmic_steps``
    the arrows move through 1, 2, 2.5, 5, 10 … instead of adding a fixed step.
    """

    inputRejected = Signal(str)
    """The typed text that was out of range or not a number, as typed."""

    def __init__(self, parent: QWidget | None = None, logarithmic_steps: bool = False):
        super().__init__(parent)
        self._logarithmic = logarithmic_steps
        self.setDecimals(_EXACT_DECIMALS)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:
        return format_number(value, 12)

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip().replace("−", "-"))
        except ValueError:
            return self.value()

    def validate(self, text: str, position: int):
        stripped = text.strip().replace("−", "-")
        if not _PARTIAL_NUMBER.match(stripped):
            # Not Invalid, because Qt would drop the key without a word:
            # fixup() reports text such as "abc" on Enter.
            return QValidator.State.Intermediate, text, position
        try:
            value = float(stripped)
        except ValueError:
            return QValidator.State.Intermediate, text, position
        if not math.isfinite(value) or not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Acceptable, text, position

    def fixup(self, text: str) -> str:
        _report_rejected(self, text)
        return super().fixup(text)

    def stepBy(self, steps: int) -> None:
        if not self._logarithmic:
            super().stepBy(steps)
            return
        value = self.value()
        for _ in range(abs(steps)):
            value = nice_neighbour(value, up=steps > 0)
        self.setValue(min(max(value, self.minimum()), self.maximum()))


def nice_neighbour(value: float, up: bool) -> float:
    """Return the next value of the 1, 2, 2.5, 5 × 10^k ladder above or below."""
    if value <= 0.0:
        return 1e-6 if up else 0.0
    exponent = math.floor(math.log10(value))
    candidates = sorted(
        m * 10.0**e for e in (exponent - 1, exponent, exponent + 1) for m in _NICE_MANTISSAS
    )
    # Compare with a relative tolerance so 0.1 counts as a ladder value.
    if up:
        return next(c for c in candidates if c > value * (1 + 1e-9))
    return next(c for c in reversed(candidates) if c < value * (1 - 1e-9))


class LogSlider(QSlider):
    """A horizontal slider over a logarithmic range of positive values.

    ``valueChangedFloat(float)`` carries the value, rounded to three
    significant digits so that dragging gives readable numbers.
    """

    valueChangedFloat = Signal(float)

    TICKS_PER_DECADE = 100

    def __init__(self, minimum: float, maximum: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOrientation(self.orientation().Horizontal)
        self.setRange(
            round(math.log10(minimum) * self.TICKS_PER_DECADE),
            round(math.log10(maximum) * self.TICKS_PER_DECADE),
        )
        self.valueChanged.connect(self._emit_float)

    def float_value(self) -> float:
        return float(f"{10.0 ** (self.value() / self.TICKS_PER_DECADE):.3g}")

    def set_float_value(self, value: float) -> None:
        """Move the handle to ``value`` without emitting any signal."""
        if value <= 0.0:
            position = self.minimum()
        else:
            position = round(math.log10(value) * self.TICKS_PER_DECADE)
        blocked = self.blockSignals(True)
        self.setValue(position)
        self.blockSignals(blocked)

    @Slot(int)
    def _emit_float(self, _position: int) -> None:
        self.valueChangedFloat.emit(self.float_value())
