"""Time the numeric core of a six-optimiser race and of a contour grid.

Run from the repository root:

    python3 benchmarks/bench_race.py [--repeats N] [--steps N]

It prints the median of N repeats (default 7) for:

- a race of the six optimisers over 10 000 steps on Rosenbrock from the
  suggested start, each at the surface's suggested learning rate, computed
  in chunks of 2000 steps as the window's model does;
- one ``Run`` of 10 000 steps per optimiser on its own, as time per step;
- a plain numpy loop of gradient descent on Rosenbrock, which records
  nothing and checks nothing, as the floor for the per-step cost;
- ``Run`` of gradient descent on the lessons' f(x) = 2x², as time per step;
- ``Race.trajectories()`` on a finished race, which a view calls after each
  computed chunk;
- the contour grid of each surface at the default 200 × 200 samples and at
  400 × 400.

Only the core is timed: no Qt is imported.
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

from gdviewer.core.contours import contour_grid  # noqa: E402
from gdviewer.core.objectives import Quadratic  # noqa: E402
from gdviewer.core.optimizers import OPTIMIZERS  # noqa: E402
from gdviewer.core.race import Race, Racer  # noqa: E402
from gdviewer.core.surfaces import SURFACES, Rosenbrock  # noqa: E402
from gdviewer.core.trajectory import run  # noqa: E402

CHUNK_STEPS = 2000


def median_seconds(function, repeats: int) -> float:
    """Call ``function`` ``repeats`` times and return the median wall-clock time."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_race(steps: int, repeats: int) -> float:
    surface = Rosenbrock()
    racers = [Racer(cls(), surface.suggested_learning_rates[name]) for name, cls in OPTIMIZERS.items()]

    def race_in_chunks():
        computation = Race(surface, surface.start, racers, steps)
        while not computation.advance(CHUNK_STEPS):
            pass
        computation.trajectories()

    return median_seconds(race_in_chunks, repeats)


def time_single_runs(steps: int, repeats: int) -> dict[str, float]:
    surface = Rosenbrock()
    seconds = {}
    for name, cls in OPTIMIZERS.items():
        rate = surface.suggested_learning_rates[name]
        seconds[name] = median_seconds(lambda: run(surface, surface.start, rate, steps, cls()), repeats)
    return seconds


def time_plain_loop(steps: int, repeats: int) -> float:
    surface = Rosenbrock()
    rate = surface.suggested_learning_rates["gd"]

    def loop():
        x = np.array(surface.start)
        for _ in range(steps):
            x = x - rate * surface.gradient(x)
            surface.value(x)

    return median_seconds(loop, repeats)


def time_lesson_run(steps: int, repeats: int) -> float:
    return median_seconds(lambda: run(Quadratic(2.0), 1.0, 0.001, steps), repeats)


def time_trajectories(steps: int, repeats: int) -> float:
    surface = Rosenbrock()
    racers = [Racer(cls(), surface.suggested_learning_rates[name]) for name, cls in OPTIMIZERS.items()]
    computation = Race(surface, surface.start, racers, steps)
    computation.advance(steps)
    return median_seconds(computation.trajectories, repeats * 100)


def time_contours(resolution: int, repeats: int) -> dict[str, float]:
    return {
        name: median_seconds(lambda: contour_grid(cls(), cls.view_box, resolution), repeats)
        for name, cls in SURFACES.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="repetitions per measurement (default 7)")
    parser.add_argument("--steps", type=int, default=10_000, help="updates per run (default 10000)")
    options = parser.parse_args()
    steps, repeats = options.steps, options.repeats

    print(f"Python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}, "
          f"{platform.processor() or 'unknown processor'}; median of {repeats}")

    race_seconds = time_race(steps, repeats)
    print(f"race of {len(OPTIMIZERS)} optimisers x {steps} steps on Rosenbrock: "
          f"{race_seconds * 1e3:.0f} ms ({race_seconds / (len(OPTIMIZERS) * steps) * 1e6:.1f} µs per step)")

    for name, seconds in time_single_runs(steps, repeats).items():
        print(f"  {name:<9} alone: {seconds * 1e3:6.0f} ms ({seconds / steps * 1e6:5.1f} µs per step)")
    plain = time_plain_loop(steps, repeats)
    print(f"  plain numpy gradient-descent loop: {plain * 1e3:.0f} ms ({plain / steps * 1e6:.1f} µs per step)")

    lesson = time_lesson_run(steps, repeats)
    print(f"gradient descent on 2x² (one variable): {lesson / steps * 1e6:.1f} µs per step")
    print(f"Race.trajectories() of the finished race: {time_trajectories(steps, repeats) * 1e6:.0f} µs")

    for resolution in (200, 400):
        for name, seconds in time_contours(resolution, repeats).items():
            print(f"contour grid {resolution}x{resolution} {name:<11}: {seconds * 1e3:6.2f} ms")


if __name__ == "__main__":
    main()
