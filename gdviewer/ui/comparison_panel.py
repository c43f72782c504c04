"""The comparison panel: keep runs, list them, remove them, undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.lessons import LessonKind
from ..core.numbers import format_number
from ..model.comparison import LESSON_PAIR_LESSON, MAX_RUNS, ComparedRun, Comparison
from ..model.experiment import Experiment
from .list_height import fit_list_height
from .plots.style import COMPARISON_COLORS


class SetRunsCommand(QUndoCommand):
    """Replace the kept runs; undo puts the previous ones back as they were."""

    def __init__(self, comparison: Comparison, runs, text: str):
        super().__init__(text)
        self._comparison = comparison
        self._before = comparison.runs
        self._after = tuple(runs)

    def redo(self) -> None:
        self._comparison.set_runs(self._after)

    def undo(self) -> None:
        self._comparison.set_runs(self._before)


class ComparisonPanel(QGroupBox):
    """Buttons to keep the current run or the lesson pair, and the list of kept runs.

    Every change goes through ``undo_stack``, so Edit ▸ Undo brings back a
    removed run or a cleared comparison.
    """

    def __init__(self, comparison: Comparison, experiment: Experiment, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self._comparison = comparison
        self._experiment = experiment
        self._undo_stack = undo_stack

        self.add_button = self._button("addToComparison", self.add_current)
        self.pair_button = self._button("lessonPair", self.compare_lesson_pair)
        self.remove_button = self._button("removeFromComparison", self.remove_selected)
        self.clear_button = self._button("clearComparison", self.clear)
        self.runs_list = QListWidget()
        self.runs_list.setObjectName("comparisonList")
        self.runs_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.message = QLabel()
        self.message.setObjectName("comparisonMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d55e00;")
        self.message.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.pair_button)
        edits = QHBoxLayout()
        edits.addWidget(self.remove_button)
        edits.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.runs_list)
        layout.addLayout(edits)
        layout.addWidget(self.message)

        comparison.runsChanged.connect(self.refresh)
        experiment.parametersChanged.connect(self._hide_message)
        experiment.lessonChanged.connect(self._update_buttons)
        self.runs_list.itemSelectionChanged.connect(self._update_buttons)
        self.runs_list.installEventFilter(self)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.runs_list and event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Delete):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ComparisonPanel", "Comparison"))
        self.add_button.setText(QCoreApplication.translate("ComparisonPanel", "Add to comparison"))
        self.add_button.setToolTip(
            QCoreApplication.translate("ComparisonPanel", "Keep the current run on the plots, then change the learning rate to compare (up to {count} runs)").format(
                count=MAX_RUNS
            )
        )
        self.pair_button.setText(QCoreApplication.translate("ComparisonPanel", "Lesson pair"))
        self.pair_button.setToolTip(QCoreApplication.translate("ComparisonPanel", "Compare α = 1 with α = 0.1 on f(x) = 2x², starting at x = 1"))
        self.remove_button.setText(QCoreApplication.translate("ComparisonPanel", "Remove"))
        self.remove_button.setToolTip(QCoreApplication.translate("ComparisonPanel", "Remove the selected runs (Delete)"))
        self.clear_button.setText(QCoreApplication.translate("ComparisonPanel", "Clear"))
        self.clear_button.setToolTip(QCoreApplication.translate("ComparisonPanel", "Remove every kept run; Edit ▸ Undo brings them back"))
        self.refresh()

    # Actions

    @Slot()
    def add_current(self) -> bool:
        """Keep the current run; return False and show the reason if it cannot be added."""
        if self._experiment.kind is not LessonKind.FUNCTION:
            return False
        if not self._experiment.plain_descent:
            self._show_message(QCoreApplication.translate(
                "ComparisonPanel",
                "Kept runs use gradient descent at a constant rate: choose Gradient descent and the Constant "
                "schedule to add this run.",
            ))
            return False
        run = self._comparison.current_run()
        problem = self._comparison.rejection(run)
        if problem is not None:
            self._show_message(problem)
            return False
        self._hide_message()
        label = QCoreApplication.translate("ComparisonPanel", "Add α = {rate} to the Comparison").format(rate=format_number(run.learning_rate))
        self._undo_stack.push(SetRunsCommand(self._comparison, (*self._comparison.runs, run), label))
        return True

    @Slot()
    def compare_lesson_pair(self) -> None:
        """Load the convergence lesson and compare α = 1 with α = 0.1 on it."""
        self._hide_message()
        self._experiment.load_lesson(LESSON_PAIR_LESSON)
        self._undo_stack.push(SetRunsCommand(self._comparison, self._comparison.lesson_pair(), QCoreApplication.translate("ComparisonPanel", "Compare the Lesson Pair")))

    @Slot()
    def remove_selected(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.runs_list.selectedItems()}
        if not chosen:
            return
        kept = [run for run in self._comparison.runs if run.color_index not in chosen]
        self._undo_stack.push(SetRunsCommand(self._comparison, kept, QCoreApplication.translate("ComparisonPanel", "Remove from the Comparison")))

    @Slot()
    def clear(self) -> None:
        if self._comparison.runs:
            self._undo_stack.push(SetRunsCommand(self._comparison, (), QCoreApplication.translate("ComparisonPanel", "Clear the Comparison")))

    # Display

    @Slot()
    def refresh(self) -> None:
        runs = self._comparison.runs
        shown = [self.runs_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.runs_list.count())]
        labels = [self._describe(run) for run in runs]
        if shown != [run.color_index for run in runs] or any(
            self.runs_list.item(row).text() != label for row, label in enumerate(labels)
        ):
            self.runs_list.clear()
            for run, label in zip(runs, labels):
                item = QListWidgetItem(_swatch(run.color_index), label)
                item.setData(Qt.ItemDataRole.UserRole, run.color_index)
                self.runs_list.addItem(item)
        self.runs_list.setVisible(bool(runs))
        fit_list_height(self.runs_list)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        count = len(self._comparison.runs)
        function_lesson = self._experiment.kind is LessonKind.FUNCTION
        self.add_button.setEnabled(count < MAX_RUNS and function_lesson)
        self.remove_button.setEnabled(bool(self.runs_list.selectedItems()))
        self.clear_button.setEnabled(count > 0)

    def _describe(self, run: ComparedRun) -> str:
        trajectory = run.trajectory
        text = f"α = {format_number(run.learning_rate)}, x₀ = {format_number(run.start)}, f = {run.formula_text}"
        if trajectory.divergence is not None:
            text += " · " + QCoreApplication.translate("ComparisonPanel", "stops at step {step}").format(step=trajectory.divergence.step)
        return text

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    @Slot()
    def _hide_message(self) -> None:
        self.message.hide()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button


def _swatch(color_index: int) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(COMPARISON_COLORS[color_index]))
    return QIcon(pixmap)
