"""Every optimiser reaches the minimum of the bowl and of Rosenbrock.

Settings, all from the surface's suggested start:

- Bowl x² + 10y² from (−2.5, 1.5), minimum (0, 0): 1000 steps.
- Rosenbrock (1 − x)² + 100(y − x²)² from (−1.2, 1), minimum (1, 1):
  10 000 steps.

A run has converged when it stayed finite, every coordinate of the last
point is within 1e-3 of the minimiser, and the last loss is below 1e-6.
Hyperparameters not listed are the defaults (μ = 0.9, ρ = 0.9, β₁ = 0.9,
β₂ = 0.999, ε = 1e-8, bias correction on).

RMSProp uses a cosine schedule: with a constant rate each of its steps
stays about α long even next to the minimum (g/√s does not shrink with g),
so it circles the minimum at a distance of about α. Letting α fall to 0
lets it settle.
"""

import numpy as np
import pytest

from gdviewer.core.optimizers import AdaGrad, Adam, GradientDescent, Momentum, Nesterov, RMSProp
from gdviewer.core.schedules import CosineDecay
from gdviewer.core.surfaces import IllConditionedBowl, Rosenbrock
from gdviewer.core.trajectory import run

TOLERANCE = 1e-3
LOSS_TOLERANCE = 1e-6

BOWL_STEPS = 1000
ROSENBROCK_STEPS = 10_000

CASES = [
    # surface, steps, optimiser, learning rate or schedule
    pytest.param(IllConditionedBowl(), BOWL_STEPS, GradientDescent(), 0.05, id="bowl-gd"),
    pytest.param(IllConditionedBowl(), BOWL_STEPS, Momentum(), 0.01, id="bowl-momentum"),
    pytest.param(IllConditionedBowl(), BOWL_STEPS, Nesterov(), 0.01, id="bowl-nesterov"),
    pytest.param(IllConditionedBowl(), BOWL_STEPS, AdaGrad(), 0.5, id="bowl-adagrad"),
    pytest.param(
        IllConditionedBowl(), BOWL_STEPS, RMSProp(), CosineDecay(0.01, decay_steps=BOWL_STEPS), id="bowl-rmsprop"
    ),
    pytest.param(IllConditionedBowl(), BOWL_STEPS, Adam(), 0.05, id="bowl-adam"),
    pytest.param(Rosenbrock(), ROSENBROCK_STEPS, GradientDescent(), 0.002, id="rosenbrock-gd"),
    pytest.param(Rosenbrock(), ROSENBROCK_STEPS, Momentum(), 0.001, id="rosenbrock-momentum"),
    pytest.param(Rosenbrock(), ROSENBROCK_STEPS, Nesterov(), 0.001, id="rosenbrock-nesterov"),
    pytest.param(Rosenbrock(), ROSENBROCK_STEPS, AdaGrad(), 0.5, id="rosenbrock-adagrad"),
    pytest.param(
        Rosenbrock(),
        ROSENBROCK_STEPS,
        RMSProp(),
        CosineDecay(0.003, decay_steps=ROSENBROCK_STEPS),
        id="rosenbrock-rmsprop",
    ),
    pytest.param(Rosenbrock(), ROSENBROCK_STEPS, Adam(), 0.01, id="rosenbrock-adam"),
]


@pytest.mark.parametrize("surface, steps, optimizer, learning_rate", CASES)
def test_optimizer_converges(surface, steps, optimizer, learning_rate):
    trajectory = run(surface, surface.start, learning_rate, steps, optimizer)
    minimizer = np.array(surface.minimizers()[0])

    assert trajectory.divergence is None
    assert trajectory.last_step == steps
    assert np.max(np.abs(trajectory.points[-1] - minimizer)) < TOLERANCE
    assert trajectory.losses[-1] < LOSS_TOLERANCE


def test_constant_rate_rmsprop_circles_minimum():
    """The reason for the schedule above: at constant α = 0.01 RMSProp stalls about α/2 away."""
    surface = IllConditionedBowl()
    trajectory = run(surface, surface.start, 0.01, BOWL_STEPS, RMSProp())

    distance = np.max(np.abs(trajectory.points[-100:]), axis=1)
    assert np.all(distance > 1e-3)
    assert np.all(distance < 0.01)
