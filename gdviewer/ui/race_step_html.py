"""The step panel's page for a race: each racer's update with its current numbers."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QCoreApplication

from ..core.numbers import format_number
from ..core.race_setup import RacerSetup
from ..core.trajectory import Trajectory
from ..model.race import RaceModel
from .plots.racer_style import racer_color
from .plots.style import COLORS, subscript
from .race_names import racer_label
from .race_text import racer_divergence_text

#: Significant digits of the numbers in the race's formulas.
DIGITS = 5


def race_step_html(race: RaceModel, position: int) -> str:
    """Build the panel for the updates from step ``position`` to the next, one block per racer."""
    heading = QCoreApplication.translate("StepPanel", "Step {k} → {next}").format(k=position, next=position + 1)
    rows = [f"<h3>{html.escape(heading)}</h3>"]
    count = race.surface.sample_count
    for number, (slot, setup, trajectory) in enumerate(zip(race.slots, race.racers, race.trajectories), start=1):
        title = QCoreApplication.translate("StepPanel", "Racer {number}: {label}").format(
            number=number, label=racer_label(setup, count)
        )
        rows.append(
            f"<h4 style='margin-bottom:2px'><span style='color:{racer_color(slot)}'>■</span> {html.escape(title)}</h4>"
        )
        rows.extend(f"<p style='margin:1px 0'>{line}</p>" for line in _racer_lines(number, setup, trajectory, position))
    return "\n".join(rows)


def _racer_lines(number: int, setup: RacerSetup, trajectory: Trajectory, position: int) -> list[str]:
    """Return the HTML lines of one racer's update at ``position``, or why it has none."""
    k = min(position, trajectory.last_step)
    i, j = subscript(k), subscript(k + 1)
    lines = [f"x{i} = {_vector(trajectory.points[k])}, f(x{i}) = {_number(trajectory.losses[k])}"]
    if position >= trajectory.last_step:
        if trajectory.divergence is not None:
            lines.append(f"<b>{html.escape(racer_divergence_text(number, setup, trajectory))}</b>")
        else:
            finished = QCoreApplication.translate("StepPanel", "Finished: this racer took its last step.")
            lines.append(html.escape(finished))
        return lines

    lines.extend(_gradient_lines(trajectory, k, i))
    alpha = _number(trajectory.learning_rates[k])
    lines.append(f"α{i} = {alpha}")
    lines.extend(_update_lines(setup.optimizer, trajectory, k, i, j))
    following = _vector(trajectory.points[k + 1])
    lines.append(f"<b>x{j} = <span style='color:{COLORS['update']}'>{following}</span></b>, "
                 f"f(x{j}) = {_number(trajectory.losses[k + 1])}")
    return lines


def _gradient_lines(trajectory: Trajectory, k: int, i: str) -> list[str]:
    lines = []
    used = trajectory.update_gradients[k]
    if trajectory.lookahead_points is not None:
        lines.append(
            html.escape(QCoreApplication.translate("StepPanel", "look-ahead point x{i} + μ·v{i} = {point}").format(
                i=i, point=_plain_vector(trajectory.lookahead_points[k])
            ))
        )
        lines.append(f"g{i} = ∇f(x{i} + μ·v{i}) = {_vector(used)}")
    elif trajectory.batch_indices is not None:
        lines.append(f"g{i} = ∇f_B(x{i}) = {_vector(used)}")
    else:
        lines.append(f"g{i} = ∇f(x{i}) = {_vector(used)}")
    if trajectory.batch_indices is not None:
        points = ", ".join(str(int(index) + 1) for index in trajectory.batch_indices[k])
        text = QCoreApplication.translate("StepPanel", "B = data points {points}: g{i} averages the gradient over them only.").format(
            i=i, points=points
        )
        lines.append(f"<i>{html.escape(text)}</i>")
    return lines


