"""Race lessons next to the learning-rate lab, experiment files and export."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from gdviewer.app import main
from gdviewer.ui.main_window import MainWindow


def choose_lesson(window, qtbot, lesson_id):
    lessons = window.findChild(QListWidget, "lessonList")
    for row in range(lessons.count()):
        if lessons.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
            lessons.scrollToItem(lessons.item(row))
            rect = lessons.visualItemRect(lessons.item(row))
            qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.experiment.lesson.id == lesson_id


def test_race_hides_function_only_tools(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")

    assert not window.comparison_panel.isVisible()
    assert not window.parameter_panel.function_editor.isVisible()
    assert not window.add_run_action.isEnabled()
    assert not window.sweep_action.isEnabled()
    assert not window.fastest_action.isEnabled()
    assert not window.export_actions.script.isEnabled()
    assert "race" in window.export_actions.script.toolTip()


def test_function_lesson_shows_them_again(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    choose_lesson(window, qtbot, "convergence")

    assert window.comparison_panel.isVisible()
    assert window.parameter_panel.function_editor.isVisible()
    assert window.add_run_action.isEnabled()
    assert window.export_actions.script.isEnabled()


def test_click_on_other_lesson_loads_once(window, qtbot):
    loaded = []
    window.experiment.lessonChanged.connect(loaded.append)

    choose_lesson(window, qtbot, "race-beale")

    assert loaded == ["race-beale"]


def test_typed_function_leaves_race(window, qtbot):
    choose_lesson(window, qtbot, "race-rosenbrock")

    assert window.experiment.set_function("x^2")

    assert window.experiment.lesson.id == "convergence"
    assert window.experiment.start == 1.0
    assert window.experiment.trajectory.points[1, 0] == 0.8
    assert window.upper_views.currentWidget() is window.function_plot


def test_race_file_round_trip(window, qtbot, settings, tmp_path):
    experiment = window.experiment
    choose_lesson(window, qtbot, "race-himmelblau")
    experiment.set_regression_start(-3.0, 3.5)
    experiment.set_steps(200)
    experiment.compute_all()
    window.player.seek(57)
    path = tmp_path / "race.gdv"
    assert window.file_actions.save_to(str(path))

    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["lesson"] == "race-himmelblau"
    assert document["start"] == [-3.0, 3.5]
    assert document["steps"] == 200

    other = MainWindow(settings)
    qtbot.addWidget(other)
    other.show()
    assert other.file_actions.open_file(str(path))
    race = other.experiment.race
    assert other.experiment.lesson.id == "race-himmelblau"
    assert race.start == (-3.0, 3.5)
    assert race.steps == 200
    assert other.player.position == 57
    for restored, saved in zip(race.trajectories, experiment.race.trajectories):
        assert restored.points.tobytes() == saved.points.tobytes()
    other.setWindowModified(False)


def test_race_export_to_csv_and_script(tmp_path, capsys):
    table = tmp_path / "race.csv"
    assert main(["--surface", "bowl", "--steps", "3", "--export", str(table)]) == 0
    rows = table.read_text(encoding="utf-8").splitlines()
    # Six racers, each with steps 0 to 3, under one header row.
    assert len(rows) == 1 + 6 * 4
    assert rows[1].startswith("racer 1 (Gradient descent),0,")

    script = tmp_path / "race.py"
    assert main(["--surface", "bowl", "--export", str(script)]) == 2
    assert "cannot be exported as a Python script" in capsys.readouterr().err
    assert not script.exists()


def test_surface_and_function_together_rejected(capsys):
    try:
        main(["--surface", "bowl", "--function", "x^2", "--print"])
    except SystemExit as exit:
        assert exit.code == 2
    else:
        raise AssertionError("--surface with --function was accepted")
    assert "--surface or --function" in capsys.readouterr().err
