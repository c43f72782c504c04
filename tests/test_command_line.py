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


def test_print_function_matches_lesson_table(capsys):
    assert main(["--function", "2x^2", "--start", "1", "--learning-rate", "0.1", "--steps", "4", "--print"]) == 0
    function_output = capsys.readouterr().out
    assert main(["--lesson", "convergence", "--print"]) == 0
    lesson_output = capsys.readouterr().out
    assert table_rows(function_output) == table_rows(lesson_output)
    assert function_output.splitlines()[-1] == lesson_output.splitlines()[-1]
    assert "# x := x − α·4x = (1 − 4α)x" in function_output.splitlines()
    assert "# at α = 0.1: x := 0.6x" in function_output.splitlines()


def test_print_function_two_cycle(capsys):
    assert main(["--function", "2x^2", "--learning-rate", "0.5", "--steps", "6", "--print"]) == 0
    output = capsys.readouterr().out
    assert [row[1] for row in table_rows(output)] == ["1", "-1", "1", "-1", "1", "-1", "1"]
    assert output.splitlines()[-1] == "Finished at step 6: bouncing between -1 and 1 forever, f(x) = 2"


def test_print_function_leaving_domain(capsys):
    assert main(["--function", "log(x)", "--learning-rate", "2", "--print"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("Stopped at step 1: f(x) is not defined at x = -1: log needs a positive argument")


@pytest.mark.parametrize(
    "formula, message",
    [
        ("2x^", "Something is missing after “^” at position 3"),
        ("__import__('os')", "Unknown name “__import__” at position 1"),
        ("x.__class__", "attribute access with “.” is not allowed"),
        ("9^9^9^9", "larger than 10^308"),
        ("x+" * 50_000 + "x", "more than the limit of 500"),
    ],
)
def test_rejected_function_exits_with_status_2(capsys, formula, message):
    with pytest.raises(SystemExit) as stop:
        main(["--function", formula, "--print"])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_rejected_function_marks_position(capsys):
    with pytest.raises(SystemExit):
        main(["--function", "2x + y", "--print"])
    lines = capsys.readouterr().err.splitlines()
    assert lines[-2:] == ["  2x + y", "       ^"]


def test_function_start_outside_domain_exits_with_status_2(capsys):
    assert main(["--function", "log(x)", "--start", "-1", "--print"]) == 2
    assert "log needs a positive argument" in capsys.readouterr().err


def test_function_and_lesson_are_exclusive(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--function", "x^2", "--lesson", "divergence", "--print"])
    assert stop.value.code == 2
    assert "use either --lesson or --function" in capsys.readouterr().err


def test_module_entry_point_prints_function():
    result = subprocess.run(
        [sys.executable, "-m", "gdviewer", "--function", "x^4 - 3x^2 + x", "--start", "2",
         "--learning-rate", "0.02", "--steps", "3", "--print"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = table_rows(result.stdout)
    x1 = 2 - 0.02 * (4 * 8 - 12 + 1)
    assert float(rows[1][1]) == pytest.approx(x1, rel=1e-9)


def test_function_option_opens_window_on_formula(window):
    from gdviewer.app import apply_options, build_parser

    options = build_parser().parse_args(["--function", "sin(x) + 0.1x^2", "--start", "2", "--learning-rate", "0.3"])
    apply_options(window.experiment, options)
    assert window.experiment.function_text == "sin(x) + 0.1x^2"
    assert window.experiment.start == 2.0
    assert window.experiment.learning_rate == 0.3
    assert window.parameter_panel.function_editor.input.text() == "sin(x) + 0.1x^2"
