"""Export everything, import it back: complete, stable, all or nothing, and safe against bad files."""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from app.paths import resource
from app.store import portability
from app.store.portability import (
    FORMAT_VERSION,
    BadImportFile,
    ExportTargetExists,
    PortabilityError,
    export_csv,
    export_json,
    import_document,
    parse_import_bytes,
    read_import,
)
from tests.store.data_seed import seed

NOW = datetime(2026, 12, 3, 13, 30, tzinfo=UTC)


@pytest.fixture
def data(tmp_path, migrated_database):
    """A seeded data dir with one business-card image."""
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    seed(database)
    (folder / "attachments").mkdir()
    (folder / "attachments" / "card-2-abc.jpg").write_bytes(b"\xff\xd8 a card")
    _execute(database, "UPDATE contacts SET card_image_path = 'card-2-abc.jpg' WHERE id = 2")
    return folder


@pytest.fixture
def empty(tmp_path, migrated_database):
    folder = tmp_path / "empty"
    folder.mkdir()
    shutil.copyfile(migrated_database, folder / "infointerview.db")
    return folder


def _execute(database: Path, sql: str, args=()) -> None:
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        with connection:
            connection.execute(sql, args)
    finally:
        connection.close()


def _scalar(database: Path, sql: str):
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def _export(folder: Path, target: Path, now: datetime = NOW) -> dict:
    return export_json(folder / "infointerview.db", folder / "attachments", target, now)


def test_export_import_export_gives_the_same_file_apart_from_its_date(data, empty, tmp_path):
    # Gaps in the ids (deleted rows) are closed by the export, and links follow.
    _execute(data / "infointerview.db", "DELETE FROM interviews WHERE id IN (3, 4)")
    first = tmp_path / "first.json"
    _export(data, first)

    _summary, document = read_import(first)
    import_document(empty / "infointerview.db", empty / "attachments", document)
    second = tmp_path / "second.json"
    _export(empty, second, NOW + timedelta(hours=1))

    one, two = (json.loads(path.read_text(encoding="utf-8")) for path in (first, second))
    assert one.pop("exported_at") != two.pop("exported_at")
    assert one == two
    assert (empty / "attachments" / "card-2-abc.jpg").read_bytes() == b"\xff\xd8 a card"
    assert [row["id"] for row in one["tables"]["interviews"]] == list(range(1, 41))


def test_the_export_is_complete_versioned_and_matches_its_schema(data, tmp_path):
    document = _export(data, tmp_path / "out.json")

    jsonschema.validate(document, json.loads(resource("export.schema.json").read_text()))
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_revision"]
    assert len(document["tables"]["contacts"]) == 61
    assert len(document["tables"]["interview_notes"]) == 42
    assert document["tables"]["app_settings"] == [{"key": "sound", "value": "true"}]
    assert "search_index" not in document["tables"] and "alembic_version" not in document["tables"]
    assert [a["name"] for a in document["attachments"]] == ["card-2-abc.jpg"]


def test_importing_into_a_store_with_data_adds_and_never_overwrites(data, tmp_path):
    target = tmp_path / "out.json"
    _export(data, target)
    database = data / "infointerview.db"
    _execute(database, "UPDATE app_settings SET value = 'false' WHERE key = 'sound'")
    (data / "attachments" / "card-2-abc.jpg").write_bytes(b"a different card")

    _summary, document = read_import(target)
    added = import_document(database, data / "attachments", document)

    assert added["contacts"] == 61
    assert _scalar(database, "SELECT count(*) FROM contacts") == 122
    assert _scalar(database, "SELECT value FROM app_settings WHERE key = 'sound'") == "false"
    assert (data / "attachments" / "card-2-abc.jpg").read_bytes() == b"a different card"
    renamed = _scalar(database, "SELECT card_image_path FROM contacts WHERE id = 63")
    assert renamed == "card-2-abc-2.jpg"
    assert (data / "attachments" / renamed).read_bytes() == b"\xff\xd8 a card"
    # Links point at the new copies, not at the old rows.
    assert _scalar(database, "SELECT min(contact_id) FROM interviews WHERE id > 42") > 61
    assert _scalar(database, "SELECT count(*) FROM contacts WHERE id > 61 AND referred_by_id <= 61") == 0


def test_an_import_that_fails_part_way_leaves_nothing(data, empty, tmp_path):
    target = tmp_path / "out.json"
    _export(data, target)
    _summary, document = read_import(target)
    document["tables"]["evaluation_scores"][0]["score"] = None  # NOT NULL, in the last table written

    with pytest.raises(BadImportFile, match="nothing was imported"):
        import_document(empty / "infointerview.db", empty / "attachments", document)

    assert _scalar(empty / "infointerview.db", "SELECT count(*) FROM contacts") == 0
    assert not (empty / "attachments").exists() or list((empty / "attachments").iterdir()) == []


