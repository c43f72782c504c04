"""Update rules that turn a gradient into the next point.

Each optimiser is a small class with two methods: ``init(x0)`` returns the
state it carries between steps, and ``update(x, gradient, learning_rate,
state)`` returns the next point and the next state. Both work on arrays of
any leading shape, so a batch of runs can step together.
"""

from __future__ import annotations

from typing import Any

import numpy as np


class GradientDescent:
    """Plain gradient descent: x_{k+1} = x_k − α·∇f(x_k).

    It carries no state between steps.
    """

    name = "gd"

    def init(self, x0: np.ndarray) -> Any:
        return None

    def update(
        self, x: np.ndarray, gradient: np.ndarray, learning_rate: float, state: Any
    ) -> tuple[np.ndarray, Any]:
        return x - learning_rate * gradient, state
