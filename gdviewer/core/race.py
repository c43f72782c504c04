"""Several optimisers from the same start on the same objective, side by side.

A race is a set of independent :class:`~gdviewer.core.trajectory.Run`
objects that share the objective, the start point, the step count and,
for stochastic updates, the batch sampler: each run draws the same
batches. Alternatively each racer can be given a sampler of its own. Each run stops on its own at its first non-finite value, with the
reason, exactly as a single run does, and the others go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from .batches import BatchSampler
from .objectives import Objective
from .optimizers import Optimizer
from .schedules import Schedule
from .trajectory import Run, Trajectory

MAX_RACERS = 6
"""The largest number of optimisers in one race."""


class Racer(NamedTuple):
    """One entrant of a race: an optimiser and its learning rate or schedule."""

    optimizer: Optimizer
    learning_rate: float | Schedule


class Race:
    """Runs of up to ``MAX_RACERS`` optimisers, advanced together a chunk at a time.

    ``racers`` is a sequence of :class:`Racer` or of (optimizer,
    learning_rate) pairs. ``samplers``, if given, contains one sampler (or
    None) per racer in place of the shared ``sampler``, so that batch and
    stochastic gradient descent can race on the same data. Raises
    ValueError if there are no racers or more than ``MAX_RACERS``, if
    ``samplers`` has another length, or if any run rejects its parameters
    (the message then names the racer by position and optimiser).
    """

    def __init__(
        self,
        objective: Objective,
        start: np.ndarray | Sequence[float] | float,
        racers: Sequence[Racer | tuple[Optimizer, float | Schedule]],
        steps: int,
        sampler: BatchSampler | None = None,
        samplers: Sequence[BatchSampler | None] | None = None,
    ):
        if not 1 <= len(racers) <= MAX_RACERS:
            raise ValueError(f"a race needs 1 to {MAX_RACERS} optimizers, not {len(racers)}")
        if samplers is None:
            samplers = [sampler] * len(racers)
        elif len(samplers) != len(racers):
            raise ValueError(f"{len(samplers)} samplers for {len(racers)} racers: give one per racer")
        self._racers = tuple(Racer(*racer) for racer in racers)
        runs = []
        for position, ((optimizer, learning_rate), racer_sampler) in enumerate(zip(self._racers, samplers), start=1):
            try:
                runs.append(Run(objective, start, learning_rate, steps, optimizer, racer_sampler))
            except ValueError as error:
                raise ValueError(f"racer {position} ({optimizer.name}): {error}") from error
        self._runs = tuple(runs)

    @property
    def racers(self) -> tuple[Racer, ...]:
        return self._racers

    @property
    def finished(self) -> bool:
        return all(run.finished for run in self._runs)

    def advance(self, max_steps: int) -> bool:
        """Compute up to ``max_steps`` more updates of every run and return True when all are finished."""
        for run in self._runs:
            if not run.finished:
                run.advance(max_steps)
        return self.finished

    def trajectories(self) -> tuple[Trajectory, ...]:
        """Return each racer's steps so far, in the order of ``racers``."""
        return tuple(run.trajectory() for run in self._runs)


def race(
    objective: Objective,
    start: np.ndarray | Sequence[float] | float,
    racers: Sequence[Racer | tuple[Optimizer, float | Schedule]],
    steps: int,
    sampler: BatchSampler | None = None,
) -> tuple[Trajectory, ...]:
    """Run every racer for ``steps`` updates and return their trajectories in order."""
    computation = Race(objective, start, racers, steps, sampler)
    computation.advance(steps)
    return computation.trajectories()
