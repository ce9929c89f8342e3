"""What the start-up may need to ask or tell the person (a damaged data file, a refusal), as
callables the composition root is handed, so tests replace them; and whether a dialog can be seen
at all. Qt is imported only when a dialog is really shown."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import APP_NAME
from app.core.data_safety import BadDatabaseChoice

if TYPE_CHECKING:
    from app.core.data_safety import BackupInfo, RescueReport


@dataclass
class Prompts:
    """Questions the start-up may need to ask the person; tests replace them."""

    # Given the problem in words and the newest good backup (None when there is none): what to do.
    choose_after_bad_database: Callable[[str, BackupInfo | None], BadDatabaseChoice]
    # Tell the person something went wrong that stops the app.
    fatal: Callable[[str], None]
    # Tell the person what a rescue recovered.
    show_rescue_report: Callable[[RescueReport], None] = lambda _report: None


NO_DISPLAY_PLATFORMS = ("offscreen", "minimal")
_REFUSAL_APPLICATION: list[object] = []  # kept alive while a refusal is shown before the app exists


def can_show_dialogs(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a person can see a dialog. Offscreen (tests, benchmarks) is not a display: a
    modal there would wait for a click that never comes."""
    environ = os.environ if environ is None else environ
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if platform in NO_DISPLAY_PLATFORMS:
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def visible_refusals(dialogs: Prompts | None) -> Prompts:
    """Every refusal is one line on stderr and, when ``dialogs`` is given (a display is there),
    also a dialog: people who start the app from a menu never see stderr."""

    def fatal(message: str) -> None:
        print(f"infointerview: {message}", file=sys.stderr)
        if dialogs is not None:
            dialogs.fatal(message)

    def choose(problem: str, newest_backup: BackupInfo | None) -> BadDatabaseChoice:
        if dialogs is None:
            print(
                f"infointerview: {problem}\nStart InfoInterview on your desktop to choose between restoring a "
                "backup, rescuing what can be read, or starting a new, empty store (the file is kept).",
                file=sys.stderr,
            )
            return BadDatabaseChoice.QUIT
        return dialogs.choose_after_bad_database(problem, newest_backup)

    def report(rescued: RescueReport) -> None:
        from app.core.data_safety import describe_rescue

        print(f"infointerview: rescued {describe_rescue(rescued)}", file=sys.stderr)
        if dialogs is not None:
            dialogs.show_rescue_report(rescued)

    return Prompts(choose_after_bad_database=choose, fatal=fatal, show_rescue_report=report)


def qt_prompts(parent_getter: Callable[[], object]) -> Prompts:
    from PySide6.QtWidgets import QApplication, QMessageBox

    def ensure_application() -> None:
        # A refusal can come before the app is built (a data folder that cannot be used).
        if QApplication.instance() is None:
            _REFUSAL_APPLICATION.append(QApplication(sys.argv[:1]))

    def choose(problem: str, newest_backup: BackupInfo | None) -> BadDatabaseChoice:
        ensure_application()
        from app.ui.shell.damaged_data_dialogs import ask_after_bad_database

        return ask_after_bad_database(parent_getter(), problem, newest_backup)

    def report(rescued: RescueReport) -> None:
        ensure_application()
        from app.ui.shell.damaged_data_dialogs import show_rescue_report

        show_rescue_report(parent_getter(), rescued)

    def fatal(message: str) -> None:
        ensure_application()
        QMessageBox.critical(parent_getter(), APP_NAME, message)

    return Prompts(choose_after_bad_database=choose, fatal=fatal, show_rescue_report=report)