def test_the_summary_says_what_would_be_added(data, tmp_path):
    target = tmp_path / "out.json"
    _export(data, target)

    summary, _document = read_import(target)

    assert (summary.people, summary.interviews, summary.notes, summary.attachments) == (61, 42, 42, 1)


# ---- bad input ----------------------------------------------------------------------------------


@pytest.fixture
def valid(data, tmp_path) -> dict:
    return _export(data, tmp_path / "valid.json")


def _bad(document) -> bytes:
    return json.dumps(document).encode()


def test_truncated_json(valid):
    data = _bad(valid)
    with pytest.raises(BadImportFile, match="cut off"):
        parse_import_bytes(data[: len(data) // 2])


def test_wrong_types(valid):
    valid["tables"]["contacts"][0]["full_name"] = ["a", "list"]
    with pytest.raises(BadImportFile, match="not valid at tables › contacts › 0 › full_name"):
        parse_import_bytes(_bad(valid))
    valid["tables"] = "everything"
    with pytest.raises(BadImportFile, match="not valid"):
        parse_import_bytes(_bad(valid))


def test_nesting_deep_enough_to_break_a_recursive_parser():
    with pytest.raises(BadImportFile, match="too deeply"):
        parse_import_bytes(b"[" * 200_000 + b"]" * 200_000)


def test_a_newer_format_version(valid):
    valid["format_version"] = FORMAT_VERSION + 1
    with pytest.raises(BadImportFile, match="newer InfoInterview"):
        parse_import_bytes(_bad(valid))


def test_a_newer_data_schema(valid):
    valid["schema_revision"] = "9999_from_the_future"
    with pytest.raises(BadImportFile, match="newer InfoInterview"):
        parse_import_bytes(_bad(valid))


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: costs no disk
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))

    with pytest.raises(BadImportFile, match="300 MB, more than the 200 MB"):
        read_import(huge)


def test_a_binary_file():
    with pytest.raises(BadImportFile, match="binary"):
        parse_import_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_invalid_utf8():
    with pytest.raises(BadImportFile, match="not UTF-8"):
        parse_import_bytes(b'{"format": "infointerview-export", "x": "caf\xe9"}')


def test_not_an_export_at_all():
    with pytest.raises(BadImportFile, match="not an InfoInterview export"):
        parse_import_bytes(b'{"hello": "world"}')


@pytest.mark.parametrize("name", ["../../.bashrc", "/etc/passwd", "sub/card.jpg", "..", "C:\\x.jpg", "..\\x.jpg"])
def test_attachment_names_that_escape_the_folder(valid, name):
    valid["attachments"][0]["name"] = name
    with pytest.raises(BadImportFile, match="outside its folder"):
        parse_import_bytes(_bad(valid))


def test_a_row_naming_a_file_outside_the_folder(valid):
    valid["tables"]["contacts"][0]["card_image_path"] = "../../secret"
    with pytest.raises(BadImportFile, match="outside its folder"):
        parse_import_bytes(_bad(valid))


# ---- export targets -----------------------------------------------------------------------------


