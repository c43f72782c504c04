"""Trajectory tables for export (CSV), independent of any user interface."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass

from .files import atomic_write_text
from .trajectory import StopReason, Trajectory


@dataclass(frozen=True)
class TableTerms:
    """Column titles and state words, in the language of the reader.

    ``parameters`` names each coordinate (for example ("x",) or ("w", "b"));
    the gradient columns are titled ``gradient`` followed by the name.
    """

    step: str = "step"
    parameters: Sequence[str] = ("x",)
    gradient: str = "gradient"
    loss: str = "loss"
    state: str = "state"
    finite: str = "finite"
    diverged: str = "diverged"


def trajectory_rows(trajectory: Trajectory, terms: TableTerms = TableTerms()) -> list[list[str]]:
    """Return the header and one row per step, numbers written with repr precision.

    A diverged run ends with a row for the first non-finite step: its state
    is ``terms.diverged`` and only the value that overflowed is filled in.
    """
    names = list(terms.parameters)
    dimension = trajectory.points.shape[1]
    if len(names) != dimension:
        raise ValueError(f"{len(names)} parameter names for {dimension} parameters")
    header = [terms.step, *names, *(f"{terms.gradient} {name}" for name in names), terms.loss, terms.state]
    rows = [header]
    for step in range(trajectory.last_step + 1):
        rows.append(
            [
                str(step),
                *(repr(float(value)) for value in trajectory.points[step]),
                *(repr(float(value)) for value in trajectory.gradients[step]),
                repr(float(trajectory.losses[step])),
                terms.finite,
            ]
        )
    if trajectory.divergence is not None:
        rows.append(_divergence_row(trajectory, dimension, terms))
    return rows


def _divergence_row(trajectory: Trajectory, dimension: int, terms: TableTerms) -> list[str]:
    divergence = trajectory.divergence
    empty = [""] * dimension
    value = repr(divergence.value)
    points = [value] + empty[1:] if divergence.reason is StopReason.POINT_NOT_FINITE else empty
    gradients = [value] + empty[1:] if divergence.reason is StopReason.GRADIENT_NOT_FINITE else empty
    loss = value if divergence.reason is StopReason.LOSS_NOT_FINITE else ""
    return [str(divergence.step), *points, *gradients, loss, terms.diverged]


def trajectory_csv(trajectory: Trajectory, terms: TableTerms = TableTerms()) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(trajectory_rows(trajectory, terms))
    return buffer.getvalue()


def write_trajectory_csv(path: str | os.PathLike, trajectory: Trajectory, terms: TableTerms = TableTerms()) -> None:
    """Write the trajectory as UTF-8 CSV, atomically. Raises OSError."""
    atomic_write_text(path, trajectory_csv(trajectory, terms))


def race_rows(
    trajectories: Sequence[Trajectory], racer_names: Sequence[str], racer_title: str, terms: TableTerms = TableTerms()
) -> list[list[str]]:
    """Return one table of every racer's steps: ``racer_title`` and the racer's name, then the trajectory columns."""
    if len(trajectories) != len(racer_names):
        raise ValueError(f"{len(racer_names)} names for {len(trajectories)} racers")
    rows = []
    for trajectory, name in zip(trajectories, racer_names):
        header, *body = trajectory_rows(trajectory, terms)
        if not rows:
            rows.append([racer_title, *header])
        rows.extend([name, *row] for row in body)
    return rows


def write_race_csv(
    path: str | os.PathLike, trajectories: Sequence[Trajectory], racer_names: Sequence[str], racer_title: str,
    terms: TableTerms = TableTerms(),
) -> None:
    """Write every racer's steps as one UTF-8 CSV table, atomically. Raises OSError."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(race_rows(trajectories, racer_names, racer_title, terms))
    atomic_write_text(path, buffer.getvalue())
