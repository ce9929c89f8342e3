"""The schema comes from migrations, agrees with the models, and is migrated carefully."""

import sqlite3
import stat
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from app.store import health
from app.store.backups import backup_before_migration
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
    copies = list((tmp_path / "backups").glob("infointerview-*-migration.db"))
    assert len(copies) == 1
    assert list(tmp_path.glob("*.bak")) == []
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    kept = sqlite3.connect(copies[0])
    assert kept.execute("SELECT version_num FROM alembic_version").fetchall() == [(current,)]
    assert kept.execute("SELECT title FROM occupations").fetchall() == [("Archivist",)]
    kept.close()


def test_a_new_database_is_not_backed_up(tmp_path, clock):
    open_store(tmp_path / "fresh.db", clock).dispose()
    assert not (tmp_path / "backups").exists()


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


# Enough interviews that moving the search index to 0004 takes a second or more.
CRASH_TEST_INTERVIEWS = 600

# Runs open_store on the file, printing each statement as it is executed, so the test can kill it
# in the middle of a migration.
MIGRATE_AND_SHOW_STATEMENTS = """
import sys
from pathlib import Path
from sqlalchemy import Engine, event
from app.core.clock import SystemClock
from app.store.store import open_store

@event.listens_for(Engine, "after_cursor_execute")
def show(connection, cursor, statement, *rest):
    print(" ".join(statement.split())[:100], flush=True)

open_store(Path(sys.argv[1]), SystemClock()).dispose()
print("done", flush=True)
"""


