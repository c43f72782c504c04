"""Exporting figures, animations and trajectory tables from the window."""

import csv

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction

from gdviewer.core.export import TableTerms, trajectory_rows
from gdviewer.core.lessons import find_lesson
from gdviewer.core.trajectory import run
from gdviewer.ui.figure_export import shown_plots


def test_export_actions_in_file_menu(window):
    names = [action.objectName() for action in window.file_menu.actions()]
    position = names.index("actionExportFigure")
    assert names[position : position + 3] == ["actionExportFigure", "actionExportAnimation", "actionExportTrajectory"]
    assert window.findChild(QAction, "actionExportFigure").shortcut().toString() == "Ctrl+E"


def test_whole_area_png_has_chosen_width(window, tmp_path):
    path = tmp_path / "area.png"
    assert window.export_actions.write_figure(str(path), 0, 1600)
    with Image.open(path) as image:
        assert image.size[0] == 1600
        bounds = plot_bounds(window)
        assert image.size[1] == pytest.approx(1600 * bounds.height() / bounds.width(), abs=2)


def plot_bounds(window):
    """Return the rectangle around the plots shown in the plot area, in its coordinates."""
    rects = [rect for _plot, rect in shown_plots(window.plot_area)]
    bounds = rects[0]
    for rect in rects[1:]:
        bounds = bounds.united(rect)
    return bounds


def test_whole_area_png_leaves_out_widgets(window, tmp_path):
    path = tmp_path / "area.png"
    bounds = plot_bounds(window)
    assert window.export_actions.write_figure(str(path), 0, bounds.width())

    with Image.open(path) as image:
        assert image.size == (bounds.width(), bounds.height())
        pixels = np.asarray(image.convert("RGB"))
    color = window.loss_plot.backgroundBrush().color()
    background = [color.red(), color.green(), color.blue()]
    for widget in (window.plot_tabs.tabBar(), window.step_panel):
        rect = QRect(widget.mapTo(window.plot_area, QPoint(0, 0)), widget.size()).translated(-bounds.topLeft())
        region = pixels[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1]
        assert region.size > 0, widget.objectName()
        assert (region == background).all(), widget.objectName()


def test_single_plot_png_and_svg(window, tmp_path):
    png = tmp_path / "function.png"
    svg = tmp_path / "loss.svg"
    assert window.export_actions.write_figure(str(png), 1, 900)
    assert window.export_actions.write_figure(str(svg), 2, 900)
    with Image.open(png) as image:
        assert image.size[0] == 900
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml")
    assert "<svg" in text
    assert set(tmp_path.iterdir()) == {png, svg}


def test_whole_area_svg(window, tmp_path):
    path = tmp_path / "area.svg"
    assert window.export_actions.write_figure(str(path), 0, 800)
    assert "<svg" in path.read_text(encoding="utf-8")


def test_animation_has_one_frame_per_step(window, qtbot, tmp_path):
    window.player.seek(4)
    path = tmp_path / "run.gif"
    exporter = window.export_actions.start_animation(str(path), 400, 5.0)
    with qtbot.waitSignal(exporter.finished, timeout=20000):
        pass
    with Image.open(path) as image:
        assert image.n_frames == 5
        assert image.size[0] == 400
        assert image.info["duration"] == 200
    assert window.player.position == 4


