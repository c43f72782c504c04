"""Learning-rate schedules: values, warm-up, validation, and use in a run."""

import numpy as np
import pytest

from gdviewer.core.objectives import Quadratic
from gdviewer.core.optimizers import Adam
from gdviewer.core.schedules import (
    SCHEDULES,
    ConstantSchedule,
    CosineDecay,
    ExponentialDecay,
    StepDecay,
)
from gdviewer.core.trajectory import Run, run

# cos(π/4) = 0.70710678, so ½(1 + cos(π/4)) = 0.85355339 and ½(1 − cos(π/4)) = 0.14644661.
VALUES = [
    pytest.param(ConstantSchedule(0.1), [0.1, 0.1, 0.1, 0.1, 0.1], id="constant"),
    # Warm-up W = 3: α(k + 1)/(W + 1) = 0.1·1/4, 0.1·2/4, 0.1·3/4, then α.
    pytest.param(ConstantSchedule(0.1, warmup_steps=3), [0.025, 0.05, 0.075, 0.1, 0.1], id="constant-warmup"),
    # γ^⌊k/2⌋ with γ = 0.5: 1, 1, 0.5, 0.5, 0.25, 0.25.
    pytest.param(StepDecay(0.1, step_size=2, factor=0.5), [0.1, 0.1, 0.05, 0.05, 0.025, 0.025], id="step"),
    # W = 1: 0.1·1/2, then the decay starts over at j = k − 1 = 0.
    pytest.param(
        StepDecay(0.1, step_size=2, factor=0.5, warmup_steps=1), [0.05, 0.1, 0.1, 0.05, 0.05], id="step-warmup"
    ),
    pytest.param(ExponentialDecay(0.1, decay_rate=0.5), [0.1, 0.05, 0.025, 0.0125], id="exponential"),
    # K = 4: ½(1 + cos(πj/4)) = 1, 0.85355339, 0.5, 0.14644661, 0, then held at 0.
    pytest.param(
        CosineDecay(0.1, decay_steps=4),
        [0.1, 0.085355339059327, 0.05, 0.014644660940673, 0.0, 0.0],
        id="cosine",
    ),
    # K = 2, φ = 0.2: φ + (1 − φ)·½(1 + cos(πj/2)) = 1, 0.2 + 0.8·0.5 = 0.6, 0.2, 0.2.
    pytest.param(CosineDecay(0.1, decay_steps=2, final_fraction=0.2), [0.1, 0.06, 0.02, 0.02], id="cosine-floor"),
    # W = 2 then K = 2: 0.1·1/3, 0.1·2/3, then 1, 0.5, 0 of α.
    pytest.param(
        CosineDecay(0.1, decay_steps=2, warmup_steps=2),
        [0.1 / 3, 0.2 / 3, 0.1, 0.05, 0.0, 0.0],
        id="cosine-warmup",
    ),
]


