"""Experiment files: round trip, atomic saving and every kind of bad file."""

import json
import os

import pytest

from gdviewer.core import experiment_file
from gdviewer.core.experiment_file import (
    SCHEMA_VERSION,
    ComparedRun,
    ExperimentFileError,
    ExperimentState,
    from_json,
    load,
    save,
    to_json,
)

LESSONS = {"convergence", "divergence", "regression"}
LIMITS = {"learning_rate": 1000.0, "steps": 1_000_000, "start": 1e6}

STATE = ExperimentState(
    lesson_id="regression",
    start=(0.5, -1.0),
    learning_rate=0.01,
    steps=100,
    position=37,
    data=((1.0, 2.0, 3.0), (2.0, 4.0, 5.5)),
    compared=(ComparedRun(0.001, (0.0, 0.0)),),
)


def document(**changes):
    data = json.loads(to_json(STATE))
    data.update(changes)
    return json.dumps(data)


def test_round_trip(tmp_path):
    path = tmp_path / "fit.gdv"
    save(path, STATE)
    assert load(path, LESSONS, LIMITS) == STATE


def test_function_round_trip():
    state = ExperimentState("convergence", (1.0,), 0.1, 4, 2, function="x^4 - 3x^2 + x")
    assert from_json(to_json(state), LESSONS, LIMITS) == state


def test_interrupted_save_keeps_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "fit.gdv"
    save(path, STATE)
    before = path.read_bytes()

    def fail(*arguments):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        save(path, ExperimentState("convergence", (1.0,), 0.1, 4))
    assert path.read_bytes() == before
    assert [entry.name for entry in tmp_path.iterdir()] == ["fit.gdv"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "the file is empty"),
        (to_json(STATE)[:40], "not valid JSON"),
        ("[1, 2]", "not a gdviewer experiment"),
        (document(version=SCHEMA_VERSION + 1), f"newer gdviewer (schema version {SCHEMA_VERSION + 1})"),
        (document(version="1"), "schema version '1' is invalid"),
        (document(lesson="nope"), "lesson 'nope' is unknown"),
        (document(learning_rate=-1), '"learning_rate" is -1.0'),
        (document(learning_rate=True), '"learning_rate" must be a number'),
        (document(steps=2.5), '"steps" must be a whole number'),
        (document(position=500), '"position" is 500; it must be between 0 and 100'),
        (document(start=[1, 2, 3]), '"start" must be a list of 1 to 2 numbers'),
        (document(start=[1e9]), '"start" is 1000000000.0'),
        (document(data={"x": [1, 2], "y": [1]}), "2 x values but 1 y values"),
        (document(data={"x": [1, "a"], "y": [1, 2]}), "x value 2 is 'a'"),
        (document(function="__import__('os')" * 40), '"function" must be a formula of 1 to 500 characters'),
        (document(compared=[{"learning_rate": 0.1}]), "\"compared run 1 start\" must be a list"),
        (to_json(STATE).replace("0.01", "NaN"), "contains NaN"),
    ],
)
def test_bad_documents_are_rejected(text, message):
    with pytest.raises(ExperimentFileError, match=None) as rejected:
        from_json(text, LESSONS, LIMITS)
    assert message in str(rejected.value)


def test_oversized_file_rejected_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.gdv"
    path.write_text(to_json(STATE), encoding="utf-8")
    monkeypatch.setattr(experiment_file, "MAX_FILE_BYTES", 10)
    with pytest.raises(ExperimentFileError, match="more than the 10 bytes"):
        load(path, LESSONS, LIMITS)


def test_non_utf8_file_rejected(tmp_path):
    path = tmp_path / "binary.gdv"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ExperimentFileError, match="not UTF-8"):
        load(path, LESSONS, LIMITS)
