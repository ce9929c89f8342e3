"""When to try a failed write again: growing delays on the steady clock, no timers and no Qt.

A write the person triggered (pressing Start saves the countdown and marks the interview under
way) may fail on a full or read-only disk. What they did is kept in memory and written again,
first soon, then less and less often, until it goes through. The times are steady readings
(``clock.elapsed()``), so a timer that fires late or early only changes when we look.
"""

from __future__ import annotations

from dataclasses import dataclass

FIRST_RETRY_SECONDS = 1.0
MAX_RETRY_SECONDS = 30.0


def retry_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` failed writes in a row (>= 1): 1, 2, 4, 8, 16, 30, 30…"""
    return min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** max(0, failures - 1))


@dataclass(slots=True)
class WriteRetry:
    """The retry state of one kind of write."""

    failures: int = 0
    retry_at: float | None = None  # steady reading when the next attempt is due; None: nothing pending

    @property
    def pending(self) -> bool:
        return self.retry_at is not None

    def failed(self, at: float) -> float:
        """The write failed at steady reading ``at``. Returns the seconds until the next attempt."""
        self.failures += 1
        delay = retry_delay(self.failures)
        self.retry_at = at + delay
        return delay

    def succeeded(self) -> bool:
        """The write went through. True when it had been failing (the person was told)."""
        was_failing = self.failures > 0
        self.failures = 0
        self.retry_at = None
        return was_failing

    def due(self, at: float) -> bool:
        return self.retry_at is not None and at >= self.retry_at

    def seconds_to_retry(self, at: float) -> float | None:
        return None if self.retry_at is None else max(0.0, self.retry_at - at)
