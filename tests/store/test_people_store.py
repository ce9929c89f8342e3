"""People as the store keeps them: structured names, several occupations in order, every email and
phone with its label, and what the vCard and JSON exports carry of them."""

import json
import shutil
from datetime import UTC, datetime

from app.core.entities import Contact, ContactStatus, Occupation
from app.core.people import PersonDetails
from app.core.vcard import LabelledValue, read_vcard_file, read_vcards, write_vcards
from app.store.contact_import import ContactImportRepository
from app.store.portability import export_json, import_document, read_import
from tests.store.data_seed import seed

NOW = datetime(2026, 12, 3, 13, 30, tzinfo=UTC)


def _three(store):
    return [store.occupations.add(Occupation(title)).id for title in ("Nurse", "Midwife", "Paramedic")]


def test_a_person_keeps_their_names_and_occupations_in_order(store):
    nurse, midwife, paramedic = _three(store)
    added = store.contacts.add(
        Contact("Ada Lovelace", given_name="Ada", family_name="Lovelace", occupation_ids=[midwife, nurse])
    )
    loaded = store.contacts.get(added.id)
    assert (loaded.given_name, loaded.family_name) == ("Ada", "Lovelace")
    assert loaded.occupation_ids == [midwife, nurse]
    assert loaded.occupation_id == midwife  # the first, for older readers

    loaded.occupation_ids = [paramedic, nurse]
    loaded.occupation_id = None
    store.contacts.update(loaded)
    again = store.contacts.get(added.id)
    assert again.occupation_ids == [paramedic, nurse]
    assert again.occupation_id == paramedic
    # Listing by occupation goes by every occupation a person has, not only the first.
    assert [c.id for c in store.contacts.list(nurse)] == [added.id]
    assert store.contacts.list(midwife) == []
    assert [c.id for c in store.contacts.list(paramedic)] == [added.id]


def test_an_older_caller_setting_only_the_occupation_id_still_works(store):
    nurse, midwife, _ = _three(store)
    added = store.contacts.add(Contact("Sam", occupation_id=nurse))
    assert store.contacts.get(added.id).occupation_ids == [nurse]
    moved = store.contacts.add(Contact("Kim", occupation_ids=[nurse]))
    moved.occupation_id = midwife
    assert store.contacts.update(moved).occupation_ids == [midwife, nurse]


def test_removing_an_occupation_keeps_the_persons_others_with_the_next_first(store):
    nurse, midwife, paramedic = _three(store)
    added = store.contacts.add(Contact("Ada", occupation_ids=[nurse, midwife, paramedic]))
    store.occupations.delete(nurse)
    loaded = store.contacts.get(added.id)
    assert loaded.occupation_ids == [midwife, paramedic]
    assert loaded.occupation_id == midwife
    progress = {row.occupation.id: row.found for row in store.reads.occupation_progress()}
    assert progress == {midwife: 1, paramedic: 1}


def test_progress_counts_each_occupation_a_person_has(store):
    nurse, midwife, _ = _three(store)
    store.contacts.add(Contact("Ada", occupation_ids=[nurse, midwife], status=ContactStatus.SCHEDULED))
    store.contacts.add(Contact("Bo", occupation_ids=[midwife]))
    rows = {row.occupation.id: row for row in store.reads.occupation_progress()}
    assert (rows[nurse].found, rows[nurse].contacted, rows[nurse].scheduled) == (1, 1, 1)
    assert (rows[midwife].found, rows[midwife].contacted, rows[midwife].scheduled) == (2, 1, 1)


def test_every_email_and_phone_keeps_its_label_and_order(store):
    added = store.contacts.add(Contact("Ada"))
    person = PersonDetails(
        contact=added,
        emails=[LabelledValue("ada@work.example", "work"), LabelledValue("ada@home.example", "Private")],
        phones=[LabelledValue("+44 20 7946 0000", "cell"), LabelledValue("  ", "home")],
    )
    store.contacts.save_person(person)
    loaded = store.contacts.person(added.id)
    assert loaded.emails == [LabelledValue("ada@work.example", "work"), LabelledValue("ada@home.example", "Private")]
    assert loaded.phones == [LabelledValue("+44 20 7946 0000", "cell")]  # an empty row is not kept
    assert (loaded.contact.email, loaded.contact.phone) == ("ada@work.example", "+44 20 7946 0000")
    # The card step reads the same labelled details.
    card = store.cards.card(added.id)
    assert [(e.value, e.label) for e in card.emails] == [("ada@work.example", "work"), ("ada@home.example", "Private")]
    loaded.emails.reverse()
    store.contacts.save_person(loaded)
    assert store.contacts.get(added.id).email == "ada@home.example"


