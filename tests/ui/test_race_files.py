"""Saving races from the window and opening them again, exactly as they were."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QPushButton, QToolButton

from gdviewer.core.batches import BatchSampler
from gdviewer.core.experiment_file import SCHEMA_VERSION
from gdviewer.core.numbers import format_number
from gdviewer.core.optimizers import Adam, GradientDescent
from gdviewer.core.race_file import MAX_SEED
from gdviewer.core.schedules import StepDecay
from gdviewer.core.trajectory import run
from gdviewer.ui.batch_inputs import MAX_SEED as SEED_INPUT_MAXIMUM
from gdviewer.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def make_window(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def finish(window, qtbot):
    qtbot.waitUntil(lambda: not window.experiment.computing, timeout=30000)


def editor(window, index):
    """The race panel's editor of racer ``index`` (in race order)."""
    return window.race_panel.editors[window.experiment.race.slots[index]]


def choose(combo: QComboBox, name: str) -> None:
    combo.setCurrentIndex(combo.findData(name))


def assert_same_race(restored, original):
    assert restored.surface.name == original.surface.name
    assert restored.start == original.start
    assert restored.steps == original.steps
    assert restored.slots == original.slots
    assert restored.racers == original.racers
    assert restored.schedule == original.schedule
    assert len(restored.trajectories) == len(original.trajectories)
    for mine, theirs in zip(restored.trajectories, original.trajectories):
        assert mine.points.tobytes() == theirs.points.tobytes()
        assert mine.losses.tobytes() == theirs.losses.tobytes()
        assert mine.learning_rates.tobytes() == theirs.learning_rates.tobytes()


def edit_sgd_race(window, qtbot):
    """Edit the race-sgd lesson through the panel: remove, add, retune, reseed, reschedule."""
    window.experiment.load_lesson("race-sgd")
    panel = window.race_panel
    editor(window, 0).findChild(QToolButton, "removeRacer").click()
    panel.findChild(QPushButton, "addRacer").click()
    panel.findChild(QPushButton, "addRacer").click()
    adam = editor(window, 3)
    choose(adam.findChild(QComboBox, "optimizer"), "adam")
    adam.findChild(QCheckBox, "hyperparameter_bias_correction").setChecked(False)
    adam.findChild(QDoubleSpinBox, "hyperparameter_beta1").setValue(0.8)
    adam.findChild(QDoubleSpinBox, "racerLearningRate").setValue(0.2)
    mini = editor(window, 0).batches
    mini.seed.setValue(11)
    stochastic = editor(window, 1).batches
    stochastic.mode.setCurrentIndex(1)  # mini-batch
    stochastic.batch_size.setValue(3)
    stochastic.seed.setValue(5)
    choose(panel.findChild(QComboBox, "schedule"), "step")
    panel.schedule_inputs.inputs["step_size"].setValue(40)
    panel.schedule_inputs.inputs["warmup_steps"].setValue(10)
    window.experiment.set_regression_start(0.5, -0.25)
    window.experiment.set_steps(400)
    finish(window, qtbot)
    window.player.seek(123)


def test_edited_race_round_trip(window, qtbot, settings, tmp_path):
    edit_sgd_race(window, qtbot)
    race = window.experiment.race
    assert race.slots == (1, 2, 0, 3)
    assert [setup.optimizer for setup in race.racers] == ["gd", "gd", "momentum", "adam"]
    path = tmp_path / "sgd.gdv"
    assert window.file_actions.save_to(str(path))

    other = make_window(qtbot, settings)
    assert other.file_actions.open_file(str(path))
    restored = other.experiment.race
    assert other.experiment.lesson.id == "race-sgd"
    assert_same_race(restored, race)
    assert other.player.position == 123
    assert not other.isWindowModified()
    assert editor(other, 3).findChild(QDoubleSpinBox, "hyperparameter_beta1").value() == 0.8
    assert not editor(other, 3).findChild(QCheckBox, "hyperparameter_bias_correction").isChecked()
    assert editor(other, 1).batches.batch_size.value() == 3
    assert other.race_panel.findChild(QComboBox, "schedule").currentData() == "step"