def test_cancelled_animation_keeps_old_file(window, qtbot, tmp_path):
    path = tmp_path / "run.gif"
    path.write_bytes(b"previous")
    window.experiment.set_steps(40)
    window.player.seek(40)
    exporter = window.export_actions.start_animation(str(path), 300, 5.0)
    exporter.cancel()
    with qtbot.waitSignal(exporter.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["cancelled"]
    assert path.read_bytes() == b"previous"
    assert window.player.position == 40


def test_trajectory_csv_matches_core(window, tmp_path):
    path = tmp_path / "trajectory.csv"
    assert window.export_actions.write_trajectory(str(path))
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["step", "x", "gradient x", "loss", "state"]
    lesson = find_lesson("convergence")
    trajectory = run(lesson.objective, lesson.start, lesson.learning_rate, lesson.steps)
    np.testing.assert_array_equal([float(row[1]) for row in rows[1:]], trajectory.points[:, 0])
    np.testing.assert_array_equal([float(row[2]) for row in rows[1:]], trajectory.gradients[:, 0])
    np.testing.assert_array_equal([float(row[3]) for row in rows[1:]], trajectory.losses)
    assert {row[4] for row in rows[1:]} == {"finite"}


def test_diverged_csv_ends_with_overflow_row():
    lesson = find_lesson("divergence")
    trajectory = run(lesson.objective, lesson.start, lesson.learning_rate, 700)
    rows = trajectory_rows(trajectory, TableTerms())
    assert rows[-2][0] == "322"
    assert rows[-1] == ["323", "", "", "inf", "diverged"]


def test_unknown_figure_suffix_is_reported(window, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr("gdviewer.ui.export_actions.QMessageBox.warning", lambda *args: messages.append(args[2]))
    assert not window.export_actions.write_figure(str(tmp_path / "plot.bmp"), 0, 800)
    assert "use .png or .svg" in messages[0]
    assert not (tmp_path / "plot.bmp").exists()


def test_copy_script_puts_runnable_source_on_clipboard(window, tmp_path):
    import subprocess
    import sys

    from PySide6.QtGui import QGuiApplication

    window.findChild(QAction, "actionCopyScript").trigger()
    source = QGuiApplication.clipboard().text()
    path = tmp_path / "run.py"
    path.write_text(source, encoding="utf-8")
    printed = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=True).stdout
    assert printed.splitlines()[1:] == ["0 1.0 2.0 4.0", "1 0.6 0.72 2.4", *printed.splitlines()[3:]]
    assert printed.splitlines()[-1].split()[1] == repr(float(window.experiment.trajectory.points[-1, 0]))


def test_animation_as_mp4_video(window, qtbot, tmp_path):
    import imageio_ffmpeg

    window.player.seek(4)
    path = tmp_path / "run.mp4"
    exporter = window.export_actions.start_animation(str(path), 401, 5.0)
    with qtbot.waitSignal(exporter.finished, timeout=30000):
        pass
    reader = imageio_ffmpeg.read_frames(str(path))
    metadata = next(reader)
    width, height = metadata["size"]
    assert width == 400
    assert height % 2 == 0
    assert sum(1 for _ in reader) == 5


def test_animation_frames_show_points_where_they_land(window, qtbot, tmp_path):
    plot = window.function_plot
    assert plot.animated
    window.player.seek(3)
    exporter = window.export_actions.start_animation(str(tmp_path / "run.gif"), 300, 5.0)
    assert not plot.animated
    seen = []
    exporter.progressed.connect(lambda _count: seen.append(plot.current_marker))
    with qtbot.waitSignal(exporter.finished, timeout=20000):
        pass
    trajectory = window.experiment.trajectory
    assert seen[0] == pytest.approx((trajectory.points[3, 0], trajectory.losses[3]))
    assert plot.animated


def test_long_animation_samples_steps(window, qtbot, tmp_path):
    window.experiment.set_steps(1000)
    window.player.seek(1000)
    exporter = window.export_actions.start_animation(str(tmp_path / "run.gif"), 300, 5.0)
    assert exporter.frame_count == 300
    assert exporter.steps[0] == 0
    assert exporter.steps[-1] == 1000
    exporter.cancel()
    with qtbot.waitSignal(exporter.failed, timeout=5000):
        pass
    assert window.player.position == 1000


def test_animation_dialog_names_frames(window):
    from gdviewer.ui.export_actions import AnimationOptionsDialog

    short = AnimationOptionsDialog(400, window, last_step=4)
    long = AnimationOptionsDialog(400, window, last_step=3000)

    assert short.frames.text() == "5: one per step from 0 to 4"
    assert long.frames.text() == (
        "300 of the 3001 steps from 0 to 3000: a run of more than 300 steps is shown at 300 "
        "evenly spaced steps, the first and the last included"
    )
    short.deleteLater()
    long.deleteLater()
