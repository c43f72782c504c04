"""The main window: assembles the panels, plots, menus and status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.lessons import LESSONS, LessonKind
from ..language import LANGUAGES, LanguageSwitcher, hangul_font_families
from ..model.comparison import Comparison
from ..model.experiment import Experiment
from ..model.player import Player
from ..model.sweep import SweepModel
from .comparison_panel import ComparisonPanel
from .data_files import DataFileActions
from .experiment_files import ExperimentFileActions
from .export_actions import ExportActions
from .lesson_texts import lesson_title
from .parameter_panel import ParameterPanel
from .race_panel import RacePanel
from .race_text import race_status_text
from .race_views import RaceViews
from .plots.function_plot import MOVE_DURATION_MS, FunctionPlot
from .plots.loss_plot import LossPlot
from .plots.schedule_plot import SchedulePlot
from .plots.sweep_plot import SweepView
from .regression_text import regression_status_text
from .regression_views import RegressionViews
from .run_text import status_text
from .step_panel import StepPanel
from .transport import RunActions, TransportBar
from .update_mode_box import UpdateModeBox

#: The page of the view stacks that shows each kind of lesson.
VIEW_PAGES = {LessonKind.FUNCTION: 0, LessonKind.REGRESSION: 1, LessonKind.SURFACE: 2}


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """gdviewer's window for one experiment.

    ``settings`` stores the window layout; pass a QSettings on a file to
    keep tests away from the user's own preferences.
    """

    def __init__(
        self,
        settings: QSettings,
        experiment: Experiment | None = None,
        language_switcher: LanguageSwitcher | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self.language_switcher = language_switcher or LanguageSwitcher(settings, self)
        self.experiment = experiment or Experiment(self)
        self.player = Player(self.experiment, self)
        self.comparison = Comparison(self.experiment, self)
        self.sweep = SweepModel(self.experiment, self)

        # Panels and plots
        self.parameter_panel = ParameterPanel(self.experiment)
        self.comparison_panel = ComparisonPanel(self.comparison, self.experiment, self.experiment.undo_stack)
        self.function_plot = FunctionPlot(self.experiment, self.player, comparison=self.comparison)
        self.loss_plot = LossPlot(self.experiment, self.player, comparison=self.comparison)
        self.sweep_view = SweepView(self.sweep, self.experiment)
        self.schedule_plot = SchedulePlot(self.experiment, self.player, kind=LessonKind.FUNCTION)
        self.regression_views = RegressionViews(self.experiment, self.player, self)
        self.race_views = RaceViews(self.experiment, self.player)
        self.race_panel = RacePanel(self.experiment)
        self.update_mode_box = UpdateModeBox(self.experiment)
        self.step_panel = StepPanel(self.experiment, self.player)
        self.run_actions = RunActions(self.player, self)
        self.transport = TransportBar(self.experiment, self.player, self.run_actions)
        self.data_files = DataFileActions(self.experiment, settings, self)

        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("lossLogScale")
        self.log_scale.toggled.connect(self.loss_plot.set_log_scale)

        # Layout: side panel | upper views over (lower views | step panel).
        # Page 0 of each stack contains the function lessons' views: the
        # function plot, and the loss and sweep tabs. Page 1 contains the
        # regression lessons' views and page 2 the race's.
        loss_box = QWidget()
        loss_layout = QVBoxLayout(loss_box)
        loss_layout.setContentsMargins(0, 0, 0, 0)
        loss_layout.addWidget(self.loss_plot, 1)
        loss_layout.addWidget(self.log_scale)
        # The schedule plot shows itself beside the loss when α_k varies.
        loss_tab = QSplitter(Qt.Orientation.Horizontal)
        loss_tab.addWidget(loss_box)
        loss_tab.addWidget(self.schedule_plot)
        self.plot_tabs = QTabWidget()
        self.plot_tabs.setObjectName("plotTabs")
        self.plot_tabs.addTab(loss_tab, "")
        self.plot_tabs.addTab(self.sweep_view, "")
        self.upper_views = QStackedWidget()
        self.upper_views.addWidget(self.function_plot)
        self.upper_views.addWidget(self.regression_views.upper)
        self.upper_views.addWidget(self.race_views.upper)
        self.lower_views = QStackedWidget()
        self.lower_views.addWidget(self.plot_tabs)
        self.lower_views.addWidget(self.regression_views.lower)
        self.lower_views.addWidget(self.race_views.lower)
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.addWidget(self.lower_views)
        self.bottom_splitter.addWidget(self.step_panel)
        self.bottom_splitter.setSizes([500, 420])
        self.plot_splitter = QSplitter(Qt.Orientation.Vertical)
        self.plot_splitter.addWidget(self.upper_views)
        self.plot_splitter.addWidget(self.bottom_splitter)
        self.plot_splitter.setSizes([460, 300])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self._side_panel())
        self.main_splitter.addWidget(self.plot_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([330, 950])

        self.plot_area = self.plot_splitter

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.addWidget(self.main_splitter, 1)
        central_layout.addWidget(self.transport)
        self.setCentralWidget(central)

        # Status bar
        self.run_status = QLabel()
        self.run_status.setObjectName("runStatus")
        self.statusBar().addWidget(self.run_status, 1)

        self._build_menus()
        self.retranslate()

        self.experiment.trajectoryChanged.connect(self._show_status)
        self.experiment.lessonChanged.connect(self._show_views_for_lesson)
        self.experiment.optimizerChanged.connect(self._show_views_for_lesson)
        self.experiment.errorOccurred.connect(self._show_error)
        self.experiment.functionChanged.connect(self.statusBar().clearMessage)
        self.data_files.messageReady.connect(self._show_message)
        self._show_views_for_lesson()
        self.player.positionChanged.connect(self._show_status)
        self.player.speedChanged.connect(self._match_animation_to_speed)
        self._match_animation_to_speed(self.player.speed)
        self._show_status()

        self.resize(1280, 820)
        self._restore_layout()
        # Building the window loads the default lesson; that is not an edit.
        self.setWindowModified(False)

    def _side_panel(self) -> QScrollArea:
        """Build the side panel: parameters, then the update mode, the race or the comparison."""
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parameter_panel)
        layout.addWidget(self.update_mode_box)
        layout.addWidget(self.race_panel)
        layout.addWidget(self.comparison_panel)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("sidePanel")
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    # Menus

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_actions = ExperimentFileActions(self, self._settings)
        self.file_menu.addAction(self.file_actions.open_action)
        self.file_menu.addMenu(self.file_actions.recent_menu)
        self.file_menu.addAction(self.file_actions.save_action)
        self.file_menu.addAction(self.file_actions.save_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.data_files.import_action)
        self.file_menu.addAction(self.data_files.export_action)
        self.file_menu.addSeparator()
        self.export_actions = ExportActions(self)
        for action in self.export_actions.all():
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("actionQuit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self._build_edit_menu()

        self.lesson_menu = bar.addMenu("")
        self.lesson_actions: list[QAction] = []
        for number, lesson in enumerate(LESSONS, start=1):
            action = QAction(self)
            action.setObjectName(f"actionLesson_{lesson.id}")
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(lesson.id)
            action.triggered.connect(lambda _checked=False, lesson_id=lesson.id: self.experiment.load_lesson(lesson_id))
            self.lesson_menu.addAction(action)
            self.lesson_actions.append(action)

        self.run_menu = bar.addMenu("")
        actions = self.run_actions
        for action in (actions.play, actions.step, actions.step_back, actions.reset, actions.to_end):
            self.run_menu.addAction(action)
        self.run_menu.addSeparator()
        self.run_menu.addAction(actions.faster)
        self.run_menu.addAction(actions.slower)
        self.run_menu.addSeparator()
        self.fastest_action = self._action("actionFastestRate", "Ctrl+Shift+F", self.parameter_panel.fastest_rate.click)
        self.run_menu.addAction(self.fastest_action)

        self.compare_menu = bar.addMenu("")
        panel = self.comparison_panel
        self.add_run_action = self._action("actionAddToComparison", "Ctrl+D", panel.add_current)
        self.lesson_pair_action = self._action("actionLessonPair", "Ctrl+Shift+P", panel.compare_lesson_pair)
        self.clear_comparison_action = self._action("actionClearComparison", None, panel.clear)
        for action in (self.add_run_action, self.lesson_pair_action, self.clear_comparison_action):
            self.compare_menu.addAction(action)

        self.view_menu = bar.addMenu("")
        self.log_action = QAction(self)
        self.log_action.setObjectName("actionLogScale")
        self.log_action.setCheckable(True)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.toggled.connect(self.log_scale.setChecked)
        self.log_scale.toggled.connect(self.log_action.setChecked)
        self.log_action.toggled.connect(self.regression_views.log_scale.setChecked)
        self.regression_views.log_scale.toggled.connect(self.log_action.setChecked)
        self.log_action.toggled.connect(self.race_views.log_scale.setChecked)
        self.race_views.log_scale.toggled.connect(self.log_action.setChecked)
        self.arrows_action = QAction(self)
        self.arrows_action.setObjectName("actionGradientArrows")
        self.arrows_action.setCheckable(True)
        self.arrows_action.setShortcut(QKeySequence("Ctrl+G"))
        self.arrows_action.toggled.connect(self.race_views.arrows.setChecked)
        self.race_views.arrows.toggled.connect(self.arrows_action.setChecked)
        self.animate_action = QAction(self)
        self.animate_action.setObjectName("actionAnimate")
        self.animate_action.setCheckable(True)
        self.animate_action.setChecked(True)
        self.animate_action.toggled.connect(self.function_plot.set_animated)
        self.sweep_action = self._action("actionShowSweep", "Ctrl+Shift+W", self._show_sweep)
        self.view_menu.addAction(self.log_action)
        self.view_menu.addAction(self.animate_action)
        self.view_menu.addAction(self.sweep_action)
        self.view_menu.addAction(self.arrows_action)

        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"actionLanguage{code.capitalize()}")
            action.setCheckable(True)
            action.setChecked(code == self.language_switcher.language)
            action.triggered.connect(lambda _checked=False, language=code: self.language_switcher.set_language(language))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_switcher.languageChanged.connect(self._check_language)

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("actionShortcuts")
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.setObjectName("actionAbout")
        self.about_action.triggered.connect(self._show_about)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _action(self, name: str, shortcut: str | None, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_edit_menu(self) -> None:
        stack = self.experiment.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setObjectName("actionRedo")
        # The platform's Redo keys, plus Ctrl+Shift+Z and Ctrl+Y where the platform lacks them
        # (the same key twice would make Qt call the shortcut ambiguous).
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if extra not in redo_keys:
                redo_keys.append(extra)
        self.redo_action.setShortcuts(redo_keys)
        self.delete_point_action = QAction(self)
        self.delete_point_action.setObjectName("actionDeletePoint")
        self.delete_point_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_point_action.setEnabled(False)
        data_plot = self.regression_views.data_plot
        self.delete_point_action.triggered.connect(data_plot.delete_selected)
        data_plot.selectionChanged.connect(self._on_point_selected)
        for action in (self.undo_action, self.redo_action, self.delete_point_action):
            self.addAction(action)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_point_action)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_actions.retranslate()
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.data_files.retranslate()
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.undo_action.setText(QCoreApplication.translate("MainWindow", "&Undo"))
        self.redo_action.setText(QCoreApplication.translate("MainWindow", "&Redo"))
        self.delete_point_action.setText(QCoreApplication.translate("MainWindow", "&Delete Point"))
        self.delete_point_action.setToolTip(QCoreApplication.translate("MainWindow", "Delete the point selected in the data plot"))
        self.regression_views.retranslate()
        self.race_views.retranslate()
        self.fastest_action.setText(QCoreApplication.translate("MainWindow", "&Use the Fastest Learning Rate"))
        self.compare_menu.setTitle(QCoreApplication.translate("MainWindow", "&Compare"))
        self.add_run_action.setText(QCoreApplication.translate("MainWindow", "&Add Run to Comparison"))
        self.lesson_pair_action.setText(QCoreApplication.translate("MainWindow", "Compare the &Lesson Pair (α = 1 and α = 0.1)"))
        self.clear_comparison_action.setText(QCoreApplication.translate("MainWindow", "&Clear Comparison"))
        self.sweep_action.setText(QCoreApplication.translate("MainWindow", "Learning-Rate &Sweep"))
        self.plot_tabs.setTabText(0, QCoreApplication.translate("MainWindow", "Loss"))
        self.plot_tabs.setTabText(1, QCoreApplication.translate("MainWindow", "Learning-rate sweep"))
        self.lesson_menu.setTitle(QCoreApplication.translate("MainWindow", "&Lessons"))
        for action in self.lesson_actions:
            action.setText(lesson_title(action.data()))
        self.run_menu.setTitle(QCoreApplication.translate("MainWindow", "&Run"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.log_action.setText(QCoreApplication.translate("MainWindow", "&Log Scale for the Loss"))
        self.log_scale.setText(QCoreApplication.translate("MainWindow", "Log scale"))
        self.log_scale.setToolTip(QCoreApplication.translate("MainWindow", "Show the loss on a logarithmic axis (Ctrl+L)"))
        self.animate_action.setText(QCoreApplication.translate("MainWindow", "&Animate Moves"))
        self.animate_action.setToolTip(QCoreApplication.translate("MainWindow", "Glide the current point to its next place instead of jumping"))
        self.arrows_action.setText(QCoreApplication.translate("MainWindow", "&Gradient Arrows in the Race"))
        self.arrows_action.setToolTip(QCoreApplication.translate("MainWindow", "Show −∇f at each racer's current point"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "Lan&guage"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About gdviewer"))
        self.run_actions.retranslate()
        self.export_actions.retranslate()
        self._show_status()

    def plots(self) -> dict[str, QWidget]:
        """Return the plots a figure can be exported from, by their translated names."""
        if self.experiment.kind is LessonKind.SURFACE:
            return {
                QCoreApplication.translate("MainWindow", "Contour map of the race"): self.race_views.contour_plot,
                QCoreApplication.translate("MainWindow", "Loss plot"): self.race_views.loss_plot,
                QCoreApplication.translate("MainWindow", "Learning-rate schedule"): self.race_views.schedule_plot,
            }
        return {
            QCoreApplication.translate("MainWindow", "Function plot"): self.function_plot,
            QCoreApplication.translate("MainWindow", "Loss plot"): self.loss_plot,
            QCoreApplication.translate("MainWindow", "Learning-rate sweep plot"): self.sweep_view.plot,
        }

    def report_unexpected_error(self, kind, error, trace) -> None:
        """Log an exception that reached the event loop and tell the user, instead of crashing."""
        log.error("unexpected error", exc_info=(kind, error, trace))
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Something went wrong ({error}); the details are in the terminal. Your settings are kept."
            ).format(error=f"{kind.__name__}: {error}"),
            15000,
        )

    @Slot(str)
    def _check_language(self, language: str) -> None:
        self.language_actions[language].setChecked(True)

    def warn_if_no_hangul_font(self) -> None:
        """Say in the status bar how to get a Korean font when none is installed."""
        if not hangul_font_families():
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "No font with Korean letters was found, so Korean text shows as boxes. "
                    "Install one, for example: sudo apt install fonts-nanum",
                )
            )

    # Status and messages

    @Slot()
    def _show_status(self) -> None:
        experiment = self.experiment
        if experiment.kind is LessonKind.SURFACE:
            race = experiment.race
            text = race_status_text(race.racers, race.trajectories, self.player.position, race.computing)
        elif experiment.kind is LessonKind.REGRESSION:
            # The stable limit 2/λ_max and the valley's progress hold for
            # gradient descent at a constant rate only.
            curvature = experiment.curvature if experiment.plain_descent else None
            text = regression_status_text(
                experiment.objective, curvature, experiment.trajectory,
                self.player.position, experiment.computing, experiment.samples_batches,
            )
        else:
            text = status_text(experiment.objective, experiment.trajectory, self.player.position, experiment.computing)
        self.run_status.setText(text)

    @Slot(str)
    def _show_views_for_lesson(self, _lesson_id: str = "") -> None:
        page = VIEW_PAGES[self.experiment.kind]
        # The sweep, the comparison and the regimes are about functions of x only.
        function_lesson = self.experiment.kind is LessonKind.FUNCTION
        # The sweep, the kept runs and the fastest rate are computed for
        # gradient descent at a constant rate.
        plain_function = function_lesson and self.experiment.plain_descent
        self.sweep_action.setEnabled(plain_function)
        self.plot_tabs.setTabEnabled(1, plain_function)
        self.add_run_action.setEnabled(plain_function)
        self.fastest_action.setEnabled(plain_function)
        # A race compares its racers in its own panel, so the kept runs are hidden.
        self.comparison_panel.setVisible(self.experiment.kind is not LessonKind.SURFACE)
        self.upper_views.setCurrentIndex(page)
        self.lower_views.setCurrentIndex(page)
        self.regression_views.data_plot.select(-1)

    @Slot(int)
    def _on_point_selected(self, index: int) -> None:
        self.delete_point_action.setEnabled(index >= 0)

    @Slot(str, str)
    def _show_error(self, _parameter: str, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    @Slot()
    def _show_sweep(self) -> None:
        self.plot_tabs.setCurrentWidget(self.sweep_view)

    @Slot(str)
    def _show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    @Slot(float)
    def _match_animation_to_speed(self, steps_per_second: float) -> None:
        interval_ms = 1000.0 / steps_per_second
        self.function_plot.set_move_duration(min(MOVE_DURATION_MS, int(0.8 * interval_ms)))

    @Slot()
    def _show_shortcuts(self) -> None:
        rows = [
            (QCoreApplication.translate("MainWindow", "Play / pause"), "Space"),
            (QCoreApplication.translate("MainWindow", "Step"), "→"),
            (QCoreApplication.translate("MainWindow", "Step back"), "←"),
            (QCoreApplication.translate("MainWindow", "Reset to step 0"), "Home"),
            (QCoreApplication.translate("MainWindow", "Go to the last step"), "End"),
            (QCoreApplication.translate("MainWindow", "Faster / slower"), "+ / −"),
            (QCoreApplication.translate("MainWindow", "Log scale for the loss"), "Ctrl+L"),
            (QCoreApplication.translate("MainWindow", "Gradient arrows in the race"), "Ctrl+G"),
            (QCoreApplication.translate("MainWindow", "Fastest learning rate"), "Ctrl+Shift+F"),
            (QCoreApplication.translate("MainWindow", "Add the run to the comparison"), "Ctrl+D"),
            (QCoreApplication.translate("MainWindow", "Compare the lesson pair"), "Ctrl+Shift+P"),
            (QCoreApplication.translate("MainWindow", "Learning-rate sweep"), "Ctrl+Shift+W"),
            (QCoreApplication.translate("MainWindow", "Undo / redo a data edit or a comparison change"), "Ctrl+Z / Ctrl+Shift+Z"),
            (QCoreApplication.translate("MainWindow", "Delete the selected point"), "Delete"),
            (QCoreApplication.translate("MainWindow", "Import / export data"), "Ctrl+I / Ctrl+Shift+D"),
            (QCoreApplication.translate("MainWindow", "Choose lesson 1, 2, …"), "Ctrl+1, Ctrl+2, …"),
        ]
        table = "".join(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>" for name, keys in rows)
        QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Keyboard Shortcuts"), f"<table cellpadding='4'>{table}</table>")

    @Slot()
    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About gdviewer"),
            QCoreApplication.translate(
                "MainWindow",
                "gdviewer {version} shows gradient descent one update at a time: the point on the curve, "
                "the loss, and the arithmetic of each step.",
            ).format(version=__version__),
        )

    # Window state

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name, splitter in self._splitters().items():
            state = self._settings.value(f"window/{name}")
            if state is not None:
                splitter.restoreState(state)

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "main": self.main_splitter,
            "plots": self.plot_splitter,
            "bottom": self.bottom_splitter,
            "regressionUpper": self.regression_views.upper,
            "regressionLower": self.regression_views.lower,
            "raceLower": self.race_views.lower,
        }

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.file_actions.maybe_save():
            event.ignore()
            return
        self.player.pause()
        self.experiment.stop_computing()
        self.comparison.stop_computing()
        self.sweep.stop_computing()
        self.function_plot.motion.stop()
        self._settings.setValue("window/geometry", self.saveGeometry())
        for name, splitter in self._splitters().items():
            self._settings.setValue(f"window/{name}", splitter.saveState())
        super().closeEvent(event)
