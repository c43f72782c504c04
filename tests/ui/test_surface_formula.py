"""Typing a surface in x and y in the race panel, and opening one from the command line."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget

HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"


def open_race(window, qtbot):
    lessons = window.findChild(QListWidget, "lessonList")
    for row in range(lessons.count()):
        if lessons.item(row).data(Qt.ItemDataRole.UserRole) == "race-bowl":
            lessons.setCurrentRow(row)
    assert window.experiment.lesson.id == "race-bowl"


def type_surface(window, qtbot, text):
    field = window.findChild(QLineEdit, "surfaceFormula")
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return field


def title(window):
    return window.race_views.contour_plot.getPlotItem().titleLabel.text


def test_typed_surface_reaches_map_and_racers(window, qtbot):
    open_race(window, qtbot)
    type_surface(window, qtbot, HIMMELBLAU)
    qtbot.waitUntil(lambda: not window.experiment.computing, timeout=30000)

    race = window.experiment.race
    combo = window.race_panel.findChild(QComboBox, "surface")
    minima_x, minima_y = window.race_views.contour_plot._minima.getData()
    assert race.surface.typed_formula == HIMMELBLAU
    assert combo.currentText() == "Typed formula"
    assert title(window) == "f(x, y) = (x + y² − 7)² + (x² + y − 11)²"
    assert len(minima_x) == 4
    assert sorted(np.round(minima_x, 6)) == sorted(round(x, 6) for x, _ in race.surface.minimizers)
    assert [t.points[0].tolist() for t in race.trajectories] == [[-2.5, 1.5]] * 6
    assert window.findChild(QLabel, "surfaceFormulaError").isHidden()


def test_bad_surface_shows_position_keeps_surface(window, qtbot):
    open_race(window, qtbot)
    before = window.experiment.race.surface
    field = type_surface(window, qtbot, "x^2 + 10y^2 + sin(")

    error = window.findChild(QLabel, "surfaceFormulaError")
    assert error.isVisible()
    assert "position 18" in error.text()
    assert ">(</span>" in error.text()
    assert field.text() == "x^2 + 10y^2 + sin("
    assert field.cursorPosition() == 17
    assert window.experiment.race.surface is before
    assert title(window) == "f(x, y) = x² + 10y²"


def test_error_clears_after_good_formula(window, qtbot):
    open_race(window, qtbot)
    type_surface(window, qtbot, "x^2 + q")
    assert window.findChild(QLabel, "surfaceFormulaError").isVisible()

    type_surface(window, qtbot, "x^2 + 3xy + 5y^2")

    assert window.findChild(QLabel, "surfaceFormulaError").isHidden()
    assert window.experiment.race.surface.formula == "x² + 3xy + 5y²"


def test_escape_restores_surface_in_use(window, qtbot):
    open_race(window, qtbot)
    field = window.findChild(QLineEdit, "surfaceFormula")
    assert field.text() == "x² + 10y²"

    qtbot.keyClicks(field, " + sin(")
    qtbot.keyClick(field, Qt.Key.Key_Escape)

    assert field.text() == "x² + 10y²"


def test_builtin_formula_text_applies_unchanged(window, qtbot):
    open_race(window, qtbot)
    field = window.findChild(QLineEdit, "surfaceFormula")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    race = window.experiment.race
    points = np.array([[0.5, -1.0], [2.0, 0.25]])
    assert race.surface.typed_formula == "x² + 10y²"
    assert race.objective.value(points).tolist() == [10.25, 4.625]


def test_surface_field_in_korean(window, qtbot):
    open_race(window, qtbot)
    field = window.findChild(QLineEdit, "surfaceFormula")
    english = field.placeholderText()
    window.language_switcher.set_language("ko", remember=False)
    try:
        qtbot.waitUntil(lambda: field.placeholderText() != english)
        type_surface(window, qtbot, "x^2 + q")
        error = window.findChild(QLabel, "surfaceFormulaError")
        assert "알 수 없는 이름 “q”" in error.text()
        assert "x^2 + 10y^2" in field.placeholderText()
    finally:
        window.language_switcher.remove()


def test_function_option_opens_window_on_surface(window):
    from gdviewer.app import _check_options, apply_options, build_parser, join_signed_values

    parser = build_parser()
    arguments = ["--function", "x^2 + 10y^2", "--optimizer", "adam", "--start", "-1,2", "--steps", "40"]
    options = parser.parse_args(join_signed_values(arguments))
    _check_options(parser, options)
    apply_options(window.experiment, options)

    race = window.experiment.race
    assert race.surface.typed_formula == "x^2 + 10y^2"
    assert [racer.optimizer for racer in race.racers] == ["adam"]
    assert race.start == (-1.0, 2.0)
    assert race.steps == 40
    assert window.findChild(QLineEdit, "surfaceFormula").text() == "x^2 + 10y^2"
