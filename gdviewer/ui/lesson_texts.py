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


_EXPLANATIONS = {
    "divergence": QT_TRANSLATE_NOOP(
        "Lessons",
        "Gradient descent moves x against the slope: x := x − α·f′(x). Here the learning "
        "rate α is 1, so the whole derivative 4x is subtracted and each update is "
        "x := −3x. Watch x jump to the other side of the minimum and land farther away "
        "every time: each step is longer than the distance to the bottom. Add steps to "
        "see the loss overflow, or lower the learning rate.",
    ),
    "convergence": QT_TRANSLATE_NOOP(
        "Lessons",
        "A learning rate α = 0.1 shortens each step: x := x − 0.1·4x = 0.6x. Every update "
        "keeps 60 % of the distance to the minimum at x = 0, so x shrinks steadily: 1, "
        "0.6, 0.36, 0.216, 0.1296. Watch the loss fall on the lower plot, then drag the "
        "learning-rate slider: above 0.25 the point starts to jump across the minimum, "
        "and above 0.5 it runs away.",
    ),
    "regression-step": QT_TRANSLATE_NOOP(
        "Lessons",
        "The same update now moves two numbers, the weight w and the bias b of the line "
        "ŷ = w·x + b, to shrink the loss J = ½(y − ŷ)² on one point (2, 4). Step once and "
        "follow the panel: the prediction 2 misses by 2, so J = 2; the gradients are "
        "∂J/∂w = −4 and ∂J/∂b = −2; with α = 0.1 the update gives w = 1.4 and b = 0.2, and "
        "the new prediction 3 is closer to 4.",
    ),
    "regression": QT_TRANSLATE_NOOP(
        "Lessons",
        "Batch gradient descent fits a line to five points: each epoch averages the "
        "gradient of the mean squared error over all of them and updates w and b once. "
        "Watch the line turn on the data plot and the path of (w, b) on the loss surface: "
        "it drops quickly into a long narrow valley, then creeps along its floor, so after "
        "100 epochs at α = 0.01 it stops near w = 0.97, b = 0.85, far from the best line "
        "w = 0.6, b = 2.2. A larger learning rate helps only up to about 0.0845; beyond "
        "that the steep direction of the valley diverges.",
    ),
}


def lesson_explanation(lesson_id: str) -> str:
    """Return what the learner should watch for in this lesson, translated."""
    source = _EXPLANATIONS.get(lesson_id)
    return QCoreApplication.translate("Lessons", source) if source else ""


def lesson_title(lesson_id: str) -> str:
    """Return the lesson's title in the current language."""
    source = _TITLES.get(lesson_id) or find_lesson(lesson_id).title
    return QCoreApplication.translate("Lessons", source)
