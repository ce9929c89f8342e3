import pytest

from app.core.entities import Contact
from app.core.vcard import CardDetails, LabelledValue
from app.store.business_card_repository import AttachmentError, BusinessCardRepository


@pytest.fixture
def cards(store, clock, tmp_path):
    return BusinessCardRepository(store.contacts._sessions, clock, tmp_path / "data" / "attachments")


@pytest.fixture
def contact(store):
    return store.contacts.add(Contact("Ana Lima"))


def test_business_card_goes_onto_the_contact_and_its_details(cards, contact):
    card = CardDetails(
        full_name="Ana Lima",
        organisation="City Planning",
        job_title="Senior planner",
        emails=[LabelledValue("ana@city.example"), LabelledValue("ana@home.example", "home")],
        phones=[LabelledValue("+1 555 0100"), LabelledValue("+1 555 0101", "cell")],
        address="1 Main St\nSpringfield",
        websites=["https://city.example", "https://ana.example"],
    )
    saved = cards.save_card(contact.id, card)
    assert (saved.email, saved.phone, saved.website) == (
        "ana@city.example",
        "+1 555 0100",
        "https://city.example",
    )
    assert cards.card(contact.id) == card
    card.emails = card.emails[:1]
    cards.save_card(contact.id, card)
    assert cards.card(contact.id).emails == [LabelledValue("ana@city.example")]


def test_card_image_is_copied_into_attachments(cards, contact, tmp_path):
    source = tmp_path / "card.JPG"
    source.write_bytes(b"\xff\xd8 fake jpeg")
    attached = cards.attach_card_image(contact.id, source)
    stored = cards.card_image_file(attached)
    assert stored.parent == tmp_path / "data" / "attachments"
    assert stored.read_bytes() == b"\xff\xd8 fake jpeg"
    assert stored.suffix == ".jpg"
    assert stored.stat().st_mode & 0o777 == 0o600
    again = cards.attach_card_image(contact.id, source)
    assert not stored.exists()  # the replaced picture does not linger
    assert cards.card_image_file(again).exists()


def test_card_image_problems_have_messages(cards, contact, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("x")
    with pytest.raises(AttachmentError, match="not an image"):
        cards.attach_card_image(contact.id, text)
    with pytest.raises(AttachmentError, match="cannot be read"):
        cards.attach_card_image(contact.id, tmp_path / "missing.png")


def test_no_attachments_folder_means_a_clear_message(store, clock, contact, tmp_path):
    source = tmp_path / "card.png"
    source.write_bytes(b"png")
    cards = BusinessCardRepository(store.contacts._sessions, clock)
    with pytest.raises(AttachmentError, match="attachments folder"):
        cards.attach_card_image(contact.id, source)


def test_the_first_email_and_phone_keep_their_labels(cards, contact):
    card = CardDetails(
        full_name="Ana Lima",
        emails=[LabelledValue("ana@city.example", "work"), LabelledValue("ana@home.example", "home")],
        phones=[LabelledValue("+1 555 0100", "x-assistant")],
    )
    saved = cards.save_card(contact.id, card)
    assert (saved.email, saved.phone) == ("ana@city.example", "+1 555 0100")
    assert cards.card(contact.id).emails == card.emails
    assert cards.card(contact.id).phones == card.phones


def test_a_card_saved_as_typed_without_a_name_keeps_the_stored_name(cards, contact):
    cards.save_card(contact.id, CardDetails(full_name="", emails=[LabelledValue("not an email yet")]))
    stored = cards.card(contact.id)
    assert stored.full_name == "Ana Lima"
    assert stored.emails == [LabelledValue("not an email yet")]
