"""Races: several optimisers from one start, each stopping on its own."""

import numpy as np
import pytest

from gdviewer.core.optimizers import OPTIMIZERS, Adam, GradientDescent, Momentum
from gdviewer.core.race import MAX_RACERS, Race, Racer, race
from gdviewer.core.schedules import CosineDecay
from gdviewer.core.surfaces import Rosenbrock
from gdviewer.core.trajectory import StopReason, run

ROSENBROCK = Rosenbrock()


def six_racers():
    rates = ROSENBROCK.suggested_learning_rates
    return [Racer(cls(), rates[name]) for name, cls in OPTIMIZERS.items()]


def test_race_equals_separate_runs():
    racers = six_racers()
    trajectories = race(ROSENBROCK, ROSENBROCK.start, racers, 500)

    assert len(trajectories) == MAX_RACERS
    for (optimizer, learning_rate), trajectory in zip(racers, trajectories):
        alone = run(ROSENBROCK, ROSENBROCK.start, learning_rate, 500, optimizer)
        assert trajectory.points.tobytes() == alone.points.tobytes()
        assert trajectory.optimizer is optimizer
        assert np.array_equal(trajectory.points[0], ROSENBROCK.start)


def test_each_racer_stops_on_its_own():
    """At α = 0.01 gradient descent overflows on Rosenbrock at step 6; Adam goes on."""
    trajectories = race(ROSENBROCK, ROSENBROCK.start, [(GradientDescent(), 0.01), (Adam(), 0.01)], 300)
    diverged, steady = trajectories

    assert diverged.divergence.step == 6
    assert diverged.divergence.reason is StopReason.LOSS_NOT_FINITE
    assert diverged.last_step == 5
    assert steady.divergence is None
    assert steady.last_step == 300


def test_race_advances_in_chunks():
    computation = Race(ROSENBROCK, ROSENBROCK.start, six_racers(), 1000)

    assert not computation.advance(400)
    assert [t.last_step for t in computation.trajectories()] == [400] * MAX_RACERS
    assert computation.advance(600)
    assert computation.finished
    assert all(t.complete for t in computation.trajectories())


def test_racers_accept_schedules_and_pairs():
    racers = [(Momentum(), 0.001), Racer(Adam(), CosineDecay(0.05, decay_steps=100))]
    trajectories = race(ROSENBROCK, ROSENBROCK.start, racers, 100)

    assert trajectories[1].learning_rates[-1] < trajectories[1].learning_rates[0]
    assert Race(ROSENBROCK, ROSENBROCK.start, racers, 1).racers[0] == Racer(Momentum(), 0.001)


@pytest.mark.parametrize("count", [0, MAX_RACERS + 1])
def test_racer_count_is_limited(count):
    racers = [(GradientDescent(), 0.001)] * count

    with pytest.raises(ValueError, match=f"a race needs 1 to 6 optimizers, not {count}"):
        Race(ROSENBROCK, ROSENBROCK.start, racers, 10)


def test_invalid_racer_is_named():
    racers = [(GradientDescent(), 0.001), (Adam(), -1.0)]

    with pytest.raises(ValueError, match=r"racer 2 \(adam\): learning rate -1.0"):
        Race(ROSENBROCK, ROSENBROCK.start, racers, 10)
