"""The error raised for a formula that cannot be accepted.

The core does not translate: an error carries a kind, the span of the
offending text and the details a message needs, and the user interface
turns them into a sentence in the user's language. ``str(error)`` gives
an English message for logs and tests.
"""

from __future__ import annotations

import enum


class FormulaErrorKind(enum.Enum):
    """The reason a formula was rejected."""

    EMPTY = "empty"
    TOO_LONG = "too long"
    UNEXPECTED_CHARACTER = "unexpected character"
    STRING = "string"
    ATTRIBUTE = "attribute access"
    UNKNOWN_NAME = "unknown name"
    FUNCTION_WITHOUT_ARGUMENT = "function without argument"
    TOO_MANY_ARGUMENTS = "too many arguments"
    MISSING_OPERAND = "missing operand"
    MISSING_OPERATOR = "missing operator"
    UNEXPECTED_TOKEN = "unexpected token"
    UNCLOSED_PARENTHESIS = "unclosed parenthesis"
    UNOPENED_PARENTHESIS = "unopened parenthesis"
    EMPTY_PARENTHESES = "empty parentheses"
    TOO_DEEP = "too deeply nested"
    NUMBER_TOO_LARGE = "number too large"
    EXPONENT_TOO_LARGE = "exponent too large"
    COMBINED_EXPONENT_TOO_LARGE = "combined exponent too large"
    """Each exponent is in range, but nested powers multiply: (x^2)^51 = x^102."""
    UNDEFINED = "undefined"
    NOT_REAL = "not real"
    TOO_COMPLEX = "too complex"


class FormulaError(ValueError):
    """A formula was rejected.

    Attributes
    ----------
    kind : FormulaErrorKind
        Why it was rejected.
    text : str
        The whole formula as given.
    start, end : int
        The offending span as character offsets into ``text`` (``end`` is
        exclusive; ``start == end`` points between two characters, for
        example at the end of the input).
    token : str
        The offending text itself, for example an unknown name.
    suggestion : str or None
        A corrected spelling to propose, for example ``x*sin`` for ``xsin``.
    limit : float or None
        The bound that was exceeded, for the kinds that have one.
    """

    def __init__(
        self,
        kind: FormulaErrorKind,
        text: str,
        start: int,
        end: int | None = None,
        token: str = "",
        suggestion: str | None = None,
        limit: float | None = None,
    ):
        self.kind = kind
        self.text = text
        self.start = start
        self.end = start if end is None else end
        self.token = token
        self.suggestion = suggestion
        self.limit = limit
        super().__init__(self._english())

    @property
    def column(self) -> int:
        """The 1-based position of the first offending character."""
        return self.start + 1

    def _english(self) -> str:
        detail = f" {self.token!r}" if self.token else ""
        message = f"{self.kind.value}{detail} at position {self.column}"
        if self.suggestion:
            message += f" (did you mean {self.suggestion!r}?)"
        if self.limit is not None:
            message += f" (limit {self.limit:g})"
        return message
