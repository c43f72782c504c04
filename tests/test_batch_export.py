"""gdviewer --export OUT: every format, from a lesson or a saved file."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from gdviewer.core.lessons import find_lesson
from gdviewer.core.trajectory import run


ROOT = Path(__file__).resolve().parent.parent


def gdviewer(*arguments, cwd):
    """Run this checkout's gdviewer, whatever gdviewer the environment has installed."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "gdviewer", *arguments], cwd=cwd, env=environment, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("name", ["run.png", "run.svg", "run.gif", "run.csv", "run.py", "run.gdv"])
def test_export_writes_each_format(tmp_path, name):
    result = gdviewer("--lesson", "convergence", "--steps", "6", "--export", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    path = tmp_path / name
    assert path.stat().st_size > 0
    if name.endswith(".png"):
        with Image.open(path) as image:
            assert image.size[0] > 500
    elif name.endswith(".gif"):
        with Image.open(path) as image:
            assert image.n_frames == 7
    elif name.endswith(".svg"):
        assert "<svg" in path.read_text(encoding="utf-8")
    elif name.endswith(".csv"):
        rows = list(csv.reader(path.open(encoding="utf-8")))
        expected = run(find_lesson("convergence").objective, 1.0, 0.1, 6)
        assert [float(row[1]) for row in rows[1:]] == expected.points[:, 0].tolist()
    elif name.endswith(".py"):
        printed = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=True).stdout
        assert printed.splitlines()[-1].split()[:2] == ["6", repr(float(expected_x(6)))]
    else:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert (document["lesson"], document["steps"], document["position"]) == ("convergence", 6, 6)


def expected_x(steps):
    return run(find_lesson("convergence").objective, 1.0, 0.1, steps).points[-1, 0]


def test_saved_file_exports_same_run(tmp_path):
    assert gdviewer("--lesson", "regression", "--learning-rate", "0.02", "--export", "fit.gdv", cwd=tmp_path).returncode == 0
    result = gdviewer("fit.gdv", "--export", "fit.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    printed = subprocess.run([sys.executable, "fit.py"], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    lesson = find_lesson("regression")
    trajectory = run(lesson.objective, lesson.start, 0.02, lesson.steps)
    w, b = trajectory.points[-1]
    assert printed.splitlines()[-1] == f"Final parameters: w = {w:.4f}, b = {b:.4f}"
    table = gdviewer("fit.gdv", "--print", cwd=tmp_path).stdout
    assert table.splitlines()[-1] == f"Final parameters: w = {w:.4f}, b = {b:.4f}"


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--export", "run.bmp"], "cannot export to run.bmp: use one of the suffixes"),
        (["--export", "missing/run.png"], "the folder missing does not exist"),
        (["broken.gdv", "--print"], "broken.gdv was not opened: the file is not valid JSON"),
    ],
)
def test_export_errors_exit_2(tmp_path, arguments, message):
    (tmp_path / "broken.gdv").write_text('{"format": "gdviewer-exp', encoding="utf-8")
    result = gdviewer(*arguments, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "run.bmp").exists()


def test_unwritable_export_target(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = gdviewer("--export", "locked/run.csv", cwd=tmp_path)
        if result.returncode == 0:
            pytest.skip("running as a user who can write anywhere (root)")
        assert result.returncode == 2
        assert "not writable" in result.stderr
    finally:
        locked.chmod(0o700)


def test_export_into_system_folder_fails_cleanly(tmp_path):
    """/proc takes no new files, not even from root."""
    result = gdviewer("--lesson", "convergence", "--export", "/proc/gdviewer-run.csv", cwd=tmp_path)
    assert result.returncode == 2
    assert "/proc/gdviewer-run.csv" in result.stderr
    assert "Traceback" not in result.stderr


def test_long_animation_export_samples_and_reports(tmp_path):
    result = gdviewer("--lesson", "convergence", "--steps", "320", "--export", "run.gif", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "run.gif") as image:
        assert image.n_frames == 300
    lines = result.stderr.splitlines()
    assert lines[0].startswith("gdviewer: rendering 300 frames for steps 0 to 320")
    percents = [line for line in lines if " % (" in line]
    assert [line.split()[1] for line in percents] == [str(10 * tenth) for tenth in range(1, 11)]
    assert percents[-1] == "gdviewer: 100 % (300 of 300 frames)"
    assert lines[-1] == "gdviewer: writing run.gif"
