"""The race model on formulas typed in x and y: accepted, rejected and moved starts."""

import numpy as np
import pytest

from gdviewer.core.formula_surface import formula_surface
from gdviewer.core.race_setup import FORMULA_SURFACE
from gdviewer.core.surfaces import Himmelblau
from gdviewer.core.trajectory import StopReason, run
from gdviewer.model.race import RaceModel


@pytest.fixture
def model(qapp):
    race = RaceModel()
    yield race
    race.stop_computing()


def test_formula_replaces_surface_and_keeps_start(model, qtbot):
    model.set_start(1.0, 1.0)
    with qtbot.waitSignal(model.surfaceChanged):
        assert model.set_formula_surface("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
    model.compute_all()

    surface = model.surface
    assert surface.name == FORMULA_SURFACE
    assert surface.typed_formula == "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
    assert model.start == (1.0, 1.0)
    assert len(surface.minimizers) == 4
    rate = model.racers[0].learning_rate
    expected = run(Himmelblau(), (1.0, 1.0), rate, model.steps)
    np.testing.assert_allclose(model.trajectories[0].points, expected.points, rtol=0, atol=1e-12)


def test_rejected_formula_keeps_surface(model, qtbot):
    before = model.surface
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.set_formula_surface("x^2 + 10y^")

    parameter, message = signal.args
    assert parameter == "surfaceFormula"
    assert "position 10" in message
    assert model.surface is before
    assert model.formula_error.start == 9


def test_formula_error_clears_when_accepted(model):
    model.set_formula_surface("x + + ")
    assert model.formula_error is not None
    assert model.set_formula_surface("x^2 + y^2")
    assert model.formula_error is None


def test_undefined_start_moves_start(model, qtbot):
    model.set_start(-2.0, -2.0)
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert model.set_formula_surface("log(x) + log(y)")

    assert signal.args[0] == "start"
    assert "(1, 1)" in signal.args[1]
    assert model.start == (1.0, 1.0)


def test_formula_nowhere_defined_is_rejected(model, qtbot):
    before = model.surface
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.set_formula_surface("log(-x^2 - y^2 - 1)")
    assert signal.args[0] == "surfaceFormula"
    assert model.surface is before


def test_saved_formula_rebuilds_same_race(model):
    model.set_start(0.5, -0.5)
    model.set_formula_surface("sin(x)cos(y) + 0.1(x^2 + y^2)")
    model.compute_all()
    rebuilt = formula_surface(model.surface.typed_formula, model.start)

    assert rebuilt.box == model.surface.box
    assert rebuilt.minimizers == model.surface.minimizers
    assert dict(rebuilt.suggested_learning_rates) == dict(model.surface.suggested_learning_rates)


def test_domain_stop_in_race(model):
    model.set_start(0.5, 1.0)
    model.set_formula_surface("log(x) + y^2")
    model.set_all_learning_rates(1.0)
    model.compute_all()

    gradient_descent = model.trajectories[0]
    assert gradient_descent.divergence.reason is StopReason.OUTSIDE_DOMAIN
    assert gradient_descent.last_step == 0
    for trajectory in model.trajectories:
        assert trajectory.divergence is not None
        assert np.all(np.isfinite(trajectory.points))
