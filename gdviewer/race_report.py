"""Terminal output of a race for ``gdviewer --print``: one step table per racer."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import TextIO

import numpy as np
from PySide6.QtCore import QCoreApplication

from .app import EXIT_USAGE, display_width
from .core.lessons import Lesson
from .core.numbers import format_number
from .core.optimizers import OPTIMIZERS
from .core.formula_surface import DEFAULT_START, formula_surface
from .core.race_setup import (
    RaceSurface,
    RacerSetup,
    ScheduleSetup,
    build_race,
    default_racers,
    racers_with_optimizer,
    surface_of,
)
from .core.trajectory import Trajectory
from .model.formula_messages import requirement_text
from .ui.lesson_texts import lesson_title
from .ui.race_text import racer_divergence_text, racer_name


def surface_racers(lesson: Lesson, options: argparse.Namespace):
    """Return the surface and racers the options choose: the lesson's, narrowed by --optimizer and --learning-rate.

    A formula in x and y given with --function replaces the lesson's
    surface, and every optimiser races on it at its suggested rate.
    """
    formula = getattr(options, "surface_formula", None)
    if formula is not None:
        start = DEFAULT_START if options.start_value is None else options.start_value
        surface = formula_surface(formula, start)
        racers = default_racers(surface)
    else:
        start = lesson.start if options.start_value is None else options.start_value
        surface = surface_of(lesson.objective, start)
        racers = lesson.racers
    if options.optimizer is not None:
        racers = racers_with_optimizer(racers, surface, options.optimizer)
    if options.learning_rate is not None:
        racers = tuple(replace(racer, learning_rate=options.learning_rate) for racer in racers)
    return surface, start, racers


def saved_race_setup(lesson: Lesson, options: argparse.Namespace):
    """Return the surface, racers and schedule of the race saved in the opened file, narrowed by the options.

    Returns None if the file has no race of this lesson.
    """
    state = getattr(options, "state", None)
    if state is None or state.race is None or state.lesson_id != lesson.id:
        return None
    from .model.race_io import race_surface

    surface = race_surface(state.race.surface, state.data, state.start)
    racers = tuple(racer.setup for racer in state.race.racers)
    if options.optimizer is not None:
        racers = racers_with_optimizer(racers, surface, options.optimizer)
    if options.learning_rate is not None:
        racers = tuple(replace(racer, learning_rate=options.learning_rate) for racer in racers)
    return surface, racers, state.race.schedule


def print_surface(lesson: Lesson, options: argparse.Namespace, stream) -> int:
    """Print each racer's steps on a surface: step, x, y, f and the gradient."""
    surface, start, racers = surface_racers(lesson, options)
    schedule = ScheduleSetup()
    saved = saved_race_setup(lesson, options)
    if saved is not None:
        surface, racers, schedule = saved
    steps = lesson.steps if options.steps is None else options.steps
    try:
        print_race(lesson, surface, start, racers, steps, stream, schedule)
    except ValueError:
        stream.flush()
        sys.stderr.write(
            QCoreApplication.translate("CommandLine", "gdviewer: the surface is not finite at the start ({x}, {y}); choose another --start\n").format(
                x=format_number(start[0]), y=format_number(start[1])
            )
        )
        violation = surface.objective.domain_violation(np.asarray(start, dtype=float))
        if violation is not None:
            sys.stderr.write("gdviewer: " + requirement_text(violation) + "\n")
        return EXIT_USAGE
    return 0


def print_race(
    lesson: Lesson,
    surface: RaceSurface,
    start: Sequence[float],
    racers: Sequence[RacerSetup],
    steps: int,
    stream: TextIO,
    schedule: ScheduleSetup | None = None,
) -> None:
    """Run every racer for ``steps`` updates and print a table of its steps.

    ``schedule`` is the learning-rate schedule of every racer, constant by
    default. Raises ValueError if the surface is not finite at ``start``.
    """
    computation = build_race(surface, start, racers, schedule or ScheduleSetup(), steps)
    computation.advance(steps)
    x_name, y_name = surface.axis_names
    if surface.typed_formula:
        heading = QCoreApplication.translate("CommandLine", "formula surface: {text}").format(text=surface.typed_formula)
    else:
        heading = f"{lesson.id}: {lesson_title(lesson.id)}"
    stream.write(f"# {heading}\n")
    stream.write("# " + QCoreApplication.translate("CommandLine", "{formula}, start ({x}, {y}), steps = {steps}").format(
        formula=_formula_line(surface), x=format_number(start[0]), y=format_number(start[1]), steps=steps
    ) + "\n")
    for number, (setup, trajectory) in enumerate(zip(racers, computation.trajectories()), start=1):
        stream.write("\n# " + _racer_line(number, setup) + "\n")
        _write_table(trajectory, x_name, y_name, stream)
        stream.write(_ending(number, setup, trajectory) + "\n")


def _formula_line(surface: RaceSurface) -> str:
    if surface.axis_names == ("x", "y"):
        return f"f(x, y) = {surface.formula}"
    return surface.formula


def _racer_line(number: int, setup: RacerSetup) -> str:
    """Describe a racer: its name, learning rate, every hyperparameter and its batches."""
    parts = [
        racer_name(number, setup),
        QCoreApplication.translate("CommandLine", "learning rate = {rate}").format(rate=format_number(setup.learning_rate)),
    ]
    for hyperparameter in OPTIMIZERS[setup.optimizer].hyperparameters:
        value = setup.value(hyperparameter.name)
        shown = str(value).lower() if hyperparameter.is_switch else format_number(value)
        parts.append(f"{hyperparameter.name} = {shown}")
    if setup.batch_size is not None:
        parts.append(f"batch_size = {setup.batch_size}, seed = {setup.seed}")
    return ", ".join(parts)


def _write_table(trajectory: Trajectory, x_name: str, y_name: str, stream: TextIO) -> None:
    header = [
        QCoreApplication.translate("CommandLine", "step"), x_name, y_name, "f",
        f"df/d{x_name}", f"df/d{y_name}",
    ]
    rows = [
        [str(k), *(format_number(float(value)) for value in (*point, loss, *gradient))]
        for k, (point, loss, gradient) in enumerate(zip(trajectory.points, trajectory.losses, trajectory.gradients))
    ]
    widths = [max(display_width(header[c]), *(len(row[c]) for row in rows)) for c in range(len(header))]
    for row in [header, *rows]:
        cells = (" " * (width - display_width(cell)) + cell for cell, width in zip(row, widths))
        stream.write("  ".join(cells).rstrip() + "\n")


def _ending(number: int, setup: RacerSetup, trajectory: Trajectory) -> str:
    if trajectory.divergence is not None:
        return racer_divergence_text(number, setup, trajectory)
    return QCoreApplication.translate("CommandLine", "Finished at step {step}: f = {loss}").format(
        step=trajectory.last_step, loss=format_number(float(trajectory.losses[-1]))
    )
