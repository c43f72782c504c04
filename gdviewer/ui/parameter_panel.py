"""The side panel: lesson list and the run's parameters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.numbers import format_number
from ..core.lessons import LESSONS, LessonKind
from ..model.experiment import MAX_ABS_START, MAX_LEARNING_RATE, MAX_STEPS, Experiment
from .function_editor import FunctionEditor
from .lesson_texts import lesson_title
from .number_inputs import CheckedSpinBox, ExactDoubleSpinBox, LogSlider, explain_rejections
from .optimizer_box import OptimizerBox
from .regime_bar import RegimeBar
from .regime_text import problem_text, regime_sentence
from .run_explanation import run_explanation

SLIDER_MIN_RATE = 1e-5
SLIDER_MAX_RATE = 10.0


class ParameterPanel(QWidget):
    """Lesson choice, function, start point, learning rate and steps.

    Each input writes straight to the experiment. A rejected value is shown
    in red under its input and the experiment keeps its last valid state.
    Under the learning-rate slider, coloured bands show the regimes, a
    sentence explains what the current rate does, and a button picks the
    fastest rate.
    """

    def __init__(self, experiment: Experiment, parent: QWidget | None = None):
        super().__init__(parent)
        self._experiment = experiment

        # Lessons
        self.lessons_box = QGroupBox()
        self.lesson_list = QListWidget()
        self.lesson_list.setObjectName("lessonList")
        for lesson in LESSONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            self.lesson_list.addItem(item)
        self.lesson_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lesson_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        frame = 2 * self.lesson_list.frameWidth()
        self.lesson_list.setMaximumHeight(self.lesson_list.sizeHintForRow(0) * len(LESSONS) + frame + 4)
        self.lesson_text = QTextBrowser()
        self.lesson_text.setObjectName("lessonText")
        self.lesson_text.setMaximumHeight(230)
        lessons_layout = QVBoxLayout(self.lessons_box)
        lessons_layout.addWidget(self.lesson_list)
        lessons_layout.addWidget(self.lesson_text)

        # Parameters
        self.parameters_box = QGroupBox()
        self.start_point = ExactDoubleSpinBox()
        self.start_point.setObjectName("startPoint")
        self.start_point.setRange(-MAX_ABS_START, MAX_ABS_START)
        self.start_point.setSingleStep(0.1)

        self.start_weight = ExactDoubleSpinBox()
        self.start_weight.setObjectName("startWeight")
        self.start_bias = ExactDoubleSpinBox()
        self.start_bias.setObjectName("startBias")
        for box in (self.start_weight, self.start_bias):
            box.setRange(-MAX_ABS_START, MAX_ABS_START)
            box.setSingleStep(0.1)

        self.learning_rate = ExactDoubleSpinBox(logarithmic_steps=True)
        self.learning_rate.setObjectName("learningRate")
        self.learning_rate.setRange(0.0, MAX_LEARNING_RATE)
        self.learning_rate_slider = LogSlider(SLIDER_MIN_RATE, SLIDER_MAX_RATE)
        self.learning_rate_slider.setObjectName("learningRateSlider")
        self.regime_bar = RegimeBar(experiment, self.learning_rate_slider)
        self.regime_caption = QLabel()
        self.regime_caption.setObjectName("regimeCaption")
        self.regime_caption.setWordWrap(True)
        self.fastest_rate = QPushButton()
        self.fastest_rate.setObjectName("fastestRate")
        self.function_editor = FunctionEditor(experiment)

        self.step_count = CheckedSpinBox()
        self.step_count.setObjectName("stepCount")
        self.step_count.setRange(0, MAX_STEPS)
        self.step_count.setKeyboardTracking(False)
        self.step_count.setGroupSeparatorShown(True)

        self.error_label = QLabel()
        self.error_label.setObjectName("parameterError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d55e00;")
        self.error_label.hide()

        self.start_label = QLabel()
        self.weight_label = QLabel()
        self.bias_label = QLabel()
        self.rate_label = QLabel()
        self.steps_label = QLabel()
        form = QFormLayout(self.parameters_box)
        self._form = form
        form.addRow(self.start_label, self.start_point)
        form.addRow(self.weight_label, self.start_weight)
        form.addRow(self.bias_label, self.start_bias)
        rate_row = QVBoxLayout()
        rate_row.setSpacing(2)
        rate_row.addWidget(self.learning_rate)
        rate_row.addWidget(self.learning_rate_slider)
        rate_row.addWidget(self.regime_bar)
        rate_row.addWidget(self.fastest_rate)
        form.addRow(self.rate_label, rate_row)
        form.addRow(self.regime_caption)
        form.addRow(self.steps_label, self.step_count)
        form.addRow(self.error_label)

        self.optimizer_box = OptimizerBox(experiment)

        # Data of a regression lesson
        self.data_box = QGroupBox()
        self.data_summary = QLabel()
        self.data_summary.setObjectName("dataSummary")
        self.data_summary.setWordWrap(True)
        self.data_hint = QLabel()
        self.data_hint.setWordWrap(True)
        self.data_hint.setStyleSheet("color: palette(mid);")
        data_layout = QVBoxLayout(self.data_box)
        data_layout.addWidget(self.data_summary)
        data_layout.addWidget(self.data_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lessons_box)
        layout.addWidget(self.function_editor)
        layout.addWidget(self.parameters_box)
        layout.addWidget(self.optimizer_box)
        layout.addWidget(self.data_box)

        # The slider may fire faster than a long run computes: only the
        # latest value is applied, once the event loop is free.
        self._pending_rate: float | None = None
        self._rate_timer = QTimer(self)
        self._rate_timer.setSingleShot(True)
        self._rate_timer.setInterval(0)
        self._rate_timer.timeout.connect(self._apply_pending_rate)

        self.lesson_list.currentItemChanged.connect(self._on_lesson_chosen)
        # A click on the lesson already chosen loads its parameters again.
        # A click that chooses another lesson loads it once, through
        # currentItemChanged, so the press records what was chosen before.
        self._current_before_press: QListWidgetItem | None = None
        self.lesson_list.viewport().installEventFilter(self)
        self.lesson_list.itemClicked.connect(self._on_lesson_clicked)
        self._connect_rejections()
        self.start_point.valueChanged.connect(self._on_start_edited)
        self.start_weight.valueChanged.connect(self._on_regression_start_edited)
        self.start_bias.valueChanged.connect(self._on_regression_start_edited)
        self.learning_rate.valueChanged.connect(self._on_rate_edited)
        self.learning_rate_slider.valueChangedFloat.connect(self._on_slider_moved)
        self.step_count.valueChanged.connect(self._on_steps_edited)
        self.fastest_rate.clicked.connect(self._use_fastest_rate)
        experiment.parametersChanged.connect(self.show_parameters)
        experiment.race.surfaceChanged.connect(self.retranslate)
        experiment.parametersChanged.connect(self.retranslate)
        experiment.lessonChanged.connect(self._select_lesson)
        experiment.functionChanged.connect(self._on_function_changed)
        experiment.lessonChanged.connect(self._show_inputs_for_lesson)
        experiment.optimizerChanged.connect(self._show_inputs_for_lesson)
        experiment.dataChanged.connect(self._show_data_summary)
        experiment.errorOccurred.connect(self._show_error)

        self.retranslate()
        self.show_parameters()
        self._select_lesson(experiment.lesson.id)
        self._show_inputs_for_lesson()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.lesson_list.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self._current_before_press = self.lesson_list.currentItem()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.lessons_box.setTitle(QCoreApplication.translate("ParameterPanel", "Lessons"))
        self.parameters_box.setTitle(QCoreApplication.translate("ParameterPanel", "Parameters"))
        self.start_label.setText(QCoreApplication.translate("ParameterPanel", "Start x₀"))
        self.rate_label.setText(QCoreApplication.translate("ParameterPanel", "Learning rate α"))

        regression = self._experiment.kind is LessonKind.REGRESSION
        if self._experiment.kind is LessonKind.SURFACE:
            self._show_surface_texts()
        else:
            self.weight_label.setText(QCoreApplication.translate("ParameterPanel", "Start w₀"))
            self.bias_label.setText(QCoreApplication.translate("ParameterPanel", "Start b₀"))
        epochs = regression and not self._experiment.samples_batches
        self.steps_label.setText(QCoreApplication.translate("ParameterPanel", "Epochs") if epochs else QCoreApplication.translate("ParameterPanel", "Steps"))
        self.start_point.setToolTip(QCoreApplication.translate("ParameterPanel", "Where gradient descent starts (x₀)."))
        self.start_weight.setToolTip(QCoreApplication.translate("ParameterPanel", "The slope w of the line before the first epoch."))
        self.start_bias.setToolTip(QCoreApplication.translate("ParameterPanel", "The intercept b of the line before the first epoch."))

        self.data_box.setTitle(QCoreApplication.translate("ParameterPanel", "Data"))
        self.data_hint.setText(
            QCoreApplication.translate("ParameterPanel", "Double-click or Shift+click the data plot to add a point, drag a point to move it, "
                "select one and press Delete to remove it. Ctrl+Z undoes an edit; File > Import Data… reads a CSV file.")
        )
        self._show_data_summary()
        if self._experiment.optimizer_setup.is_gradient_descent:
            rate_tip = QCoreApplication.translate(
                "ParameterPanel", "Learning rate α: each update moves x by −α·f′(x). Type any value, such as 0.001 or 1e-5."
            )
        else:
            rate_tip = QCoreApplication.translate(
                "ParameterPanel", "Base learning rate α of the chosen optimizer and schedule. Type any value, such as 0.001 or 1e-5."
            )
        self.learning_rate.setToolTip(rate_tip)
        self.learning_rate_slider.setToolTip(
            QCoreApplication.translate("ParameterPanel", "Drag to change the learning rate on a logarithmic scale; the run is redrawn as you drag.")
        )
        self.step_count.setToolTip(
            QCoreApplication.translate("ParameterPanel", "How many epochs to compute: each one updates w and b once using all points.") if epochs
            else QCoreApplication.translate("ParameterPanel", "How many updates to compute.")
        )
        self.fastest_rate.setToolTip(
            QCoreApplication.translate("ParameterPanel", "Set α = 1/L, where L = f″ at the minimum: the rate that converges fastest there (Ctrl+Shift+F).")
        )
        self._show_regime()
        for row in range(self.lesson_list.count()):
            item = self.lesson_list.item(row)
            title = lesson_title(item.data(Qt.ItemDataRole.UserRole))
            item.setText(title)
            item.setToolTip(title)
        self._show_explanation()

    def _show_explanation(self) -> None:
        """Show the text that describes the current run, or hide the box when none does."""
        text = run_explanation(self._experiment)
        self.lesson_text.setPlainText(text)
        self.lesson_text.setVisible(bool(text))

    def _show_surface_texts(self) -> None:
        """Label the two start inputs with the surface's variables, such as x₀ and y₀."""
        first, second = self._experiment.race.surface.axis_names
        self.weight_label.setText(QCoreApplication.translate("ParameterPanel", "Start {name}₀").format(name=first))
        self.bias_label.setText(QCoreApplication.translate("ParameterPanel", "Start {name}₀").format(name=second))
        tip = QCoreApplication.translate(
            "ParameterPanel", "Where every racer starts. Clicking the contour map sets it too."
        )
        self.start_weight.setToolTip(tip)
        self.start_bias.setToolTip(tip)
        self.step_count.setToolTip(QCoreApplication.translate("ParameterPanel", "How many updates each racer computes."))

    # Model to widgets

    @Slot()
    def show_parameters(self) -> None:
        experiment = self._experiment
        if experiment.kind in (LessonKind.REGRESSION, LessonKind.SURFACE):
            starts = ((self.start_weight, experiment.start[0]), (self.start_bias, experiment.start[1]))
        else:
            starts = ((self.start_point, experiment.start),)
        for widget, value in (
            *starts,
            (self.learning_rate, experiment.learning_rate),
            (self.step_count, experiment.steps),
        ):
            if widget.value() != value:
                blocked = widget.blockSignals(True)
                widget.setValue(value)
                widget.blockSignals(blocked)
        if not self.learning_rate_slider.isSliderDown():
            self.learning_rate_slider.set_float_value(experiment.learning_rate)
        self.error_label.hide()
        self._show_regime()

    def _show_regime(self) -> None:
        analysis = self._experiment.regimes
        regimes = analysis.regimes
        self.fastest_rate.setEnabled(regimes is not None)
        if regimes is None:
            self.fastest_rate.setText(QCoreApplication.translate("ParameterPanel", "Fastest rate: none"))
            self.regime_caption.setText(problem_text(analysis))
            return
        self.fastest_rate.setText(QCoreApplication.translate("ParameterPanel", "Fastest rate: α = {rate}").format(rate=format_number(regimes.fastest, 4)))
        self.regime_caption.setText(regime_sentence(regimes, self._experiment.learning_rate))

    @Slot()
    def _use_fastest_rate(self) -> None:
        if self._experiment.kind is not LessonKind.FUNCTION or not self._experiment.plain_descent:
            return
        regimes = self._experiment.regimes.regimes
        if regimes is not None:
            self._experiment.set_learning_rate(regimes.fastest)

    @Slot(str)
    def _on_function_changed(self, _text: str) -> None:
        custom = self._experiment.custom_function
        self._show_explanation()
        if custom:
            # No lesson is selected, so that clicking one loads it again.
            blocked = self.lesson_list.blockSignals(True)
            self.lesson_list.setCurrentRow(-1)
            self.lesson_list.blockSignals(blocked)
        self._show_regime()

    @Slot(str)
    def _select_lesson(self, lesson_id: str) -> None:
        self._show_explanation()
        for row in range(self.lesson_list.count()):
            item = self.lesson_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == lesson_id:
                blocked = self.lesson_list.blockSignals(True)
                self.lesson_list.setCurrentItem(item)
                self.lesson_list.blockSignals(blocked)

    @Slot(str)
    def _show_inputs_for_lesson(self, _lesson_id: str = "") -> None:
        kind = self._experiment.kind
        two_numbers = kind in (LessonKind.REGRESSION, LessonKind.SURFACE)
        self._form.setRowVisible(self.start_point, not two_numbers)
        self._form.setRowVisible(self.start_weight, two_numbers)
        self._form.setRowVisible(self.start_bias, two_numbers)
        # Each racer has its own learning rate, in the race panel.
        self._form.setRowVisible(self.rate_label, kind is not LessonKind.SURFACE)
        self.data_box.setVisible(kind is LessonKind.REGRESSION)
        # The race panel chooses a race's surface, so the formula input is hidden.
        self.function_editor.setVisible(kind is not LessonKind.SURFACE)
        # The regimes are worked out for gradient descent at a constant
        # rate on functions of one variable.
        function = kind is LessonKind.FUNCTION and self._experiment.plain_descent
        for widget in (self.regime_bar, self.fastest_rate):
            widget.setVisible(function)
        self._form.setRowVisible(self.regime_caption, function)
        self.retranslate()

    @Slot()
    def _show_data_summary(self) -> None:
        dataset = self._experiment.dataset
        if dataset is None:
            return
        if len(dataset) == 1:
            text = QCoreApplication.translate("ParameterPanel", "1 point, columns {x} and {y}")
        else:
            text = QCoreApplication.translate("ParameterPanel", "{count} points, columns {x} and {y}")
        self.data_summary.setText(text.format(count=len(dataset), x=dataset.x_name, y=dataset.y_name))

    def _connect_rejections(self) -> None:
        """Explain typed values that the inputs throw away, and hand the keys back on Enter."""
        names = {
            self.start_point: lambda: QCoreApplication.translate("ParameterPanel", "Start point"),
            # These two inputs are w₀ and b₀ of a regression or x₀ and y₀ of a race.
            self.start_weight: self.weight_label.text,
            self.start_bias: self.bias_label.text,
            self.learning_rate: lambda: QCoreApplication.translate("ParameterPanel", "Learning rate"),
            self.step_count: lambda: QCoreApplication.translate("ParameterPanel", "Step count"),
        }
        for box, name in names.items():
            explain_rejections(box, name, lambda message: self._show_error("", message))
            # After Enter the keyboard goes back to the player (Space, arrows).
            box.lineEdit().returnPressed.connect(box.clearFocus)

    @Slot(QListWidgetItem)
    def _on_lesson_clicked(self, item: QListWidgetItem) -> None:
        if item is self._current_before_press and item.data(Qt.ItemDataRole.UserRole) == self._experiment.lesson.id:
            self._experiment.load_lesson(item.data(Qt.ItemDataRole.UserRole))

    @Slot(str, str)
    def _show_error(self, parameter: str, message: str) -> None:
        if parameter in ("function", "racer", "schedule"):
            # The function editor and the race panel show these under their own inputs.
            return
        self.error_label.setText(message)
        self.error_label.show()
        self.show_parameters_without_clearing()

    def show_parameters_without_clearing(self) -> None:
        visible = self.error_label.isVisible()
        self.show_parameters()
        self.error_label.setVisible(visible)

    # Widgets to model

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_lesson_chosen(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self._experiment.load_lesson(current.data(Qt.ItemDataRole.UserRole))

    @Slot(float)
    def _on_start_edited(self, value: float) -> None:
        self._experiment.set_start(value)

    @Slot(float)
    def _on_regression_start_edited(self, _value: float) -> None:
        self._experiment.set_regression_start(self.start_weight.value(), self.start_bias.value())

    @Slot(float)
    def _on_rate_edited(self, value: float) -> None:
        self._experiment.set_learning_rate(value)

    @Slot(float)
    def _on_slider_moved(self, value: float) -> None:
        self._pending_rate = value
        self._rate_timer.start()

    @Slot()
    def _apply_pending_rate(self) -> None:
        if self._pending_rate is not None:
            value, self._pending_rate = self._pending_rate, None
            self._experiment.set_learning_rate(value)

    @Slot(int)
    def _on_steps_edited(self, value: int) -> None:
        self._experiment.set_steps(value)
