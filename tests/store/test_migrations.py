"""The schema comes from migrations, agrees with the models, and is migrated carefully."""

import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from app.store import health
from app.store.migrate import MIGRATIONS_DIR, alembic_config, include_object, upgrade_to_head
from app.store.models import Base
from app.store.store import open_store


def _script_directory():
    return ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))


def test_known_revisions_match_alembics_history():
    script = _script_directory()
    history = [revision.revision for revision in reversed(list(script.walk_revisions()))]
    assert tuple(history) == health.KNOWN_REVISIONS
    assert script.get_current_head() == health.HEAD_REVISION


def test_migrating_an_empty_file_reaches_head_with_every_table(tmp_path):
    database = tmp_path / "new.db"
    open_store(database, _clock()).dispose()
    connection = sqlite3.connect(database)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    assert version == health.HEAD_REVISION
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'compare.db'}")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object, "compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_migrations_ship_inside_the_package():
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "script.py.mako").is_file()


def test_a_current_database_opens_without_importing_alembic(tmp_path):
    database = tmp_path / "current.db"
    open_store(database, _clock()).dispose()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.core.clock import SystemClock\n"
        "from app.store.store import open_store\n"
        f"open_store(Path({str(database)!r}), SystemClock()).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_copy_is_kept_before_migrating_a_database_with_data(tmp_path, monkeypatch, clock):
    database = tmp_path / "old.db"
    store = open_store(database, clock)
    from app.core.entities import Occupation

    store.occupations.add(Occupation("Archivist"))
    store.dispose()
    current = health.HEAD_REVISION
    # Pretend this build knows a newer schema, so the file is "behind".
    monkeypatch.setattr(health, "HEAD_REVISION", "0099_future")
    monkeypatch.setattr(health, "KNOWN_REVISIONS", (*health.KNOWN_REVISIONS, "0099_future"))
    open_store(database, clock).dispose()
    copies = list(tmp_path.glob(f"old.db.before-{current}-*.bak"))
    assert len(copies) == 1
    kept = sqlite3.connect(copies[0])
    assert kept.execute("SELECT title FROM occupations").fetchall() == [("Archivist",)]
    kept.close()


def test_a_new_database_is_not_backed_up(tmp_path, clock):
    open_store(tmp_path / "fresh.db", clock).dispose()
    assert list(tmp_path.glob("*.bak")) == []


def test_connection_pragmas(store, tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'infointerview.db'}")
    from sqlalchemy import event

    from app.store.connection import _configure_connection

    event.listen(engine, "connect", _configure_connection)
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    engine.dispose()


def test_database_file_is_private(store, tmp_path):
    assert (tmp_path / "infointerview.db").stat().st_mode & 0o777 == 0o600


def _clock():
    from tests.fakes import FakeClock

    return FakeClock()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is a text file, not a database\n" * 10, "not SQLite at all"),
        (health.SQLITE_HEADER + b"\x00" * 200, "damaged"),
    ],
)
def test_unreadable_files_are_reported_in_words(tmp_path, content, message):
    database = tmp_path / "bad.db"
    database.write_bytes(content)
    with pytest.raises(health.DatabaseUnreadable, match=message):
        health.inspect_database(database)


def test_a_database_from_a_newer_version_is_refused(tmp_path, clock):
    database = tmp_path / "future.db"
    open_store(database, clock).dispose()
    connection = sqlite3.connect(database)
    connection.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    connection.commit()
    connection.close()
    with pytest.raises(health.DatabaseFromTheFuture, match="newer version of InfoInterview"):
        open_store(database, clock)


def test_moving_aside_keeps_the_file_and_its_wal(tmp_path, clock):
    database = tmp_path / "bad.db"
    database.write_bytes(b"junk")
    (tmp_path / "bad.db-wal").write_bytes(b"wal")
    kept = health.move_aside(database, "unreadable", clock.now())
    assert not database.exists()
    assert kept.read_bytes() == b"junk"
    assert (tmp_path / (kept.name + "-wal")).read_bytes() == b"wal"
    second = tmp_path / "bad.db"
    second.write_bytes(b"junk 2")
    assert health.move_aside(second, "unreadable", clock.now()) != kept


