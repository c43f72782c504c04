"""The terminal interface of races: --surface, --optimizer and their errors."""

import pytest

from gdviewer.app import join_signed_values, main
from gdviewer.core.batches import BatchSampler
from gdviewer.core.lessons import FIVE_POINTS
from gdviewer.core.numbers import format_number
from gdviewer.core.objectives import Quadratic
from gdviewer.core.optimizers import Adam, GradientDescent, Momentum
from gdviewer.core.regression import LinearRegression
from gdviewer.core.surfaces import Rosenbrock, Saddle
from gdviewer.core.trajectory import run

pytestmark = pytest.mark.usefixtures("qapp")


def table_rows(output: str) -> list[list[str]]:
    rows = []
    for line in output.splitlines():
        cells = line.split()
        if cells and cells[0].isdigit():
            rows.append(cells)
    return rows


def expected_rows(trajectory) -> list[list[str]]:
    return [
        [str(k), *(format_number(float(value)) for value in (*point, loss, *gradient))]
        for k, (point, loss, gradient) in enumerate(zip(trajectory.points, trajectory.losses, trajectory.gradients))
    ]


def test_print_surface_with_optimizer_matches_core(capsys):
    assert main(["--surface", "rosenbrock", "--optimizer", "adam", "--steps", "5", "--start", "-1.2,1", "--print"]) == 0
    output = capsys.readouterr().out
    expected = run(Rosenbrock(), (-1.2, 1.0), 0.05, 5, Adam())

    lines = output.splitlines()
    assert lines[0] == "# race-rosenbrock: Race through Rosenbrock's valley"
    assert lines[1] == "# f(x, y) = (1 − x)² + 100(y − x²)², start (-1.2, 1), steps = 5"
    assert "racer 1 (Adam), learning rate = 0.05, beta1 = 0.9, beta2 = 0.999" in output
    assert lines[4].split() == ["step", "x", "y", "f", "df/dx", "df/dy"]
    assert table_rows(output) == expected_rows(expected)
    assert lines[-1] == f"Finished at step 5: f = {format_number(float(expected.losses[-1]))}"


def test_print_surface_runs_every_racer(capsys):
    assert main(["--surface", "saddle", "--steps", "3", "--print"]) == 0
    output = capsys.readouterr().out
    rows = table_rows(output)

    assert len(rows) == 6 * 4
    assert output.count("Finished at step 3") == 6
    momentum = run(Saddle(), (-1.5, 0.01), 0.001, 3, Momentum())
    assert rows[4:8] == expected_rows(momentum)


def test_learning_rate_applies_to_every_racer(capsys):
    assert main(["--lesson", "race-rosenbrock", "--learning-rate", "0.01", "--steps", "300", "--optimizer", "gd", "--print"]) == 0
    output = capsys.readouterr().out
    expected = run(Rosenbrock(), (-1.2, 1.0), 0.01, 300)

    assert expected.divergence is not None
    assert table_rows(output) == expected_rows(expected)
    step = expected.divergence.step
    assert output.splitlines()[-1] == (
        f"racer 1 (Gradient descent) diverged at step {step}: the loss f(x) overflowed to ∞. "
        f"It stops at step {step - 1}; lower its learning rate."
    )


def test_print_stochastic_race_names_batches(capsys):
    assert main(["--lesson", "race-sgd", "--steps", "4", "--print"]) == 0
    output = capsys.readouterr().out
    objective = LinearRegression(FIVE_POINTS)
    stochastic = run(objective, (0.0, 0.0), 0.02, 4, GradientDescent(), BatchSampler(5, 1, 0))

    assert "racer 3 (Gradient descent), learning rate = 0.02, batch_size = 1, seed = 0" in output
    assert table_rows(output)[-5:] == expected_rows(stochastic)
    assert output.splitlines()[4].split() == ["step", "w", "b", "f", "df/dw", "df/db"]


def test_optimizer_on_function_lesson(capsys):
    assert main(["--lesson", "convergence", "--optimizer", "momentum", "--print"]) == 0
    output = capsys.readouterr().out
    expected = run(Quadratic(2.0), 1.0, 0.1, 4, Momentum())

    assert "# optimizer: momentum" in output
    assert [row[1] for row in table_rows(output)] == [format_number(float(x)) for x in expected.points[:, 0]]


def test_optimizer_on_regression_prints_log(capsys):
    assert main(["--lesson", "regression", "--optimizer", "adam", "--learning-rate", "0.1", "--print"]) == 0
    lines = capsys.readouterr().out.splitlines()
    expected = run(LinearRegression(FIVE_POINTS), (0.0, 0.0), 0.1, 100, Adam())

    assert lines[0] == "# optimizer: adam"
    assert lines[1] == f"Epoch 0, Loss: 17.2000, w: {expected.points[1, 0]:.4f}, b: {expected.points[1, 1]:.4f}"
    assert lines[-1] == f"Final parameters: w = {expected.points[-1, 0]:.4f}, b = {expected.points[-1, 1]:.4f}"


def test_start_with_leading_minus_is_joined():
    assert join_signed_values(["--start", "-1.2,1", "--print"]) == ["--start=-1.2,1", "--print"]
    assert join_signed_values(["--start", "2", "--print"]) == ["--start", "2", "--print"]
    assert join_signed_values(["--start", "--print"]) == ["--start", "--print"]


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--surface", "cliff", "--print"], "unknown surface 'cliff'; choose one of: bowl, rosenbrock, beale, himmelblau, saddle"),
        (["--optimizer", "sgd", "--print"], "unknown optimizer 'sgd'; choose one of: gd, momentum, nesterov, adagrad, rmsprop, adam"),
        (["--surface", "bowl", "--lesson", "race-bowl", "--print"], "use either --surface or --lesson, not both"),
        (["--surface", "bowl", "--data", "points.csv", "--print"], "--data needs a regression lesson"),
        (["--surface", "bowl", "--start", "1", "--print"], "give x₀ and y₀ as two numbers"),
        (["--surface", "bowl", "--start", "1,x", "--print"], "'x' is not a number"),
        (["--surface", "bowl", "--steps", "200000", "--print"], "--steps 200000 is too many for a race; use 0 to 100000"),
    ],
)
def test_invalid_race_options_exit_with_status_2(capsys, arguments, message):
    with pytest.raises(SystemExit) as stop:
        main(arguments)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err
