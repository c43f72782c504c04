"""Splitting a formula into tokens, keeping each token's position.

Besides ASCII the tokenizer reads the symbols that gdviewer itself prints,
so a displayed formula can be copied back into the input. These are the
minus sign −, the multiplication signs · and ×, the division sign ÷, π,
and superscript exponents such as x² or x⁻¹.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import FormulaError, FormulaErrorKind


class TokenKind(enum.Enum):
    NUMBER = "number"
    NAME = "name"
    PLUS = "+"
    MINUS = "-"
    TIMES = "*"
    DIVIDE = "/"
    POWER = "^"
    OPEN = "("
    CLOSE = ")"
    COMMA = ","
    END = "end"


@dataclass(frozen=True)
class Token:
    """One token and its span ``[start, end)`` in the original text."""

    kind: TokenKind
    text: str
    start: int
    end: int


#: A decimal number with an optional exponent: 2, 0.5, .5, 1e-3, 2.5E+4.
_NUMBER = re.compile(r"([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Only ASCII digits: str.isdigit() also accepts ² and other scripts' digits.
_DIGITS = frozenset("0123456789")

_SINGLE = {
    "+": TokenKind.PLUS,
    "-": TokenKind.MINUS,
    "−": TokenKind.MINUS,
    "*": TokenKind.TIMES,
    "·": TokenKind.TIMES,
    "⋅": TokenKind.TIMES,
    "×": TokenKind.TIMES,
    "/": TokenKind.DIVIDE,
    "÷": TokenKind.DIVIDE,
    "^": TokenKind.POWER,
    "(": TokenKind.OPEN,
    ")": TokenKind.CLOSE,
    ",": TokenKind.COMMA,
}
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPTS = set("⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_QUOTES = set("'\"`‘’“”")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens, ending with an END token.

    Raises FormulaError for a character that cannot start a token.
    """
    return list(iter_tokens(text))


def iter_tokens(text: str) -> Iterator[Token]:
    """Yield the tokens of ``text`` one by one, ending with an END token.

    The parser pulls tokens lazily, so that the leftmost problem of a
    formula is the one reported: ``__import__('os')`` fails on the
    unknown name before the tokenizer reaches the quote.
    """
    position = 0
    while position < len(text):
        character = text[position]
        pending: list[Token] = []
        if character.isspace():
            position += 1
        elif character in _DIGITS or (character == "." and text[position + 1 : position + 2] in _DIGITS):
            position = _read_number(text, position, pending)
        elif character.isascii() and (character.isalpha() or character == "_"):
            match = _NAME.match(text, position)
            pending.append(Token(TokenKind.NAME, match.group(), position, match.end()))
            position = match.end()
        elif character == "π":
            pending.append(Token(TokenKind.NAME, "pi", position, position + 1))
            position += 1
        elif character == "*" and text[position + 1 : position + 2] == "*":
            pending.append(Token(TokenKind.POWER, "**", position, position + 2))
            position += 2
        elif character in _SINGLE:
            pending.append(Token(_SINGLE[character], character, position, position + 1))
            position += 1
        elif character in _SUPERSCRIPTS:
            position = _read_superscript(text, position, pending)
        else:
            raise _character_error(text, position)
        yield from pending
    yield Token(TokenKind.END, "", len(text), len(text))


def _read_number(text: str, position: int, tokens: list[Token]) -> int:
    match = _NUMBER.match(text, position)
    tokens.append(Token(TokenKind.NUMBER, match.group(), position, match.end()))
    return match.end()


def _read_superscript(text: str, position: int, tokens: list[Token]) -> int:
    """Read an exponent such as ² or ⁻¹ as the tokens ^ 2 or ^ - 1."""
    start = position
    tokens.append(Token(TokenKind.POWER, "^", start, start))
    if text[position] == "⁻":
        tokens.append(Token(TokenKind.MINUS, "-", position, position + 1))
        position += 1
    digits_start = position
    while position < len(text) and text[position] in _SUPERSCRIPTS - {"⁻"}:
        position += 1
    if position == digits_start:
        raise FormulaError(FormulaErrorKind.MISSING_OPERAND, text, start, max(position, start + 1), token=text[start:position])
    digits = text[digits_start:position].translate(_SUPERSCRIPT_DIGITS)
    tokens.append(Token(TokenKind.NUMBER, digits, digits_start, position))
    return position


def _character_error(text: str, position: int) -> FormulaError:
    character = text[position]
    if character in _QUOTES:
        closing = next((i for i in range(position + 1, len(text)) if text[i] in _QUOTES), len(text) - 1)
        return FormulaError(FormulaErrorKind.STRING, text, position, closing + 1, token=text[position : closing + 1])
    if character == ".":
        end = position + 1
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        return FormulaError(FormulaErrorKind.ATTRIBUTE, text, position, end, token=text[position:end])
    return FormulaError(FormulaErrorKind.UNEXPECTED_CHARACTER, text, position, position + 1, token=character)
