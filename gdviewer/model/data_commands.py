"""Undoable edits of an experiment's data set, for its QUndoStack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..core.datasets import Dataset

#: QUndoCommand.id() of point moves; moves with the same id may merge.
MOVE_COMMAND_ID = 1


class ReplaceDataCommand(QUndoCommand):
    """Replace the whole data set by another one (an edit or an import).

    ``apply`` installs a data set in the experiment; it is called with the
    new data on redo and with the old data on undo.
    """

    def __init__(self, text: str, apply: Callable[[Dataset], None], before: Dataset, after: Dataset):
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class MovePointCommand(ReplaceDataCommand):
    """Move one point; the moves of one drag gesture merge into one command.

    ``gesture`` identifies a drag (any number other than 0); a move with
    gesture 0 never merges, so two separate drags stay two undo steps.
    """

    def __init__(self, text, apply, before: Dataset, after: Dataset, index: int, gesture: int):
        super().__init__(text, apply, before, after)
        self.index = index
        self.gesture = gesture

    def id(self) -> int:
        return MOVE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MovePointCommand):
            return False
        if self.gesture == 0 or other.gesture != self.gesture or other.index != self.index:
            return False
        self.after = other.after
        return True
