"""Sentences and worked formulas for the regression lessons, translated.

The window's status bar and step panel and the terminal's ``--print``
share these texts, so both show the same sentences with the same numbers.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..core.analysis import CurvatureAnalysis
from ..core.numbers import format_number
from ..core.regression import LinearRegression, RegressionLoss, RegressionStep
from ..core.trajectory import StopReason, Trajectory


#: Significant digits of the numbers in worked formulas: enough to follow
#: a fitting run, few enough to read.
FORMULA_DIGITS = 6


def number(value: float) -> str:
    """Format a number for substitution into a formula, bracketing negatives: (−4)."""
    text = result(value)
    return f"({text})" if value < 0 else text


def result(value: float) -> str:
    """Format the result of a formula: negatives get a minus sign, no brackets."""
    return format_number(float(value), FORMULA_DIGITS).replace("-", "−")


def rounded(value: float) -> str:
    """Format w, b or a loss with at most four decimals, as the lessons print them."""
    value = float(value)
    if math.isfinite(value) and abs(value) < 1e15:
        value = round(value, 4)
    return format_number(value).replace("-", "−")


def epoch_heading(epoch: int, learning_rate: float) -> str:
    """Return the heading of one epoch's worked formulas."""
    return QCoreApplication.translate("RegressionText", "Epoch {epoch}, learning rate α = {rate}").format(epoch=epoch, rate=format_number(learning_rate))


def worked_step_lines(step: RegressionStep, x: np.ndarray, y: np.ndarray) -> list[str]:
    """Write one update as formulas with every number substituted.

    A single point gets the per-point formulas of the one-step lesson; more
    points get the mean forms, with the sums over the points filled in.
    """
    if x.size == 1:
        return _one_point_lines(step, float(x[0]), float(y[0]))
    return _many_point_lines(step, x)


def _one_point_lines(step: RegressionStep, x: float, y: float) -> list[str]:
    w, b = step.parameters
    half = step.loss_kind is RegressionLoss.HALF_SQUARED_ERROR
    prediction = float(step.predictions[0])
    difference = f"({number(y)} − {number(prediction)})"
    loss_formula = "½(y − ŷ)²" if half else "(y − ŷ)²"
    loss_values = f"½·{difference}²" if half else f"{difference}²"
    factor, factor_values = ("−", "−") if half else ("−2", "−2·")
    return [
        f"ŷ = w·x + b = {number(w)}·{number(x)} + {number(b)} = {result(prediction)}",
        f"J = {loss_formula} = {loss_values} = {result(step.loss)}",
        f"∂J/∂w = {factor}(y − ŷ)·x = {factor_values}{difference}·{number(x)} = {result(step.gradient[0])}",
        f"∂J/∂b = {factor}(y − ŷ) = {factor_values}{difference} = {result(step.gradient[1])}",
        *_update_lines(step),
        QCoreApplication.translate("RegressionText", "new prediction ŷ = w·x + b = {w}·{x} + {b} = {prediction}").format(
            w=number(step.next_parameters[0]),
            x=number(x),
            b=number(step.next_parameters[1]),
            prediction=result(step.next_predictions[0]),
        ),
    ]


def _many_point_lines(step: RegressionStep, x: np.ndarray) -> list[str]:
    n = x.size
    errors = step.errors
    with np.errstate(all="ignore"):
        squares = float(np.sum(errors * errors))
        weighted = float(np.sum(x * errors))
    total = float(np.sum(errors))
    half = step.loss_kind is RegressionLoss.HALF_SQUARED_ERROR
    loss_formula = "½·mean((y − ŷ)²)" if half else "mean((y − ŷ)²)"
    loss_values = f"½·{number(squares)}/{n}" if half else f"{number(squares)}/{n}"
    factor = "−" if half else "−2·"
    return [
        QCoreApplication.translate("RegressionText", "ŷᵢ = w·xᵢ + b with w = {w}, b = {b}").format(w=result(step.parameters[0]), b=result(step.parameters[1])),
        f"J = {loss_formula} = {loss_values} = {result(step.loss)}",
        f"∂J/∂w = {factor}mean(x·(y − ŷ)) = {factor}{number(weighted)}/{n} = {result(step.gradient[0])}",
        f"∂J/∂b = {factor}mean(y − ŷ) = {factor}{number(total)}/{n} = {result(step.gradient[1])}",
        *_update_lines(step),
    ]


