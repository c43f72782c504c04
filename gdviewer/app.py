"""Entry point: command-line options, the terminal table, and the window."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QSettings

from .argparse_texts import TranslatedArgumentParser, display_width
from .core.datasets import CsvError, Dataset, load_csv
from .core.expressions import FormulaError, FormulaObjective, parse_formula, update_rule
from .core.expressions.excerpt import formula_excerpt
from .core.formula_surface import SURFACE_VARIABLES, parse_surface_formula, uses_variable
from .core.lessons import DEFAULT_LESSON_ID, LESSONS, Lesson, LessonKind, find_lesson, lesson_ids
from .core.numbers import format_number
from .core.objectives import Objective
from .core.optimizer_setup import OptimizerSetup
from .core.optimizers import OPTIMIZERS
from .core.race_setup import ScheduleSetup
from .core.surfaces import SURFACES
from .core.trajectory import run
from .language import LANGUAGES, LanguageSwitcher, choose_language
from .model.limits import MAX_ABS_START, MAX_LEARNING_RATE, MAX_RACE_STEPS, MAX_STEPS

EXIT_USAGE = 2
#: The lesson that --data opens when no --lesson is given.
DATA_LESSON_ID = "regression"
#: The race lesson whose step count --function takes for a formula in x and y.
FORMULA_RACE_LESSON_ID = "race-bowl"


def build_parser() -> argparse.ArgumentParser:
    translate = QCoreApplication.translate
    parser = TranslatedArgumentParser(
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
        "--surface", metavar="NAME",
        help=translate(
            "CommandLine",
            "race on a function of x and y instead of a lesson: {names} (the same as --lesson race-NAME); "
            "for a formula in x and y use --function instead",
        ).format(names=", ".join(SURFACES)),
    )
    parser.add_argument(
        "--optimizer", metavar="NAME",
        help=translate(
            "CommandLine",
            "optimizer to run: {names}; on a surface only this one races, and a function or regression "
            "lesson runs it in the window or with --print (default: gradient descent)",
        ).format(names=", ".join(OPTIMIZERS)),
    )
    parser.add_argument(
        "--list-lessons", action="store_true",
        help=translate("CommandLine", "print the lesson ids and titles, then exit"),
    )
    parser.add_argument(
        "--print", dest="print_table", action="store_true",
        help=translate(
            "CommandLine",
            "print one row per step (step, x, f(x), f′(x); on a surface step, x, y, f and the gradient) "
            "and the final state instead of opening a window",
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
        "--start", metavar="X|W,B|X,Y",
        help=translate(
            "CommandLine",
            "start point: x₀ for a function lesson, w₀,b₀ for a regression lesson, x₀,y₀ on a surface "
            "(default: the lesson's)",
        ),
    )
    parser.add_argument(
        "--data", metavar="FILE.csv",
        help=translate(
            "CommandLine",
            "run a regression lesson on the x and y columns of this CSV file "
            "(opens the regression lesson unless --lesson names another)",
        ),
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE.gdv",
        help=translate("CommandLine", "an experiment saved by gdviewer to open, print or export"),
    )
    parser.add_argument(
        "--export", metavar="OUT",
        help=translate(
            "CommandLine",
            "write the run to OUT and exit; the suffix chooses the format: .png, .svg, .gif, .mp4, .csv, .py or .gdv",
        ),
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
            "function to open or print instead of a lesson. A function of x, such as '2x^2' or "
            "'sin(x) + 0.1x^2', takes start, learning rate and steps from the convergence lesson. A formula "
            "that uses y, such as 'x^2 + 10y^2', is a surface: the optimizers race on it from --start X,Y "
            "(default 1,1), as with --surface",
        ),
    )
    return parser


def chosen_lesson(options: argparse.Namespace) -> Lesson:
    """Return the lesson the options name; --data alone chooses the regression lesson."""
    if options.lesson is not None:
        return find_lesson(options.lesson)
    if getattr(options, "surface_formula", None) is not None:
        return find_lesson(FORMULA_RACE_LESSON_ID)
    if options.surface is not None:
        return find_lesson(f"race-{options.surface}")
    return find_lesson(DATA_LESSON_ID if options.data is not None else DEFAULT_LESSON_ID)


def _read_file_options(parser: argparse.ArgumentParser, options: argparse.Namespace) -> None:
    """Fill the options that the command line left unset from an experiment file."""
    from .core.experiment_file import ExperimentFileError
    from .model.experiment_io import read_experiment
    from .ui.experiment_files import problem_text

    options.position = None
    options.state = None
    options.saved_optimizer = None
    if options.file is None:
        return
    try:
        state = read_experiment(options.file)
    except ExperimentFileError as error:
        parser.error(
            QCoreApplication.translate("CommandLine", "{path} was not opened: {reason}").format(
                path=options.file, reason=problem_text(error)
            )
        )
    except OSError as error:
        parser.error(
            QCoreApplication.translate("CommandLine", "{path} cannot be read: {reason}").format(
                path=options.file, reason=error.strerror or error
            )
        )
    options.state = state
    options.position = state.position
    if options.lesson is None and options.function is None:
        options.lesson = state.lesson_id
        options.function = state.function
    # Each racer of a saved race keeps its lesson's own learning rate.
    if options.learning_rate is None and find_lesson(state.lesson_id).kind is not LessonKind.SURFACE:
        options.learning_rate = state.learning_rate
    if options.steps is None:
        options.steps = state.steps
    if options.start is None:
        options.start = ",".join(repr(value) for value in state.start)
    if options.optimizer is None:
        options.saved_optimizer = (state.optimizer, state.schedule)


def _check_options(parser: argparse.ArgumentParser, options: argparse.Namespace) -> None:
    """Reject invalid option values with a message naming the value and the fix."""
    options.surface_formula = None
    if options.lesson is not None and options.function is not None:
        parser.error(QCoreApplication.translate("CommandLine", "use either --lesson or --function, not both"))
    if options.data is not None and options.function is not None:
        parser.error(QCoreApplication.translate("CommandLine", "use either --data or --function, not both"))
    if options.surface is not None and options.function is not None:
        parser.error(QCoreApplication.translate(
            "CommandLine",
            "use either --surface or --function, not both: a formula that uses y, such as --function "
            "'x^2 + 10y^2', races as a surface by itself",
        ))
    _read_file_options(parser, options)
    if options.function is not None:
        options.surface_formula = _check_function(parser, options.function)
    if options.lesson is not None and options.lesson not in lesson_ids():
        parser.error(
            QCoreApplication.translate("CommandLine", "unknown lesson id {value!r}; choose one of: {ids}").format(
                value=options.lesson, ids=", ".join(lesson_ids())
            )
        )
    _check_names(parser, options)
    if options.steps is not None and not 0 <= options.steps <= MAX_STEPS:
        parser.error(QCoreApplication.translate("CommandLine", "--steps {value} is out of range; use 0 to {max}").format(value=options.steps, max=format_number(MAX_STEPS)))
    rate = options.learning_rate
    if rate is not None and not (math.isfinite(rate) and 0 <= rate <= MAX_LEARNING_RATE):
        parser.error(
            QCoreApplication.translate("CommandLine", "--learning-rate {value} is invalid; use a number from 0 to {max}").format(value=format_number(rate), max=format_number(MAX_LEARNING_RATE))
        )
    lesson = chosen_lesson(options)
    if lesson.kind is LessonKind.SURFACE and options.steps is not None and options.steps > MAX_RACE_STEPS:
        parser.error(QCoreApplication.translate("CommandLine", "--steps {value} is too many for a race; use 0 to {max}").format(
            value=options.steps, max=MAX_RACE_STEPS
        ))
    options.start_value = None
    if options.surface_formula is not None and options.start is not None and len(options.start.split(",")) != 2:
        parser.error(QCoreApplication.translate(
            "CommandLine",
            "--start {value} is invalid for a formula in x and y; give x₀ and y₀ as two numbers, such as --start 1,1",
        ).format(value=options.start))
    if options.start is not None:
        options.start_value = _parse_start(parser, options.start, lesson)
    options.dataset = None
    if options.data is not None:
        options.dataset = _load_data(parser, options.data, lesson)
    elif options.state is not None and options.state.data is not None and lesson.kind is LessonKind.REGRESSION:
        options.dataset = Dataset(np.array(options.state.data[0]), np.array(options.state.data[1]))
    if options.export is not None:
        from .batch import check_output

        problem = check_output(options.export)
        if problem is not None:
            parser.error(problem)


def _check_names(parser: argparse.ArgumentParser, options: argparse.Namespace) -> None:
    """Reject unknown --surface and --optimizer names and combinations that choose two things."""
    if options.surface is not None and options.surface not in SURFACES:
        parser.error(
            QCoreApplication.translate("CommandLine", "unknown surface {value!r}; choose one of: {names}").format(
                value=options.surface, names=", ".join(SURFACES)
            )
        )
    if options.optimizer is not None and options.optimizer not in OPTIMIZERS:
        parser.error(
            QCoreApplication.translate("CommandLine", "unknown optimizer {value!r}; choose one of: {names}").format(
                value=options.optimizer, names=", ".join(OPTIMIZERS)
            )
        )
    if options.surface is not None and options.lesson is not None:
        parser.error(QCoreApplication.translate(
            "CommandLine", "use either --surface or --lesson, not both (--surface NAME is --lesson race-NAME)"
        ))
    if options.surface is not None and options.data is not None:
        parser.error(QCoreApplication.translate(
            "CommandLine", "--data needs a regression lesson; the lesson race-sgd races on the regression loss"
        ))


def _parse_start(parser: argparse.ArgumentParser, text: str, lesson: Lesson) -> float | tuple[float, float]:
    """Read --start as x₀, as w₀,b₀ or as x₀,y₀ depending on the lesson's kind."""
    cells = text.split(",")
    if lesson.kind is LessonKind.SURFACE and len(cells) != 2:
        parser.error(
            QCoreApplication.translate("CommandLine", "--start {value} is invalid for lesson {lesson}; give x₀ and y₀ as two numbers, such as --start -1.2,1").format(
                value=text, lesson=lesson.id
            )
        )
    if lesson.kind is LessonKind.REGRESSION and len(cells) != 2:
        parser.error(
            QCoreApplication.translate("CommandLine", "--start {value} is invalid for lesson {lesson}; give w₀ and b₀ as two numbers, such as --start 0.5,1").format(
                value=text, lesson=lesson.id
            )
        )
    if lesson.kind is LessonKind.FUNCTION and len(cells) != 1:
        parser.error(
            QCoreApplication.translate("CommandLine", "--start {value} is invalid for lesson {lesson}; give x₀ as one number, such as --start 2").format(
                value=text, lesson=lesson.id
            )
        )
    values = []
    for cell in cells:
        try:
            value = float(cell)
        except ValueError:
            parser.error(QCoreApplication.translate("CommandLine", "--start {value} is invalid; {cell!r} is not a number").format(value=text, cell=cell))
        if not (math.isfinite(value) and abs(value) <= MAX_ABS_START):
            parser.error(
                QCoreApplication.translate("CommandLine", "--start {value} is invalid; use a number from {low} to {high}").format(
                    value=format_number(value), low=format_number(-MAX_ABS_START), high=format_number(MAX_ABS_START)
                )
            )
        values.append(value)
    return values[0] if len(values) == 1 else (values[0], values[1])


