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
from gdviewer.core.optimizer_setup import OptimizerSetup
from gdviewer.core.race_setup import ScheduleSetup

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


def test_optimizer_round_trip(tmp_path):
    state = ExperimentState(
        "convergence", (1.0,), 0.1, 40,
        optimizer=OptimizerSetup("adam", {"beta1": 0.8, "bias_correction": False}),
        schedule=ScheduleSetup("cosine", {"decay_steps": 30, "warmup_steps": 5}),
    )
    path = tmp_path / "adam.gdv"
    save(path, state)
    assert load(path, LESSONS, LIMITS) == state
    saved = json.loads(path.read_text(encoding="utf-8"))["optimizer"]
    assert saved["name"] == "adam"
    assert saved["hyperparameters"] == {"beta1": 0.8, "bias_correction": False}
    assert saved["schedule"] == {"name": "cosine", "hyperparameters": {"decay_steps": 30, "warmup_steps": 5}}


def test_default_optimizer_is_not_written():
    assert "optimizer" not in json.loads(to_json(STATE))


def test_file_without_optimizer_runs_gradient_descent():
    state = from_json(document(), LESSONS, LIMITS)
    assert state.optimizer == OptimizerSetup()
    assert state.schedule == ScheduleSetup()


@pytest.mark.parametrize(
    "optimizer, reason",
    [
        ("adam", "expected an object with a name"),
        ({"name": "sgd"}, "unknown optimizer 'sgd'"),
        ({"name": 3}, "name 3 is not text"),
        ({"name": "momentum", "hyperparameters": {"momentum": 1.5}}, "momentum 1.5 is too large"),
        ({"name": "momentum", "hyperparameters": {"beta1": 0.9}}, "momentum has no hyperparameter 'beta1'"),
        ({"name": "adam", "hyperparameters": {"bias_correction": "yes"}}, "bias_correction 'yes' is invalid"),
        ({"name": "gd", "hyperparameters": []}, '"hyperparameters" must be an object'),
        ({"name": "gd", "schedule": "cosine"}, '"schedule" must be an object with a name'),
        ({"name": "gd", "schedule": {"name": "linear"}}, "unknown schedule 'linear'"),
        ({"name": "gd", "schedule": {"name": "step", "hyperparameters": {"step_size": 0}}}, "step_size 0 is too small"),
    ],
)
def test_invalid_optimizer_is_rejected(optimizer, reason):
    with pytest.raises(ExperimentFileError) as error:
        from_json(document(optimizer=optimizer), LESSONS, LIMITS)
    assert error.value.problem is experiment_file.FileProblem.BAD_OPTIMIZER
    assert reason in str(error.value)

