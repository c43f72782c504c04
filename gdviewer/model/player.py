"""The player: which step of the trajectory is shown, and playback."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from .experiment import Experiment

#: Playback speeds offered, in steps per second.
SPEEDS: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0, 120.0, 240.0, 480.0)
DEFAULT_SPEED = 2.0
#: The shortest timer interval; faster speeds take several steps per tick.
MIN_INTERVAL_MS = 16


class Player(QObject):
    """The position (step index) in an experiment's trajectory, and a timer.

    Stepping back and seeking cost the same as stepping forward, because the
    trajectory is computed before it is shown. The timer only advances the
    position, so tests and other callers can drive playback by calling
    ``step`` directly.

    Signals
    -------
    positionChanged(int)
        The shown step changed; the payload is the new step index.
    playingChanged(bool)
        Playback started (True) or stopped (False).
    speedChanged(float)
        The playback speed changed, in steps per second.
    lastStepChanged(int)
        The trajectory was recomputed or extended; the payload is its last
        step, the largest position that can be shown.
    """

    positionChanged = Signal(int)
    playingChanged = Signal(bool)
    speedChanged = Signal(float)
    lastStepChanged = Signal(int)

    def __init__(self, experiment: Experiment, parent: QObject | None = None):
        super().__init__(parent)
        self._experiment = experiment
        self._position = 0
        self._speed = DEFAULT_SPEED

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._apply_speed()

        experiment.trajectoryChanged.connect(self._on_trajectory_changed)
        experiment.lessonChanged.connect(self._on_lesson_changed)
        experiment.functionChanged.connect(self._on_lesson_changed)

    @property
    def position(self) -> int:
        return self._position

    @property
    def last_step(self) -> int:
        return self._experiment.last_step

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def at_end(self) -> bool:
        """True at the last step of a trajectory that will not grow."""
        return self._position == self.last_step and not self._experiment.computing

    # Navigation

    @Slot()
    def step(self) -> None:
        """Show the next step, and stop playing at the end of the run."""
        if self._position < self.last_step:
            self.seek(self._position + 1)
        if self.at_end:
            self.pause()

    @Slot()
    def step_back(self) -> None:
        self.seek(self._position - 1)

    @Slot(int)
    def seek(self, position: int) -> None:
        """Show step ``position``, clamped to the computed steps."""
        position = max(0, min(int(position), self.last_step))
        if position != self._position:
            self._position = position
            self.positionChanged.emit(position)

    @Slot()
    def go_to_end(self) -> None:
        """Show the last computed step."""
        self.seek(self.last_step)

    @Slot()
    def reset(self) -> None:
        """Stop playing and return to step 0, recomputing the trajectory."""
        self.pause()
        self._experiment.recompute()
        self.seek(0)

    # Playback

    @Slot()
    def play(self) -> None:
        if self.playing:
            return
        if self.at_end:
            self.seek(0)
        if self.last_step == 0 and not self._experiment.computing:
            return
        self._timer.start()
        self.playingChanged.emit(True)

    @Slot()
    def pause(self) -> None:
        if not self.playing:
            return
        self._timer.stop()
        self.playingChanged.emit(False)

    @Slot()
    def toggle_playing(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    @Slot(float)
    def set_speed(self, steps_per_second: float) -> None:
        if steps_per_second <= 0 or steps_per_second == self._speed:
            return
        self._speed = float(steps_per_second)
        self._apply_speed()
        self.speedChanged.emit(self._speed)

    @Slot()
    def faster(self) -> None:
        self.set_speed(next((s for s in SPEEDS if s > self._speed), SPEEDS[-1]))

    @Slot()
    def slower(self) -> None:
        self.set_speed(next((s for s in reversed(SPEEDS) if s < self._speed), SPEEDS[0]))

    def steps_per_tick(self) -> int:
        return max(1, round(self._speed * self._timer.interval() / 1000.0))

    def _apply_speed(self) -> None:
        self._timer.setInterval(max(MIN_INTERVAL_MS, round(1000.0 / self._speed)))

    @Slot()
    def _tick(self) -> None:
        target = self._position + self.steps_per_tick()
        if target <= self.last_step:
            self.seek(target)
        else:
            self.seek(self.last_step)
        if self.at_end:
            self.pause()

    @Slot(str)
    def _on_lesson_changed(self, _lesson_or_function: str) -> None:
        # A new lesson or function starts from step 0.
        self.pause()
        self.seek(0)

    @Slot()
    def _on_trajectory_changed(self) -> None:
        # The position stays where it was unless the new run is shorter.
        if self._position > self.last_step:
            self._position = self.last_step
            self.positionChanged.emit(self._position)
        self.lastStepChanged.emit(self.last_step)