def _load_data(parser: argparse.ArgumentParser, path: str, lesson: Lesson):
    """Read --data, exiting with status 2 and the reason if it is rejected."""
    from .ui.data_texts import csv_error_text

    if lesson.kind is not LessonKind.REGRESSION:
        parser.error(
            QCoreApplication.translate("CommandLine", "--data needs a regression lesson, but {lesson} fits no data; use --lesson regression").format(
                lesson=lesson.id
            )
        )
    from .model.data_messages import data_overflows, overflow_message

    try:
        dataset = load_csv(path)
    except OSError as error:
        parser.error(QCoreApplication.translate("CommandLine", "--data {path}: the file cannot be read ({reason})").format(path=path, reason=error.strerror))
    except CsvError as error:
        parser.error(QCoreApplication.translate("CommandLine", "--data {path} was rejected: {reason}").format(path=path, reason=csv_error_text(error)))
    if data_overflows(dataset):
        parser.error(QCoreApplication.translate("CommandLine", "--data {path} was rejected: {reason}").format(path=path, reason=overflow_message(dataset)))
    return dataset


def _check_function(parser: argparse.ArgumentParser, text: str) -> str | None:
    """Reject a formula the parser does not accept, pointing at the problem.

    Returns the text if the formula uses y, so that it is raced on as a
    surface, and None for a function of x alone.
    """
    try:
        formula = parse_surface_formula(text)
    except FormulaError as error:
        _reject_function(parser, text, error, SURFACE_VARIABLES)
    if uses_variable(formula, "y"):
        return text
    try:
        parse_formula(text)
    except FormulaError as error:
        _reject_function(parser, text, error, ("x",))
    return None


