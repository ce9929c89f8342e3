"""Backups of the database: made with SQLite's online backup API, checked, listed, pruned, restored.

A backup is a plain SQLite file in ``<data>/backups/`` named ``infointerview-YYYYMMDD-HHMMSS-<reason>.db``
(UTC), private to the user (0600), in rollback-journal mode so it is one self-contained file. It
counts only once ``PRAGMA integrity_check`` on the copy says "ok".

Whether anything changed since the last backup is decided by a content fingerprint: a hash of every
row of every table a person's data lives in (the search index, which is derived, is left out). It
is exact, whatever the change (an edit, a delete, an undo), and costs about as much as reading the
data once, which is fine in the worker thread every 30 minutes. ``PRAGMA data_version`` cannot be
used (it is per connection) and file times change with every checkpoint, even with no new data.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from app.core.data_safety import BackupInfo, StoreCounts
from app.core.retention import BackupReason, RetentionPolicy, backups_to_keep
from app.store.health import KNOWN_REVISIONS

log = logging.getLogger(__name__)

BACKUP_PREFIX = "infointerview-"
_NAME = re.compile(r"^infointerview-(\d{8}-\d{6})(?:-(\d+))?-([a-z]+)\.db$")
# Pages copied per step of the online backup: small steps let the app's writers in between.
PAGES_PER_STEP = 256


class BackupError(Exception):
    """A backup or restore could not be made; the message says why, for a person."""


class BackupCancelled(Exception):
    """The person stopped the backup; nothing of it was kept."""


def _read_only(path: Path, immutable: bool = False) -> sqlite3.Connection:
    uri = f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True)


# Tables the database keeps itself from others (by triggers): exported, imported or rescued
# through the table they come from, never on their own.
DERIVED_TABLES = frozenset({"interview_note_chunks"})


def user_tables(connection: sqlite3.Connection) -> list[str]:
    """The tables that hold what a person entered (not Alembic's, not SQLite's, not the search
    index, not what triggers derive from other tables)."""
    rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        name
        for name, _sql in rows
        if not name.startswith("sqlite_")
        and name != "alembic_version"
        and name not in DERIVED_TABLES
        and name not in virtual
        and not any(name.startswith(f"{table}_") for table in virtual)
    ]


def integrity_ok(path: Path) -> tuple[bool, str]:
    """Run ``PRAGMA integrity_check`` on a file, read-only; (ok, what SQLite said)."""
    try:
        connection = _read_only(path, immutable=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return False, str(error)
    verdict = "; ".join(str(row[0]) for row in rows[:5])
    return verdict == "ok", verdict


def count_contents(connection: sqlite3.Connection) -> StoreCounts:
    def scalar(sql: str):
        try:
            return connection.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:  # a table this file's schema does not have
            return None

    newest = scalar("SELECT max(updated_at) FROM interview_notes WHERE body != ''")
    return StoreCounts(
        interviews=scalar("SELECT count(*) FROM interviews") or 0,
        people=scalar("SELECT count(*) FROM contacts") or 0,
        notes=scalar("SELECT count(*) FROM interview_notes WHERE body != ''") or 0,
        newest_note_at=_parse_stored(newest),
    )


def _parse_stored(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def content_fingerprint(database: Path) -> str:
    """A hash of everything a person entered in ``database`` (see the module docstring)."""
    digest = hashlib.blake2b(digest_size=20)
    connection = _read_only(database)
    try:
        connection.execute("BEGIN")  # one snapshot for every table
        for table in user_tables(connection):
            digest.update(f"\x00{table}\x00".encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def _backup_name(now: datetime, reason: BackupReason, counter: int) -> str:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    middle = f"-{counter}" if counter else ""
    return f"{BACKUP_PREFIX}{stamp}{middle}-{reason.value}.db"


def copy_database(database: Path, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Copy a live database with the online backup API into ``target`` (created 0600)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(target)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(copy, pages=PAGES_PER_STEP, progress=report)
            # One self-contained file: no -wal beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    target.chmod(0o600)


def make_backup(
    database: Path,
    backups_dir: Path,
    now: datetime,
    reason: BackupReason,
    progress: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    """Copy ``database`` into ``backups_dir`` and check the copy; raise BackupError if it is bad.

    Safe to call from a worker thread while the app writes: the online backup API restarts a step
    when the source changes, and WAL lets readers and the writer work side by side. The copy is
    made under a temporary name and renamed once it has passed its check, so a backup by its name
    is always whole (a stopped or cancelled one leaves nothing); ``progress`` may raise
    ``BackupCancelled`` to stop it.
    """
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    counter = 0
    while (target := backups_dir / _backup_name(now, reason, counter)).exists():
        counter += 1
    partial = backups_dir / f".{target.name}.partial"
    partial.unlink(missing_ok=True)
    try:
        copy_database(database, partial, progress)
    except BackupCancelled:
        partial.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        log.exception("backup of %s failed", database)
        raise BackupError(f"The backup could not be written: {_reason(error)}.") from error
    ok, verdict = integrity_ok(partial)
    if not ok:
        partial.unlink(missing_ok=True)
        log.error("backup %s failed its integrity check (%s) and was deleted", target.name, verdict)
        raise BackupError(f"The backup copy was damaged ({verdict}); it was discarded.")
    os.replace(partial, target)
    _fsync_directory(backups_dir)
    log.info("backup made: %s", target)
    return read_backup(target)


def backup_before_migration(database: Path, backups_dir: Path, from_revision: str | None, now: datetime) -> BackupInfo:
    """The backup of ``database`` as it is before its schema changes from ``from_revision``.

    One per revision: a migration that was stopped part-way left the file at its old revision, so
    the backup made before that attempt is still the file as it was, and is used instead of
    making another.
    """
    for info in list_backups(backups_dir):
        if info.reason != BackupReason.BEFORE_MIGRATION.value or info.counts is None:
            continue
        path = Path(info.path)
        try:
            if _revision(path) == from_revision and integrity_ok(path)[0]:
                return info
        except sqlite3.DatabaseError:
            continue
    return make_backup(database, backups_dir, now, BackupReason.BEFORE_MIGRATION)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)


def read_backup(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    if match:
        taken_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        reason = match.group(3)
    else:
        taken_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        reason = BackupReason.MANUAL.value
    try:
        connection = _read_only(path, immutable=True)
        try:
            counts = count_contents(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        counts = None
    return BackupInfo(path=str(path), taken_at=taken_at, reason=reason, size_bytes=path.stat().st_size, counts=counts)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [read_backup(path) for path in backups_dir.iterdir() if _NAME.match(path.name)]
    return sorted(found, key=lambda info: (info.taken_at, info.path), reverse=True)


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes its integrity check (for a damaged database at start-up)."""
    for info in list_backups(backups_dir):
        if info.counts is not None and integrity_ok(Path(info.path))[0]:
            return info
    return None


