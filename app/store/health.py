"""Checks on the database file that need only the standard library, so they run before the
window appears and before SQLAlchemy is imported."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.store.connection import connect

SQLITE_HEADER = b"SQLite format 3\x00"

# The newest migration this build knows. A test checks it against Alembic's own head, so the
# start-up path can tell "behind" without importing Alembic.
KNOWN_REVISIONS = (
    "0001_whole_product",
    "0002_search_index",
    "0003_search_wrapup",
    "0004_search_prefixes",
    "0005_thank_you_subject",
    "0006_note_chunks",
    "0007_no_generated_words",
    "0008_suggestion_decisions",
    "0009_interview_calendar",
    "0010_people_model",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


class DatabaseUnreadable(Exception):
    """The file is not a usable SQLite database; the message says why for a person."""


class DatabaseFromTheFuture(Exception):
    """The file was written by a newer InfoInterview whose schema this build does not know."""


@dataclass(frozen=True, slots=True)
class DatabaseStatus:
    exists: bool
    revision: str | None
    has_user_tables: bool

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION

    @property
    def needs_migration(self) -> bool:
        return not self.is_current


def inspect_database(path: Path) -> DatabaseStatus:
    """Say whether the file exists, which schema revision it holds, and whether it is sound.

    Raises DatabaseUnreadable for a file that is not SQLite or fails SQLite's quick check, and
    DatabaseFromTheFuture for a schema revision this build has never heard of.
    """
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseStatus(exists=False, revision=None, has_user_tables=False)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseUnreadable(f"{path.name} is not an InfoInterview database (it is not SQLite at all).")
    try:
        connection = connect(path, read_only=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise DatabaseUnreadable(f"{path.name} is damaged: SQLite reports “{check[0] if check else '?'}”.")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(f"{path.name} is damaged or not a database: {exc}.") from exc
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseFromTheFuture(
            f"{path.name} was written by a newer version of InfoInterview (schema {revision}); "
            "please update InfoInterview to open it."
        )
    user_tables = tables - {"alembic_version"}
    return DatabaseStatus(exists=True, revision=revision, has_user_tables=bool(user_tables))


def move_aside(path: Path, reason: str, now: datetime) -> Path:
    """Rename a bad database (and its WAL files) out of the way; never delete or overwrite."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}")
        counter += 1
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target


def move_back(kept: Path, path: Path) -> None:
    """Undo ``move_aside``: whatever was made at ``path`` since goes, and the kept file returns."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        side = kept.with_name(kept.name + suffix)
        if side.exists():
            side.rename(path.with_name(path.name + suffix))
    kept.rename(path)
