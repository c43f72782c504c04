"""Sentences that describe a run: status line and run state, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.analysis import Trend, trend_at, two_cycle, update_factor
from ..core.numbers import format_number
from ..core.objectives import Objective
from ..core.trajectory import StopReason, Trajectory
from ..model.formula_messages import domain_message


def trend_name(trend: Trend) -> str:
    names = {
        Trend.START: QCoreApplication.translate("RunText", "at the start"),
        Trend.CONVERGING: QCoreApplication.translate("RunText", "converging"),
        Trend.OSCILLATING: QCoreApplication.translate("RunText", "oscillating"),
        Trend.DIVERGING: QCoreApplication.translate("RunText", "diverging"),
        Trend.STATIONARY: QCoreApplication.translate("RunText", "at a stationary point (f′(x) = 0)"),
        Trend.BOUNCING: QCoreApplication.translate("RunText", "bouncing between two points"),
        Trend.STALLED: QCoreApplication.translate("RunText", "not moving: the update is too small to change x"),
        Trend.UNSETTLED: QCoreApplication.translate("RunText", "still moving without settling"),
    }
    return names[trend]


def bouncing_text(trajectory: Trajectory, step: int) -> str | None:
    """Name the two points a run alternates between at ``step``, or None."""
    cycle = two_cycle(trajectory, step)
    if cycle is None:
        return None
    values = dict(first=format_number(float(cycle.first[0])), second=format_number(float(cycle.second[0])))
    if cycle.exact:
        return QCoreApplication.translate("RunText", "bouncing between {first} and {second} forever").format(**values)
    return QCoreApplication.translate("RunText", "bouncing between {first} and {second}").format(**values)


def trend_text(trajectory: Trajectory, step: int) -> str:
    """Describe the trend at ``step``, naming the two points of a two-cycle."""
    trend = trend_at(trajectory, step)
    if trend is Trend.BOUNCING:
        return bouncing_text(trajectory, step)
    return trend_name(trend)


def divergence_text(trajectory: Trajectory) -> str:
    """Say where and why the run stopped, with a hint to fix it."""
    divergence = trajectory.divergence
    if divergence.reason is StopReason.OUTSIDE_DOMAIN:
        return QCoreApplication.translate("RunText", "Stopped at step {step}: {reason} Lower the learning rate or start elsewhere.").format(
            step=divergence.step, reason=domain_message(divergence.violation, divergence.value)
        )
    reasons = {
        StopReason.LOSS_NOT_FINITE: QCoreApplication.translate("RunText", "the loss f(x) overflowed to {value}"),
        StopReason.POINT_NOT_FINITE: QCoreApplication.translate("RunText", "x overflowed to {value}"),
        StopReason.GRADIENT_NOT_FINITE: QCoreApplication.translate("RunText", "the gradient f′(x) overflowed to {value}"),
        StopReason.STATE_NOT_FINITE: QCoreApplication.translate("RunText", "the optimizer's state overflowed to {value}"),
    }
    reason = reasons[divergence.reason].format(value=format_number(divergence.value))
    return QCoreApplication.translate("RunText", "Diverged at step {step}: {reason}. Lower the learning rate.").format(
        step=divergence.step, reason=reason
    )


def status_text(objective: Objective, trajectory: Trajectory, position: int, computing: bool) -> str:
    """Describe the run at ``position`` in one line for the status bar."""
    position = min(position, trajectory.last_step)
    loss = format_number(float(trajectory.losses[position]))
    trend = trend_text(trajectory, position)
    if position == trajectory.last_step and trajectory.divergence is not None:
        return divergence_text(trajectory)
    if position == trajectory.last_step and not computing:
        return QCoreApplication.translate("RunText", "Finished at step {step}: {trend}, f(x) = {loss}").format(
            step=position, trend=trend, loss=loss
        )
    text = QCoreApplication.translate("RunText", "Step {step}: {trend}, f(x) = {loss}").format(step=position, trend=trend, loss=loss)
    if trajectory.divergence is not None:
        text += " · " + QCoreApplication.translate("RunText", "diverges at step {step}").format(step=trajectory.divergence.step)
    if computing:
        text += " · " + QCoreApplication.translate("RunText", "computing steps…")
    return text


def factor_sentence(objective: Objective, learning_rate: float) -> str | None:
    """Explain what the update factor 1 − α·f'' means for this run."""
    factor = update_factor(objective, learning_rate)
    if factor is None:
        return None
    value = format_number(factor).replace("-", "−")
    if factor == 0.0:
        return QCoreApplication.translate("RunText", "The factor is 0: one step lands exactly on the minimum.")
    if abs(factor) < 1.0 and factor > 0.0:
        return QCoreApplication.translate("RunText", "|{factor}| < 1 and positive: every step moves x closer to the minimum from the same side.").format(factor=value)
    if abs(factor) < 1.0:
        return QCoreApplication.translate("RunText", "|{factor}| < 1 but negative: x jumps across the minimum each step and still closes in.").format(factor=value)
    if factor == -1.0:
        return QCoreApplication.translate("RunText", "The factor is −1: x bounces between two points on either side of the minimum forever.")
    if abs(factor) == 1.0:
        return QCoreApplication.translate("RunText", "|{factor}| = 1: x never gets closer to the minimum.").format(factor=value)
    return QCoreApplication.translate("RunText", "|{factor}| > 1: every step moves x farther from the minimum, so the run diverges.").format(factor=value)
