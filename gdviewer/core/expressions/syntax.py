"""The syntax tree of a formula and the parser that builds it.

Grammar, from the loosest to the tightest binding::

    sum      := product (("+" | "-") product)*
    product  := signed (("*" | "/") signed | implicit)*
    implicit := power            when the next token is a name or "("
    signed   := ("-" | "+") signed | power
    power    := atom (("^" | "**") signed)?
    atom     := NUMBER | NAME | FUNCTION "(" sum ")" | "(" sum ")"

So ``-x^2`` is −(x²), ``2^-1`` is 0.5, ``x^2^3`` is x^(2³) (powers group
to the right), and ``2x(x-1)`` is 2·x·(x − 1). Implicit multiplication
never takes a number on its right: ``x2`` or ``(x+1)2`` are rejected as
ambiguous instead of being read as a product. In a formula of several
variables a name made only of variables is their product: with x and y,
``3xy^2`` is 3·x·y².
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from .errors import FormulaError, FormulaErrorKind
from .tokens import Token, TokenKind, iter_tokens

#: Formulas longer than this are rejected before tokenizing.
MAX_LENGTH = 500
#: The deepest nesting of parentheses, signs and powers the parser follows.
MAX_DEPTH = 32
#: A number literal's decimal exponent must stay within float range.
MAX_LITERAL_EXPONENT = 308


@dataclass(frozen=True)
class Node:
    """A part of the formula and its span ``[start, end)`` in the text."""

    start: int
    end: int


@dataclass(frozen=True)
class Number(Node):
    value: Fraction


@dataclass(frozen=True)
class Name(Node):
    """A variable or a constant (pi, e)."""

    name: str


@dataclass(frozen=True)
class Negate(Node):
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    """``left operator right``; ``operator`` is one of + - * / ^."""

    operator: str
    left: Node
    right: Node
    operator_start: int
    operator_end: int


@dataclass(frozen=True)
class Call(Node):
    function: str
    argument: Node


@dataclass(frozen=True)
class Vocabulary:
    """The names a formula may use."""

    variables: tuple[str, ...]
    constants: frozenset[str]
    functions: frozenset[str]

    def known(self) -> frozenset[str]:
        return frozenset(self.variables) | self.constants | self.functions


def parse_tree(text: str, vocabulary: Vocabulary) -> Node:
    """Parse ``text`` into a syntax tree.

    Raises FormulaError for text that is empty, too long, or not a formula
    over ``vocabulary``.
    """
    if len(text) > MAX_LENGTH:
        raise FormulaError(FormulaErrorKind.TOO_LONG, text, MAX_LENGTH, len(text), limit=MAX_LENGTH)
    if not text.strip():
        raise FormulaError(FormulaErrorKind.EMPTY, text, 0, len(text))
    return _Parser(text, iter_tokens(text), vocabulary).parse()


class _Parser:
    """A recursive-descent parser over a token list."""

    def __init__(self, text: str, tokens: Iterator[Token], vocabulary: Vocabulary):
        self._text = text
        self._source = tokens
        self._tokens: list[Token] = []
        self._index = 0
        self._depth = 0
        self._vocabulary = vocabulary

    def parse(self) -> Node:
        tree = self._sum()
        token = self._peek()
        if token.kind is TokenKind.CLOSE:
            raise self._error(FormulaErrorKind.UNOPENED_PARENTHESIS, token)
        if token.kind is TokenKind.COMMA:
            raise self._error(FormulaErrorKind.TOO_MANY_ARGUMENTS, token)
        if token.kind is not TokenKind.END:
            raise self._error(FormulaErrorKind.UNEXPECTED_TOKEN, token)
        return tree

    # Grammar rules

    def _sum(self) -> Node:
        left = self._product()
        while self._peek().kind in (TokenKind.PLUS, TokenKind.MINUS):
            operator = self._advance()
            right = self._product()
            left = self._binary(operator, left, right)
        return left

    def _product(self) -> Node:
        left = self._signed()
        while True:
            token = self._peek()
            if token.kind in (TokenKind.TIMES, TokenKind.DIVIDE):
                self._advance()
                left = self._binary(token, left, self._signed())
            elif token.kind in (TokenKind.NAME, TokenKind.OPEN):
                # Implicit multiplication: 2x, 2x(x - 1), x sin(x).
                implicit = Token(TokenKind.TIMES, "", token.start, token.start)
                left = self._binary(implicit, left, self._power())
            elif token.kind is TokenKind.NUMBER:
                raise FormulaError(
                    FormulaErrorKind.MISSING_OPERATOR,
                    self._text,
                    token.start,
                    token.end,
                    token=token.text,
                    suggestion=self._text[left.start : left.end] + "*" + token.text,
                )
            else:
                return left

    def _signed(self) -> Node:
        token = self._peek()
        if token.kind not in (TokenKind.MINUS, TokenKind.PLUS):
            return self._power()
        self._advance()
        with self._nested(token):
            operand = self._signed()
        if token.kind is TokenKind.PLUS:
            return operand
        return Negate(token.start, operand.end, operand)

    def _power(self) -> Node:
        base = self._atom()
        token = self._peek()
        if token.kind is not TokenKind.POWER:
            return base
        self._advance()
        with self._nested(token):
            exponent = self._signed()
        return self._binary(token, base, exponent)

    def _atom(self) -> Node:
        token = self._peek()
        if token.kind is TokenKind.NUMBER:
            self._advance()
            return Number(token.start, token.end, self._number_value(token))
        if token.kind is TokenKind.NAME:
            return self._name()
        if token.kind is TokenKind.OPEN:
            self._advance()
            with self._nested(token):
                inner = self._parenthesized(token)
            return inner
        raise self._operand_error(token)

    def _name(self) -> Node:
        token = self._advance()
        name = token.text
        vocabulary = self._vocabulary
        if name in vocabulary.functions:
            opening = self._peek()
            if opening.kind is not TokenKind.OPEN:
                raise FormulaError(
                    FormulaErrorKind.FUNCTION_WITHOUT_ARGUMENT, self._text, token.start, token.end, token=name
                )
            self._advance()
            with self._nested(opening):
                argument = self._parenthesized(opening)
            return Call(token.start, argument.end, name, argument)
        if name in vocabulary.variables or name in vocabulary.constants:
            return Name(token.start, token.end, name)
        raise FormulaError(
            FormulaErrorKind.UNKNOWN_NAME,
            self._text,
            token.start,
            token.end,
            token=name,
            suggestion=suggest_name(name, vocabulary),
        )

    def _parenthesized(self, opening: Token) -> Node:
        """Parse ``sum ")"`` after ``opening``; the node spans both parentheses."""
        if self._peek().kind is TokenKind.CLOSE:
            closing = self._advance()
            raise FormulaError(FormulaErrorKind.EMPTY_PARENTHESES, self._text, opening.start, closing.end)
        inner = self._sum()
        token = self._peek()
        if token.kind is TokenKind.COMMA:
            raise self._error(FormulaErrorKind.TOO_MANY_ARGUMENTS, token)
        if token.kind is TokenKind.END:
            raise FormulaError(FormulaErrorKind.UNCLOSED_PARENTHESIS, self._text, opening.start, opening.end)
        if token.kind is not TokenKind.CLOSE:
            raise self._error(FormulaErrorKind.UNEXPECTED_TOKEN, token)
        self._advance()
        return _respan(inner, opening.start, token.end)

    # Helpers

    def _binary(self, operator: Token, left: Node, right: Node) -> Binary:
        symbol = "^" if operator.kind is TokenKind.POWER else operator.kind.value
        return Binary(left.start, right.end, symbol, left, right, operator.start, operator.end)

    def _number_value(self, token: Token) -> Fraction:
        mantissa, _, exponent = token.text.lower().partition("e")
        if exponent and abs(int(exponent)) > MAX_LITERAL_EXPONENT:
            raise FormulaError(
                FormulaErrorKind.NUMBER_TOO_LARGE,
                self._text,
                token.start,
                token.end,
                token=token.text,
                limit=MAX_LITERAL_EXPONENT,
            )
        value = Fraction(token.text)
        if abs(value) > Fraction(1.7976931348623157e308):
            raise FormulaError(FormulaErrorKind.NUMBER_TOO_LARGE, self._text, token.start, token.end, token=token.text)
        return value

    def _operand_error(self, token: Token) -> FormulaError:
        if token.kind is TokenKind.END:
            previous = self._tokens[self._index - 1] if self._index else token
            return FormulaError(
                FormulaErrorKind.MISSING_OPERAND, self._text, previous.start, previous.end, token=previous.text
            )
        if token.kind is TokenKind.CLOSE:
            return self._error(FormulaErrorKind.UNOPENED_PARENTHESIS, token)
        if token.kind is TokenKind.COMMA:
            return self._error(FormulaErrorKind.TOO_MANY_ARGUMENTS, token)
        return self._error(FormulaErrorKind.UNEXPECTED_TOKEN, token)

    def _error(self, kind: FormulaErrorKind, token: Token) -> FormulaError:
        return FormulaError(kind, self._text, token.start, max(token.end, token.start + 1), token=token.text)

    def _peek(self) -> Token:
        if self._index == len(self._tokens):
            self._tokens.extend(self._split_variables(next(self._source)))
        return self._tokens[self._index]

    def _split_variables(self, token: Token) -> list[Token]:
        """Read a name such as ``xy`` as the variables x and y when there are several variables.

        The parts become separate tokens, so the grammar multiplies them
        implicitly and a power binds to the last one: ``3xy^2`` is 3·x·y².
        With a single variable ``xx`` stays an unknown name, for which the
        error suggests ``x*x``.
        """
        variables = self._vocabulary.variables
        if token.kind is not TokenKind.NAME or len(variables) < 2 or token.text in self._vocabulary.known():
            return [token]
        parts = _split_into_names(token.text, frozenset(variables))
        if parts is None:
            return [token]
        tokens = []
        start = token.start
        for part in parts:
            tokens.append(Token(TokenKind.NAME, part, start, start + len(part)))
            start += len(part)
        return tokens

    def _advance(self) -> Token:
        token = self._peek()
        self._index += 1
        return token

    def _nested(self, token: Token) -> _Nesting:
        return _Nesting(self, token)


class _Nesting:
    """Count one level of nesting and reject formulas nested too deeply."""

    def __init__(self, parser: _Parser, token: Token):
        self._parser = parser
        self._token = token

    def __enter__(self) -> None:
        parser = self._parser
        parser._depth += 1
        if parser._depth > MAX_DEPTH:
            raise FormulaError(
                FormulaErrorKind.TOO_DEEP,
                parser._text,
                self._token.start,
                max(self._token.end, self._token.start + 1),
                token=self._token.text,
                limit=MAX_DEPTH,
            )

    def __exit__(self, *_exception) -> None:
        self._parser._depth -= 1


def _respan(node: Node, start: int, end: int) -> Node:
    """Return ``node`` with its span widened to include enclosing parentheses."""
    fields = {name: getattr(node, name) for name in node.__dataclass_fields__}
    fields.update(start=start, end=end)
    return type(node)(**fields)


def suggest_name(name: str, vocabulary: Vocabulary) -> str | None:
    """Propose a spelling for an unknown name, or None.

    ``X`` becomes ``x``, ``x2`` becomes ``x^2`` and a run of known names
    written together, such as ``xsin`` or ``pix``, is split with ``*``.
    """
    known = vocabulary.known()
    if name.lower() in known:
        return name.lower()
    stem = name.rstrip("0123456789")
    if stem != name and stem in known - vocabulary.functions:
        return f"{stem}^{name[len(stem):]}"
    parts = _split_into_names(name, known)
    if parts is not None and len(parts) > 1:
        return "*".join(parts)
    return None


def _split_into_names(name: str, known: frozenset[str]) -> list[str] | None:
    """Split ``name`` into known names, preferring the longest first part.

    Dynamic programming over the suffixes keeps this linear in the length
    of ``name`` times the number of known names.
    """
    # splits[i] is a split of name[i:], or None if there is none.
    splits: list[list[str] | None] = [None] * len(name) + [[]]
    for start in range(len(name) - 1, -1, -1):
        for candidate in sorted(known, key=len, reverse=True):
            rest = splits[start + len(candidate)] if name.startswith(candidate, start) else None
            if rest is not None:
                splits[start] = [candidate, *rest]
                break
    return splits[0]
