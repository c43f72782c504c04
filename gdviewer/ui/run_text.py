"""Sentences that describe a run: status line and run state, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.analysis import Trend, trend_at, two_cycle, update_factor
from ..core.numbers import format_number
from ..core.objectives import Objective
from ..core.trajectory import StopReason, Trajectory
from ..model.formula_messages import domain_message

_CONTEXT = "RunText"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def trend_name(trend: Trend) -> str:
    names = {
        Trend.START: _tr("at the start"),
        Trend.CONVERGING: _tr("converging"),
        Trend.OSCILLATING: _tr("oscillating"),
        Trend.DIVERGING: _tr("diverging"),
        Trend.STATIONARY: _tr("at a stationary point (f′(x) = 0)"),
        Trend.BOUNCING: _tr("bouncing between two points"),
    }
    return names[trend]


def bouncing_text(trajectory: Trajectory, step: int) -> str | None:
    """Name the two points a run alternates between at ``step``, or None."""
    cycle = two_cycle(trajectory, step)
    if cycle is None:
        return None
    values = dict(first=format_number(float(cycle.first[0])), second=format_number(float(cycle.second[0])))
    if cycle.exact:
        return _tr("bouncing between {first} and {second} forever").format(**values)
    return _tr("bouncing between {first} and {second}").format(**values)


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
        return _tr("Stopped at step {step}: {reason} Lower the learning rate or start elsewhere.").format(
            step=divergence.step, reason=domain_message(divergence.violation, divergence.value)
        )
    reasons = {
        StopReason.LOSS_NOT_FINITE: _tr("the loss f(x) overflowed to {value}"),
        StopReason.POINT_NOT_FINITE: _tr("x overflowed to {value}"),
        StopReason.GRADIENT_NOT_FINITE: _tr("the gradient f′(x) overflowed to {value}"),
    }
    reason = reasons[divergence.reason].format(value=format_number(divergence.value))
    return _tr("Diverged at step {step}: {reason}. Lower the learning rate.").format(
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
        return _tr("Finished after {steps} steps: {trend}, f(x) = {loss}").format(
            steps=position, trend=trend, loss=loss
        )
    text = _tr("Step {step}: {trend}, f(x) = {loss}").format(step=position, trend=trend, loss=loss)
    if trajectory.divergence is not None:
        text += " · " + _tr("diverges at step {step}").format(step=trajectory.divergence.step)
    if computing:
        text += " · " + _tr("computing steps…")
    return text


def factor_sentence(objective: Objective, learning_rate: float) -> str | None:
    """Explain what the update factor 1 − α·f'' means for this run."""
    factor = update_factor(objective, learning_rate)
    if factor is None:
        return None
    value = format_number(factor)
    if factor == 0.0:
        return _tr("The factor is 0: one step lands exactly on the minimum.")
    if abs(factor) < 1.0 and factor > 0.0:
        return _tr("|{factor}| < 1 and positive: every step moves x closer to the minimum from the same side.").format(factor=value)
    if abs(factor) < 1.0:
        return _tr("|{factor}| < 1 but negative: x jumps across the minimum each step and still closes in.").format(factor=value)
    if factor == -1.0:
        return _tr("The factor is −1: x bounces between two points on either side of the minimum forever.")
    if abs(factor) == 1.0:
        return _tr("|{factor}| = 1: x never gets closer to the minimum.").format(factor=value)
    return _tr("|{factor}| > 1: every step moves x farther from the minimum, so the run diverges.").format(factor=value)
