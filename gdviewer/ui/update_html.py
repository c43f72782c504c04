"""The update rule of any optimiser with the numbers of one recorded update filled in.

The step panel writes a race's racers, a function run and a regression run
with these lines, so every optimiser reads the same everywhere. A
:class:`Notation` names the point (x, or θ = (w, b)) and the gradient
(∇f, f′ or ∇J). Values of one coordinate print as numbers and values of
several as tuples.
"""

from __future__ import annotations

import html
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF, QGuiApplication

from ..core.numbers import format_number
from ..core.trajectory import Trajectory
from .plots.style import COLORS, subscript

#: Significant digits of the numbers in the update formulas.
DIGITS = 5

#: A new coordinate smaller than this share of the numbers it came from is 0 up to rounding.
ROUNDING_SHARE = 1e-12

# The circumflex that marks a bias-corrected moment (U+02C6, a spacing modifier letter).
HAT = "\u02c6"


class Notation(NamedTuple):
    """The symbols of the point and of the gradient in the formulas."""

    variable: str = "x"
    gradient: str = "∇f"
    digits: int = DIGITS


def gradient_lines(trajectory: Trajectory, k: int, i: str, notation: Notation = Notation()) -> list[str]:
    """Return the lines that give g_k, the gradient update k used, and where it was taken."""
    x, grad = notation.variable, notation.gradient
    lines = []
    used = trajectory.update_gradients[k]
    if trajectory.lookahead_points is not None:
        lines.append(
            html.escape(QCoreApplication.translate("StepPanel", "look-ahead point {variable}{i} + μ·v{i} = {point}").format(
                variable=x, i=i, point=plain_text(trajectory.lookahead_points[k], notation.digits)
            ))
        )
        lines.append(f"g{i} = {grad}({x}{i} + μ·v{i}) = {value_text(used, notation.digits)}")
    elif trajectory.batch_indices is not None:
        lines.append(f"g{i} = {grad}_B({x}{i}) = {value_text(used, notation.digits)}")
    else:
        lines.append(f"g{i} = {grad}({x}{i}) = {value_text(used, notation.digits)}")
    if trajectory.batch_indices is not None:
        points = ", ".join(str(int(index) + 1) for index in trajectory.batch_indices[k])
        text = QCoreApplication.translate("StepPanel", "B = data points {points}: g{i} averages the gradient over them only.").format(
            i=i, points=points
        )
        lines.append(f"<i>{html.escape(text)}</i>")
    return lines


def update_lines(trajectory: Trajectory, k: int, i: str, j: str, notation: Notation = Notation()) -> list[str]:
    """Return the update rule of the trajectory's optimiser with the numbers of update k filled in.

    ``i`` and ``j`` are the subscripts of k and k + 1. The lines end with
    the increment added to the point, not with the next point itself.
    """
    name = trajectory.optimizer.name
    if name in ("momentum", "nesterov"):
        return _momentum_lines(trajectory, k, i, j, notation)
    if name in ("adagrad", "rmsprop"):
        return _scaled_lines(trajectory, k, i, j, notation)
    if name == "adam":
        return _adam_lines(trajectory, k, i, j, notation)
    x, digits = notation.variable, notation.digits
    g = value_text(trajectory.update_gradients[k], digits)
    alpha = number_text(trajectory.learning_rates[k], digits)
    return [f"{x}{j} = {x}{i} − α·g{i} = {value_text(trajectory.points[k], digits)} − {alpha}·{g}"]


def _momentum_lines(trajectory: Trajectory, k: int, i: str, j: str, notation: Notation) -> list[str]:
    x, digits = notation.variable, notation.digits
    velocity = trajectory.states["velocity"]
    g = value_text(trajectory.update_gradients[k], digits)
    alpha = number_text(trajectory.learning_rates[k], digits)
    mu = number_text(trajectory.optimizer.momentum, digits)
    after = velocity[k + 1]
    return [
        f"v{j} = μ·v{i} − α·g{i} = {mu}·{value_text(velocity[k], digits)} − {alpha}·{g} = {result_text(after, digits)}",
        f"{x}{j} = {x}{i} + v{j} = {value_text(trajectory.points[k], digits)} + {value_text(after, digits)}",
    ]


