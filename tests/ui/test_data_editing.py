"""Editing the regression data: mouse edits, undo and redo, CSV import and export."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture
def regression_window(window):
    window.experiment.load_lesson("regression")
    QApplication.processEvents()
    return window


def pixel_of(plot, x, y) -> QPoint:
    """The viewport pixel where the data plot draws (x, y)."""
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def drag(plot, start: QPoint, end: QPoint, steps: int = 5) -> None:
    """Press at ``start``, move in ``steps`` moves with the button held, release at ``end``."""
    viewport = plot.viewport()
    left = Qt.MouseButton.LeftButton

    def send(kind, position, buttons):
        point = QPointF(position)
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), left, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, left)
    for i in range(1, steps + 1):
        position = start + (end - start) * (i / steps)
        send(QEvent.Type.MouseMove, position, left)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def double_click(plot, position: QPoint) -> None:
    """Send the events of a double-click as a window system delivers them: press, release, double-click, release."""
    viewport = plot.viewport()
    left = Qt.MouseButton.LeftButton
    point = QPointF(position)
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), left, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def shortcut(window, qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifiers)


def test_double_click_adds_point_and_undo_redo(regression_window, qtbot):
    window = regression_window
    plot = window.regression_views.data_plot
    before = window.experiment.trajectory.points[-1].copy()
    double_click(plot, pixel_of(plot, 3.0, 1.0))
    dataset = window.experiment.dataset
    assert len(dataset) == 6
    assert dataset.x[-1] == pytest.approx(3.0, abs=0.05)
    assert dataset.y[-1] == pytest.approx(1.0, abs=0.05)
    assert plot.selected_index == 5
    assert not np.array_equal(window.experiment.trajectory.points[-1], before)

    shortcut(window, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.experiment.dataset) == 5
    assert window.experiment.trajectory.points[-1].tolist() == before.tolist()
    assert plot.selected_index == -1

    shortcut(window, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.experiment.dataset) == 6


def test_single_click_adds_nothing(regression_window, qtbot):
    window = regression_window
    plot = window.regression_views.data_plot
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(plot, 3.0, 1.0))
    assert len(window.experiment.dataset) == 5
    assert window.experiment.undo_stack.count() == 0
    assert plot.selected_index == -1


def test_single_click_clears_selection(regression_window, qtbot):
    window = regression_window
    plot = window.regression_views.data_plot
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(plot, 4.0, 4.0))
    assert plot.selected_index == 3
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(plot, 3.0, 1.0))
    assert plot.selected_index == -1
    assert len(window.experiment.dataset) == 5


def test_shift_click_adds_point(regression_window, qtbot):
    window = regression_window
    plot = window.regression_views.data_plot
    qtbot.mouseClick(
        plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=pixel_of(plot, 2.0, 1.0)
    )
    dataset = window.experiment.dataset
    assert len(dataset) == 6
    assert dataset.x[-1] == pytest.approx(2.0, abs=0.05)
    assert dataset.y[-1] == pytest.approx(1.0, abs=0.05)
    assert window.experiment.undo_stack.undoText().startswith("Add point (")
    window.experiment.undo_stack.undo()
    assert len(window.experiment.dataset) == 5


def test_double_click_on_point_adds_nothing(regression_window, qtbot):
    window = regression_window
    plot = window.regression_views.data_plot
    double_click(plot, pixel_of(plot, 4.0, 4.0))
    assert len(window.experiment.dataset) == 5
    assert plot.selected_index == 3


def test_data_plot_tips_name_gesture(regression_window):
    plot = regression_window.regression_views.data_plot
    assert "Double-click or Shift+click" in plot.toolTip()
    assert plot.statusTip() == plot.toolTip()


def test_drag_moves_point_in_one_undo_step(regression_window, qtbot):
    window = regression_window
    plot = window.regression_views.data_plot
    stack = window.experiment.undo_stack
    drag(plot, pixel_of(plot, 3.0, 5.0), pixel_of(plot, 3.0, 2.0))
    dataset = window.experiment.dataset
    assert len(dataset) == 5
    assert dataset.x[2] == pytest.approx(3.0, abs=0.05)
    assert dataset.y[2] == pytest.approx(2.0, abs=0.05)
    assert stack.count() == 1
    assert stack.undoText() == "Move point 3"
    # The run follows the moved point at once.
    assert window.experiment.trajectory.losses[0] == pytest.approx(np.mean(dataset.y**2))

    window.findChild(QAction, "actionUndo").trigger()
    assert window.experiment.dataset.y.tolist() == [2.0, 4.0, 5.0, 4.0, 5.0]
    window.findChild(QAction, "actionRedo").trigger()
    assert window.experiment.dataset.y[2] == pytest.approx(2.0, abs=0.05)


def test_two_drags_are_two_undo_steps(regression_window, qtbot):
    window = regression_window
    plot = window.regression_views.data_plot
    drag(plot, pixel_of(plot, 1.0, 2.0), pixel_of(plot, 1.0, 3.0))
    drag(plot, pixel_of(plot, 1.0, 3.0), pixel_of(plot, 1.0, 4.0))
    assert window.experiment.undo_stack.count() == 2
    window.experiment.undo_stack.undo()
    assert window.experiment.dataset.y[0] == pytest.approx(3.0, abs=0.05)


def test_delete_selected_point(regression_window, qtbot):
    window = regression_window
    plot = window.regression_views.data_plot
    delete = window.findChild(QAction, "actionDeletePoint")
    assert not delete.isEnabled()
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(plot, 4.0, 4.0))
    assert plot.selected_index == 3
    assert delete.isEnabled()
    shortcut(window, qtbot, Qt.Key.Key_Delete)
    assert window.experiment.dataset.x.tolist() == [1.0, 2.0, 3.0, 5.0]
    assert not delete.isEnabled()
    assert window.experiment.undo_stack.undoText() == "Delete point 4"
    window.experiment.undo_stack.undo()
    assert window.experiment.dataset.x.tolist() == [1.0, 2.0, 3.0, 4.0, 5.0]


def test_last_point_cannot_be_deleted(window, qtbot):
    window.experiment.load_lesson("regression-step")
    with qtbot.waitSignal(window.experiment.errorOccurred) as error:
        window.experiment.remove_points([0])
    assert error.args[0] == "data"
    assert "at least one point" in error.args[1]
    assert len(window.experiment.dataset) == 1


def test_lesson_change_clears_undo_history(regression_window, qtbot):
    window = regression_window
    window.experiment.add_point(6.0, 6.0)
    assert window.experiment.undo_stack.canUndo()
    window.experiment.load_lesson("regression")
    assert not window.experiment.undo_stack.canUndo()
    assert len(window.experiment.dataset) == 5


def test_edit_emits_data_changed_before_trajectory(regression_window, qtbot):
    experiment = regression_window.experiment
    order = []
    experiment.dataChanged.connect(lambda: order.append("data"))
    experiment.trajectoryChanged.connect(lambda: order.append("trajectory"))
    experiment.add_point(6.0, 7.0)
    assert order == ["data", "trajectory"]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 1e13])
def test_invalid_point_rejected(regression_window, qtbot, value):
    experiment = regression_window.experiment
    with qtbot.waitSignal(experiment.errorOccurred) as error:
        experiment.add_point(1.0, value)
    assert error.args[0] == "data"
    assert len(experiment.dataset) == 5
    assert experiment.undo_stack.count() == 0


def test_import_replaces_data_and_is_undoable(regression_window, tmp_path):
    window = regression_window
    path = tmp_path / "study.csv"
    path.write_text("\ufeffhours;score\n\n 0 ; 1 \n1;3\n2;5\n")
    assert window.data_files.import_file(path) is None
    dataset = window.experiment.dataset
    assert dataset.x.tolist() == [0.0, 1.0, 2.0]
    assert (dataset.x_name, dataset.y_name) == ("hours", "score")
    assert window.regression_views.data_plot.getPlotItem().getAxis("bottom").labelText == "hours"
    assert "Imported 3 points from study.csv" in window.statusBar().currentMessage()
    window.experiment.undo_stack.undo()
    assert window.experiment.dataset.y.tolist() == [2.0, 4.0, 5.0, 4.0, 5.0]


@pytest.mark.parametrize(
    "content, message",
    [
        ("x,y\n1,2\n2,abc\n", "Row 3, column 2 (y): 'abc' is not a number. Write a decimal number"),
        ("x;y\n1,5;2\n", "Row 2, column 1 (x): '1,5' is not a number. Write decimals with a point"),
        ("x,y\n1,2\n2,\n", "Row 3, column 2 (y): the value is missing."),
        ("1,2\n3\n", "Row 2, column 2: the value is missing."),
        ("x\n1\n2\n", "Row 1 has a single column ('x')"),
        ("x,y\n", "The file has no data rows"),
        ("", "The file has no data rows"),
        ("x,y\n1,nan\n", "Row 2, column 2 (y): 'nan' is not a finite number."),
        ("x,y\n1e999,1\n", "Row 2, column 1 (x): '1e999' is not a finite number."),
        ("x,y,z\n1,2,3\n", "Row 2 has 3 values: keep two columns"),
    ],
)
def test_rejected_import_changes_nothing(regression_window, qtbot, tmp_path, content, message):
    window = regression_window
    window.experiment.add_point(6.0, 6.0)
    dataset = window.experiment.dataset
    trajectory = window.experiment.trajectory
    commands = window.experiment.undo_stack.count()
    path = tmp_path / "bad.csv"
    path.write_text(content)

    error = window.data_files.import_file(path)
    assert error is not None
    assert error.startswith("bad.csv was not imported. ")
    assert message in error
    assert window.experiment.dataset is dataset
    assert window.experiment.trajectory is trajectory
    assert window.experiment.undo_stack.count() == commands
    assert message in window.statusBar().currentMessage()


def test_import_of_latin1_file_is_rejected(regression_window, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("x,y\n1,2\n2,3\n4,caf\u00e9\n".encode("latin-1"))
    error = regression_window.data_files.import_file(path)
    assert "Row 4 is not valid UTF-8 text" in error
    assert len(regression_window.experiment.dataset) == 5


def test_export_writes_current_data(regression_window, tmp_path):
    window = regression_window
    window.experiment.add_point(6.5, 0.25)
    path = tmp_path / "export.csv"
    assert window.data_files.export_file(path) is None
    assert path.read_text() == "x,y\n1,2\n2,4\n3,5\n4,4\n5,5\n6.5,0.25\n"
    assert "Exported 6 points to export.csv" in window.statusBar().currentMessage()


def test_data_actions_follow_lesson_kind(window):
    imports = window.findChild(QAction, "actionImportData")
    exports = window.findChild(QAction, "actionExportData")
    assert not imports.isEnabled()
    assert not exports.isEnabled()
    window.experiment.load_lesson("regression-step")
    assert imports.isEnabled()
    assert exports.isEnabled()


def test_command_line_data_opens_in_window(window, tmp_path):
    from gdviewer.app import _check_options, apply_options, build_parser

    path = tmp_path / "points.csv"
    path.write_text("x,y\n0,1\n1,3\n2,5\n")
    parser = build_parser()
    options = parser.parse_args(["--data", str(path), "--start=0.5,-1"])
    _check_options(parser, options)
    apply_options(window.experiment, options)
    assert window.experiment.lesson.id == "regression"
    assert window.experiment.dataset.y.tolist() == [1.0, 3.0, 5.0]
    assert window.experiment.start == (0.5, -1.0)
    assert not window.experiment.undo_stack.canUndo()


def test_import_of_huge_values_names_largest(regression_window, tmp_path, recwarn):
    window = regression_window
    dataset = window.experiment.dataset
    path = tmp_path / "huge.csv"
    path.write_text("x,y\n1e200,1e200\n2e200,3e200\n1,2\n")
    errors = []
    window.experiment.errorOccurred.connect(lambda parameter, message: errors.append((parameter, message)))

    error = window.data_files.import_file(path)

    assert error.startswith("huge.csv was not imported. The loss overflows at the start")
    assert "3e200 in column y" in error
    assert "divide both by 1e200" in error
    assert errors and errors[0][0] == "data"
    assert "3e200" in errors[0][1]
    assert window.experiment.dataset is dataset
    assert [warning for warning in recwarn if issubclass(warning.category, RuntimeWarning)] == []
