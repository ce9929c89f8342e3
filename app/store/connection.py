"""The engine: one SQLite file with WAL, foreign keys and a busy timeout."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def _configure_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # With WAL, NORMAL keeps every commit durable against an application crash; only a
        # power cut can lose the last transactions, and never corrupts the file.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def create_store_engine(database: Path) -> Engine:
    new_file = not database.exists()
    # URL.create, not a URL string: a folder named "what?" or "my#data" must stay a path.
    engine = create_engine(URL.create("sqlite", database=str(database)))
    event.listen(engine, "connect", _configure_connection)
    if new_file:
        # Create the file ourselves so it is private to this user from its first byte.
        database.touch(mode=0o600, exist_ok=True)
    database.chmod(0o600)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
