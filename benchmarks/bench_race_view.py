"""Frame time of the race view while playing, and the contour map's redraw on resize.

Run from the repository root::

    python3 benchmarks/bench_race_view.py [--steps N] [--frames N]

It uses Qt's offscreen platform unless QT_QPA_PLATFORM is already set, and
prints medians and 95th percentiles in milliseconds for:

- a playback frame of the race of six optimisers on Rosenbrock (the
  lesson race-rosenbrock with 10,000 steps). The player moves by the
  steps of one timer tick at the fastest speed (480 steps per second,
  one tick per 16 ms) and the views update. Then the pending events are
  processed, which repaints what changed: contour map, loss, schedule
  position, transport, status and, every 100 ms, the step panel. Frames
  are sampled evenly over the whole race, so late frames show paths of up
  to 10,000 steps per racer. It is measured with the gradient arrows off
  and on, and once more with a forced repaint of the whole window in
  every frame, the worst case;
- the same scene drawn by matplotlib's Agg backend (contour lines, six
  paths, current points and the six loss curves), as a plain script would
  animate it;
- one chunk of the race's computation from the event loop (150 steps per
  racer) with the views' update that follows it, the work interleaved
  with frames while a race grows;
- the repaint after the window is resized, after the splitter above the
  map is dragged (which resizes the map and the plots below it), and
  after the contour map widget alone is resized, at the race's last step;
  and how many times the contour grid was computed during all of the
  above.
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
from PySide6 import __version__ as pyside_version  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyqtgraph as pg  # noqa: E402

from gdviewer.model import race as race_module  # noqa: E402
from gdviewer.model.player import MIN_INTERVAL_MS  # noqa: E402
from gdviewer.ui.main_window import MainWindow  # noqa: E402

FASTEST_SPEED = 480.0
WINDOW_SIZE = (1280, 820)


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Return the median and the 95th percentile of ``samples`` (seconds) in milliseconds."""
    values = np.asarray(samples) * 1000.0
    return float(np.median(values)), float(np.percentile(values, 95))


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def prepare(app: QApplication, window: MainWindow, steps: int) -> float:
    """Load the Rosenbrock race with ``steps`` steps and return the seconds until it is computed."""
    experiment = window.experiment
    experiment.load_lesson("race-rosenbrock")
    start = time.perf_counter()
    experiment.set_steps(steps)
    while experiment.computing:
        app.processEvents()
    elapsed = time.perf_counter() - start
    window.player.seek(0)
    settle(app)
    return elapsed


def frame_times(app: QApplication, window: MainWindow, frames: int, whole_window: bool = False) -> list[float]:
    """Time playback frames sampled evenly over the race.

    The player plays, but its timer is set so far ahead that it never
    fires: each frame moves the player by the steps of one tick, as the
    timer's slot does, so every frame is timed from the tick to the end of
    the repaint. The step panel follows a playing run every 100 ms, so
    some frames include its refresh.
    """
    player = window.player
    player.set_speed(FASTEST_SPEED)
    per_tick = player.steps_per_tick()
    last = player.last_step
    starts = np.linspace(0, last - per_tick, frames).astype(int)
    samples = []
    player.seek(0)
    player.play()
    player._timer.setInterval(3_600_000)
    assert player.playing
    for position in starts:
        player.seek(int(position))
        app.processEvents()
        start = time.perf_counter()
        player.seek(int(position) + per_tick)
        if whole_window:
            window.repaint()
        app.processEvents()
        samples.append(time.perf_counter() - start)
    player.pause()
    player.set_speed(2.0)
    settle(app)
    return samples


def chunk_times(app: QApplication, window: MainWindow, chunks: int) -> list[float]:
    """Time single chunks of the race's computation, as the event loop runs them."""
    race = window.experiment.race
    samples = []
    race.recompute()
    for _ in range(chunks):
        if not race.computing:
            race.recompute()
        start = time.perf_counter()
        race._compute_chunk()
        samples.append(time.perf_counter() - start)
    race.stop_computing()
    while race.computing:
        race._compute_chunk()
    return samples


def resize_times(app: QApplication, window: MainWindow, repeats: int) -> tuple[list[float], list[float], list[float]]:
    """Time resizes until repainted: the whole window, the splitter above the map, and the map alone."""
    window.player.seek(window.player.last_step)
    settle(app)
    sizes = [(1280, 820), (1100, 760), (1440, 900), (960, 700)]
    whole = []
    for index in range(repeats):
        start = time.perf_counter()
        window.resize(*sizes[index % len(sizes)])
        app.processEvents()
        whole.append(time.perf_counter() - start)
    window.resize(*WINDOW_SIZE)
    settle(app)

    splitter = window.plot_splitter
    heights = [(460, 300), (380, 380), (520, 240)]
    dragged = []
    for index in range(repeats):
        start = time.perf_counter()
        splitter.setSizes(list(heights[index % len(heights)]))
        app.processEvents()
        dragged.append(time.perf_counter() - start)
    plot = window.race_views.contour_plot
    alone = []
    for index in range(repeats):
        width, height = [(900, 380), (760, 420), (980, 340)][index % 3]
        start = time.perf_counter()
        plot.resize(width, height)
        plot.viewport().repaint()
        alone.append(time.perf_counter() - start)
    window.resize(*WINDOW_SIZE)
    settle(app)
    return whole, dragged, alone


