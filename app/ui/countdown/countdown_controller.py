"""The one object that drives an interview's countdown on screen.

It owns the ONLY timer: a single-shot, precise QTimer re-armed after every flip to the exact
moment the digits next change (the core says when). Nothing polls, and nothing counts ticks: every
refresh asks the core for the time, so a late or missed timeout only delays a repaint, never
shifts the count. The panel, the projector window, the cue and the alerts all listen to this one
controller.

After a suspend the timer (which Qt runs on a clock that stops while the machine sleeps) fires at
most one second after waking; the first refresh then shows the true time, sleep included.

The interview session (app/ui/interview/interview_session.py) builds it for one interview, with
the panel, the cue and the alerts listening to it, and saves its state through the interview
repository.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from app.core.clock import Clock
from app.core.countdown import (
    Countdown,
    CountdownSettings,
    CountdownSnapshot,
    CountdownStage,
    CountdownState,
    CountdownStateError,
)
from app.core.i18n import Text
from app.ui.widgets.i18n import tr_text
from app.ui.widgets.retrying_write import RetryingWrite

log = logging.getLogger(__name__)


def tr_words(words: Text) -> str:
    """Countdown words in the person's language, with the words inside them (the stage's title,
    the words a pause wraps) translated too."""
    args = {name: tr_words(value) if isinstance(value, Text) else value for name, value in words.args.items()}
    return tr_text(dataclasses.replace(words, args=args))


def countdown_words(snapshot: CountdownSnapshot) -> str:
    """What the countdown says at ``snapshot`` ("Wrap up — 5 min left"), in the person's language."""
    return tr_words(snapshot.words)


