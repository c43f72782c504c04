"""The built-in lessons, as data.

Titles here are the English source text. The user interface shows them
through Qt's translation system under the context ``Lessons``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .objectives import Objective, Quadratic


@dataclass(frozen=True)
class Lesson:
    """A named starting configuration: objective, start, learning rate, steps."""

    id: str
    title: str
    objective: Objective = field(repr=False)
    start: float
    learning_rate: float
    steps: int


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
