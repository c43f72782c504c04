"""The terminal interface of surfaces typed with --function: printing, options and errors."""

import subprocess
import sys

import pytest

from gdviewer.app import main
from gdviewer.core.formula_surface import formula_surface
from gdviewer.core.numbers import format_number
from gdviewer.core.optimizers import Adam, GradientDescent
from gdviewer.core.surfaces import Himmelblau
from gdviewer.core.trajectory import run

pytestmark = pytest.mark.usefixtures("qapp")

HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"


def table_rows(output: str) -> list[list[str]]:
    return [line.split() for line in output.splitlines() if line.split() and line.split()[0].isdigit()]


def expected_rows(trajectory) -> list[list[str]]:
    return [
        [str(k), *(format_number(float(value)) for value in (*point, loss, *gradient))]
        for k, (point, loss, gradient) in enumerate(zip(trajectory.points, trajectory.losses, trajectory.gradients))
    ]


def test_print_bowl_formula_shows_both_coordinates(capsys):
    arguments = ["--function", "x^2 + 10y^2", "--start", "1,1", "--optimizer", "gd", "--steps", "3", "--print"]
    assert main(arguments) == 0
    lines = capsys.readouterr().out.splitlines()

    assert lines[0] == "# formula surface: x^2 + 10y^2"
    assert lines[1] == "# f(x, y) = x² + 10y², start (1, 1), steps = 3"
    assert lines[3] == "# racer 1 (Gradient descent), learning rate = 0.05"
    assert lines[4].split() == ["step", "x", "y", "f", "df/dx", "df/dy"]
    assert table_rows("\n".join(lines)) == [
        ["0", "1", "1", "11", "2", "20"],
        ["1", "0.9", "0", "0.81", "1.8", "0"],
        ["2", "0.81", "0", "0.6561", "1.62", "0"],
        ["3", "0.729", "0", "0.531441", "1.458", "0"],
    ]
    assert lines[-1] == "Finished at step 3: f = 0.531441"


def test_typed_himmelblau_prints_builtin_steps(capsys):
    arguments = ["--function", HIMMELBLAU, "--start", "0.5,-1", "--optimizer", "adam", "--learning-rate", "0.05"]
    assert main([*arguments, "--steps", "20", "--print"]) == 0
    expected = run(Himmelblau(), (0.5, -1.0), 0.05, 20, Adam())

    assert table_rows(capsys.readouterr().out) == expected_rows(expected)


def test_formula_without_optimizer_races_all_six(capsys):
    assert main(["--function", "x^2 + 10y^2", "--steps", "2", "--print"]) == 0
    output = capsys.readouterr().out
    surface = formula_surface("x^2 + 10y^2", (1.0, 1.0))

    assert len(table_rows(output)) == 6 * 3
    assert output.count("Finished at step 2") == 6
    assert "start (1, 1)" in output
    gradient_descent = run(surface.objective, (1.0, 1.0), surface.learning_rate_for("gd"), 2, GradientDescent())
    assert table_rows(output)[:3] == expected_rows(gradient_descent)


def test_formula_leaving_domain_names_reason(capsys):
    arguments = ["--function", "log(x) + y^2", "--start", "0.5,1", "--learning-rate", "1", "--optimizer", "gd"]
    assert main([*arguments, "--print"]) == 0
    lines = capsys.readouterr().out.splitlines()

    assert lines[-1] == (
        "racer 1 (Gradient descent) left the domain at step 1: log needs a positive argument, and it is -1.5 "
        "there. It stops at step 0; lower its learning rate or start elsewhere."
    )


def test_formula_start_outside_domain_exits_2(capsys):
    assert main(["--function", "log(x) + y^2", "--start", "-1,1", "--print"]) == 2
    error = capsys.readouterr().err
    assert "the surface is not finite at the start (-1, 1)" in error
    assert "log needs a positive argument, and it is -1 there" in error


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--surface", "bowl", "--function", "x^2 + 10y^2"], "use either --surface or --function, not both"),
        (["--function", "x^2 + 10y^2", "--start", "1"], "give x₀ and y₀ as two numbers, such as --start 1,1"),
        (["--function", "x^2 + 10y^2", "--steps", "200000"], "--steps 200000 is too many for a race"),
        (["--function", "x^2 + 10y^2", "--lesson", "race-bowl"], "use either --lesson or --function, not both"),
        (["--function", "x^2 + 10y^2", "--optimizer", "sgd"], "unknown optimizer 'sgd'"),
    ],
)
def test_contradictory_options_exit_2(capsys, arguments, message):
    with pytest.raises(SystemExit) as stop:
        main([*arguments, "--print"])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_bad_formula_exits_2_with_position():
    completed = subprocess.run(
        [sys.executable, "-m", "gdviewer", "--function", "x^2 + 10y^2 + sin(", "--print"],
        capture_output=True, text=True, check=False,
    )
    lines = completed.stderr.splitlines()

    assert completed.returncode == 2
    assert "position 18" in completed.stderr
    assert lines[-2:] == ["  x^2 + 10y^2 + sin(", "                   ^"]


def test_help_documents_formula_surfaces(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "A formula that uses y, such as 'x^2 + 10y^2', is a surface" in help_text
    assert "for a formula in x and y use --function instead" in help_text