class MatplotlibRace:
    """The contour map and loss plot of the race drawn with matplotlib's Agg backend."""

    def __init__(self, race, size_px=(960, 640)):
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        dpi = 100
        self.figure, (self.map_axes, self.loss_axes) = plt.subplots(
            1, 2, figsize=(size_px[0] / dpi, size_px[1] / dpi), dpi=dpi
        )
        grid = race.contour
        self.map_axes.contour(grid.xs, grid.ys, grid.values, levels=grid.levels, linewidths=0.6)
        self.loss_axes.set_yscale("log")
        self.trajectories = race.trajectories
        self.paths = [self.map_axes.plot([], [])[0] for _ in self.trajectories]
        self.losses = [self.loss_axes.plot([], [])[0] for _ in self.trajectories]
        self.current = self.map_axes.scatter([0.0] * len(self.trajectories), [0.0] * len(self.trajectories), s=60)
        self.loss_axes.set_xlim(0, race.steps)
        self.loss_axes.set_ylim(1e-30, 1e3)

    def draw(self, position: int) -> None:
        points = []
        for path, loss, trajectory in zip(self.paths, self.losses, self.trajectories):
            last = min(position, trajectory.last_step)
            path.set_data(trajectory.points[: last + 1, 0], trajectory.points[: last + 1, 1])
            loss.set_data(np.arange(last + 1), trajectory.losses[: last + 1])
            points.append(trajectory.points[last])
        self.current.set_offsets(np.array(points))
        self.figure.canvas.draw()


def matplotlib_frames(window: MainWindow, frames: int) -> list[float]:
    scene = MatplotlibRace(window.experiment.race)
    last = window.player.last_step
    samples = []
    for position in np.linspace(8, last, frames).astype(int):
        start = time.perf_counter()
        scene.draw(int(position))
        samples.append(time.perf_counter() - start)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=10_000, help="steps per racer (default 10000)")
    parser.add_argument("--frames", type=int, default=200, help="frames sampled per measurement (default 200)")
    options = parser.parse_args()

    app = QApplication(sys.argv[:1])
    computed = []
    original = race_module.contour_grid

    def counting_grid(*arguments, **keywords):
        computed.append(1)
        return original(*arguments, **keywords)

    race_module.contour_grid = counting_grid
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(app)

        print(f"Python {platform.python_version()}, PySide6 {pyside_version}, pyqtgraph {pg.__version__}, "
              f"numpy {np.__version__}, {platform.machine()}, {os.cpu_count()} cores, "
              f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
        seconds = prepare(app, window, options.steps)
        print(f"race of 6 optimizers x {options.steps} steps computed in chunks from the event loop: {seconds * 1e3:.0f} ms")
        window.player.set_speed(FASTEST_SPEED)
        print(f"steps per frame at {FASTEST_SPEED:g} steps/s and a {MIN_INTERVAL_MS} ms tick: "
              f"{window.player.steps_per_tick()}")

        median, p95 = percentiles(frame_times(app, window, options.frames))
        print(f"playback frame, arrows off: median {median:.1f} ms, 95th percentile {p95:.1f} ms")
        window.race_views.arrows.setChecked(True)
        median, p95 = percentiles(frame_times(app, window, options.frames))
        print(f"playback frame, arrows on:  median {median:.1f} ms, 95th percentile {p95:.1f} ms")
        window.race_views.arrows.setChecked(False)
        median, p95 = percentiles(frame_times(app, window, options.frames, whole_window=True))
        print(f"playback frame with the whole window repainted: median {median:.1f} ms, 95th percentile {p95:.1f} ms")

        median, p95 = percentiles(matplotlib_frames(window, max(20, options.frames // 5)))
        print(f"matplotlib Agg frame of the same scene: median {median:.1f} ms, 95th percentile {p95:.1f} ms")

        median, p95 = percentiles(chunk_times(app, window, 40))
        print(f"one computed chunk (6 racers x 150 steps): median {median:.1f} ms, 95th percentile {p95:.1f} ms")

        whole, dragged, alone = resize_times(app, window, 40)
        median, p95 = percentiles(whole)
        print(f"window resized, everything repainted: median {median:.1f} ms, 95th percentile {p95:.1f} ms")
        median, p95 = percentiles(dragged)
        print(f"splitter above the map dragged, the map and the plots below repainted: "
              f"median {median:.1f} ms, 95th percentile {p95:.1f} ms")
        median, p95 = percentiles(alone)
        print(f"contour map alone resized and repainted: median {median:.1f} ms, 95th percentile {p95:.1f} ms")
        print(f"contour grid computations during all of the above: {len(computed)}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
