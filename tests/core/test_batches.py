"""Batch, mini-batch and stochastic updates on a mean over data points."""

from dataclasses import dataclass, field

import numpy as np
import pytest

from gdviewer.core.batches import BatchMode, BatchObjective, BatchSampler
from gdviewer.core.objectives import Objective, Quadratic

X = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
Y = np.array([2.0, 4.0, 5.0, 4.0, 5.0])


@dataclass(frozen=True, eq=False)
class LineFit(Objective):
    """Mean squared error of the line ŷ = wx + b over data points, as a function of (w, b).

    J = mean((y − ŷ)²), ∂J/∂w = −2·mean(x(y − ŷ)), ∂J/∂b = −2·mean(y − ŷ).
    ``batch_gradient`` takes the same means over the selected points only.
    """

    x: np.ndarray = field(default_factory=lambda: X)
    y: np.ndarray = field(default_factory=lambda: Y)
    dimension: int = 2

    @property
    def sample_count(self) -> int:
        return len(self.x)

    def _residuals(self, parameters, x, y):
        w = parameters[..., 0, np.newaxis]
        b = parameters[..., 1, np.newaxis]
        return y - (w * x + b)

    def value(self, parameters):
        residuals = self._residuals(parameters, self.x, self.y)
        return np.mean(residuals * residuals, axis=-1)

    def gradient(self, parameters):
        return self.batch_gradient(parameters, np.arange(self.sample_count))

    def batch_gradient(self, parameters, indices):
        x, y = self.x[indices], self.y[indices]
        residuals = self._residuals(parameters, x, y)
        dw = -2.0 * np.mean(x * residuals, axis=-1)
        db = -2.0 * np.mean(residuals, axis=-1)
        return np.stack([dw, db], axis=-1)


def test_line_fit_opts_in_to_batches():
    assert isinstance(LineFit(), BatchObjective)
    assert not isinstance(Quadratic(2.0), BatchObjective)


@pytest.mark.parametrize(
    "batch_size, mode, steps_per_epoch",
    [
        (None, BatchMode.BATCH, 1),
        (5, BatchMode.BATCH, 1),
        (50, BatchMode.BATCH, 1),
        (2, BatchMode.MINI_BATCH, 2),
        (1, BatchMode.STOCHASTIC, 5),
    ],
)
def test_sampler_mode(batch_size, mode, steps_per_epoch):
    sampler = BatchSampler(5, batch_size)

    assert sampler.mode is mode
    assert sampler.steps_per_epoch == steps_per_epoch


def test_full_batch_draws_nothing():
    batches = BatchSampler(5).batches()

    assert [next(batches) for _ in range(3)] == [None, None, None]


def test_same_seed_gives_same_batches():
    first = BatchSampler(10, 3, seed=42).batches()
    second = BatchSampler(10, 3, seed=42).batches()
    other = BatchSampler(10, 3, seed=43).batches()

    drawn = [next(first) for _ in range(30)]
    assert all(np.array_equal(a, next(second)) for a in drawn)
    assert not all(np.array_equal(a, next(other)) for a in drawn)


def test_epoch_uses_each_point_at_most_once():
    """10 points in batches of 3: three batches per epoch, one point skipped."""
    batches = BatchSampler(10, 3, seed=1).batches()

    skipped = set()
    for _ in range(20):
        epoch = np.concatenate([next(batches) for _ in range(3)])
        assert len(set(epoch.tolist())) == 9
        assert epoch.min() >= 0
        assert epoch.max() <= 9
        skipped |= set(range(10)) - set(epoch.tolist())
    assert len(skipped) > 1  # the skipped point changes between epochs


def test_batches_are_read_only():
    batch = next(BatchSampler(10, 3).batches())

    with pytest.raises(ValueError):
        batch[0] = 7


@pytest.mark.parametrize(
    "arguments, message",
    [
        (dict(sample_count=0), "sample count 0 is invalid"),
        (dict(sample_count=5, batch_size=0), "batch size 0 is invalid"),
        (dict(sample_count=5, batch_size=2.5), "batch size 2.5 is invalid"),
        (dict(sample_count=5, seed=-1), "seed -1 is invalid"),
    ],
)
def test_invalid_sampler_raises(arguments, message):
    with pytest.raises(ValueError, match=message):
        BatchSampler(**arguments)