def test_a_vcard_gives_given_and_family_from_its_n_never_from_the_name_shown(store, clock):
    importer = ContactImportRepository(store.contacts._sessions, clock)
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Mary Ann de la Cruz\r\nN:de la Cruz;Mary,Ann;;Dr.;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Prince\r\nEND:VCARD\r\n"
    )
    cards = [found.card for found in read_vcard_file(data).cards]
    with_n, without_n = (store.contacts.get(i) for i in importer.import_cards(cards))
    assert (with_n.given_name, with_n.family_name) == ("Mary Ann", "de la Cruz")
    assert (without_n.given_name, without_n.family_name) == ("", "")
    exported = {p.contact_id: p.card for p in importer.people_for_export()}
    assert exported[with_n.id].name.prefixes == ("Dr.",)  # the card's own N while it still holds
    assert exported[without_n.id].name is None


def test_the_export_writes_the_given_and_family_names_as_they_are_now(store, clock):
    importer = ContactImportRepository(store.contacts._sessions, clock)
    card = read_vcard_file("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n").cards[0].card
    [contact_id] = importer.import_cards([card])
    contact = store.contacts.get(contact_id)
    contact.family_name, contact.full_name = "Lee-Park", "Ann Lee-Park"
    store.contacts.update(contact)
    [person] = importer.people_for_export()
    text = write_vcards([(person.card, person.uid, person.revised)], "4.0")
    assert "N:Lee-Park;Ann;;;" in text.replace("\r\n ", "")
    [again] = read_vcards(text)
    assert (again.card.name.family, again.card.name.given) == (("Lee-Park",), ("Ann",))


def test_the_json_export_carries_names_occupations_and_drafts_and_imports_back(tmp_path, migrated_database):
    folders = []
    for name in ("data", "empty"):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copyfile(migrated_database, folder / "infointerview.db")
        folders.append(folder)
    data, empty = folders
    seed(data / "infointerview.db")
    first = export_json(data / "infointerview.db", data / "attachments", tmp_path / "one.json", NOW)
    tables = first["tables"]
    assert tables["contacts"][0]["given_name"] == "Zoë" and tables["contacts"][0]["family_name"] == "Person 1"
    assert {(r["contact_id"], r["position"]) for r in tables["contact_occupations"]} >= {(1, 0), (1, 1)}
    assert tables["outreach_drafts"] and tables["outreach_attempts"]
    _summary, document = read_import(tmp_path / "one.json")
    import_document(empty / "infointerview.db", empty / "attachments", document)
    second = export_json(empty / "infointerview.db", empty / "attachments", tmp_path / "two.json", NOW)
    assert json.dumps(second["tables"], sort_keys=True) == json.dumps(tables, sort_keys=True)


def test_the_people_list_reads_everyone_with_occupations_in_order_and_the_latest_interaction(store):
    import sqlite3

    nurse, midwife, _ = _three(store)
    ana = store.contacts.add(Contact("ana Ruiz", occupation_ids=[midwife, nurse], status=ContactStatus.CONTACTED))
    bo = store.contacts.add(Contact("Bo Chen"))
    store.contacts.save_person(
        PersonDetails(
            store.contacts.get(bo.id), [LabelledValue("bo@x.example", "work"), LabelledValue("bo@y.example", "home")]
        )
    )
    connection = sqlite3.connect(store.reads._database)
    with connection:
        connection.executemany(
            "INSERT INTO outreach_attempts (contact_id, attempted_at, channel) VALUES (?, ?, 'phone')",
            [(ana.id, "2026-11-03 09:00:00.000000"), (ana.id, "2026-11-20 17:30:00.000000")],
        )
    connection.close()
    rows = store.reads.people()
    assert [row.full_name for row in rows] == ["ana Ruiz", "Bo Chen"]  # by name, whatever the case
    assert rows[0].occupation_ids == (midwife, nurse)
    assert rows[0].status is ContactStatus.CONTACTED
    assert rows[0].last_interaction == datetime(2026, 11, 20, 17, 30, tzinfo=UTC)
    assert rows[1].last_interaction is None
    assert store.reads.person_row(bo.id) == rows[1]
    emails = store.reads.people_emails()
    assert set(emails[bo.id].split()) == {"bo@x.example", "bo@y.example"}
    assert emails[ana.id].strip() == ""


def test_a_referral_added_in_the_wrap_up_is_found_for_the_interviews_occupation(store):
    from app.core.entities import Interview
    from app.core.wrapup import Referral

    nurse, _, _ = _three(store)
    ana = store.contacts.add(Contact("Ana", occupation_ids=[nurse]))
    interview = store.interviews.add(Interview(ana.id, nurse))
    referral = store.wrapups.add_referral(interview.id, Referral("Li Wei", "li@example.org", may_use_name=True))
    assert store.contacts.get(referral.id).occupation_ids == [nurse]
    found = {row.occupation.id: row.found for row in store.reads.occupation_progress()}
    assert found[nurse] == 2
