"""Optimisers: first steps against hand-computed values, hyperparameter tables.

The first-step cases apply each published update rule by hand, with the
arithmetic written next to the expected numbers. Adaptive methods use
ε = 1e-12, the smallest value allowed, so that ε changes no digit that the
tolerance (relative 1e-9) checks.
"""

import numpy as np
import pytest

from gdviewer.core.objectives import Quadratic
from gdviewer.core.optimizers import (
    OPTIMIZERS,
    AdaGrad,
    Adam,
    GradientDescent,
    Momentum,
    Nesterov,
    RMSProp,
    make_optimizer,
)
from gdviewer.core.surfaces import IllConditionedBowl
from gdviewer.core.trajectory import run

TINY_EPSILON = 1e-12

# Each case: optimiser, objective, start, learning rate, expected x_0 … x_3,
# and expected values of one recorded state field or term per update.
FIRST_STEPS = [
    pytest.param(
        # f(x) = 2x², g = 4x, α = 0.1: x_{k+1} = x_k − 0.1·4x_k = 0.6·x_k.
        GradientDescent(), Quadratic(2.0), [1.0], 0.1,
        [[1.0], [0.6], [0.36], [0.216]],
        ("terms", "delta", [[-0.4], [-0.24], [-0.144]]),
        id="gd",
    ),
    pytest.param(
        # Polyak, μ = 0.9, α = 0.1, v_0 = 0, f(x) = 2x²:
        # v_1 = 0.9·0 − 0.1·4 = −0.4,                x_1 = 1 − 0.4 = 0.6
        # v_2 = 0.9·(−0.4) − 0.1·2.4 = −0.6,         x_2 = 0.6 − 0.6 = 0
        # v_3 = 0.9·(−0.6) − 0.1·0 = −0.54,          x_3 = −0.54
        Momentum(momentum=0.9), Quadratic(2.0), [1.0], 0.1,
        [[1.0], [0.6], [0.0], [-0.54]],
        ("states", "velocity", [[0.0], [-0.4], [-0.6], [-0.54]]),
        id="momentum",
    ),
    pytest.param(
        # Nesterov (Sutskever et al.), μ = 0.9, α = 0.1, f(x) = 2x²:
        # look-ahead 1 + 0.9·0 = 1,            g = 4,       v_1 = −0.4,   x_1 = 0.6
        # look-ahead 0.6 + 0.9·(−0.4) = 0.24,  g = 0.96,    v_2 = −0.36 − 0.096 = −0.456,
        #                                                   x_2 = 0.6 − 0.456 = 0.144
        # look-ahead 0.144 − 0.4104 = −0.2664, g = −1.0656, v_3 = −0.4104 + 0.10656 = −0.30384,
        #                                                   x_3 = 0.144 − 0.30384 = −0.15984
        Nesterov(momentum=0.9), Quadratic(2.0), [1.0], 0.1,
        [[1.0], [0.6], [0.144], [-0.15984]],
        ("lookahead_points", None, [[1.0], [0.24], [-0.2664]]),
        id="nesterov",
    ),
    pytest.param(
        # Duchi et al., α = 0.1, G_0 = 0, f(x) = 2x²:
        # g = 4,   G_1 = 16,                 η = 0.1/4 = 0.025,             x_1 = 1 − 0.025·4 = 0.9
        # g = 3.6, G_2 = 16 + 12.96 = 28.96, η = 0.1/√28.96 = 0.018582354, x_2 = 0.9 − η·3.6 = 0.833103527
        # g = 3.332414107, G_3 = 28.96 + 11.104983783 = 40.064983783,
        #                                    η = 0.015798560,             x_3 = 0.780456181
        AdaGrad(epsilon=TINY_EPSILON), Quadratic(2.0), [1.0], 0.1,
        [[1.0], [0.9], [0.833103526837755], [0.780456181348103]],
        ("terms", "effective_learning_rate", [[0.025], [0.0185823536561792], [0.0157985603810511]]),
        id="adagrad",
    ),
    pytest.param(
        # Tieleman & Hinton, ρ = 0.9, α = 0.01, s_0 = 0, on x² + 10y² from (1, 1).
        # Coordinate x (g = 2x):
        #   g = 2,          s_1 = 0.1·4 = 0.4,                η = 0.01/√0.4 = 0.015811388, x_1 = 1 − 2η = 0.968377223
        #   g = 1.936754447, s_2 = 0.36 + 0.1·3.751017787 = 0.735101779,
        #                                                     η = 0.011663429,             x_2 = 0.945788025
        #   g = 1.891576049, s_3 = 1.019397596,               η = 0.009904401,             x_3 = 0.927053098
        # Coordinate y (g = 20y) has 10 times the gradient and 100 times s, so
        # η is 10 times smaller and the steps are the same as along x.
        RMSProp(decay=0.9, epsilon=TINY_EPSILON), IllConditionedBowl(), [1.0, 1.0], 0.01,
        [[1.0, 1.0], [0.968377223398316] * 2, [0.945788024730346] * 2, [0.927053097784950] * 2],
        ("states", "mean_square", [[0.0, 0.0], [0.4, 40.0], [0.735101778718653, 73.5101778718653],
                                   [1.01939759593612, 101.939759593612]]),
        id="rmsprop",
    ),
    pytest.param(
        # Kingma & Ba, β₁ = 0.9, β₂ = 0.999, α = 0.1, on x² + 10y² from (1, 1).
        # Coordinate x (g = 2x):
        #   t = 1: g = 2,   m = 0.2,  v = 0.004,    m̂ = 0.2/0.1 = 2,  v̂ = 0.004/0.001 = 4,
        #          x_1 = 1 − 0.1·2/√4 = 0.9
        #   t = 2: g = 1.8, m = 0.18 + 0.18 = 0.36, v = 0.003996 + 0.00324 = 0.007236,
        #          m̂ = 0.36/0.19 = 1.894736842, v̂ = 0.007236/0.001999 = 3.619809905,
        #          x_2 = 0.9 − 0.1·1.894736842/1.902579801 = 0.800412228
        #   t = 3: g = 1.600824455, m = 0.484082446, v = 0.009791403,
        #          m̂ = m/0.271 = 1.786282087, v̂ = v/0.002997001 = 3.267066957, x_3 = 0.701586271
        # Coordinate y (g = 20y) gets 10 times m and 100 times v, so m̂/√v̂ and
        # the steps are the same as along x: Adam ignores the scale of each axis.
        Adam(epsilon=TINY_EPSILON), IllConditionedBowl(), [1.0, 1.0], 0.1,
        [[1.0, 1.0], [0.9, 0.9], [0.800412227671247] * 2, [0.701586271387645] * 2],
        ("terms", "corrected_second_moment", [[4.0, 400.0], [3.61980990495248, 361.980990495248],
                                              [3.26706695687542, 326.706695687542]]),
        id="adam",
    ),
    pytest.param(
        # Adam without bias correction, same setting. The moments start at 0 and
        # are not scaled up, so the first step is α·0.2/√0.004 = 3.16·α:
        #   t = 1: m = 0.2, v = 0.004,                 x_1 = 1 − 0.1·0.2/0.063245553 = 0.683772234
        #   t = 2: g = 1.367544468, m = 0.18 + 0.136754447 = 0.316754447,
        #          v = 0.003996 + 0.001870178 = 0.005866178, x_2 = 0.683772234 − 0.413566266 = 0.270205968
        #   t = 3: g = 0.540411936, m = 0.339120196, v = 0.006152357, x_3 = −0.162141479
        Adam(epsilon=TINY_EPSILON, bias_correction=False), IllConditionedBowl(), [1.0, 1.0], 0.1,
        [[1.0, 1.0], [0.683772233983162] * 2, [0.270205967923587] * 2, [-0.162141479043010] * 2],
        ("states", "first_moment", [[0.0, 0.0], [0.2, 2.0], [0.316754446796632, 3.16754446796632],
                                    [0.339120195701687, 3.39120195701687]]),
        id="adam-without-bias-correction",
    ),
]