def _update_lines(step: RegressionStep) -> list[str]:
    alpha = number(step.learning_rate)
    (w, b), (d_w, d_b) = step.parameters, step.gradient
    next_w, next_b = step.next_parameters
    return [
        f"w := w − α·∂J/∂w = {number(w)} − {alpha}·{number(d_w)} = {result(next_w)}",
        f"b := b − α·∂J/∂b = {number(b)} − {alpha}·{number(d_b)} = {result(next_b)}",
    ]


def regression_divergence_text(trajectory: Trajectory, curvature: CurvatureAnalysis | None, sampled: bool = False) -> str:
    """Say at which epoch (or mini-batch step) the run stopped and which learning rate would converge."""
    divergence = trajectory.divergence
    reasons = {
        StopReason.LOSS_NOT_FINITE: QCoreApplication.translate("RegressionText", "the loss J overflowed to {value}"),
        StopReason.POINT_NOT_FINITE: QCoreApplication.translate("RegressionText", "w or b overflowed to {value}"),
        StopReason.GRADIENT_NOT_FINITE: QCoreApplication.translate("RegressionText", "the gradient overflowed to {value}"),
        StopReason.STATE_NOT_FINITE: QCoreApplication.translate("RegressionText", "the optimizer's state overflowed to {value}"),
    }
    reason = reasons[divergence.reason].format(value=format_number(divergence.value))
    if sampled:
        text = QCoreApplication.translate("RegressionText", "Diverged at step {epoch}: {reason}.")
    else:
        text = QCoreApplication.translate("RegressionText", "Diverged at epoch {epoch}: {reason}.")
    text = text.format(epoch=divergence.step, reason=reason)
    return text + " " + limit_advice(trajectory.learning_rate, curvature)


def limit_advice(learning_rate: float, curvature: CurvatureAnalysis | None) -> str:
    """Name the largest stable learning rate, or advise a lower rate when it is unknown."""
    if curvature is None or not math.isfinite(curvature.max_stable_learning_rate):
        return QCoreApplication.translate("RegressionText", "Lower the learning rate.")
    return QCoreApplication.translate("RegressionText", 
        "Learning rate {rate} is above the stable limit 2/λ_max = {limit} for this data; choose a smaller one."
    ).format(rate=format_number(learning_rate), limit=format_number(curvature.max_stable_learning_rate, 4))


def distance_text(objective: LinearRegression, parameters: np.ndarray) -> str | None:
    """Say how far (w, b) is from the least-squares optimum, if there is one."""
    optimum = objective.optimum()
    if optimum is None:
        return None
    distance = float(np.hypot(*(parameters - optimum)))
    return QCoreApplication.translate("RegressionText", "{distance} from the optimum w* = {w}, b* = {b}").format(
        distance=rounded(distance), w=rounded(optimum[0]), b=rounded(optimum[1])
    )


