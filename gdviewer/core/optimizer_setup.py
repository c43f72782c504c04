"""The optimiser of a single run as plain data: a name and its hyperparameters.

A function or regression lesson runs one optimiser with one learning-rate
schedule. :class:`OptimizerSetup` names the optimiser and keeps only the
hyperparameters that differ from the defaults, so plain gradient descent
is ``OptimizerSetup()`` and compares equal to any other default setup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from .hyperparameters import Hyperparameter
from .optimizers import OPTIMIZERS, Optimizer, make_optimizer


@dataclass(frozen=True)
class OptimizerSetup:
    """An optimiser by registry name, with the hyperparameters that differ from its defaults.

    Raises ValueError for an unknown name, an unknown hyperparameter or a
    value outside its range.
    """

    name: str = "gd"
    hyperparameters: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # make_optimizer validates the name, the keys and every value.
        make_optimizer(self.name, **self.hyperparameters)
        object.__setattr__(self, "hyperparameters", MappingProxyType(dict(self.hyperparameters)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OptimizerSetup):
            return NotImplemented
        return self.name == other.name and dict(self.hyperparameters) == dict(other.hyperparameters)

    def __hash__(self) -> int:
        return hash((self.name, tuple(sorted(self.hyperparameters.items()))))

    @property
    def table(self) -> tuple[Hyperparameter, ...]:
        """The optimiser's hyperparameters with defaults and ranges, in form order."""
        return OPTIMIZERS[self.name].hyperparameters

    @property
    def is_gradient_descent(self) -> bool:
        """True for plain gradient descent, the update the lessons and the regime analysis describe."""
        return self.name == "gd"

    def value(self, name: str) -> Any:
        """Return one hyperparameter's value, its default if it was not set.

        Raises ValueError for a name the optimiser does not have.
        """
        if name in self.hyperparameters:
            return self.hyperparameters[name]
        for hyperparameter in self.table:
            if hyperparameter.name == name:
                return hyperparameter.default
        raise ValueError(f"{self.name} has no hyperparameter {name!r}")

    def with_value(self, name: str, value: Any) -> OptimizerSetup:
        """Return a copy with one hyperparameter set, or raise ValueError if the name or value is invalid."""
        return replace(self, hyperparameters={**self.hyperparameters, name: value})

    def make(self) -> Optimizer:
        """Return the optimiser for the core."""
        return make_optimizer(self.name, **self.hyperparameters)