def _reject_function(parser: argparse.ArgumentParser, text: str, error: FormulaError, variables: tuple[str, ...]):
    """Exit with status 2, naming the problem of --function and marking its position under the text."""
    from .model.formula_messages import formula_error_message

    # A formula of many kilobytes is shown as a short excerpt around the problem.
    excerpt = formula_excerpt(text, error.start, error.end)
    marker = " " * excerpt.start + "^" * max(1, excerpt.end - excerpt.start)
    message = formula_error_message(error, variables)
    parser.error(
        QCoreApplication.translate("CommandLine", "--function {value!r} is invalid: {message}").format(
            value=excerpt.text, message=message
        )
        + f"\n  {excerpt.text}\n  {marker}"
    )


def print_lessons(stream) -> None:
    from .ui.lesson_texts import lesson_title

    width = max(len(lesson.id) for lesson in LESSONS)
    for lesson in LESSONS:
        stream.write(f"{lesson.id:<{width}}  {lesson_title(lesson.id)}\n")


def print_run(options: argparse.Namespace, stream) -> int:
    """Print the step table of a lesson or a typed function with the options' overrides."""
    from .ui.lesson_texts import lesson_title
    from .ui.run_text import status_text

    lesson = chosen_lesson(options)
    if lesson.kind is LessonKind.REGRESSION:
        return print_regression(lesson, options, stream)
    if lesson.kind is LessonKind.SURFACE:
        from .race_report import print_surface

        return print_surface(lesson, options, stream)
    objective = lesson.objective if options.function is None else FormulaObjective(parse_formula(options.function))
    start = lesson.start if options.start_value is None else options.start_value
    rate = lesson.learning_rate if options.learning_rate is None else options.learning_rate
    steps = lesson.steps if options.steps is None else options.steps
    optimizer, schedule = run_setup(options)
    try:
        trajectory = run(objective, start, _rates(rate, schedule), steps, _optimizer(optimizer))
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
    _write_optimizer_lines(optimizer, schedule, stream)
    if optimizer == OptimizerSetup() and schedule == ScheduleSetup():
        # The update rule is that of gradient descent, so other optimizers print only their steps.
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


