"""Entry point: command-line options, the terminal table, and the window."""

from __future__ import annotations

import argparse
import math
import os
import sys
import unicodedata
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QSettings

from .core.expressions import FormulaError, FormulaObjective, parse_formula, update_rule
from .core.lessons import DEFAULT_LESSON_ID, LESSONS, find_lesson, lesson_ids
from .core.numbers import format_number
from .core.objectives import Objective
from .core.trajectory import run
from .language import LANGUAGES, LanguageSwitcher, choose_language
from .model.experiment import MAX_ABS_START, MAX_LEARNING_RATE, MAX_STEPS

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    translate = QCoreApplication.translate
    parser = argparse.ArgumentParser(
        prog="gdviewer",
        allow_abbrev=False,
        description=translate(
            "CommandLine", "Watch gradient descent take every step. Without --print, opens the window."
        ),
    )
    parser.add_argument(
        "--lesson", metavar="ID",
        help=translate("CommandLine", "lesson to open or print (see --list-lessons)"),
    )
    parser.add_argument(
        "--list-lessons", action="store_true",
        help=translate("CommandLine", "print the lesson ids and titles, then exit"),
    )
    parser.add_argument(
        "--print", dest="print_table", action="store_true",
        help=translate(
            "CommandLine",
            "print one row per step (step, x, f(x), f′(x)) and the final state instead of opening a window",
        ),
    )
    parser.add_argument(
        "--steps", type=int, metavar="N",
        help=translate("CommandLine", "number of updates (default: the lesson's)"),
    )
    parser.add_argument(
        "--learning-rate", type=float, metavar="A",
        help=translate("CommandLine", "learning rate α (default: the lesson's)"),
    )
    parser.add_argument(
        "--start", type=float, metavar="X",
        help=translate("CommandLine", "start point x₀ (default: the lesson's)"),
    )
    parser.add_argument(
        "--lang", choices=sorted(LANGUAGES),
        help=translate(
            "CommandLine",
            "interface language: ko (Korean) or en (English); overrides the saved choice and the system locale",
        ),
    )
    parser.add_argument(
        "--function", metavar="FORMULA",
        help=translate(
            "CommandLine",
            "function of x to open or print instead of a lesson, such as '2x^2' or 'sin(x) + 0.1x^2' "
            "(start, learning rate and steps default to the convergence lesson's)",
        ),
    )
    return parser


def _check_options(parser: argparse.ArgumentParser, options: argparse.Namespace) -> None:
    """Reject invalid option values with a message naming the value and the fix."""
    if options.lesson is not None and options.function is not None:
        parser.error(QCoreApplication.translate("CommandLine", "use either --lesson or --function, not both"))
    if options.function is not None:
        _check_function(parser, options.function)
    if options.lesson is not None and options.lesson not in lesson_ids():
        parser.error(
            QCoreApplication.translate("CommandLine", "unknown lesson id {value!r}; choose one of: {ids}").format(
                value=options.lesson, ids=", ".join(lesson_ids())
            )
        )
    if options.steps is not None and not 0 <= options.steps <= MAX_STEPS:
        parser.error(QCoreApplication.translate("CommandLine", "--steps {value} is out of range; use 0 to {max}").format(value=options.steps, max=MAX_STEPS))
    rate = options.learning_rate
    if rate is not None and not (math.isfinite(rate) and 0 <= rate <= MAX_LEARNING_RATE):
        parser.error(
            QCoreApplication.translate("CommandLine", "--learning-rate {value} is invalid; use a number from 0 to {max}").format(value=rate, max=MAX_LEARNING_RATE)
        )
    start = options.start
    if start is not None and not (math.isfinite(start) and abs(start) <= MAX_ABS_START):
        parser.error(
            QCoreApplication.translate("CommandLine", "--start {value} is invalid; use a number from {low} to {high}").format(
                value=start, low=-MAX_ABS_START, high=MAX_ABS_START
            )
        )


def _check_function(parser: argparse.ArgumentParser, text: str) -> None:
    """Reject a formula the parser does not accept, pointing at the problem."""
    from .model.formula_messages import formula_error_message

    try:
        parse_formula(text)
    except FormulaError as error:
        marker = " " * error.start + "^" * max(1, error.end - error.start)
        parser.error(
            QCoreApplication.translate("CommandLine", "--function {value!r} is invalid: {message}").format(value=text, message=formula_error_message(error))
            + f"\n  {text}\n  {marker}"
        )
