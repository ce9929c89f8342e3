from pathlib import Path

import pytest

from app.core.vcard import read_vcard_file, read_vcards, write_vcards
from app.store.contact_import import ContactImportRepository

SAMPLES = Path(__file__).parents[1] / "core" / "vcards"


@pytest.fixture
def importer(store, clock):
    return ContactImportRepository(store.contacts._sessions, clock)


@pytest.mark.parametrize(
    "sample",
    ["android-contacts-2.1.vcf", "iphone-17-3.0.vcf", "gmail-3.0.vcf", "outlook-2016-2.1.vcf", "thunderbird-4.0.vcf"],
)
@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_imported_cards_export_and_import_again_as_they_were(importer, sample, version):
    cards = [imported.card for imported in read_vcard_file((SAMPLES / sample).read_bytes()).cards]
    importer.import_cards(cards)
    first = importer.people_for_export()
    assert [person.card.full_name for person in first] == [card.full_name for card in cards]
    exported = write_vcards(((person.card, person.uid, person.revised) for person in first), version)
    again = [imported.card for imported in read_vcards(exported)]
    # Re-imported, each card is the exported one, its UID included.
    assert again == [_with_uid(person.card, person.uid) for person in first]
    importer.import_cards(again)
    second = importer.people_for_export()[len(first) :]
    assert [person.card for person in second] == again
    assert write_vcards(((p.card, p.uid, p.revised) for p in second), version) == exported


def _with_uid(card, uid):
    card.uid = uid
    return card


def test_every_labelled_email_and_phone_and_the_name_are_kept(importer, store):
    [card] = [imported.card for imported in read_vcard_file((SAMPLES / "iphone-17-3.0.vcf").read_bytes()).cards]
    [contact_id] = importer.import_cards([card])
    contact = store.contacts.get(contact_id)
    assert (contact.email, contact.phone) == ("haruki@city.example.jp", "+81 90 1234 5678")
    [person] = importer.people_for_export()
    assert [(item.value, item.label) for item in person.card.phones][1] == (
        "+81 75 222 3111",
        "Front desk (ask for planning)",
    )
    assert person.card.name == card.name
    assert person.card.units == ["Urban Planning Bureau"]


def test_a_person_keeps_the_same_uid_from_one_export_to_the_next(importer, store):
    from app.core.entities import Contact

    store.contacts.add(Contact("Kim Lee"))
    first = importer.people_for_export()[0].uid
    assert first.startswith("urn:uuid:")
    assert importer.people_for_export()[0].uid == first
    assert importer.people_for_export()[0].card.name is None  # never made up from "Kim Lee"


def test_a_name_or_organisation_typed_on_the_card_step_drops_the_imported_n_and_units(importer, store, clock):
    from app.store.business_card_repository import BusinessCardRepository

    cards = BusinessCardRepository(store.contacts._sessions, clock)
    [card] = [imported.card for imported in read_vcard_file((SAMPLES / "iphone-17-3.0.vcf").read_bytes()).cards]
    [contact_id] = importer.import_cards([card])
    cards.save_card(contact_id, cards.card(contact_id))  # saved unchanged: everything is kept
    assert importer.people_for_export()[0].card.name == card.name
    assert importer.people_for_export()[0].card.units == card.units
    typed = cards.card(contact_id)
    typed.full_name = "Haruki N."
    typed.organisation = "Kyoto Prefecture"
    cards.save_card(contact_id, typed)
    [person] = importer.people_for_export()
    assert (person.card.name, person.card.units) == (None, [])
    assert person.card.emails == card.emails
