"""Linear regression ŷ = w·x + b as an objective over the parameters (w, b).

The loss is a quadratic function of (w, b), so it is evaluated from five
statistics of the data (means and centred second moments) instead of
from every point. One call costs the same for 5 or 10 million points, and
a whole grid of (w, b) for a contour map is one array operation. Centring
keeps the statistics accurate when x or y are large compared with their
spread. :func:`regression_step` computes the same update point by point,
the way the lessons write it out.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np

from .datasets import Dataset
from .objectives import Objective


class RegressionLoss(enum.Enum):
    """The loss J(w, b) over n points with residuals r_i = y_i − ŷ_i."""

    HALF_SQUARED_ERROR = "half_squared_error"
    """J = (1/2n)·Σ r_i², which is ½(y − ŷ)² for a single point."""
    MEAN_SQUARED_ERROR = "mean_squared_error"
    """J = (1/n)·Σ r_i² = mean((y − ŷ)²)."""

    @property
    def scale(self) -> float:
        """The factor in front of mean(r²): ½ or 1."""
        return 0.5 if self is RegressionLoss.HALF_SQUARED_ERROR else 1.0


class LinearRegression(Objective):
    """The loss of the line ŷ = w·x + b on a data set, over p = (w, b).

    With c = 1 for the mean squared error and c = ½ for the half squared
    error, the gradient is ∂J/∂w = −2c·mean(x·(y − ŷ)) and
    ∂J/∂b = −2c·mean(y − ŷ), and the Hessian is the constant matrix
    2c·[[mean(x²), mean(x)], [mean(x), 1]].
    """

    dimension = 2

    def __init__(self, dataset: Dataset, loss: RegressionLoss = RegressionLoss.MEAN_SQUARED_ERROR):
        self.dataset = dataset
        self.loss = loss
        x, y = dataset.x, dataset.y
        # Values above about 1e154 overflow in their squares. That is reported
        # through ``overflows``, so numpy's warnings would only repeat it.
        with np.errstate(over="ignore", invalid="ignore"):
            self._x_mean = float(np.mean(x))
            self._y_mean = float(np.mean(y))
            centred_x = x - self._x_mean
            centred_y = y - self._y_mean
            self._sxx = float(np.mean(centred_x * centred_x))
            self._sxy = float(np.mean(centred_x * centred_y))
            self._syy = float(np.mean(centred_y * centred_y))
            # Below this spread every x is the same number up to rounding.
            self._sxx_floor = (64.0 * np.finfo(float).eps * float(np.max(np.abs(x)))) ** 2
            means_squared = np.square([self._x_mean, self._y_mean])
        moments = [self._sxx, self._sxy, self._syy, *means_squared]
        self._overflows = not bool(np.all(np.isfinite(moments)))

    def __repr__(self) -> str:
        return f"LinearRegression({len(self.dataset)} points, {self.loss.value})"

    @property
    def overflows(self) -> bool:
        """Whether the data's second moments or squared means overflow float64.

        The loss is then infinite or NaN at (w, b) = (0, 0), and at every
        (w, b) if a second moment overflows.
        """
        return self._overflows

    def with_dataset(self, dataset: Dataset) -> LinearRegression:
        """Return the same loss on other data."""
        return LinearRegression(dataset, self.loss)

    def value(self, p: np.ndarray) -> np.ndarray:
        w, b = p[..., 0], p[..., 1]
        offset = self._y_mean - w * self._x_mean - b
        # mean((y_c − w·x_c)²) is never negative, but rounding may give −1e-17.
        spread = np.maximum(self._syy - 2.0 * w * self._sxy + w * w * self._sxx, 0.0)
        return self.loss.scale * (spread + offset * offset)

    def gradient(self, p: np.ndarray) -> np.ndarray:
        w, b = p[..., 0], p[..., 1]
        offset = self._y_mean - w * self._x_mean - b
        factor = -2.0 * self.loss.scale
        d_w = factor * ((self._sxy - w * self._sxx) + self._x_mean * offset)
        d_b = factor * offset
        return np.stack([d_w, d_b], axis=-1)

    @property
    def sample_count(self) -> int:
        """n, the number of data points, for batch sampling (see :mod:`.batches`)."""
        return len(self.dataset)

    def batch_gradient(self, p: np.ndarray, indices: np.ndarray) -> np.ndarray:
        """Return the gradient of the loss over the points ``indices`` only.

        With r_i = y_i − (w·x_i + b) and B the selected points,
        ∂J_B/∂w = −2c·mean_B(x·r) and ∂J_B/∂b = −2c·mean_B(r). For every
        index it equals ``gradient`` up to rounding. ``p`` has shape
        (..., 2) like for ``gradient``.
        """
        x = self.dataset.x[indices]
        y = self.dataset.y[indices]
        p = np.asarray(p, dtype=float)
        residuals = y - (p[..., 0, np.newaxis] * x + p[..., 1, np.newaxis])
        factor = -2.0 * self.loss.scale
        d_w = factor * np.mean(x * residuals, axis=-1)
        d_b = factor * np.mean(residuals, axis=-1)
        return np.stack([d_w, d_b], axis=-1)

    def hessian(self) -> np.ndarray:
        mean_x = self._x_mean
        mean_x_squared = self._sxx + mean_x * mean_x
        return 2.0 * self.loss.scale * np.array([[mean_x_squared, mean_x], [mean_x, 1.0]])

    def predict(self, p: np.ndarray, x: np.ndarray) -> np.ndarray:
        """Return ŷ = w·x + b for parameters ``p = (w, b)`` and inputs ``x``."""
        return p[0] * np.asarray(x, dtype=float) + p[1]

    def nearest_minimizer(self, p: np.ndarray) -> np.ndarray:
        """Return the minimiser of J closest to ``p`` (Euclidean distance).

        It is p − H⁺·∇J(p) with H⁺ the pseudo-inverse of the Hessian, and it
        exists even when the optimum is not unique: with a single point it
        is the nearest (w, b) whose line passes through that point.
        """
        p = np.asarray(p, dtype=float)
        return p - np.linalg.pinv(self.hessian()) @ self.gradient(p)

    def optimum(self) -> np.ndarray | None:
        """Return the least-squares (w*, b*), or None if it is not unique.

        w* = cov(x, y) / var(x) and b* = mean(y) − w*·mean(x). When every x
        is the same there is no single best line (every line through the
        mean point fits equally well), and None is returned.
        """
        if self._sxx <= self._sxx_floor:
            return None
        w = self._sxy / self._sxx
        return np.array([w, self._y_mean - w * self._x_mean])


@dataclass(frozen=True)
class RegressionStep:
    """One gradient-descent update of (w, b), computed point by point.

    Attributes
    ----------
    predictions, errors : ndarray, shape (n,)
        ŷ_i = w·x_i + b and the residuals y_i − ŷ_i.
    loss : float
        J(w, b) before the update.
    gradient : ndarray, shape (2,)
        (∂J/∂w, ∂J/∂b) at (w, b).
    next_parameters : ndarray, shape (2,)
        (w, b) − α·gradient.
    next_predictions : ndarray, shape (n,)
        ŷ_i with the updated parameters.
    """

    parameters: np.ndarray
    learning_rate: float
    loss_kind: RegressionLoss
    predictions: np.ndarray
    errors: np.ndarray
    loss: float
    gradient: np.ndarray
    next_parameters: np.ndarray
    next_predictions: np.ndarray


def regression_step(
    dataset: Dataset, loss: RegressionLoss, parameters: np.ndarray, learning_rate: float
) -> RegressionStep:
    """Compute one update of (w, b) with the textbook per-point formulas.

    ŷ_i = w·x_i + b, r_i = y_i − ŷ_i, J = c·mean(r²),
    ∂J/∂w = −2c·mean(x·r), ∂J/∂b = −2c·mean(r), and
    (w, b) := (w, b) − α·(∂J/∂w, ∂J/∂b), with c as in RegressionLoss.
    """
    w, b = float(parameters[0]), float(parameters[1])
    x, y = dataset.x, dataset.y
    with np.errstate(all="ignore"):
        predictions = w * x + b
        errors = y - predictions
        value = loss.scale * float(np.mean(errors * errors))
        gradient = -2.0 * loss.scale * np.array([np.mean(x * errors), np.mean(errors)])
        following = np.array([w, b]) - learning_rate * gradient
        next_predictions = following[0] * x + following[1]
    return RegressionStep(
        parameters=np.array([w, b]),
        learning_rate=float(learning_rate),
        loss_kind=loss,
        predictions=predictions,
        errors=errors,
        loss=value,
        gradient=gradient,
        next_parameters=following,
        next_predictions=next_predictions,
    )
