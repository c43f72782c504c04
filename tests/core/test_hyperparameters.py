"""Hyperparameter descriptions: kinds, ranges and validation messages."""

import numpy as np
import pytest

from gdviewer.core.hyperparameters import Hyperparameter

RATE = Hyperparameter("decay", "ρ", 0.9, minimum=0.0, maximum=0.9999)
EPSILON = Hyperparameter("epsilon", "ε", 1e-8, minimum=1e-12, maximum=1.0, log_scale=True)
COUNT = Hyperparameter("step_size", "s", 100, minimum=1)
SWITCH = Hyperparameter("bias_correction", "", True)


def test_kinds_follow_default_type():
    assert SWITCH.is_switch
    assert not SWITCH.is_integer
    assert COUNT.is_integer
    assert not RATE.is_switch
    assert not RATE.is_integer


@pytest.mark.parametrize(
    "hyperparameter, value",
    [
        (RATE, 0.0),
        (RATE, 0.9999),
        (RATE, np.float64(0.5)),
        (RATE, 0),
        (EPSILON, 1e-12),
        (COUNT, 1),
        (COUNT, np.int64(10**9)),
        (SWITCH, False),
    ],
)
def test_valid_values_pass(hyperparameter, value):
    hyperparameter.validate(value)


@pytest.mark.parametrize(
    "hyperparameter, value, message",
    [
        (RATE, -0.1, "decay -0.1 is too small: expected a number from 0 to 0.9999"),
        (RATE, 1.0, "decay 1.0 is too large: expected a number from 0 to 0.9999"),
        (RATE, float("nan"), "decay nan is invalid: expected a finite number"),
        (RATE, True, "decay True is invalid"),
        (RATE, "0.5", "decay '0.5' is invalid"),
        (EPSILON, 0.0, "epsilon 0.0 is too small: expected a number from 1e-12 to 1"),
        (COUNT, 0, "step_size 0 is too small: expected a number >= 1"),
        (COUNT, 2.0, "step_size 2.0 is invalid: expected a whole number >= 1"),
        (SWITCH, 1, "bias_correction 1 is invalid: expected True or False"),
    ],
)
def test_invalid_values_raise_with_range(hyperparameter, value, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        hyperparameter.validate(value)


def test_range_text_for_open_ranges():
    assert Hyperparameter("a", "a", 1.0).range_text() == "of any size"
    assert Hyperparameter("a", "a", 1.0, maximum=2.0).range_text() == "<= 2"
