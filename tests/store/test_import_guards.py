"""Importing an export: what does not fit is refused in words before anything is written, links
are carried over to the new ids, and nothing already in the store is overwritten.
"""

from __future__ import annotations

import json
import shutil

import pytest

from app.core.entities import ActionItem, Contact, Interview, Occupation, Tiara
from app.core.question_bank import BankQuestion
from app.store import portability
from app.store.store import open_store


@pytest.fixture
def document(store, tmp_path, clock):
    occupation = store.occupations.add(Occupation("Baker"))
    referrer = store.contacts.add(Contact("Mo Chen", occupation_id=occupation.id))
    ana = store.contacts.add(Contact("Ana Lima", occupation_id=occupation.id, referred_by_id=referrer.id))
    interview = store.interviews.add(Interview(contact_id=ana.id, occupation_id=occupation.id))
    store.questions.pick(interview.id, BankQuestion("trend-1", "What is changing?", "Trends", Tiara.TRENDS, 3))
    picture = tmp_path / "card.png"
    picture.write_bytes(b"png bytes")
    store.cards.attach_card_image(ana.id, picture)
    store.actions.add(ActionItem("Call back", due_on=clock.today(), interview_id=interview.id))
    store.settings.set_json("a_first", 1)
    store.settings.set_json("b_second", 2)
    return portability.build_document(tmp_path / "infointerview.db", tmp_path / "attachments", clock.now())


@pytest.fixture
def other(tmp_path, clock, migrated_database):
    folder = tmp_path / "other"
    folder.mkdir()
    shutil.copyfile(migrated_database, folder / "infointerview.db")
    opened = open_store(folder / "infointerview.db", clock)
    yield opened, folder
    opened.dispose()


def _import(folder, document):
    return portability.import_document(folder / "infointerview.db", folder / "attachments", document)


def _refused(other, document) -> str:
    store, folder = other
    with pytest.raises(portability.BadImportFile) as refused:
        _import(folder, document)
    assert store.contacts.count() == 0
    return str(refused.value)


def test_fields_the_store_does_not_have_are_named(other, document):
    document["tables"]["contacts"][0].update(shoe_size=42, colour="red")
    assert _refused(other, document) == "The export has fields contacts does not have (colour, shoe_size)."


def test_a_link_to_a_row_not_in_the_export_is_named(other, document):
    document["tables"]["interviews"][0]["contact_id"] = 999
    assert _refused(other, document) == "The export links a row of interviews to one that is not in it (contacts 999)."


def test_a_referral_link_to_a_person_not_in_the_export_is_named(other, document):
    [ana] = [row for row in document["tables"]["contacts"] if row["full_name"] == "Ana Lima"]
    ana["referred_by_id"] = 999
    assert _refused(other, document) == "The export links a row of contacts to one that is not in it (999)."


def test_a_row_without_its_id_is_refused(other, document):
    del document["tables"]["occupations"][0]["id"]
    assert _refused(other, document) == "A row of occupations has no id."


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("contacts", "notes", {"base64": "aGk="}),
        ("contacts", "may_use_referrer_name", "yes"),
        ("interviews", "planned_minutes", "20"),
        ("questions", "minutes", True),
        ("contacts", "full_name", 7),
        ("contacts", "notes", 7),
        ("questions", "minutes", "2"),
        ("action_items", "due_on", 5),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused_where_it_is(other, document, table, column, value):
    document["tables"][table][0][column] = value
    assert _refused(other, document) == (
        f"The export has a value of the wrong type at {table} › 0 › {column}; nothing was imported."
    )


def test_values_of_the_right_kind_are_taken(other, document):
    store, folder = other
    document["tables"]["questions"][0]["minutes"] = 3  # a whole number is a fine estimate
    document["tables"]["contacts"][0]["may_use_referrer_name"] = True
    _import(folder, document)
    assert store.contacts.count() == 2


def test_everything_is_imported_with_its_links_and_picture(other, document):
    store, folder = other
    _import(folder, document)
    people = {person.full_name: person for person in store.contacts.list()}
    assert people["Ana Lima"].referred_by_id == people["Mo Chen"].id
    assert (folder / "attachments" / people["Ana Lima"].card_image_path).read_bytes() == b"png bytes"
    [interview] = store.reads.interviews_with_status("planned")
    [picked] = store.questions.list_picked(interview.interview.id)
    assert picked.question_id is not None


def test_importing_twice_never_overwrites_and_keeps_every_link(other, document):
    store, folder = other
    store.settings.set_json("a_first", "mine")
    _import(folder, document)
    _import(folder, document)
    assert store.settings.get_json("a_first") == "mine"
    assert store.settings.get_json("b_second") == 2
    assert store.contacts.count() == 4
    pictures = [person.card_image_path for person in store.contacts.list() if person.full_name == "Ana Lima"]
    assert len(pictures) == 2  # the same picture twice is kept once
    for name in pictures:
        assert (folder / "attachments" / name).read_bytes() == b"png bytes"
    interviews = store.reads.interviews_with_status("planned")
    links = {store.questions.list_picked(item.interview.id)[0].question_id for item in interviews}
    assert len(links) == 1 and None not in links  # the same bank question, found again


def test_an_import_file_that_is_missing_a_folder_or_too_big_is_refused_in_words(tmp_path):
    missing = tmp_path / "missing.json"
    with pytest.raises(portability.BadImportFile) as refused:
        portability.read_import(missing)
    assert str(refused.value) == f"{missing} cannot be read: No such file or directory."
    with pytest.raises(portability.BadImportFile) as refused:
        portability.read_import(tmp_path)
    assert str(refused.value) == f"{tmp_path} is not a file."
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (3 * 1024 * 1024))
    with pytest.raises(portability.BadImportFile) as refused:
        portability.read_import(big, max_bytes=2 * 1024 * 1024)
    assert str(refused.value) == "big.json is 3 MB, more than the 2 MB an export can be; it was not read."
    with pytest.raises(portability.BadImportFile, match=r"not valid JSON|ends too early"):
        portability.read_import(big, max_bytes=3 * 1024 * 1024)  # exactly the limit is read


def test_the_summary_says_which_export_it_is(document, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    summary, _document = portability.read_import(path)
    assert (summary.format_version, summary.schema_revision, summary.exported_at) == (
        document["format_version"],
        document["schema_revision"],
        document["exported_at"],
    )
    assert (summary.people, summary.interviews, summary.attachments) == (2, 1, 1)
