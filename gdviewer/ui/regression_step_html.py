"""The step panel's page for a regression epoch: the update with its numbers."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..core.datasets import Dataset
from ..core.regression import RegressionStep, regression_step
from ..model.experiment import Experiment
from .plots.style import COLORS
from .update_html import Notation, update_paragraphs
from .regression_text import (
    regression_divergence_text,
    result,
    valley_paragraphs,
    worked_step_lines,
)

#: Symbols of a regression run's update: θ = (w, b) and the gradient ∇J.
REGRESSION_NOTATION = Notation("θ", "∇J", 5)

#: Data sets up to this size get a table with one row per point.
MAX_TABLE_ROWS = 12


def regression_step_html(experiment: Experiment, position: int) -> str:
    """Build the panel for the update of epoch ``position``.

    At the last epoch of a run there is no next update, so the panel shows
    the update that led there.
    """
    trajectory = experiment.trajectory
    objective = experiment.objective
    position = min(position, trajectory.last_step)
    epoch = position if position < trajectory.last_step or position == 0 else position - 1
    indices = np.arange(len(objective.dataset))
    batch = trajectory.batch_indices
    if batch is not None and epoch < len(batch):
        indices = np.sort(batch[epoch])
    dataset = objective.dataset
    points = Dataset(dataset.x[indices], dataset.y[indices])
    plain = experiment.plain_descent
    gradient_descent = experiment.optimizer_setup.is_gradient_descent
    # Nesterov momentum takes the gradient at its look-ahead point, so the
    # table and the gradient lines are worked out there.
    at = trajectory.points[epoch]
    if trajectory.lookahead_points is not None and epoch < len(trajectory.lookahead_points):
        at = trajectory.lookahead_points[epoch]
    rate = trajectory.learning_rates[epoch] if epoch < len(trajectory.learning_rates) else trajectory.learning_rate
    step = regression_step(points, objective.loss, at, float(rate))

    if batch is None:
        heading = QCoreApplication.translate("StepPanel", "Epoch {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})")
    else:
        heading = QCoreApplication.translate("StepPanel", "Step {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})")
    following = trajectory.points[min(epoch + 1, trajectory.last_step)]
    heading = heading.format(
        epoch=epoch,
        w=result(trajectory.points[epoch][0]), b=result(trajectory.points[epoch][1]),
        next_w=result(following[0]), next_b=result(following[1]),
    )
    rows = [f"<h3>{html.escape(heading)}</h3>"]
    if batch is not None:
        note = QCoreApplication.translate(
            "StepPanel",
            "This update uses {count} of the {total} points, numbers {numbers}, drawn with seed {seed}: "
            "J and the gradient below are the mini-batch's, not the whole data's.",
        ).format(
            count=len(indices), total=len(dataset), numbers=", ".join(str(int(i) + 1) for i in indices),
            seed=experiment.sampler.seed,
        )
        rows.append(f"<p><i>{html.escape(note)}</i></p>")
    if len(points) <= MAX_TABLE_ROWS:
        rows.append(_point_table(points.x, points.y, step, indices + 1))
    rows.extend(_worked_rows(step, points, gradient_descent))
    if not gradient_descent and epoch < trajectory.last_step:
        rows.append(f"<p style='margin:2px 0'>θ = (w, b)</p>")
        rows.extend(update_paragraphs(trajectory, epoch, REGRESSION_NOTATION, loss="J"))

    if trajectory.last_step == 0:
        empty = QCoreApplication.translate("StepPanel", "The run has no epochs: set the epoch count above 0.")
        rows.append(f"<p>{html.escape(empty)}</p>")
    elif position == trajectory.last_step and trajectory.divergence is not None:
        curvature = experiment.curvature if plain else None
        text = regression_divergence_text(trajectory, curvature, sampled=batch is not None)
        rows.append(f"<p><b>{html.escape(text)}</b></p>")
    elif position == trajectory.last_step and batch is not None:
        last = QCoreApplication.translate("StepPanel", "This was the last step of the run.")
        rows.append(f"<p>{html.escape(last)}</p>")
    elif position == trajectory.last_step:
        last = QCoreApplication.translate("StepPanel", "This was the last epoch of the run.")
        rows.append(f"<p>{html.escape(last)}</p>")

    if batch is not None:
        paragraphs = [QCoreApplication.translate(
            "StepPanel",
            "Each step follows the gradient of a random mini-batch, so the path jitters around the path of "
            "batch gradient descent. With a constant learning rate it keeps jittering near the optimum "
            "instead of settling; a smaller α or a decaying schedule shrinks the jitter.",
        )]
    elif plain:
        paragraphs = valley_paragraphs(objective, experiment.curvature, trajectory)
    else:
        # The valley's rates of progress are those of gradient descent at a constant rate.
        paragraphs = []
    if paragraphs:
        heading = QCoreApplication.translate("StepPanel", "Where the run ends, and why")
        rows.append(f"<h4>{html.escape(heading)}</h4>")
        rows.extend(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
    return "\n".join(rows)


def _worked_rows(step: RegressionStep, points: Dataset, gradient_descent: bool) -> list[str]:
    """Return the prediction, loss and gradient lines, and for gradient descent its update of w and b.

    Another optimiser's update follows from its own rule, so the lines of
    the gradient-descent update, and the new prediction after them, are left out.
    """
    rows = []
    for line in worked_step_lines(step, points.x, points.y):
        is_update = line.startswith(("w :=", "b :="))
        if is_update and not gradient_descent:
            break
        text = html.escape(line)
        if is_update:
            text = f"<b style='color:{COLORS['update']}'>{text}</b>"
        rows.append(f"<p style='margin:2px 0'>{text}</p>")
    return rows


def _point_table(x: np.ndarray, y: np.ndarray, step: RegressionStep, numbers: np.ndarray) -> str:
    header = ["i", "x", "y", "ŷ = w·x + b", "y − ŷ", "x·(y − ŷ)"]
    cells = "".join(f"<th align='right'>{html.escape(name)}</th>" for name in header)
    body = [f"<tr>{cells}</tr>"]
    with np.errstate(all="ignore"):
        weighted = x * step.errors
    for i in range(x.size):
        values = [str(int(numbers[i])), *(result(v) for v in (x[i], y[i], step.predictions[i], step.errors[i], weighted[i]))]
        body.append("<tr>" + "".join(f"<td align='right'>{html.escape(v)}</td>" for v in values) + "</tr>")
    return "<table cellspacing='0' cellpadding='3' border='1'>" + "".join(body) + "</table>"
