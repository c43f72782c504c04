"""Races in the window: paths, clicks on the map, racer inputs, schedules, seeds and divergence."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDoubleSpinBox, QListWidget, QPushButton, QScrollArea, QToolButton

from gdviewer.core.batches import BatchSampler
from gdviewer.core.optimizers import OPTIMIZERS, Adam, GradientDescent, Momentum
from gdviewer.core.race import Race, Racer
from gdviewer.core.regression import LinearRegression
from gdviewer.core.schedules import CosineDecay
from gdviewer.core.surfaces import IllConditionedBowl, Rosenbrock
from gdviewer.core.trajectory import run
from gdviewer.model import race as race_module
from gdviewer.ui.plots import race_contour_plot, race_map_geometry
from gdviewer.ui.plots.path_thinning import pixel_cells


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


def editor(window, index):
    """The race panel's editor of racer ``index`` (in race order)."""
    return window.race_panel.editors[window.experiment.race.slots[index]]


def click(window, qtbot, widget):
    """Scroll the side panel to ``widget``, as a user would, and click it."""
    QApplication.processEvents()
    window.findChild(QScrollArea, "sidePanel").ensureWidgetVisible(widget)
    QApplication.processEvents()
    # A check box toggles on its box and text, which sit at its left end.
    position = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=position)


def pixel_of(plot, x, y):
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def test_six_racers_through_panel_match_core(window, qtbot):
    choose_lesson(window, qtbot, "race-adam-bias")
    panel = window.race_panel
    surface = panel.findChild(QComboBox, "surface")
    surface.setCurrentIndex(surface.findData("rosenbrock"))
    add = panel.findChild(QPushButton, "addRacer")
    for _ in range(4):
        click(window, qtbot, add)
    assert not add.isEnabled()
    finish(window, qtbot)

    race = window.experiment.race
    names = [racer.optimizer for racer in race.racers]
    assert names == ["adam", "adam", "gd", "momentum", "nesterov", "adagrad"]
    rosenbrock = Rosenbrock()
    racers = [
        Racer(Adam(), 0.05), Racer(Adam(bias_correction=False), 0.05),
        *(Racer(OPTIMIZERS[name](), rosenbrock.suggested_learning_rates[name]) for name in names[2:]),
    ]
    expected = Race(rosenbrock, rosenbrock.start, racers, 300)
    expected.advance(300)

    step = window.findChild(QAction, "actionStep")
    for _ in range(7):
        step.trigger()
    window.player.seek(window.player.position + 150)
    position = window.player.position
    assert position == 157
    plot = window.race_views.contour_plot
    view_box = plot.getPlotItem().getViewBox()
    for index, trajectory in enumerate(expected.trajectories()):
        points = trajectory.points[: position + 1]
        steps, links = plot.path_steps(index)
        xs, ys = plot.path_data(index)
        assert steps[0] == 0
        assert xs.tolist() == points[steps, 0].tolist()
        assert ys.tolist() == points[steps, 1].tolist()
        # The drawn segments join the same screen pixels as all the steps do.
        cells = pixel_cells(points, race.box, tuple(view_box.viewPixelSize()))
        walked = {tuple(sorted(pair)) for pair in zip(cells[:-1].tolist(), cells[1:].tolist())}
        drawn = {tuple(sorted((cells[a], cells[b]))) for a, b, link in zip(steps[:-1], steps[1:], links[:-1]) if link}
        assert drawn == walked
        assert plot.current_points()[index] == tuple(trajectory.points[position])
        steps, losses = window.race_views.loss_plot.curve_data(index)
        assert losses == pytest.approx(np.log10(trajectory.losses[: position + 1]), rel=1e-12)
    assert window.upper_views.currentWidget() is window.race_views.upper
    assert window.transport.step_label.text() == "step 157 / 300"


def test_click_on_map_sets_start(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    plot = window.race_views.contour_plot
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(plot, 1.5, -1.0))

    race = window.experiment.race
    x, y = race.start
    assert x == pytest.approx(1.5, abs=0.05)
    assert y == pytest.approx(-1.0, abs=0.05)
    for trajectory in race.trajectories:
        assert trajectory.points[0].tolist() == [x, y]
    assert window.parameter_panel.start_weight.value() == x
    assert window.parameter_panel.start_bias.value() == y
    finish(window, qtbot)
    alone = run(IllConditionedBowl(), (x, y), 0.09, 300)
    assert race.trajectories[0].points.tobytes() == alone.points.tobytes()


