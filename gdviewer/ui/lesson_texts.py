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
    "race-bowl": QT_TRANSLATE_NOOP("Lessons", "Race on the ill-conditioned bowl x² + 10y²"),
    "race-rosenbrock": QT_TRANSLATE_NOOP("Lessons", "Race through Rosenbrock's valley"),
    "race-beale": QT_TRANSLATE_NOOP("Lessons", "Race across Beale's plateaus"),
    "race-himmelblau": QT_TRANSLATE_NOOP("Lessons", "Race to one of Himmelblau's four minima"),
    "race-saddle": QT_TRANSLATE_NOOP("Lessons", "Race away from the saddle x² − y²"),
    "race-sgd": QT_TRANSLATE_NOOP("Lessons", "Batch, mini-batch and stochastic gradient descent"),
    "race-adam-bias": QT_TRANSLATE_NOOP("Lessons", "Adam with and without bias correction"),
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
    "race-bowl": QT_TRANSLATE_NOOP(
        "Lessons",
        "Six optimizers start from the same point on f(x, y) = x² + 10y², a bowl ten times steeper "
        "along y than along x. Gradient descent must keep α below 0.1 for the steep direction, so it "
        "zigzags across the valley and creeps along it. Momentum and Nesterov build up speed along the "
        "floor; AdaGrad, RMSProp and Adam scale each coordinate on its own. Turn on the gradient arrows "
        "(Ctrl+G) to see that −∇f points across the valley, not to the minimum.",
    ),
    "race-rosenbrock": QT_TRANSLATE_NOOP(
        "Lessons",
        "Rosenbrock's function has its minimum at (1, 1) at the end of a long, curved, nearly flat "
        "valley. Every racer finds the valley within a few steps, then the race is about following its "
        "floor. Switch the loss plot to a log scale to compare how fast each one closes in, and click "
        "the map to start somewhere else.",
    ),
    "race-beale": QT_TRANSLATE_NOOP(
        "Lessons",
        "Beale's function is flat over wide plateaus and steep near its edges, with a narrow minimum at "
        "(3, 0.5). Small gradients on the plateau make fixed-rate methods slow, while the adaptive "
        "methods rescale them.",
    ),
    "race-himmelblau": QT_TRANSLATE_NOOP(
        "Lessons",
        "Himmelblau's function has four minima of the same height. Which one a racer reaches depends on "
        "the start and on how it moves: momentum can carry a racer past one valley into another. Click "
        "the map to try other starts.",
    ),
    "race-saddle": QT_TRANSLATE_NOOP(
        "Lessons",
        "On f(x, y) = x² − y² the origin is a saddle point: the gradient is zero there, yet it is a minimum "
        "along x and a maximum along y. Starting near y = 0, gradient descent slides towards the saddle "
        "and slows down before it escapes along y; the loss then falls without bound and goes below 0.",
    ),
    "race-sgd": QT_TRANSLATE_NOOP(
        "Lessons",
        "Three runs of gradient descent on the loss J(w, b) of the five points of the regression "
        "lesson, with α = 0.02: one uses all points in every update, one a random mini-batch of two, "
        "one a single random point. The stochastic paths are noisy and keep jittering around the "
        "optimum (0.6, 2.2). Change a seed to draw other batches; Reset repeats the same ones.",
    ),
    "race-adam-bias": QT_TRANSLATE_NOOP(
        "Lessons",
        "Adam's moment estimates m and v start at 0. Bias correction divides them by 1 − βᵗ so that the "
        "first steps have the intended length α. Without it, v is far too small at first and the "
        "first step is about 3.16 times as long. Compare the two paths and the corrected moments mˆ and vˆ "
        "in the step panel.",
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
