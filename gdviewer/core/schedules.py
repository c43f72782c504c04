r"""Learning-rate schedules: the learning rate α_k of each update k.

A schedule is an immutable object that maps the update index k = 0, 1, …
to α_k. Calling it with an integer returns a float. Calling it with an
array of integers returns an array of the same shape, so one call gives
the values to plot. :class:`~gdviewer.core.trajectory.Run` calls a schedule
once with ``np.arange(steps)`` and uses those values, so the plotted values
are exactly the ones the run used.

Every schedule takes the base learning rate α and an optional linear
warm-up of W updates:

.. math::

    α_k = α (k + 1) / (W + 1)  \quad \text{for } k < W, \qquad
    α_k = α · d(k - W)          \quad \text{for } k ≥ W,

so the warm-up climbs to α without a zero step, and the decay factor
d(j) (with d(0) = 1) starts after the warm-up. ``SCHEDULES`` maps the
names used by the command line to the classes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from .hyperparameters import Hyperparameter, validate_all

WARMUP_STEPS = Hyperparameter("warmup_steps", "W", 0, minimum=0)


class Schedule:
    """Base class of the schedules: validation, warm-up and vectorisation.

    Subclasses are frozen dataclasses with the fields ``learning_rate``,
    their own hyperparameters and ``warmup_steps``, and they define
    ``decay_factor``.
    """

    name: ClassVar[str]
    """The name used on the command line and in the registry."""

    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (WARMUP_STEPS,)
    """The constructor arguments after ``learning_rate``, with defaults and ranges."""

    learning_rate: float
    warmup_steps: int

    def __post_init__(self) -> None:
        rate = self.learning_rate
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not math.isfinite(rate) or rate < 0:
            raise ValueError(f"learning rate {rate!r} is not a finite number >= 0")
        validate_all(self, self.hyperparameters)

    def __call__(self, step: int | np.ndarray) -> float | np.ndarray:
        """Return α_k for an update index or an array of them.

        Raises ValueError if an index is negative or not an integer.
        """
        k = np.asarray(step)
        if k.dtype.kind not in "iu":
            raise ValueError(f"update index {step!r} is invalid: expected integers >= 0")
        if k.size and k.min() < 0:
            raise ValueError(f"update index {int(k.min())} is negative: expected integers >= 0")

        k = k.astype(np.int64)
        warmup = self.warmup_steps
        decayed = self.learning_rate * self.decay_factor(np.asarray(np.maximum(k - warmup, 0)))
        if warmup:
            ramp = self.learning_rate * (k + 1) / (warmup + 1)
            decayed = np.where(k < warmup, ramp, decayed)
        rates = np.broadcast_to(np.asarray(decayed, dtype=float), k.shape)
        return float(rates) if rates.ndim == 0 else rates.copy()

    def decay_factor(self, j: np.ndarray) -> np.ndarray:
        """Return d(j), the fraction of α used j updates after the warm-up."""
        raise NotImplementedError


@dataclass(frozen=True)
class ConstantSchedule(Schedule):
    """The same learning rate for every update: d(j) = 1.

    A plain float passed to :class:`~gdviewer.core.trajectory.Run` means
    this schedule without warm-up.
    """

    name: ClassVar[str] = "constant"

    learning_rate: float
    warmup_steps: int = 0

    def decay_factor(self, j: np.ndarray) -> np.ndarray:
        return np.ones(np.shape(j))


@dataclass(frozen=True)
class StepDecay(Schedule):
    r"""Multiply the learning rate by a factor every ``step_size`` updates.

    Parameters
    ----------
    learning_rate : float
        α, the learning rate of the first steps after the warm-up.
    step_size : int, default 100
        s >= 1, the number of updates between two drops.
    factor : float, default 0.5
        γ in [0, 1], the multiplier applied at each drop.
    warmup_steps : int, default 0
        W, the length of the linear warm-up.

    Notes
    -----
    .. math:: d(j) = γ^{\lfloor j / s \rfloor}
    """

    name: ClassVar[str] = "step"
    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (
        Hyperparameter("step_size", "s", 100, minimum=1),
        Hyperparameter("factor", "γ", 0.5, minimum=0.0, maximum=1.0),
        WARMUP_STEPS,
    )

    learning_rate: float
    step_size: int = 100
    factor: float = 0.5
    warmup_steps: int = 0

    def decay_factor(self, j: np.ndarray) -> np.ndarray:
        return self.factor ** (j // self.step_size).astype(float)


@dataclass(frozen=True)
class ExponentialDecay(Schedule):
    r"""Multiply the learning rate by the same factor after every update.

    Parameters
    ----------
    learning_rate : float
        α, the learning rate of the first step after the warm-up.
    decay_rate : float, default 0.99
        γ in [0, 1], the multiplier per update.
    warmup_steps : int, default 0
        W, the length of the linear warm-up.

    Notes
    -----
    .. math:: d(j) = γ^j
    """

    name: ClassVar[str] = "exponential"
    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (
        Hyperparameter("decay_rate", "γ", 0.99, minimum=0.0, maximum=1.0),
        WARMUP_STEPS,
    )

    learning_rate: float
    decay_rate: float = 0.99
    warmup_steps: int = 0

    def decay_factor(self, j: np.ndarray) -> np.ndarray:
        return self.decay_rate ** np.asarray(j, dtype=float)


@dataclass(frozen=True)
class CosineDecay(Schedule):
    r"""Lower the learning rate along half a cosine wave, then hold it.

    Parameters
    ----------
    learning_rate : float
        α, the learning rate of the first step after the warm-up.
    decay_steps : int, default 1000
        K >= 1, the number of updates the decay takes.
    final_fraction : float, default 0.0
        φ in [0, 1], the fraction of α kept after the decay.
    warmup_steps : int, default 0
        W, the length of the linear warm-up.

    Notes
    -----
    .. math:: d(j) = φ + (1 - φ) · ½ (1 + \cos(π \min(j, K) / K))

    References
    ----------
    I. Loshchilov and F. Hutter, "SGDR: Stochastic gradient descent with
    warm restarts", 5th International Conference on Learning
    Representations (ICLR), 2017. (One cycle without restarts.)
    """

    name: ClassVar[str] = "cosine"
    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (
        Hyperparameter("decay_steps", "K", 1000, minimum=1),
        Hyperparameter("final_fraction", "φ", 0.0, minimum=0.0, maximum=1.0),
        WARMUP_STEPS,
    )

    learning_rate: float
    decay_steps: int = 1000
    final_fraction: float = 0.0
    warmup_steps: int = 0

    def decay_factor(self, j: np.ndarray) -> np.ndarray:
        progress = np.minimum(j, self.decay_steps) / self.decay_steps
        cosine = 0.5 * (1.0 + np.cos(np.pi * progress))
        return self.final_fraction + (1.0 - self.final_fraction) * cosine


SCHEDULES: dict[str, type[Schedule]] = {
    cls.name: cls for cls in (ConstantSchedule, StepDecay, ExponentialDecay, CosineDecay)
}
"""The schedule classes by command-line name, in the order a menu lists them."""
