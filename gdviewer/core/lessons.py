"""The built-in lessons, as data.

Titles here are the English source text. The user interface shows them
through Qt's translation system under the context ``Lessons``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import numpy as np

from .datasets import Dataset
from .objectives import Objective, Quadratic
from .race_setup import RacerSetup
from .regression import LinearRegression, RegressionLoss
from .surfaces import Beale, Himmelblau, IllConditionedBowl, Rosenbrock, Saddle, Surface


class LessonKind(enum.Enum):
    """What a lesson optimises, which decides the views that show it."""

    FUNCTION = "function"
    """A function of x; the start is one number."""
    REGRESSION = "regression"
    """A line ŷ = w·x + b fitted to data; the start is (w, b)."""
    SURFACE = "surface"
    """Up to six optimisers racing on a function of two variables; the start is (x, y)."""


@dataclass(frozen=True)
class Lesson:
    """A named starting configuration: objective, start, learning rate, steps.

    For a regression lesson ``start`` is the pair (w, b), ``objective`` is
    a LinearRegression on the lesson's data and each step is an epoch.
    A surface lesson races ``racers`` from the point ``start`` on a
    two-variable ``objective``, and ``learning_rate`` is the first racer's.
    """

    id: str
    title: str
    objective: Objective = field(repr=False)
    start: float | tuple[float, float]
    learning_rate: float
    steps: int
    kind: LessonKind = LessonKind.FUNCTION
    racers: tuple[RacerSetup, ...] = ()

    @property
    def dataset(self) -> Dataset | None:
        """The lesson's built-in data, for a regression lesson."""
        return getattr(self.objective, "dataset", None)


#: The single point of the one-step regression lesson.
ONE_POINT = Dataset(np.array([2.0]), np.array([4.0]))
#: Five points whose least-squares line is ŷ = 0.6·x + 2.2.
FIVE_POINTS = Dataset(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), np.array([2.0, 4.0, 5.0, 4.0, 5.0]))


LESSONS: tuple[Lesson, ...] = (
    Lesson(
        id="divergence",
        title="Divergence without a learning rate",
        objective=Quadratic(2.0),
        start=1.0,
        learning_rate=1.0,
        steps=3,
    ),
    Lesson(
        id="convergence",
        title="Convergence with learning rate 0.1",
        objective=Quadratic(2.0),
        start=1.0,
        learning_rate=0.1,
        steps=4,
    ),
    Lesson(
        id="regression-step",
        title="One step of linear regression",
        objective=LinearRegression(ONE_POINT, RegressionLoss.HALF_SQUARED_ERROR),
        start=(1.0, 0.0),
        learning_rate=0.1,
        steps=1,
        kind=LessonKind.REGRESSION,
    ),
    Lesson(
        id="regression",
        title="Linear regression by gradient descent",
        objective=LinearRegression(FIVE_POINTS, RegressionLoss.MEAN_SQUARED_ERROR),
        start=(0.0, 0.0),
        learning_rate=0.01,
        steps=100,
        kind=LessonKind.REGRESSION,
    ),
)



def _six_racers(surface: Surface) -> tuple[RacerSetup, ...]:
    """Return one racer per optimiser, each at the surface's suggested learning rate."""
    return tuple(RacerSetup(name, rate) for name, rate in surface.suggested_learning_rates.items())


def _race_lesson(lesson_id: str, title: str, surface: Surface, steps: int) -> Lesson:
    racers = _six_racers(surface)
    return Lesson(
        id=lesson_id, title=title, objective=surface, start=surface.start,
        learning_rate=racers[0].learning_rate, steps=steps, kind=LessonKind.SURFACE, racers=racers,
    )


#: The step counts let the slowest converging racer get within 1 % of the
#: minimum's loss, at the suggested learning rates and starts.
RACE_LESSONS: tuple[Lesson, ...] = (
    _race_lesson("race-bowl", "Race on the ill-conditioned bowl x² + 10y²", IllConditionedBowl(), 300),
    _race_lesson("race-rosenbrock", "Race through Rosenbrock's valley", Rosenbrock(), 3000),
    _race_lesson("race-beale", "Race across Beale's plateaus", Beale(), 1500),
    _race_lesson("race-himmelblau", "Race to one of Himmelblau's four minima", Himmelblau(), 1500),
    _race_lesson("race-saddle", "Race away from the saddle x² − y²", Saddle(), 300),
    Lesson(
        id="race-sgd",
        title="Batch, mini-batch and stochastic gradient descent",
        objective=LinearRegression(FIVE_POINTS, RegressionLoss.MEAN_SQUARED_ERROR),
        start=(0.0, 0.0),
        learning_rate=0.02,
        steps=1000,
        kind=LessonKind.SURFACE,
        racers=(
            RacerSetup("gd", 0.02),
            RacerSetup("gd", 0.02, batch_size=2, seed=0),
            RacerSetup("gd", 0.02, batch_size=1, seed=0),
        ),
    ),
    Lesson(
        id="race-adam-bias",
        title="Adam with and without bias correction",
        objective=IllConditionedBowl(),
        start=IllConditionedBowl.start,
        learning_rate=0.05,
        steps=300,
        kind=LessonKind.SURFACE,
        racers=(
            RacerSetup("adam", 0.05),
            RacerSetup("adam", 0.05, {"bias_correction": False}),
        ),
    ),
)

LESSONS = LESSONS + RACE_LESSONS

DEFAULT_LESSON_ID = "convergence"


def lesson_ids() -> list[str]:
    return [lesson.id for lesson in LESSONS]


def find_lesson(lesson_id: str) -> Lesson:
    """Return the lesson with this id; raise KeyError naming the known ids."""
    for lesson in LESSONS:
        if lesson.id == lesson_id:
            return lesson
    raise KeyError(lesson_id)
