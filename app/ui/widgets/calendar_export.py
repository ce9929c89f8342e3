"""Add to calendar: save an interview's event as an ``.ics`` file the person's calendar opens.

The People page (the selected person's next interview) and the Interview area (the open one)
both save through here. Where to save is asked through an injectable asker, so tests choose it.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.calendar_file import CalendarWords, calendar_text, ics_file_name
from app.core.clock import Clock

if TYPE_CHECKING:
    from app.store.repositories import InterviewRepository

log = logging.getLogger(__name__)

SavePathAsker = Callable[[QWidget, str, str, str], Path | None]  # parent, caption, suggested name, filter


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(Path.home() / suggested), file_filter)
    return Path(chosen) if chosen else None


def _write_text_file(path: Path, text: str) -> None:
    """Write through a temporary file so a failed save never leaves half a file behind."""
    handle, temporary = tempfile.mkstemp(prefix=".saving-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)  # icalendar ends its lines with CRLF, as RFC 5545 asks
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class CalendarExport(QObject):
    """Saves interviews as calendar files and says, in a sentence, what became of it."""

    def __init__(self, clock: Clock, ask_path: SavePathAsker = ask_save_path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._ask_path = ask_path

    def words(self) -> CalendarWords:
        return CalendarWords(
            summary=self.tr("Informational interview with {name}"),
            questions_heading=self.tr("Questions to ask:"),
            alarm=self.tr("Confirm the time"),
        )

    def save_interview(self, parent: QWidget, interviews: InterviewRepository, interview_id: int) -> str | None:
        """Ask where, then save the interview's event there. The sentence to show, or None if not saved."""
        entry = interviews.calendar_entry(interview_id)
        scheduled_at = entry.interview.scheduled_at
        if scheduled_at is None:
            return self.tr("This interview has no time yet, so it cannot go in a calendar.")
        suggested = ics_file_name(entry.contact_name, scheduled_at, self._clock.local_zone())
        path = self._ask_path(parent, self.tr("Add to calendar"), suggested, self.tr("Calendar files (*.ics)"))
        if path is None:
            return None
        path = Path(path)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            _write_text_file(path, calendar_text([entry], self.words(), self._clock.now()))
        except OSError as error:
            log.exception("could not save the calendar file %s", path)
            return self.tr(
                "The calendar file could not be saved in {folder} ({reason}). Choose another folder."
            ).format(folder=str(path.parent), reason=error.strerror or type(error).__name__)
        return self.tr("Saved {file}: open it to add the interview to your calendar.").format(file=path.name)
