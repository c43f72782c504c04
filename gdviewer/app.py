"""Entry point: command-line options, the terminal table, and the window."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from .core.lessons import DEFAULT_LESSON_ID, LESSONS, find_lesson, lesson_ids
from .core.numbers import format_number
from .core.trajectory import run
from .model.experiment import MAX_ABS_START, MAX_LEARNING_RATE, MAX_STEPS

EXIT_USAGE = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommandLine", text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gdviewer",
        description=_tr("Watch gradient descent take every step. Without --print, opens the window."),
    )
    parser.add_argument("--lesson", metavar="ID", help=_tr("lesson to open or print (see --list-lessons)"))
    parser.add_argument("--list-lessons", action="store_true", help=_tr("print the lesson ids and titles, then exit"))
    parser.add_argument("--print", dest="print_table", action="store_true",
                        help=_tr("print one row per step (step, x, f(x), f′(x)) and the final state instead of opening a window"))
    parser.add_argument("--steps", type=int, metavar="N", help=_tr("number of updates (default: the lesson's)"))
    parser.add_argument("--learning-rate", type=float, metavar="A", help=_tr("learning rate α (default: the lesson's)"))
    parser.add_argument("--start", type=float, metavar="X", help=_tr("start point x₀ (default: the lesson's)"))
    return parser


def _check_options(parser: argparse.ArgumentParser, options: argparse.Namespace) -> None:
    """Reject invalid option values with a message naming the value and the fix."""
    if options.lesson is not None and options.lesson not in lesson_ids():
        parser.error(
            _tr("unknown lesson id {value!r}; choose one of: {ids}").format(
                value=options.lesson, ids=", ".join(lesson_ids())
            )
        )
    if options.steps is not None and not 0 <= options.steps <= MAX_STEPS:
        parser.error(_tr("--steps {value} is out of range; use 0 to {max}").format(value=options.steps, max=MAX_STEPS))
    rate = options.learning_rate
    if rate is not None and not (math.isfinite(rate) and 0 <= rate <= MAX_LEARNING_RATE):
        parser.error(
            _tr("--learning-rate {value} is invalid; use a number from 0 to {max}").format(value=rate, max=MAX_LEARNING_RATE)
        )
    start = options.start
    if start is not None and not (math.isfinite(start) and abs(start) <= MAX_ABS_START):
        parser.error(
            _tr("--start {value} is invalid; use a number from {low} to {high}").format(
                value=start, low=-MAX_ABS_START, high=MAX_ABS_START
            )
        )


def print_lessons(stream) -> None:
    from .ui.lesson_texts import lesson_title

    width = max(len(lesson.id) for lesson in LESSONS)
    for lesson in LESSONS:
        stream.write(f"{lesson.id:<{width}}  {lesson_title(lesson.id)}\n")


def print_run(options: argparse.Namespace, stream) -> int:
    """Print the step table of a lesson with the options' overrides."""
    from .ui.lesson_texts import lesson_title
    from .ui.run_text import status_text

    lesson = find_lesson(options.lesson or DEFAULT_LESSON_ID)
    start = lesson.start if options.start is None else options.start
    rate = lesson.learning_rate if options.learning_rate is None else options.learning_rate
    steps = lesson.steps if options.steps is None else options.steps
    try:
        trajectory = run(lesson.objective, start, rate, steps)
    except ValueError:
        stream.flush()
        sys.stderr.write(
            _tr("gdviewer: the function cannot be evaluated at the start point {value}; choose one closer to 0\n").format(
                value=format_number(start)
            )
        )
        return EXIT_USAGE

    stream.write(f"# {lesson.id}: {lesson_title(lesson.id)}\n")
    stream.write(
        "# "
        + _tr("f(x) = {f}, start x0 = {start}, learning rate = {rate}, steps = {steps}").format(
            f=lesson.objective.formula(), start=format_number(start), rate=format_number(rate), steps=steps
        )
        + "\n"
    )
    header = [_tr("step"), "x", "f(x)", "f'(x)"]
    rows = [
        [str(k), format_number(float(x[0])), format_number(float(loss)), format_number(float(gradient[0]))]
        for k, (x, loss, gradient) in enumerate(zip(trajectory.points, trajectory.losses, trajectory.gradients))
    ]
    widths = [max(len(header[c]), *(len(row[c]) for row in rows)) for c in range(4)]
    for row in [header, *rows]:
        stream.write("  ".join(cell.rjust(width) for cell, width in zip(row, widths)).rstrip() + "\n")
    stream.write(status_text(lesson.objective, trajectory, trajectory.last_step, computing=False) + "\n")
    return 0


def run_window(options: argparse.Namespace, argv: list[str]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .resources import resource_path
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("gdviewer")
    app.setOrganizationName("gdviewer")
    app.setWindowIcon(QIcon(str(resource_path("icons", "gdviewer.svg"))))
    window = MainWindow(QSettings())
    apply_options(window.experiment, options)
    window.show()
    return app.exec()


def apply_options(experiment, options: argparse.Namespace) -> None:
    """Load the chosen lesson into an experiment and apply the overrides."""
    experiment.load_lesson(options.lesson or DEFAULT_LESSON_ID)
    if options.start is not None:
        experiment.set_start(options.start)
    if options.learning_rate is not None:
        experiment.set_learning_rate(options.learning_rate)
    if options.steps is not None:
        experiment.set_steps(options.steps)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    options = parser.parse_args(arguments)
    _check_options(parser, options)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")

    if options.list_lessons:
        print_lessons(sys.stdout)
        return 0
    if options.print_table:
        return print_run(options, sys.stdout)
    return run_window(options, [sys.argv[0], *arguments])


if __name__ == "__main__":
    sys.exit(main())
