"""Saving a race's surface, racers and schedule, and bringing them back."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..core.datasets import Dataset
from ..core.experiment_file import ExperimentFileError, ExperimentState, FileProblem
from ..core.expressions import FormulaError
from ..core.formula_surface import formula_surface as surface_from_text
from ..core.race_file import SavedRace, SavedRacer, SavedSurface, SurfaceKind
from ..core.race_setup import REGRESSION_SURFACE, RaceSurface, named_surface, regression_surface
from ..core.regression import LinearRegression
from ..core.surfaces import SURFACES
from .formula_messages import formula_error_message
from .race import RaceModel, RacerEntry

Points = tuple[tuple[float, ...], tuple[float, ...]]


def capture_race(race: RaceModel) -> tuple[SavedRace, Points | None]:
    """Return the race's surface, racers and schedule, and the data of a race on the regression loss."""
    surface, data = _saved_surface(race.surface)
    racers = tuple(SavedRacer(slot, setup) for slot, setup in zip(race.slots, race.racers))
    return SavedRace(surface, racers, race.schedule), data


def restore_race(race: RaceModel, state: ExperimentState, earlier: Sequence[RaceSurface] = ()) -> bool:
    """Show the saved race of ``state``: its surface, start, steps, racers and schedule.

    A surface in ``earlier`` or the race's current surface is reused when
    the file describes the same one. Returns False, keeping the previous
    race, if the surface is not finite at the start (errorOccurred reports
    it). Raises ExperimentFileError for a surface this version cannot build.
    """
    saved = state.race
    surface = race_surface(saved.surface, state.data, state.start, (race.surface, *earlier))
    entries = [RacerEntry(racer.slot, racer.setup) for racer in saved.racers]
    if not race.restore(surface, state.start, state.steps, entries, saved.schedule):
        return False
    if surface.name == REGRESSION_SURFACE:
        race.set_regression_objective(surface.objective)
    return True


def race_surface(
    saved: SavedSurface, data: Points | None, start: Sequence[float], candidates: Sequence[RaceSurface] = ()
) -> RaceSurface:
    """Return the surface a file describes, or the first of ``candidates`` that is the same surface.

    Raises ExperimentFileError for a formula that is not a function of x and y.
    """
    for candidate in candidates:
        if _is_same(candidate, saved, data):
            return candidate
    if saved.kind is SurfaceKind.NAMED:
        return named_surface(saved.name)
    if saved.kind is SurfaceKind.REGRESSION:
        dataset = Dataset(np.array(data[0]), np.array(data[1]))
        # Data whose loss overflows builds a surface that the race then rejects at the start.
        with np.errstate(over="ignore", invalid="ignore"):
            return regression_surface(LinearRegression(dataset, saved.loss))
    return formula_surface(saved.formula, start)


def formula_surface(formula: str, start: Sequence[float]) -> RaceSurface:
    """Return the race surface of a function of x and y typed as ``formula``, starting at ``start``.

    Raises ExperimentFileError if the text is not a formula in x and y.
    """
    try:
        return surface_from_text(formula, start)
    except FormulaError as error:
        raise ExperimentFileError(FileProblem.FORMULA_SURFACE, formula=repr(formula), reason=formula_error_message(error, ("x", "y")).rstrip(".")) from error


def check_race_surface(state: ExperimentState) -> None:
    """Raise ExperimentFileError now if the race surface of ``state`` cannot be built later."""
    if state.race is not None and state.race.surface.kind is SurfaceKind.FORMULA:
        formula_surface(state.race.surface.formula, state.start)


def _saved_surface(surface: RaceSurface) -> tuple[SavedSurface, Points | None]:
    if surface.name == REGRESSION_SURFACE:
        objective = surface.objective
        data = (tuple(map(float, objective.dataset.x)), tuple(map(float, objective.dataset.y)))
        return SavedSurface(SurfaceKind.REGRESSION, loss=objective.loss), data
    if surface.name in SURFACES:
        return SavedSurface(SurfaceKind.NAMED, name=surface.name), None
    return SavedSurface(SurfaceKind.FORMULA, formula=surface.typed_formula or surface.formula), None


def _is_same(surface: RaceSurface, saved: SavedSurface, data: Points | None) -> bool:
    if saved.kind is SurfaceKind.NAMED:
        return surface.name == saved.name
    if saved.kind is SurfaceKind.FORMULA:
        return surface.name not in SURFACES and surface.name != REGRESSION_SURFACE and surface.typed_formula == saved.formula
    objective = surface.objective
    if surface.name != REGRESSION_SURFACE or objective.loss is not saved.loss or data is None:
        return False
    return np.array_equal(objective.dataset.x, data[0]) and np.array_equal(objective.dataset.y, data[1])
