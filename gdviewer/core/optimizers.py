"""Update rules that turn a gradient into the next point.

Each optimiser is a small immutable class whose hyperparameters are its
constructor arguments. Its methods are pure functions of their inputs:

- ``init(x0)`` returns the state carried between steps, a NamedTuple of
  arrays (empty for gradient descent).
- ``lookahead(x, state)`` returns the point at which the next update needs
  the gradient, or None when that point is ``x`` itself. Only Nesterov
  momentum looks ahead. A caller evaluates the gradient there and passes
  it to ``step``.
- ``step(x, gradient, learning_rate, state)`` returns a :class:`Step`: the
  next point, the next state and the terms of the update (a NamedTuple
  such as the bias-corrected moments) for a step-by-step display.
- ``update(x, gradient, learning_rate, state)`` returns only the next point
  and the next state.

Everything works on arrays of any leading shape ``(..., d)``, so a batch of
runs can step together. The adaptive methods scale each coordinate on its
own (the diagonal versions of the published rules).

Each class lists its hyperparameters in ``hyperparameters`` (name, symbol,
default, valid range and scale; see :mod:`.hyperparameters`) and validates
its arguments against that table. ``OPTIMIZERS`` maps the command-line
names to the classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

import numpy as np

from .hyperparameters import Hyperparameter, validate_all

MOMENTUM = Hyperparameter("momentum", "μ", 0.9, minimum=0.0, maximum=0.999)
EPSILON = Hyperparameter("epsilon", "ε", 1e-8, minimum=1e-12, maximum=1.0, log_scale=True)


class Step(NamedTuple):
    """The result of one update.

    Attributes
    ----------
    point : ndarray
        The next point x_{k+1}.
    state : NamedTuple
        The optimiser state after the update.
    terms : NamedTuple
        The intermediate quantities of the update, named as in the
        optimiser's docstring. Every optimiser has ``delta``, the increment
        x_{k+1} − x_k that was added to x_k.
    """

    point: np.ndarray
    state: Any
    terms: Any


class Optimizer:
    """Base class of the optimisers: shared validation and ``update``.

    Subclasses are frozen dataclasses that define ``name``,
    ``hyperparameters``, ``init`` and ``step``, and ``lookahead`` if the
    gradient is needed somewhere other than at x.
    """

    name: ClassVar[str]
    """The name used on the command line and in the registry."""

    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = ()
    """The constructor arguments, their defaults and valid ranges."""

    default_learning_rate: ClassVar[float] = 0.01
    """A first value for a learning-rate input, for objectives that suggest none.

    Surfaces suggest their own (``Surface.suggested_learning_rates``).
    """

    def __post_init__(self) -> None:
        validate_all(self, self.hyperparameters)

    def init(self, x0: np.ndarray) -> Any:
        raise NotImplementedError

    def lookahead(self, x: np.ndarray, state: Any) -> np.ndarray | None:
        """Return the point whose gradient the next update needs, or None for x."""
        return None

    def step(self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: Any) -> Step:
        raise NotImplementedError

    def update(
        self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: Any
    ) -> tuple[np.ndarray, Any]:
        """Return the next point and the next state (``step`` without its terms)."""
        point, state, _ = self.step(x, gradient, learning_rate, state)
        return point, state


class GradientDescentState(NamedTuple):
    """Gradient descent carries no state between steps."""


class IncrementTerms(NamedTuple):
    """The terms of an update whose only intermediate quantity is Δx."""

    delta: np.ndarray


@dataclass(frozen=True)
class GradientDescent(Optimizer):
    r"""Plain gradient descent.

    Notes
    -----
    With learning rate α and gradient g_k = ∇f(x_k):

    .. math:: x_{k+1} = x_k - α g_k

    It carries no state. The terms are ``delta`` = −α·g_k.
    """

    name: ClassVar[str] = "gd"

    def init(self, x0: np.ndarray) -> GradientDescentState:
        return GradientDescentState()

    def step(
        self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: GradientDescentState
    ) -> Step:
        # x + (−α·g) equals x − α·g bit for bit, because negation is exact.
        delta = -learning_rate * gradient
        return Step(x + delta, state, IncrementTerms(delta))


class VelocityState(NamedTuple):
    """The velocity v_k of a momentum method (v_0 = 0)."""

    velocity: np.ndarray


@dataclass(frozen=True)
class Momentum(Optimizer):
    r"""Gradient descent with momentum (Polyak's heavy-ball method).

    Parameters
    ----------
    momentum : float, default 0.9
        μ in [0, 0.999], the fraction of the previous velocity kept at each
        step. μ = 0 is plain gradient descent.

    Notes
    -----
    With learning rate α, gradient g_k = ∇f(x_k) and velocity v_0 = 0:

    .. math::

        v_{k+1} &= μ v_k - α g_k \\
        x_{k+1} &= x_k + v_{k+1}

    This is Polyak's x_{k+1} = x_k − α g_k + μ (x_k − x_{k−1}) written with
    the velocity v_k = x_k − x_{k−1}, in the notation of Sutskever et al.
    (2013). The state is ``velocity``. The terms are ``delta`` = v_{k+1}.

    References
    ----------
    B. T. Polyak, "Some methods of speeding up the convergence of iteration
    methods", USSR Computational Mathematics and Mathematical Physics 4(5),
    1–17, 1964.
    """

    name: ClassVar[str] = "momentum"
    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (MOMENTUM,)

    momentum: float = 0.9

    def init(self, x0: np.ndarray) -> VelocityState:
        return VelocityState(np.zeros_like(x0, dtype=float))

    def step(self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: VelocityState) -> Step:
        velocity = self.momentum * state.velocity - learning_rate * gradient
        return Step(x + velocity, VelocityState(velocity), IncrementTerms(velocity))


@dataclass(frozen=True)
class Nesterov(Optimizer):
    r"""Nesterov's accelerated gradient, written as a momentum method.

    Parameters
    ----------
    momentum : float, default 0.9
        μ in [0, 0.999], the fraction of the previous velocity kept at each
        step.

    Notes
    -----
    The gradient is taken at the look-ahead point x_k + μ v_k, where the
    velocity alone would carry x. With learning rate α and v_0 = 0:

    .. math::

        g_k &= ∇f(x_k + μ v_k) \\
        v_{k+1} &= μ v_k - α g_k \\
        x_{k+1} &= x_k + v_{k+1}

    ``lookahead(x, state)`` returns x_k + μ v_k, and ``step`` expects the
    gradient at that point. The state is ``velocity``. The terms are
    ``delta`` = v_{k+1}.

    References
    ----------
    Y. Nesterov, "A method for solving the convex programming problem with
    convergence rate O(1/k²)", Soviet Mathematics Doklady 27, 372–376, 1983.

    I. Sutskever, J. Martens, G. Dahl and G. Hinton, "On the importance of
    initialization and momentum in deep learning", Proceedings of the 30th
    International Conference on Machine Learning (ICML), 1139–1147, 2013.
    (The velocity form above is theirs.)
    """

    name: ClassVar[str] = "nesterov"
    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (MOMENTUM,)

    momentum: float = 0.9

    def init(self, x0: np.ndarray) -> VelocityState:
        return VelocityState(np.zeros_like(x0, dtype=float))

    def lookahead(self, x: np.ndarray, state: VelocityState) -> np.ndarray:
        return x + self.momentum * state.velocity

    def step(self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: VelocityState) -> Step:
        velocity = self.momentum * state.velocity - learning_rate * gradient
        return Step(x + velocity, VelocityState(velocity), IncrementTerms(velocity))


class ScaledTerms(NamedTuple):
    """The terms of an update whose step size is scaled per coordinate."""

    effective_learning_rate: np.ndarray
    """α / (√s + ε), the step size each coordinate of the gradient gets."""
    delta: np.ndarray


class SumOfSquaresState(NamedTuple):
    """AdaGrad's running sum of squared gradients G_k (G_0 = 0)."""

    sum_of_squares: np.ndarray


@dataclass(frozen=True)
class AdaGrad(Optimizer):
    r"""AdaGrad: each coordinate's step shrinks with its gradients' history.

    Parameters
    ----------
    epsilon : float, default 1e-8
        ε in [1e-12, 1], added to the root so that a zero gradient history
        does not divide by zero.

    Notes
    -----
    With learning rate α, gradient g_k and G_0 = 0, per coordinate:

    .. math::

        G_{k+1} &= G_k + g_k^2 \\
        η_k &= α / (\sqrt{G_{k+1}} + ε) \\
        x_{k+1} &= x_k - η_k g_k

    Because G only grows, the effective learning rate η only falls. The
    state is ``sum_of_squares`` (G). The terms are
    ``effective_learning_rate`` (η_k) and ``delta`` = −η_k g_k.

    References
    ----------
    J. Duchi, E. Hazan and Y. Singer, "Adaptive subgradient methods for
    online learning and stochastic optimization", Journal of Machine
    Learning Research 12, 2121–2159, 2011. (The diagonal version, with ε in
    the role of their δ.)
    """

    name: ClassVar[str] = "adagrad"
    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (EPSILON,)
    default_learning_rate: ClassVar[float] = 0.1

    epsilon: float = 1e-8

    def init(self, x0: np.ndarray) -> SumOfSquaresState:
        return SumOfSquaresState(np.zeros_like(x0, dtype=float))

    def step(self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: SumOfSquaresState) -> Step:
        sum_of_squares = state.sum_of_squares + gradient * gradient
        rate = learning_rate / (np.sqrt(sum_of_squares) + self.epsilon)
        delta = -rate * gradient
        return Step(x + delta, SumOfSquaresState(sum_of_squares), ScaledTerms(rate, delta))


class MeanSquareState(NamedTuple):
    """RMSProp's moving average of squared gradients s_k (s_0 = 0)."""

    mean_square: np.ndarray


@dataclass(frozen=True)
class RMSProp(Optimizer):
    r"""RMSProp: divide the gradient by a moving root mean square of it.

    Parameters
    ----------
    decay : float, default 0.9
        ρ in [0, 0.9999], the weight of the old average in the new one.
    epsilon : float, default 1e-8
        ε in [1e-12, 1], added to the root so that a zero average does not
        divide by zero.

    Notes
    -----
    With learning rate α, gradient g_k and s_0 = 0, per coordinate:

    .. math::

        s_{k+1} &= ρ s_k + (1 - ρ) g_k^2 \\
        η_k &= α / (\sqrt{s_{k+1}} + ε) \\
        x_{k+1} &= x_k - η_k g_k

    Unlike AdaGrad's sum, the moving average lets old gradients decay, so
    the effective learning rate η can grow again. The state is ``mean_square``
    (s). The terms are ``effective_learning_rate`` (η_k) and ``delta`` =
    −η_k g_k.

    References
    ----------
    T. Tieleman and G. Hinton, "Lecture 6.5 — RMSProp: divide the gradient
    by a running average of its recent magnitude", COURSERA: Neural
    Networks for Machine Learning, 2012.
    """

    name: ClassVar[str] = "rmsprop"
    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (
        Hyperparameter("decay", "ρ", 0.9, minimum=0.0, maximum=0.9999),
        EPSILON,
    )

    decay: float = 0.9
    epsilon: float = 1e-8

    def init(self, x0: np.ndarray) -> MeanSquareState:
        return MeanSquareState(np.zeros_like(x0, dtype=float))

    def step(self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: MeanSquareState) -> Step:
        mean_square = self.decay * state.mean_square + (1.0 - self.decay) * (gradient * gradient)
        rate = learning_rate / (np.sqrt(mean_square) + self.epsilon)
        delta = -rate * gradient
        return Step(x + delta, MeanSquareState(mean_square), ScaledTerms(rate, delta))


class AdamState(NamedTuple):
    """Adam's step count t and moment estimates m_t, v_t (all 0 at the start)."""

    count: int
    first_moment: np.ndarray
    second_moment: np.ndarray


class AdamTerms(NamedTuple):
    """The intermediate quantities of one Adam update."""

    corrected_first_moment: np.ndarray
    """m̂ = m / (1 − β₁ᵗ), or m itself without bias correction."""
    corrected_second_moment: np.ndarray
    """v̂ = v / (1 − β₂ᵗ), or v itself without bias correction."""
    effective_learning_rate: np.ndarray
    """α / (√v̂ + ε), the step size each coordinate of m̂ gets."""
    delta: np.ndarray


@dataclass(frozen=True)
class Adam(Optimizer):
    r"""Adam: momentum on the gradient, scaled by a moving root mean square.

    Parameters
    ----------
    beta1 : float, default 0.9
        β₁ in [0, 0.9999], the decay of the first moment (mean) estimate.
    beta2 : float, default 0.999
        β₂ in [0, 0.99999], the decay of the second moment (uncentred
        variance) estimate.
    epsilon : float, default 1e-8
        ε in [1e-12, 1], added to the root so that a zero estimate does not
        divide by zero.
    bias_correction : bool, default True
        Divide the moments by 1 − βᵗ. Both estimates start at 0, so without
        the correction they are too small in the first steps, the second by
        far more (1 − β₂ = 0.001 against 1 − β₁ = 0.1). The first step is
        then α·0.1/√0.001 ≈ 3.16·α long instead of α.

    Notes
    -----
    With learning rate α, gradient g_t, t counting updates from 1 and
    m_0 = v_0 = 0, per coordinate:

    .. math::

        m_t &= β_1 m_{t-1} + (1 - β_1) g_t \\
        v_t &= β_2 v_{t-1} + (1 - β_2) g_t^2 \\
        \hat m_t &= m_t / (1 - β_1^t) \\
        \hat v_t &= v_t / (1 - β_2^t) \\
        x_t &= x_{t-1} - α \hat m_t / (\sqrt{\hat v_t} + ε)

    This is Algorithm 1 of the paper, whose defaults (α = 0.001, β₁ = 0.9,
    β₂ = 0.999, ε = 1e-8) are the defaults here.
    The state is ``count`` (t), ``first_moment`` (m) and ``second_moment``
    (v). The terms are ``corrected_first_moment`` (m̂),
    ``corrected_second_moment`` (v̂), ``effective_learning_rate``
    (α / (√v̂ + ε)) and ``delta``.

    References
    ----------
    D. P. Kingma and J. Ba, "Adam: A method for stochastic optimization",
    3rd International Conference on Learning Representations (ICLR), 2015.
    arXiv:1412.6980.
    """

    name: ClassVar[str] = "adam"
    default_learning_rate: ClassVar[float] = 0.001
    hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = (
        Hyperparameter("beta1", "β₁", 0.9, minimum=0.0, maximum=0.9999),
        Hyperparameter("beta2", "β₂", 0.999, minimum=0.0, maximum=0.99999),
        EPSILON,
        Hyperparameter("bias_correction", "1 − βᵗ", True),
    )

    beta1: float = 0.9
    beta2: float = 0.999
    epsilon: float = 1e-8
    bias_correction: bool = True

    def init(self, x0: np.ndarray) -> AdamState:
        zeros = np.zeros_like(x0, dtype=float)
        return AdamState(0, zeros, zeros)

    def step(self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: AdamState) -> Step:
        count = state.count + 1
        first = self.beta1 * state.first_moment + (1.0 - self.beta1) * gradient
        second = self.beta2 * state.second_moment + (1.0 - self.beta2) * (gradient * gradient)
        if self.bias_correction:
            corrected_first = first / (1.0 - self.beta1**count)
            corrected_second = second / (1.0 - self.beta2**count)
        else:
            corrected_first, corrected_second = first, second
        rate = learning_rate / (np.sqrt(corrected_second) + self.epsilon)
        delta = -rate * corrected_first
        terms = AdamTerms(corrected_first, corrected_second, rate, delta)
        return Step(x + delta, AdamState(count, first, second), terms)


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (GradientDescent, Momentum, Nesterov, AdaGrad, RMSProp, Adam)
}
"""The optimiser classes by command-line name, in the order a menu lists them."""


def make_optimizer(name: str, **hyperparameters: Any) -> Optimizer:
    """Create the optimiser registered as ``name`` with the given hyperparameters.

    Raises ValueError for an unknown name (listing the known ones), an
    unknown hyperparameter or a value outside its range.
    """
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}: choose one of {', '.join(OPTIMIZERS)}") from None
    known = {hyperparameter.name for hyperparameter in cls.hyperparameters}
    unknown = sorted(set(hyperparameters) - known)
    if unknown:
        accepted = ", ".join(sorted(known)) or "none"
        raise ValueError(f"{name} has no hyperparameter {unknown[0]!r}: it accepts {accepted}")
    return cls(**hyperparameters)
