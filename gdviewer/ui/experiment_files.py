"""File > Open, Save, Save As and Open Recent for experiment files (*.gdv)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from ..core.experiment_file import ExperimentFileError, FileProblem
from ..model.experiment_io import read_experiment, restore, save_experiment

log = logging.getLogger(__name__)

SUFFIX = ".gdv"
MAX_RECENT = 8
RECENT_KEY = "recentFiles"

#: The translatable forms of the core's FileProblem sentences.
_PROBLEM_TEXTS = {
    FileProblem.TOO_LARGE: QT_TRANSLATE_NOOP("ExperimentFiles", "the file is {size} bytes, more than the {max} bytes an experiment can have"),
    FileProblem.NOT_UTF8: QT_TRANSLATE_NOOP("ExperimentFiles", "the file is not UTF-8 text (byte {position})"),
    FileProblem.EMPTY: QT_TRANSLATE_NOOP("ExperimentFiles", "the file is empty"),
    FileProblem.NOT_JSON: QT_TRANSLATE_NOOP(
        "ExperimentFiles",
        "the file is not valid JSON (line {line}, column {column}); it may be truncated or not a gdviewer experiment",
    ),
    FileProblem.NOT_EXPERIMENT: QT_TRANSLATE_NOOP("ExperimentFiles", "the file is not a gdviewer experiment"),
    FileProblem.BAD_VERSION: QT_TRANSLATE_NOOP("ExperimentFiles", "the schema version {value} is invalid"),
    FileProblem.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "ExperimentFiles",
        "the file was written by a newer gdviewer (schema version {version}); "
        "this version reads version {supported}: update gdviewer to open it",
    ),
    FileProblem.UNKNOWN_LESSON: QT_TRANSLATE_NOOP("ExperimentFiles", "lesson {value} is unknown; known lessons: {known}"),
    FileProblem.NOT_FINITE: QT_TRANSLATE_NOOP("ExperimentFiles", "the file contains {value}, which is not a finite number"),
    FileProblem.NOT_A_NUMBER: QT_TRANSLATE_NOOP("ExperimentFiles", '"{field}" must be a number, not {value}'),
    FileProblem.OUT_OF_RANGE: QT_TRANSLATE_NOOP("ExperimentFiles", '"{field}" is {value}; it must be between {low} and {high}'),
    FileProblem.NOT_WHOLE: QT_TRANSLATE_NOOP("ExperimentFiles", '"{field}" must be a whole number, not {value}'),
    FileProblem.BAD_LIST: QT_TRANSLATE_NOOP(
        "ExperimentFiles", '"{field}" must be a list of {shortest} to {longest} numbers, not {value}'
    ),
    FileProblem.BAD_FORMULA: QT_TRANSLATE_NOOP("ExperimentFiles", '"function" must be a formula of 1 to {max} characters'),
    FileProblem.BAD_DATA: QT_TRANSLATE_NOOP("ExperimentFiles", '"data" must hold two lists, "x" and "y"'),
    FileProblem.DATA_LENGTHS: QT_TRANSLATE_NOOP("ExperimentFiles", '"data" has {x_count} x values but {y_count} y values'),
    FileProblem.DATA_COUNT: QT_TRANSLATE_NOOP("ExperimentFiles", '"data" must hold 1 to {max} points, not {count}'),
    FileProblem.DATA_VALUE: QT_TRANSLATE_NOOP("ExperimentFiles", '"data" {column} value {index} is {value}, not a finite number'),
    FileProblem.BAD_COMPARED: QT_TRANSLATE_NOOP(
        "ExperimentFiles", '"compared" must be a list of at most {max} runs, each an object'
    ),
    FileProblem.WRONG_START: QT_TRANSLATE_NOOP(
        "ExperimentFiles", "lesson {lesson} starts from {expected} number(s), but the file gives {value}"
    ),
    FileProblem.NOT_AN_OBJECT: QT_TRANSLATE_NOOP("ExperimentFiles", '"{field}" must be a JSON object, not {value}'),
    FileProblem.UNKNOWN_NAME: QT_TRANSLATE_NOOP("ExperimentFiles", '"{field}" is {value}, which is unknown; use one of: {known}'),
    FileProblem.NOT_A_SWITCH: QT_TRANSLATE_NOOP("ExperimentFiles", '"{field}" must be true or false, not {value}'),
    FileProblem.BAD_TEXT: QT_TRANSLATE_NOOP("ExperimentFiles", '"{field}" must be a text of 1 to {max} characters'),
    FileProblem.RACER_COUNT: QT_TRANSLATE_NOOP("ExperimentFiles", '"racers" must be a list of 1 to {max} racers, not {value}'),
    FileProblem.SAME_SLOT: QT_TRANSLATE_NOOP(
        "ExperimentFiles",
        '"{field}" is {value}, the slot of an earlier racer; give each racer its own slot from 0 to {high}',
    ),
    FileProblem.RACE_WITHOUT_DATA: QT_TRANSLATE_NOOP(
        "ExperimentFiles",
        'the race runs on the regression loss, but "data" is missing; add the points as "data" or race on a built-in surface',
    ),
    FileProblem.NOT_A_RACE: QT_TRANSLATE_NOOP(
        "ExperimentFiles", 'lesson {lesson} is not a race, so it cannot take "race"; remove "race" or choose a race lesson'
    ),
    FileProblem.FORMULA_SURFACE: QT_TRANSLATE_NOOP(
        "ExperimentFiles",
        "the race's surface {formula} is not a formula in x and y: {reason}; correct \"surface formula\" in the file",
    ),
    FileProblem.BAD_OPTIMIZER: QT_TRANSLATE_NOOP("ExperimentFiles", '"optimizer" is invalid: {reason}'),
    FileProblem.REJECTED: QT_TRANSLATE_NOOP("ExperimentFiles", "{reason}"),
}


def problem_text(error: ExperimentFileError) -> str:
    """Return the reason a file was rejected, in the current language."""
    return QCoreApplication.translate("ExperimentFiles", _PROBLEM_TEXTS[error.problem]).format(**error.details)


class ExperimentFileActions(QObject):
    """Open, save and remember experiment files for one window.

    The window title shows the file name and, through Qt's ``[*]``
    placeholder, a mark while there are unsaved changes.

    Signals
    -------
    pathChanged(str)
        The experiment now belongs to this file ("" for none).
    """

    pathChanged = Signal(str)

    def __init__(self, window, settings: QSettings):
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._path: Path | None = None
        self._restoring = False

        self.open_action = self._make("actionOpen", QKeySequence.StandardKey.Open, self.open_dialog)
        self.save_action = self._make("actionSave", QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = self._make("actionSaveAs", QKeySequence("Ctrl+Shift+S"), self.save_as)
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

        experiment = window.experiment
        for signal in (
            experiment.parametersChanged, experiment.dataChanged, experiment.lessonChanged,
            experiment.functionChanged, experiment.optimizerChanged, window.comparison.runsReplaced,
        ):
            signal.connect(self._mark_modified)
        # Racer and schedule edits and a new surface change only the race.
        experiment.race.setupChanged.connect(self._mark_modified)
        experiment.race.surfaceChanged.connect(self._mark_modified)
        self.retranslate()
        self._show_title()

    @property
    def path(self) -> Path | None:
        return self._path

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.open_action.setText(translate("ExperimentFiles", "&Open…"))
        self.open_action.setToolTip(translate("ExperimentFiles", "Open a saved experiment (*.gdv)"))
        self.save_action.setText(translate("ExperimentFiles", "&Save"))
        self.save_action.setToolTip(translate("ExperimentFiles", "Save the experiment: function or data, parameters, racers and step"))
        self.save_as_action.setText(translate("ExperimentFiles", "Save &As…"))
        self.recent_menu.setTitle(translate("ExperimentFiles", "Open &Recent"))
        self._show_title()

    def _make(self, name: str, shortcut, slot) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # Opening

    @Slot()
    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        translate = QCoreApplication.translate
        path, _filter = QFileDialog.getOpenFileName(
            self._window, translate("ExperimentFiles", "Open Experiment"), self._folder(),
            translate("ExperimentFiles", "gdviewer experiments (*.gdv);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Show the experiment saved in ``path``; on failure, report the reason and change nothing."""
        try:
            state = read_experiment(path)
            self._restoring = True
            try:
                restore(self._window.experiment, self._window.player, state, self._window.comparison)
            finally:
                self._restoring = False
        except ExperimentFileError as error:
            log.info("rejected experiment file %s: %s", path, error)
            self._report(path, problem_text(error))
            return False
        except OSError as error:
            self._report(path, error.strerror or str(error))
            return False
        self._set_path(Path(path))
        return True

    # Saving

    @Slot()
    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        return self.save_to(str(self._path))

    @Slot()
    def save_as(self) -> bool:
        translate = QCoreApplication.translate
        suggested = str(self._path or Path(self._folder()) / f"{self._window.experiment.lesson.id}{SUFFIX}")
        path, _filter = QFileDialog.getSaveFileName(
            self._window, translate("ExperimentFiles", "Save Experiment"), suggested,
            translate("ExperimentFiles", "gdviewer experiments (*.gdv)"),
        )
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the experiment to ``path`` and report the reason if writing fails."""
        window = self._window
        window.experiment.compute_all()
        try:
            save_experiment(path, window.experiment, window.player, window.comparison)
        except OSError as error:
            QMessageBox.warning(
                window, QCoreApplication.translate("ExperimentFiles", "Save failed"),
                QCoreApplication.translate(
                    "ExperimentFiles", "Could not save {name}: {reason}. The file on disk was not changed."
                ).format(name=Path(path).name, reason=error.strerror or str(error)),
            )
            return False
        self._set_path(Path(path))
        window.statusBar().showMessage(
            QCoreApplication.translate("ExperimentFiles", "Saved {name}").format(name=Path(path).name), 5000
        )
        return True

    def maybe_save(self) -> bool:
        """Ask whether to save unsaved changes; return False if the user cancels."""
        window = self._window
        if not window.isWindowModified():
            return True
        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            window, translate("ExperimentFiles", "Unsaved Changes"),
            translate("ExperimentFiles", "The experiment has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # Window title and recent files

    @Slot()
    def _mark_modified(self) -> None:
        if not self._restoring:
            self._window.setWindowModified(True)

    def _set_path(self, path: Path) -> None:
        self._path = path.resolve()
        self._window.setWindowModified(False)
        self._remember(self._path)
        self._show_title()
        self.pathChanged.emit(str(self._path))

    def _show_title(self) -> None:
        name = self._path.name if self._path else QCoreApplication.translate("ExperimentFiles", "Untitled")
        self._window.setWindowTitle(
            QCoreApplication.translate("ExperimentFiles", "{name}[*] — gdviewer").format(name=name)
        )

    def recent_files(self) -> list[str]:
        stored = self._settings.value(RECENT_KEY, [])
        if isinstance(stored, str):
            stored = [stored]
        return [entry for entry in stored if isinstance(entry, str)]

    def _remember(self, path: Path) -> None:
        entries = [str(path)] + [entry for entry in self.recent_files() if entry != str(path)]
        self._settings.setValue(RECENT_KEY, entries[:MAX_RECENT])

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        entries = self.recent_files()
        for number, entry in enumerate(entries, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(entry).name}")
            action.setToolTip(entry)
            action.triggered.connect(lambda _checked=False, name=entry: self._open_recent(name))
        if not entries:
            empty = self.recent_menu.addAction(QCoreApplication.translate("ExperimentFiles", "No recent files"))
            empty.setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if self.maybe_save():
            self.open_file(path)

    def _folder(self) -> str:
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def _report(self, path: str, reason: str) -> None:
        QMessageBox.warning(
            self._window, QCoreApplication.translate("ExperimentFiles", "Cannot Open Experiment"),
            QCoreApplication.translate(
                "ExperimentFiles", "{name} was not opened: {reason}. The current experiment is unchanged."
            ).format(name=Path(path).name, reason=reason),
        )
        QApplication.beep()