class CountdownController(QObject):
    tick = Signal(object)  # CountdownSnapshot: after every flip of the digits and every action
    stage_changed = Signal(object)  # CountdownSnapshot whose stage differs from the last one shown
    state_changed = Signal(object)  # CountdownSnapshot after start, pause, adjust, restart or finish
    save_failed = Signal(str)  # a sentence a person can act on
    save_recovered = Signal()  # a save that had failed went through: the sentence no longer holds

    def __init__(
        self,
        clock: Clock,
        settings: CountdownSettings | None = None,
        save_state: Callable[[str], None] | None = None,
        saved_state: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._save_state = save_state
        self._closed = False  # the interview is finished: nothing may change the count any more
        self.restore_error: str | None = None  # set when a saved state had to be dropped
        self._countdown = Countdown(clock, settings)
        if saved_state:
            try:
                self._countdown = Countdown.from_json(saved_state, clock, settings)
            except CountdownStateError as exc:
                log.warning("starting the countdown afresh: %s", exc)
                self.restore_error = self.tr(
                    "The saved countdown for this interview could not be read, so it starts again from the "
                    "planned length. Adjust it with the minute buttons if the conversation is under way."
                )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        # Any exception: the count must go on even when the disk refuses.
        self._saving = RetryingWrite(clock, self._write_state, "the countdown", expected=(Exception,), parent=self)
        self._saving.failed.connect(self._on_save_failed)
        self._saving.recovered.connect(self.save_recovered)
        self._last_stage = self._countdown.stage()
        self._arm()

    # ----- reading -------------------------------------------------------------------------

    @property
    def settings(self) -> CountdownSettings:
        return self._countdown.settings

    def snapshot(self) -> CountdownSnapshot:
        return self._countdown.snapshot()

    def elapsed_text(self) -> str:
        """Running time so far, "07:42", for a time stamp in the notes (Ctrl+T)."""
        return self._countdown.elapsed_text()

    def state_json(self) -> str:
        return self._countdown.to_json()

    def next_interval_ms(self) -> int | None:
        """Milliseconds to the next flip of the digits, rounded up so the timer never fires early."""
        seconds = self._countdown.seconds_to_next_boundary()
        if seconds is None:
            return None
        return max(1, math.ceil(seconds * 1000))

    def timer_interval_ms(self) -> int | None:
        """The interval the timer is armed with, or None when it is idle."""
        return self._timer.interval() if self._timer.isActive() else None

    @property
    def save_pending(self) -> bool:
        """A save failed and is waiting to be tried again."""
        return self._saving.pending

    def save_retry_interval_ms(self) -> int | None:
        """The interval the retry timer is armed with, or None when no save is waiting."""
        return self._saving.timer_interval_ms()

    def poll_save(self) -> bool:
        """Retry a failed save if one is due by the clock (the retry timer's handler). True when saved."""
        return self._saving.poll()

    # ----- actions -------------------------------------------------------------------------

    def start(self) -> None:
        self._act(self._countdown.start())

    def pause(self) -> None:
        self._act(self._countdown.pause())

    def toggle(self) -> None:
        """Space: start, pause, or resume."""
        self._act(self._countdown.toggle())

    def adjust_minutes(self, minutes: int) -> None:
        self._act(bool(self._countdown.adjust(minutes * 60)))

    def restart(self) -> None:
        if not self._closed:
            self._act(self._countdown.restart())

    def finish(self) -> None:
        self._act(self._countdown.finish())

    @property
    def closed(self) -> bool:
        return self._closed

    def close_for_finished_interview(self) -> None:
        """The interview is finished: freeze the count for good, so restarting is no longer offered."""
        if self._closed:
            return
        self._closed = True
        if self._countdown.close():
            self._act(True)
        else:  # already frozen: still tell the listeners, whose buttons depend on ``closed``
            self._emit(self._countdown.snapshot())

    def reopen_for_resumed_interview(self, write: Callable[[str], object]) -> object:
        """The finished interview is resumed: the count carries on from where it stopped.

        ``write`` gets the reopened state and stores it with the interview's own change, in one
        transaction; if it raises, nothing here changes. Returns what ``write`` returned.
        """
        reopened = Countdown.from_json(self._countdown.to_json(), self._clock, self._countdown.settings)
        changed = reopened.reopen()
        result = write(reopened.to_json())
        self._countdown = reopened
        self._closed = False
        if changed:
            snapshot = self._countdown.snapshot()
            self.state_changed.emit(snapshot)
            self._emit(snapshot)
            self._arm()
        else:  # it was not frozen: still tell the listeners, whose buttons depend on ``closed``
            self._emit(self._countdown.snapshot())
        return result

    # ----- the timer -----------------------------------------------------------------------

    def refresh(self) -> None:
        """The timer's handler: read the time, tell the listeners, arm for the next flip."""
        snapshot = self._countdown.snapshot()
        self._emit(snapshot)
        self._arm()

    def stop(self) -> None:
        """Stop repainting (the interview page is closing); the count itself goes on in the core.

        A save still waiting is tried one last time now, since no timer will try it later.
        """
        self._timer.stop()
        if self._saving.pending:
            self._saving.run()
        self._saving.stop()

    # ----- internals -----------------------------------------------------------------------

    def _act(self, changed: bool) -> None:
        if not changed:
            return
        self._save()
        snapshot = self._countdown.snapshot()
        self.state_changed.emit(snapshot)
        self._emit(snapshot)
        self._arm()

    def _emit(self, snapshot: CountdownSnapshot) -> None:
        self.tick.emit(snapshot)
        stage = snapshot.stage if snapshot.state is not CountdownState.NOT_STARTED else CountdownStage.ON_TRACK
        if stage is not self._last_stage:
            self._last_stage = stage
            self.stage_changed.emit(snapshot)

    def _arm(self) -> None:
        interval = self.next_interval_ms()
        if interval is None:
            self._timer.stop()
        else:
            self._timer.start(interval)

    def _save(self) -> None:
        if self._save_state is not None:
            self._saving.run()

    def _write_state(self) -> None:
        self._save_state(self._countdown.to_json())  # the state as it is now, never an older one

    def _on_save_failed(self) -> None:
        self.save_failed.emit(
            QCoreApplication.translate(
                "CountdownController",
                "The countdown could not be saved, so it would not survive a restart. It keeps running, "
                "and it is saved by itself as soon as the disk allows; check that the disk is not full.",
            )
        )
