"""Shared fixtures: an offscreen Qt platform and settings kept in tmp_path."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's saved preferences (QSettings) and locale out of the tests:
# English unless a test requests Korean.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gdviewer-tests-")
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

import pytest  # noqa: E402


@pytest.fixture
def settings(tmp_path):
    """A QSettings stored in a file of the test's own, never the user's."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    """The main window, shown, on the default lesson.

    After the test it checks that closing the window stopped every timer.
    """
    from gdviewer.ui.main_window import MainWindow

    main_window = MainWindow(settings)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.close()
    assert not main_window.player.playing
    assert not main_window.experiment.computing or not main_window.experiment._continue_timer.isActive()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Answer message boxes at once instead of waiting for a click that never comes.

    Returns the list of (kind, title, text) shown during the test; questions
    are answered with Discard unless a test puts another answer in
    ``message_boxes.answer``.
    """
    from PySide6.QtWidgets import QMessageBox

    class Recorder(list):
        answer = QMessageBox.StandardButton.Discard

    shown = Recorder()

    def record(kind):
        def show(parent, title, text, *rest, **options):
            shown.append((kind, title, text))
            return shown.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown
