"""The step panel's page for a race: each racer's update with its current numbers."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ..core.race_setup import RacerSetup
from ..core.trajectory import Trajectory
from ..model.race import RaceModel
from .plots.racer_style import racer_color
from .plots.style import COLORS, subscript
from .race_names import racer_label
from .race_text import racer_divergence_text
from .update_html import gradient_lines, number_text, result_text, update_lines, value_text


def race_step_html(race: RaceModel, position: int) -> str:
    """Build the panel for the updates from step ``position`` to the next, one block per racer."""
    rows = [f"<h3>{html.escape(_heading(race, position))}</h3>"]
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


def _heading(race: RaceModel, position: int) -> str:
    """Return "Step k → k+1", or "Step k: the end of the race" once no racer has a next step."""
    if position >= race.last_step and not race.computing:
        return QCoreApplication.translate("StepPanel", "Step {k}: the end of the race").format(k=position)
    return QCoreApplication.translate("StepPanel", "Step {k} → {next}").format(k=position, next=position + 1)


def _racer_lines(number: int, setup: RacerSetup, trajectory: Trajectory, position: int) -> list[str]:
    """Return the HTML lines of one racer's update at ``position``, or why it has none."""
    k = min(position, trajectory.last_step)
    i, j = subscript(k), subscript(k + 1)
    lines = [f"x{i} = {result_text(trajectory.points[k])}, f(x{i}) = {result_text(trajectory.losses[k])}"]
    if position >= trajectory.last_step:
        if trajectory.divergence is not None:
            lines.append(f"<b>{html.escape(racer_divergence_text(number, setup, trajectory))}</b>")
        else:
            finished = QCoreApplication.translate("StepPanel", "Finished: this racer took its last step.")
            lines.append(html.escape(finished))
        return lines

    lines.extend(gradient_lines(trajectory, k, i))
    lines.append(f"α{i} = {number_text(trajectory.learning_rates[k])}")
    lines.extend(update_lines(trajectory, k, i, j))
    following = value_text(trajectory.points[k + 1])
    lines.append(f"<b>x{j} = <span style='color:{COLORS['update']}'>{following}</span></b>, "
                 f"f(x{j}) = {result_text(trajectory.losses[k + 1])}")
    return lines