def test_start_inputs_move_every_racer(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    panel = window.parameter_panel
    assert panel.weight_label.text() == "Start x₀"
    assert panel.bias_label.text() == "Start y₀"
    assert not panel.learning_rate.isVisibleTo(window)
    panel.start_weight.setValue(2.0)

    assert [t.points[0].tolist() for t in window.experiment.race.trajectories] == [[2.0, 1.5]] * 6


def test_hyperparameter_inputs_change_the_run(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    race = window.experiment.race
    momentum = editor(window, 1).findChild(QDoubleSpinBox, "hyperparameter_momentum")
    assert momentum.value() == 0.9
    assert momentum.maximum() == 0.999
    assert "default 0.9, from 0 to 0.999" in momentum.toolTip()
    momentum.setValue(0.5)
    finish(window, qtbot)

    expected = run(IllConditionedBowl(), (-2.5, 1.5), 0.02, 300, Momentum(0.5))
    assert race.racers[1].value("momentum") == 0.5
    assert race.trajectories[1].points.tobytes() == expected.points.tobytes()

    rate = editor(window, 1).findChild(QDoubleSpinBox, "racerLearningRate")
    rate.setValue(0.05)
    finish(window, qtbot)
    expected = run(IllConditionedBowl(), (-2.5, 1.5), 0.05, 300, Momentum(0.5))
    assert race.trajectories[1].points.tobytes() == expected.points.tobytes()

    bias = editor(window, 5).findChild(QCheckBox, "hyperparameter_bias_correction")
    assert bias.isChecked()
    click(window, qtbot, bias)
    finish(window, qtbot)
    expected = run(IllConditionedBowl(), (-2.5, 1.5), 0.05, 300, Adam(bias_correction=False))
    assert race.trajectories[5].points.tobytes() == expected.points.tobytes()


def test_optimizer_choice_shows_its_hyperparameters(window, qtbot):
    choose_lesson(window, qtbot, "race-adam-bias")
    first = editor(window, 0)
    optimizer = first.findChild(QComboBox, "optimizer")
    optimizer.setCurrentIndex(optimizer.findData("rmsprop"))

    inputs = first.hyperparameters.inputs
    assert list(inputs) == ["decay", "epsilon"]
    assert window.experiment.race.racers[0].learning_rate == 0.01
    assert window.experiment.race.trajectories[0].optimizer.name == "rmsprop"
    finish(window, qtbot)
    assert "s₁ = ρ·s₀ + (1 − ρ)·g₀² = 0.9·(0, 0) + 0.1·" in window.step_panel.toPlainText()


def test_remove_racer_button(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    remove = editor(window, 2).findChild(QToolButton, "removeRacer")
    click(window, qtbot, remove)

    race = window.experiment.race
    assert [racer.optimizer for racer in race.racers] == ["gd", "momentum", "adagrad", "rmsprop", "adam"]
    assert race.slots == (0, 1, 3, 4, 5)
    assert window.race_panel.findChild(QPushButton, "addRacer").isEnabled()


def test_schedule_choice_shapes_every_rate(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    schedule = window.race_panel.findChild(QComboBox, "schedule")
    schedule.setCurrentIndex(schedule.findData("cosine"))
    inputs = window.race_panel.schedule_inputs.inputs
    inputs["decay_steps"].setValue(200)
    inputs["warmup_steps"].setValue(20)
    finish(window, qtbot)

    race = window.experiment.race
    plot = window.race_views.schedule_plot
    for index, (setup, trajectory) in enumerate(zip(race.racers, race.trajectories)):
        expected = CosineDecay(setup.learning_rate, decay_steps=200, warmup_steps=20)(np.arange(300))
        assert trajectory.learning_rates[: trajectory.last_step] == pytest.approx(expected[: trajectory.last_step], rel=1e-15)
        steps, shown = plot.curve_data(index)
        finite = expected > 0
        assert shown[finite] == pytest.approx(np.log10(expected[finite]), rel=1e-12)
        assert np.isnan(shown[~finite]).all()
    assert "Cosine decay" in plot.getPlotItem().titleLabel.text


def test_divergence_of_one_racer_while_others_go_on(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    rate = editor(window, 0).findChild(QDoubleSpinBox, "racerLearningRate")
    rate.setValue(1.0)
    finish(window, qtbot)

    race = window.experiment.race
    diverged = race.trajectories[0]
    assert diverged.divergence is not None
    stop = diverged.divergence.step
    assert all(trajectory.last_step == 300 for trajectory in race.trajectories[1:])

    window.player.seek(stop - 2)
    assert "diverged" not in window.run_status.text()
    window.player.seek(300)
    message = (f"racer 1 (Gradient descent) diverged at step {stop}: the loss f(x) overflowed to ∞. "
               f"It stops at step {stop - 1}; lower its learning rate.")
    assert message in window.run_status.text()
    assert message in window.step_panel.toPlainText()
    assert "Racer 2: Momentum, α = 0.02" in window.step_panel.toPlainText()
    plot = window.race_views.contour_plot
    steps, _ = plot.path_steps(1)
    assert steps[-1] <= 300
    # The diverged racer left the map upwards; its marker stays on the edge.
    assert abs(diverged.points[-1, 1]) > 1e100
    assert plot.current_points()[0][1] in (race.box.y_min, race.box.y_max)
    assert window.race_views.contour_plot.current_points()[1] == tuple(race.trajectories[1].points[300])


def test_stochastic_regression_reset_is_bit_identical(window, qtbot):
    choose_lesson(window, qtbot, "regression")
    box = window.update_mode_box
    assert box.isVisibleTo(window)
    box.inputs.mode.setCurrentIndex(2)
    box.inputs.seed.setValue(3)

    experiment = window.experiment
    first = experiment.trajectory.points.tobytes()
    objective = experiment.objective
    expected = run(objective, (0.0, 0.0), 0.01, 100, GradientDescent(), BatchSampler(5, 1, 3))
    assert first == expected.points.tobytes()
    assert window.transport.step_label.text() == "step 0 / 100"
    assert window.parameter_panel.steps_label.text() == "Steps"

    window.findChild(QAction, "actionReset").trigger()
    assert experiment.trajectory.points.tobytes() == first
    box.inputs.seed.setValue(4)
    assert experiment.trajectory.points.tobytes() != first
    box.inputs.seed.setValue(3)
    assert experiment.trajectory.points.tobytes() == first

    window.player.seek(1)
    indices = experiment.trajectory.batch_indices[1]
    assert f"numbers {indices[0] + 1}, drawn with seed 3" in window.step_panel.toPlainText()


def test_mini_batch_race_on_regression_loss(window, qtbot):
    choose_lesson(window, qtbot, "race-sgd")
    finish(window, qtbot)
    race = window.experiment.race
    mini = editor(window, 1)
    assert mini.batches.isVisibleTo(window)
    assert mini.batches.batch_size.value() == 2

    objective = race.objective
    assert isinstance(objective, LinearRegression)
    expected = run(objective, (0.0, 0.0), 0.02, 1000, GradientDescent(), BatchSampler(5, 2, 0))
    assert race.trajectories[1].points.tobytes() == expected.points.tobytes()
    mini.batches.seed.setValue(9)
    finish(window, qtbot)
    expected = run(objective, (0.0, 0.0), 0.02, 1000, GradientDescent(), BatchSampler(5, 2, 9))
    assert race.trajectories[1].points.tobytes() == expected.points.tobytes()
    assert window.race_views.contour_plot.getPlotItem().getAxis("bottom").labelText == "w"


def test_gradient_arrows_point_downhill(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    plot = window.race_views.contour_plot
    assert plot.arrow_directions() == [None] * 6

    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.race_views.arrows.isChecked()
    window.player.seek(3)
    for direction, trajectory in zip(plot.arrow_directions(), window.experiment.race.trajectories):
        gradient = trajectory.gradients[3]
        assert direction is not None
        assert np.sign(direction[0]) == -np.sign(gradient[0])
        assert np.sign(direction[1]) == -np.sign(gradient[1])
        assert np.hypot(*direction) == pytest.approx(1.0)


def test_contour_grid_once_per_surface(window, qtbot, monkeypatch):
    computed, traced = [], []
    original_grid, original_trace = race_module.contour_grid, race_map_geometry.trace_contours
    monkeypatch.setattr(race_module, "contour_grid", lambda *a, **k: computed.append(1) or original_grid(*a, **k))
    monkeypatch.setattr(race_contour_plot, "trace_contours", lambda grid: traced.append(1) or original_trace(grid))

    choose_lesson(window, qtbot, "race-rosenbrock")
    lines = window.race_views.contour_plot.contour_lines[0].copy()
    assert (len(computed), len(traced)) == (1, 1)
    play = window.findChild(QAction, "actionPlay")
    window.player.set_speed(480.0)
    play.trigger()
    qtbot.waitUntil(lambda: window.player.position > 200, timeout=20000)
    play.trigger()
    for width in (900, 1400, 1100):
        window.resize(width, 760)
        QApplication.processEvents()
    assert (len(computed), len(traced)) == (1, 1)
    assert np.array_equal(window.race_views.contour_plot.contour_lines[0], lines, equal_nan=True)

    surface = window.race_panel.findChild(QComboBox, "surface")
    surface.setCurrentIndex(surface.findData("himmelblau"))
    assert (len(computed), len(traced)) == (2, 2)


def test_surface_option_opens_window_race(window):
    from gdviewer.app import _check_options, apply_options, build_parser, join_signed_values

    parser = build_parser()
    options = parser.parse_args(join_signed_values(["--surface", "rosenbrock", "--optimizer", "adam", "--start", "-1,2"]))
    _check_options(parser, options)
    apply_options(window.experiment, options)

    race = window.experiment.race
    assert window.experiment.lesson.id == "race-rosenbrock"
    assert [racer.optimizer for racer in race.racers] == ["adam"]
    assert race.start == (-1.0, 2.0)
    assert window.race_panel.isVisibleTo(window)


def test_race_texts_in_korean(window, qtbot):
    choose_lesson(window, qtbot, "race-bowl")
    window.language_switcher.set_language("ko", remember=False)
    try:
        qtbot.waitUntil(lambda: editor(window, 0).findChild(QComboBox, "optimizer").currentText() != "Gradient descent")
        assert editor(window, 0).findChild(QComboBox, "optimizer").currentText() == "경사 하강법"
        assert "1번 주자: 경사 하강법, α = 0.09" in window.step_panel.toPlainText()
        assert window.race_views.arrows.text() != "Gradient arrows"
    finally:
        window.language_switcher.remove()


def test_race_exports_every_racer(window, qtbot, tmp_path):
    choose_lesson(window, qtbot, "race-adam-bias")
    finish(window, qtbot)
    path = tmp_path / "race.csv"
    assert window.export_actions.write_trajectory(str(path))

    import csv

    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["racer", "step", "x", "y", "gradient x", "gradient y", "loss", "state"]
    race = window.experiment.race
    assert len(rows) == 1 + 2 * 301
    assert rows[1][:4] == ["racer 1 (Adam)", "0", "-2.5", "1.5"]
    last = race.trajectories[1].points[-1]
    assert rows[-1][:4] == ["racer 2 (Adam)", "300", repr(float(last[0])), repr(float(last[1]))]
    assert set(window.plots()) == {"Contour map of the race", "Loss plot", "Learning-rate schedule"}


def test_more_racers_while_player_is_far(window, qtbot):
    choose_lesson(window, qtbot, "race-adam-bias")
    finish(window, qtbot)
    window.player.seek(300)
    choose_lesson(window, qtbot, "race-bowl")

    assert window.player.position == 0
    assert len(window.race_views.contour_plot.current_points()) == 6
    assert len(window.race_views.contour_plot.path_steps(5)[0]) == 1


def test_any_two_variable_objective_can_race(window, qtbot):
    from gdviewer.core.surfaces import Box, Saddle

    choose_lesson(window, qtbot, "race-bowl")
    race = window.experiment.race
    race.set_objective_surface(Saddle(), Box(-1.0, 1.0, -1.0, 1.0), (0.5, 0.1), "x^2 - y^2")
    finish(window, qtbot)

    surface = window.race_panel.findChild(QComboBox, "surface")
    assert surface.currentData() == "formula"
    assert surface.currentText() == "Typed formula"
    assert window.race_views.contour_plot.getPlotItem().titleLabel.text == "f(x, y) = x^2 - y^2"
    assert [t.points[0].tolist() for t in race.trajectories] == [[0.5, 0.1]] * 6
    surface.setCurrentIndex(surface.findData("bowl"))
    assert surface.findData("formula") == -1