@pytest.mark.parametrize("folder", ["my#data", "what?dir", "100%41"])
def test_odd_characters_in_the_data_path_are_read_correctly(tmp_path, clock, folder):
    database = tmp_path / folder / "infointerview.db"
    database.parent.mkdir()
    open_store(database, clock).dispose()
    status = health.inspect_database(database)
    assert status.revision == health.HEAD_REVISION
    assert status.has_user_tables
    assert sorted(path.name for path in tmp_path.iterdir()) == [folder]  # no stray files beside it


def test_note_chunks_migration_cuts_stored_notes_and_keeps_them_searchable_both_ways(tmp_path, clock):
    from alembic import command

    from app.store.migrate import alembic_config

    database = tmp_path / "notes.db"
    engine = create_engine(f"sqlite:///{database}")
    command.upgrade(alembic_config(engine), "0004_search_prefixes")
    long_notes = "\n".join(f"Paragraph {index} on wards, shifts and mentors." * 6 for index in range(2_000))
    long_notes = long_notes.replace("Paragraph 1000 ", "Paragraph 1000 nightingale ")
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO contacts(id, full_name, created_at, updated_at) VALUES (1, 'Dana', '2026-01-01', '2026-01-01')"
        )
        for interview_id in (1, 2, 3):
            connection.execute(
                "INSERT INTO interviews(id, contact_id, created_at, updated_at) "
                "VALUES (?, 1, '2026-01-01', '2026-01-01')",
                (interview_id,),
            )
        connection.execute("INSERT INTO interview_notes VALUES (1, ?, '2026-01-01')", (long_notes,))
        connection.execute("INSERT INTO interview_notes VALUES (2, 'typesetting by hand', '2026-01-01')")
        connection.execute("INSERT INTO interview_notes VALUES (3, '', '2026-01-01')")

    def notes_rows(word: str) -> list[int]:
        with sqlite3.connect(database) as connection:
            query = "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid"
            return [row[0] for row in connection.execute(query, (word,))]

    upgrade_to_head(engine)
    with sqlite3.connect(database) as connection:
        chunks = connection.execute(
            "SELECT interview_id, group_concat(body, '') FROM "
            "(SELECT interview_id, body FROM interview_note_chunks ORDER BY interview_id, position) "
            "GROUP BY interview_id"
        ).fetchall()
        count = connection.execute("SELECT count(*) FROM interview_note_chunks WHERE interview_id = 1").fetchone()[0]
    assert chunks == [(1, long_notes), (2, "typesetting by hand")]
    assert count > 50
    assert len(notes_rows("nightingale")) == 1
    assert len(notes_rows("mentors")) == count  # one index row per chunk, none for the whole text
    with sqlite3.connect(database) as connection:
        connection.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
    store = open_store(database, clock)
    try:
        assert [hit.interview_id for hit in store.search.search("nightingale").hits] == [1]
        assert [hit.interview_id for hit in store.search.search("typesetting").hits] == [2]
        store.content.save_notes(2, "typesetting by hand, and bookbinding")
        store.content.save_notes(3, "marbled endpapers")
        store.content.save_notes(1, long_notes + " Ask about apprenticeships.")
        assert [hit.interview_id for hit in store.search.search("bookbinding").hits] == [2]
        assert [hit.interview_id for hit in store.search.search("marbled").hits] == [3]
        assert [hit.interview_id for hit in store.search.search("apprenticeships").hits] == [1]
        assert [hit.interview_id for hit in store.search.search("nightingale").hits] == [1]
        store.content.save_notes(1, long_notes)
        store.content.save_notes(3, "")
    finally:
        store.dispose()

    command.downgrade(alembic_config(engine), "0004_search_prefixes")
    engine.dispose()
    assert notes_rows("nightingale") == [-(1 * 8 + 1)]
    assert notes_rows("typesetting") == [-(2 * 8 + 1)]
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE interview_notes SET body = 'letterpress' WHERE interview_id = 2")
    assert notes_rows("letterpress") == [-(2 * 8 + 1)]