def _update_lines(name: str, trajectory: Trajectory, k: int, i: str, j: str) -> list[str]:
    """Return the update rule of optimiser ``name`` with the numbers of update k filled in."""
    optimizer = trajectory.optimizer
    states, terms = trajectory.states, trajectory.terms
    g = _vector(trajectory.update_gradients[k])
    x = _vector(trajectory.points[k])
    alpha = _number(trajectory.learning_rates[k])
    if name == "gd":
        return [f"x{j} = x{i} − α·g{i} = {x} − {alpha}·{g}"]
    if name in ("momentum", "nesterov"):
        mu = _number(optimizer.momentum)
        before, after = states["velocity"][k], states["velocity"][k + 1]
        return [
            f"v{j} = μ·v{i} − α·g{i} = {mu}·{_vector(before)} − {alpha}·{g} = {_vector(after)}",
            f"x{j} = x{i} + v{j} = {x} + {_vector(after)}",
        ]
    if name == "adagrad":
        after = states["sum_of_squares"][k + 1]
        rate = terms["effective_learning_rate"][k]
        return [
            f"G{j} = G{i} + g{i}² = {_vector(states['sum_of_squares'][k])} + {g}² = {_vector(after)}",
            f"η{i} = α/(√G{j} + ε) = {_vector(rate)}",
            f"x{j} = x{i} − η{i}·g{i} = {x} − {_vector(rate)}·{g}",
        ]
    if name == "rmsprop":
        rho = _number(optimizer.decay)
        after = states["mean_square"][k + 1]
        rate = terms["effective_learning_rate"][k]
        return [
            f"s{j} = ρ·s{i} + (1 − ρ)·g{i}² = {rho}·{_vector(states['mean_square'][k])} + {_number(1.0 - optimizer.decay)}·{g}² "
            f"= {_vector(after)}",
            f"η{i} = α/(√s{j} + ε) = {_vector(rate)}",
            f"x{j} = x{i} − η{i}·g{i} = {x} − {_vector(rate)}·{g}",
        ]
    return _adam_lines(trajectory, k, i, j)


def _adam_lines(trajectory: Trajectory, k: int, i: str, j: str) -> list[str]:
    optimizer = trajectory.optimizer
    states, terms = trajectory.states, trajectory.terms
    t = int(states["count"][k + 1])
    g = _vector(trajectory.update_gradients[k])
    beta1, beta2 = optimizer.beta1, optimizer.beta2
    m, v = states["first_moment"][k + 1], states["second_moment"][k + 1]
    corrected_m, corrected_v = terms["corrected_first_moment"][k], terms["corrected_second_moment"][k]
    lines = [
        f"t = {t}",
        f"m{j} = β₁·m{i} + (1 − β₁)·g{i} = {_number(beta1)}·{_vector(states['first_moment'][k])} + "
        f"{_number(1.0 - beta1)}·{g} = {_vector(m)}",
        f"v{j} = β₂·v{i} + (1 − β₂)·g{i}² = {_number(beta2)}·{_vector(states['second_moment'][k])} + "
        f"{_number(1.0 - beta2)}·{g}² = {_vector(v)}",
    ]
    if optimizer.bias_correction:
        lines.append(f"m̂ = m{j}/(1 − β₁^{t}) = {_vector(m)}/{_number(1.0 - beta1**t)} = {_vector(corrected_m)}")
        lines.append(f"v̂ = v{j}/(1 − β₂^{t}) = {_vector(v)}/{_number(1.0 - beta2**t)} = {_vector(corrected_v)}")
    else:
        note = QCoreApplication.translate(
            "StepPanel", "Bias correction is off: m̂ = m and v̂ = v, which start too small because m₀ = v₀ = 0."
        )
        lines.append(f"<i>{html.escape(note)}</i>")
    lines.append(
        f"x{j} = x{i} − α·m̂/(√v̂ + ε) = {_vector(trajectory.points[k])} − "
        f"{_vector(terms['effective_learning_rate'][k])}·{_vector(corrected_m)}"
    )
    return lines


def _number(value: float) -> str:
    """Format a number for substitution, bracketing negatives: (−3)."""
    text = format_number(float(value), DIGITS).replace("-", "−")
    return f"({text})" if float(value) < 0 else text


def _plain_vector(values: np.ndarray) -> str:
    return "(" + ", ".join(format_number(float(value), DIGITS).replace("-", "−") for value in values) + ")"


def _vector(values: np.ndarray) -> str:
    """Format a pair of coordinates as (a, b), ready for HTML."""
    return html.escape(_plain_vector(values))