def print_regression(lesson: Lesson, options: argparse.Namespace, stream) -> int:
    """Print a regression lesson on its own data or on --data."""
    from .model.data_messages import overflow_message
    from .regression_report import print_fitting_run, print_regression_lesson

    objective = lesson.objective
    if options.dataset is not None:
        objective = objective.with_dataset(options.dataset)
    start = lesson.start if options.start_value is None else options.start_value
    rate = lesson.learning_rate if options.learning_rate is None else options.learning_rate
    steps = lesson.steps if options.steps is None else options.steps
    optimizer, schedule = run_setup(options)
    try:
        trajectory = run(objective, start, _rates(rate, schedule), steps, _optimizer(optimizer))
    except ValueError:
        stream.flush()
        if options.dataset is not None and getattr(objective, "overflows", False):
            sys.stderr.write("gdviewer: " + overflow_message(options.dataset) + "\n")
            return EXIT_USAGE
        sys.stderr.write(
            QCoreApplication.translate("CommandLine", "gdviewer: the loss is not finite at the start (w, b) = ({w}, {b}); choose values closer to 0\n").format(
                w=format_number(start[0]), b=format_number(start[1])
            )
        )
        return EXIT_USAGE
    if optimizer != OptimizerSetup() or schedule != ScheduleSetup():
        # The worked formulas are those of gradient descent; other optimizers print the log.
        _write_optimizer_lines(optimizer, schedule, stream)
        print_fitting_run(objective, trajectory, stream)
        return 0
    print_regression_lesson(lesson, objective, trajectory, stream)
    return 0


