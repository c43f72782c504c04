"""A short excerpt of a long formula around the span an error points at."""

from __future__ import annotations

from typing import NamedTuple

#: Characters kept on each side of the offending span.
CONTEXT_LENGTH = 25
#: Characters of the offending span itself that are kept.
MAX_SPAN_LENGTH = 20
#: Formulas up to this length are shown whole. An excerpt with both ellipses
#: has at most 1 + 25 + 20 + 25 + 1 = 72 characters, so it fits an 80-column
#: terminal after an indent.
MAX_WHOLE_LENGTH = 2 * CONTEXT_LENGTH + MAX_SPAN_LENGTH + 2
ELLIPSIS = "…"


class Excerpt(NamedTuple):
    """Part of a formula, with the offending span as offsets into ``text``."""

    text: str
    start: int
    end: int


def formula_excerpt(text: str, start: int, end: int) -> Excerpt:
    """Cut ``text`` down to the span [start, end) and some context on each side.

    A cut side is marked with "…", and a span longer than
    ``MAX_SPAN_LENGTH`` keeps only its beginning. A formula of at most
    ``MAX_WHOLE_LENGTH`` characters comes back whole.
    """
    if len(text) <= MAX_WHOLE_LENGTH:
        return Excerpt(text, start, end)
    start = min(max(start, 0), len(text))
    shown_end = min(max(end, start), start + MAX_SPAN_LENGTH, len(text))
    left = max(0, start - CONTEXT_LENGTH)
    right = min(len(text), shown_end + CONTEXT_LENGTH)
    prefix = ELLIPSIS if left > 0 else ""
    suffix = ELLIPSIS if right < len(text) else ""
    offset = len(prefix) - left
    return Excerpt(prefix + text[left:right] + suffix, start + offset, shown_end + offset)


def shorten_token(token: str) -> str:
    """Keep the first ``MAX_SPAN_LENGTH`` characters of a token, marking a cut with "…"."""
    if len(token) <= MAX_SPAN_LENGTH:
        return token
    return token[:MAX_SPAN_LENGTH] + ELLIPSIS
