"""Race settings as data: surfaces, racers, schedules, and the race they build."""

import numpy as np
import pytest

from gdviewer.core.batches import BatchSampler
from gdviewer.core.lessons import FIVE_POINTS, RACE_LESSONS, LessonKind, find_lesson
from gdviewer.core.optimizers import OPTIMIZERS, Adam, GradientDescent
from gdviewer.core.race import Race
from gdviewer.core.race_setup import (
    RacerSetup,
    ScheduleSetup,
    build_race,
    default_racers,
    named_surface,
    objective_surface,
    regression_surface,
    surface_of,
)
from gdviewer.core.regression import LinearRegression, RegressionLoss
from gdviewer.core.schedules import CosineDecay, StepDecay
from gdviewer.core.surfaces import SURFACES, Box, Rosenbrock
from gdviewer.core.trajectory import run

FIVE_POINT_LOSS = LinearRegression(FIVE_POINTS, RegressionLoss.MEAN_SQUARED_ERROR)


@pytest.mark.parametrize("name", list(SURFACES))
def test_named_surface_copies_the_class_data(name):
    surface = named_surface(name)
    cls = SURFACES[name]

    assert surface.objective == cls()
    assert surface.box == cls.view_box
    assert surface.start == cls.start
    assert surface.minimizers == cls().minimizers()
    assert surface.axis_names == ("x", "y")
    assert not surface.samples_batches
    assert surface.sample_count == 0


def test_unknown_surface_lists_names():
    with pytest.raises(ValueError, match="unknown surface 'cliff': choose one of bowl, rosenbrock"):
        named_surface("cliff")


def test_regression_surface_shows_start_and_optimum():
    surface = regression_surface(FIVE_POINT_LOSS, (0.0, 0.0))
    box = surface.box

    assert surface.axis_names == ("w", "b")
    assert len(surface.minimizers) == 1
    assert surface.minimizers[0] == pytest.approx((0.6, 2.2))
    assert box.x_min < 0.0 < 0.6 < box.x_max
    assert box.y_min < 0.0 < 2.2 < box.y_max
    assert surface.samples_batches
    assert surface.sample_count == 5
    # λ_max of the five-point Hessian is 23.66, so 1/λ_max is below the limit 2/λ_max.
    assert surface.learning_rate_for("gd") == pytest.approx(1 / 23.6619, rel=1e-4)


def test_objective_surface_needs_two_variables():
    from gdviewer.core.objectives import Quadratic

    with pytest.raises(ValueError, match="needs a function of 2 variables, not 1"):
        objective_surface(Quadratic(2.0), Box(-1, 1, -1, 1), (0.0, 0.0), "2x²")


def test_objective_surface_uses_default_rates():
    surface = objective_surface(Rosenbrock(), Box(-2, 2, -1, 3), (0.5, 0.5), "typed")

    assert surface.name == "formula"
    assert surface.learning_rate_for("adam") == Adam.default_learning_rate
    assert surface.minimizers == ((1.0, 1.0),)


def test_box_grows_to_show_a_far_start():
    surface = named_surface("bowl")

    assert surface.box_with((0.0, 0.0)) == surface.box
    grown = surface.box_with((10.0, -5.0))
    assert grown.x_max > 10.0
    assert grown.y_min < -5.0
    assert grown.x_min == surface.box.x_min
    assert grown.y_max == surface.box.y_max


def test_racer_setup_rejects_unknown_names():
    with pytest.raises(ValueError, match="unknown optimizer 'sgd'"):
        RacerSetup("sgd", 0.1)
    with pytest.raises(ValueError, match="adam has no hyperparameter 'momentum'"):
        RacerSetup("adam", 0.1, {"momentum": 0.5})


def test_racer_setup_values_and_defaults():
    setup = RacerSetup("adam", 0.05)

    assert setup.value("beta1") == 0.9
    changed = setup.with_value("beta1", 0.5)
    assert changed.value("beta1") == 0.5
    assert setup.value("beta1") == 0.9
    with pytest.raises(ValueError, match="beta1 1.5 is too large"):
        setup.with_value("beta1", 1.5)


