"""Sentences about a race: which racer leads, which stopped, where and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.numbers import format_number
from ..core.race_setup import RacerSetup
from ..core.trajectory import Divergence, StopReason, Trajectory
from ..model.formula_messages import requirement_text
from .race_names import optimizer_name

#: Significant digits of the losses in the status line.
STATUS_DIGITS = 5


def racer_name(number: int, setup: RacerSetup) -> str:
    """Return "racer 2 (Momentum)": the racer's number from 1 and its optimiser."""
    return QCoreApplication.translate("RaceText", "racer {number} ({optimizer})").format(
        number=number, optimizer=optimizer_name(setup.optimizer)
    )


def quantity_name(quantity: str) -> str:
    """Return the name of a recorded quantity that became non-finite, such as Adam's second moment."""
    names = {
        "points": QCoreApplication.translate("RaceText", "the point x"),
        "losses": QCoreApplication.translate("RaceText", "the loss f(x)"),
        "gradients": QCoreApplication.translate("RaceText", "the gradient ∇f(x)"),
        "update_gradients": QCoreApplication.translate("RaceText", "the gradient of the update"),
        "lookahead_points": QCoreApplication.translate("RaceText", "the look-ahead point"),
        "velocity": QCoreApplication.translate("RaceText", "the velocity v"),
        "sum_of_squares": QCoreApplication.translate("RaceText", "the sum of squared gradients G"),
        "mean_square": QCoreApplication.translate("RaceText", "the mean square s"),
        "first_moment": QCoreApplication.translate("RaceText", "the first moment m"),
        "second_moment": QCoreApplication.translate("RaceText", "the second moment v"),
        "corrected_first_moment": QCoreApplication.translate("RaceText", "the corrected first moment mˆ"),
        "corrected_second_moment": QCoreApplication.translate("RaceText", "the corrected second moment vˆ"),
        "effective_learning_rate": QCoreApplication.translate("RaceText", "the effective learning rate"),
        "delta": QCoreApplication.translate("RaceText", "the step Δx"),
    }
    return names.get(quantity, quantity)


def stop_reason_text(divergence: Divergence) -> str:
    """Return why a run stopped: "the loss f(x) overflowed to inf"."""
    fallback = {
        StopReason.POINT_NOT_FINITE: "points",
        StopReason.LOSS_NOT_FINITE: "losses",
        StopReason.GRADIENT_NOT_FINITE: "gradients",
        StopReason.STATE_NOT_FINITE: "state",
    }
    quantity = divergence.quantity or fallback[divergence.reason]
    if quantity == "state":
        name = QCoreApplication.translate("RaceText", "the optimizer's state")
    else:
        name = quantity_name(quantity)
    return QCoreApplication.translate("RaceText", "{quantity} overflowed to {value}").format(
        quantity=name, value=format_number(divergence.value)
    )


def racer_divergence_text(number: int, setup: RacerSetup, trajectory: Trajectory) -> str:
    """Say which racer diverged, at which step and why, with the fix."""
    divergence = trajectory.divergence
    if divergence.reason is StopReason.OUTSIDE_DOMAIN:
        return QCoreApplication.translate(
            "RaceText",
            "{racer} left the domain at step {step}: {reason}. It stops at step {last}; lower its learning rate "
            "or start elsewhere.",
        ).format(
            racer=racer_name(number, setup), step=divergence.step, reason=requirement_text(divergence.violation),
            last=trajectory.last_step,
        )
    return QCoreApplication.translate(
        "RaceText", "{racer} diverged at step {step}: {reason}. It stops at step {last}; lower its learning rate."
    ).format(
        racer=racer_name(number, setup), step=divergence.step, reason=stop_reason_text(divergence),
        last=trajectory.last_step,
    )


def race_status_text(
    setups: tuple[RacerSetup, ...], trajectories: tuple[Trajectory, ...], position: int, computing: bool
) -> str:
    """Describe the race at ``position`` in one line: the leader and every racer that stopped."""
    last_step = max(trajectory.last_step for trajectory in trajectories)
    position = min(position, last_step)
    losses = [float(trajectory.losses[min(position, trajectory.last_step)]) for trajectory in trajectories]
    leader = min(range(len(losses)), key=losses.__getitem__)
    values = {
        "step": position,
        "loss": format_number(losses[leader], STATUS_DIGITS),
        "racer": racer_name(leader + 1, setups[leader]),
    }
    if position == last_step and not computing:
        parts = [QCoreApplication.translate("RaceText", "Finished at step {step}: lowest loss {loss} by {racer}").format(**values)]
    else:
        parts = [QCoreApplication.translate("RaceText", "Step {step}: lowest loss {loss} by {racer}").format(**values)]
    for number, (setup, trajectory) in enumerate(zip(setups, trajectories), start=1):
        if trajectory.divergence is not None and position >= trajectory.last_step:
            parts.append(racer_divergence_text(number, setup, trajectory))
    if computing:
        parts.append(QCoreApplication.translate("RaceText", "computing steps…"))
    return " · ".join(parts)
