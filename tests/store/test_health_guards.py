"""What the start-up check says of a database file, and how a bad file is moved out of the way.

The check runs before the window appears; what it says decides whether the app migrates, backs
up, starts afresh or tells the person their file cannot be used. It must never change the file.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from app.store import health
from app.store.health import DatabaseStatus, inspect_database, move_aside

NOW = datetime(2026, 11, 25, 14, 5, 9, tzinfo=UTC)


def _sqlite(path, *statements):
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("content", [None, b""])
def test_a_missing_or_empty_file_is_a_new_database(tmp_path, content):
    path = tmp_path / "infointerview.db"
    if content is not None:
        path.write_bytes(content)
    status = inspect_database(path)
    assert status == DatabaseStatus(exists=False, revision=None, has_user_tables=False)
    assert status.needs_migration and not status.is_current


def test_a_one_byte_file_is_not_sqlite(tmp_path):
    path = tmp_path / "infointerview.db"
    path.write_bytes(b"S")
    with pytest.raises(health.DatabaseUnreadable, match=r"^infointerview\.db is not an InfoInterview database"):
        inspect_database(path)


def test_a_sqlite_file_with_tables_but_no_revision_has_user_tables(tmp_path):
    path = _sqlite(tmp_path / "other.db", "CREATE TABLE notes (body TEXT)")
    assert inspect_database(path) == DatabaseStatus(exists=True, revision=None, has_user_tables=True)


def test_a_sqlite_file_with_no_tables_exists_without_user_tables(tmp_path):
    path = _sqlite(tmp_path / "blank.db", "CREATE TABLE gone (x)", "DROP TABLE gone")
    assert inspect_database(path) == DatabaseStatus(exists=True, revision=None, has_user_tables=False)


def test_only_the_revision_table_is_not_user_data(tmp_path):
    path = _sqlite(
        tmp_path / "stamped.db",
        "CREATE TABLE alembic_version (version_num TEXT)",
        f"INSERT INTO alembic_version VALUES ('{health.HEAD_REVISION}')",
    )
    status = inspect_database(path)
    assert status == DatabaseStatus(exists=True, revision=health.HEAD_REVISION, has_user_tables=False)
    assert status.is_current and not status.needs_migration


def test_an_empty_revision_table_is_no_revision(tmp_path):
    path = _sqlite(tmp_path / "unstamped.db", "CREATE TABLE alembic_version (version_num TEXT)")
    assert inspect_database(path) == DatabaseStatus(exists=True, revision=None, has_user_tables=False)


def test_an_older_revision_with_data_needs_migrating(tmp_path):
    path = _sqlite(
        tmp_path / "old.db",
        "CREATE TABLE alembic_version (version_num TEXT)",
        f"INSERT INTO alembic_version VALUES ('{health.KNOWN_REVISIONS[0]}')",
        "CREATE TABLE contacts (id INTEGER)",
    )
    status = inspect_database(path)
    assert status == DatabaseStatus(exists=True, revision=health.KNOWN_REVISIONS[0], has_user_tables=True)
    assert status.needs_migration


def test_a_newer_revision_is_refused_naming_the_file_and_what_to_do(tmp_path):
    path = _sqlite(
        tmp_path / "future.db",
        "CREATE TABLE alembic_version (version_num TEXT)",
        "INSERT INTO alembic_version VALUES ('0999_future')",
    )
    with pytest.raises(health.DatabaseFromTheFuture) as refused:
        inspect_database(path)
    assert str(refused.value) == (
        "future.db was written by a newer version of InfoInterview (schema 0999_future); "
        "please update InfoInterview to open it."
    )


def test_inspecting_leaves_the_file_as_it_was(tmp_path):
    path = _sqlite(tmp_path / "kept.db", "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('x')")
    before = path.read_bytes()
    inspect_database(path)
    assert path.read_bytes() == before  # still in its own journal mode: nothing was switched to WAL
    assert not (tmp_path / "kept.db-wal").exists()


def test_a_read_only_file_can_still_be_inspected(tmp_path):
    path = _sqlite(tmp_path / "locked.db", "CREATE TABLE notes (body TEXT)")
    path.chmod(0o400)
    try:
        assert inspect_database(path).has_user_tables
    finally:
        path.chmod(0o600)


def test_moving_aside_names_the_reason_and_the_time_and_never_overwrites(tmp_path):
    path = tmp_path / "infointerview.db"
    names = []
    for n in range(3):
        path.write_bytes(f"copy {n}".encode())
        (tmp_path / "infointerview.db-wal").write_bytes(f"wal {n}".encode())
        (tmp_path / "infointerview.db-shm").write_bytes(f"shm {n}".encode())
        kept = move_aside(path, "damaged", NOW)
        names.append(kept.name)
        assert kept.read_bytes() == f"copy {n}".encode()
        assert (tmp_path / f"{kept.name}-wal").read_bytes() == f"wal {n}".encode()
        assert (tmp_path / f"{kept.name}-shm").read_bytes() == f"shm {n}".encode()
    assert names == [
        "infointerview.db.damaged-20261125-140509",
        "infointerview.db.damaged-20261125-140509-1",
        "infointerview.db.damaged-20261125-140509-2",
    ]
    assert not path.exists()
    assert not (tmp_path / "infointerview.db-wal").exists()


def test_moving_back_restores_the_file_and_drops_what_was_made_since(tmp_path):
    path = tmp_path / "infointerview.db"
    path.write_bytes(b"original")
    (tmp_path / "infointerview.db-wal").write_bytes(b"wal")
    kept = move_aside(path, "rescue", NOW)
    path.write_bytes(b"new")
    (tmp_path / "infointerview.db-journal").write_bytes(b"journal")
    health.move_back(kept, path)
    assert path.read_bytes() == b"original"
    assert (tmp_path / "infointerview.db-wal").read_bytes() == b"wal"
    assert not (tmp_path / "infointerview.db-journal").exists()
    assert not kept.exists()


def test_moving_back_clears_stale_side_files_the_kept_file_did_not_have(tmp_path):
    path = tmp_path / "infointerview.db"
    path.write_bytes(b"original")
    kept = move_aside(path, "rescue", NOW)
    path.write_bytes(b"new")
    for suffix in ("-wal", "-shm", "-journal"):
        (tmp_path / f"infointerview.db{suffix}").write_bytes(b"stale")
    health.move_back(kept, path)
    assert path.read_bytes() == b"original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["infointerview.db"]


def test_moving_back_brings_the_kept_shm_too(tmp_path):
    path = tmp_path / "infointerview.db"
    path.write_bytes(b"original")
    (tmp_path / "infointerview.db-shm").write_bytes(b"shm")
    kept = move_aside(path, "rescue", NOW)
    health.move_back(kept, path)
    assert (tmp_path / "infointerview.db-shm").read_bytes() == b"shm"
    assert not (tmp_path / f"{kept.name}-shm").exists()
