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
from .regression import LinearRegression, RegressionLoss


class LessonKind(enum.Enum):
    """What a lesson optimises, which decides the views that show it."""

    FUNCTION = "function"
    """A function of x; the start is one number."""
    REGRESSION = "regression"
    """A line ŷ = w·x + b fitted to data; the start is (w, b)."""


@dataclass(frozen=True)
class Lesson:
    """A named starting configuration: objective, start, learning rate, steps.

    For a regression lesson ``start`` is the pair (w, b), ``objective`` is
    a LinearRegression on the lesson's data and each step is an epoch.
    """

    id: str
    title: str
    objective: Objective = field(repr=False)
    start: float | tuple[float, float]
    learning_rate: float
    steps: int
    kind: LessonKind = LessonKind.FUNCTION

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

DEFAULT_LESSON_ID = "convergence"


def lesson_ids() -> list[str]:
    return [lesson.id for lesson in LESSONS]


def find_lesson(lesson_id: str) -> Lesson:
    """Return the lesson with this id; raise KeyError naming the known ids."""
    for lesson in LESSONS:
        if lesson.id == lesson_id:
            return lesson
    raise KeyError(lesson_id)
