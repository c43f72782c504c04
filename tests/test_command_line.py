"""The terminal interface: --list-lessons, --print and option errors."""

import subprocess
import sys

import pytest

from gdviewer.app import main

# main() creates a QCoreApplication when none exists; the Qt tests that run
# later in this process need the QApplication that the qapp fixture makes.
pytestmark = pytest.mark.usefixtures("qapp")


def table_rows(output: str) -> list[list[str]]:
    """Return the numeric rows of a printed step table as lists of cells."""
    rows = []
    for line in output.splitlines():
        cells = line.split()
        if cells and cells[0].isdigit():
            rows.append(cells)
    return rows


def test_list_lessons(capsys):
    assert main(["--list-lessons"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(None, 1) == ["divergence", "Divergence without a learning rate"]
    assert lines[1].split(None, 1) == ["convergence", "Convergence with learning rate 0.1"]


def test_print_divergence_lesson(capsys):
    assert main(["--lesson", "divergence", "--print"]) == 0
    output = capsys.readouterr().out
    rows = table_rows(output)
    assert [row[1] for row in rows] == ["1", "-3", "9", "-27"]
    assert [row[2] for row in rows] == ["2", "18", "162", "1458"]
    assert [row[3] for row in rows] == ["4", "-12", "36", "-108"]
    assert output.splitlines()[-1] == "Finished at step 3: diverging, f(x) = 1458"


def test_print_convergence_lesson(capsys):
    assert main(["--lesson", "convergence", "--print"]) == 0
    rows = table_rows(capsys.readouterr().out)
    assert [row[0] for row in rows] == ["0", "1", "2", "3", "4"]
    assert [row[1] for row in rows] == ["1", "0.6", "0.36", "0.216", "0.1296"]


def test_print_with_overrides(capsys):
    assert main(["--lesson", "convergence", "--print", "--steps", "2", "--learning-rate", "0.25", "--start", "2"]) == 0
    output = capsys.readouterr().out
    rows = table_rows(output)
    assert [row[1] for row in rows] == ["2", "0", "0"]
    assert "stationary" in output.splitlines()[-1]


def test_print_long_divergence_stops_at_overflow(capsys):
    assert main(["--lesson", "divergence", "--print", "--steps", "700"]) == 0
    output = capsys.readouterr().out
    rows = table_rows(output)
    assert rows[-1][0] == "322"
    assert output.splitlines()[-1].startswith("Diverged at step 323")


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--lesson", "nope", "--print"], "unknown lesson id 'nope'; choose one of: divergence, convergence"),
        (["--print", "--steps", "-3"], "--steps -3 is out of range"),
        (["--print", "--learning-rate", "nan"], "--learning-rate nan is invalid"),
        (["--print", "--start", "1e9"], "--start 1000000000.0 is invalid"),
        (["--print", "--steps", "many"], "invalid int value: 'many'"),
    ],
)
def test_invalid_options_exit_with_status_2(capsys, arguments, message):
    with pytest.raises(SystemExit) as stop:
        main(arguments)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_module_entry_point_prints():
    result = subprocess.run(
        [sys.executable, "-m", "gdviewer", "--lesson", "convergence", "--print"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [row[1] for row in table_rows(result.stdout)] == ["1", "0.6", "0.36", "0.216", "0.1296"]
