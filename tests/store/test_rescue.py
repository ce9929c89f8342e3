"""Rescue from files damaged in the ways disks and crashes damage them."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from app.core.data_safety import describe_rescue
from app.store.rescue import RescueError, rescue_database
from tests.store.data_seed import seed

PEOPLE = 300
INTERVIEWS = 120


@pytest.fixture
def seeded(tmp_path, migrated_database):
    database = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    seed(database, people=PEOPLE, interviews=INTERVIEWS)
    return database


def _pages(database, name: str, kind: str | None = None) -> list[int]:
    connection = sqlite3.connect(database)
    try:
        query = "SELECT pageno FROM dbstat WHERE name = ?" + (" AND pagetype = ?" if kind else "")
        args = (name, kind) if kind else (name,)
        return sorted(row[0] for row in connection.execute(query, args))
    finally:
        connection.close()


def _page_size(database) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()


def _overwrite_page(database, page: int, size: int) -> None:
    with database.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(bytes([0xA5]) * size)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _integrity(path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def _count(path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_an_undamaged_file_is_rescued_whole(seeded, tmp_path, clock):
    report = rescue_database(seeded, tmp_path / "rescued.db", clock)

    assert report.table("contacts").recovered == PEOPLE
    assert report.table("contacts").complete
    assert report.table("interview_notes").recovered == INTERVIEWS
    assert "all people" in describe_rescue(report)
    assert _integrity(tmp_path / "rescued.db") == "ok"


def test_a_damaged_table_page_loses_only_its_rows(seeded, tmp_path, clock):
    leaves = _pages(seeded, "contacts", "leaf")
    assert len(leaves) >= 3
    _overwrite_page(seeded, leaves[len(leaves) // 2], _page_size(seeded))
    before = _digest(seeded)

    report = rescue_database(seeded, tmp_path / "rescued.db", clock)

    people = report.table("contacts")
    assert 0 < people.recovered < PEOPLE
    assert people.expected == PEOPLE  # counted from an index that is still sound
    # Rows after the damaged page were found again.
    assert sqlite3.connect(tmp_path / "rescued.db").execute("SELECT max(id) FROM contacts").fetchone()[0] == PEOPLE
    assert f"{people.recovered} of {PEOPLE} people" in describe_rescue(report)
    assert _integrity(tmp_path / "rescued.db") == "ok"
    assert _digest(seeded) == before


def test_a_damaged_index_loses_nothing(seeded, tmp_path, clock):
    index_pages = _pages(seeded, "ix_contacts_full_name")
    for page in index_pages:
        _overwrite_page(seeded, page, _page_size(seeded))

    report = rescue_database(seeded, tmp_path / "rescued.db", clock)

    assert report.table("contacts").recovered == PEOPLE
    assert report.table("interviews").recovered == INTERVIEWS
    assert _integrity(tmp_path / "rescued.db") == "ok"


def test_pages_overwritten_in_the_middle(seeded, tmp_path, clock):
    size = _page_size(seeded)
    total = seeded.stat().st_size // size
    for page in range(total * 2 // 5, total // 2):
        _overwrite_page(seeded, page, size)
    before = _digest(seeded)

    report = rescue_database(seeded, tmp_path / "rescued.db", clock)

    assert sum(entry.recovered for entry in report.tables) > 0
    assert _integrity(tmp_path / "rescued.db") == "ok"
    assert _count(tmp_path / "rescued.db", "contacts") == report.table("contacts").recovered
    assert _digest(seeded) == before


def test_a_truncated_file(seeded, tmp_path, clock):
    size = seeded.stat().st_size
    with seeded.open("r+b") as handle:
        handle.truncate(size * 3 // 5)

    report = rescue_database(seeded, tmp_path / "rescued.db", clock)

    assert report.table("occupations").recovered == 5  # written first, near the start of the file
    assert _integrity(tmp_path / "rescued.db") == "ok"


def test_children_of_lost_rows_keep_the_store_consistent(seeded, tmp_path, clock):
    leaves = _pages(seeded, "contacts", "leaf")
    _overwrite_page(seeded, leaves[0], _page_size(seeded))

    rescue_database(seeded, tmp_path / "rescued.db", clock)

    connection = sqlite3.connect(tmp_path / "rescued.db")
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    # An interview needs its person; a referral link to a lost person is cleared instead.
    assert connection.execute("SELECT count(*) FROM interviews").fetchone()[0] < INTERVIEWS


def test_a_file_with_nothing_readable_is_refused(tmp_path, clock):
    damaged = tmp_path / "infointerview.db"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(8192))

    with pytest.raises(RescueError):
        rescue_database(damaged, tmp_path / "rescued.db", clock)
