"""Backups made in the background, the raw copy kept of a file too damaged to back up, and the
start-up's cheap look at when the newest backup was taken.
"""

from __future__ import annotations

import logging
import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.retention import BackupReason, RetentionPolicy
from app.store import backups

NOW = datetime(2026, 11, 25, 14, 0, 5, tzinfo=UTC)


@pytest.fixture
def database(tmp_path, migrated_database):
    path = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, path)
    return path


def test_a_raw_copy_is_kept_beside_the_file_with_its_wal_and_never_overwrites(tmp_path):
    database = tmp_path / "infointerview.db"
    database.write_bytes(b"damaged bytes")
    (tmp_path / "infointerview.db-wal").write_bytes(b"wal bytes")
    local = NOW.astimezone(ZoneInfo("America/New_York"))  # named in UTC whatever the zone given
    kept = [backups.keep_raw_copy(database, local) for _ in range(3)]
    assert [path.name for path in kept] == [
        "infointerview.db.before-restore-20261125-140005",
        "infointerview.db.before-restore-20261125-140005-1",
        "infointerview.db.before-restore-20261125-140005-2",
    ]
    for path in kept:
        assert path.read_bytes() == b"damaged bytes"
        assert (tmp_path / f"{path.name}-wal").read_bytes() == b"wal bytes"
    assert database.read_bytes() == b"damaged bytes"


def test_a_raw_copy_without_a_wal_is_just_the_file(tmp_path):
    database = tmp_path / "infointerview.db"
    database.write_bytes(b"bytes")
    kept = backups.keep_raw_copy(database, NOW)
    assert kept.read_bytes() == b"bytes"
    assert not (tmp_path / f"{kept.name}-wal").exists()


def test_restoring_over_a_file_too_damaged_to_back_up_keeps_its_bytes(database, tmp_path):
    backups_dir = tmp_path / "backups"
    good = backups.make_backup(database, backups_dir, NOW, BackupReason.MANUAL)
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 300)
    made = backups.restore_backup(Path(good.path), database, backups_dir, NOW + timedelta(minutes=1))
    assert made is None
    [raw] = tmp_path.glob("infointerview.db.before-restore-*")
    assert raw.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 300
    assert backups.integrity_ok(database)[0]


def test_a_file_that_is_not_a_database_cannot_be_backed_up_and_says_why(tmp_path):
    database = tmp_path / "infointerview.db"
    database.write_bytes(b"plain text, not a database" * 100)
    with pytest.raises(backups.BackupError, match=r"^The backup could not be written: file is not a database\.$"):
        backups.make_backup(database, tmp_path / "backups", NOW, BackupReason.MANUAL)
    assert list((tmp_path / "backups").iterdir()) == []


def test_the_newest_backup_time_is_read_from_the_names(tmp_path):
    backups_dir = tmp_path / "backups"
    assert backups.newest_backup_time(backups_dir) is None
    backups_dir.mkdir()
    assert backups.newest_backup_time(backups_dir) is None
    for name in (
        "infointerview-20261124-090000-auto.db",
        "infointerview-20261125-140005-1-manual.db",
        "infointerview-20261123-235959-quit.db",
        "infointerview-20271231-000000-auto.db.partial",
        "notes-20281231-000000-auto.db",
    ):
        (backups_dir / name).write_bytes(b"")
    assert backups.newest_backup_time(backups_dir) == NOW


def test_a_background_backup_copies_then_prunes_by_the_policy_in_force(database, tmp_path):
    backups_dir = tmp_path / "backups"
    zones = []
    policy = RetentionPolicy(recent_days=1, daily=0, weekly=0, monthly=0)

    def zone():
        zones.append("asked")
        return UTC

    run = backups.backup_job(database, backups_dir, zone, lambda: policy)
    old = run(NOW - timedelta(days=30), BackupReason.PERIODIC)
    assert old.reason == "auto"
    new = run(NOW, BackupReason.QUIT)
    assert (new.reason, new.taken_at) == ("quit", NOW)
    assert [info.path for info in backups.list_backups(backups_dir)] == [new.path]
    assert zones == ["asked", "asked"]


def test_a_background_backup_stopped_at_quit_leaves_nothing(database, tmp_path):
    backups_dir = tmp_path / "backups"
    stop = threading.Event()
    stop.set()
    run = backups.backup_job(database, backups_dir, lambda: UTC, RetentionPolicy, stop)
    with pytest.raises(backups.BackupCancelled):
        run(NOW, BackupReason.QUIT)
    assert list(backups_dir.iterdir()) == []
    unstopped = backups.backup_job(database, backups_dir, lambda: UTC, RetentionPolicy, threading.Event())
    assert unstopped(NOW, BackupReason.QUIT).taken_at == NOW


def test_restoring_where_there_is_no_database_yet_makes_no_backup_first(database, tmp_path):
    backups_dir = tmp_path / "backups"
    good = backups.make_backup(database, backups_dir, NOW, BackupReason.MANUAL)
    fresh = tmp_path / "elsewhere" / "infointerview.db"
    fresh.parent.mkdir()
    assert backups.restore_backup(Path(good.path), fresh, backups_dir, NOW) is None
    assert backups.integrity_ok(fresh)[0]
    assert [info.reason for info in backups.list_backups(backups_dir)] == ["manual"]


def test_restoring_over_an_empty_file_backs_nothing_up_but_over_one_byte_does(database, tmp_path):
    backups_dir = tmp_path / "backups"
    good = backups.make_backup(database, backups_dir, NOW, BackupReason.MANUAL)
    target = tmp_path / "target" / "infointerview.db"
    target.parent.mkdir()
    target.write_bytes(b"")
    assert backups.restore_backup(Path(good.path), target, backups_dir, NOW) is None
    assert backups.integrity_ok(target)[0]
    target.write_bytes(b"x")
    made = backups.restore_backup(Path(good.path), target, backups_dir, NOW)
    assert made is not None and made.reason == "restore"
    assert sorted(info.reason for info in backups.list_backups(backups_dir)) == ["manual", "restore"]


def test_a_restored_database_is_private_and_a_raw_copy_is_named_in_the_log(database, tmp_path, caplog):
    backups_dir = tmp_path / "backups"
    good = backups.make_backup(database, backups_dir, NOW, BackupReason.MANUAL)
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 300)
    with caplog.at_level(logging.WARNING, logger="app.store.backups"):
        backups.restore_backup(Path(good.path), database, backups_dir, NOW)
    [raw] = tmp_path.glob("infointerview.db.before-restore-*")
    assert f"current database could not be backed up; kept its bytes as {raw}" in caplog.text
    assert database.stat().st_mode & 0o777 == 0o600
