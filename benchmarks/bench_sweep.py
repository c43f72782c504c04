"""Time the vectorised learning-rate sweep against a loop over learning rates.

Run from the repository root::

    python3 benchmarks/bench_sweep.py [--rates 500] [--steps 1000] [--repeats 7]

For each objective it prints the median wall-clock time of
``gdviewer.core.sweep.sweep`` (all learning rates stepped together as one
(R, 1) array) and of a plain Python loop that calls ``gdviewer.core.
trajectory.run`` once per learning rate, and checks that both give the
same final losses.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gdviewer.core.expressions import FormulaObjective, parse_formula  # noqa: E402
from gdviewer.core.objectives import Quadratic  # noqa: E402
from gdviewer.core.sweep import log_spaced_rates, sweep  # noqa: E402
from gdviewer.core.trajectory import run  # noqa: E402

OBJECTIVES = {
    "Quadratic(2): 2x²": lambda: Quadratic(2.0),
    "formula 2x^2": lambda: FormulaObjective(parse_formula("2x^2")),
    "formula sin(x) + 0.1x^2": lambda: FormulaObjective(parse_formula("sin(x) + 0.1x^2")),
}


def median_seconds(function, repeats: int) -> float:
    durations = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        durations.append(time.perf_counter() - started)
    return statistics.median(durations)


def loop_over_rates(objective, rates: np.ndarray, steps: int) -> np.ndarray:
    """Return the final loss per learning rate, one core run at a time (NaN if it stopped)."""
    losses = np.empty(rates.size)
    for index, rate in enumerate(rates):
        trajectory = run(objective, 1.0, float(rate), steps)
        losses[index] = np.nan if trajectory.divergence is not None else trajectory.losses[-1]
    return losses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", type=int, default=500, help="number of learning rates (default 500)")
    parser.add_argument("--steps", type=int, default=1000, help="updates per run (default 1000)")
    parser.add_argument("--repeats", type=int, default=7, help="timed repeats of the sweep (default 7)")
    parser.add_argument("--loop-repeats", type=int, default=3, help="timed repeats of the loop (default 3)")
    options = parser.parse_args()

    rates = log_spaced_rates(1e-5, 10.0, options.rates)
    print(f"{options.rates} learning rates × {options.steps} steps, start x0 = 1")
    print(f"Python {platform.python_version()}, numpy {np.__version__}, {platform.machine()} {platform.system()}")
    print(f"{'objective':<26} {'sweep (median)':>15} {'loop (median)':>15} {'speed-up':>9}")
    for name, make in OBJECTIVES.items():
        objective = make()
        vectorised = sweep(objective, 1.0, rates, options.steps).losses
        looped = loop_over_rates(objective, rates, options.steps)
        if not np.array_equal(vectorised, looped, equal_nan=True):
            print(f"{name}: the sweep and the loop gave different final losses", file=sys.stderr)
            return 1
        sweep_time = median_seconds(lambda: sweep(objective, 1.0, rates, options.steps), options.repeats)
        loop_time = median_seconds(lambda: loop_over_rates(objective, rates, options.steps), options.loop_repeats)
        print(f"{name:<26} {sweep_time * 1e3:>12.1f} ms {loop_time * 1e3:>12.0f} ms {loop_time / sweep_time:>8.0f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
