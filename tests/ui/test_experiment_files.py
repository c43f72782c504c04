"""Saving and opening experiments from the window."""

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from gdviewer.core.experiment_file import SCHEMA_VERSION
from gdviewer.ui.main_window import MainWindow


def make_window(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_round_trip_restores_identical_trajectory(window, qtbot, settings, tmp_path):
    experiment = window.experiment
    experiment.load_lesson("regression")
    experiment.add_point(6.0, 7.5)
    experiment.set_regression_start(0.25, -0.5)
    experiment.set_learning_rate(0.02)
    experiment.set_steps(250)
    window.player.seek(137)
    path = tmp_path / "fit.gdv"
    assert window.file_actions.save_to(str(path))
    assert not window.isWindowModified()

    other = make_window(qtbot, settings)
    assert other.file_actions.open_file(str(path))
    restored = other.experiment
    assert restored.lesson.id == "regression"
    assert restored.dataset.x.tolist() == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    assert restored.start == (0.25, -0.5)
    assert restored.learning_rate == 0.02
    assert restored.steps == 250
    assert other.player.position == 137
    assert restored.trajectory.points.tobytes() == experiment.trajectory.points.tobytes()
    assert restored.trajectory.losses.tobytes() == experiment.trajectory.losses.tobytes()
    assert not other.isWindowModified()
    assert other.windowTitle() == "fit.gdv[*] — gdviewer"


def test_function_lesson_round_trip(window, qtbot, settings, tmp_path):
    window.experiment.load_lesson("divergence")
    window.experiment.set_steps(700)
    window.player.go_to_end()
    path = tmp_path / "overflow.gdv"
    assert window.file_actions.save_to(str(path))
    other = make_window(qtbot, settings)
    assert other.file_actions.open_file(str(path))
    assert other.player.position == 322
    assert other.experiment.trajectory.divergence.step == 323


def test_optimizer_round_trip_restores_trajectory(window, qtbot, settings, tmp_path):
    experiment = window.experiment
    experiment.load_lesson("regression")
    experiment.set_optimizer("rmsprop")
    experiment.set_optimizer_value("decay", 0.95)
    experiment.set_schedule("exponential")
    experiment.set_schedule_value("decay_rate", 0.98)
    assert window.isWindowModified()
    path = tmp_path / "rmsprop.gdv"
    assert window.file_actions.save_to(str(path))

    other = make_window(qtbot, settings)
    assert other.file_actions.open_file(str(path))
    restored = other.experiment
    assert restored.optimizer_setup.name == "rmsprop"
    assert restored.optimizer_setup.value("decay") == 0.95
    assert restored.schedule_setup.value("decay_rate") == 0.98
    assert restored.trajectory.points.tobytes() == experiment.trajectory.points.tobytes()
    assert other.parameter_panel.optimizer_box.optimizer.currentData() == "rmsprop"
    assert not other.isWindowModified()


def test_edit_marks_window_modified(window):
    assert not window.isWindowModified()
    window.experiment.set_learning_rate(0.2)
    assert window.isWindowModified()
    assert window.windowTitle() == "Untitled[*] — gdviewer"


@pytest.mark.parametrize(
    "content, reason",
    [
        ('{"format": "gdviewer-experiment", "version": 1, "lesson": "convergence", "start": [1', "not valid JSON"),
        ("hello", "not valid JSON"),
        ('{"format": "gdviewer-experiment", "version": 9}', "newer gdviewer (schema version 9)"),
        ('{"format": "gdviewer-experiment", "version": 1, "lesson": "convergence", "start": [1],'
         ' "learning_rate": -5, "steps": 4, "position": 0}', '"learning_rate" is -5.0'),
        ('{"format": "gdviewer-experiment", "version": 1, "lesson": "convergence", "start": [1, 2],'
         ' "learning_rate": 0.1, "steps": 4, "position": 0}', "starts from 1 number(s)"),
        ('{"format": "gdviewer-experiment", "version": 1, "lesson": "regression", "start": [0, 0],'
         ' "learning_rate": 0.01, "steps": 4, "position": 0, "data": {"x": [1e300], "y": [1e300]}}',
         "The loss overflows at the start: the largest value, 1e300 in column x"),
    ],
)
def test_bad_file_changes_nothing(window, tmp_path, message_boxes, content, reason):
    window.experiment.set_learning_rate(0.3)
    window.player.seek(3)
    before = window.experiment.trajectory.points.tobytes()
    path = tmp_path / "bad.gdv"
    path.write_text(content, encoding="utf-8")
    assert not window.file_actions.open_file(str(path))
    assert message_boxes[-1][0] == "warning"
    assert reason in message_boxes[-1][2]
    assert "The current experiment is unchanged" in message_boxes[-1][2]
    assert window.experiment.learning_rate == 0.3
    assert window.experiment.lesson.id == "convergence"
    assert window.player.position == 3
    assert window.experiment.trajectory.points.tobytes() == before
    assert window.file_actions.path is None


def test_closing_unsaved_asks_and_cancel_keeps_window(qtbot, settings, message_boxes):
    window = make_window(qtbot, settings)
    window.experiment.set_learning_rate(0.2)
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert message_boxes[-1][0] == "question"
    message_boxes.answer = QMessageBox.StandardButton.Discard
    assert window.close()


def test_recent_files_remember_saved_paths(window, tmp_path):
    first, second = tmp_path / "a.gdv", tmp_path / "b.gdv"
    window.file_actions.save_to(str(first))
    window.file_actions.save_to(str(second))
    assert window.file_actions.recent_files()[:2] == [str(second.resolve()), str(first.resolve())]
    window.file_actions._fill_recent_menu()
    names = [action.text() for action in window.file_actions.recent_menu.actions()]
    assert names[:2] == ["&1 b.gdv", "&2 a.gdv"]


def test_saved_file_is_versioned_json(window, tmp_path):
    path = tmp_path / "lesson.gdv"
    window.file_actions.save_to(str(path))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "gdviewer-experiment"
    assert document["version"] == SCHEMA_VERSION
    assert document["lesson"] == "convergence"


def test_new_window_is_not_modified(window):
    assert not window.isWindowModified()


def test_redo_keys_are_not_ambiguous(window, qtbot):
    from PySide6.QtGui import QKeySequence

    keys = [key.toString() for key in window.redo_action.shortcuts()]
    assert len(keys) == len(set(keys))
    assert "Ctrl+Shift+Z" in keys
    window.experiment.load_lesson("regression")
    window.experiment.add_point(6.0, 6.0)
    window.experiment.undo_stack.undo()
    assert len(window.experiment.dataset) == 5
    qtbot.keyClick(window, "Z", modifier=QKeySequence("Ctrl+Shift+Z")[0].keyboardModifiers())
    assert len(window.experiment.dataset) == 6
