"""The sweep's steps mode when no learning rate reaches the tolerance in n steps."""

import numpy as np
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit
from PySide6.QtCore import Qt

from gdviewer.core.sweep import sweep


def show_steps_sweep(window, qtbot, formula: str):
    with qtbot.waitSignal(window.sweep.sweepChanged, timeout=10_000, check_params_cb=lambda: window.sweep.result is not None):
        window.findChild(QAction, "actionShowSweep").trigger()
    with qtbot.waitSignal(window.sweep.sweepChanged, timeout=10_000, check_params_cb=lambda: window.sweep.result is not None):
        line = window.findChild(QLineEdit, "functionInput")
        line.setText(formula)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    window.sweep_view.mode.setCurrentIndex(1)


def message_text(window) -> str:
    message = window.sweep_view.plot._message
    return message.textItem.toPlainText() if message.isVisible() else ""


def test_short_run_suggests_more_steps(window, qtbot):
    show_steps_sweep(window, qtbot, "sin(x) + 0.1x^2")

    assert not window.sweep.result.any_reached
    assert window.sweep.estimated_steps == 8
    assert window.sweep.suggested_steps == 40
    assert message_text(window) == (
        "No learning rate reaches |f′(x)| ≤ 1e-6 in n = 4 steps.\nRaise the step count to 40 or more."
    )
    assert window.sweep_view.plot.shown_data()[0].size == 0


def test_suggested_steps_reach_tolerance(window, qtbot):
    show_steps_sweep(window, qtbot, "sin(x) + 0.1x^2")

    with qtbot.waitSignal(window.sweep.sweepChanged, timeout=10_000, check_params_cb=lambda: window.sweep.result is not None):
        window.experiment.set_steps(window.sweep.suggested_steps)

    expected = sweep(window.experiment.objective, 1.0, window.sweep.learning_rates, 40)
    _rates, shown = window.sweep_view.plot.shown_data()
    reached = expected.steps_to_tolerance >= 0
    assert reached.sum() > 10
    np.testing.assert_array_equal(shown[reached], expected.steps_to_tolerance[reached])
    assert message_text(window) == ""


def test_no_shrinking_gradient_says_steps_will_not_help(window, qtbot):
    show_steps_sweep(window, qtbot, "-x^2")

    assert window.sweep.estimated_steps is None
    assert "No run's gradient shrinks, so more steps will not help." in message_text(window)


def test_unreached_message_in_korean(window, qtbot):
    show_steps_sweep(window, qtbot, "sin(x) + 0.1x^2")
    window.language_switcher.set_language("ko", remember=False)
    try:
        qtbot.waitUntil(lambda: "단계 수" in message_text(window))
        assert "40" in message_text(window)
        assert "n = 4" in message_text(window)
    finally:
        window.language_switcher.remove()


def test_estimate_above_sweep_limit(window, qtbot):
    show_steps_sweep(window, qtbot, "0.00001x^2")

    assert window.sweep.estimated_steps > 10_000
    assert window.sweep.suggested_steps is None
    assert "more than the 10000 steps a sweep computes" in message_text(window)
