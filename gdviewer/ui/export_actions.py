"""File > Export menu entries: figure, animation and trajectory table."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from .. import __version__
from ..core.export import TableTerms, write_race_csv, write_trajectory_csv
from ..core.frames import MAX_FRAMES, animation_steps
from ..core.lessons import LessonKind
from ..core.script import python_script, script_spec
from .figure_export import AnimationExporter, animation_suffixes, export_area, export_plot
from .race_text import racer_name


def table_terms(dimension: int) -> TableTerms:
    """Column titles of the trajectory table in the current language."""
    translate = QCoreApplication.translate
    names = ("x",) if dimension == 1 else ("w", "b") if dimension == 2 else tuple(f"x{i}" for i in range(dimension))
    return TableTerms(
        step=translate("Export", "step"),
        parameters=names,
        gradient=translate("Export", "gradient"),
        loss=translate("Export", "loss"),
        state=translate("Export", "state"),
        finite=translate("Export", "finite"),
        diverged=translate("Export", "diverged"),
    )


def write_race_table(path: str, race) -> None:
    """Write every racer's steps of a race model, with the coordinate names of its surface. Raises OSError."""
    terms = replace(table_terms(2), parameters=race.surface.axis_names)
    names = [racer_name(number, setup) for number, setup in enumerate(race.racers, start=1)]
    write_race_csv(path, race.trajectories, names, QCoreApplication.translate("Export", "racer"), terms)


