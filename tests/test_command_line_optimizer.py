"""An optimiser and schedule chosen on the command line or kept in a .gdv file."""

import json

import numpy as np
import pytest

from gdviewer.app import main
from gdviewer.core.lessons import find_lesson
from gdviewer.core.optimizers import make_optimizer
from gdviewer.core.schedules import SCHEDULES
from gdviewer.core.trajectory import run

pytestmark = pytest.mark.usefixtures("qapp")


def printed_xs(output: str) -> list[float]:
    return [float(line.split()[1]) for line in output.splitlines() if line.split() and line.split()[0].isdigit()]


def test_saved_optimizer_prints_its_own_run(tmp_path, capsys):
    path = tmp_path / "adam.gdv"
    assert main(["--lesson", "convergence", "--optimizer", "adam", "--steps", "6", "--export", str(path)]) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["optimizer"]["name"] == "adam"
    capsys.readouterr()

    assert main([str(path), "--print"]) == 0
    lesson = find_lesson("convergence")
    expected = run(lesson.objective, lesson.start, lesson.learning_rate, 6, make_optimizer("adam")).points[:, 0]
    assert printed_xs(capsys.readouterr().out) == pytest.approx(expected, rel=1e-9)


def test_saved_schedule_prints_its_own_run(tmp_path, capsys):
    path = tmp_path / "cosine.gdv"
    assert main(["--lesson", "convergence", "--steps", "8", "--export", str(path)]) == 0
    document = json.loads(path.read_text(encoding="utf-8"))
    document["optimizer"] = {
        "name": "momentum", "hyperparameters": {},
        "schedule": {"name": "cosine", "hyperparameters": {"decay_steps": 8}},
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()

    assert main([str(path), "--print"]) == 0
    output = capsys.readouterr().out
    lesson = find_lesson("convergence")
    rates = SCHEDULES["cosine"](lesson.learning_rate, decay_steps=8)
    expected = run(lesson.objective, lesson.start, rates, 8, make_optimizer("momentum")).points[:, 0]
    assert printed_xs(output) == pytest.approx(expected, rel=1e-9)
    assert "# schedule: cosine, decay_steps = 8" in output


def test_command_line_optimizer_overrides_saved_one(tmp_path, capsys):
    path = tmp_path / "adam.gdv"
    assert main(["--lesson", "convergence", "--optimizer", "adam", "--export", str(path)]) == 0
    capsys.readouterr()
    assert main([str(path), "--optimizer", "gd", "--print"]) == 0
    assert printed_xs(capsys.readouterr().out) == pytest.approx([1, 0.6, 0.36, 0.216, 0.1296])


def test_script_export_refuses_other_optimizers(tmp_path, capsys):
    script = tmp_path / "adam.py"
    assert main(["--lesson", "convergence", "--optimizer", "adam", "--export", str(script)]) == 2
    assert "the script repeats gradient descent" in capsys.readouterr().err
    assert not script.exists()


def test_saved_regression_optimizer_used(tmp_path, capsys):
    path = tmp_path / "momentum.gdv"
    assert main(["--lesson", "regression", "--optimizer", "momentum", "--steps", "5", "--export", str(path)]) == 0
    capsys.readouterr()
    assert main([str(path), "--print"]) == 0
    output = capsys.readouterr().out
    assert "# optimizer: momentum" in output
    lesson = find_lesson("regression")
    expected = run(lesson.objective, lesson.start, lesson.learning_rate, 5, make_optimizer("momentum"))
    assert np.all(np.isfinite(expected.points))
