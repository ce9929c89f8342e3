"""When to write notes to disk: the debounce and retry rules, with no timers and no Qt.

Notes are saved shortly after typing pauses, and never later than a fixed delay after the first
unsaved keystroke even if typing never pauses, so that everything typed is on disk within a
second. A write that fails is retried with a growing delay; the text stays in memory meanwhile.

All times are readings of ``Clock.elapsed()`` (steady seconds); only differences matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP


class SaveStatus(StrEnum):
    SAVED = "saved"  # everything on disk
    UNSAVED = "unsaved"  # edits waiting for the next write
    SAVING = "saving"  # a write is in progress
    RETRYING = "retrying"  # the last write failed; the text is kept and the write will be retried

    @property
    def label(self) -> str:
        """The English label; the UI shows it translated (``tr_enum``)."""
        return _LABELS[self]


_LABELS = {
    SaveStatus.SAVED: QT_TRANSLATE_NOOP("SaveStatus", "Saved"),
    SaveStatus.UNSAVED: QT_TRANSLATE_NOOP("SaveStatus", "Saving…"),
    SaveStatus.SAVING: QT_TRANSLATE_NOOP("SaveStatus", "Saving…"),
    SaveStatus.RETRYING: QT_TRANSLATE_NOOP("SaveStatus", "Not saved — retrying"),
}


@dataclass(frozen=True, slots=True)
class AutosavePolicy:
    quiet_seconds: float = 0.3  # save once typing has paused this long
    max_wait_seconds: float = 0.6  # ...and never later than this after the first unsaved edit
    first_retry_seconds: float = 0.5
    max_retry_seconds: float = 8.0

    def retry_delay(self, failures: int) -> float:
        """Seconds to wait before retrying after ``failures`` failed writes in a row (>= 1)."""
        return min(self.max_retry_seconds, self.first_retry_seconds * 2 ** max(0, failures - 1))


class AutosaveSchedule:
    """Tracks edits and writes of one document set and says when the next write is due.

    The caller reports ``edited`` for each change, asks ``due`` (or sleeps until
    ``next_wakeup``), calls ``started`` when it hands the current text to a writer, then
    ``succeeded`` or ``failed`` when the writer reports back. Only one write is in flight.
    """

    def __init__(self, policy: AutosavePolicy | None = None) -> None:
        self.policy = policy or AutosavePolicy()
        self._first_unsaved: float | None = None  # first edit not yet handed to a writer
        self._last_edit: float | None = None
        self._in_flight_since: float | None = None  # first edit of the write in progress
        self._writing = False
        self._failures = 0
        self._retry_at: float | None = None
        self._urgent = False

    @property
    def status(self) -> SaveStatus:
        if self._failures:
            return SaveStatus.RETRYING
        if self._writing:
            return SaveStatus.SAVING
        if self._first_unsaved is not None:
            return SaveStatus.UNSAVED
        return SaveStatus.SAVED

    @property
    def has_unsaved(self) -> bool:
        return self._first_unsaved is not None or self._writing

    @property
    def failures(self) -> int:
        return self._failures

    def edited(self, at: float, *, urgent: bool = False) -> None:
        """A change was made. ``urgent`` changes (a question ticked) are written at once."""
        if self._first_unsaved is None:
            self._first_unsaved = at
        self._last_edit = at
        self._urgent = self._urgent or urgent

    def due(self, at: float) -> bool:
        if self._writing or self._first_unsaved is None:
            return False
        wake = self.next_wakeup()
        return wake is not None and at >= wake

    def next_wakeup(self) -> float | None:
        """When the next write should start, or None if nothing is waiting."""
        if self._writing or self._first_unsaved is None or self._last_edit is None:
            return None
        if self._retry_at is not None:
            return self._retry_at
        if self._urgent:
            return self._last_edit
        return min(self._last_edit + self.policy.quiet_seconds, self._first_unsaved + self.policy.max_wait_seconds)

    def started(self, at: float) -> None:
        """The current text was handed to a writer; edits from now on wait for the next write."""
        self._in_flight_since = self._first_unsaved if self._first_unsaved is not None else at
        self._first_unsaved = None
        self._writing = True
        self._urgent = False

    def succeeded(self, at: float) -> None:
        self._writing = False
        self._in_flight_since = None
        self._failures = 0
        self._retry_at = None

    def failed(self, at: float) -> float:
        """The write failed: its edits are unsaved again. Returns the seconds until the retry."""
        self._writing = False
        if self._in_flight_since is not None:
            if self._first_unsaved is None or self._in_flight_since < self._first_unsaved:
                self._first_unsaved = self._in_flight_since
            if self._last_edit is None:
                self._last_edit = self._in_flight_since
        self._in_flight_since = None
        self._failures += 1
        delay = self.policy.retry_delay(self._failures)
        self._retry_at = at + delay
        return delay
