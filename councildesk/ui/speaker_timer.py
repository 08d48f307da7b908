"""The running speaker's clock: started, stopped, ticking, and its warnings at one minute and zero.

The clock is injected (a monotonic seconds function), so tests advance time instead of sleeping
and the wall clock's jumps (daylight saving, a laptop's sync) never shorten anyone's time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from councildesk.domain.speaking_time import TimePhase, phase, remaining
from councildesk.services.dto import SpeakerDTO

TICK_MS = 250  # four times a second: the display's seconds never lag visibly


class SpeakerTimer(QObject):
    ticked = Signal()  # every tick while running, and on start and stop
    phaseChanged = Signal(str)  # a TimePhase value: the one-minute warning, then zero

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: Any = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.speaker: SpeakerDTO | None = None
        self.limit_seconds: int | None = None
        self._started: float | None = None
        self._phase = TimePhase.UNLIMITED
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self, speaker: SpeakerDTO, limit_seconds: int | None) -> None:
        self.speaker = speaker
        self.limit_seconds = limit_seconds
        self._started = self.clock()
        self._phase = phase(limit_seconds, 0)
        self._timer.start()
        self.ticked.emit()

    def extend(self, seconds: int) -> None:
        """Give the running speaker more time (time yielded to them); an unlimited one needs none."""
        if self.running and self.limit_seconds is not None:
            self.limit_seconds += seconds
            self.tick()

    def elapsed(self) -> float:
        return 0.0 if self._started is None else self.clock() - self._started

    def remaining(self) -> float | None:
        return remaining(self.limit_seconds, self.elapsed())

    def phase(self) -> TimePhase:
        return self._phase

    def tick(self) -> None:
        if self._started is None:
            return
        now = phase(self.limit_seconds, self.elapsed())
        if now is not self._phase:
            self._phase = now
            self.phaseChanged.emit(now.value)
        self.ticked.emit()

    def stop(self) -> int | None:
        """Stop the clock; the whole seconds spoken (None when nobody was speaking)."""
        if self._started is None:
            return None
        spoken = round(self.elapsed())
        self._started = None
        self._timer.stop()
        self.ticked.emit()
        return spoken
