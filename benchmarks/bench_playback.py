"""Measure redraw latency and playback frame time, beside matplotlib.

(a) Learning-rate change to finished repaint, for runs of 100 and 10,000
    steps shown at their last step.
(b) Frame time while playing (one step forward and a repaint) with 100,
    10,000 and 100,000 visited points.

Each gdviewer figure is paired with the same scene redrawn by matplotlib's
Agg backend, the way a plain script would animate it. Run from the
repository root::

    python benchmarks/bench_playback.py [--repeat 30]

The window is drawn on Qt's offscreen platform unless QT_QPA_PLATFORM is
set, so figures include painting into the window's backing store but not a
compositor or a GPU.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gdviewer.core.objectives import Quadratic  # noqa: E402
from gdviewer.core.trajectory import run  # noqa: E402

#: A learning rate small enough that 100,000 points still spread along the
#: curve instead of piling up at the minimum, which is the costly case.
SPREAD_RATE = 1e-5
PLOT_SIZE_PX = (990, 430)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000.0


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


# gdviewer


def make_window(app: QApplication, folder: str):
    from gdviewer.ui.main_window import MainWindow

    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.function_plot.set_animated(False)
    window.resize(1280, 820)
    window.show()
    settle(app)
    return window


def repaint(app, window, whole_window: bool) -> None:
    """Finish painting: the whole window at once, or what changed, as the event loop does."""
    if whole_window:
        window.repaint()
    else:
        app.processEvents()


def gdviewer_rate_change(app, window, steps: int, repeat: int, whole_window: bool) -> tuple[float, float]:
    """Return the medians (first repaint, whole run repainted) in ms."""
    experiment = window.experiment
    experiment.load_lesson("convergence")
    experiment.set_steps(steps)
    while experiment.computing:
        app.processEvents()
    window.player.seek(steps)
    settle(app)
    first, complete = [], []
    rates = np.geomspace(0.01, 0.2, repeat)
    for index, rate in enumerate(rates):
        # The first repaint shows the first chunk of a long run; the whole
        # run is measured separately so no repaint is counted twice.
        start = time.perf_counter()
        experiment.set_learning_rate(float(rate))
        repaint(app, window, whole_window)
        first.append(time.perf_counter() - start)

        start = time.perf_counter()
        experiment.set_learning_rate(float(rates[-1 - index]) * 1.01)
        while experiment.computing:
            app.processEvents()
        repaint(app, window, whole_window)
        complete.append(time.perf_counter() - start)
    return median_ms(first), median_ms(complete)


def gdviewer_frame(app, window, visited: int, repeat: int, whole_window: bool) -> float:
    """Return the median time of one playback frame at ``visited`` points, in ms."""
    experiment = window.experiment
    experiment.load_lesson("convergence")
    experiment.set_learning_rate(SPREAD_RATE)
    experiment.set_steps(visited + repeat + 1)
    while experiment.computing:
        app.processEvents()
    window.player.seek(visited - 1)
    settle(app)
    frames = []
    for _ in range(repeat):
        start = time.perf_counter()
        window.player.step()
        repaint(app, window, whole_window)
        frames.append(time.perf_counter() - start)
    return median_ms(frames)


# matplotlib


class MatplotlibScene:
    """The same two plots drawn with matplotlib's Agg backend."""

    def __init__(self):
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        dpi = 100
        self.figure, (self.function_axes, self.loss_axes) = plt.subplots(
            2, 1, figsize=(PLOT_SIZE_PX[0] / dpi, 2 * PLOT_SIZE_PX[1] / dpi), dpi=dpi
        )
        self.curve, = self.function_axes.plot([], [])
        self.visited = self.function_axes.scatter([], [], s=30)
        self.current = self.function_axes.scatter([], [], s=120, color="orange")
        self.loss, = self.loss_axes.plot([], [])

    def draw(self, trajectory, position: int) -> None:
        xs = trajectory.points[: position + 1, 0]
        ys = trajectory.losses[: position + 1]
        low, high = min(xs.min(), 0.0), max(xs.max(), 0.0)
        grid = np.linspace(low - 0.1, high + 0.1, 600)
        self.curve.set_data(grid, 2 * grid**2)
        self.visited.set_offsets(np.column_stack([xs, ys]))
        self.current.set_offsets([[xs[-1], ys[-1]]])
        self.function_axes.set_xlim(grid[0], grid[-1])
        self.function_axes.set_ylim(-0.1, 2 * max(grid[0] ** 2, grid[-1] ** 2) + 0.1)
        self.loss.set_data(np.arange(position + 1), ys)
        self.loss_axes.set_xlim(0, max(position, 1))
        self.loss_axes.set_ylim(0, ys.max() * 1.1)
        self.figure.canvas.draw()


def matplotlib_rate_change(scene: MatplotlibScene, steps: int, repeat: int) -> float:
    samples = []
    for rate in np.geomspace(0.01, 0.2, repeat):
        start = time.perf_counter()
        trajectory = run(Quadratic(2.0), 1.0, float(rate), steps)
        scene.draw(trajectory, steps)
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def matplotlib_frame(scene: MatplotlibScene, visited: int, repeat: int) -> float:
    trajectory = run(Quadratic(2.0), 1.0, SPREAD_RATE, visited + repeat + 1)
    samples = []
    for position in range(visited, visited + repeat):
        start = time.perf_counter()
        scene.draw(trajectory, position)
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="samples per figure (default 30)")
    options = parser.parse_args()
    app = QApplication(sys.argv)

    print(f"# {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
    print(f"# medians of {options.repeat} samples, in milliseconds")
    scene = MatplotlibScene()
    with tempfile.TemporaryDirectory() as folder:
        window = make_window(app, folder)
        print("\n(a) learning-rate change -> repaint of what changed (whole window forced)")
        print(f"{'steps':>8}  {'gdviewer first':>20}  {'gdviewer whole run':>20}  {'matplotlib':>11}")
        for steps in (100, 10_000):
            first, whole = gdviewer_rate_change(app, window, steps, options.repeat, False)
            first_all, whole_all = gdviewer_rate_change(app, window, steps, options.repeat, True)
            baseline = matplotlib_rate_change(scene, steps, options.repeat)
            print(f"{steps:>8}  {first:>8.2f} ({first_all:>8.2f})  {whole:>8.2f} ({whole_all:>8.2f})  {baseline:>11.2f}")

        print("\n(b) playback frame: step + repaint of what changed (whole window forced)")
        print(f"{'points':>8}  {'gdviewer':>20}  {'matplotlib':>11}")
        for visited in (100, 10_000, 100_000):
            frame = gdviewer_frame(app, window, visited, options.repeat, False)
            frame_all = gdviewer_frame(app, window, visited, options.repeat, True)
            baseline = matplotlib_frame(scene, visited, options.repeat)
            print(f"{visited:>8}  {frame:>8.2f} ({frame_all:>8.2f})  {baseline:>11.2f}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
