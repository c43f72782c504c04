"""Batch, mini-batch and stochastic gradients for objectives that average over data.

How an objective opts in
------------------------
An objective whose value is a mean over n data points,
f(x) = (1/n) Σᵢ ℓᵢ(x), can let a run update with the gradient of a
subset of the points. It opts in by providing, besides ``value`` and
``gradient``:

- ``sample_count``: n, the number of data points (an int attribute or
  property).
- ``batch_gradient(x, indices)``: the gradient of the mean over the
  selected points, (1/|B|) Σ_{i∈B} ∇ℓᵢ(x), for an integer index array B.
  It works on ``x`` of shape ``(..., d)`` like ``gradient``. For B =
  0 … n−1 it equals ``gradient(x)`` up to rounding.

No base class is needed: :class:`BatchObjective` is a structural
protocol, so any class with these members qualifies. A run uses them when
it is given a :class:`BatchSampler`.

Sampling
--------
A :class:`BatchSampler` is an immutable description (data size, batch
size, seed). Each call of :meth:`BatchSampler.batches` starts a new
iterator from the seed, so a run that is reset with the same seed draws the
same batches, bit for bit.
"""

from __future__ import annotations

import enum
import numbers
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class BatchObjective(Protocol):
    """An objective that is a mean over data points and can average a subset."""

    dimension: int

    @property
    def sample_count(self) -> int: ...

    def value(self, x: np.ndarray) -> np.ndarray: ...

    def gradient(self, x: np.ndarray) -> np.ndarray: ...

    def batch_gradient(self, x: np.ndarray, indices: np.ndarray) -> np.ndarray: ...


class BatchMode(enum.Enum):
    """How many data points each update's gradient averages."""

    BATCH = "batch"
    """All points, in the same order each step: plain gradient descent."""
    MINI_BATCH = "mini-batch"
    """A random subset of ``batch_size`` points."""
    STOCHASTIC = "stochastic"
    """One random point."""


@dataclass(frozen=True)
class BatchSampler:
    """The sampling of data points for each update: all, a random batch or one at random.

    Parameters
    ----------
    sample_count : int
        n >= 1, the number of data points.
    batch_size : int or None, default None
        The number of points per update. None, or any size >= n, means the
        full batch. 1 means stochastic gradient descent.
    seed : int, default 0
        The seed of the numpy random generator (PCG64) that shuffles the
        points.

    Notes
    -----
    Sampling is without replacement within an epoch: each epoch shuffles
    the n points and cuts the order into ⌊n / batch_size⌋ batches of
    exactly ``batch_size`` points. The n mod batch_size points left over are
    skipped in that epoch, a different random set each time, so that every
    update averages the same number of points. The full batch draws no
    random numbers.
    """

    sample_count: int
    batch_size: int | None = None
    seed: int = 0

    def __post_init__(self) -> None:
        if not _is_int(self.sample_count) or self.sample_count < 1:
            raise ValueError(f"sample count {self.sample_count!r} is invalid: expected a whole number >= 1")
        if self.batch_size is not None and (not _is_int(self.batch_size) or self.batch_size < 1):
            raise ValueError(f"batch size {self.batch_size!r} is invalid: expected a whole number >= 1, or None for the full batch")
        if not _is_int(self.seed) or self.seed < 0:
            raise ValueError(f"seed {self.seed!r} is invalid: expected a whole number >= 0")

    @property
    def mode(self) -> BatchMode:
        if self.batch_size is None or self.batch_size >= self.sample_count:
            return BatchMode.BATCH
        if self.batch_size == 1:
            return BatchMode.STOCHASTIC
        return BatchMode.MINI_BATCH

    @property
    def steps_per_epoch(self) -> int:
        """The number of updates that make up one pass over the data."""
        if self.mode is BatchMode.BATCH:
            return 1
        return self.sample_count // self.batch_size

    def batches(self) -> Iterator[np.ndarray | None]:
        """Start an endless iterator over the index arrays of successive updates.

        In batch mode it yields None, meaning all points, so a run can use
        the objective's full gradient. Otherwise it yields read-only int64
        arrays of ``batch_size`` distinct indices.
        """
        if self.mode is BatchMode.BATCH:
            return _full_batches()
        return _shuffled_batches(self.sample_count, self.batch_size, self.seed)


def _full_batches() -> Iterator[None]:
    while True:
        yield None


def _shuffled_batches(sample_count: int, batch_size: int, seed: int) -> Iterator[np.ndarray]:
    generator = np.random.default_rng(seed)
    per_epoch = sample_count // batch_size
    while True:
        order = generator.permutation(sample_count)
        order.flags.writeable = False
        for start in range(0, per_epoch * batch_size, batch_size):
            yield order[start : start + batch_size]


def _is_int(value: object) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)
