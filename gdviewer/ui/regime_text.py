"""Sentences about learning-rate regimes, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.numbers import format_number
from ..core.regimes import LearningRateRegimes, Regime, RegimeAnalysis, RegimeProblem


def regime_name(regime: Regime) -> str:
    names = {
        Regime.STILL: QCoreApplication.translate("RegimeText", "still"),
        Regime.MONOTONE: QCoreApplication.translate("RegimeText", "monotone"),
        Regime.FASTEST: QCoreApplication.translate("RegimeText", "fastest"),
        Regime.OSCILLATING: QCoreApplication.translate("RegimeText", "oscillating"),
        Regime.TWO_CYCLE: QCoreApplication.translate("RegimeText", "two-cycle"),
        Regime.DIVERGENT: QCoreApplication.translate("RegimeText", "divergent"),
    }
    return names[regime]


def problem_text(analysis: RegimeAnalysis) -> str:
    """Explain why there are no learning-rate bands."""
    minimum = format_number(analysis.minimum) if analysis.minimum is not None else ""
    texts = {
        RegimeProblem.NO_MINIMUM: QCoreApplication.translate("RegimeText", 
            "No minimum near the start point, so there are no learning-rate bands: descent runs downhill or stalls."
        ),
        RegimeProblem.KINK: QCoreApplication.translate("RegimeText", 
            "The minimum x* = {minimum} is a kink with no curvature, so there are no bands. "
            "A fixed learning rate ends up bouncing across it, within about α of x*."
        ),
        RegimeProblem.FLAT: QCoreApplication.translate("RegimeText", 
            "The curvature at the minimum x* = {minimum} is 0, so there are no bands. "
            "Small learning rates converge there, more and more slowly."
        ),
        RegimeProblem.NOT_ONE_DIMENSIONAL: QCoreApplication.translate("RegimeText", "Learning-rate bands are shown for functions of one variable."),
    }
    return texts[analysis.problem].format(minimum=minimum)


def limits_text(regimes: LearningRateRegimes) -> str:
    """Name the limits, for example “1/L = 0.25, 2/L = 0.5 (L = f″ = 4)”."""
    values = dict(
        first=format_number(regimes.monotone_below, 4),
        second=format_number(regimes.divergent_above, 4),
        curvature=format_number(regimes.curvature, 4),
        minimum=format_number(regimes.minimum, 4) if regimes.minimum is not None else "",
    )
    if regimes.exact:
        return QCoreApplication.translate("RegimeText", "1/L = {first}, 2/L = {second}, with L = f″ = {curvature} everywhere.").format(**values)
    return QCoreApplication.translate("RegimeText", 
        "1/L = {first}, 2/L = {second}, with L = f″(x*) = {curvature} at the minimum x* = {minimum} "
        "nearest the start; the limits hold close to x*."
    ).format(**values)


def regime_sentence(regimes: LearningRateRegimes, learning_rate: float) -> str:
    """Say what descent does at ``learning_rate``, in one sentence."""
    regime = regimes.classify(learning_rate)
    values = dict(
        rate=format_number(learning_rate),
        first=format_number(regimes.monotone_below, 4),
        second=format_number(regimes.divergent_above, 4),
    )
    sentences = {
        Regime.STILL: QCoreApplication.translate("RegimeText", "α = 0: x never moves."),
        Regime.MONOTONE: QCoreApplication.translate("RegimeText", "α = {rate} < 1/L = {first}: monotone, x approaches the minimum from one side."),
        Regime.FASTEST: QCoreApplication.translate("RegimeText", "α = {rate} = 1/L: the fastest rate; a quadratic lands on its minimum in one step."),
        Regime.OSCILLATING: QCoreApplication.translate("RegimeText", 
            "1/L < α = {rate} < 2/L = {second}: oscillating, x jumps across the minimum but closes in."
        ),
        Regime.TWO_CYCLE: QCoreApplication.translate("RegimeText", 
            "α = {rate} = 2/L: the update factor is −1, so x bounces between two points forever."
        ),
        Regime.DIVERGENT: QCoreApplication.translate("RegimeText", "α = {rate} > 2/L = {second}: divergent, every step moves x farther away."),
    }
    return sentences[regime].format(**values)
