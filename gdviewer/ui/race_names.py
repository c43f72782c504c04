"""Translated names and descriptions of optimisers, schedules, hyperparameters and surfaces."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.numbers import format_number
from ..core.race_setup import FORMULA_SURFACE, REGRESSION_SURFACE, RacerSetup


def optimizer_name(name: str) -> str:
    """Return the display name of an optimiser registered as ``name``."""
    names = {
        "gd": QCoreApplication.translate("RaceNames", "Gradient descent"),
        "momentum": QCoreApplication.translate("RaceNames", "Momentum"),
        "nesterov": QCoreApplication.translate("RaceNames", "Nesterov"),
        "adagrad": QCoreApplication.translate("RaceNames", "AdaGrad"),
        "rmsprop": QCoreApplication.translate("RaceNames", "RMSProp"),
        "adam": QCoreApplication.translate("RaceNames", "Adam"),
    }
    return names.get(name, name)


def optimizer_description(name: str) -> str:
    """Return one sentence on how an optimiser updates, for a tooltip."""
    descriptions = {
        "gd": QCoreApplication.translate("RaceNames", "x := x − α·∇f(x). Plain gradient descent."),
        "momentum": QCoreApplication.translate(
            "RaceNames", "Heavy ball: v := μ·v − α·∇f(x), x := x + v. The velocity keeps a fraction μ of the last step."
        ),
        "nesterov": QCoreApplication.translate(
            "RaceNames", "Like momentum, but the gradient is taken at the look-ahead point x + μ·v."
        ),
        "adagrad": QCoreApplication.translate(
            "RaceNames", "Divides α by the root of the sum of all squared gradients, per coordinate, so steps only shrink."
        ),
        "rmsprop": QCoreApplication.translate(
            "RaceNames", "Divides α by the root of a moving average of squared gradients, per coordinate."
        ),
        "adam": QCoreApplication.translate(
            "RaceNames", "Momentum on the gradient (m) scaled by a moving root mean square (v), both bias-corrected."
        ),
    }
    return descriptions.get(name, "")


def schedule_name(name: str) -> str:
    names = {
        "constant": QCoreApplication.translate("RaceNames", "Constant"),
        "step": QCoreApplication.translate("RaceNames", "Step decay"),
        "exponential": QCoreApplication.translate("RaceNames", "Exponential decay"),
        "cosine": QCoreApplication.translate("RaceNames", "Cosine decay"),
    }
    return names.get(name, name)


def schedule_description(name: str) -> str:
    """Return one sentence on how a schedule sets α_k, for a tooltip."""
    descriptions = {
        "constant": QCoreApplication.translate("RaceNames", "The same learning rate α for every update."),
        "step": QCoreApplication.translate("RaceNames", "Multiply α by γ every s updates."),
        "exponential": QCoreApplication.translate("RaceNames", "Multiply α by γ after every update."),
        "cosine": QCoreApplication.translate(
            "RaceNames", "Lower α along half a cosine wave over K updates, then hold it at φ·α."
        ),
    }
    return descriptions.get(name, "")


def hyperparameter_label(name: str) -> str:
    """Return the label of a hyperparameter input, with its symbol."""
    labels = {
        "momentum": QCoreApplication.translate("RaceNames", "Momentum μ"),
        "decay": QCoreApplication.translate("RaceNames", "Decay ρ"),
        "beta1": QCoreApplication.translate("RaceNames", "β₁"),
        "beta2": QCoreApplication.translate("RaceNames", "β₂"),
        "epsilon": QCoreApplication.translate("RaceNames", "ε"),
        "bias_correction": QCoreApplication.translate("RaceNames", "Bias correction"),
        "step_size": QCoreApplication.translate("RaceNames", "Every s steps"),
        "factor": QCoreApplication.translate("RaceNames", "Factor γ"),
        "decay_rate": QCoreApplication.translate("RaceNames", "Decay per step γ"),
        "decay_steps": QCoreApplication.translate("RaceNames", "Decay steps K"),
        "final_fraction": QCoreApplication.translate("RaceNames", "Final fraction φ"),
        "warmup_steps": QCoreApplication.translate("RaceNames", "Warm-up steps W"),
    }
    return labels.get(name, name)


def hyperparameter_tooltip(name: str) -> str:
    """Return what a hyperparameter does, for a tooltip."""
    tips = {
        "momentum": QCoreApplication.translate(
            "RaceNames", "The fraction of the previous velocity kept at each step. 0 is plain gradient descent."
        ),
        "decay": QCoreApplication.translate(
            "RaceNames", "The weight of the old average of squared gradients in the new one."
        ),
        "beta1": QCoreApplication.translate("RaceNames", "The decay of the first moment m, the moving mean of the gradient."),
        "beta2": QCoreApplication.translate(
            "RaceNames", "The decay of the second moment v, the moving mean of the squared gradient."
        ),
        "epsilon": QCoreApplication.translate(
            "RaceNames", "Added to the root in the denominator, so that a zero history does not divide by zero."
        ),
        "bias_correction": QCoreApplication.translate(
            "RaceNames",
            "Divide m and v by 1 − βᵗ. Both start at 0, so without the correction the first steps are "
            "about 3.16 times α long instead of α.",
        ),
        "step_size": QCoreApplication.translate("RaceNames", "The number of updates between two drops of the learning rate."),
        "factor": QCoreApplication.translate("RaceNames", "The learning rate is multiplied by γ at each drop."),
        "decay_rate": QCoreApplication.translate("RaceNames", "The learning rate is multiplied by γ after every update."),
        "decay_steps": QCoreApplication.translate(
            "RaceNames", "The number of updates over which the learning rate falls along half a cosine wave."
        ),
        "final_fraction": QCoreApplication.translate("RaceNames", "The fraction of α kept after the cosine decay."),
        "warmup_steps": QCoreApplication.translate(
            "RaceNames", "The learning rate climbs linearly from α/(W + 1) to α over the first W updates."
        ),
    }
    return tips.get(name, "")


def surface_name(name: str) -> str:
    """Return the display name of a surface, with its formula where it is short."""
    names = {
        "bowl": QCoreApplication.translate("RaceNames", "Ill-conditioned bowl x² + 10y²"),
        "rosenbrock": QCoreApplication.translate("RaceNames", "Rosenbrock's valley"),
        "beale": QCoreApplication.translate("RaceNames", "Beale's function"),
        "himmelblau": QCoreApplication.translate("RaceNames", "Himmelblau's function (four minima)"),
        "saddle": QCoreApplication.translate("RaceNames", "Saddle x² − y²"),
        REGRESSION_SURFACE: QCoreApplication.translate("RaceNames", "Regression loss J(w, b) of the data"),
        FORMULA_SURFACE: QCoreApplication.translate("RaceNames", "Typed formula"),
    }
    return names.get(name, name)


def update_mode_text(batch_size: int | None, sample_count: int) -> str:
    """Describe how many points each update averages: batch, mini-batch or stochastic."""
    if batch_size is None or batch_size >= sample_count:
        return QCoreApplication.translate("RaceNames", "batch")
    if batch_size == 1:
        return QCoreApplication.translate("RaceNames", "stochastic")
    return QCoreApplication.translate("RaceNames", "mini-batch of {size}").format(size=batch_size)


def racer_label(setup: RacerSetup, sample_count: int = 0) -> str:
    """Return a short label of a racer: optimiser, learning rate and, on data, its batches."""
    text = QCoreApplication.translate("RaceNames", "{optimizer}, α = {rate}").format(
        optimizer=optimizer_name(setup.optimizer), rate=format_number(setup.learning_rate, 4)
    )
    if setup.optimizer == "adam" and not setup.value("bias_correction"):
        text += ", " + QCoreApplication.translate("RaceNames", "no bias correction")
    if sample_count:
        text += ", " + update_mode_text(setup.batch_size, sample_count)
    return text
