"""The step panel: the arithmetic of the current update, numbers filled in."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Slot
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.lessons import LessonKind
from ..core.numbers import format_number
from ..core.objectives import Quadratic
from ..model.experiment import Experiment
from ..model.player import Player
from .plots.style import COLORS, subscript
from .race_step_html import race_step_html
from .regression_step_html import regression_step_html
from .run_text import divergence_text, factor_sentence
from .update_html import Notation, rounding_note, update_paragraphs


#: Symbols of a function run's update: x and f′, numbers with as many digits as the lesson's.
FUNCTION_NOTATION = Notation("x", "f′", 10)

#: The maximum delay of the panel behind the player while playing or computing.
REFRESH_WHILE_PLAYING_MS = 100


def _plain(value: float) -> str:
    """Format a number with a typographic minus sign: −3."""
    return format_number(value).replace("-", "−")


def _number(value: float) -> str:
    """Format a number for substitution into a product or difference: (−3)."""
    text = _plain(value)
    return f"({text})" if value < 0 else text


class StepPanel(QTextBrowser):
    """Shows the update at the player's position with its numbers filled in.

    For a function lesson with gradient descent that is
    x_{k+1} = x_k − α·f′(x_k), and for another optimiser its own rule with
    its state (velocity, squared-gradient averages, moments). For a
    regression lesson it is the predictions, errors, gradients and updates
    of the epoch.
    """

    def __init__(self, experiment: Experiment, player: Player, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self.setOpenLinks(False)
        self._experiment = experiment
        self._player = player
        # While playing or computing, the panel follows at most
        # REFRESH_WHILE_PLAYING_MS behind the plots. Text that changes 480
        # times per second cannot be read, and a race's page takes a few
        # milliseconds to lay out.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(REFRESH_WHILE_PLAYING_MS)
        self._pending.timeout.connect(self.refresh)
        experiment.trajectoryChanged.connect(self._request_refresh)
        player.positionChanged.connect(self._request_refresh)
        player.playingChanged.connect(self._request_refresh)
        experiment.lessonChanged.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    @Slot()
    def _request_refresh(self) -> None:
        if not (self._player.playing or self._experiment.computing):
            self._pending.stop()
            self.refresh()
        elif not self._pending.isActive():
            self._pending.start()

    @Slot()
    def refresh(self) -> None:
        self.setHtml(self.step_html())

    def step_html(self) -> str:
        """Build the panel's HTML for the current position."""
        experiment = self._experiment
        if experiment.kind is LessonKind.SURFACE:
            return race_step_html(experiment.race, self._player.position)
        if experiment.kind is LessonKind.REGRESSION:
            return regression_step_html(experiment, self._player.position)
        trajectory = experiment.trajectory
        k = min(self._player.position, trajectory.last_step)
        alpha = experiment.learning_rate
        objective = experiment.objective
        x = float(trajectory.points[k, 0])
        gradient = float(trajectory.gradients[k, 0])
        last_step = k == trajectory.last_step
        # At the last step there is no next point, so the factor is written
        # with the general subscripts k and k+1.
        i, j = (subscript(k), subscript(k + 1)) if not last_step else ("ₖ", "ₖ₊₁")

        if last_step:
            heading = QCoreApplication.translate("StepPanel", "Step {k}: the end of the run").format(k=k)
        else:
            heading = QCoreApplication.translate("StepPanel", "Step {k} → {next}").format(k=k, next=k + 1)
        rows = [f"<h3>{html.escape(heading)}</h3>"]
        if isinstance(objective, Quadratic):
            rows.append(
                f"<p>f(x) = {objective.formula()}, f′(x) = {objective.derivative_formula()}</p>"
            )
            slope = format_number(objective.curvature())
            here = subscript(k)
            rows.append(f"<p>f′(x{here}) = {slope}·x{here} = {slope}·{_number(x)} = {_plain(gradient)}</p>")
        elif hasattr(objective, "derivative_formula"):
            rows.append(
                f"<p>f(x) = {html.escape(objective.formula())}, "
                f"f′(x) = {html.escape(objective.derivative_formula())}</p>"
            )
            rows.append(f"<p>f′(x{subscript(k)}) = f′({_number(x)}) = {_plain(gradient)}</p>")
        else:
            rows.append(f"<p>f′(x{subscript(k)}) = {_plain(gradient)}</p>")
        rows.extend(self._kink_rows(objective, trajectory.points[k], subscript(k)))

        plain = experiment.plain_descent
        if k < trajectory.last_step and not experiment.optimizer_setup.is_gradient_descent:
            rows.extend(update_paragraphs(trajectory, k, FUNCTION_NOTATION))
        elif k < trajectory.last_step:
            if not plain:
                # A schedule gives each update its own α_k.
                alpha = float(trajectory.learning_rates[k])
                rows.append(f"<p>α{subscript(k)} = {_plain(alpha)}</p>")
            following = float(trajectory.points[k + 1, 0])
            rows.append(
                f"<p style='font-size:large'><b>x{j} = x{i} − α·f′(x{i}) = "
                f"{_number(x)} − {_number(alpha)}·{_number(gradient)} = "
                f"<span style='color:{COLORS['update']}'>{_plain(following)}</span></b>"
                f"{rounding_note(trajectory.points[k], trajectory.points[k + 1])}</p>"
            )
            loss = format_number(float(trajectory.losses[k + 1]))
            rows.append(f"<p>f(x{j}) = {loss}</p>")
        elif trajectory.divergence is not None:
            rows.append(f"<p><b>{html.escape(divergence_text(trajectory))}</b></p>")
        else:
            last = QCoreApplication.translate("StepPanel", "This is the last step of the run.")
            rows.append(f"<p>{html.escape(last)}</p>")

        if plain:
            rows.extend(self._factor_rows(objective, alpha, i, j))
        return "\n".join(rows)

    def _kink_rows(self, objective, point, i: str) -> list[str]:
        function = getattr(objective, "function", None)
        if function is None or not function.has_kinks or not function.at_kink(point):
            return []
        note = QCoreApplication.translate("StepPanel", "x{i} sits on a kink of abs, where f′ is not defined: this step uses the subgradient 0.").format(i=i)
        return [f"<p><i>{html.escape(note)}</i></p>"]

    def _factor_rows(self, objective, alpha: float, i: str, j: str) -> list[str]:
        sentence = factor_sentence(objective, alpha)
        if sentence is None:
            return []
        curvature = format_number(objective.curvature())
        factor = format_number(1.0 - alpha * objective.curvature())
        title = html.escape(QCoreApplication.translate("StepPanel", "Update factor of this quadratic"))
        return [
            f"<h4>{title}</h4>",
            f"<p>x{j} = x{i} − α·{curvature}x{i} = (1 − {curvature}α)·x{i} = "
            f"(1 − {curvature}·{_number(alpha)})·x{i} = <b>{_number(float(factor))}·x{i}</b></p>",
            f"<p>{html.escape(sentence)}</p>",
        ]
