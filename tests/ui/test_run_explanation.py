"""The text under the lesson list follows the run: typed surfaces, other optimisers, schedules."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QTextBrowser

from gdviewer.ui.lesson_texts import lesson_explanation


def choose_lesson(window, lesson_id):
    lessons = window.findChild(QListWidget, "lessonList")
    for row in range(lessons.count()):
        if lessons.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
            lessons.setCurrentRow(row)
    assert window.experiment.lesson.id == lesson_id


def choose(window, object_name, data):
    combo = window.parameter_panel.findChild(QComboBox, object_name)
    combo.setCurrentIndex(combo.findData(data))


def explanation(window):
    return window.findChild(QTextBrowser, "lessonText")


def type_surface(window, qtbot, text):
    field = window.findChild(QLineEdit, "surfaceFormula")
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_lesson_text_shown_by_default(window):
    choose_lesson(window, "convergence")

    assert explanation(window).toPlainText() == lesson_explanation("convergence")
    assert explanation(window).isVisible()


def test_typed_surface_replaces_lesson_text(window, qtbot):
    choose_lesson(window, "race-bowl")
    type_surface(window, qtbot, "x^2 + y^2")
    qtbot.waitUntil(lambda: not window.experiment.computing, timeout=30000)

    text = explanation(window).toPlainText()
    assert text != lesson_explanation("race-bowl")
    assert "contour map" in text
    assert "formula you typed" in text
    assert explanation(window).isVisible()


def test_other_built_in_surface_names_it(window, qtbot):
    choose_lesson(window, "race-bowl")
    surface = window.race_panel.findChild(QComboBox, "surface")
    surface.setCurrentIndex(surface.findData("rosenbrock"))
    qtbot.waitUntil(lambda: not window.experiment.computing, timeout=30000)

    text = explanation(window).toPlainText()
    assert text != lesson_explanation("race-bowl")
    assert "Rosenbrock's valley" in text


def test_lesson_text_returns_on_reload(window, qtbot):
    choose_lesson(window, "race-bowl")
    type_surface(window, qtbot, "x^2 + y^2")
    choose_lesson(window, "convergence")
    choose_lesson(window, "race-bowl")

    assert explanation(window).toPlainText() == lesson_explanation("race-bowl")


@pytest.mark.parametrize(
    ("optimizer", "phrase"),
    [
        ("momentum", "keeps a velocity"),
        ("nesterov", "x + μ·v"),
        ("adagrad", "sum of all squared gradients"),
        ("rmsprop", "moving average of squared gradients"),
        ("adam", "bias correction"),
    ],
)
def test_optimizer_replaces_lesson_text(window, optimizer, phrase):
    choose_lesson(window, "convergence")
    choose(window, "optimizer", optimizer)

    text = explanation(window).toPlainText()
    assert text != lesson_explanation("convergence")
    assert phrase in text


def test_schedule_replaces_regression_text(window):
    choose_lesson(window, "regression")
    choose(window, "schedule", "cosine")

    text = explanation(window).toPlainText()
    assert text.startswith("Gradient descent now runs with a learning-rate schedule")
    assert "Cosine decay" in text


def test_back_to_descent_restores_text(window):
    choose_lesson(window, "regression")
    choose(window, "optimizer", "adam")
    choose(window, "optimizer", "gd")

    assert explanation(window).toPlainText() == lesson_explanation("regression")


def test_optimizer_text_in_korean(window, qtbot):
    choose_lesson(window, "convergence")
    choose(window, "optimizer", "adam")
    english = explanation(window).toPlainText()

    try:
        window.language_switcher.set_language("ko", remember=False)
        qtbot.waitUntil(lambda: explanation(window).toPlainText() != english)
        korean = explanation(window).toPlainText()
    finally:
        window.language_switcher.remove()
    assert korean.startswith("이 실행은 레슨이 설명하는 기본 경사 하강법 대신 Adam")
    assert any("가" <= character <= "힣" for character in korean)
