"""Every connection to the file is set up the one way, and units of work are real transactions."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from app.core.entities import Contact, Interview, Tiara
from app.core.question_bank import BankQuestion
from app.core.wrapup import Takeaway
from app.store import connection as connection_module
from app.store.connection import BUSY_TIMEOUT_MS, TextDecoder
from app.store.health import inspect_database
from app.store.search_repository import COMPACT_LOCK_WAIT_MS
from app.store.store import open_store

SEEN_PRAGMAS: list[dict] = []


class RecordingConnection(sqlite3.Connection):
    """Notes each connection's set-up as it is closed, after whatever the app did with it."""

    def close(self) -> None:
        SEEN_PRAGMAS.append(
            {
                "read_only": self.execute("PRAGMA query_only").fetchone()[0] == 1 or _is_read_only(self),
                "journal_mode": self.execute("PRAGMA journal_mode").fetchone()[0],
                "foreign_keys": self.execute("PRAGMA foreign_keys").fetchone()[0],
                "busy_timeout": self.execute("PRAGMA busy_timeout").fetchone()[0],
                "synchronous": self.execute("PRAGMA synchronous").fetchone()[0],
                "isolation_level": self.isolation_level,
                "text_factory": type(self.text_factory),
            }
        )
        super().close()


def _is_read_only(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("PRAGMA user_version = 0")
    except sqlite3.OperationalError:
        return True
    return False


def test_every_kind_of_connection_gets_the_same_set_up(tmp_path, clock, monkeypatch):
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *args, **kwargs: real_connect(*args, factory=RecordingConnection, **kwargs)
    )
    SEEN_PRAGMAS.clear()
    database = tmp_path / "infointerview.db"
    open_store(database, clock).dispose()  # creates the file: the engine
    inspect_database(database)  # the health check
    store = open_store(database, clock)
    store.reads.today()  # the read models
    store.search.search("anything")  # search
    store.contacts.add(Contact("Ana Ruiz"))
    store.dispose()  # search closed, compaction, the engine's pool

    assert len(SEEN_PRAGMAS) >= 5
    assert {seen["read_only"] for seen in SEEN_PRAGMAS} == {True, False}
    for seen in SEEN_PRAGMAS:
        assert seen["journal_mode"] == "wal"
        assert seen["foreign_keys"] == 1
        assert seen["busy_timeout"] in (BUSY_TIMEOUT_MS, COMPACT_LOCK_WAIT_MS)
        assert seen["synchronous"] == 1  # NORMAL
        assert seen["isolation_level"] is None  # transactions are begun by the app, not the driver
        assert seen["text_factory"] is TextDecoder
    assert any(seen["busy_timeout"] == COMPACT_LOCK_WAIT_MS for seen in SEEN_PRAGMAS)


def test_store_sessions_begin_immediate_for_writes_and_deferred_for_reads(store, monkeypatch):
    statements: list[str] = []
    from sqlalchemy import event

    engine = store.contacts._sessions.kw["bind"]
    listener = lambda conn, cursor, statement, *rest: statements.append(statement)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        store.contacts.add(Contact("Ana Ruiz"))
        assert statements[0] == "BEGIN IMMEDIATE"
        statements.clear()
        store.contacts.count()
        assert statements[0] == "BEGIN"
    finally:
        event.remove(engine, "before_cursor_execute", listener)


ADDS_PER_WRITER = 40


@pytest.mark.parametrize("kind", ["takeaway", "picked question"])
def test_two_writers_at_once_never_share_a_position(tmp_path, clock, migrated_database, kind):
    """Each add reads the last position, then writes the next: both must be in one transaction."""
    database = tmp_path / "infointerview.db"
    database.write_bytes(Path(migrated_database).read_bytes())
    first = open_store(database, clock)
    second = open_store(database, clock)  # another engine, as a second copy of the app would have
    contact = first.contacts.add(Contact("Ana Ruiz"))
    interview = first.interviews.add(Interview(contact.id))
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def add_many(store, writer: int) -> None:
        try:
            start.wait()
            for index in range(ADDS_PER_WRITER):
                text = f"writer {writer} item {index}"
                if kind == "takeaway":
                    store.wrapups.add_takeaway(Takeaway(interview_id=interview.id, text=text))
                else:
                    store.questions.pick(
                        interview.id, BankQuestion(f"k{writer}-{index}", text, "Work", Tiara.INSIGHTS, 2)
                    )
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=add_many, args=(store, n)) for n, store in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        if kind == "takeaway":
            positions = [takeaway.position for takeaway in first.wrapups.takeaways(interview.id)]
        else:
            positions = [question.position for question in first.questions.list_picked(interview.id)]
        assert sorted(positions) == list(range(2 * ADDS_PER_WRITER))  # none lost, none shared
    finally:
        first.dispose()
        second.dispose()


def test_connect_gives_a_configured_connection(tmp_path, migrated_database):
    database = tmp_path / "infointerview.db"
    database.write_bytes(Path(migrated_database).read_bytes())
    for read_only in (False, True):
        connection = connection_module.connect(database, read_only=read_only)
        try:
            assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
            assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert connection.isolation_level is None
        finally:
            connection.close()
