"""Inputs for how many data points each update averages: batch, mini-batch or stochastic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from .number_inputs import CheckedSpinBox, explain_rejections

#: The largest seed offered; numpy accepts any integer >= 0.
MAX_SEED = 2**31 - 1

BATCH, MINI_BATCH, STOCHASTIC = range(3)


class BatchInputs(QWidget):
    """A choice of batch, mini-batch (with its size) or stochastic updates, and a seed.

    Signals
    -------
    batchesEdited(object, int)
        The user changed an input: the batch size (None for every point,
        1 for stochastic updates) and the seed.
    inputRejected(str)
        The batch size or the seed threw typed text away: the message that
        names the text and the valid range.
    """

    batchesEdited = Signal(object, int)
    inputRejected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._sample_count = 1
        self.mode = QComboBox()
        self.mode.setObjectName("updateMode")
        for _ in range(3):
            self.mode.addItem("")
        self.batch_size = CheckedSpinBox()
        self.batch_size.setObjectName("batchSize")
        self.batch_size.setKeyboardTracking(False)
        self.seed = CheckedSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, MAX_SEED)
        self.seed.setKeyboardTracking(False)

        self.mode_label = QLabel()
        self.size_label = QLabel()
        self.seed_label = QLabel()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.mode_label, self.mode)
        layout.addRow(self.size_label, self.batch_size)
        layout.addRow(self.seed_label, self.seed)

        self.mode.currentIndexChanged.connect(self._on_edited)
        self.batch_size.valueChanged.connect(self._on_edited)
        self.seed.valueChanged.connect(self._on_edited)
        explain_rejections(self.batch_size, self.size_label.text, self.inputRejected.emit)
        explain_rejections(self.seed, self.seed_label.text, self.inputRejected.emit)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.mode.setItemText(BATCH, QCoreApplication.translate("BatchInputs", "Batch (all points)"))
        self.mode.setItemText(MINI_BATCH, QCoreApplication.translate("BatchInputs", "Mini-batch"))
        self.mode.setItemText(STOCHASTIC, QCoreApplication.translate("BatchInputs", "Stochastic (one point)"))
        self.mode_label.setText(QCoreApplication.translate("BatchInputs", "Updates"))
        self.size_label.setText(QCoreApplication.translate("BatchInputs", "Batch size"))
        self.seed_label.setText(QCoreApplication.translate("BatchInputs", "Seed"))
        self.mode.setToolTip(QCoreApplication.translate(
            "BatchInputs",
            "How many data points each update averages: all of them (batch gradient descent), a random "
            "mini-batch, or one random point (stochastic gradient descent).",
        ))
        self.batch_size.setToolTip(QCoreApplication.translate(
            "BatchInputs", "Points per update. Each epoch shuffles the points and cuts them into batches of this size."
        ))
        self.seed.setToolTip(QCoreApplication.translate(
            "BatchInputs", "Seed of the random shuffles: the same seed draws the same batches after a reset."
        ))

    def show_values(self, batch_size: int | None, seed: int, sample_count: int) -> None:
        """Show a setting without emitting ``batchesEdited``."""
        self._sample_count = sample_count
        if batch_size is None or batch_size >= sample_count:
            mode = BATCH
        elif batch_size == 1:
            mode = STOCHASTIC
        else:
            mode = MINI_BATCH
        widgets = (self.mode, self.batch_size, self.seed)
        blocked = [widget.blockSignals(True) for widget in widgets]
        self.batch_size.setRange(2, max(2, sample_count - 1))
        self.mode.model().item(MINI_BATCH).setEnabled(sample_count > 2)
        self.mode.setCurrentIndex(mode)
        if mode == MINI_BATCH:
            self.batch_size.setValue(batch_size)
        self.seed.setValue(seed)
        for widget, was_blocked in zip(widgets, blocked):
            widget.blockSignals(was_blocked)
        self.batch_size.setEnabled(mode == MINI_BATCH)
        self.seed.setEnabled(mode != BATCH)

    def chosen_batch_size(self) -> int | None:
        mode = self.mode.currentIndex()
        if mode == BATCH:
            return None
        if mode == STOCHASTIC:
            return 1
        return self.batch_size.value()

    @Slot()
    def _on_edited(self) -> None:
        mode = self.mode.currentIndex()
        self.batch_size.setEnabled(mode == MINI_BATCH)
        self.seed.setEnabled(mode != BATCH)
        self.batchesEdited.emit(self.chosen_batch_size(), self.seed.value())