def _scaled_lines(trajectory: Trajectory, k: int, i: str, j: str, notation: Notation) -> list[str]:
    """Return AdaGrad's or RMSProp's lines: the squared-gradient average, the effective rate, the step."""
    x, digits = notation.variable, notation.digits
    states, optimizer = trajectory.states, trajectory.optimizer
    g = value_text(trajectory.update_gradients[k], digits)
    rate = value_text(trajectory.terms["effective_learning_rate"][k], digits)
    if optimizer.name == "adagrad":
        symbol, sums = "G", states["sum_of_squares"]
        first = f"G{j} = G{i} + g{i}² = {value_text(sums[k], digits)} + {g}² = {result_text(sums[k + 1], digits)}"
    else:
        symbol, sums = "s", states["mean_square"]
        rho, rest = number_text(optimizer.decay, digits), number_text(1.0 - optimizer.decay, digits)
        first = (
            f"s{j} = ρ·s{i} + (1 − ρ)·g{i}² = {rho}·{value_text(sums[k], digits)} + {rest}·{g}² "
            f"= {result_text(sums[k + 1], digits)}"
        )
    return [
        first,
        f"η{i} = α/(√{symbol}{j} + ε) = {result_text(trajectory.terms['effective_learning_rate'][k], digits)}",
        f"{x}{j} = {x}{i} − η{i}·g{i} = {value_text(trajectory.points[k], digits)} − {rate}·{g}",
    ]


def _adam_lines(trajectory: Trajectory, k: int, i: str, j: str, notation: Notation) -> list[str]:
    x, digits = notation.variable, notation.digits
    optimizer = trajectory.optimizer
    states, terms = trajectory.states, trajectory.terms
    t = int(states["count"][k + 1])
    g = value_text(trajectory.update_gradients[k], digits)
    beta1, beta2 = optimizer.beta1, optimizer.beta2
    m, v = value_text(states["first_moment"][k + 1], digits), value_text(states["second_moment"][k + 1], digits)
    corrected_m = value_text(terms["corrected_first_moment"][k], digits)

    lines = [
        f"t = {t}",
        f"m{j} = β₁·m{i} + (1 − β₁)·g{i} = {number_text(beta1, digits)}·{value_text(states['first_moment'][k], digits)} + "
        f"{number_text(1.0 - beta1, digits)}·{g} = {result_text(states['first_moment'][k + 1], digits)}",
        f"v{j} = β₂·v{i} + (1 − β₂)·g{i}² = {number_text(beta2, digits)}·{value_text(states['second_moment'][k], digits)} + "
        f"{number_text(1.0 - beta2, digits)}·{g}² = {result_text(states['second_moment'][k + 1], digits)}",
    ]
    rate = value_text(terms["effective_learning_rate"][k], digits)

    if optimizer.bias_correction:
        m_hat, v_hat = hat_html("m"), hat_html("v")
        lines.append(
            f"{m_hat} = m{j}/(1 − β₁^{t}) = {m}/{number_text(1.0 - beta1**t, digits)} "
            f"= {result_text(terms['corrected_first_moment'][k], digits)}"
        )
        lines.append(
            f"{v_hat} = v{j}/(1 − β₂^{t}) = {v}/{number_text(1.0 - beta2**t, digits)} "
            f"= {result_text(terms['corrected_second_moment'][k], digits)}"
        )
        lines.append(
            f"{x}{j} = {x}{i} − α·{m_hat}/(√{v_hat} + ε) = {value_text(trajectory.points[k], digits)} − {rate}·{corrected_m}"
        )
        return lines

    note = QCoreApplication.translate(
        "StepPanel", "Bias correction is off: m and v are used as they are, and they start too small because m₀ = v₀ = 0."
    )
    lines.append(f"<i>{html.escape(note)}</i>")
    lines.append(f"{x}{j} = {x}{i} − α·m{j}/(√v{j} + ε) = {value_text(trajectory.points[k], digits)} − {rate}·{m}")
    return lines