def test_reopened_mini_batch_racer_matches_core(window, qtbot, settings, tmp_path):
    edit_sgd_race(window, qtbot)
    path = tmp_path / "sgd.gdv"
    assert window.file_actions.save_to(str(path))
    other = make_window(qtbot, settings)
    assert other.file_actions.open_file(str(path))
    finish(other, qtbot)

    race = other.experiment.race
    schedule = StepDecay(0.02, step_size=40, warmup_steps=10)
    expected = run(race.objective, (0.5, -0.25), schedule, 400, GradientDescent(), BatchSampler(5, 3, 5))
    assert race.trajectories[1].points.tobytes() == expected.points.tobytes()
    adam = StepDecay(0.2, step_size=40, warmup_steps=10)
    expected = run(race.objective, (0.5, -0.25), adam, 400, Adam(beta1=0.8, bias_correction=False))
    assert race.trajectories[3].points.tobytes() == expected.points.tobytes()


def test_surface_chosen_in_panel_round_trip(window, qtbot, settings, tmp_path):
    window.experiment.load_lesson("race-bowl")
    choose(window.race_panel.findChild(QComboBox, "surface"), "himmelblau")
    window.experiment.race.remove_racer(4)
    finish(window, qtbot)
    path = tmp_path / "himmelblau.gdv"
    assert window.file_actions.save_to(str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["race"]["surface"] == {"kind": "named", "name": "himmelblau"}

    other = make_window(qtbot, settings)
    assert other.file_actions.open_file(str(path))
    finish(other, qtbot)
    assert other.race_panel.findChild(QComboBox, "surface").currentData() == "himmelblau"
    assert_same_race(other.experiment.race, window.experiment.race)


def test_regression_surface_keeps_its_data(window, qtbot, settings, tmp_path):
    experiment = window.experiment
    experiment.load_lesson("regression-step")
    experiment.add_point(3.0, 5.0)
    experiment.add_point(-1.0, 0.5)
    experiment.load_lesson("race-beale")
    choose(window.race_panel.findChild(QComboBox, "surface"), "regression")
    finish(window, qtbot)
    path = tmp_path / "fit-race.gdv"
    assert window.file_actions.save_to(str(path))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["race"]["surface"] == {"kind": "regression", "loss": "half_squared_error"}
    assert document["data"] == {"x": [2.0, 3.0, -1.0], "y": [4.0, 5.0, 0.5]}

    other = make_window(qtbot, settings)
    assert other.file_actions.open_file(str(path))
    finish(other, qtbot)
    restored = other.experiment.race
    assert restored.objective.dataset.x.tolist() == [2.0, 3.0, -1.0]
    assert restored.objective.loss is experiment.race.objective.loss
    assert_same_race(restored, experiment.race)


def test_file_without_race_shows_lesson_racers(window, tmp_path):
    path = tmp_path / "old.gdv"
    path.write_text(json.dumps({
        "format": "gdviewer-experiment", "version": 1, "lesson": "race-adam-bias",
        "start": [1.0, 1.0], "learning_rate": 0.05, "steps": 120, "position": 30,
    }), encoding="utf-8")
    assert window.file_actions.open_file(str(path))
    race = window.experiment.race
    assert race.racers == window.experiment.lesson.racers
    assert race.start == (1.0, 1.0)
    assert race.steps == 120
    assert window.player.position == 30


def saved_race(window, qtbot, tmp_path):
    edit_sgd_race(window, qtbot)
    path = tmp_path / "race.gdv"
    assert window.file_actions.save_to(str(path))
    return json.loads(path.read_text(encoding="utf-8"))


def racer_change(**changes):
    def change(document):
        document["race"]["racers"][3].update(changes)
    return change


def hyperparameter_change(name, value):
    def change(document):
        document["race"]["racers"][3]["hyperparameters"][name] = value
    return change


def too_many_racers(document):
    racers = document["race"]["racers"]
    document["race"]["racers"] = [dict(racers[0], slot=slot) for slot in range(7)]


def misspelt_formula_surface(document):
    document["race"]["surface"] = {"kind": "formula", "formula": "x^2 + z^2"}
    del document["data"]


def bad_schedule(document):
    document["race"]["schedule"] = {"name": "step", "hyperparameters": {"step_size": 0}}


def overflowing_data(document):
    document["data"] = {"x": [1e300, -1e300, 2e300], "y": [1e300, 0.0, 1.0]}


def race_for_function_lesson(document):
    document["lesson"] = "convergence"
    document["start"] = [1.0]


@pytest.mark.parametrize(
    "change, reason",
    [
        (racer_change(optimizer="lion"), "\"racer 4 optimizer\" is 'lion', which is unknown; use one of: gd, momentum"),
        (hyperparameter_change("beta2", 1.5), '"racer 4 beta2" is 1.5; it must be between 0 and 0.99999'),
        (hyperparameter_change("bias_correction", 0), '"racer 4 bias_correction" must be true or false, not 0'),
        (racer_change(seed="seven"), "\"racer 4 seed\" must be a whole number, not 'seven'"),
        (too_many_racers, '"racers" must be a list of 1 to 6 racers, not 7'),
        (bad_schedule, '"schedule step_size" is 0; it must be between 1 and 1000000'),
        (misspelt_formula_surface, "the race's surface 'x^2 + z^2' is not a formula in x and y"),
        (overflowing_data, "The surface cannot be evaluated at (0.5, -0.25)"),
        (race_for_function_lesson, "lesson 'convergence' is not a race"),
    ],
)
def test_bad_race_file_changes_nothing(window, qtbot, tmp_path, message_boxes, change, reason):
    document = saved_race(window, qtbot, tmp_path)
    window.experiment.load_lesson("race-rosenbrock")
    window.experiment.race.set_racer_learning_rate(2, 0.003)
    finish(window, qtbot)
    window.player.seek(40)
    race = window.experiment.race
    before = [trajectory.points.tobytes() for trajectory in race.trajectories]
    racers, slots = race.racers, race.slots

    change(document)
    path = tmp_path / "bad.gdv"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert not window.file_actions.open_file(str(path))
    finish(window, qtbot)
    assert message_boxes[-1][0] == "warning"
    assert reason in message_boxes[-1][2]
    assert "The current experiment is unchanged" in message_boxes[-1][2]
    assert window.experiment.lesson.id == "race-rosenbrock"
    assert race.surface.name == "rosenbrock"
    assert race.racers == racers
    assert race.slots == slots
    assert [trajectory.points.tobytes() for trajectory in race.trajectories] == before
    assert window.player.position == 40


def test_racer_edits_mark_window_unsaved(window, qtbot, tmp_path):
    window.experiment.load_lesson("race-bowl")
    path = tmp_path / "bowl.gdv"
    assert window.file_actions.save_to(str(path))
    assert not window.isWindowModified()

    editor(window, 1).findChild(QDoubleSpinBox, "racerLearningRate").setValue(0.01)
    assert window.isWindowModified()
    assert window.file_actions.save_to(str(path))
    assert not window.isWindowModified()

    choose(window.race_panel.findChild(QComboBox, "schedule"), "exponential")
    assert window.isWindowModified()
    assert window.file_actions.save_to(str(path))

    choose(window.race_panel.findChild(QComboBox, "surface"), "saddle")
    assert window.isWindowModified()
    assert window.file_actions.open_file(str(path))
    assert not window.isWindowModified()
    assert window.experiment.race.surface.name == "bowl"
    assert window.experiment.race.schedule.name == "exponential"


def gdviewer(*arguments, cwd):
    """Run this checkout's gdviewer, whatever gdviewer the environment has installed."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "gdviewer", *arguments], cwd=cwd, env=environment, capture_output=True, text=True, check=False
    )


def test_exported_race_opens_in_window(window, qtbot, tmp_path):
    result = gdviewer("--surface", "rosenbrock", "--optimizer", "adam", "--steps", "200", "--export", "adam.gdv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads((tmp_path / "adam.gdv").read_text(encoding="utf-8"))
    assert document["version"] == SCHEMA_VERSION
    assert document["race"]["racers"][0]["optimizer"] == "adam"

    assert window.file_actions.open_file(str(tmp_path / "adam.gdv"))
    finish(window, qtbot)
    race = window.experiment.race
    assert [setup.optimizer for setup in race.racers] == ["adam"]
    assert window.player.position == 200
    expected = run(race.objective, race.start, 0.05, 200, Adam())
    assert race.trajectories[0].points.tobytes() == expected.points.tobytes()


def test_saved_race_exports_unchanged(window, qtbot, tmp_path):
    original = saved_race(window, qtbot, tmp_path)
    result = gdviewer("race.gdv", "--export", "again.gdv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    again = json.loads((tmp_path / "again.gdv").read_text(encoding="utf-8"))
    assert again["race"] == original["race"]
    assert again["data"] == original["data"]
    assert again["position"] == original["position"]


def formula_race_document(formula):
    return {
        "format": "gdviewer-experiment", "version": SCHEMA_VERSION, "lesson": "race-bowl",
        "start": [1.0, 1.0], "learning_rate": 0.1, "steps": 10, "position": 0,
        "race": {
            "surface": {"kind": "formula", "formula": formula},
            "racers": [{"optimizer": "gd", "learning_rate": 0.1}],
            "schedule": {"name": "constant"},
        },
    }


def test_formula_race_file_exports_same_race(tmp_path):
    (tmp_path / "formula.gdv").write_text(json.dumps(formula_race_document("x^2 + 3y^2")), encoding="utf-8")
    result = gdviewer("formula.gdv", "--export", "out.gdv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    again = json.loads((tmp_path / "out.gdv").read_text(encoding="utf-8"))
    assert again["race"]["surface"] == {"kind": "formula", "formula": "x^2 + 3y^2"}


def test_bad_formula_race_file_rejected(tmp_path):
    (tmp_path / "formula.gdv").write_text(json.dumps(formula_race_document("x^2 + z^2")), encoding="utf-8")
    result = gdviewer("formula.gdv", "--export", "out.gdv", cwd=tmp_path)
    assert result.returncode == 2
    assert "the race's surface 'x^2 + z^2' is not a formula in x and y" in result.stderr
    assert not (tmp_path / "out.gdv").exists()


def test_typed_surface_round_trip(window, qtbot, tmp_path):
    race = window.experiment.race
    window.experiment.load_lesson("race-bowl")
    race.set_formula_surface("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
    race.set_racer_learning_rate(0, 0.01)
    finish(window, qtbot)
    before = [trajectory.points.tobytes() for trajectory in race.trajectories]
    path = tmp_path / "typed.gdv"
    assert window.file_actions.save_to(str(path))

    window.experiment.load_lesson("race-rosenbrock")
    finish(window, qtbot)
    window.file_actions.open_file(str(path))
    finish(window, qtbot)
    assert race.surface.typed_formula == "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
    assert [trajectory.points.tobytes() for trajectory in race.trajectories] == before


def test_largest_seed_matches_seed_input():
    assert MAX_SEED == SEED_INPUT_MAXIMUM


def test_saved_race_prints_its_racers(window, qtbot, tmp_path, capsys):
    from gdviewer.app import main

    saved_race(window, qtbot, tmp_path)
    race = window.experiment.race
    assert main([str(tmp_path / "race.gdv"), "--print"]) == 0
    output = capsys.readouterr().out

    assert "start (0.5, -0.25), steps = 400" in output
    assert "racer 2 (Gradient descent), learning rate = 0.02, batch_size = 3, seed = 5" in output
    assert "racer 4 (Adam), learning rate = 0.2, beta1 = 0.8, beta2 = 0.999, epsilon = 1e-8, bias_correction = false" in output
    last_adam_row = [line.split() for line in output.splitlines() if line.split()[:1] == ["400"]][3]
    final = race.trajectories[3]
    assert last_adam_row[1:3] == [format_number(float(value)) for value in final.points[400]]
