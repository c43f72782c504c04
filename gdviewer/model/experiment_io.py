"""Saving an experiment's state to a file and bringing it back."""

from __future__ import annotations

import os

import numpy as np

from ..core import experiment_file
from ..core.datasets import Dataset
from ..core.experiment_file import ExperimentFileError, ExperimentState, FileProblem
from ..core.lessons import LessonKind, find_lesson, lesson_ids
from ..core.race_setup import RaceSurface
from .comparison import Comparison
from .experiment import MAX_ABS_START, MAX_LEARNING_RATE, MAX_STEPS, Experiment
from .limits import MAX_RACE_STEPS
from .player import Player
from .race_io import capture_race, check_race_surface, restore_race

LIMITS = {
    "learning_rate": MAX_LEARNING_RATE,
    "steps": MAX_STEPS,
    "race_steps": MAX_RACE_STEPS,
    "start": MAX_ABS_START,
}


def capture(experiment: Experiment, player: Player, comparison: Comparison | None = None) -> ExperimentState:
    """Return the state of ``experiment``, the player's position and the kept runs.

    The file keeps a compared run as its learning rate and start, on the
    experiment's function, so kept runs of another function are left out.
    A race keeps its surface, racers and schedule, and the first racer's
    learning rate as the experiment's.
    """
    if experiment.kind is LessonKind.SURFACE:
        return _capture_race(experiment, player)
    data = None
    if experiment.kind is LessonKind.REGRESSION and experiment.dataset is not None:
        data = (tuple(map(float, experiment.dataset.x)), tuple(map(float, experiment.dataset.y)))
    compared = ()
    formula = getattr(experiment.objective, "formula", None)
    if comparison is not None and formula is not None:
        compared = tuple(
            experiment_file.ComparedRun(float(run.learning_rate), (float(run.start),))
            for run in comparison.runs
            if run.formula_text == formula() and run.steps == experiment.steps
        )
    return ExperimentState(
        lesson_id=experiment.lesson.id,
        start=tuple(float(value) for value in np.atleast_1d(experiment.start)),
        learning_rate=float(experiment.learning_rate),
        steps=int(experiment.steps),
        position=int(player.position),
        function=experiment.function_text if experiment.custom_function else None,
        data=data,
        compared=compared,
        optimizer=experiment.optimizer_setup,
        schedule=experiment.schedule_setup,
    )


def _capture_race(experiment: Experiment, player: Player) -> ExperimentState:
    race, data = capture_race(experiment.race)
    return ExperimentState(
        lesson_id=experiment.lesson.id,
        start=tuple(float(value) for value in experiment.start),
        learning_rate=float(race.racers[0].setup.learning_rate),
        steps=int(experiment.steps),
        position=int(player.position),
        data=data,
        race=race,
    )


def save_experiment(
    path: str | os.PathLike, experiment: Experiment, player: Player, comparison: Comparison | None = None
) -> None:
    """Write the experiment to ``path`` atomically. Raises OSError."""
    experiment_file.save(path, capture(experiment, player, comparison))


def read_experiment(path: str | os.PathLike) -> ExperimentState:
    """Read and validate a file. Raises ExperimentFileError or OSError."""
    state = experiment_file.load(path, set(lesson_ids()), LIMITS)
    if state.race is not None and find_lesson(state.lesson_id).kind is not LessonKind.SURFACE:
        raise ExperimentFileError(FileProblem.NOT_A_RACE, lesson=repr(state.lesson_id))
    check_race_surface(state)
    return state


def restore(
    experiment: Experiment, player: Player, state: ExperimentState, comparison: Comparison | None = None
) -> None:
    """Show ``state`` in the experiment, or raise ExperimentFileError and keep the current one.

    Values the file format accepts can still be rejected by the experiment
    (a start where the loss overflows, say); then the previous state is put
    back before the error is raised.
    """
    previous = capture(experiment, player, comparison)
    earlier_surface = experiment.race.surface
    problems: list[str] = []

    def collect(_parameter: str, message: str) -> None:
        problems.append(message)

    experiment.errorOccurred.connect(collect)
    try:
        try:
            _apply(experiment, player, state, comparison)
        except ExperimentFileError:
            _apply(experiment, player, previous, comparison, earlier_surface)
            raise
        if problems:
            _apply(experiment, player, previous, comparison, earlier_surface)
            raise ExperimentFileError(FileProblem.REJECTED, reason=problems[0])
    finally:
        experiment.errorOccurred.disconnect(collect)


def _apply(
    experiment: Experiment,
    player: Player,
    state: ExperimentState,
    comparison: Comparison | None = None,
    earlier_surface: RaceSurface | None = None,
) -> None:
    """Show ``state``, reusing ``earlier_surface`` if the state races on that surface."""
    if state.race is not None and find_lesson(state.lesson_id).kind is not LessonKind.SURFACE:
        raise ExperimentFileError(FileProblem.NOT_A_RACE, lesson=repr(state.lesson_id))
    experiment.load_lesson(state.lesson_id)
    if experiment.kind is LessonKind.SURFACE:
        _apply_race(experiment, player, state, comparison, earlier_surface)
        return
    regression = experiment.kind is LessonKind.REGRESSION
    if state.function is not None and not regression:
        experiment.set_function(state.function)
    if state.data is not None and regression:
        experiment.replace_dataset(Dataset(np.array(state.data[0]), np.array(state.data[1])), "")
        experiment.undo_stack.clear()
    if regression:
        if len(state.start) != 2:
            raise ExperimentFileError(FileProblem.WRONG_START, lesson=state.lesson_id, expected="2", value=list(state.start))
        experiment.set_regression_start(*state.start)
    else:
        if len(state.start) != 1:
            raise ExperimentFileError(FileProblem.WRONG_START, lesson=state.lesson_id, expected="1", value=list(state.start))
        experiment.set_start(state.start[0])
    experiment.set_learning_rate(state.learning_rate)
    experiment.set_steps(state.steps)
    experiment.set_optimizer_setup(state.optimizer, state.schedule)
    experiment.compute_all()
    if comparison is not None:
        settings = [(run.learning_rate, run.start[0]) for run in state.compared if len(run.start) == 1]
        comparison.set_runs(comparison.runs_like_current(settings) if not regression else [])
    player.seek(state.position)


def _apply_race(
    experiment: Experiment,
    player: Player,
    state: ExperimentState,
    comparison: Comparison | None,
    earlier_surface: RaceSurface | None,
) -> None:
    """Show a saved race. A file without "race" shows the lesson's racers."""
    if len(state.start) != 2:
        raise ExperimentFileError(FileProblem.WRONG_START, lesson=state.lesson_id, expected="2", value=list(state.start))
    if state.race is None:
        experiment.set_regression_start(*state.start)
        experiment.set_steps(state.steps)
    else:
        earlier = () if earlier_surface is None else (earlier_surface,)
        restore_race(experiment.race, state, earlier)
    experiment.compute_all()
    if comparison is not None:
        comparison.set_runs([])
    player.seek(state.position)
