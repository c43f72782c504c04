"""Descriptions of hyperparameters, from which a user interface builds inputs.

Optimisers and learning-rate schedules list their hyperparameters in a
class attribute ``hyperparameters``: a tuple of :class:`Hyperparameter`,
one per constructor argument, in the order a form should show them. The
same table validates the constructor's arguments, so the documented range
is the range that is enforced.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass


@dataclass(frozen=True)
class Hyperparameter:
    """The name, default and valid range of one hyperparameter.

    Attributes
    ----------
    name : str
        The constructor argument, for example ``"beta1"``.
    symbol : str
        The symbol used for it in the update rule, for example ``"β₁"``.
    default : float, int or bool
        The value used when the argument is omitted. A bool default marks a
        switch, which has no range. An int default marks a whole number,
        such as a step count.
    minimum, maximum : float or None
        The closed range of valid values. None leaves that side open
        (unbounded).
    log_scale : bool
        True when a slider for this value should move on a logarithmic
        scale because useful values span several powers of ten. The minimum
        is then greater than 0.
    """

    name: str
    symbol: str
    default: float | int | bool
    minimum: float | None = None
    maximum: float | None = None
    log_scale: bool = False

    @property
    def is_switch(self) -> bool:
        """True for an on/off hyperparameter (a checkbox, not a number)."""
        return isinstance(self.default, bool)

    @property
    def is_integer(self) -> bool:
        """True for a whole-number hyperparameter such as a step count."""
        return isinstance(self.default, int) and not self.is_switch

    def validate(self, value: object) -> None:
        """Raise ValueError unless ``value`` is valid for this hyperparameter.

        The message names the hyperparameter, the rejected value and the
        valid range.
        """
        if self.is_switch:
            if not isinstance(value, bool):
                raise ValueError(f"{self.name} {value!r} is invalid: expected True or False")
            return
        if self.is_integer and not _is_whole_number(value):
            raise ValueError(f"{self.name} {value!r} is invalid: expected a whole number {self.range_text()}")
        if not _is_real_number(value) or not math.isfinite(value):
            raise ValueError(f"{self.name} {value!r} is invalid: expected a finite number {self.range_text()}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} {value!r} is too small: expected a number {self.range_text()}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} {value!r} is too large: expected a number {self.range_text()}")

    def range_text(self) -> str:
        """Describe the valid range in words, for error messages."""
        if self.minimum is not None and self.maximum is not None:
            return f"from {self.minimum:g} to {self.maximum:g}"
        if self.minimum is not None:
            return f">= {self.minimum:g}"
        if self.maximum is not None:
            return f"<= {self.maximum:g}"
        return "of any size"


def validate_all(instance: object, hyperparameters: tuple[Hyperparameter, ...]) -> None:
    """Validate each listed attribute of ``instance``, raising ValueError at the first invalid one."""
    for hyperparameter in hyperparameters:
        hyperparameter.validate(getattr(instance, hyperparameter.name))


def _is_real_number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _is_whole_number(value: object) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)