@pytest.mark.parametrize("schedule, expected", VALUES)
def test_schedule_values(schedule, expected):
    rates = schedule(np.arange(len(expected)))

    np.testing.assert_allclose(rates, expected, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("schedule, expected", VALUES)
def test_scalar_calls_match_array(schedule, expected):
    rates = schedule(np.arange(len(expected)))

    for k in range(len(expected)):
        value = schedule(k)
        assert isinstance(value, float)
        assert value == pytest.approx(rates[k], rel=1e-15, abs=1e-18)


def test_schedule_keeps_array_shape():
    steps = np.arange(12).reshape(3, 4)

    assert StepDecay(0.1)(steps).shape == (3, 4)
    assert ConstantSchedule(0.1)(steps).shape == (3, 4)


def test_warmup_ramps_up_without_zero_step():
    rates = ExponentialDecay(0.2, decay_rate=0.9, warmup_steps=9)(np.arange(11))

    assert rates[0] > 0.0
    assert np.all(np.diff(rates[:10]) > 0.0)
    assert rates[9] == 0.2
    assert rates[10] == pytest.approx(0.18)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: ConstantSchedule(-0.1), "learning rate -0.1 is not a finite number >= 0"),
        (lambda: ConstantSchedule(float("inf")), "learning rate inf"),
        (lambda: StepDecay(0.1, step_size=0), "step_size 0 is too small"),
        (lambda: StepDecay(0.1, step_size=2.5), "step_size 2.5 is invalid: expected a whole number"),
        (lambda: StepDecay(0.1, factor=1.5), "factor 1.5 is too large"),
        (lambda: ExponentialDecay(0.1, decay_rate=-0.5), "decay_rate -0.5 is too small"),
        (lambda: CosineDecay(0.1, decay_steps=0), "decay_steps 0 is too small"),
        (lambda: CosineDecay(0.1, final_fraction=2.0), "final_fraction 2.0 is too large"),
        (lambda: CosineDecay(0.1, warmup_steps=-1), "warmup_steps -1 is too small"),
    ],
)
def test_invalid_schedule_raises(make, message):
    with pytest.raises(ValueError, match=message):
        make()


@pytest.mark.parametrize("step, message", [(-1, "negative"), (1.5, "invalid"), (np.array([0, -2]), "negative")])
def test_invalid_update_index_raises(step, message):
    with pytest.raises(ValueError, match=message):
        StepDecay(0.1)(step)


@pytest.mark.parametrize("name", list(SCHEDULES))
def test_hyperparameter_table_matches_constructor(name):
    cls = SCHEDULES[name]
    schedule = cls(0.1)

    assert cls.name == name
    assert cls.hyperparameters[-1].name == "warmup_steps"
    for hyperparameter in cls.hyperparameters:
        assert getattr(schedule, hyperparameter.name) == hyperparameter.default


def test_registry_uses_command_line_names():
    assert list(SCHEDULES) == ["constant", "step", "exponential", "cosine"]


def test_run_uses_schedule_per_update():
    # f(x) = 2x², x := x − α_k·4x = (1 − 4α_k)·x with α = 0.1, 0.1, 0.05, 0.05:
    # 1 → 0.6 → 0.36 → 0.36·0.8 = 0.288 → 0.288·0.8 = 0.2304.
    schedule = StepDecay(0.1, step_size=2, factor=0.5)
    trajectory = run(Quadratic(2.0), 1.0, schedule, 4)

    np.testing.assert_allclose(trajectory.points[:, 0], [1.0, 0.6, 0.36, 0.288, 0.2304], rtol=1e-14)
    assert trajectory.learning_rates.tolist() == [0.1, 0.1, 0.05, 0.05]
    assert trajectory.learning_rate == 0.1
    assert trajectory.schedule is schedule


def test_run_records_exactly_the_plotted_values():
    schedule = CosineDecay(0.05, decay_steps=300, warmup_steps=20)
    trajectory = run(Quadratic(2.0), 1.0, schedule, 500, Adam())

    assert trajectory.learning_rates.tobytes() == schedule(np.arange(500)).tobytes()


def test_plain_float_means_constant_schedule():
    trajectory = run(Quadratic(2.0), 1.0, 0.1, 3)

    assert trajectory.schedule == ConstantSchedule(0.1)
    assert trajectory.learning_rates.tolist() == [0.1, 0.1, 0.1]


def test_constant_schedule_equals_plain_float():
    as_float = run(Quadratic(2.0), 1.0, 0.01, 1000)
    as_schedule = run(Quadratic(2.0), 1.0, ConstantSchedule(0.01), 1000)

    assert as_float.points.tobytes() == as_schedule.points.tobytes()


def test_learning_rates_grow_with_the_run():
    computation = Run(Quadratic(2.0), 1.0, ExponentialDecay(0.1), 1000)
    computation.advance(10)

    assert len(computation.trajectory().learning_rates) == 10
    computation.advance(1000)
    assert len(computation.trajectory().learning_rates) == 1000
