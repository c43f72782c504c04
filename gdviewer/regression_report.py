"""Terminal output of the regression lessons for ``gdviewer --print``."""

from __future__ import annotations

from typing import TextIO

from .core.analysis import analyse_curvature
from .core.lessons import Lesson
from .core.regression import LinearRegression, regression_step
from .core.trajectory import Trajectory
from .ui.lesson_texts import lesson_title
from .ui.regression_text import epoch_heading, regression_divergence_text, worked_step_lines

#: Epochs between two printed lines of a fitting run.
PRINT_EVERY = 10


def print_fitting_run(objective: LinearRegression, trajectory: Trajectory, stream: TextIO) -> None:
    """Print every tenth epoch and the final parameters.

    Each line contains the loss before the epoch's update and w, b after it,
    in the format of the lesson's script, so the two outputs compare line
    by line. That format is therefore not translated.
    """
    last_update = trajectory.last_step - 1
    for epoch in range(0, last_update + 1, PRINT_EVERY):
        loss = trajectory.losses[epoch]
        w, b = trajectory.points[epoch + 1]
        stream.write(f"Epoch {epoch}, Loss: {_fixed(loss)}, w: {_fixed(w)}, b: {_fixed(b)}\n")
    if trajectory.divergence is not None:
        stream.write(regression_divergence_text(trajectory, analyse_curvature(objective)) + "\n")
        return
    w, b = trajectory.points[trajectory.last_step]
    stream.write(f"Final parameters: w = {_fixed(w)}, b = {_fixed(b)}\n")


def _fixed(value: float) -> str:
    """Write four decimals; a diverging value of 10¹⁵ or more gets an exponent instead."""
    return f"{value:.4f}" if abs(value) < 1e15 else f"{value:.4e}"


def print_worked_steps(lesson: Lesson, objective: LinearRegression, trajectory: Trajectory, stream: TextIO) -> None:
    """Print each update as formulas with the numbers filled in."""
    dataset = objective.dataset
    stream.write(f"# {lesson.id}: {lesson_title(lesson.id)}\n")
    for epoch in range(trajectory.last_step):
        step = regression_step(dataset, objective.loss, trajectory.points[epoch], trajectory.learning_rate)
        stream.write(f"# {epoch_heading(epoch, trajectory.learning_rate)}\n")
        for line in worked_step_lines(step, dataset.x, dataset.y):
            stream.write(line + "\n")
    if trajectory.divergence is not None:
        stream.write(regression_divergence_text(trajectory, analyse_curvature(objective)) + "\n")


def print_regression_lesson(lesson: Lesson, objective: LinearRegression, trajectory: Trajectory, stream: TextIO) -> None:
    """Print a regression lesson's run.

    A lesson built around a single update (its default is one epoch)
    prints worked formulas for every update, whatever the step count;
    the other lessons print the epoch log.
    """
    if lesson.steps == 1:
        print_worked_steps(lesson, objective, trajectory, stream)
    else:
        print_fitting_run(objective, trajectory, stream)
