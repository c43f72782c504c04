"""The core must import and run where Qt cannot be imported."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_with_pyside6_blocked():
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        sys.modules["PySide6"] = None  # any "import PySide6..." now fails
        import gdviewer.core as core
        for module in pkgutil.walk_packages(core.__path__, "gdviewer.core."):
            importlib.import_module(module.name)
        from gdviewer.core.lessons import find_lesson
        from gdviewer.core.trajectory import run
        lesson = find_lesson("convergence")
        print(run(lesson.objective, lesson.start, lesson.learning_rate, lesson.steps).points[-1, 0])
        print(sorted(name for name in sys.modules if "PySide6" in name and sys.modules[name] is not None))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert float(lines[0]) == 0.1296
    assert lines[1] == "[]"