def hat_html(letter: str) -> str:
    """Return ``letter`` with a circumflex above it, as HTML for Qt's rich text.

    A combining circumflex (U+0302) after the letter is drawn beside it, under
    it or not at all by Qt's rich text with common fonts such as DejaVu Sans.
    The spacing modifier ˆ (U+02C6) is drawn reliably, so negative letter
    spacing moves it back over the letter and positive spacing after it
    restores the letter's width. The spacing is in pixels of the application
    font, because Qt 6.11 converts an ``em`` of letter spacing with the point
    size, not the pixel size.
    """
    metrics = QFontMetricsF(QGuiApplication.font())
    letter_width = metrics.horizontalAdvance(letter)
    hat_width = metrics.horizontalAdvance(HAT)
    back = (letter_width + hat_width) / 2
    forward = (letter_width - hat_width) / 2
    return (
        f"<span style='letter-spacing:{-back:.2f}px'>{letter}</span>"
        f"<span style='letter-spacing:{forward:.2f}px'>{HAT}</span>"
    )


def update_paragraphs(trajectory: Trajectory, k: int, notation: Notation, loss: str = "f") -> list[str]:
    """Return update k as HTML paragraphs: g_k, α_k, the rule with its numbers, and the next point in bold."""
    x, digits = notation.variable, notation.digits
    i, j = subscript(k), subscript(k + 1)
    lines = [
        *gradient_lines(trajectory, k, i, notation),
        f"α{i} = {number_text(trajectory.learning_rates[k], digits)}",
        *update_lines(trajectory, k, i, j, notation),
    ]
    following = result_text(trajectory.points[k + 1], digits)
    note = rounding_note(trajectory.points[k], trajectory.points[k + 1])
    next_point = (
        f"<b>{x}{j} = <span style='color:{COLORS['update']}'>{following}</span></b>{note}, "
        f"{loss}({x}{j}) = {result_text(trajectory.losses[k + 1], digits)}"
    )
    return [f"<p style='margin:2px 0'>{line}</p>" for line in lines] + [f"<p style='font-size:large'>{next_point}</p>"]


def rounding_note(previous: np.ndarray, following: np.ndarray) -> str:
    """Return " (0 up to rounding)" when the update left a coordinate at rounding error, else "".

    A coordinate counts as 0 when it is not exactly 0 yet smaller than
    ROUNDING_SHARE times the larger of its previous value and its
    increment: the sum cancelled, and what is left is float rounding.
    """
    previous, following = np.atleast_1d(previous), np.atleast_1d(following)
    scale = np.maximum(np.abs(previous), np.abs(following - previous))
    with np.errstate(invalid="ignore"):
        rounded = (following != 0.0) & (np.abs(following) <= ROUNDING_SHARE * scale)
    if not rounded.any():
        return ""
    if following.size == 1:
        text = QCoreApplication.translate("StepPanel", "0 up to rounding")
    else:
        numbers = ", ".join(str(index + 1) for index in np.flatnonzero(rounded))
        text = QCoreApplication.translate("StepPanel", "0 up to rounding in coordinate {numbers}").format(numbers=numbers)
    return f" ({html.escape(text)})"


def number_text(number_value: float, digits: int = DIGITS) -> str:
    """Format a number for substitution, bracketing negatives: (−3)."""
    text = format_number(float(number_value), digits).replace("-", "−")
    return f"({text})" if float(number_value) < 0 else text


def plain_text(values: np.ndarray, digits: int = DIGITS) -> str:
    """Format one coordinate as −3 and several as (a, b), without HTML escaping."""
    cells = [format_number(float(cell), digits).replace("-", "−") for cell in np.atleast_1d(values)]
    return cells[0] if len(cells) == 1 else "(" + ", ".join(cells) + ")"


def result_text(values: np.ndarray, digits: int = DIGITS) -> str:
    """Format the result of a formula, ready for HTML: −3 or (a, b)."""
    return html.escape(plain_text(values, digits))


def value_text(values: np.ndarray, digits: int = DIGITS) -> str:
    """Format a point, gradient or state for substitution, ready for HTML: (−3) or (a, b)."""
    values = np.atleast_1d(values)
    if values.size == 1:
        return html.escape(number_text(values[0], digits))
    return html.escape(plain_text(values, digits))