def test_schedule_setup_keeps_warmup_when_renamed():
    schedule = ScheduleSetup("step").with_value("warmup_steps", 10).with_value("factor", 0.1)

    renamed = schedule.with_name("cosine")
    assert renamed.name == "cosine"
    assert dict(renamed.parameters) == {"warmup_steps": 10}
    assert schedule.make(0.5) == StepDecay(0.5, factor=0.1, warmup_steps=10)
    with pytest.raises(ValueError, match="unknown schedule 'linear'"):
        ScheduleSetup("linear")


def test_built_race_equals_separate_runs():
    surface = named_surface("rosenbrock")
    setups = (RacerSetup("gd", 0.002), RacerSetup("adam", 0.05, {"bias_correction": False}))
    schedule = ScheduleSetup("cosine", {"decay_steps": 50})
    computation = build_race(surface, (-1.2, 1.0), setups, schedule, 200)
    computation.advance(200)
    first, second = computation.trajectories()

    assert first.points.tobytes() == run(surface.objective, (-1.2, 1.0), CosineDecay(0.002, 50), 200).points.tobytes()
    alone = run(surface.objective, (-1.2, 1.0), CosineDecay(0.05, 50), 200, Adam(bias_correction=False))
    assert second.points.tobytes() == alone.points.tobytes()


def test_each_racer_samples_its_own_batches():
    surface = regression_surface(FIVE_POINT_LOSS)
    setups = (RacerSetup("gd", 0.02), RacerSetup("gd", 0.02, batch_size=2, seed=3), RacerSetup("gd", 0.02, batch_size=1, seed=3))
    computation = build_race(surface, (0.0, 0.0), setups, ScheduleSetup(), 50)
    computation.advance(50)
    batch, mini, single = computation.trajectories()

    assert batch.batch_indices is None
    assert batch.points.tobytes() == run(FIVE_POINT_LOSS, (0.0, 0.0), 0.02, 50).points.tobytes()
    expected = run(FIVE_POINT_LOSS, (0.0, 0.0), 0.02, 50, GradientDescent(), BatchSampler(5, 2, 3))
    assert mini.points.tobytes() == expected.points.tobytes()
    assert single.batch_indices.shape == (50, 1)


def test_race_rejects_wrong_sampler_count():
    with pytest.raises(ValueError, match="1 samplers for 2 racers"):
        Race(FIVE_POINT_LOSS, (0.0, 0.0), [(GradientDescent(), 0.1)] * 2, 5, samplers=[None])


def test_regression_batch_gradient_over_all_points_is_gradient():
    points = np.array([[0.0, 0.0], [1.4, 0.2], [-3.0, 7.5]])

    full = FIVE_POINT_LOSS.batch_gradient(points, np.arange(5))
    assert full == pytest.approx(FIVE_POINT_LOSS.gradient(points), rel=1e-12)
    # At (0, 0) the third point alone (x = 3, y = 5) gives −2·3·5 = −30 and −2·5 = −10.
    assert FIVE_POINT_LOSS.batch_gradient(np.zeros(2), np.array([2])) == pytest.approx([-30.0, -10.0])
    assert FIVE_POINT_LOSS.sample_count == 5


def test_default_racers_are_one_per_optimizer():
    surface = named_surface("beale")
    racers = default_racers(surface)

    assert [racer.optimizer for racer in racers] == list(OPTIMIZERS)
    assert [racer.learning_rate for racer in racers] == [surface.suggested_learning_rates[name] for name in OPTIMIZERS]


@pytest.mark.parametrize("lesson", RACE_LESSONS, ids=lambda lesson: lesson.id)
def test_race_lessons_stay_finite_and_descend(lesson):
    assert lesson.kind is LessonKind.SURFACE
    surface = surface_of(lesson.objective, lesson.start)
    computation = build_race(surface, lesson.start, lesson.racers, ScheduleSetup(), lesson.steps)
    computation.advance(lesson.steps)

    for setup, trajectory in zip(lesson.racers, computation.trajectories()):
        assert trajectory.divergence is None, setup
        assert trajectory.losses[-1] < trajectory.losses[0], setup


def test_race_lesson_ids():
    assert find_lesson("race-rosenbrock").start == (-1.2, 1.0)
    assert [lesson.id for lesson in RACE_LESSONS] == [
        "race-bowl", "race-rosenbrock", "race-beale", "race-himmelblau", "race-saddle", "race-sgd", "race-adam-bias",
    ]
