"""Leaving without the window's close button: a signal (SIGTERM, SIGINT, SIGHUP) or the desktop
session ending writes what was typed exactly as closing the window does."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.bootstrap import Application

log = logging.getLogger("infointerview")

EXIT_FAILURE = 1


class LeaveCleanly:
    """Leaving without the window's close button (a signal, the desktop session ending) writes
    what was typed exactly as closing the window does, then ends the event loop."""

    def __init__(self, application: Application) -> None:
        self._application = application
        self.exit_code: int | None = None

    def _flush(self, reason: str) -> bool:
        saved = self._application.flush_typed_text()
        if saved:
            log.info("unsaved text written (%s)", reason)
        else:
            log.error("text typed before %s could not be written", reason)
        return saved

    def on_signal(self, signum: int) -> None:
        import signal

        from PySide6.QtWidgets import QApplication

        reason = signal.Signals(signum).name
        log.info("leaving on %s", reason)
        saved = self._flush(reason)
        self._application.window.save_placement()
        self.exit_code = 0 if saved else EXIT_FAILURE
        QApplication.exit(self.exit_code)

    def on_session_end(self, _manager=None) -> None:
        """The desktop session is ending: write everything now; the app may be killed next."""
        self._flush("the end of the desktop session")

    def after_event_loop(self) -> None:
        """The last write, once the event loop has ended. Qt 6 announces the quit from inside
        exit(), and the events already queued (keys, typing) are still handled after that."""
        if not self._application.flush_typed_text():
            log.error("text typed before quitting could not be written")