def run_setup(options: argparse.Namespace) -> tuple[OptimizerSetup, ScheduleSetup]:
    """Return the optimiser and schedule of a function or regression run.

    --optimizer chooses one with its default hyperparameters and a constant
    rate; otherwise an opened file's own optimiser and schedule are used.
    """
    if options.optimizer is not None:
        return OptimizerSetup(options.optimizer), ScheduleSetup()
    saved = getattr(options, "saved_optimizer", None)
    return saved if saved is not None else (OptimizerSetup(), ScheduleSetup())


def _optimizer(setup: OptimizerSetup):
    """Return the optimiser of ``setup``, or None for plain gradient descent (the core's default)."""
    return None if setup == OptimizerSetup() else setup.make()


def _rates(rate: float, schedule: ScheduleSetup):
    """Return the constant rate itself, or the schedule's rates starting from it."""
    return rate if schedule == ScheduleSetup() else schedule.make(rate)


def _write_optimizer_lines(optimizer: OptimizerSetup, schedule: ScheduleSetup, stream) -> None:
    """Name a non-default optimiser and schedule in the printed header."""
    if optimizer != OptimizerSetup():
        values = "".join(f", {name} = {value}" for name, value in optimizer.hyperparameters.items())
        stream.write("# " + QCoreApplication.translate("CommandLine", "optimizer: {name}").format(name=optimizer.name + values) + "\n")
    if schedule != ScheduleSetup():
        values = "".join(f", {name} = {value}" for name, value in schedule.parameters.items())
        stream.write("# " + QCoreApplication.translate("CommandLine", "schedule: {name}").format(name=schedule.name + values) + "\n")


def run_window(options: argparse.Namespace, settings: QSettings, switcher: LanguageSwitcher) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .resources import resource_path
    from .ui.main_window import MainWindow

    application = QApplication.instance()
    application.setWindowIcon(QIcon(str(resource_path("icons", "gdviewer.svg"))))
    window = MainWindow(settings, language_switcher=switcher)
    sys.excepthook = window.report_unexpected_error
    if options.file is not None:
        window.file_actions.open_file(options.file)
    apply_options(window.experiment, options)
    if options.position is not None:
        window.player.seek(options.position)
    # Options from the command line are where the user starts, not unsaved edits.
    window.setWindowModified(False)
    window.show()
    window.warn_if_no_hangul_font()
    return application.exec()


def apply_options(experiment, options: argparse.Namespace) -> None:
    """Load the chosen lesson or function into an experiment and apply the overrides."""
    lesson = chosen_lesson(options)
    experiment.load_lesson(lesson.id)
    if lesson.kind is LessonKind.SURFACE:
        from .race_report import surface_racers

        restored = _restore_saved_race(experiment, lesson, options)
        if restored:
            start = experiment.race.start if options.start_value is None else options.start_value
        else:
            _, start, racers = surface_racers(lesson, options)
        experiment.set_regression_start(*start)
        if options.surface_formula is not None:
            experiment.race.set_formula_surface(options.surface_formula)
        if not restored:
            experiment.race.set_racers(racers)
        if options.steps is not None:
            experiment.set_steps(options.steps)
        if getattr(options, "position", None) is not None:
            experiment.compute_all()
        return
    if options.dataset is not None:
        experiment.replace_dataset(options.dataset, QCoreApplication.translate("CommandLine", "Import data"))
        experiment.undo_stack.clear()
    if options.function is not None:
        experiment.set_function(options.function)
    optimizer, schedule = run_setup(options)
    if (optimizer, schedule) != (OptimizerSetup(), ScheduleSetup()):
        experiment.set_optimizer_setup(optimizer, schedule)
    start = options.start_value
    if isinstance(start, tuple):
        experiment.set_regression_start(*start)
    elif start is not None:
        experiment.set_start(start)
    if options.learning_rate is not None:
        experiment.set_learning_rate(options.learning_rate)
    if options.steps is not None:
        experiment.set_steps(options.steps)
    if getattr(options, "position", None) is not None:
        experiment.compute_all()


