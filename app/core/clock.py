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

``local_zone()`` and ``today()`` are the person's zone and calendar day. This module is the only
place that asks the host for its zone; everything else takes it from the clock, so tests can put
the app anywhere on Earth without touching the host.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    def now(self) -> datetime:
        """The wall-clock time, timezone-aware, in UTC."""

    def elapsed(self) -> float:
        """Seconds on a steady clock that includes suspend; only differences mean anything."""

    def boot_id(self) -> str:
        """An identifier that changes whenever the steady clock's origin changes."""

    def local_zone(self) -> tzinfo:
        """The person's time zone, daylight saving included."""

    def today(self) -> date:
        """The person's calendar day now, in their zone."""


def local_day(clock: Clock) -> date:
    """The calendar day of ``clock.now()`` in the clock's zone."""
    return clock.now().astimezone(clock.local_zone()).date()


def host_zone(environ: dict[str, str] | None = None, localtime: Path = Path("/etc/localtime")) -> tzinfo:
    """The host's zone as a named zone (so daylight saving changes are right), from TZ or
    /etc/localtime; a fixed offset read from the C library when neither names one."""
    environ = os.environ if environ is None else environ
    candidates = []
    if environ.get("TZ"):
        candidates.append(environ["TZ"].lstrip(":"))
    try:
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for key in candidates:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return datetime.now().astimezone().tzinfo or UTC


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
        self._zone: tzinfo | None = None

    def now(self) -> datetime:
        return datetime.now(UTC)

    def elapsed(self) -> float:
        return self._steady()

    def boot_id(self) -> str:
        if self._boot_id is None:
            self._boot_id = _read_boot_id()
        return self._boot_id

    def local_zone(self) -> tzinfo:
        if self._zone is None:
            self._zone = host_zone()
        return self._zone

    def today(self) -> date:
        return local_day(self)