def test_an_existing_target_is_kept_unless_forced(data, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("mine")

    with pytest.raises(ExportTargetExists):
        _export(data, target)
    assert target.read_text() == "mine"

    export_json(data / "infointerview.db", data / "attachments", target, NOW, force=True)
    assert json.loads(target.read_text())["format"] == "infointerview-export"


def test_a_full_disk_leaves_nothing_half_written(data, tmp_path, monkeypatch):
    class FullDisk(json.JSONEncoder):
        def iterencode(self, *_args, **_kwargs):
            yield "{"
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(portability.json, "JSONEncoder", FullDisk)

    with pytest.raises(PortabilityError, match="disk is full"):
        _export(data, tmp_path / "out.json")
    assert list(tmp_path.glob("*out.json*")) == []


def test_an_unwritable_folder(data, tmp_path):
    with pytest.raises(PortabilityError, match="not writable"):
        _export(data, Path("/sys/kernel/out.json"))


def test_a_missing_folder(data, tmp_path):
    with pytest.raises(PortabilityError, match="does not exist"):
        _export(data, tmp_path / "nowhere" / "out.json")


def test_a_cancelled_folder_export_leaves_nothing(data, tmp_path, monkeypatch):
    def cancelled(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(portability.csv, "writer", cancelled)
    with pytest.raises(KeyboardInterrupt):
        export_csv(data / "infointerview.db", tmp_path / "lists", NOW)
    assert [p.name for p in tmp_path.iterdir() if "lists" in p.name] == []


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_an_export_cancelled_part_way_leaves_nothing(data, tmp_path, kind):
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # carries on past the first check, then stops

    target = tmp_path / ("out.json" if kind == "json" else "lists")
    with pytest.raises(portability.Cancelled):
        if kind == "json":
            export_json(data / "infointerview.db", data / "attachments", target, NOW, cancelled=cancelled)
        else:
            export_csv(data / "infointerview.db", target, NOW, cancelled=cancelled)
    assert [p.name for p in tmp_path.iterdir() if target.name in p.name] == []


def test_an_import_cancelled_part_way_leaves_nothing(data, empty, tmp_path):
    exported = tmp_path / "all.json"
    _export(data, exported)
    _summary, document = read_import(exported)
    before = _export(empty, tmp_path / "before.json")["tables"]

    def stop_at_interviews(table: str) -> None:
        if table == "interviews":
            raise portability.Cancelled("Stopped; nothing was written.")

    with pytest.raises(portability.Cancelled):
        import_document(empty / "infointerview.db", empty / "attachments", document, progress=stop_at_interviews)
    assert _export(empty, tmp_path / "after.json")["tables"] == before


# ---- CSV ----------------------------------------------------------------------------------------


def test_csv_has_one_file_per_list_readable_by_spreadsheets(data, tmp_path):
    written = export_csv(data / "infointerview.db", tmp_path / "lists", NOW)

    assert written == [
        "people.csv", "occupations.csv", "interviews.csv", "next-steps.csv", "thank-you-notes.csv", "evaluations.csv",
    ]  # fmt: skip
    raw = (tmp_path / "lists" / "people.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\n")[0].endswith(b"\r")
    with (tmp_path / "lists" / "people.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 61
    assert rows[0]["full_name"] == "Zoë Person 1 🌱"
    assert rows[0]["organisation"] == 'Société, "Quoted"\nLine two'
    with (tmp_path / "lists" / "evaluations.csv").open(encoding="utf-8-sig", newline="") as handle:
        evaluations = list(csv.DictReader(handle))
    assert evaluations[0]["kept_to_time"] == "4"


# ---- Markdown -----------------------------------------------------------------------------------


def test_markdown_has_one_file_per_interview(data, tmp_path, clock):
    from app.store.store import open_store

    store = open_store(data / "infointerview.db", clock)
    try:
        written = portability.export_markdown(store, [1, 2, 3], tmp_path / "md", UTC)
    finally:
        store.dispose()

    assert len(written) == 3 == len(set(written))
    text = (tmp_path / "md" / written[0]).read_text(encoding="utf-8")
    assert "What is a typical day?" in text and "mot39" in text
    assert os.stat(tmp_path / "md").st_mode


def test_a_value_of_the_wrong_type_for_its_column_is_refused_at_import(valid, empty):
    valid["tables"]["contacts"][0]["full_name"] = 12
    document = parse_import_bytes(_bad(valid))  # the schema allows any plain value here

    with pytest.raises(BadImportFile, match="wrong type at contacts › 0 › full_name"):
        import_document(empty / "infointerview.db", empty / "attachments", document)
    assert _scalar(empty / "infointerview.db", "SELECT count(*) FROM occupations") == 0


@pytest.mark.parametrize(
    "row",
    [
        {"id": "seven"},
        {"id": 0},
        {"id": 1, "contact_id": "2"},
        {"id": 1, "notes": {"not": "bytes"}},
        {"id": 1, "notes": [1, 2]},
        {"id": 1, "Bad-Name": 1},
        "not a row",
    ],
)
def test_the_fast_row_check_refuses_what_the_schema_refuses(valid, row):
    valid["tables"]["contacts"].append(row)
    schema = json.loads(resource("export.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(valid, schema)
    with pytest.raises(BadImportFile, match="not valid at tables › contacts › 61"):
        parse_import_bytes(_bad(valid))


@pytest.mark.parametrize("cut", [1, 7, 13, 18, 22, 27, 33, 40])
def test_json_cut_off_anywhere_is_called_cut_off(tmp_path, cut):
    whole = '{"a": true, "b": [12.5, null], "c": "words"}'
    path = tmp_path / "cut.json"
    path.write_text(whole[:cut], encoding="utf-8")
    with pytest.raises(BadImportFile, match="cut off"):
        read_import(path)


def test_json_broken_in_the_middle_is_not_called_cut_off(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"a": tru, "b": 1}', encoding="utf-8")
    with pytest.raises(BadImportFile, match="not valid JSON"):
        read_import(path)