def _restore_saved_race(experiment, lesson, options: argparse.Namespace) -> bool:
    """Show the race saved in the opened file, narrowed by --optimizer and --learning-rate.

    Returns False if the file has no race of this lesson.
    """
    state = getattr(options, "state", None)
    if state is None or state.race is None or state.lesson_id != lesson.id:
        return False
    from .core.race_setup import racers_with_optimizer
    from .model.race_io import restore_race

    race = experiment.race
    # NOTE: a race the model rejects (data whose loss overflows at the start)
    # leaves the lesson's racers without an error on the command line.
    restore_race(race, state)
    if options.optimizer is not None:
        race.set_racers(racers_with_optimizer(race.racers, race.surface, options.optimizer))
    if options.learning_rate is not None:
        race.set_all_learning_rates(options.learning_rate)
    return True


def requested_language(arguments: list[str]) -> str | None:
    """Find --lang before the parser exists, so its help and errors can be translated.

    An invalid or missing value gives None: the full parser then reports it
    in the saved or system language, with the whole usage.
    """
    pre_parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    pre_parser.add_argument("--lang", choices=sorted(LANGUAGES))
    try:
        known, _rest = pre_parser.parse_known_args(arguments)
    except argparse.ArgumentError:
        return None
    return known.lang


#: Options whose value may start with a minus sign, such as --start -1e6.
_SIGNED_OPTIONS = ("--start", "--learning-rate", "--steps")


def join_signed_values(arguments: list[str]) -> list[str]:
    """Write "--start -1e6" as "--start=-1e6", so argparse does not read -1e6 as an option."""
    joined: list[str] = []
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        following = arguments[index + 1] if index + 1 < len(arguments) else None
        if argument in _SIGNED_OPTIONS and following is not None and following.startswith("-") and _looks_numeric(following):
            joined.append(f"{argument}={following}")
            index += 2
            continue
        joined.append(argument)
        index += 1
    return joined


def _looks_numeric(text: str) -> bool:
    try:
        [float(cell) for cell in text.split(",")]
    except ValueError:
        return False
    return True


def display_available(window_mode: bool) -> bool:
    """Tell whether a window can open: on Linux it needs X11, Wayland or a Qt platform set by hand."""
    if not window_mode or not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = join_signed_values(list(sys.argv[1:] if argv is None else argv))
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    exporting = any(argument == "--export" or argument.startswith("--export=") for argument in arguments)
    window_mode = not ({"--print", "--list-lessons", "-h", "--help"} & set(arguments)) and not exporting
    if exporting and not display_available(True):
        # Figures are drawn by the same widgets as in the window, off screen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if window_mode and not display_available(window_mode):
        window_mode = False
        missing_display = True
    else:
        missing_display = False
    if window_mode or exporting:
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
        if missing_display:
            sys.stderr.write(
                QCoreApplication.translate(
                    "CommandLine",
                    "gdviewer: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are unset), so the "
                    "window cannot open. Run it in a desktop session, or use --print to see a lesson in the terminal.",
                )
                + "\n"
            )
            return EXIT_USAGE
        parser = build_parser()
        options = parser.parse_args(arguments)
        _check_options(parser, options)
        if options.list_lessons:
            print_lessons(sys.stdout)
            return 0
        if options.export is not None:
            from .batch import export

            return export(options, options.export, apply_options)
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
