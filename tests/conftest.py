"""Shared fixtures: an offscreen Qt platform and settings kept in tmp_path."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's saved preferences (QSettings) and locale out of the tests:
# English unless a test asks for Korean.
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
