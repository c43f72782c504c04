"""Translatable titles of the built-in lessons.

The core keeps English titles; this table marks the same titles for Qt's
translation tools under the context "Lessons".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.lessons import find_lesson

_TITLES = {
    "divergence": QT_TRANSLATE_NOOP("Lessons", "Divergence without a learning rate"),
    "convergence": QT_TRANSLATE_NOOP("Lessons", "Convergence with learning rate 0.1"),
    "regression-step": QT_TRANSLATE_NOOP("Lessons", "One step of linear regression"),
    "regression": QT_TRANSLATE_NOOP("Lessons", "Linear regression by gradient descent"),
}


def lesson_title(lesson_id: str) -> str:
    """Return the lesson's title in the current language."""
    source = _TITLES.get(lesson_id) or find_lesson(lesson_id).title
    return QCoreApplication.translate("Lessons", source)
