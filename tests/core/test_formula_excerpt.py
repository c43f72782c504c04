"""Excerpts of long formulas around the span an error points at."""

import pytest

from gdviewer.core.expressions.excerpt import MAX_WHOLE_LENGTH, formula_excerpt, shorten_token


def test_short_formula_kept_whole():
    assert formula_excerpt("2x + y", 5, 6) == ("2x + y", 5, 6)


def test_long_formula_cut_around_span():
    text = "x+" * 100 + "q" + "+x" * 100

    excerpt = formula_excerpt(text, 200, 201)

    assert excerpt.text == "…" + text[175:226] + "…"
    assert excerpt.text[excerpt.start:excerpt.end] == "q"
    assert len(excerpt.text) <= MAX_WHOLE_LENGTH


def test_long_span_keeps_its_beginning():
    text = "x+" * 50000

    excerpt = formula_excerpt(text, 500, len(text))

    assert excerpt.text.startswith("…")
    assert excerpt.text.endswith("…")
    assert excerpt.end - excerpt.start == 20
    assert excerpt.text[excerpt.start:excerpt.end] == text[500:520]
    assert len(excerpt.text) <= MAX_WHOLE_LENGTH


@pytest.mark.parametrize("start, prefix, suffix", [(0, "", "…"), (999, "…", "")])
def test_span_at_either_end(start, prefix, suffix):
    text = "x" * 1000

    excerpt = formula_excerpt(text, start, start + 1)

    assert excerpt.text.startswith(prefix + "x")
    assert excerpt.text.endswith("x" + suffix)
    assert excerpt.text[excerpt.start:excerpt.end] == "x"


def test_empty_span_at_end_of_text():
    text = "x+" * 100

    excerpt = formula_excerpt(text, len(text), len(text))

    assert excerpt.start == excerpt.end == len(excerpt.text)
    assert excerpt.text.endswith("x+")


def test_shorten_token():
    assert shorten_token("sinn") == "sinn"
    assert shorten_token("q" * 40) == "q" * 20 + "…"
