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
        (["--print", "--learning-rate", "nan"], "--learning-rate NaN is invalid"),
        (["--print", "--start", "1e9"], "--start 1000000000 is invalid"),
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


EXPECTED_REGRESSION_LOG = """\
Epoch 0, Loss: 17.2000, w: 0.2640, b: 0.0800
Epoch 10, Loss: 1.1595, w: 1.0464, b: 0.3642
Epoch 20, Loss: 1.0475, w: 1.0834, b: 0.4397
Epoch 30, Loss: 1.0100, w: 1.0708, b: 0.4993
Epoch 40, Loss: 0.9753, w: 1.0553, b: 0.5560
Epoch 50, Loss: 0.9429, w: 1.0402, b: 0.6107
Epoch 60, Loss: 0.9125, w: 1.0255, b: 0.6637
Epoch 70, Loss: 0.8842, w: 1.0114, b: 0.7148
Epoch 80, Loss: 0.8577, w: 0.9977, b: 0.7643
Epoch 90, Loss: 0.8330, w: 0.9844, b: 0.8121
Final parameters: w = 0.9729, b = 0.8538
"""


def test_list_lessons_includes_regression(capsys):
    assert main(["--list-lessons"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].split(None, 1) == ["regression-step", "One step of linear regression"]
    assert lines[3].split(None, 1) == ["regression", "Linear regression by gradient descent"]


def test_print_regression_log_line_by_line(capsys):
    assert main(["--lesson", "regression", "--print"]) == 0
    printed = capsys.readouterr().out.splitlines()
    expected = EXPECTED_REGRESSION_LOG.splitlines()
    assert len(printed) == len(expected)
    for number, (line, wanted) in enumerate(zip(printed, expected)):
        assert line == wanted, f"line {number + 1}"


def test_print_regression_step_worked_numbers(capsys):
    assert main(["--lesson", "regression-step", "--print"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2:] == [
        "ŷ = w·x + b = 1·2 + 0 = 2",
        "J = ½(y − ŷ)² = ½·(4 − 2)² = 2",
        "∂J/∂w = −(y − ŷ)·x = −(4 − 2)·2 = −4",
        "∂J/∂b = −(y − ŷ) = −(4 − 2) = −2",
        "w := w − α·∂J/∂w = 1 − 0.1·(−4) = 1.4",
        "b := b − α·∂J/∂b = 0 − 0.1·(−2) = 0.2",
        "new prediction ŷ = w·x + b = 1.4·2 + 0.2 = 3",
    ]


def test_print_regression_with_overrides(capsys):
    assert main(["--lesson", "regression", "--print", "--steps", "20", "--learning-rate", "0.02", "--start=0.5,-1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(",")[0] for line in lines[:-1]] == ["Epoch 0", "Epoch 10"]
    # J(0.5, −1) = (2.5² + 4² + 4.5² + 3² + 3.5²)/5 = 63.75/5.
    assert lines[0].startswith("Epoch 0, Loss: 12.7500,")
    assert lines[-1].startswith("Final parameters: w = ")


def test_print_regression_divergence_suggests_limit(capsys):
    assert main(["--lesson", "regression", "--print", "--learning-rate", "0.1", "--steps", "5000"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("Diverged at epoch ")
    assert "stable limit 2/λ_max = 0.08452" in last


def test_print_with_data_file(capsys, tmp_path):
    path = tmp_path / "line.csv"
    path.write_text("hours;score\n0;1\n1;3\n2;5\n3;7\n")
    assert main(["--data", str(path), "--print", "--steps", "3000", "--learning-rate", "0.05"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    # The points lie on y = 2x + 1, so the run ends on w = 2, b = 1.
    assert last == "Final parameters: w = 2.0000, b = 1.0000"


def test_data_file_with_worked_step(capsys, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("3,5\n")
    assert main(["--lesson", "regression-step", "--data", str(path), "--print"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2] == "ŷ = w·x + b = 1·3 + 0 = 3"
    assert lines[-1] == "new prediction ŷ = w·x + b = 1.6·3 + 0.2 = 5"


@pytest.mark.parametrize(
    "content, message",
    [
        ("x,y\n1,2\n2,abc\n", "Row 3, column 2 (y): 'abc' is not a number"),
        ("x\n1\n", "Row 1 has a single column"),
        ("x,y\n", "The file has no data rows"),
        ("x,y\n1,inf\n", "Row 2, column 2 (y): 'inf' is not a finite number"),
    ],
)
def test_rejected_data_file_exits_with_status_2(capsys, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(SystemExit) as stop:
        main(["--lesson", "regression", "--data", str(path), "--print"])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "bad.csv was rejected" in error
    assert message in error


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--lesson", "regression", "--print", "--start", "2"], "--start 2 is invalid for lesson regression"),
        (["--lesson", "convergence", "--print", "--start", "1,2"], "--start 1,2 is invalid for lesson convergence"),
        (["--lesson", "regression", "--print", "--start", "a,1"], "'a' is not a number"),
        (["--lesson", "convergence", "--print", "--data", "x.csv"], "--data needs a regression lesson"),
        (["--lesson", "regression", "--print", "--data", "/nonexistent/x.csv"], "cannot be read"),
    ],
)
def test_invalid_regression_options(capsys, arguments, message):
    with pytest.raises(SystemExit) as stop:
        main(arguments)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_rejected_function_marks_position(capsys):
    with pytest.raises(SystemExit):
        main(["--function", "2x + z", "--print"])
    lines = capsys.readouterr().err.splitlines()
    assert lines[-2:] == ["  2x + z", "       ^"]


def test_function_start_outside_domain_exits_with_status_2(capsys):
    assert main(["--function", "log(x)", "--start", "-1", "--print"]) == 2
    assert "log needs a positive argument" in capsys.readouterr().err


def test_function_and_lesson_are_exclusive(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--function", "x^2", "--lesson", "divergence", "--print"])
    assert stop.value.code == 2
    assert "use either --lesson or --function" in capsys.readouterr().err


def test_function_and_data_are_exclusive(capsys, tmp_path):
    data = tmp_path / "points.csv"
    data.write_text("1,2\n2,4\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["--function", "x^2", "--data", str(data), "--print"])
    assert stop.value.code == 2
    assert "use either --data or --function" in capsys.readouterr().err


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
    from gdviewer.app import _check_options, apply_options, build_parser

    parser = build_parser()
    options = parser.parse_args(["--function", "sin(x) + 0.1x^2", "--start", "2", "--learning-rate", "0.3"])
    _check_options(parser, options)
    apply_options(window.experiment, options)
    assert window.experiment.function_text == "sin(x) + 0.1x^2"
    assert window.experiment.start == 2.0
    assert window.experiment.learning_rate == 0.3
    assert window.parameter_panel.function_editor.input.text() == "sin(x) + 0.1x^2"


def test_module_prints_regression_log():
    result = subprocess.run(
        [sys.executable, "-m", "gdviewer", "--lesson", "regression", "--print"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED_REGRESSION_LOG


def test_negative_start_needs_no_equals_sign(capsys):
    assert main(["--lesson", "convergence", "--print", "--start", "-2", "--steps", "1"]) == 0
    rows = table_rows(capsys.readouterr().out)
    assert [row[1] for row in rows] == ["-2", "-1.2"]


@pytest.mark.parametrize(
    "language, final",
    [("en", "Finished at step 60: still moving without settling, f(x) = 2.057344999"),
     ("ko", "60단계에서 끝남: 자리 잡지 못하고 아직 움직이는 중, f(x) = 2.057344999")],
)
def test_print_chaotic_run_is_not_converging(capsys, language, final):
    arguments = ["--lang", language, "--print", "--function", "sin(5x) + 0.1x^2", "--learning-rate", "0.5", "--steps", "60"]

    assert main(arguments) == 0
    assert capsys.readouterr().out.splitlines()[-1] == final