@pytest.mark.parametrize("optimizer, objective, start, learning_rate, points, recorded", FIRST_STEPS)
def test_first_steps_match_hand_computation(optimizer, objective, start, learning_rate, points, recorded):
    trajectory = run(objective, start, learning_rate, 3, optimizer)

    np.testing.assert_allclose(trajectory.points, points, rtol=1e-9, atol=1e-12)
    kind, name, expected = recorded
    actual = getattr(trajectory, kind) if name is None else getattr(trajectory, kind)[name]
    np.testing.assert_allclose(actual, expected, rtol=1e-9, atol=1e-12)


def test_nesterov_takes_gradient_at_lookahead():
    trajectory = run(Quadratic(2.0), 1.0, 0.1, 3, Nesterov(momentum=0.9))

    # g = 4·(look-ahead point), from the hand computation above.
    np.testing.assert_allclose(trajectory.update_gradients[:, 0], [4.0, 0.96, -1.0656], rtol=1e-12)
    np.testing.assert_allclose(trajectory.gradients[:, 0], [4.0, 2.4, 0.576, -0.63936], rtol=1e-12)


def test_adam_counts_updates_in_state():
    trajectory = run(Quadratic(2.0), 1.0, 0.01, 4, Adam())

    assert trajectory.states["count"].tolist() == [0, 1, 2, 3, 4]


def test_delta_is_the_increment_of_each_update():
    for cls in OPTIMIZERS.values():
        trajectory = run(IllConditionedBowl(), (-2.5, 1.5), 0.01, 20, cls())
        np.testing.assert_allclose(
            trajectory.terms["delta"], np.diff(trajectory.points, axis=0), rtol=1e-12, atol=1e-15
        )


