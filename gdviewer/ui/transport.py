"""Run actions (reset, step back, play, step) and the transport bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from ..core.lessons import LessonKind
from ..core.numbers import format_number
from ..model.experiment import Experiment
from ..model.player import SPEEDS, Player


class RunActions:
    """The actions that drive the player, shared by menus and the bar.

    Object names are stable (``actionReset``, ``actionStepBack``,
    ``actionPlay``, ``actionStep``, ``actionFaster``, ``actionSlower``) so
    that tests and accessibility tools can find them.
    """

    def __init__(self, player: Player, parent: QWidget):
        style = parent.style()
        self._player = player
        self.reset = self._make(parent, "actionReset", "Home", QStyle.StandardPixmap.SP_MediaSkipBackward)
        self.step_back = self._make(parent, "actionStepBack", "Left", QStyle.StandardPixmap.SP_MediaSeekBackward)
        self.play = self._make(parent, "actionPlay", "Space", QStyle.StandardPixmap.SP_MediaPlay)
        self.step = self._make(parent, "actionStep", "Right", QStyle.StandardPixmap.SP_MediaSeekForward)
        self.to_end = self._make(parent, "actionGoToEnd", "End", QStyle.StandardPixmap.SP_MediaSkipForward)
        self.faster = self._make(parent, "actionFaster", "+", None)
        self.faster.setShortcuts([QKeySequence("+"), QKeySequence("=")])
        self.slower = self._make(parent, "actionSlower", "-", None)
        self._play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)

        self.reset.triggered.connect(player.reset)
        self.step_back.triggered.connect(player.step_back)
        self.play.triggered.connect(player.toggle_playing)
        self.step.triggered.connect(player.step)
        self.to_end.triggered.connect(player.go_to_end)
        self.faster.triggered.connect(player.faster)
        self.slower.triggered.connect(player.slower)
        player.playingChanged.connect(self._on_playing_changed)
        player.positionChanged.connect(self._enable_for_position)
        player.lastStepChanged.connect(self._enable_for_position)
        self.retranslate()
        self._enable_for_position()

    def all(self) -> list[QAction]:
        return [self.reset, self.step_back, self.play, self.step, self.to_end, self.faster, self.slower]

    @Slot()
    def _enable_for_position(self) -> None:
        """Grey out the moves that cannot go anywhere from the current step."""
        player = self._player
        self.reset.setEnabled(player.position > 0 or player.playing)
        self.step_back.setEnabled(player.position > 0)
        self.step.setEnabled(player.position < player.last_step)
        self.to_end.setEnabled(player.position < player.last_step)

    def retranslate(self) -> None:
        texts = {
            self.reset: (QCoreApplication.translate("Transport", "&Reset"), QCoreApplication.translate("Transport", "Go back to step 0 with the same parameters")),
            self.step_back: (QCoreApplication.translate("Transport", "Step &Back"), QCoreApplication.translate("Transport", "Show the previous step")),
            self.step: (QCoreApplication.translate("Transport", "&Step"), QCoreApplication.translate("Transport", "Take one gradient-descent step")),
            self.to_end: (QCoreApplication.translate("Transport", "Go to &End"), QCoreApplication.translate("Transport", "Show the last step of the run")),
            self.faster: (QCoreApplication.translate("Transport", "&Faster"), QCoreApplication.translate("Transport", "Play more steps per second")),
            self.slower: (QCoreApplication.translate("Transport", "S&lower"), QCoreApplication.translate("Transport", "Play fewer steps per second")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self._on_playing_changed(self._player.playing)

    @Slot(bool)
    def _on_playing_changed(self, playing: bool) -> None:
        self.play.setText(QCoreApplication.translate("Transport", "&Pause") if playing else QCoreApplication.translate("Transport", "&Play"))
        self.play.setIcon(self._pause_icon if playing else self._play_icon)
        self.play.setToolTip((QCoreApplication.translate("Transport", "Pause") if playing else QCoreApplication.translate("Transport", "Play the run step by step")) + " (Space)")

    @staticmethod
    def _make(parent: QWidget, name: str, shortcut: str, icon) -> QAction:
        action = QAction(parent)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(parent.style().standardIcon(icon))
        parent.addAction(action)
        return action


class TransportBar(QWidget):
    """Buttons for the run actions, a speed choice and the timeline slider."""

    def __init__(self, experiment: Experiment, player: Player, actions: RunActions, parent: QWidget | None = None):
        super().__init__(parent)
        self._experiment = experiment
        self._player = player

        layout = QHBoxLayout(self)
        for action in (actions.reset, actions.step_back, actions.play, actions.step, actions.to_end):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)

        self.speed = QComboBox()
        self.speed.setObjectName("speed")
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for value in SPEEDS:
            self.speed.addItem("", value)
        layout.addWidget(self.speed)

        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setObjectName("timeline")
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timeline.setPageStep(10)
        layout.addWidget(self.timeline, 1)

        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setMinimumWidth(120)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.step_label)

        self.timeline.valueChanged.connect(player.seek)
        self.speed.currentIndexChanged.connect(self._on_speed_chosen)
        player.positionChanged.connect(self.refresh)
        player.speedChanged.connect(self._show_speed)
        experiment.trajectoryChanged.connect(self.refresh)

        self.retranslate()
        self._show_speed(player.speed)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for index in range(self.speed.count()):
            value = self.speed.itemData(index)
            self.speed.setItemText(index, QCoreApplication.translate("Transport", "{speed} step/s").format(speed=format_number(value)))
        self.speed.setToolTip(QCoreApplication.translate("Transport", "Playback speed (+ faster, − slower)"))
        self.timeline.setToolTip(QCoreApplication.translate("Transport", "Drag to show any step of the run"))
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        last = self._player.last_step
        position = self._player.position
        blocked = self.timeline.blockSignals(True)
        self.timeline.setRange(0, last)
        # A click beside the handle moves a twentieth of the run.
        self.timeline.setPageStep(max(1, last // 20))
        self.timeline.setValue(position)
        self.timeline.blockSignals(blocked)
        if self._experiment.kind is LessonKind.REGRESSION and not self._experiment.samples_batches:
            self.step_label.setText(QCoreApplication.translate("Transport", "epoch {k} / {n}").format(k=position, n=last))
        else:
            self.step_label.setText(QCoreApplication.translate("Transport", "step {k} / {n}").format(k=position, n=last))

    @Slot(float)
    def _show_speed(self, speed: float) -> None:
        index = self.speed.findData(speed)
        if index >= 0 and index != self.speed.currentIndex():
            blocked = self.speed.blockSignals(True)
            self.speed.setCurrentIndex(index)
            self.speed.blockSignals(blocked)

    @Slot(int)
    def _on_speed_chosen(self, index: int) -> None:
        self._player.set_speed(float(self.speed.itemData(index)))
