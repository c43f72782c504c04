"""A built wheel installs into a fresh virtual environment and finds its resources."""

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_runs_outside_source_tree(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    wheel = next(dist.glob("gdviewer-*.whl"))

    # The environment borrows PySide6, pyqtgraph and numpy from this
    # interpreter, so only gdviewer itself comes from the wheel.
    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=True).create(environment)
    python = environment / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--force-reinstall", "--quiet", str(wheel)],
        check=True, capture_output=True, text=True,
    )

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    where = subprocess.run(
        [str(python), "-c", "import gdviewer.resources as r; print(r.__file__); print(r.resources_dir())"],
        cwd=outside, check=True, capture_output=True, text=True,
    ).stdout.splitlines()
    assert Path(where[0]).is_relative_to(environment)
    assert Path(where[1]) == Path(where[0]).parent / "resources"
    assert (Path(where[1]) / "icons" / "gdviewer.svg").is_file()

    script = environment / ("Scripts" if sys.platform == "win32" else "bin") / "gdviewer"
    printed = subprocess.run(
        [str(script), "--lesson", "divergence", "--print"],
        cwd=outside, check=True, capture_output=True, text=True,
    ).stdout
    assert "1458" in printed.splitlines()[-2]
    assert printed.splitlines()[-1] == "Finished at step 3: diverging, f(x) = 1458"
