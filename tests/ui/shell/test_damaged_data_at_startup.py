"""A data file that cannot be read at start-up: restore the newest good backup, or rescue what can be
read; either way the damaged file is kept byte for byte."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from app.core.data_safety import BadDatabaseChoice
from app.core.retention import BackupReason
from app.store.backups import BackupError, make_backup
from app.ui.shell.damaged_data_dialogs import bad_database_box, rescue_report_text
from tests.store.data_seed import seed
from tests.store.test_rescue import _overwrite_page, _page_size, _pages
from tests.ui.conftest import RecordingPrompts


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(app_paths, migrated_database, clock):
    """61 people, a good backup of them, then a page of the people's table overwritten."""
    database = app_paths.database
    shutil.copyfile(migrated_database, database)
    seed(database)
    backup = make_backup(database, app_paths.backups_dir, clock.now(), BackupReason.MANUAL)
    clock.advance(3600)
    leaves = _pages(database, "contacts", "leaf")
    _overwrite_page(database, leaves[len(leaves) // 2], _page_size(database))
    return backup, _digest(database)


def _kept(app_paths):
    (kept,) = [
        path
        for path in app_paths.data_dir.glob("infointerview.db.unreadable-*")
        if not path.name.endswith(("-wal", "-shm"))
    ]
    return kept


def test_restoring_the_newest_good_backup_opens_its_data_and_keeps_the_damaged_file(make_app, app_paths, damaged):
    backup, damaged_digest = damaged
    prompts = RecordingPrompts(choice=BadDatabaseChoice.RESTORE_BACKUP)
    application = make_app(prompts)

    assert application.open_store()

    assert "damaged" in prompts.asked[0]
    assert prompts.offered_backups[0].path == backup.path
    assert application.store.contacts.count() == 61
    assert _digest(_kept(app_paths)) == damaged_digest


def test_rescuing_copies_what_can_be_read_reports_it_and_keeps_the_damaged_file(make_app, app_paths, damaged):
    _backup, damaged_digest = damaged
    prompts = RecordingPrompts(choice=BadDatabaseChoice.RESCUE)
    application = make_app(prompts)

    assert application.open_store()

    (report,) = prompts.rescue_reports
    people = report.table("contacts")
    assert 0 < people.recovered < 61
    assert application.store.contacts.count() == people.recovered
    text = rescue_report_text(report)
    assert f"{people.recovered} of 61 people" in text
    assert "all occupations" in text
    assert _digest(_kept(app_paths)) == damaged_digest


def test_with_no_backup_none_is_offered(make_app, app_paths, migrated_database):
    app_paths.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    prompts = RecordingPrompts(choice=BadDatabaseChoice.QUIT)
    assert not make_app(prompts).open_store()
    assert prompts.offered_backups == [None]


def test_a_restore_that_fails_puts_the_damaged_file_back_as_it_was(make_app, app_paths, damaged, monkeypatch):
    _backup, damaged_digest = damaged

    def fails(*_args, **_kwargs):
        raise BackupError("The backup could not be put in place: no space left on device.")

    monkeypatch.setattr("app.store.backups.restore_backup", fails)
    prompts = RecordingPrompts(choice=BadDatabaseChoice.RESTORE_BACKUP)
    application = make_app(prompts)

    assert not application.open_store()

    assert application.exit_requests == [1]
    assert "no space left on device" in prompts.fatal_messages[0]
    assert _digest(app_paths.database) == damaged_digest
    assert list(app_paths.data_dir.glob("*.unreadable-*")) == []


def test_the_question_names_the_backup_by_its_date_and_contents(qtbot, damaged, clock):
    backup = damaged[0]
    box, buttons = bad_database_box(None, "infointerview.db is damaged.", backup, clock.local_zone())
    qtbot.addWidget(box)
    assert list(buttons.values()) == [
        BadDatabaseChoice.RESTORE_BACKUP,
        BadDatabaseChoice.RESCUE,
        BadDatabaseChoice.START_FRESH,
        BadDatabaseChoice.QUIT,
    ]
    restore = next(button for button, choice in buttons.items() if choice is BadDatabaseChoice.RESTORE_BACKUP)
    assert restore.text().startswith("&Restore the backup of ")
    assert "42 interviews, 61 people" in box.informativeText()
    assert box.defaultButton() is restore


def test_without_a_backup_the_question_offers_rescue_first(qtbot, clock):
    box, buttons = bad_database_box(None, "infointerview.db is damaged.", None, clock.local_zone())
    qtbot.addWidget(box)
    assert next(iter(buttons.values())) is BadDatabaseChoice.RESCUE
