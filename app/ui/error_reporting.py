"""Unexpected errors: the whole traceback goes to the log file, the person sees a short dialog.

Qt is imported inside the methods: this is installed before the first window and must not slow it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

log = logging.getLogger("infointerview")


class ErrorReporter:
    """Installed as sys.excepthook once the application exists."""

    def __init__(self, log_file: Path) -> None:
        self._log_file = log_file
        self._showing = False
        self.shown_messages: list[str] = []

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, exc_type, exc, tb) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        message = (
            "Something went wrong, and InfoInterview could not finish what you asked. "
            "Everything already saved is safe.\n\n"
            f"The details were written to {self._log_file}."
        )
        self.shown_messages.append(message)
        if self._showing or QApplication.instance() is None:
            return
        # Shown from the event loop, not from inside whatever raised.
        QTimer.singleShot(0, lambda: self._show(message))

    def _show(self, message: str) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        self._showing = True
        try:
            QMessageBox.warning(QApplication.activeWindow(), "InfoInterview: something went wrong", message)
        finally:
            self._showing = False
