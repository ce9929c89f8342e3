"""The one connection set-up: every way the app opens its SQLite file comes through here.

The ORM's engine, the read models, search, the index's compaction and the health check all get
the same pragmas (WAL, foreign keys, busy timeout, synchronous), the same transaction handling
and the same tolerant reading of text.

Transactions are real ones. Python's sqlite3 driver would BEGIN only before the first write, so
the reads of a read-then-write (``SELECT max(position)``, then INSERT) ran outside the
transaction and two writers could both read the same maximum; DDL would commit on its own. So
the driver's handling is turned off (``isolation_level = None``) and each unit of work says BEGIN
itself, as SQLAlchemy documents for pysqlite: BEGIN IMMEDIATE for one that writes (it takes the
write lock before its first read, waiting up to the busy timeout for another writer), a deferred
BEGIN for one that only reads (one snapshot for all its SELECTs).

This module imports only the standard library at load time: the health check and the read
models use it before SQLAlchemy is imported, so the window can show first.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# How long a connection waits for another's write lock before giving up with "database is locked".
BUSY_TIMEOUT_MS = 5000
# Execution option the engine's "begin" event reads: how a unit of work begins.
BEGIN_MODE_OPTION = "infointerview_begin"
WRITE_BEGIN = "BEGIN IMMEDIATE"
READ_BEGIN = "BEGIN"

# A value that is not valid UTF-8 is reported this many times at most per run (each once).
MAX_UNDECODABLE_REPORTS = 20
# Finding where a value is stored reads every table (about 0.1-0.5 s for 10,000 interviews), on
# the thread that met it: done for the first few values only, and stopped after a while.
MAX_UNDECODABLE_LOOKUPS = 3
LOOKUP_BUDGET_MS = 1000
# Bytes either side of the first bad byte quoted in the log.
UNDECODABLE_SAMPLE_BYTES = 40


def configure_connection(
    connection: sqlite3.Connection,
    database: Path | None = None,
    *,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> None:
    """Set the pragmas, the transaction handling and the text decoding of one connection."""
    # The driver's own BEGIN (before writes only) is off; units of work say BEGIN themselves.
    connection.isolation_level = None
    connection.text_factory = TextDecoder(database)
    if not read_only:
        # A property of the file, kept in it; a read-only connection sees what the writer set.
        connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    # With WAL, NORMAL keeps every commit durable against an application crash; only a power
    # cut can lose the last transactions, and never corrupts the file.
    connection.execute("PRAGMA synchronous=NORMAL")


def connect(
    database: Path,
    *,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    check_same_thread: bool = True,
) -> sqlite3.Connection:
    """A plain sqlite3 connection to ``database``, set up like every other."""
    # A URI, not a path string, so "mode=ro" applies; as_uri() escapes "#", "?" and "%" in folders.
    uri = database.absolute().as_uri() + ("?mode=ro" if read_only else "")
    connection = sqlite3.connect(
        uri, uri=True, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=check_same_thread
    )
    try:
        configure_connection(connection, database, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
    except BaseException:
        connection.close()
        raise
    return connection


@contextmanager
def read_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One snapshot for every SELECT inside: a deferred BEGIN before the first, ended after the last."""
    connection.execute(READ_BEGIN)
    try:
        yield connection
    finally:
        connection.rollback()  # nothing was written; ending the read releases the snapshot


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE before the first statement; committed when the block ends, rolled back on error."""
    connection.execute(WRITE_BEGIN)
    try:
        yield connection
    except BaseException:
        connection.rollback()
        raise
    connection.commit()


# --- text that is not UTF-8 ---------------------------------------------------------------


class TextDecoder:
    """Decodes a TEXT value read from the file.

    SQLite stores whatever bytes it is given, so a value another program wrote may not be UTF-8
    (quick_check does not look). The driver would raise on it, and the list or search reading it
    would fail every time. Such a value is read with U+FFFD in place of the bad bytes, and logged
    once with where it is.
    """

    __slots__ = ("_database",)

    def __init__(self, database: Path | None) -> None:
        self._database = database

    def __call__(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            _report_undecodable(self._database, data, error)
            return data.decode("utf-8", "replace")


_reported: set[bytes] = set()


def _report_undecodable(database: Path | None, data: bytes, error: UnicodeDecodeError) -> None:
    digest = hashlib.blake2b(data, digest_size=16).digest()
    if digest in _reported or len(_reported) >= MAX_UNDECODABLE_REPORTS:
        return
    _reported.add(digest)
    start = max(0, error.start - UNDECODABLE_SAMPLE_BYTES)
    sample = data[start : error.end + UNDECODABLE_SAMPLE_BYTES]
    places: list[str] = []
    if database is not None and len(_reported) <= MAX_UNDECODABLE_LOOKUPS:
        try:
            places = locate_text(database, data) or ["no table row (part of a search snippet, or changed since)"]
        except sqlite3.Error as problem:
            places = [f"not looked up ({problem})"]
    log.warning(
        "a text of %d bytes in the data file is not valid UTF-8 (byte 0x%02x at position %d); it is shown "
        "with replacement characters. Bytes around it: %r. Found in: %s",
        len(data),
        data[error.start],
        error.start,
        sample,
        ", ".join(places) or "not looked up (search the bytes above)",
    )


def locate_text(database: Path, data: bytes, limit: int = 5) -> list[str]:
    """Where ``data`` is stored as text: "table.column rowid N", at most ``limit`` of them."""
    places: list[str] = []
    # Its own connection: the one that met the value is in the middle of a statement.
    with closing(connect(database, read_only=True, busy_timeout_ms=LOOKUP_BUDGET_MS)) as connection:
        deadline = time.monotonic() + LOOKUP_BUDGET_MS / 1000
        connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)  # true: interrupt
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search_index%'"
        ).fetchall()
        for (table,) in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            if not columns:
                continue
            matches = ", ".join(f'CAST("{column}" AS BLOB) = ?1' for column in columns)
            wanted = " OR ".join(f'CAST("{column}" AS BLOB) = ?1' for column in columns)
            query = f'SELECT rowid, {matches} FROM "{table}" WHERE {wanted} LIMIT ?2'
            for row in connection.execute(query, (data, limit - len(places))):
                for column, found in zip(columns, row[1:], strict=True):
                    if found:
                        places.append(f"{table}.{column} rowid {row[0]}")
            if len(places) >= limit:
                break
    return places[:limit]


# --- the ORM's engine -------------------------------------------------------------------


def create_store_engine(database: Path) -> Engine:
    from sqlalchemy import URL, create_engine, event

    new_file = not database.exists()
    # URL.create, not a URL string: a folder named "what?" or "my#data" must stay a path.
    engine = create_engine(URL.create("sqlite", database=str(database)))

    def on_connect(dbapi_connection, record) -> None:
        configure_connection(dbapi_connection, database)

    def on_begin(connection) -> None:
        # Every unit of work says BEGIN itself (the driver's own handling is off, see above).
        connection.exec_driver_sql(connection.get_execution_options().get(BEGIN_MODE_OPTION, READ_BEGIN))

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    if new_file:
        # Create the file ourselves so it is private to this user from its first byte.
        database.touch(mode=0o600, exist_ok=True)
    database.chmod(0o600)
    return engine


def writing(engine: Engine) -> Engine:
    """The same engine (and pool), whose units of work begin with BEGIN IMMEDIATE."""
    return engine.execution_options(**{BEGIN_MODE_OPTION: WRITE_BEGIN})


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for the repositories.

    ``factory()`` is a unit of work that only reads: a deferred BEGIN, one snapshot.
    ``factory.begin()`` is one that writes: BEGIN IMMEDIATE, so what it reads before writing
    cannot change under it (another writer waits, up to the busy timeout).
    """
    from sqlalchemy.orm import sessionmaker

    writer = sessionmaker(writing(engine), expire_on_commit=False)

    class StoreSessions(sessionmaker):
        def begin(self):
            return writer.begin()

    factory = StoreSessions(engine, expire_on_commit=False)
    factory.writer = writer  # so listeners (the change feed) can attach to both kinds
    return factory
