"""Unexpected errors: the whole traceback goes to the log file; the person sees a line in the
main window's message bar, in words chosen by the kind of error. Nothing here takes the
keyboard: no modal box, whatever raised and whenever.

Qt is imported inside the methods: this is installed before the first window and must not slow it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.write_errors import WriteProblem

log = logging.getLogger("infointerview")

# Shows a message; the flag says whether a later successful write ends the problem.
ShowProblem = Callable[[str, bool], None]


def write_problem_of(error: BaseException) -> WriteProblem:
    """The kind of I/O problem behind an error, looking through SQLAlchemy's wrapper and the
    chain of causes; UNKNOWN for errors that are not failed reads or writes."""
    from app.core.write_errors import WriteProblem, classify_write_error

    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        candidate = pending.pop(0)
        if candidate is None or id(candidate) in seen:
            continue
        seen.add(id(candidate))
        if _is_io_error(candidate):
            problem = classify_write_error(str(candidate), getattr(candidate, "errno", None))
            if problem is not WriteProblem.UNKNOWN:
                return problem
        pending.extend([getattr(candidate, "orig", None), candidate.__cause__, candidate.__context__])
    return WriteProblem.UNKNOWN


def _is_io_error(error: BaseException) -> bool:
    module = type(error).__module__
    return isinstance(error, OSError) or module.startswith(("sqlite3", "sqlalchemy"))


def describe_problem(problem: WriteProblem, log_file: Path) -> str:
    from PySide6.QtCore import QCoreApplication

    from app.core.write_errors import WriteProblem

    # Each call spelled out: lupdate finds QCoreApplication.translate(), not a local helper.
    if problem is WriteProblem.DISK_FULL:
        return QCoreApplication.translate(
            "ErrorReporter", "Could not save: the disk is full. Free some space on it, then try again."
        )
    if problem is WriteProblem.READ_ONLY:
        return QCoreApplication.translate(
            "ErrorReporter",
            "Could not save: the data folder {folder} is read-only. Make it writable, then try again.",
        ).format(folder=log_file.parent)
    if problem is WriteProblem.HELD_BY_ANOTHER:
        return QCoreApplication.translate(
            "ErrorReporter",
            "Could not save: another program is holding the database (a backup or sync tool, or a second "
            "copy of InfoInterview). Close it, then try again.",
        )
    return QCoreApplication.translate(
        "ErrorReporter",
        "Something went wrong, and InfoInterview could not finish what you asked. Everything already "
        "saved is safe. The details are in {log}.",
    ).format(log=log_file)


class ErrorReporter:
    """Installed as sys.excepthook once the application exists."""

    def __init__(self, log_file: Path) -> None:
        self._log_file = log_file
        self._show: ShowProblem | None = None
        self.shown_messages: list[str] = []

    def install(self) -> None:
        sys.excepthook = self.handle

    def report_to(self, show: ShowProblem) -> None:
        """Where messages go once the main window exists; before that, only to the log."""
        self._show = show

    def handle(self, exc_type, exc, tb) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from app.core.write_errors import WriteProblem

        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        problem = write_problem_of(exc) if exc is not None else WriteProblem.UNKNOWN
        message = describe_problem(problem, self._log_file)
        self.shown_messages.append(message)
        show = self._show
        if show is None or QApplication.instance() is None:
            return
        # Shown from the event loop, not from inside whatever raised.
        QTimer.singleShot(0, lambda: show(message, problem is not WriteProblem.UNKNOWN))
