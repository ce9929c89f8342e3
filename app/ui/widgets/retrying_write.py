"""A write the person triggered, tried again until it goes through, with no further action by them.

The write is a callable that writes what is in memory *now* (so a retry never writes something
older than what the person last did). One single-shot QTimer is re-armed with a growing delay
(app/core/write_retry.py); whether a retry is due is always decided on the injected clock, so
tests advance a FakeClock and call ``poll()``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import OperationalError

from app.core.clock import Clock
from app.core.write_retry import WriteRetry

log = logging.getLogger(__name__)

# What a full, read-only or vanished disk raises through the store. Anything else is a bug and
# goes to the error report.
EXPECTED_WRITE_ERRORS: tuple[type[BaseException], ...] = (OSError, OperationalError)


class RetryingWrite(QObject):
    failed = Signal()  # a write failed; another attempt is scheduled
    recovered = Signal()  # a write went through after one or more failures
    written = Signal()  # a write went through

    def __init__(
        self,
        clock: Clock,
        write: Callable[[], object],
        what: str,
        expected: tuple[type[BaseException], ...] = EXPECTED_WRITE_ERRORS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._write = write
        self._what = what  # for the log only
        self._expected = expected
        self._retry = WriteRetry()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll)

    @property
    def pending(self) -> bool:
        """A failed write is waiting to be tried again."""
        return self._retry.pending

    def timer_interval_ms(self) -> int | None:
        return self._timer.interval() if self._timer.isActive() else None

    def run(self) -> bool:
        """Write now. True when it went through; otherwise a retry is scheduled."""
        try:
            self._write()
        except self._expected:
            delay = self._retry.failed(self._clock.elapsed())
            failures = self._retry.failures
            log.exception("could not write %s (failure %d); trying again in %.0f s", self._what, failures, delay)
            self._arm()
            self.failed.emit()
            return False
        self._timer.stop()
        if self._retry.succeeded():
            log.info("wrote %s after all", self._what)
            self.recovered.emit()
        self.written.emit()
        return True

    def poll(self) -> bool:
        """Retry if one is due by the clock. True when nothing is left pending."""
        if not self._retry.pending:
            return True
        if not self._retry.due(self._clock.elapsed()):
            self._arm()  # the timer fired early by the clock's reckoning: look again later
            return False
        return self.run()

    def stop(self) -> None:
        """Stop the timer; one last attempt is the caller's choice (``poll`` or ``run``)."""
        self._timer.stop()

    def _arm(self) -> None:
        seconds = self._retry.seconds_to_retry(self._clock.elapsed())
        if seconds is None:
            self._timer.stop()
        else:
            self._timer.start(max(1, math.ceil(seconds * 1000)))
