"""What backups, rescues and imports hold, as data, and the sentences that describe them.

The store fills these dataclasses; the UI shows the ``Text`` with ``tr_text``, the command line
with ``str()``. Dates are formatted by the caller (the UI with QLocale); core hands over ISO dates
only where the command line needs a plain one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import PurePosixPath, PureWindowsPath

from app.core.i18n import QT_TRANSLATE_NOOP, Text, text, translate


class BadDatabaseChoice(enum.Enum):
    """What to do with a data file that cannot be read, at start-up. Whatever is chosen, the file
    is kept byte for byte."""

    RESTORE_BACKUP = "restore"  # the newest good backup takes its place
    RESCUE = "rescue"  # every readable row is copied into a new file
    START_FRESH = "fresh"  # a new, empty store
    QUIT = "quit"


@dataclass(frozen=True, slots=True)
class StoreCounts:
    """What a database holds, in the terms a person counts by."""

    interviews: int
    people: int
    notes: int
    newest_note_at: datetime | None  # UTC


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: str
    taken_at: datetime  # UTC, aware
    reason: str  # a BackupReason value
    size_bytes: int
    counts: StoreCounts | None  # None when the copy cannot be read


def describe_backup(info: BackupInfo, zone: tzinfo) -> Text:
    """ "3 Dec 2026 14:30 — 42 interviews, 61 people, newest note 3 Dec" (for the command line and logs;
    the restore dialog formats the date with QLocale and uses ``describe_contents``)."""
    when = info.taken_at.astimezone(zone)
    stamp = f"{when.day} {when:%b %Y %H:%M}"
    if info.counts is None:
        return text("Backups", QT_TRANSLATE_NOOP("Backups", "{when} — cannot be read"), when=stamp)
    return text(
        "Backups", QT_TRANSLATE_NOOP("Backups", "{when} — {contents}"), when=stamp,
        contents=str(describe_contents(info.counts, zone)),
    )  # fmt: skip


def describe_contents(counts: StoreCounts, zone: tzinfo) -> Text:
    interview_count, people_count = counts.interviews, counts.people
    interviews = translate("Backups", "%n interview(s)", None, interview_count)
    people = translate("Backups", "%n person(s)", None, people_count)
    if counts.newest_note_at is None:
        return text(
            "Backups", QT_TRANSLATE_NOOP("Backups", "{interviews}, {people}, no notes"),
            interviews=interviews, people=people,
        )  # fmt: skip
    newest = counts.newest_note_at.astimezone(zone)
    return text(
        "Backups", QT_TRANSLATE_NOOP("Backups", "{interviews}, {people}, newest note {day}"),
        interviews=interviews, people=people, day=f"{newest.day} {newest:%b}",
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class TableRescue:
    table: str
    recovered: int
    expected: int | None  # None when the damaged file cannot say how many there were

    @property
    def complete(self) -> bool:
        return self.expected is not None and self.recovered >= self.expected


@dataclass(frozen=True, slots=True)
class RescueReport:
    source: str
    target: str
    tables: tuple[TableRescue, ...]

    def table(self, name: str) -> TableRescue | None:
        return next((entry for entry in self.tables if entry.table == name), None)


# The lists a person recognises, in the order a rescue report names them.
PERSON_TABLES = (
    ("contacts", QT_TRANSLATE_NOOP("Rescue", "people")),
    ("interviews", QT_TRANSLATE_NOOP("Rescue", "interviews")),
    ("interview_notes", QT_TRANSLATE_NOOP("Rescue", "notes")),
    ("occupations", QT_TRANSLATE_NOOP("Rescue", "occupations")),
    ("action_items", QT_TRANSLATE_NOOP("Rescue", "next steps")),
    ("thank_you_notes", QT_TRANSLATE_NOOP("Rescue", "thank-you notes")),
)


def describe_table_rescue(entry: TableRescue, label: str) -> Text:
    """ "58 of 61 people", "all notes", "12 people (how many there were is unknown)"."""
    if entry.complete:
        return text("Rescue", QT_TRANSLATE_NOOP("Rescue", "all {things}"), things=label)
    if entry.expected is None:
        return text(
            "Rescue", QT_TRANSLATE_NOOP("Rescue", "{recovered} {things} (how many there were is unknown)"),
            recovered=entry.recovered, things=label,
        )  # fmt: skip
    return text(
        "Rescue", QT_TRANSLATE_NOOP("Rescue", "{recovered} of {expected} {things}"),
        recovered=entry.recovered, expected=entry.expected, things=label,
    )  # fmt: skip


def rescue_lines(report: RescueReport) -> list[tuple[TableRescue, Text]]:
    """One line per list a person knows, in a fixed order; the label is a marked word to translate."""
    lines = []
    for table, label in PERSON_TABLES:
        entry = report.table(table)
        if entry is not None:
            lines.append((entry, describe_table_rescue(entry, label)))
    return lines


def describe_rescue(report: RescueReport) -> str:
    """The whole report in English, for the command line and the log."""
    return ", ".join(str(line) for _entry, line in rescue_lines(report))


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import file would add, read and checked before anything is written."""

    format_version: int
    schema_revision: str
    exported_at: str
    rows: dict[str, int]
    attachments: int

    @property
    def people(self) -> int:
        return self.rows.get("contacts", 0)

    @property
    def interviews(self) -> int:
        return self.rows.get("interviews", 0)

    @property
    def notes(self) -> int:
        return self.rows.get("interview_notes", 0)


def describe_import(summary: ImportSummary) -> Text:
    people, interviews, notes, files = summary.people, summary.interviews, summary.notes, summary.attachments
    return text(
        "Import",
        QT_TRANSLATE_NOOP("Import", "Adds {people}, {interviews}, {notes} and {files} as new records."),
        people=translate("Import", "%n person(s)", None, people),
        interviews=translate("Import", "%n interview(s)", None, interviews),
        notes=translate("Import", "%n note(s)", None, notes),
        files=translate("Import", "%n file(s)", None, files),
    )


def unsafe_attachment_name(name: str) -> bool:
    """A file name from an import that would land outside the attachments folder, or is not a plain name."""
    if not name or "\x00" in name or name in (".", ".."):
        return True
    for flavour in (PurePosixPath, PureWindowsPath):
        path = flavour(name)
        if path.is_absolute() or path.anchor or len(path.parts) != 1 or ".." in path.parts:
            return True
    return False
