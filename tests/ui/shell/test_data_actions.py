"""File ▸ Export everything…, Import…, Back up now and Restore from backup…, as a person uses them
(the dialogs answered by a script, the work run in its thread as in the app)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.changes import Change
from app.core.entities import Contact
from app.store.backups import list_backups
from app.ui.shell.data_actions import DataPrompts
from app.ui.shell.export_dialog import ExportChoice, ExportDialog, ExportFormat
from app.ui.shell.restore_dialog import RestoreDialog
from tests.cli.conftest import bad_exports
from tests.cli.test_commands import EXPECTED_MESSAGES
from tests.store.data_seed import seed


class ScriptedPrompts(DataPrompts):
    def __init__(self, export: ExportChoice | None = None, import_file: Path | None = None) -> None:
        self.told: list[str] = []
        self.questions: list[str] = []
        self.answer = True
        self.backups_offered = None
        self.backup_to_restore = None
        self.cancel_progress = False
        super().__init__(
            choose_export=lambda _parent, _folder, _stamp: export,
            choose_import_file=lambda _parent: import_file,
            confirm=self._confirm,
            tell=lambda _parent, _title, text: self.told.append(text),
            choose_backup=self._choose_backup,
            on_progress=self._progress,
        )

    def _confirm(self, _parent, _title, text, _yes, _no) -> bool:
        self.questions.append(text)
        return self.answer

    def _choose_backup(self, _parent, backups, _zone):
        self.backups_offered = backups
        return self.backup_to_restore

    def _progress(self, dialog) -> None:
        if self.cancel_progress:
            from PySide6.QtWidgets import QPushButton

            dialog.findChild(QPushButton).click()  # the dialog's Cancel button


def _people(database: Path) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def seeded_app(make_app, app_paths, migrated_database):
    shutil.copyfile(migrated_database, app_paths.database)
    seed(app_paths.database)
    application = make_app()
    assert application.open_store()
    return application


def test_the_file_menu_offers_the_data_actions_with_unique_mnemonics(make_app):
    window = make_app().window
    file_menu = window.menuBar().actions()[0].menu()
    titles = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert titles == [
        "&Export everything…",
        "&Import…",
        "&Back up now",
        "&Restore from backup…",
        "Open &demo workspace",
        "&Quit",
    ]
    mnemonics = [title[title.index("&") + 1].lower() for title in titles]
    assert len(set(mnemonics)) == len(mnemonics)


def test_export_everything_writes_the_json_export(seeded_app, tmp_path):
    target = tmp_path / "all.json"
    prompts = ScriptedPrompts(export=ExportChoice(ExportFormat.JSON, target))
    seeded_app.data_actions.prompts = prompts
    seeded_app.window.data_actions["export"].trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["tables"]["contacts"]) == 61
    assert prompts.told == [f"Everything was exported to {target}."]


@pytest.mark.parametrize("export_format", [ExportFormat.CSV, ExportFormat.MARKDOWN])
def test_export_everything_as_csv_or_markdown_fills_a_folder(seeded_app, tmp_path, export_format):
    target = tmp_path / "lists"
    seeded_app.data_actions.prompts = ScriptedPrompts(export=ExportChoice(export_format, target))
    assert seeded_app.data_actions.export_everything()
    expected = 6 if export_format is ExportFormat.CSV else 42
    assert len(list(target.iterdir())) == expected


def test_an_existing_export_is_replaced_only_when_the_person_says_so(seeded_app, tmp_path):
    target = tmp_path / "all.json"
    target.write_text("keep me")
    prompts = ScriptedPrompts(export=ExportChoice(ExportFormat.JSON, target))
    prompts.answer = False
    seeded_app.data_actions.prompts = prompts
    assert not seeded_app.data_actions.export_everything()
    assert target.read_text() == "keep me"
    assert "exists already" in prompts.questions[0]
    prompts.answer = True
    assert seeded_app.data_actions.export_everything()
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "infointerview-export"


def test_a_cancelled_export_leaves_nothing(seeded_app, tmp_path):
    prompts = ScriptedPrompts(export=ExportChoice(ExportFormat.JSON, tmp_path / "all.json"))
    prompts.cancel_progress = True
    seeded_app.data_actions.prompts = prompts
    assert not seeded_app.data_actions.export_everything()
    assert list(tmp_path.glob("*all.json*")) == []
    assert prompts.told == ["The export was cancelled; nothing was written."]


def test_import_shows_what_it_adds_first_and_adds_after_yes(seeded_app, app_paths, tmp_path, qtbot):
    exported = tmp_path / "all.json"
    seeded_app.data_actions.prompts = ScriptedPrompts(export=ExportChoice(ExportFormat.JSON, exported))
    assert seeded_app.data_actions.export_everything()

    prompts = ScriptedPrompts(import_file=exported)
    prompts.answer = False
    seeded_app.data_actions.prompts = prompts
    assert not seeded_app.data_actions.import_file()
    assert "Adds 61 people, 42 interviews" in prompts.questions[0]
    assert _people(app_paths.database) == 61

    prompts.answer = True
    with qtbot.waitSignal(seeded_app.window.data_events.changed) as heard:
        assert seeded_app.data_actions.import_file()
    assert Change.CONTACTS in heard.args[0]
    assert _people(app_paths.database) == 122
    assert prompts.told[-1].endswith("records added.")


def test_a_bad_import_file_is_refused_in_words_and_adds_nothing(seeded_app, app_paths, tmp_path):
    bad = tmp_path / "cut.json"
    bad.write_text('{"format": "infointerview-export", "format_version": 1, "tables": {"contacts": [')
    prompts = ScriptedPrompts(import_file=bad)
    seeded_app.data_actions.prompts = prompts
    assert not seeded_app.data_actions.import_file()
    assert prompts.questions == []
    assert prompts.told[0].startswith("It did not work:")
    assert "cut off" in prompts.told[0]
    assert _people(app_paths.database) == 61


def test_back_up_now_makes_a_checked_backup_and_says_what_it_holds(seeded_app, app_paths):
    prompts = ScriptedPrompts()
    seeded_app.data_actions.prompts = prompts
    seeded_app.window.data_actions["backup"].trigger()
    (made,) = list_backups(app_paths.backups_dir)
    assert made.reason == "manual"
    assert "42 interviews, 61 people" in prompts.told[0]


def test_a_cancelled_backup_keeps_nothing(seeded_app, app_paths):
    prompts = ScriptedPrompts()
    prompts.cancel_progress = True
    seeded_app.data_actions.prompts = prompts
    assert seeded_app.data_actions.back_up_now() is None
    assert list(app_paths.backups_dir.iterdir()) == []


def test_restore_backs_up_the_present_replaces_the_data_and_restarts(seeded_app, app_paths, clock):
    seeded_app.data_actions.prompts = ScriptedPrompts()
    chosen = seeded_app.data_actions.back_up_now()
    clock.advance(3600)
    seeded_app.store.contacts.add(Contact("Added after the backup"))
    prompts = ScriptedPrompts()
    prompts.backup_to_restore = chosen
    seeded_app.data_actions.prompts = prompts

    seeded_app.window.data_actions["restore"].trigger()

    assert prompts.backups_offered == [chosen]
    assert seeded_app.store is None
    assert seeded_app.restart_requested
    assert seeded_app.exit_requests == [0]
    assert _people(app_paths.database) == 61
    before = [info for info in list_backups(app_paths.backups_dir) if info.reason == "restore"]
    assert [info.counts.people for info in before] == [62]
    assert "restarts now" in prompts.told[-1]


def test_the_restore_list_says_when_each_backup_was_made_and_what_it_holds(seeded_app, qtbot, app_paths, clock):
    from PySide6.QtCore import QLocale

    seeded_app.data_actions.prompts = ScriptedPrompts()
    seeded_app.data_actions.back_up_now()
    dialog = RestoreDialog(list_backups(app_paths.backups_dir), clock.local_zone())
    qtbot.addWidget(dialog)
    line = dialog.backup_list.item(0).text()
    day = QLocale().toString(clock.now().date(), "d MMM yyyy")
    assert line.startswith(day)
    assert "— 42 interviews, 61 people, newest note" in line
    assert not dialog.restore_button.isEnabled()
    dialog.backup_list.setCurrentRow(0)
    assert dialog.restore_button.isEnabled()
    assert dialog.chosen().reason == "manual"


def test_the_export_dialog_follows_the_format_with_the_suggested_name(qtbot, tmp_path):
    dialog = ExportDialog(tmp_path, "2026-12-03")
    qtbot.addWidget(dialog)
    assert dialog.choice() == ExportChoice(ExportFormat.JSON, tmp_path / "infointerview-export-2026-12-03.json")
    dialog.csv.setChecked(True)
    assert dialog.choice() == ExportChoice(ExportFormat.CSV, tmp_path / "infointerview-csv-2026-12-03")


def test_the_app_restarts_itself_on_the_same_data_folder(app_paths, monkeypatch):
    import sys

    from app.bootstrap import restart_command

    assert restart_command(app_paths) == [sys.executable, "-m", "app", "--data-dir", str(app_paths.data_dir)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_command(app_paths) == [sys.executable, "--data-dir", str(app_paths.data_dir)]


@pytest.mark.parametrize("name", sorted(EXPECTED_MESSAGES))
def test_each_bad_import_file_is_refused_in_words_and_adds_nothing(seeded_app, app_paths, tmp_path, name):
    exported = tmp_path / "all.json"
    seeded_app.data_actions.prompts = ScriptedPrompts(export=ExportChoice(ExportFormat.JSON, exported))
    assert seeded_app.data_actions.export_everything()
    files = bad_exports(json.loads(exported.read_text(encoding="utf-8")), tmp_path)
    prompts = ScriptedPrompts(import_file=files[name])
    seeded_app.data_actions.prompts = prompts

    assert not seeded_app.data_actions.import_file()

    assert prompts.told[-1].startswith("It did not work:")
    assert EXPECTED_MESSAGES[name] in prompts.told[-1]
    assert _people(app_paths.database) == 61


@pytest.mark.parametrize(
    ("target", "message"),
    [(Path("/sys/kernel/out.json"), "not writable"), (Path("/nowhere/at/all/out.json"), "does not exist")],
)
def test_an_export_target_that_cannot_be_written_is_refused_in_words(seeded_app, target, message):
    prompts = ScriptedPrompts(export=ExportChoice(ExportFormat.JSON, target))
    seeded_app.data_actions.prompts = prompts
    assert not seeded_app.data_actions.export_everything()
    assert message in prompts.told[-1]


def test_a_full_disk_during_an_export_leaves_nothing_and_says_so(seeded_app, tmp_path, monkeypatch):
    import errno

    from app.store import portability

    class FullDisk(json.JSONEncoder):
        def iterencode(self, *_args, **_kwargs):
            yield "{"
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(portability.json, "JSONEncoder", FullDisk)
    prompts = ScriptedPrompts(export=ExportChoice(ExportFormat.JSON, tmp_path / "all.json"))
    seeded_app.data_actions.prompts = prompts
    assert not seeded_app.data_actions.export_everything()
    assert "The disk is full" in prompts.told[-1]
    assert list(tmp_path.glob("*all.json*")) == []
