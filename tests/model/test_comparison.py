"""Kept runs: colours, chunked computation and the lesson pair."""

import pytest

from gdviewer.core.objectives import Quadratic
from gdviewer.core.trajectory import run
from gdviewer.model.comparison import CHUNK_STEPS, MAX_RUNS, Comparison
from gdviewer.model.experiment import Experiment


@pytest.fixture
def comparison(qtbot):
    experiment = Experiment()
    comparison = Comparison(experiment)
    yield comparison
    comparison.stop_computing()
    experiment.stop_computing()


def test_long_run_is_extended_in_chunks(comparison, qtbot):
    experiment = comparison._experiment
    experiment.set_steps(3 * CHUNK_STEPS)
    kept = comparison.current_run()
    assert kept.trajectory.last_step == CHUNK_STEPS
    comparison.set_runs([kept])
    assert comparison.computing
    qtbot.waitUntil(lambda: not comparison.computing, timeout=10_000)
    whole = run(Quadratic(2.0), 1.0, 0.1, 3 * CHUNK_STEPS)
    assert kept.trajectory.points.tobytes() == whole.points.tobytes()


def test_colours_stay_with_runs(comparison):
    experiment = comparison._experiment
    runs = []
    for rate in (0.1, 0.2, 0.3):
        experiment.set_learning_rate(rate)
        runs.append(comparison.current_run())
        comparison.set_runs(runs)
    assert [kept.color_index for kept in runs] == [0, 1, 2]
    comparison.set_runs([runs[0], runs[2]])
    experiment.set_learning_rate(0.4)
    fourth = comparison.current_run()
    assert fourth.color_index == 1


def test_rejection_messages(comparison):
    experiment = comparison._experiment
    runs = []
    for index in range(MAX_RUNS):
        experiment.set_learning_rate(0.01 * (index + 1))
        kept = comparison.current_run()
        assert comparison.rejection(kept) is None
        runs.append(kept)
        comparison.set_runs(runs)
    assert "at most 6 runs" in comparison.rejection(comparison.current_run())


def test_lesson_pair_runs(comparison):
    diverging, converging = comparison.lesson_pair()
    assert diverging.trajectory.losses.tolist() == [2.0, 18.0, 162.0, 1458.0, 13122.0]
    assert converging.trajectory.points[-1, 0] == pytest.approx(0.1296, rel=1e-15)
    assert {diverging.color_index, converging.color_index} == {0, 1}
