"""Render the README screenshots from the running application.

Run from the repository root: ``python docs/make_screenshots.py``. It uses
Qt's offscreen platform unless QT_QPA_PLATFORM is already set, and writes
PNG files to docs/images.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Render this checkout's code, not whichever gdviewer is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUTPUT = Path(__file__).resolve().parent / "images"


def render(window, lesson_id: str, steps: int, position: int, path: Path) -> None:
    """Show one lesson at one step and save the window as a PNG."""
    app = QApplication.instance()
    window.experiment.load_lesson(lesson_id)
    window.experiment.set_steps(steps)
    window.player.seek(position)
    settle(app, window, path)


def render_race(window, lesson_id: str, position: int, path: Path, arrows: bool = False) -> None:
    """Show a race lesson, computed to the end, at one step and save the window as a PNG."""
    app = QApplication.instance()
    window.experiment.load_lesson(lesson_id)
    while window.experiment.computing:
        app.processEvents()
    window.race_views.arrows.setChecked(arrows)
    window.player.seek(position)
    settle(app, window, path)


def settle(app, window, path: Path) -> None:
    """Let the window repaint, then save it as a PNG."""
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))
    print(f"wrote {path}")


def render_lab(window, folder: Path) -> None:
    """Render the learning-rate lab: a typed function with three kept runs, and its sweep."""
    app = QApplication.instance()
    experiment = window.experiment
    experiment.set_function("x^4 - 3x^2 + x")
    experiment.set_start(2.0)
    experiment.set_steps(25)
    for rate in (0.02, 0.1, 0.19):
        experiment.set_learning_rate(rate)
        window.comparison_panel.add_current()
    experiment.set_learning_rate(0.05)
    window.player.seek(6)
    settle(app, window, folder / "lab-comparison.png")

    window.plot_tabs.setCurrentWidget(window.sweep_view)
    while window.sweep.result is None:
        app.processEvents()
    settle(app, window, folder / "lab-sweep.png")
    window.plot_tabs.setCurrentIndex(0)


def render_optimizers(window, folder: Path, suffix: str = "") -> None:
    """Render the convergence lesson with momentum and the regression lesson with Adam and a cosine schedule."""
    app = QApplication.instance()
    experiment = window.experiment
    experiment.load_lesson("convergence")
    experiment.set_optimizer("momentum")
    experiment.set_steps(30)
    window.player.seek(2)
    settle(app, window, folder / f"optimizer-momentum{suffix}.png")

    experiment.load_lesson("regression")
    experiment.set_optimizer("adam")
    experiment.set_learning_rate(0.1)
    experiment.set_schedule("cosine")
    experiment.set_schedule_value("decay_steps", 100)
    window.player.seek(3)
    settle(app, window, folder / f"optimizer-adam{suffix}.png")


def main() -> int:
    app = QApplication(sys.argv)
    from gdviewer.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.function_plot.set_animated(False)
        window.resize(1280, 820)
        window.show()
        OUTPUT.mkdir(exist_ok=True)
        render(window, "convergence", 4, 2, OUTPUT / "main-window.png")
        window.language_switcher.set_language("ko", remember=False)
        render(window, "convergence", 4, 2, OUTPUT / "main-window.ko.png")
        render_race(window, "race-rosenbrock", 800, OUTPUT / "race-rosenbrock.ko.png")
        window.language_switcher.set_language("en", remember=False)
        render(window, "regression", 100, 100, OUTPUT / "regression.png")
        render_race(window, "race-rosenbrock", 800, OUTPUT / "race-rosenbrock.png")
        render_race(window, "race-bowl", 12, OUTPUT / "race-bowl.png", arrows=True)
        render_race(window, "race-sgd", 400, OUTPUT / "race-sgd.png")
        render_lab(window, OUTPUT)
        window.language_switcher.set_language("ko", remember=False)
        settle(app, window, OUTPUT / "lab-comparison.ko.png")
        render_optimizers(window, OUTPUT, ".ko")
        window.language_switcher.set_language("en", remember=False)
        render_optimizers(window, OUTPUT)
        # Nothing here is worth keeping: close without the unsaved-changes question.
        window.setWindowModified(False)
        window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
