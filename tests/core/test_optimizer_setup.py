"""The optimiser of a single run as data: defaults, validation and equality."""

import pytest

from gdviewer.core.optimizer_setup import OptimizerSetup
from gdviewer.core.optimizers import Adam, GradientDescent, Momentum


def test_default_is_gradient_descent():
    setup = OptimizerSetup()
    assert setup.is_gradient_descent
    assert setup.make() == GradientDescent()
    assert setup.table == ()


def test_value_falls_back_to_default():
    setup = OptimizerSetup("adam", {"beta1": 0.8})
    assert setup.value("beta1") == 0.8
    assert setup.value("beta2") == 0.999
    assert setup.make() == Adam(beta1=0.8)


def test_with_value_returns_new_setup():
    setup = OptimizerSetup("momentum")
    changed = setup.with_value("momentum", 0.5)
    assert changed.make() == Momentum(momentum=0.5)
    assert setup.value("momentum") == 0.9
    assert changed != setup


def test_equal_setups_hash_alike():
    first = OptimizerSetup("adam", {"bias_correction": False})
    second = OptimizerSetup("adam", {"bias_correction": False})
    assert first == second
    assert hash(first) == hash(second)


@pytest.mark.parametrize(
    "name, values, message",
    [
        ("sgd", {}, "unknown optimizer 'sgd'"),
        ("gd", {"momentum": 0.9}, "gd has no hyperparameter 'momentum'"),
        ("rmsprop", {"decay": -0.1}, "decay -0.1 is too small"),
    ],
)
def test_invalid_setup_raises(name, values, message):
    with pytest.raises(ValueError, match=message):
        OptimizerSetup(name, values)


def test_unknown_value_name_raises():
    with pytest.raises(ValueError, match="momentum has no hyperparameter 'beta1'"):
        OptimizerSetup("momentum").value("beta1")
