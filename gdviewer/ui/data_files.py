"""File > Import Data… and Export Data…: CSV files in and out of the experiment."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.datasets import CsvError, Dataset, load_csv, save_csv
from ..core.lessons import LessonKind
from ..model.data_messages import data_overflows, overflow_message
from ..model.experiment import Experiment
from .data_texts import csv_error_text

log = logging.getLogger(__name__)

_FOLDER_KEY = "data/lastFolder"


class DataFileActions(QObject):
    """The import and export actions, enabled for regression lessons only.

    ``import_file`` and ``export_file`` do the work without dialogs, so a
    caller (or a test) can pass a path; the actions ask for one first.

    Signals
    -------
    messageReady(str)
        A sentence for the status bar: what was imported or exported, or
        why a file was rejected.
    """

    messageReady = Signal(str)

    def __init__(self, experiment: Experiment, settings: QSettings, window: QWidget):
        super().__init__(window)
        self._experiment = experiment
        self._settings = settings
        self._window = window

        self.import_action = QAction(window)
        self.import_action.setObjectName("actionImportData")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_and_import)
        self.export_action = QAction(window)
        self.export_action.setObjectName("actionExportData")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.export_action.triggered.connect(self.choose_and_export)

        experiment.lessonChanged.connect(self._enable_for_lesson)
        self._enable_for_lesson()
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(QCoreApplication.translate("DataFiles", "&Import Data…"))
        self.import_action.setToolTip(QCoreApplication.translate("DataFiles", "Replace the data with the x and y columns of a CSV file"))
        self.export_action.setText(QCoreApplication.translate("DataFiles", "&Export Data…"))
        self.export_action.setToolTip(QCoreApplication.translate("DataFiles", "Save the current data as a CSV file"))

    def import_file(self, path: str | Path) -> str | None:
        """Replace the experiment's data by a CSV file's; return the error or None.

        A rejected file leaves the data as it was.
        """
        path = Path(path)
        try:
            dataset = load_csv(path)
        except CsvError as error:
            message = QCoreApplication.translate("DataFiles", "{name} was not imported. {reason}").format(name=path.name, reason=csv_error_text(error))
        except OSError as error:
            message = QCoreApplication.translate("DataFiles", "{name} cannot be read: {reason}").format(name=path.name, reason=error.strerror)
        else:
            text = QCoreApplication.translate("DataFiles", "Import {name}").format(name=path.name)
            if self._experiment.replace_dataset(dataset, text):
                self.messageReady.emit(QCoreApplication.translate("DataFiles", "Imported {count} points from {name}").format(count=len(dataset), name=path.name))
                return None
            message = self._rejection_text(path, dataset)
        log.info("import of %s rejected: %s", path, message)
        self.messageReady.emit(message)
        return message

    def _rejection_text(self, path: Path, dataset: Dataset) -> str:
        """Say why the experiment rejected the data read from ``path``."""
        if data_overflows(dataset):
            return QCoreApplication.translate("DataFiles", "{name} was not imported. {reason}").format(
                name=path.name, reason=overflow_message(dataset)
            )
        return QCoreApplication.translate("DataFiles", "{name} was not imported: the loss is not finite on its data.").format(name=path.name)

    def export_file(self, path: str | Path) -> str | None:
        """Write the experiment's data to a CSV file; return the error or None."""
        path = Path(path)
        dataset = self._experiment.dataset
        if dataset is None:
            return QCoreApplication.translate("DataFiles", "This lesson has no data to export.")
        try:
            save_csv(dataset, path)
        except OSError as error:
            message = QCoreApplication.translate("DataFiles", "{name} cannot be written: {reason}").format(name=path.name, reason=error.strerror)
            log.warning("export to %s failed: %s", path, error)
            self.messageReady.emit(message)
            return message
        self.messageReady.emit(QCoreApplication.translate("DataFiles", "Exported {count} points to {name}").format(count=len(dataset), name=path.name))
        return None

    @Slot()
    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, QCoreApplication.translate("DataFiles", "Import Data"), self._folder(), QCoreApplication.translate("DataFiles", "CSV files (*.csv *.tsv *.txt);;All files (*)")
        )
        if not path:
            return
        self._remember_folder(path)
        message = self.import_file(path)
        if message is not None:
            QMessageBox.warning(self._window, QCoreApplication.translate("DataFiles", "Import Data"), message)

    @Slot()
    def choose_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window, QCoreApplication.translate("DataFiles", "Export Data"), str(Path(self._folder()) / "data.csv"), QCoreApplication.translate("DataFiles", "CSV files (*.csv)")
        )
        if not path:
            return
        self._remember_folder(path)
        message = self.export_file(path)
        if message is not None:
            QMessageBox.warning(self._window, QCoreApplication.translate("DataFiles", "Export Data"), message)

    def _folder(self) -> str:
        return str(self._settings.value(_FOLDER_KEY, str(Path.home())))

    def _remember_folder(self, path: str) -> None:
        self._settings.setValue(_FOLDER_KEY, str(Path(path).parent))

    @Slot(str)
    def _enable_for_lesson(self, _lesson_id: str = "") -> None:
        enabled = self._experiment.kind is LessonKind.REGRESSION
        self.import_action.setEnabled(enabled)
        self.export_action.setEnabled(enabled)
