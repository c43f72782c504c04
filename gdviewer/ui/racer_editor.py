"""The inputs of one racer: optimiser, learning rate, hyperparameters and batches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..core.optimizers import OPTIMIZERS
from ..core.race_setup import RacerSetup
from ..model.limits import MAX_LEARNING_RATE
from .batch_inputs import BatchInputs
from .hyperparameter_inputs import HyperparameterForm, write_input
from .number_inputs import ExactDoubleSpinBox, explain_rejections
from .plots.racer_style import racer_color
from .optimizer_box import make_optimizer_combo, name_optimizer_items
from .race_names import optimizer_description


class RacerEditor(QFrame):
    """A framed group of inputs for the racer in one colour slot.

    Signals
    -------
    optimizerChosen(int, str)
        The slot and the optimiser's registry name.
    learningRateEdited(int, float)
        The slot and the new learning rate α.
    hyperparameterEdited(int, str, object)
        The slot, the hyperparameter's name and its value.
    batchesEdited(int, object, int)
        The slot, the batch size (None for all points) and the seed.
    removeRequested(int)
        The slot whose racer should leave the race.
    """

    optimizerChosen = Signal(int, str)
    learningRateEdited = Signal(int, float)
    hyperparameterEdited = Signal(int, str, object)
    batchesEdited = Signal(int, object, int)
    removeRequested = Signal(int)

    def __init__(self, slot: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.slot = slot
        self.setObjectName(f"racer{slot}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        color = racer_color(slot)
        self.setStyleSheet(f"#racer{slot} {{ border: 1px solid palette(mid); border-left: 5px solid {color}; }}")

        self.optimizer = make_optimizer_combo()
        self.remove = QToolButton()
        self.remove.setObjectName("removeRacer")
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        header = QHBoxLayout()
        header.addWidget(self.optimizer, 1)
        header.addWidget(self.remove)

        self.learning_rate = ExactDoubleSpinBox(logarithmic_steps=True)
        self.learning_rate.setObjectName("racerLearningRate")
        self.learning_rate.setRange(0.0, MAX_LEARNING_RATE)
        self.rate_label = QLabel()
        self.hyperparameters = HyperparameterForm(leading_rows=[(self.rate_label, self.learning_rate)])
        self.batches = BatchInputs()
        self.error_label = QLabel()
        self.error_label.setObjectName("racerError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d55e00;")
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.hyperparameters)
        layout.addWidget(self.batches)
        layout.addWidget(self.error_label)

        self.optimizer.currentIndexChanged.connect(self._on_optimizer_chosen)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self.slot))
        self.learning_rate.valueChanged.connect(lambda value: self.learningRateEdited.emit(self.slot, value))
        self.hyperparameters.valueEdited.connect(lambda name, value: self.hyperparameterEdited.emit(self.slot, name, value))
        self.batches.batchesEdited.connect(lambda size, seed: self.batchesEdited.emit(self.slot, size, seed))
        self._connect_messages()
        self.retranslate()

    def _connect_messages(self) -> None:
        """Show rejected typed values under this racer's inputs, until the next valid edit."""
        explain_rejections(
            self.learning_rate, lambda: QCoreApplication.translate("RacerEditor", "Learning rate"), self._show_message
        )
        self.hyperparameters.inputRejected.connect(self._show_message)
        self.batches.inputRejected.connect(self._show_message)
        for edited in (self.learning_rate.valueChanged, self.hyperparameters.valueEdited, self.batches.batchesEdited):
            edited.connect(self.error_label.hide)
        self.optimizer.currentIndexChanged.connect(self.error_label.hide)

    @Slot(str)
    def _show_message(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name_optimizer_items(self.optimizer)
        self.rate_label.setText(QCoreApplication.translate("RacerEditor", "Learning rate α"))
        self.learning_rate.setToolTip(QCoreApplication.translate(
            "RacerEditor",
            "This racer's base learning rate. Choosing another optimizer sets the rate suggested for it on this surface.",
        ))
        self.remove.setToolTip(QCoreApplication.translate("RacerEditor", "Remove this racer from the race"))
        self.hyperparameters.retranslate()

    def show_setup(self, setup: RacerSetup, sample_count: int, removable: bool) -> None:
        """Show a racer's settings without emitting any signal; only data surfaces show the batch inputs."""
        index = self.optimizer.findData(setup.optimizer)
        if index != self.optimizer.currentIndex():
            blocked = self.optimizer.blockSignals(True)
            self.optimizer.setCurrentIndex(index)
            self.optimizer.blockSignals(blocked)
            self.optimizer.setToolTip(optimizer_description(setup.optimizer))
        write_input(self.learning_rate, setup.learning_rate)
        self.hyperparameters.set_table(OPTIMIZERS[setup.optimizer].hyperparameters)
        self.hyperparameters.show_values(setup.value)
        self.batches.setVisible(sample_count > 0)
        if sample_count > 0:
            self.batches.show_values(setup.batch_size, setup.seed, sample_count)
        self.remove.setEnabled(removable)

    @Slot(int)
    def _on_optimizer_chosen(self, index: int) -> None:
        self.optimizerChosen.emit(self.slot, self.optimizer.itemData(index))
