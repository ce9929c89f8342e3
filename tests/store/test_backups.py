"""Backups: made online, checked, listed with what they hold, pruned, restored atomically."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.data_safety import describe_backup
from app.core.retention import BackupReason
from app.store import backups
from app.store.backups import (
    BackupError,
    changed_since_last_backup,
    list_backups,
    make_backup,
    newest_good_backup,
    prune_backups,
    restore_backup,
)
from tests.store.data_seed import seed

NOW = datetime(2026, 12, 3, 13, 30, tzinfo=UTC)


@pytest.fixture
def database(tmp_path, migrated_database):
    path = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, path)
    seed(path)
    return path


def _execute(database: Path, sql: str) -> None:
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute(sql)
    finally:
        connection.close()


def _people(database: Path) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        connection.close()


def test_a_backup_is_a_private_checked_copy_that_says_what_it_holds(database, tmp_path):
    info = make_backup(database, tmp_path / "backups", NOW, BackupReason.PERIODIC)

    path = Path(info.path)
    assert path.parent == tmp_path / "backups"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not path.with_name(path.name + "-wal").exists()
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one file, no -wal ever needed
    assert (info.counts.interviews, info.counts.people) == (42, 61)
    assert info.counts.newest_note_at == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    assert str(describe_backup(info, UTC)) == "3 Dec 2026 13:30 — 42 interviews, 61 people, newest note 20 Nov"


def test_a_backup_is_made_while_another_connection_holds_unsaved_work(database, tmp_path):
    writer = sqlite3.connect(database)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM interview_notes")
    try:
        info = make_backup(database, tmp_path / "backups", NOW, BackupReason.PERIODIC)
    finally:
        writer.rollback()
        writer.close()
    assert info.counts.notes == 42


def test_a_copy_that_fails_its_check_is_discarded(database, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(backups, "integrity_ok", lambda path: (False, "page 7: btree damaged"))

    with pytest.raises(BackupError, match="damaged"):
        make_backup(database, tmp_path / "backups", NOW, BackupReason.PERIODIC)

    assert list((tmp_path / "backups").iterdir()) == []
    assert "failed its integrity check" in caplog.text


def test_backups_are_listed_newest_first(database, tmp_path):
    folder = tmp_path / "backups"
    make_backup(database, folder, NOW - timedelta(hours=2), BackupReason.PERIODIC)
    make_backup(database, folder, NOW, BackupReason.QUIT)
    make_backup(database, folder, NOW, BackupReason.QUIT)  # same second: a second name, not a clash

    listed = list_backups(folder)
    assert [info.taken_at for info in listed] == [NOW, NOW, NOW - timedelta(hours=2)]
    assert listed[-1].reason == "auto"


def test_change_is_noticed_by_content_not_by_file_times(database, tmp_path):
    folder = tmp_path / "backups"
    assert changed_since_last_backup(database, folder)
    make_backup(database, folder, NOW, BackupReason.PERIODIC)
    assert not changed_since_last_backup(database, folder)

    _execute(database, "UPDATE interview_notes SET body = body || '!' WHERE interview_id = 7")
    assert changed_since_last_backup(database, folder)


def test_pruning_keeps_the_graded_tiers(database, tmp_path):
    folder = tmp_path / "backups"
    for days in range(0, 40):
        make_backup(database, folder, NOW - timedelta(days=days), BackupReason.PERIODIC)

    deleted = prune_backups(folder, UTC, NOW)

    kept = list_backups(folder)
    # Today, yesterday and the day before (the last two days), then twelve dailies, then weeklies.
    assert len(kept) + len(deleted) == 40
    assert {NOW - timedelta(days=d) for d in range(0, 15)} <= {info.taken_at for info in kept}
    assert len(kept) < 40


def test_restore_backs_up_the_current_state_then_swaps(database, tmp_path):
    folder = tmp_path / "backups"
    good = make_backup(database, folder, NOW - timedelta(hours=1), BackupReason.PERIODIC)
    _execute(database, "DELETE FROM interview_questions")
    _execute(database, "DELETE FROM contacts WHERE id NOT IN (SELECT contact_id FROM interviews)")
    people_before = _people(database)

    made = restore_backup(Path(good.path), database, folder, NOW)

    assert _people(database) == 61
    assert made is not None and made.counts.people == people_before
    assert not database.with_name(database.name + "-wal").exists()
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_a_damaged_backup_is_not_restored(database, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    before = database.read_bytes()

    with pytest.raises(BackupError, match="nothing was changed"):
        restore_backup(bad, database, tmp_path / "backups", NOW)

    assert database.read_bytes() == before


def test_newest_good_backup_skips_a_damaged_one(database, tmp_path):
    folder = tmp_path / "backups"
    older = make_backup(database, folder, NOW - timedelta(days=1), BackupReason.PERIODIC)
    newer = make_backup(database, folder, NOW, BackupReason.PERIODIC)
    with open(newer.path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xa5" * 4096 * 4)

    assert newest_good_backup(folder).path == older.path


def test_a_backup_from_a_newer_version_is_not_restored(database, tmp_path):
    newer = make_backup(database, tmp_path / "backups", NOW, BackupReason.MANUAL)
    _execute(Path(newer.path), "UPDATE alembic_version SET version_num = '9999_future'")
    before = database.read_bytes()

    with pytest.raises(BackupError, match="newer InfoInterview"):
        restore_backup(Path(newer.path), database, tmp_path / "backups", NOW)

    assert database.read_bytes() == before


def test_a_cancelled_backup_leaves_nothing_behind(tmp_path, migrated_database):
    from app.store.backups import BackupCancelled, make_backup

    database = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    seed(database)

    def cancel(_done: int, _total: int) -> None:
        raise BackupCancelled

    with pytest.raises(BackupCancelled):
        make_backup(database, tmp_path / "backups", NOW, BackupReason.MANUAL, progress=cancel)
    assert list((tmp_path / "backups").iterdir()) == []
