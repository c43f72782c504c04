"""Batch, mini-batch and stochastic updates on a mean over data points."""

from dataclasses import dataclass, field

import numpy as np
import pytest

from gdviewer.core.batches import BatchMode, BatchObjective, BatchSampler
from gdviewer.core.objectives import Objective, Quadratic
from gdviewer.core.optimizers import Nesterov
from gdviewer.core.trajectory import Run, run

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


def test_full_batch_reproduces_regression_lesson():
    """Batch gradient descent at α = 0.01 from w = b = 0, the regression lesson's setting."""
    trajectory = run(LineFit(), (0.0, 0.0), 0.01, 100, sampler=BatchSampler(5))

    # Epoch 0: loss mean(y²) = 86/5 = 17.2; dw = −2·66/5 = −26.4, db = −2·4 = −8.
    assert trajectory.losses[0] == pytest.approx(17.2, rel=1e-15)
    np.testing.assert_allclose(trajectory.points[1], [0.264, 0.08], rtol=1e-14)
    np.testing.assert_allclose(trajectory.points[-1], [0.9729, 0.8538], atol=5e-5)
    assert trajectory.batch_indices is None


def test_full_batch_equals_plain_run():
    plain = run(LineFit(), (0.0, 0.0), 0.01, 500)
    batched = run(LineFit(), (0.0, 0.0), 0.01, 500, sampler=BatchSampler(5, batch_size=5))

    assert batched.points.tobytes() == plain.points.tobytes()


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_reset_with_same_seed_is_bit_identical(batch_size):
    sampler = BatchSampler(5, batch_size, seed=2024)
    first = run(LineFit(), (0.0, 0.0), 0.01, 2000, sampler=sampler)
    second = run(LineFit(), (0.0, 0.0), 0.01, 2000, sampler=sampler)
    reseeded = run(LineFit(), (0.0, 0.0), 0.01, 2000, sampler=BatchSampler(5, batch_size, seed=2025))

    assert first.points.tobytes() == second.points.tobytes()
    assert first.update_gradients.tobytes() == second.update_gradients.tobytes()
    assert first.batch_indices.tobytes() == second.batch_indices.tobytes()
    assert first.points.tobytes() != reseeded.points.tobytes()


def test_chunked_stochastic_run_matches_whole():
    sampler = BatchSampler(5, 1, seed=3)
    whole = run(LineFit(), (0.0, 0.0), 0.01, 1000, sampler=sampler)
    chunked = Run(LineFit(), (0.0, 0.0), 0.01, 1000, sampler=sampler)
    while not chunked.advance(77):
        pass

    assert chunked.trajectory().points.tobytes() == whole.points.tobytes()


def test_stochastic_updates_use_one_point():
    trajectory = run(LineFit(), (0.0, 0.0), 0.01, 50, sampler=BatchSampler(5, 1, seed=0))
    objective = LineFit()

    assert trajectory.batch_indices.shape == (50, 1)
    for k in range(50):
        expected = objective.batch_gradient(trajectory.points[k], trajectory.batch_indices[k])
        assert trajectory.update_gradients[k].tobytes() == expected.tobytes()
    # The recorded gradients stay those of the full loss.
    np.testing.assert_allclose(trajectory.gradients, objective.gradient(trajectory.points), rtol=1e-14)


def test_stochastic_loss_is_noisy():
    batch = run(LineFit(), (0.0, 0.0), 0.01, 300)
    stochastic = run(LineFit(), (0.0, 0.0), 0.01, 300, sampler=BatchSampler(5, 1, seed=0))

    assert np.all(np.diff(batch.losses) < 0)
    assert np.any(np.diff(stochastic.losses) > 0)


def test_nesterov_takes_batch_gradient_at_lookahead():
    trajectory = run(LineFit(), (0.0, 0.0), 0.01, 20, Nesterov(), BatchSampler(5, 2, seed=9))
    objective = LineFit()

    for k in range(20):
        expected = objective.batch_gradient(trajectory.lookahead_points[k], trajectory.batch_indices[k])
        assert trajectory.update_gradients[k].tobytes() == expected.tobytes()


def test_sampler_needs_a_batch_objective():
    with pytest.raises(ValueError, match="Quadratic cannot average a subset"):
        Run(Quadratic(2.0), 1.0, 0.1, 3, sampler=BatchSampler(5, 1))


def test_sampler_size_must_match_data():
    with pytest.raises(ValueError, match="draws from 4 data points, but the objective has 5"):
        Run(LineFit(), (0.0, 0.0), 0.1, 3, sampler=BatchSampler(4, 1))
