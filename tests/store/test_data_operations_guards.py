"""The File menu's data work (export, import, back up, restore) through the object the shell is
handed: each format writes what it says, a stop asked for leaves nothing half done, and a
restore brings back what was backed up.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime

import pytest

from app import __version__
from app.core.entities import Contact, Interview, Occupation
from app.core.retention import BackupReason
from app.core.vcard import CardDetails, LabelledValue
from app.store import backups, portability
from app.store.data_operations import DataOperations
from app.store.store import open_store
from tests.fakes import FakeClock


def _operations(store, tmp_path, clock) -> DataOperations:
    return DataOperations(
        tmp_path / "infointerview.db", tmp_path / "attachments", tmp_path / "backups", clock, lambda: store
    )


def _never() -> bool:
    return False


def _always() -> bool:
    return True


def _fill(store, clock):
    occupation = store.occupations.add(Occupation("Baker"))
    ana = store.contacts.add(Contact("Ana Lima", occupation_id=occupation.id))
    li = store.contacts.add(Contact("Li Wei", occupation_id=occupation.id))
    for person in (ana, li, ana):
        store.interviews.add(Interview(contact_id=person.id, occupation_id=occupation.id, scheduled_at=clock.now()))


def test_the_json_export_is_one_file_stamped_with_the_clock_and_version(store, tmp_path, clock):
    _fill(store, clock)
    operations = _operations(store, tmp_path, clock)
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    assert operations.export("json", target, False, _never) == 1
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["exported_at"] == "2026-11-25T14:00:00+00:00"
    assert document["app_version"] == __version__
    assert [row["full_name"] for row in document["tables"]["contacts"]] == ["Ana Lima", "Li Wei"]
    with pytest.raises(portability.ExportTargetExists):
        operations.export("json", target, False, _never)
    assert operations.export("json", target, True, _never) == 1


def test_a_stopped_json_export_leaves_nothing(store, tmp_path, clock):
    target = tmp_path / "export.json"
    with pytest.raises(portability.Cancelled):
        _operations(store, tmp_path, clock).export("json", target, False, _always)
    assert not target.exists()


def test_the_csv_export_writes_one_file_a_list(store, tmp_path, clock):
    _fill(store, clock)
    target = tmp_path / "csv"
    assert _operations(store, tmp_path, clock).export("csv", target, False, _never) == len(portability.CSV_LISTS)
    assert sorted(path.name for path in target.iterdir()) == sorted(f"{name}.csv" for name in portability.CSV_LISTS)
    with pytest.raises(portability.Cancelled):
        _operations(store, tmp_path, clock).export("csv", tmp_path / "stopped", False, _always)
    assert not (tmp_path / "stopped").exists()


def test_the_markdown_export_writes_one_file_an_interview_in_the_local_day(store, tmp_path):
    evening = FakeClock(datetime(2026, 11, 26, 2, 30, tzinfo=UTC), zone="America/New_York")
    _fill(store, evening)
    target = tmp_path / "md"
    assert _operations(store, tmp_path, evening).export("markdown", target, False, _never) == 3
    assert sorted(path.name for path in target.iterdir()) == [
        "interview-Ana-Lima-2026-11-25-2.md",
        "interview-Ana-Lima-2026-11-25.md",
        "interview-Li-Wei-2026-11-25.md",
    ]
    with pytest.raises(portability.Cancelled):
        _operations(store, tmp_path, evening).export("markdown", tmp_path / "stopped", False, _always)
    assert not (tmp_path / "stopped").exists()


def test_an_export_is_imported_into_another_store_and_a_stopped_import_adds_nothing(
    store, tmp_path, clock, migrated_database
):
    _fill(store, clock)
    exported = tmp_path / "export.json"
    _operations(store, tmp_path, clock).export("json", exported, False, _never)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    shutil.copyfile(migrated_database, other_dir / "infointerview.db")
    other = open_store(other_dir / "infointerview.db", clock)
    try:
        operations = _operations(other, other_dir, clock)
        summary, document = operations.read_import(exported)
        assert (summary.people, summary.interviews) == (2, 3)
        with pytest.raises(portability.Cancelled, match=r"^Stopped; nothing was imported\.$"):
            operations.import_document(document, _always)
        assert other.contacts.count() == 0
        added = operations.import_document(document, _never)
        assert added == sum(summary.rows.values())
        assert [person.full_name for person in other.contacts.list()] == ["Ana Lima", "Li Wei"]
    finally:
        other.dispose()


def test_a_manual_backup_is_listed_and_a_stopped_one_leaves_nothing(store, tmp_path, clock):
    _fill(store, clock)
    operations = _operations(store, tmp_path, clock)
    with pytest.raises(backups.BackupCancelled):
        operations.back_up(_always)
    assert operations.list_backups() == []
    made = operations.back_up(_never)
    assert (made.reason, made.taken_at) == (BackupReason.MANUAL.value, clock.now())
    assert made.counts is not None
    assert operations.list_backups() == [made]
    assert operations.now() == clock.now()


def test_restoring_brings_back_the_backup_and_keeps_what_was_there(tmp_path, clock, migrated_database):
    database = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    store = open_store(database, clock)
    store.contacts.add(Contact("Ana Lima"))
    operations = _operations(store, tmp_path, clock)
    made = operations.back_up(_never)
    store.contacts.add(Contact("Li Wei"))
    store.dispose()
    clock.advance(60)
    before = operations.restore(made)
    assert before is not None
    assert before.reason == BackupReason.BEFORE_RESTORE.value
    assert before.taken_at == clock.now()
    reopened = open_store(database, clock)
    try:
        assert [person.full_name for person in reopened.contacts.list()] == ["Ana Lima"]
    finally:
        reopened.dispose()


def test_a_card_picture_travels_through_an_export_into_another_store(store, tmp_path, clock, migrated_database):
    contact = store.contacts.add(Contact("Ana Lima"))
    picture = tmp_path / "card.png"
    picture.write_bytes(b"png bytes")
    store.cards.attach_card_image(contact.id, picture)
    exported = tmp_path / "export.json"
    _operations(store, tmp_path, clock).export("json", exported, False, _never)
    assert len(json.loads(exported.read_text(encoding="utf-8"))["attachments"]) == 1
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    shutil.copyfile(migrated_database, other_dir / "infointerview.db")
    other = open_store(other_dir / "infointerview.db", clock)
    try:
        operations = _operations(other, other_dir, clock)
        _summary, document = operations.read_import(exported)
        operations.import_document(document, _never)
        [person] = other.contacts.list()
        assert (other_dir / "attachments" / person.card_image_path).read_bytes() == b"png bytes"
    finally:
        other.dispose()


@pytest.mark.parametrize("export_format", ["csv", "markdown"])
def test_a_folder_export_replaces_an_existing_folder_when_asked(store, tmp_path, clock, export_format):
    _fill(store, clock)
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.txt").write_text("old")
    operations = _operations(store, tmp_path, clock)
    with pytest.raises(portability.ExportTargetExists):
        operations.export(export_format, target, False, _never)
    assert operations.export(export_format, target, True, _never) >= 3
    assert not (target / "old.txt").exists()


def test_a_fourth_interview_on_the_same_day_gets_the_next_number(store, tmp_path, clock):
    occupation = store.occupations.add(Occupation("Baker"))
    ana = store.contacts.add(Contact("Ana Lima", occupation_id=occupation.id))
    for _ in range(4):
        store.interviews.add(Interview(contact_id=ana.id, scheduled_at=clock.now()))
    target = tmp_path / "md"
    _operations(store, tmp_path, clock).export("markdown", target, False, _never)
    assert sorted(path.name for path in target.iterdir()) == [
        "interview-Ana-Lima-2026-11-25-2.md",
        "interview-Ana-Lima-2026-11-25-3.md",
        "interview-Ana-Lima-2026-11-25-4.md",
        "interview-Ana-Lima-2026-11-25.md",
    ]


def test_card_details_are_exported_with_their_labels_and_order(store, tmp_path, clock):
    contact = store.contacts.add(Contact("Ana Lima"))
    store.cards.save_card(
        contact.id,
        CardDetails(
            "Ana Lima",
            emails=[LabelledValue("a@x.example", "work"), LabelledValue("b@x.example", "home")],
            websites=["https://one.example", "https://two.example"],
        ),
    )
    document = portability.build_document(tmp_path / "infointerview.db", None, clock.now())
    assert [
        (row["kind"], row["value"], row["label"], row["position"]) for row in document["tables"]["contact_details"]
    ] == [
        ("email", "a@x.example", "work", 0),
        ("email", "b@x.example", "home", 1),
        ("url", "https://two.example", "", 2),
    ]


def _document_with_a_picture(store, tmp_path, clock) -> dict:
    contact = store.contacts.add(Contact("Ana Lima"))
    picture = tmp_path / "card.png"
    picture.write_bytes(b"png bytes, long enough to be several base64 groups")
    store.cards.attach_card_image(contact.id, picture)
    return portability.build_document(tmp_path / "infointerview.db", tmp_path / "attachments", clock.now())


@pytest.mark.parametrize(
    "spoil",
    [
        lambda attachment: attachment.update(
            content_base64=attachment["content_base64"][:8] + "!" + attachment["content_base64"][8:]
        ),
        lambda attachment: attachment.update(size=attachment["size"] + 1),
        lambda attachment: attachment.update(sha256="0" * 64),
    ],
)
def test_a_damaged_file_inside_an_import_is_refused_by_name(store, tmp_path, clock, spoil):
    document = _document_with_a_picture(store, tmp_path, clock)
    [attachment] = document["attachments"]
    spoil(attachment)
    with pytest.raises(portability.BadImportFile) as refused:
        portability.import_document(tmp_path / "infointerview.db", tmp_path / "attachments", document)
    assert str(refused.value) == f"The file {attachment['name']!r} inside the export is damaged."
    assert store.contacts.count() == 1
