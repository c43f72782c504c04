"""Writing an experiment to a file without opening a window: ``--export OUT``."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from .core.lessons import LessonKind

#: Output suffixes that ``--export`` accepts, each naming a format.
SUFFIXES = (".png", ".svg", ".gif", ".mp4", ".csv", ".py", ".gdv")
FIGURE_SUFFIXES = (".png", ".svg", ".gif", ".mp4")
EXIT_USAGE = 2


def check_output(path: str) -> str | None:
    """Return why ``path`` cannot be written, or None if it can."""
    target = Path(path)
    suffix = target.suffix.lower()
    translate = QCoreApplication.translate
    if _names_folder(path):
        return translate(
            "Batch",
            "--export {path} is a folder, not a file: give a file name ending in one of the suffixes {suffixes}, "
            "such as {example}",
        ).format(path=path, suffixes=", ".join(SUFFIXES), example=str(target / "run.png"))
    if suffix not in SUFFIXES:
        return translate("Batch", "cannot export to {name}: use one of the suffixes {suffixes}").format(
            name=target.name, suffixes=", ".join(SUFFIXES)
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        return translate("Batch", "cannot export to {path}: the folder {folder} does not exist").format(
            path=path, folder=folder
        )
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        return translate("Batch", "cannot export to {path}: it is not writable; choose another folder").format(path=path)
    return None


def _names_folder(path: str) -> bool:
    """Return True if ``path`` ends with a path separator or names an existing folder."""
    separators = tuple(separator for separator in (os.sep, os.altsep) if separator)
    return path.endswith(separators) or Path(path).is_dir()


def export(options: argparse.Namespace, path: str, apply_options) -> int:
    """Write the experiment chosen by ``options`` to ``path`` and return the exit status.

    ``apply_options(experiment, options)`` loads the lesson or file and the
    overrides into an experiment, as for the window.
    """
    from .model.experiment import Experiment
    from .model.experiment_io import capture
    from .model.player import Player

    suffix = Path(path).suffix.lower()
    race = _chosen_kind(options) is LessonKind.SURFACE
    if race and suffix == ".py":
        sys.stderr.write(
            QCoreApplication.translate(
                "Batch", "gdviewer: a race cannot be exported as a Python script; choose .csv, .gdv or a figure suffix"
            )
            + "\n"
        )
        return EXIT_USAGE
    try:
        if suffix in FIGURE_SUFFIXES:
            _export_figure(options, path, apply_options)
            return 0
        experiment = Experiment()
        player = Player(experiment)
        apply_options(experiment, options)
        experiment.compute_all()
        player.seek(getattr(options, "position", None) or experiment.last_step)
        if suffix == ".csv" and race:
            from .ui.export_actions import write_race_table

            write_race_table(path, experiment.race)
        elif suffix == ".csv":
            from .core.export import write_trajectory_csv
            from .ui.export_actions import table_terms

            trajectory = experiment.trajectory
            write_trajectory_csv(path, trajectory, table_terms(trajectory.points.shape[1]))
        elif suffix == ".py":
            from .core.files import atomic_write_text
            from .core.script import python_script, script_spec

            if not experiment.plain_descent:
                sys.stderr.write(
                    QCoreApplication.translate(
                        "Batch",
                        "gdviewer: the script repeats gradient descent at a constant learning rate; "
                        "drop --optimizer (or open a file without one) to export a script, or choose .csv or .gdv",
                    )
                    + "\n"
                )
                return EXIT_USAGE

            spec = script_spec(
                experiment.objective, experiment.start, experiment.learning_rate, experiment.steps,
                experiment.lesson.title,
            )
            atomic_write_text(path, python_script(spec))
        else:
            from .core.experiment_file import save

            save(path, capture(experiment, player))
    except OSError as error:
        sys.stderr.write(
            QCoreApplication.translate("Batch", "gdviewer: writing {path} failed: {reason}").format(
                path=path, reason=error.strerror or error
            )
            + "\n"
        )
        return EXIT_USAGE
    return 0


def _chosen_kind(options: argparse.Namespace):
    from .app import chosen_lesson

    return chosen_lesson(options).kind


def _quiet_offscreen_messages(kind, context, message: str) -> None:
    """Pass Qt's messages on to stderr, except the offscreen platform's note about size hints."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _announce_frames(steps) -> None:
    """Write to stderr which steps the animation shows."""
    from .core.frames import MAX_FRAMES

    last = int(steps[-1])
    if len(steps) == last + 1:
        line = QCoreApplication.translate("Batch", "gdviewer: rendering {frames} frames, one per step from 0 to {last}")
    else:
        line = QCoreApplication.translate(
            "Batch",
            "gdviewer: rendering {frames} frames for steps 0 to {last} (a run of more than {max} steps "
            "is shown at {max} evenly spaced steps, the first and the last included)",
        )
    sys.stderr.write(line.format(frames=len(steps), last=last, max=MAX_FRAMES) + "\n")


def _progress_reporter(total: int, path: str):
    """Return a slot that writes a line to stderr per tenth of the frames rendered, and one before writing."""
    reported = 0

    def report(done: int) -> None:
        nonlocal reported
        tenths = done * 10 // total
        if tenths > reported:
            reported = tenths
            sys.stderr.write(
                QCoreApplication.translate("Batch", "gdviewer: {percent} % ({done} of {total} frames)").format(
                    percent=10 * tenths, done=done, total=total
                )
                + "\n"
            )
        if done == total:
            sys.stderr.write(QCoreApplication.translate("Batch", "gdviewer: writing {path}").format(path=path) + "\n")
        sys.stderr.flush()

    return report


def _export_figure(options: argparse.Namespace, path: str, apply_options) -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_quiet_offscreen_messages)

    from .ui.figure_export import AnimationExporter, export_area
    from .ui.main_window import MainWindow

    application = QApplication.instance()
    with tempfile.TemporaryDirectory() as folder:
        # A settings file of its own, so a batch export never changes the user's layout.
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.function_plot.set_animated(False)
        window.resize(1280, 820)
        window.show()
        apply_options(window.experiment, options)
        window.experiment.compute_all()
        position = getattr(options, "position", None)
        window.player.seek(window.experiment.last_step if position is None else position)
        for _ in range(3):
            application.processEvents()
        if path.lower().endswith((".gif", ".mp4")):
            exporter = AnimationExporter(window.plot_area, window.player, path, window.player.position, 800, 4.0)
            failures: list[str] = []
            exporter.failed.connect(failures.append)
            _announce_frames(exporter.steps)
            exporter.progressed.connect(_progress_reporter(exporter.frame_count, path))
            exporter.run_to_end()
            if failures:
                raise OSError(failures[0])
        else:
            export_area(window.plot_area, path)
        window.setWindowModified(False)
        window.close()