def changed_since_last_backup(database: Path, backups_dir: Path) -> bool:
    """True when ``database`` holds something its newest backup does not (or there is no backup)."""
    backups = list_backups(backups_dir)
    if not database.exists():
        return False
    if not backups:
        return True
    try:
        return content_fingerprint(database) != content_fingerprint(Path(backups[0].path))
    except sqlite3.DatabaseError:
        return True


def prune_backups(backups_dir: Path, zone: tzinfo, now: datetime, policy: RetentionPolicy | None = None) -> list[Path]:
    """Delete the backups graded retention does not keep; return what was deleted."""
    backups = list_backups(backups_dir)
    keep = backups_to_keep([info.taken_at for info in backups], zone, now, policy)
    # Several backups in the same second share a moment: keep only the newest name of each.
    kept_moments: set[datetime] = set()
    deleted = []
    for info in backups:
        if info.taken_at in keep and info.taken_at not in kept_moments:
            kept_moments.add(info.taken_at)
            continue
        Path(info.path).unlink(missing_ok=True)
        deleted.append(Path(info.path))
    if deleted:
        log.info("pruned %d old backups", len(deleted))
    return deleted


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def keep_raw_copy(database: Path, now: datetime) -> Path:
    """Copy the database and its -wal byte for byte beside it (for a file too damaged to back up)."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.before-restore-{stamp}")
    counter = 1
    while target.exists():
        target = database.with_name(f"{database.name}.before-restore-{stamp}-{counter}")
        counter += 1
    shutil.copy2(database, target)
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target


def _revision(path: Path) -> str | None:
    connection = _read_only(path, immutable=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def restore_backup(backup: Path, database: Path, backups_dir: Path, now: datetime) -> BackupInfo | None:
    """Replace ``database`` with the backup at ``backup``, atomically.

    Precondition: the app has closed every connection to ``database`` (the store is disposed, the
    search index and read models closed), and holds the data-dir lock so no other process opens it.
    Otherwise an open connection would keep writing to the replaced file, or its -wal would be
    applied to the restored one.

    Order: check the backup; back up the current state (or, when it is too damaged for SQLite to
    copy, keep its bytes beside it); checkpoint the current WAL into the file; copy the backup to a
    temporary file in the same folder, fsync it; remove the emptied -wal/-shm; ``os.replace``. A crash
    at any point leaves either the old database, complete, or the restored one.
    Returns the backup made of the current state, or None when there was none to make.
    """
    ok, verdict = integrity_ok(backup)
    if not ok:
        raise BackupError(f"{backup.name} is damaged ({verdict}); nothing was changed.")
    revision = _revision(backup)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise BackupError(
            f"{backup.name} was made by a newer InfoInterview (schema {revision}); update InfoInterview to restore it."
        )
    made: BackupInfo | None = None
    if database.exists() and database.stat().st_size > 0:
        try:
            made = make_backup(database, backups_dir, now, BackupReason.BEFORE_RESTORE)
        except BackupError:
            kept = keep_raw_copy(database, now)
            log.warning("current database could not be backed up; kept its bytes as %s", kept)
        try:
            connection = sqlite3.connect(database)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            log.warning("could not checkpoint %s before restoring (it is kept as a copy)", database)
    temporary = database.with_name(f".{database.name}.restoring")
    temporary.unlink(missing_ok=True)
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, backup.open("rb") as source:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(temporary, database)
        _fsync_directory(database.parent)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be put in place: {_reason(error)}.") from error
    log.info("restored %s from %s", database, backup)
    return made


def newest_backup_time(backups_dir: Path) -> datetime | None:
    """When the newest backup was taken, from the file names alone (cheap enough for start-up)."""
    if not backups_dir.is_dir():
        return None
    moments = [
        datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        for path in backups_dir.iterdir()
        if (match := _NAME.match(path.name))
    ]
    return max(moments, default=None)


def backup_job(
    database: Path,
    backups_dir: Path,
    zone: Callable[[], tzinfo],
    policy: Callable[[], RetentionPolicy],
    stop: threading.Event | None = None,
):
    """One unit of backing up for a background runner: copy, check, then prune by the retention
    policy in force; returns the new backup's BackupInfo. Setting ``stop`` (at quit, when the copy
    takes too long) cancels the copy, leaving nothing."""

    def stop_when_asked(_done: int, _total: int) -> None:
        if stop is not None and stop.is_set():
            raise BackupCancelled

    def run(now: datetime, reason: BackupReason) -> BackupInfo:
        info = make_backup(database, backups_dir, now, reason, progress=stop_when_asked)
        prune_backups(backups_dir, zone(), now, policy())
        return info

    return run