def test_zero_step_run_names_state_and_terms():
    """A display can lay out its rows before the first update is computed."""
    trajectory = run(Quadratic(2.0), 1.0, 0.1, 0, Adam())

    assert list(trajectory.states) == ["count", "first_moment", "second_moment"]
    assert trajectory.states["first_moment"].shape == (1, 1)
    assert list(trajectory.terms) == [
        "corrected_first_moment",
        "corrected_second_moment",
        "effective_learning_rate",
        "delta",
    ]
    assert trajectory.terms["delta"].shape == (0, 1)


def test_gradient_descent_has_no_state():
    trajectory = run(Quadratic(2.0), 1.0, 0.1, 3)

    assert trajectory.states == {}
    assert trajectory.lookahead_points is None
    assert set(trajectory.terms) == {"delta"}


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_update_equals_step_without_terms(name):
    optimizer = OPTIMIZERS[name]()
    x = np.array([0.5, -2.0])
    gradient = np.array([1.5, -0.25])
    state = optimizer.init(x)

    point, new_state = optimizer.update(x, gradient, 0.1, state)
    step = optimizer.step(x, gradient, 0.1, state)

    assert point.tobytes() == step.point.tobytes()
    for updated, stepped in zip(new_state, step.state):
        assert np.array_equal(updated, stepped)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_batch_of_points_steps_like_single_points(name):
    """Optimisers accept any leading shape: a (3, 2) batch steps like three runs."""
    optimizer = OPTIMIZERS[name]()
    starts = np.array([[1.0, 2.0], [-0.5, 0.25], [3.0, -1.0]])
    bowl = IllConditionedBowl()

    batch_x, batch_state = starts, optimizer.init(starts)
    single = [(start, optimizer.init(start)) for start in starts]
    for _ in range(3):
        at = optimizer.lookahead(batch_x, batch_state)
        at = batch_x if at is None else at
        batch_x, batch_state = optimizer.update(batch_x, bowl.gradient(at), 0.05, batch_state)
        stepped = []
        for x, state in single:
            at = optimizer.lookahead(x, state)
            at = x if at is None else at
            stepped.append(optimizer.update(x, bowl.gradient(at), 0.05, state))
        single = stepped

    np.testing.assert_array_equal(batch_x, np.array([x for x, _ in single]))


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_hyperparameter_table_matches_constructor(name):
    cls = OPTIMIZERS[name]
    optimizer = cls()

    for hyperparameter in cls.hyperparameters:
        assert getattr(optimizer, hyperparameter.name) == hyperparameter.default
        if not hyperparameter.is_switch:
            assert hyperparameter.minimum <= hyperparameter.default <= hyperparameter.maximum
        if hyperparameter.log_scale:
            assert hyperparameter.minimum > 0
    assert cls.default_learning_rate > 0


@pytest.mark.parametrize(
    "cls, arguments, message",
    [
        (Momentum, dict(momentum=1.0), "momentum 1.0 is too large"),
        (Momentum, dict(momentum=-0.1), "momentum -0.1 is too small"),
        (Nesterov, dict(momentum=float("nan")), "finite number"),
        (AdaGrad, dict(epsilon=0.0), "epsilon 0.0 is too small"),
        (RMSProp, dict(decay=1.0), "decay 1.0 is too large"),
        (Adam, dict(beta2=1.0), "beta2 1.0 is too large"),
        (Adam, dict(bias_correction=1), "expected True or False"),
        (Adam, dict(beta1="0.9"), "beta1 '0.9' is invalid"),
    ],
)
def test_invalid_hyperparameters_raise(cls, arguments, message):
    with pytest.raises(ValueError, match=message):
        cls(**arguments)


def test_registry_uses_command_line_names():
    assert list(OPTIMIZERS) == ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
    for name, cls in OPTIMIZERS.items():
        assert cls.name == name


def test_make_optimizer_passes_hyperparameters():
    optimizer = make_optimizer("adam", beta1=0.5, bias_correction=False)

    assert optimizer == Adam(beta1=0.5, bias_correction=False)


@pytest.mark.parametrize(
    "name, arguments, message",
    [
        ("sgd", {}, "unknown optimizer 'sgd': choose one of gd, momentum"),
        ("adam", dict(momentum=0.9), "adam has no hyperparameter 'momentum'"),
        ("gd", dict(epsilon=1e-8), "it accepts none"),
    ],
)
def test_make_optimizer_rejects_bad_requests(name, arguments, message):
    with pytest.raises(ValueError, match=message):
        make_optimizer(name, **arguments)


def test_optimizers_are_immutable():
    optimizer = Adam()
    with pytest.raises(AttributeError):
        optimizer.beta1 = 0.5
