"""The command line's subcommands, called in-process (fast); tests/test_cli_data.py runs them as a program."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.cli import main
from tests.cli.conftest import bad_exports

EXPECTED_MESSAGES = {
    "truncated.json": "cut off",
    "wrong-types.json": "not valid at tables › contacts › 0 › id",
    "deep.json": "too deeply",
    "newer.json": "newer InfoInterview",
    "binary.json": "binary file",
    "latin1.json": "not UTF-8",
    "escape.json": "outside its folder",
    "huge.json": "400 MB, more than the 200 MB",
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_check_counts_what_the_store_holds(seeded_dir, capsys):
    status, out, _err = run(capsys, "check", "--data-dir", str(seeded_dir))
    assert status == 0
    assert out.strip() == "ok: 42 interviews, 61 people, 42 notes"


def test_check_fails_on_a_damaged_store(seeded_dir, capsys):
    database = seeded_dir / "infointerview.db"
    with database.open("r+b") as handle:
        handle.seek(4096 * 5)
        handle.write(b"\xa5" * 4096 * 10)
    status, _out, err = run(capsys, "check", "--data-dir", str(seeded_dir))
    assert status == 1
    assert err.startswith("infointerview: The database is damaged") and err.count("\n") == 1


def test_export_then_import_into_an_empty_folder(seeded_dir, tmp_path, capsys):
    target = tmp_path / "all.json"
    assert run(capsys, "export", "--format", "json", str(target), "--data-dir", str(seeded_dir))[0] == 0
    fresh = tmp_path / "fresh"

    status, out, _err = run(capsys, "import", str(target), "--data-dir", str(fresh))

    assert status == 0
    assert "Adds 61 people, 42 interviews, 42 notes" in out
    connection = sqlite3.connect(fresh / "infointerview.db")
    assert connection.execute("SELECT count(*) FROM contacts").fetchone()[0] == 61


def test_a_dry_run_imports_nothing(export_file, tmp_path, capsys):
    fresh = tmp_path / "fresh"
    status, out, _err = run(capsys, "import", str(export_file), "--dry-run", "--data-dir", str(fresh))
    assert status == 0 and "Adds 61 people" in out
    assert not (fresh / "infointerview.db").exists()


@pytest.mark.parametrize("name", sorted(EXPECTED_MESSAGES))
def test_bad_import_files_are_refused_in_one_line(name, export_file, seeded_dir, tmp_path, capsys):
    files = bad_exports(json.loads(export_file.read_text(encoding="utf-8")), tmp_path)
    before = (seeded_dir / "infointerview.db").read_bytes()

    status, _out, err = run(capsys, "import", str(files[name]), "--data-dir", str(seeded_dir))

    assert status == 2
    assert EXPECTED_MESSAGES[name] in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert (seeded_dir / "infointerview.db").read_bytes() == before
    assert not (tmp_path / "escape.txt").exists()


def test_a_vcf_file_is_imported_by_the_vcard_importer(seeded_dir, tmp_path, capsys):
    card = tmp_path / "people.VCF"  # the suffix in any case; .vcard too
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n")
    status, out, _err = run(capsys, "import", str(card), "--data-dir", str(seeded_dir))
    assert (status, out.strip()) == (0, "Imported 1 person from people.VCF.")


def test_an_existing_export_target_needs_force(seeded_dir, tmp_path, capsys):
    target = tmp_path / "lists"
    target.mkdir()
    (target / "mine.txt").write_text("mine")
    status, _out, err = run(capsys, "export", "--format", "csv", str(target), "--data-dir", str(seeded_dir))
    assert status == 2 and "--force" in err
    assert (target / "mine.txt").read_text() == "mine"

    status, _out, _err = run(capsys, "export", "--format", "csv", str(target), "--force", "--data-dir", str(seeded_dir))
    assert status == 0
    assert sorted(p.name for p in target.iterdir())[0] == "evaluations.csv"


def test_an_unwritable_target(seeded_dir, capsys):
    status, _out, err = run(capsys, "export", "--format", "json", "/sys/kernel/out.json", "--data-dir", str(seeded_dir))
    assert status == 1 and "not writable" in err


def test_markdown_export(seeded_dir, tmp_path, capsys):
    status, out, _err = run(
        capsys, "export", "--format", "markdown", str(tmp_path / "md"), "--data-dir", str(seeded_dir)
    )
    assert status == 0 and "Exported 42 interviews" in out
    assert len(list((tmp_path / "md").glob("*.md"))) == 42


def test_backup_list_and_restore(seeded_dir, tmp_path, capsys, monkeypatch):
    # The command line tells days in the person's zone, which it takes from the host (TZ).
    monkeypatch.setenv("TZ", "UTC")
    assert run(capsys, "backup", "--data-dir", str(seeded_dir))[0] == 0
    copy = tmp_path / "copy.db"
    assert run(capsys, "backup", str(copy), "--data-dir", str(seeded_dir))[0] == 0
    status, out, _err = run(capsys, "backups", "--data-dir", str(seeded_dir))
    assert status == 0 and "42 interviews, 61 people, newest note 20 Nov" in out

    connection = sqlite3.connect(seeded_dir / "infointerview.db")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("DELETE FROM interviews")
    connection.commit()
    connection.close()
    status, out, _err = run(capsys, "restore", str(copy), "--data-dir", str(seeded_dir))
    assert status == 0 and "before the restore is kept" in out
    assert run(capsys, "check", "--data-dir", str(seeded_dir))[1].startswith("ok: 42 interviews")


def test_restore_refuses_a_file_that_is_not_a_backup(seeded_dir, export_file, capsys):
    status, _out, err = run(capsys, "restore", str(export_file), "--data-dir", str(seeded_dir))
    assert status == 2 and "not an InfoInterview backup" in err


def test_the_cli_refuses_while_the_app_holds_the_data_folder(seeded_dir, capsys):
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(seeded_dir / "infointerview.lock"))
    assert lock.tryLock(0)
    try:
        status, _out, err = run(capsys, "check", "--data-dir", str(seeded_dir))
    finally:
        lock.unlock()
    assert status == 1 and "is open on" in err


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "pdf", "x"])
    assert exit_info.value.code == 2


def test_counts_of_one_read_in_the_singular(tmp_path, migrated_database, capsys):
    import shutil

    from app.core.entities import Contact, Interview
    from app.store.store import open_store
    from tests.fakes import FakeClock

    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copyfile(migrated_database, folder / "infointerview.db")
    store = open_store(folder / "infointerview.db", FakeClock())
    try:
        ana = store.contacts.add(Contact(full_name="Ana Ruiz"))
        store.interviews.add(Interview(contact_id=ana.id))
    finally:
        store.dispose()
    target = tmp_path / "one.json"
    status, out, _err = run(capsys, "export", "--format", "json", str(target), "--data-dir", str(folder))
    assert (status, out.strip()) == (0, f"Exported 1 person and 1 interview to {target}")
    status, out, _err = run(capsys, "check", "--data-dir", str(folder))
    assert (status, out.strip()) == (0, "ok: 1 interview, 1 person, 0 notes")
    status, out, _err = run(capsys, "export", "--format", "markdown", str(tmp_path / "md"), "--data-dir", str(folder))
    assert (status, out.strip()) == (0, f"Exported 1 interview to {tmp_path / 'md'}")
