"""Test doubles shared by the whole suite: a clock that only moves when a test moves it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo


class FakeClock:
    """Implements app.core.clock.Clock.

    ``advance`` moves both clocks, as real time passing does. ``jump_wall`` moves only the wall
    clock (NTP, daylight saving, a user changing the time). ``suspend`` models a laptop asleep:
    the steady clock (CLOCK_BOOTTIME) and the wall clock both move on. ``reboot`` starts a new
    steady clock with a new boot id.
    """

    def __init__(self, start: datetime | None = None, elapsed: float = 1000.0, zone: tzinfo | str = "UTC") -> None:
        self._wall = start or datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
        self._elapsed = elapsed
        self._boot = 1
        self.zone = ZoneInfo(zone) if isinstance(zone, str) else zone

    def local_zone(self) -> tzinfo:
        return self.zone

    def today(self) -> date:
        return self._wall.astimezone(self.zone).date()

    def now(self) -> datetime:
        return self._wall

    def elapsed(self) -> float:
        return self._elapsed

    def boot_id(self) -> str:
        return f"boot-{self._boot}"

    def advance(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)
        self._elapsed += seconds

    def jump_wall(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        self.advance(seconds)

    def reboot(self, downtime: float = 60.0) -> None:
        self._wall += timedelta(seconds=downtime)
        self._elapsed = 5.0
        self._boot += 1


class FakeTranslator:
    """A stand-in language for tests: ``words`` maps (context, source) to a translation, or to a
    function of the count for counted messages. Use ``installed_translation(words)``."""

    def __init__(self, words: dict) -> None:
        from PySide6.QtCore import QTranslator

        class _Translator(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):
                found = words.get((context, source))
                return found(n) if callable(found) else found

        self.qt = _Translator()


@contextmanager
def installed_translation(words: dict) -> Iterator[None]:
    """Qt translates through ``words`` inside the block (the app's own catalogues stay underneath)."""
    from PySide6.QtCore import QCoreApplication

    translator = FakeTranslator(words).qt
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
