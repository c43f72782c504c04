"""The text under the lesson list: the lesson's explanation, or one that fits the run.

A lesson's explanation describes the lesson as loaded: its function or
surface, plain gradient descent and a constant learning rate. Once the
learner types a surface formula, picks another surface, or picks another
optimiser or a schedule, that explanation would be false, so this module
returns a short one that describes what is running instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.lessons import LessonKind
from ..core.race_setup import FORMULA_SURFACE, surface_of
from ..model.experiment import Experiment
from .lesson_texts import lesson_explanation
from .race_names import optimizer_name, schedule_name, surface_name


def run_explanation(experiment: Experiment) -> str:
    """Return the translated text that describes the experiment's current run.

    Returns an empty string for a typed function run by plain gradient
    descent, because no lesson describes it.
    """
    lesson = experiment.lesson
    if experiment.kind is LessonKind.SURFACE:
        surface = experiment.race.surface
        if surface.name == FORMULA_SURFACE:
            return _typed_surface_text()
        if surface.name != surface_of(lesson.objective, lesson.start).name:
            return _other_surface_text(surface.name)
        return lesson_explanation(lesson.id)
    if not experiment.plain_descent:
        return _optimizer_text(experiment.optimizer_setup.name, experiment.schedule_setup.name)
    if experiment.custom_function:
        return ""
    return lesson_explanation(lesson.id)


def _typed_surface_text() -> str:
    return QCoreApplication.translate(
        "RunExplanation",
        "The race now runs on the formula you typed, so the lesson's explanation no longer applies. "
        "The contour map shows f(x, y) from above: each line joins points of equal value, and lines "
        "close together mean a steep slope. Every racer starts at the same point and draws its path in "
        "its own colour, and the loss plot shows f at each of its steps. Click the map to start "
        "somewhere else.",
    )


def _other_surface_text(name: str) -> str:
    return QCoreApplication.translate(
        "RunExplanation",
        "The race now runs on {surface}, not on the lesson's surface, so the lesson's explanation no "
        "longer applies. The contour map shows the surface from above, each racer draws its path in its "
        "own colour, and the loss plot shows the value at each of its steps. Choose the lesson again to "
        "go back to its surface.",
    ).format(surface=surface_name(name))


def _optimizer_text(optimizer: str, schedule: str) -> str:
    """Describe an optimiser other than gradient descent, a schedule, or both."""
    sentences = []
    if optimizer == "gd":
        sentences.append(QCoreApplication.translate(
            "RunExplanation",
            "Gradient descent now runs with a learning-rate schedule, so the lesson's numbers for a "
            "constant α no longer apply.",
        ))
    else:
        sentences.append(QCoreApplication.translate(
            "RunExplanation",
            "This run uses {optimizer} instead of the plain gradient descent that the lesson describes.",
        ).format(optimizer=optimizer_name(optimizer)))
        sentences.append(_optimizer_difference(optimizer))
    if schedule != "constant":
        sentences.append(QCoreApplication.translate(
            "RunExplanation",
            "The learning-rate schedule, {schedule}, changes α from one update to the next, and the plot "
            "beside the loss shows every α_k.",
        ).format(schedule=schedule_name(schedule)))
    sentences.append(QCoreApplication.translate(
        "RunExplanation", "The step panel shows each update with its numbers."
    ))
    return " ".join(sentences)


def _optimizer_difference(optimizer: str) -> str:
    """Return one or two sentences on how an optimiser differs from gradient descent."""
    texts = {
        "momentum": QCoreApplication.translate(
            "RunExplanation",
            "Momentum keeps a velocity v. Each update shrinks v to μ·v, adds −α·∇f to it and moves the "
            "point by v. Steps grow along a steady slope and carry the point "
            "past the minimum, so it swings around the minimum before it settles.",
        ),
        "nesterov": QCoreApplication.translate(
            "RunExplanation",
            "Nesterov also keeps a velocity, but it takes the gradient where the velocity is about to "
            "carry the point, at x + μ·v. Looking ahead lets it brake before the minimum, so it "
            "overshoots less than plain momentum.",
        ),
        "adagrad": QCoreApplication.translate(
            "RunExplanation",
            "AdaGrad divides α by the square root of the sum of all squared gradients so far, for each "
            "coordinate on its own. Steep directions get short steps at once, and because the sum only "
            "grows, the effective learning rate only shrinks and the run can stall before the minimum.",
        ),
        "rmsprop": QCoreApplication.translate(
            "RunExplanation",
            "RMSProp divides α by the square root of a moving average of squared gradients, which "
            "forgets old gradients at the rate ρ. Unlike AdaGrad's sum, the average can fall again, so "
            "the effective learning rate recovers when the gradients get small.",
        ),
        "adam": QCoreApplication.translate(
            "RunExplanation",
            "Adam combines both ideas: a moving average m of the gradients acts as momentum, and a "
            "moving average v of their squares scales each coordinate as in RMSProp. Both start at 0, "
            "so bias correction divides them by 1 − βᵗ to give the first steps their intended length α.",
        ),
    }
    return texts.get(optimizer, "")
