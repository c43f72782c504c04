"""Choosing and switching the interface language (Korean or English).

Translations are Qt .qm files compiled from resources/translations/*.ts.
Installing a new translator makes Qt send QEvent.LanguageChange to every
widget, and each widget then sets its texts again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from .resources import resource_path

log = logging.getLogger(__name__)

#: Language codes offered, with each language's name in itself.
LANGUAGES: dict[str, str] = {"ko": "한국어", "en": "English"}
SETTINGS_KEY = "language"


def system_language() -> str:
    """Return "ko" on a Korean system locale, "en" otherwise."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def choose_language(requested: str | None, settings: QSettings | None) -> str:
    """Pick the language: the command line first, then the saved choice, then the locale."""
    if requested in LANGUAGES:
        return requested
    if settings is not None:
        saved = settings.value(SETTINGS_KEY)
        if saved in LANGUAGES:
            return saved
    return system_language()


class LanguageSwitcher(QObject):
    """Installs the translators of one language at a time.

    Signals
    -------
    languageChanged(str)
        The new language code, after its translators are installed.
    """

    languageChanged = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._language: str | None = None
        self._translators: list[QTranslator] = []

    @property
    def language(self) -> str | None:
        return self._language

    def set_language(self, language: str, remember: bool = True) -> None:
        """Install the translations of ``language`` ("ko" or "en").

        Raises ValueError for any other code. With ``remember`` the choice
        is saved for the next start.
        """
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; use one of {', '.join(LANGUAGES)}")
        if remember and self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, language)
        if language == self._language:
            return
        application = QCoreApplication.instance()
        for translator in self._translators:
            application.removeTranslator(translator)
        self._translators = [
            translator
            for translator in (self._load_own(language), self._load_qt(language))
            if translator is not None
        ]
        for translator in self._translators:
            application.installTranslator(translator)
        self._language = language
        self.languageChanged.emit(language)

    def remove(self) -> None:
        """Uninstall this switcher's translators (the source texts show again)."""
        application = QCoreApplication.instance()
        for translator in self._translators:
            application.removeTranslator(translator)
        self._translators = []
        self._language = None

    def _load_own(self, language: str) -> QTranslator | None:
        translator = QTranslator(self)
        folder = str(resource_path("translations"))
        if not translator.load(f"gdviewer_{language}", folder):
            # The source texts are English, so English needs no file.
            if language != "en":
                log.warning("translation gdviewer_%s.qm was not found in %s", language, folder)
            return None
        return translator

    def _load_qt(self, language: str) -> QTranslator | None:
        """Load Qt's own translations, for the texts of standard dialogs."""
        translator = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not translator.load(f"qtbase_{language}", folder):
            return None
        return translator


def hangul_font_families() -> list[str]:
    """Return the installed font families that contain the syllable '학'.

    Needs a QGuiApplication.
    """
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    families = []
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
        if QFontMetrics(QFont(family)).inFontUcs4(ord("학")):
            families.append(family)
    return families
