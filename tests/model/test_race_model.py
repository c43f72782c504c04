"""The race model: chunked computation, racer edits, schedules, seeds and the contour grid."""

import numpy as np
import pytest

from gdviewer.core.lessons import find_lesson
from gdviewer.core.race_setup import ScheduleSetup, build_race, surface_of
from gdviewer.core.schedules import ExponentialDecay
from gdviewer.core.trajectory import run
from gdviewer.model import race as race_module
from gdviewer.model.race import RaceModel


@pytest.fixture
def model(qapp):
    race = RaceModel()
    yield race
    race.stop_computing()


def finish(qtbot, race):
    qtbot.waitUntil(lambda: not race.computing, timeout=20000)


def test_long_race_is_computed_in_chunks(model, qtbot):
    lesson = find_lesson("race-rosenbrock")
    model.load_lesson(lesson)

    assert model.computing
    assert [t.last_step for t in model.trajectories] == [RaceModel.CHUNK_STEPS] * 6
    with qtbot.waitSignal(model.raceChanged, timeout=5000):
        pass
    assert model.trajectories[0].last_step == 2 * RaceModel.CHUNK_STEPS

    finish(qtbot, model)
    surface = surface_of(lesson.objective, lesson.start)
    expected = build_race(surface, lesson.start, lesson.racers, ScheduleSetup(), lesson.steps)
    expected.advance(lesson.steps)
    for shown, computed in zip(model.trajectories, expected.trajectories()):
        assert shown.points.tobytes() == computed.points.tobytes()
    assert model.last_step == lesson.steps


def test_racers_keep_their_colour_slots(model):
    model.load_lesson(find_lesson("race-adam-bias"))
    assert model.slots == (0, 1)

    model.add_racer()
    model.add_racer()
    assert model.slots == (0, 1, 2, 3)
    assert [racer.optimizer for racer in model.racers] == ["adam", "adam", "gd", "momentum"]
    model.remove_racer(1)
    assert model.slots == (0, 2, 3)
    model.add_racer()
    assert model.slots == (0, 2, 3, 1)
    assert len(model.trajectories) == 4


def test_seventh_racer_is_rejected(model, qtbot):
    model.load_lesson(find_lesson("race-bowl"))

    with qtbot.waitSignal(model.errorOccurred) as signal:
        model.add_racer()
    assert signal.args == ["racer", "A race has at most 6 racers."]
    assert len(model.racers) == 6


def test_last_racer_cannot_be_removed(model):
    model.load_lesson(find_lesson("race-adam-bias"))
    model.remove_racer(0)
    model.remove_racer(0)

    assert len(model.racers) == 1


def test_new_optimizer_gets_defaults_and_suggested_rate(model):
    model.load_lesson(find_lesson("race-adam-bias"))
    model.set_racer_optimizer(1, "rmsprop")

    racer = model.racers[1]
    assert racer.optimizer == "rmsprop"
    assert dict(racer.hyperparameters) == {}
    assert racer.learning_rate == 0.01
    assert model.trajectories[1].optimizer.name == "rmsprop"


def test_hyperparameter_out_of_range_is_rejected(model, qtbot):
    model.load_lesson(find_lesson("race-bowl"))

    with qtbot.waitSignal(model.errorOccurred) as signal:
        model.set_racer_hyperparameter(1, "momentum", 1.5)
    assert signal.args[0] == "racer"
    assert "momentum = 1.5 is invalid" in signal.args[1]
    assert model.racers[1].value("momentum") == 0.9


def test_schedule_applies_to_every_racer(model):
    model.load_lesson(find_lesson("race-bowl"))
    model.set_schedule("exponential")
    model.set_schedule_value("decay_rate", 0.9)

    for setup, trajectory, rates in zip(model.racers, model.trajectories, model.learning_rates):
        expected = ExponentialDecay(setup.learning_rate, decay_rate=0.9)(np.arange(300))
        assert rates == pytest.approx(expected, rel=1e-15)
        assert trajectory.learning_rates == pytest.approx(expected[: trajectory.last_step], rel=1e-15)


def test_recompute_with_seed_is_bit_identical(model, qtbot):
    model.load_lesson(find_lesson("race-sgd"))
    finish(qtbot, model)
    before = [t.points.tobytes() for t in model.trajectories]

    model.recompute()
    finish(qtbot, model)
    assert [t.points.tobytes() for t in model.trajectories] == before

    model.set_racer_batches(2, 1, 7)
    finish(qtbot, model)
    assert model.trajectories[2].points.tobytes() != before[2]


def test_start_outside_box_grows_box(model, qtbot):
    model.load_lesson(find_lesson("race-bowl"))

    with qtbot.waitSignal(model.surfaceChanged):
        model.set_start(6.0, 0.5)
    assert model.box.x_max > 6.0
    assert model.trajectories[0].points[0].tolist() == [6.0, 0.5]


def test_invalid_start_keeps_last_state(model, qtbot):
    model.load_lesson(find_lesson("race-bowl"))

    with qtbot.waitSignal(model.errorOccurred) as signal:
        model.set_start(float("nan"), 0.0)
    assert signal.args[0] == "start"
    assert model.start == (-2.5, 1.5)


def test_surface_change_resets_start_and_rates(model):
    model.load_lesson(find_lesson("race-bowl"))
    model.set_surface("himmelblau")

    assert model.start == (0.0, 0.0)
    assert model.racers[0].learning_rate == 0.01
    model.set_surface("regression")
    assert model.surface.axis_names == ("w", "b")
    assert model.trajectories[0].points[0].tolist() == [0.0, 0.0]


def test_contour_grid_computed_once_per_surface(model, monkeypatch):
    calls = []
    original = race_module.contour_grid

    def counting(*arguments, **keywords):
        calls.append(arguments[0])
        return original(*arguments, **keywords)

    monkeypatch.setattr(race_module, "contour_grid", counting)
    model.load_lesson(find_lesson("race-rosenbrock"))
    first = model.contour
    model.set_steps(500)
    model.add_racer()
    assert model.contour is first
    assert len(calls) == 1

    model.set_surface("beale")
    model.contour
    model.contour
    assert len(calls) == 2


def test_all_learning_rates_set_at_once(model):
    model.load_lesson(find_lesson("race-bowl"))
    model.set_all_learning_rates(0.001)

    assert {racer.learning_rate for racer in model.racers} == {0.001}
    alone = run(model.objective, model.start, 0.001, 300)
    assert model.trajectories[0].points[:151].tobytes() == alone.points[:151].tobytes()


def test_race_steps_are_limited(model, qtbot):
    model.load_lesson(find_lesson("race-bowl"))

    with qtbot.waitSignal(model.errorOccurred) as signal:
        model.set_steps(100_001)
    assert signal.args == ["steps", "Step count 100001 is invalid for a race: enter a whole number from 0 to 100000."]
    assert model.steps == 300
