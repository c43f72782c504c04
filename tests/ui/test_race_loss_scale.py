"""The race's loss axis and the step panel at the end of a race."""

import re

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget


def choose_lesson(window, qtbot, lesson_id):
    lessons = window.findChild(QListWidget, "lessonList")
    for row in range(lessons.count()):
        if lessons.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
            lessons.scrollToItem(lessons.item(row))
            rect = lessons.visualItemRect(lessons.item(row))
            qtbot.mouseClick(lessons.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.experiment.lesson.id == lesson_id


def finish(window, qtbot):
    qtbot.waitUntil(lambda: not window.experiment.computing, timeout=30000)


def race_parts(window):
    plot = window.findChild(type(window.race_views.loss_plot), "raceLossPlot")
    box = window.findChild(QCheckBox, "raceLossLogScale")
    note = window.findChild(QLabel, "raceLossNote")
    return plot, box, note


def test_saddle_race_opens_linear(window, qtbot):
    choose_lesson(window, qtbot, "race-saddle")
    finish(window, qtbot)
    window.player.go_to_end()
    plot, box, note = race_parts(window)

    assert min(trajectory.losses.min() for trajectory in window.experiment.race.trajectories) < -20
    assert not plot.log_scale
    assert not box.isChecked()
    assert note.isVisible()
    assert note.text() == "Linear axis: some losses are 0 or below, which a log axis cannot show."
    # The curves reach the real losses, below −20, instead of stopping at a log floor.
    lowest = min(plot.curve_data(index)[1].min() for index in range(len(window.experiment.race.slots)))
    assert lowest * window.race_views.loss_plot._axis.scale < -20


def test_positive_race_stays_log(window, qtbot):
    choose_lesson(window, qtbot, "race-rosenbrock")
    finish(window, qtbot)
    plot, box, note = race_parts(window)

    assert plot.log_scale
    assert box.isChecked()
    assert not note.isVisible()


def test_user_log_choice_on_saddle_hides_losses(window, qtbot):
    choose_lesson(window, qtbot, "race-saddle")
    finish(window, qtbot)
    window.player.go_to_end()
    plot, box, note = race_parts(window)
    box.setChecked(True)

    assert plot.log_scale
    assert note.text() == "Losses ≤ 0 are not drawn on a log axis."
    assert note.isVisible()
    _, shown = plot.curve_data(0)
    assert np.isnan(shown).any()

    # Another lesson chooses the axis again, and the saddle switches to linear again.
    choose_lesson(window, qtbot, "race-rosenbrock")
    finish(window, qtbot)
    assert plot.log_scale
    assert not note.isVisible()
    choose_lesson(window, qtbot, "race-saddle")
    finish(window, qtbot)
    assert not plot.log_scale
    assert not box.isChecked()


def test_race_step_panel_last_step(window, qtbot):
    choose_lesson(window, qtbot, "race-saddle")
    finish(window, qtbot)
    window.player.go_to_end()
    text = window.step_panel.toPlainText()
    last = window.experiment.race.last_step
    loss = window.experiment.race.trajectories[0].losses[last]

    assert f"Step {last}: the end of the race" in text
    assert f"{last + 1}" not in text.splitlines()[0]
    losses = re.findall(r"f\(x₃₀₀\) = (\S+)", text)
    assert len(losses) == len(window.experiment.race.slots)
    assert all(not value.startswith("(") for value in losses)
    assert f"f(x₃₀₀) = −{abs(loss):.5g}" in text


def test_race_step_panel_before_end(window, qtbot):
    choose_lesson(window, qtbot, "race-saddle")
    finish(window, qtbot)
    window.player.seek(3)
    assert window.step_panel.toPlainText().startswith("Step 3 → 4")
