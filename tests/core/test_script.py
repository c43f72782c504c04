"""Generated scripts print the same numbers as the core."""

import subprocess
import sys

import pytest

from gdviewer.core.lessons import find_lesson
from gdviewer.core.script import python_script, script_spec
from gdviewer.core.trajectory import run


def run_script(tmp_path, source: str) -> list[str]:
    path = tmp_path / "run.py"
    path.write_text(source, encoding="utf-8")
    result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=True, cwd=tmp_path)
    return result.stdout.splitlines()


@pytest.mark.parametrize("lesson_id, steps", [("divergence", 3), ("convergence", 4), ("convergence", 60)])
def test_function_script_matches_core(tmp_path, lesson_id, steps):
    lesson = find_lesson(lesson_id)
    spec = script_spec(lesson.objective, lesson.start, lesson.learning_rate, steps, lesson.title)
    lines = run_script(tmp_path, python_script(spec))
    rows = [line.split() for line in lines[1:]]
    trajectory = run(lesson.objective, lesson.start, lesson.learning_rate, steps)
    assert lines[0] == "step x f(x) f'(x)"
    assert [float(row[1]) for row in rows] == trajectory.points[:, 0].tolist()
    assert [float(row[2]) for row in rows] == trajectory.losses.tolist()
    assert [float(row[3]) for row in rows] == trajectory.gradients[:, 0].tolist()


def test_function_script_reports_divergence(tmp_path):
    lesson = find_lesson("divergence")
    spec = script_spec(lesson.objective, lesson.start, lesson.learning_rate, 700, lesson.title)
    lines = run_script(tmp_path, python_script(spec))
    assert lines[0] == "diverged at step 323: a value is no longer finite"
    assert lines[-1].split()[0] == "322"


def test_regression_script_prints_lesson_log(tmp_path):
    lesson = find_lesson("regression")
    spec = script_spec(lesson.objective, lesson.start, lesson.learning_rate, lesson.steps, lesson.title)
    lines = run_script(tmp_path, python_script(spec))
    assert lines[0] == "Epoch 0, Loss: 17.2000, w: 0.2640, b: 0.0800"
    assert lines[9] == "Epoch 90, Loss: 0.8330, w: 0.9844, b: 0.8121"
    assert lines[-1] == "Final parameters: w = 0.9729, b = 0.8538"
    trajectory = run(lesson.objective, lesson.start, lesson.learning_rate, lesson.steps)
    w, b = trajectory.points[-1]
    assert lines[-1] == f"Final parameters: w = {w:.4f}, b = {b:.4f}"


def test_script_source_is_plain_numpy():
    lesson = find_lesson("convergence")
    source = python_script(script_spec(lesson.objective, lesson.start, lesson.learning_rate, 4, lesson.title))
    imports = [line for line in source.splitlines() if line.startswith(("import", "from"))]
    assert imports == ["import sys", "import numpy as np"]
    assert "gdviewer" not in source.split('"""', 2)[2]
    compile(source, "run.py", "exec")


def test_unknown_objective_raises():
    with pytest.raises(TypeError, match="cannot be written as a script"):
        script_spec(object(), 1.0, 0.1, 3, "x")
