"""Repaint time of the regression views when the player moves or the data changes.

Run from the repository root::

    python benchmarks/bench_regression.py [--repeats N]

It uses Qt's offscreen platform unless QT_QPA_PLATFORM is already set. A
model change is the player moving one epoch or a data point being moved.
Each figure is the median over many frames of the time from such a change
until the four views (data plot, contour map, loss plot, w and b plot)
have repainted: ``time.perf_counter`` around the change, ``repaint()`` of
each view and ``processEvents()``. The whole window's repaint, with the step
panel and the status bar, is measured the same way.
"""

from __future__ import annotations

import argparse
import os
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

from gdviewer.core.datasets import Dataset  # noqa: E402
from gdviewer.ui.main_window import MainWindow  # noqa: E402


def measure(app: QApplication, change, paint, repeats: int) -> float:
    """Return the median milliseconds of ``change(i)`` followed by ``paint()``."""
    samples = []
    for i in range(repeats):
        start = time.perf_counter()
        change(i)
        paint()
        app.processEvents()
        samples.append(time.perf_counter() - start)
    return 1000.0 * statistics.median(samples)


def prepare(window: MainWindow, app: QApplication, epochs: int, points: int) -> None:
    experiment = window.experiment
    experiment.load_lesson("regression")
    if points != 5:
        generator = np.random.default_rng(1)
        x = generator.uniform(0.0, 10.0, points)
        experiment.replace_dataset(Dataset(x, 0.6 * x + 2.2 + generator.normal(0.0, 1.0, points)), "benchmark data")
    experiment.set_steps(epochs)
    while experiment.computing:
        app.processEvents()
    window.player.seek(0)
    app.processEvents()


def run_case(window, app, epochs: int, points: int, repeats: int) -> dict[str, float]:
    prepare(window, app, epochs, points)
    views = window.regression_views.plots()
    last = window.player.last_step

    def paint_views():
        for view in views:
            view.repaint()

    def step(i):
        window.player.seek((i * max(1, last // repeats)) % last + 1)

    def move_point(i):
        dataset = window.experiment.dataset
        window.experiment.move_point(0, float(dataset.x[0]), float(dataset.y[0]) + 0.01, gesture=1)

    results = {
        "step, four views": measure(app, step, paint_views, repeats),
        "step, whole window": measure(app, step, window.repaint, repeats),
        "move a point, four views": measure(app, move_point, paint_views, max(5, repeats // 10)),
    }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200, help="frames measured per case (default 200)")
    options = parser.parse_args()

    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(1280, 820)
        window.show()
        app.processEvents()
        cases = [("100 epochs, 5 points", 100, 5), ("10,000 epochs, 5 points", 10_000, 5),
                 ("100 epochs, 10,000 points", 100, 10_000)]
        print(f"{'case':<28} {'measurement':<26} {'median ms':>9}")
        for name, epochs, points in cases:
            for measurement, milliseconds in run_case(window, app, epochs, points, options.repeats).items():
                print(f"{name:<28} {measurement:<26} {milliseconds:>9.2f}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
