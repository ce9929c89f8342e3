"""Opening and closing the store: which files are backed up before a migration, and the search
index left tidy at quit.
"""

from __future__ import annotations

import sqlite3

from app.core.entities import Contact, Occupation
from app.store import health
from app.store.search_repository import compact_index
from app.store.store import open_store


def test_a_sqlite_file_without_any_table_is_set_up_without_a_backup(tmp_path, clock):
    database = tmp_path / "infointerview.db"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE gone (x)")
    connection.execute("DROP TABLE gone")
    connection.commit()
    connection.close()
    store = open_store(database, clock)
    try:
        assert store.occupations.add(Occupation("Baker")).id is not None
    finally:
        store.dispose()
    assert not (tmp_path / "backups").exists()
    assert health.inspect_database(database).is_current


def test_the_backup_before_a_migration_is_named_for_the_clocks_time(tmp_path, monkeypatch, clock):
    database = tmp_path / "infointerview.db"
    store = open_store(database, clock)
    store.contacts.add(Contact("Ana Lima"))
    store.dispose()
    monkeypatch.setattr(health, "HEAD_REVISION", "0099_future")
    monkeypatch.setattr(health, "KNOWN_REVISIONS", (*health.KNOWN_REVISIONS, "0099_future"))
    open_store(database, clock).dispose()
    assert [path.name for path in (tmp_path / "backups").iterdir()] == ["infointerview-20261125-140000-migration.db"]


def test_closing_the_store_leaves_the_search_index_merged(tmp_path, clock):
    database = tmp_path / "infointerview.db"
    store = open_store(database, clock)
    for n in range(10):
        store.contacts.add(Contact(f"Person {n}", organisation=f"Company {n}"))
    store.dispose()
    # Nothing left to merge: the first step finds no work, even with no time to spend.
    assert compact_index(database, budget_seconds=0) is True
    reopened = open_store(database, clock)
    try:
        assert reopened.contacts.count() == 10
    finally:
        reopened.dispose()