def regression_status_text(
    objective: LinearRegression,
    curvature: CurvatureAnalysis | None,
    trajectory: Trajectory,
    position: int,
    computing: bool,
    sampled: bool = False,
) -> str:
    """Describe the fit at epoch ``position`` in one line for the status bar.

    With ``sampled`` each step is one update on a mini-batch, not an epoch.
    """
    position = min(position, trajectory.last_step)
    if position == trajectory.last_step and trajectory.divergence is not None:
        return regression_divergence_text(trajectory, curvature, sampled)

    w, b = trajectory.points[position]
    values = QCoreApplication.translate("RegressionText", "w = {w}, b = {b}, J = {loss}").format(
        w=rounded(w), b=rounded(b), loss=rounded(trajectory.losses[position])
    )
    if sampled:
        parts = [_sampled_status(position, position == trajectory.last_step and not computing, values)]
    elif position == trajectory.last_step and not computing:
        if position == 1:
            finished = QCoreApplication.translate("RegressionText", "Finished after 1 epoch: {values}")
        else:
            finished = QCoreApplication.translate("RegressionText", "Finished after {epochs} epochs: {values}")
        parts = [finished.format(epochs=position, values=values)]
    else:
        parts = [QCoreApplication.translate("RegressionText", "Epoch {epoch}: {values}").format(epoch=position, values=values)]
    distance = distance_text(objective, trajectory.points[position])
    if distance is not None:
        parts.append(distance)
    if curvature is not None and trajectory.learning_rate >= curvature.max_stable_learning_rate:
        parts.append(limit_advice(trajectory.learning_rate, curvature))
    elif curvature is not None and math.isfinite(curvature.condition_number) and position == trajectory.last_step:
        parts.append(
            QCoreApplication.translate("RegressionText", "the loss surface is a long narrow valley (condition number {number})").format(
                number=format_number(curvature.condition_number, 3)
            )
        )
    if computing and sampled:
        parts.append(QCoreApplication.translate("RegressionText", "computing steps…"))
    elif computing:
        parts.append(QCoreApplication.translate("RegressionText", "computing epochs…"))
    return " · ".join(parts)


def _sampled_status(position: int, finished: bool, values: str) -> str:
    if finished:
        return QCoreApplication.translate("RegressionText", "Finished after {steps} mini-batch steps: {values}").format(
            steps=position, values=values
        )
    return QCoreApplication.translate("RegressionText", "Step {step}: {values}").format(step=position, values=values)


def valley_paragraphs(
    objective: LinearRegression, curvature: CurvatureAnalysis | None, trajectory: Trajectory
) -> list[str]:
    """Explain where the run ends and why, from the Hessian's eigenvalues."""
    if curvature is None:
        return []

    final = trajectory.points[trajectory.last_step]
    epochs = trajectory.last_step
    alpha = trajectory.learning_rate
    low, high = (float(value) for value in curvature.eigenvalues[[0, -1]])
    limit = curvature.max_stable_learning_rate
    optimum = objective.optimum()

    if optimum is None and len(objective.dataset) == 1:
        return [
            QCoreApplication.translate("RegressionText", "With a single point, every line through it fits exactly: J(w, b) is 0 along a whole line "
                "of (w, b), so there is no single optimum, and one step already moves the prediction "
                "a good part of the way to y.")
        ]
    if optimum is None:
        return [
            QCoreApplication.translate("RegressionText", "Every point has the same x, so every line through their mean fits equally well: "
                "the valley of J(w, b) has a flat floor and no single optimum.")
        ]

    paragraphs = [
        QCoreApplication.translate("RegressionText", "The least-squares optimum is w* = {w}, b* = {b}, where J = {loss}.").format(
            w=rounded(optimum[0]), b=rounded(optimum[1]), loss=rounded(objective.value(optimum))
        ),
        QCoreApplication.translate("RegressionText", "The loss surface J(w, b) is a long narrow valley: its curvature is {high} across the valley "
            "and only {low} along its floor, a condition number of {number}. The learning rate must stay "
            "below 2/λ_max = {limit}, or the steep direction diverges.").format(
            high=format_number(high, 4), low=format_number(low, 4),
            number=format_number(curvature.condition_number, 3), limit=format_number(limit, 4)
        ),
    ]
    if 0.0 < alpha < limit:
        slow = 1.0 - alpha * low
        paragraphs.append(
            QCoreApplication.translate("RegressionText", "With α = {alpha}, each epoch shrinks the distance along the valley floor only by the factor "
                "1 − α·λ_min = {factor}, so after {epochs} epochs {left} % of it is left: the run ends at "
                "w = {w}, b = {b}, {distance} away from the optimum.").format(
                alpha=format_number(alpha), factor=format_number(slow, 4), epochs=epochs,
                left=format_number(100.0 * slow**epochs, 3), w=rounded(final[0]), b=rounded(final[1]),
                distance=rounded(float(np.hypot(*(final - optimum)))),
            )
        )
    return paragraphs