@pytest.mark.slow
def test_a_migration_killed_part_way_leaves_the_file_as_it_was_and_the_next_start_finishes_it(tmp_path, clock):
    from tests.old_revision import PREVIOUS_REVISION, make_old_file

    database = tmp_path / "infointerview.db"
    make_old_file(database, CRASH_TEST_INTERVIEWS)
    old_schema = _schema(database)
    old_notes = _all(database, "SELECT interview_id, body FROM interview_notes ORDER BY interview_id")

    migrating = subprocess.Popen(
        [sys.executable, "-c", MIGRATE_AND_SHOW_STATEMENTS, str(database)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        for line in migrating.stdout:
            # The new index exists, not yet filled, nor the schema marked as migrated.
            if line.startswith("CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize"):
                migrating.kill()
                break
        else:
            pytest.fail("the migration finished before it could be stopped")
    finally:
        migrating.kill()
        migrating.wait()
        migrating.stdout.close()

    status = health.inspect_database(database)  # a usable file, at its old revision
    assert status.revision == PREVIOUS_REVISION
    assert _schema(database) == old_schema

    store = open_store(database, clock)
    try:
        assert health.inspect_database(database).revision == health.HEAD_REVISION
        assert _all(database, "SELECT interview_id, body FROM interview_notes ORDER BY interview_id") == old_notes
        assert store.reads.today().interview_count == CRASH_TEST_INTERVIEWS
        word = old_notes[-1][1].split()[0]
        assert any(hit.interview_id == CRASH_TEST_INTERVIEWS for hit in store.search.search(word, rows=500).hits)
    finally:
        store.dispose()
    made = list((tmp_path / "backups").glob("infointerview-*-migration.db"))
    assert len(made) == 1
    assert _all(made[0], "SELECT version_num FROM alembic_version") == [(PREVIOUS_REVISION,)]
    assert list((tmp_path / "backups").glob(".*partial")) == []


def test_a_backup_of_the_same_revision_is_not_made_twice(tmp_path, clock):
    database = tmp_path / "old.db"
    open_store(database, clock).dispose()
    first = backup_before_migration(database, tmp_path / "backups", health.HEAD_REVISION, clock.now())
    clock.advance(60)
    assert backup_before_migration(database, tmp_path / "backups", health.HEAD_REVISION, clock.now()) == first
    assert len(list((tmp_path / "backups").iterdir())) == 1
    # Another revision's backup is not this one's.
    clock.advance(60)
    other = backup_before_migration(database, tmp_path / "backups", "0003_search_wrapup", clock.now())
    assert other.path != first.path


def _schema(database):
    return _all(database, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")


def _all(database, query):
    connection = sqlite3.connect(database)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


LATER_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "0099_later"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
{body}
"""
# Rebuilds the contacts table, as batch mode does for most changes.
REBUILD_CONTACTS = """
    with op.batch_alter_table("contacts", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.Text(), server_default="", nullable=False))
"""


def _upgrade_with_a_later_migration(tmp_path, database, body):
    import shutil

    from alembic import command

    from app.store.connection import create_store_engine

    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    later = LATER_MIGRATION.replace("{head}", health.HEAD_REVISION).replace("{body}", body)
    (scripts / "versions" / "0099_later.py").write_text(later)
    engine = create_store_engine(database)
    config = alembic_config(engine)
    config.set_main_option("script_location", str(scripts))
    try:
        command.upgrade(config, "head")
    finally:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again for the app
        engine.dispose()


@pytest.fixture
def database_with_an_interview(tmp_path, clock):
    from app.core.entities import Contact, Interview

    database = tmp_path / "infointerview.db"
    store = open_store(database, clock)
    contact = store.contacts.add(Contact("Ana Ruiz"))
    store.interviews.add(Interview(contact.id))  # interviews.contact_id: ON DELETE RESTRICT
    store.dispose()
    return database


def test_a_migration_that_rebuilds_a_table_keeps_the_rows_pointing_at_it(tmp_path, database_with_an_interview):
    database = database_with_an_interview
    _upgrade_with_a_later_migration(tmp_path, database, REBUILD_CONTACTS)
    assert _all(database, "SELECT count(*) FROM interviews") == [(1,)]
    assert _all(database, "SELECT full_name, nickname FROM contacts") == [("Ana Ruiz", "")]
    assert _all(database, "SELECT version_num FROM alembic_version") == [("0099_later",)]


def test_a_migration_that_would_leave_rows_pointing_at_nothing_is_undone(tmp_path, database_with_an_interview):
    database = database_with_an_interview
    with pytest.raises(RuntimeError, match="pointing at nothing"):
        _upgrade_with_a_later_migration(tmp_path, database, '    op.execute("DELETE FROM contacts")')
    assert _all(database, "SELECT count(*) FROM contacts") == [(1,)]
    assert _all(database, "SELECT version_num FROM alembic_version") == [(health.HEAD_REVISION,)]


def test_0005_keeps_every_thank_you_note_and_gives_it_an_empty_subject(tmp_path):
    from alembic import command

    database = tmp_path / "at-0004.db"
    engine = create_engine(f"sqlite:///{database}")
    command.upgrade(alembic_config(engine), "0004_search_prefixes")
    connection = sqlite3.connect(database)
    connection.executescript(
        "INSERT INTO contacts (id, full_name, created_at, updated_at) VALUES (1, 'Ana', '2026-11-01', '2026-11-01');"
        "INSERT INTO interviews (id, contact_id, created_at, updated_at) VALUES (1, 1, '2026-11-01', '2026-11-01');"
        "INSERT INTO thank_you_notes (interview_id, body, updated_at) VALUES (1, 'Dear Ana', '2026-11-02');"
    )
    connection.commit()
    triggers_before = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    connection.close()
    command.upgrade(alembic_config(engine), "0005_thank_you_subject")
    engine.dispose()
    connection = sqlite3.connect(database)
    note = connection.execute("SELECT body, subject FROM thank_you_notes WHERE interview_id = 1").fetchone()
    triggers_after = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    drafts = connection.execute("SELECT count(*) FROM wrapup_drafts").fetchone()[0]
    connection.close()
    assert note == ("Dear Ana", "")
    assert triggers_after == triggers_before
    assert drafts == 0


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


def test_0007_clears_generated_referral_words_and_keeps_what_a_person_wrote(tmp_path):
    from alembic import command

    database = tmp_path / "at-0006.db"
    engine = create_engine(f"sqlite:///{database}")
    command.upgrade(alembic_config(engine), "0006_note_chunks")
    connection = sqlite3.connect(database)
    stamp = "'2026-11-01', '2026-11-01'"
    connection.executescript(
        f"INSERT INTO contacts (id, full_name, created_at, updated_at) VALUES (1, 'Ana Ruiz', {stamp});"
        "INSERT INTO contacts (id, full_name, source, referred_by_id, how_got_name, notes, created_at, updated_at) "
        "VALUES (2, 'Li Wei', 'referral', 1, "
        "'Referred by Ana Ruiz (informational interview, 25 Nov 2026); you may mention their name', "
        f"'How to reach them: via the front desk', {stamp}),"
        f"(3, 'Bo', 'referral', 1, 'Referred by Ana Ruiz', '', {stamp}),"
        f"(4, 'Cy', 'referral', 1, 'Ana said Cy loves to talk shop', 'met at the fair', {stamp}),"
        f"(5, 'Di', 'friend', NULL, 'Referred by Ana Ruiz', 'How to reach them: keep', {stamp});"
    )
    connection.commit()
    connection.close()
    command.upgrade(alembic_config(engine), "0007_no_generated_words")
    engine.dispose()
    rows = _all(database, "SELECT id, how_got_name, notes FROM contacts ORDER BY id")
    assert rows == [
        (1, "", ""),
        (2, "", "via the front desk"),
        (3, "", ""),
        (4, "Ana said Cy loves to talk shop", "met at the fair"),  # the person's own words stay
        (5, "Referred by Ana Ruiz", "How to reach them: keep"),  # not a referral: not the app's words
    ]


def test_0009_keeps_every_interview_and_gives_each_its_own_calendar_uid(tmp_path):
    from alembic import command

    database = tmp_path / "at-0007.db"
    engine = create_engine(f"sqlite:///{database}")
    command.upgrade(alembic_config(engine), "0007_no_generated_words")
    connection = sqlite3.connect(database)
    stamp = "'2026-11-01', '2026-11-01'"
    connection.executescript(
        f"INSERT INTO contacts (id, full_name, created_at, updated_at) VALUES (1, 'Ana', {stamp});"
        "INSERT INTO interviews (id, contact_id, scheduled_at, location, status, created_at, updated_at) VALUES "
        f"(1, 1, '2026-12-01 15:00:00', 'Café', 'planned', {stamp}),"
        f"(2, 1, NULL, '', 'planned', {stamp}),"
        f"(3, 1, '2026-10-01 09:00:00', 'Office', 'finished', {stamp});"
    )
    connection.commit()
    before = connection.execute("SELECT id, scheduled_at, location, status FROM interviews ORDER BY id").fetchall()
    connection.close()
    command.upgrade(alembic_config(engine), "0009_interview_calendar")
    engine.dispose()
    after = _all(
        database,
        "SELECT id, scheduled_at, location, status, video_link, calendar_uid, calendar_sequence "
        "FROM interviews ORDER BY id",
    )
    assert [row[:4] for row in after] == before
    assert all(row[4] == "" and row[6] == 0 for row in after)
    uids = [row[5] for row in after]
    assert all(uid.endswith("@infointerview") and len(uid) > 30 for uid in uids)
    assert len(set(uids)) == 3
    assert _all(database, "SELECT count(*) FROM interview_checklist") == [(0,)]
