"""A data file at an older schema revision, filled with many interviews, for migration tests and
benchmarks/migration.py."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

PREVIOUS_REVISION = "0003_search_wrapup"
WORDS = (
    "welding",
    "nursing",
    "orchard",
    "harbour",
    "ledger",
    "quarry",
    "bakery",
    "turbine",
    "archive",
    "clinic",
)
NOTES_BYTES = 2_000


def make_old_file(database: Path, interviews: int, revision: str = PREVIOUS_REVISION, seed: int = 9) -> None:
    """Migrate a new file to ``revision`` and fill it with ``interviews`` interviews with notes."""
    from alembic import command

    from app.store.connection import create_store_engine
    from app.store.migrate import alembic_config

    engine = create_store_engine(database)
    command.upgrade(alembic_config(engine), revision)
    engine.dispose()
    rng = random.Random(seed)
    now = "2026-11-25 12:00:00"

    def text(size: int) -> str:
        words: list[str] = []
        length = 0
        while length < size:
            word = f"{rng.choice(WORDS)}{rng.randint(0, 999)}"
            words.append(word)
            length += len(word) + 1
        return " ".join(words)

    with closing(sqlite3.connect(database)) as connection:
        # A bulk load: the index need not merge its segments as it goes.
        connection.execute("INSERT INTO search_index(search_index, rank) VALUES ('automerge', 0)")
        _fill(connection, interviews, now, text)
        connection.execute("INSERT INTO search_index(search_index, rank) VALUES ('automerge', 4)")  # the default
        connection.commit()


def _fill(connection: sqlite3.Connection, interviews: int, now: str, text) -> None:
    with connection:
        connection.executemany(
            "INSERT INTO occupations(id, title, created_at) VALUES (?, ?, ?)",
            [(index + 1, f"Occupation {index}", now) for index in range(20)],
        )
        connection.executemany(
            "INSERT INTO contacts(id, full_name, organisation, occupation_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(index + 1, f"Person {index}", f"Org {index}", index % 20 + 1, now, now) for index in range(interviews)],
        )
        connection.executemany(
            "INSERT INTO interviews(id, contact_id, occupation_id, location, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'finished', ?, ?)",
            [(index + 1, index + 1, index % 20 + 1, f"Cafe {index}", now, now) for index in range(interviews)],
        )
        connection.executemany(
            "INSERT INTO interview_notes(interview_id, body, updated_at) VALUES (?, ?, ?)",
            [(index + 1, text(NOTES_BYTES), now) for index in range(interviews)],
        )
        connection.executemany(
            "INSERT INTO interview_questions(interview_id, text, position, answer, updated_at) VALUES (?, ?, ?, ?, ?)",
            [(index // 2 + 1, "What do you enjoy most?", index % 2, text(200), now) for index in range(interviews * 2)],
        )
