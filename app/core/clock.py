"""Where "now" comes from. Code that needs the time takes a Clock; tests pass a fake one.

Two kinds of time are kept apart on purpose:

* ``now()`` is the wall clock (aware UTC). It is for timestamps a person reads: when a note was
  saved, when an interview is scheduled. It may jump (NTP, daylight saving, the user).
* ``elapsed()`` is a steady count of seconds that never jumps with the wall clock and that keeps
  counting while the machine sleeps, because a conversation goes on while a laptop lid is shut.
  On Linux that is CLOCK_BOOTTIME. macOS's CLOCK_MONOTONIC already counts sleep. Elsewhere
  (Windows) ``time.monotonic()`` is used: it does not jump with the wall clock, and on current
  Windows it includes time asleep as well.

``boot_id()`` names the current run of the operating system, so that a steady reading saved
before a reboot is never compared with one taken after it.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The wall-clock time, timezone-aware, in UTC."""

    def elapsed(self) -> float:
        """Seconds on a steady clock that includes suspend; only differences mean anything."""

    def boot_id(self) -> str:
        """An identifier that changes whenever the steady clock's origin changes."""


def _steady_source():
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic


def _read_boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        # Without a boot identifier, estimate the boot instant from the two clocks. It is
        # stable to well under a minute, which is all a resumed countdown needs to tell
        # "same boot" from "rebooted".
        boot_instant = time.time() - time.monotonic()
        return f"approx-{int(boot_instant // 60)}"


class SystemClock:
    """The real clocks of this machine."""

    def __init__(self) -> None:
        self._steady = _steady_source()
        self._boot_id: str | None = None

    def now(self) -> datetime:
        return datetime.now(UTC)

    def elapsed(self) -> float:
        return self._steady()

    def boot_id(self) -> str:
        if self._boot_id is None:
            self._boot_id = _read_boot_id()
        return self._boot_id