class FigureOptionsDialog(QDialog):
    """Asks which plot to export and how wide the image should be."""

    def __init__(self, targets: list[str], default_width: int, parent: QWidget | None = None):
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Export", "Export Figure"))
        self.target = QComboBox()
        self.target.setObjectName("figureTarget")
        self.target.addItems(targets)
        self.width = QSpinBox()
        self.width.setObjectName("figureWidth")
        self.width.setRange(100, 8000)
        self.width.setSingleStep(100)
        self.width.setSuffix(" px")
        self.width.setValue(default_width)
        self.width.setToolTip(translate("Export", "Width of a PNG image; an SVG drawing scales freely."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(translate("Export", "Plot"), self.target)
        layout.addRow(translate("Export", "Width"), self.width)
        layout.addRow(buttons)


class AnimationOptionsDialog(QDialog):
    """Asks for the size and frame rate of an animated GIF, and states which steps its frames show."""

    def __init__(self, default_width: int, parent: QWidget | None = None, last_step: int = 0):
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Export", "Export Animation"))
        self.width = QSpinBox()
        self.width.setObjectName("animationWidth")
        self.width.setRange(100, 4000)
        self.width.setSingleStep(100)
        self.width.setSuffix(" px")
        self.width.setValue(default_width)
        self.frame_rate = QDoubleSpinBox()
        self.frame_rate.setObjectName("animationFrameRate")
        self.frame_rate.setRange(0.5, 50.0)
        self.frame_rate.setDecimals(1)
        self.frame_rate.setValue(4.0)
        self.frame_rate.setSuffix(translate("Export", " frames/s"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(translate("Export", "Width"), self.width)
        layout.addRow(translate("Export", "Frame rate"), self.frame_rate)
        self.frames = QLabel(frames_text(last_step))
        self.frames.setObjectName("animationFrames")
        self.frames.setWordWrap(True)
        layout.addRow(translate("Export", "Frames"), self.frames)
        layout.addRow(buttons)


def frames_text(last_step: int) -> str:
    """Describe the frames of an animation of steps 0 … ``last_step``: every step, or a sample of them."""
    frames = len(animation_steps(last_step))
    if frames == last_step + 1:
        return QCoreApplication.translate("Export", "{frames}: one per step from 0 to {last}").format(
            frames=frames, last=last_step
        )
    return QCoreApplication.translate(
        "Export",
        "{frames} of the {steps} steps from 0 to {last}: a run of more than {max} steps is shown at {max} "
        "evenly spaced steps, the first and the last included",
    ).format(frames=frames, steps=last_step + 1, last=last_step, max=MAX_FRAMES)


class ExportActions(QObject):
    """The export actions of a main window and the dialogs behind them.

    ``window`` must provide ``plot_area`` (the widget holding all plots),
    ``plots()`` (name -> pyqtgraph PlotWidget, in the order to offer),
    ``experiment``, ``player`` and ``statusBar()``.
    """

    def __init__(self, window, parent: QObject | None = None):
        super().__init__(parent or window)
        self._window = window
        self.figure = self._make("actionExportFigure", QKeySequence("Ctrl+E"), self.export_figure)
        self.animation = self._make("actionExportAnimation", QKeySequence("Ctrl+Shift+E"), self.export_animation)
        self.table = self._make("actionExportTrajectory", QKeySequence(), self.export_trajectory)
        self.script = self._make("actionCopyScript", QKeySequence("Ctrl+Shift+C"), self.copy_script)
        window.experiment.lessonChanged.connect(self._enable_for_lesson)
        self.retranslate()

    def all(self) -> list[QAction]:
        return [self.figure, self.animation, self.table, self.script]

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.figure.setText(translate("Export", "Export &Figure…"))
        self.figure.setToolTip(translate("Export", "Save a plot or the whole plot area as PNG or SVG"))
        self.animation.setText(translate("Export", "Export Ani&mation…"))
        self.animation.setToolTip(translate("Export", "Save the run from step 0 to the current step as an animated GIF or an MP4 video"))
        self.script.setText(translate("Export", "Copy Run as &Python Script"))
        self._enable_for_lesson()
        self.table.setText(translate("Export", "Export &Trajectory…"))
        self.table.setToolTip(translate("Export", "Save every step (parameters, gradient, loss, state) as CSV"))

    @Slot()
    @Slot(str)
    def _enable_for_lesson(self, _lesson_id: str = "") -> None:
        """Offer the script for gradient descent only: a race's optimizers are not written as scripts."""
        translate = QCoreApplication.translate
        race = self._window.experiment.kind is LessonKind.SURFACE
        self.script.setEnabled(not race)
        if race:
            self.script.setToolTip(translate("Export", "Not available in a race: the script repeats a run of gradient descent on one function or on the data"))
        else:
            self.script.setToolTip(translate("Export", "Copy a plain numpy script that repeats this run to the clipboard"))

    def _make(self, name: str, shortcut: QKeySequence, slot) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # Figure

    @Slot()
    def export_figure(self) -> None:
        translate = QCoreApplication.translate
        window = self._window
        names = [translate("Export", "Whole plot area"), *window.plots().keys()]
        options = FigureOptionsDialog(names, 2 * window.plot_area.width(), window)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        path, _filter = QFileDialog.getSaveFileName(
            window, translate("Export", "Export Figure"), "gdviewer.png",
            translate("Export", "PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.write_figure(path, options.target.currentIndex(), options.width.value())

    def write_figure(self, path: str, target: int, width: int) -> bool:
        """Write target 0 (the whole plot area) or plot ``target`` (1-based) to ``path``."""
        window = self._window
        try:
            if target == 0:
                export_area(window.plot_area, path, width)
            else:
                export_plot(list(window.plots().values())[target - 1], path, width)
        except (OSError, ValueError) as error:
            self._report_failure(path, str(error))
            return False
        window.statusBar().showMessage(QCoreApplication.translate("Export", "Saved {path}").format(path=path), 5000)
        return True

    # Animation

    @Slot()
    def export_animation(self) -> None:
        translate = QCoreApplication.translate
        window = self._window
        options = AnimationOptionsDialog(min(1200, window.plot_area.width()), window, window.player.position)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        filters = [translate("Export", "Animated GIF (*.gif)")]
        if ".mp4" in animation_suffixes():
            filters.append(translate("Export", "MP4 video (*.mp4)"))
        path, _filter = QFileDialog.getSaveFileName(
            window, translate("Export", "Export Animation"), "gdviewer.gif", ";;".join(filters)
        )
        if path:
            self.start_animation(path, options.width.value(), options.frame_rate.value())

    def start_animation(self, path: str, width: int, frames_per_second: float) -> AnimationExporter | None:
        """Start writing the GIF with a cancellable progress dialog; return the exporter."""
        translate = QCoreApplication.translate
        window = self._window
        last_step = window.player.position
        try:
            exporter = AnimationExporter(window.plot_area, window.player, path, last_step, width, frames_per_second, self)
        except ValueError as error:
            self._report_failure(path, str(error))
            return None
        progress = QProgressDialog(
            translate("Export", "Rendering frames…"), translate("Export", "Cancel"), 0, exporter.frame_count, window
        )
        progress.setObjectName("animationProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(exporter.cancel)
        exporter.progressed.connect(progress.setValue)
        exporter.finished.connect(progress.reset)
        exporter.failed.connect(progress.reset)
        exporter.finished.connect(
            lambda written: window.statusBar().showMessage(translate("Export", "Saved {path}").format(path=written), 5000)
        )
        exporter.failed.connect(lambda reason: self._animation_failed(path, reason))
        # Frames must show each point where it lands, not halfway through the glide.
        plot = getattr(window, "function_plot", None)
        if plot is not None and plot.animated:
            plot.set_animated(False)
            exporter.finished.connect(lambda _path: plot.set_animated(True))
            exporter.failed.connect(lambda _reason: plot.set_animated(True))
        exporter.start()
        return exporter

    def _animation_failed(self, path: str, reason: str) -> None:
        if reason == "cancelled":
            self._window.statusBar().showMessage(
                QCoreApplication.translate("Export", "Export cancelled; {path} was not changed.").format(path=path), 5000
            )
        else:
            self._report_failure(path, reason)

    # Trajectory table

    @Slot()
    def export_trajectory(self) -> None:
        translate = QCoreApplication.translate
        path, _filter = QFileDialog.getSaveFileName(
            self._window, translate("Export", "Export Trajectory"), "trajectory.csv",
            translate("Export", "CSV table (*.csv)"),
        )
        if path:
            self.write_trajectory(path)

    def write_trajectory(self, path: str) -> bool:
        """Write the run, or every racer of a race with a column naming the racer, as CSV."""
        experiment = self._window.experiment
        trajectory = experiment.trajectory
        try:
            if experiment.kind is LessonKind.SURFACE:
                write_race_table(path, experiment.race)
            else:
                write_trajectory_csv(path, trajectory, table_terms(trajectory.points.shape[1]))
        except OSError as error:
            self._report_failure(path, str(error))
            return False
        self._window.statusBar().showMessage(QCoreApplication.translate("Export", "Saved {path}").format(path=path), 5000)
        return True

    # Script

    def script_source(self) -> str:
        """Return a standalone script that repeats the current run."""
        experiment = self._window.experiment
        spec = script_spec(
            experiment.objective, experiment.start, experiment.learning_rate, experiment.steps,
            experiment.lesson.title,
        )
        return python_script(spec, generator=f"gdviewer {__version__}")

    @Slot()
    def copy_script(self) -> None:
        experiment = self._window.experiment
        if experiment.kind is LessonKind.SURFACE:
            return
        if not experiment.plain_descent:
            self._window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Export",
                    "The script repeats gradient descent at a constant learning rate; choose them in the Optimizer "
                    "panel to copy this run as a script.",
                ),
                8000,
            )
            return
        if experiment.samples_batches:
            self._window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Export", "The script uses every point in each update; choose batch updates to copy this run as a script."
                ),
                8000,
            )
            return
        try:
            source = self.script_source()
        except TypeError as error:
            self._window.statusBar().showMessage(str(error), 8000)
            return
        QGuiApplication.clipboard().setText(source)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Copied a Python script of this run; paste it into a file and run it."),
            8000,
        )

    def _report_failure(self, path: str, reason: str) -> None:
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("Export", "Export failed"),
            QCoreApplication.translate("Export", "Could not write {path}: {reason}. Choose another folder or name.").format(
                path=Path(path).name, reason=reason
            ),
        )