def display_width(text: str) -> int:
    """Return the terminal columns of ``text``: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def print_lessons(stream) -> None:
    from .ui.lesson_texts import lesson_title

    width = max(len(lesson.id) for lesson in LESSONS)
    for lesson in LESSONS:
        stream.write(f"{lesson.id:<{width}}  {lesson_title(lesson.id)}\n")


def print_run(options: argparse.Namespace, stream) -> int:
    """Print the step table of a lesson or a typed function with the options' overrides."""
    from .ui.lesson_texts import lesson_title
    from .ui.run_text import status_text

    lesson = find_lesson(options.lesson or DEFAULT_LESSON_ID)
    objective = lesson.objective if options.function is None else FormulaObjective(parse_formula(options.function))
    start = lesson.start if options.start is None else options.start
    rate = lesson.learning_rate if options.learning_rate is None else options.learning_rate
    steps = lesson.steps if options.steps is None else options.steps
    try:
        trajectory = run(objective, start, rate, steps)
    except ValueError:
        stream.flush()
        sys.stderr.write(_start_error(objective, start) + "\n")
        return EXIT_USAGE

    if options.function is None:
        stream.write(f"# {lesson.id}: {lesson_title(lesson.id)}\n")
    else:
        stream.write("# " + QCoreApplication.translate("CommandLine", "function: {text}").format(text=options.function) + "\n")
    stream.write(
        "# "
        + QCoreApplication.translate("CommandLine", "f(x) = {f}, start x0 = {start}, learning rate = {rate}, steps = {steps}").format(
            f=objective.formula(), start=format_number(start), rate=format_number(rate), steps=steps
        )
        + "\n"
    )
    for line in _update_rule_lines(objective, rate):
        stream.write(f"# {line}\n")
    header = [QCoreApplication.translate("CommandLine", "step"), "x", "f(x)", "f'(x)"]
    rows = [
        [str(k), format_number(float(x[0])), format_number(float(loss)), format_number(float(gradient[0]))]
        for k, (x, loss, gradient) in enumerate(zip(trajectory.points, trajectory.losses, trajectory.gradients))
    ]
    widths = [max(display_width(header[c]), *(len(row[c]) for row in rows)) for c in range(4)]
    for row in [header, *rows]:
        cells = (" " * (width - display_width(cell)) + cell for cell, width in zip(row, widths))
        stream.write("  ".join(cells).rstrip() + "\n")
    stream.write(status_text(objective, trajectory, trajectory.last_step, computing=False) + "\n")
    return 0


def _update_rule_lines(objective: Objective, rate: float) -> list[str]:
    """Return the derivative and the update rule, as in the window's function panel."""
    try:
        formula = parse_formula(objective.formula())
    except (AttributeError, FormulaError):
        return []
    rule = update_rule(formula)
    lines = ["f′(x) = " + formula.derivative_text()]
    text = "x := " + rule.plain_text()
    simplified = rule.simplified_text()
    if simplified is not None and simplified != rule.plain_text():
        text += " = " + simplified
    lines.append(text)
    at_rate = rule.text_at(rate)
    if at_rate is not None:
        lines.append(QCoreApplication.translate("CommandLine", "at α = {rate}: x := {rule}").format(rate=format_number(rate), rule=at_rate))
    return lines


def _start_error(objective: Objective, start: float) -> str:
    from .model.formula_messages import domain_message

    violation = objective.domain_violation(np.array([start]))
    if violation is not None:
        return "gdviewer: " + domain_message(violation, start) + " " + QCoreApplication.translate("CommandLine", "Choose another start point with --start.")
    return QCoreApplication.translate("CommandLine", "gdviewer: the function cannot be evaluated at the start point {value}; choose one closer to 0").format(
        value=format_number(start)
    )


def run_window(options: argparse.Namespace, settings: QSettings, switcher: LanguageSwitcher) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .resources import resource_path
    from .ui.main_window import MainWindow

    application = QApplication.instance()
    application.setWindowIcon(QIcon(str(resource_path("icons", "gdviewer.svg"))))
    window = MainWindow(settings, language_switcher=switcher)
    apply_options(window.experiment, options)
    window.show()
    window.warn_if_no_hangul_font()
    return application.exec()


def apply_options(experiment, options: argparse.Namespace) -> None:
    """Load the chosen lesson or function into an experiment and apply the overrides."""
    experiment.load_lesson(options.lesson or DEFAULT_LESSON_ID)
    if options.function is not None:
        experiment.set_function(options.function)
    if options.start is not None:
        experiment.set_start(options.start)
    if options.learning_rate is not None:
        experiment.set_learning_rate(options.learning_rate)
    if options.steps is not None:
        experiment.set_steps(options.steps)


def requested_language(arguments: list[str]) -> str | None:
    """Find --lang before the parser exists, so its help can be translated."""
    pre_parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    pre_parser.add_argument("--lang", choices=sorted(LANGUAGES))
    known, _rest = pre_parser.parse_known_args(arguments)
    return known.lang


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    window_mode = not ({"--print", "--list-lessons", "-h", "--help"} & set(arguments))
    if window_mode:
        from PySide6.QtWidgets import QApplication

        application = QApplication.instance() or QApplication([sys.argv[0], *arguments])
    else:
        application = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    application.setOrganizationName("gdviewer")
    application.setApplicationName("gdviewer")

    settings = QSettings()
    switcher = LanguageSwitcher(settings)
    try:
        switcher.set_language(choose_language(requested_language(arguments), settings), remember=False)
        parser = build_parser()
        options = parser.parse_args(arguments)
        _check_options(parser, options)
        if options.list_lessons:
            print_lessons(sys.stdout)
            return 0
        if options.print_table:
            try:
                return print_run(options, sys.stdout)
            except BrokenPipeError:
                # The reader stopped early (as in "| head"); that is not an error.
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                return 0
        return run_window(options, settings, switcher)
    finally:
        if not window_mode:
            switcher.remove()


if __name__ == "__main__":
    sys.exit(main())
