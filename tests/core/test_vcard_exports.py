"""vCards in the shapes real address books write them, and genuine 4.0 and 3.0 written back."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.vcard import (
    AddressParts,
    CardDetails,
    LabelledValue,
    StructuredName,
    read_vcard_file,
    read_vcards,
    write_vcard,
    write_vcards,
)

SAMPLES = Path(__file__).parent / "vcards"


def _read(name: str):
    return read_vcard_file((SAMPLES / name).read_bytes())


def _pairs(items):
    return [(item.value, item.label) for item in items]


def test_android_2_1_export_with_quoted_printable_custom_type_and_photo():
    found = _read("android-contacts-2.1.vcf")
    assert found.refused == []
    ana, chidi = (imported.card for imported in found.cards)
    assert ana.name == StructuredName(family=("Šimić",), given=("Ana",), additional=("Marija",), prefixes=("Dr.",))
    assert ana.full_name == "Dr. Ana Marija Šimić"
    assert (ana.organisation, ana.units) == ("Grad Zagreb", ["Ured za prostorno uređenje"])
    assert _pairs(ana.phones) == [
        ("+385 91 123 4567", "cell"),
        ("+385 1 555 0101", "work"),
        ("+385 1 555 0102", "Assistant"),
    ]
    assert _pairs(ana.emails) == [("ana@example.hr", "home"), ("ana.simic@firma.example.hr", "work")]
    assert ana.address_parts == AddressParts(
        street="Ilica 1", city="Zagreb", code="10000", country="Hrvatska", label="home"
    )
    assert ana.note == ("Upoznali smo se na konferenciji o prostornom planiranju, razgovor o poslu\nDruga linija")
    assert ana.websites == ["https://ana.example.hr"]
    assert _pairs(chidi.phones) == [("+234 803 555 0199", "cell")]


def test_iphone_export_keeps_group_labels_pref_and_unescapes_the_url():
    [imported] = _read("iphone-17-3.0.vcf").cards
    card = imported.card
    assert _pairs(card.emails) == [
        ("haruki@city.example.jp", "other"),
        ("h.nakamura@conference.example.org", "Conference badge address"),
    ]
    assert _pairs(card.phones) == [
        ("+81 90 1234 5678", "cell"),
        ("+81 75 222 3111", "Front desk (ask for planning)"),
        ("+81 75 222 3000", "work"),
    ]
    assert (card.organisation, card.units) == ("Kyoto City Hall", ["Urban Planning Bureau"])
    assert card.websites == ["https://www.city.example.jp/planning"]
    assert card.note == "Met at the library talk.\nPrefers email, not calls."
    assert card.address_parts.label == "work"
    assert imported.problems == []


def test_mac_contacts_export_with_a_company_card():
    amelie, library = (imported.card for imported in _read("mac-contacts-3.0.vcf").cards)
    assert amelie.websites == ["http://atelier.example.fr"]
    assert amelie.emails[0].label == "work"
    assert amelie.phones[0].label == "main"
    assert amelie.address.splitlines() == ["12 rue de la Paix", "Paris 75002", "France"]
    assert library.name is None
    assert library.full_name == "Bibliothèque municipale"
    assert library.units == ["Salle d'étude"]


def test_gmail_export_with_custom_labels_and_a_photo_address():
    [imported] = _read("gmail-3.0.vcf").cards
    card = imported.card
    assert _pairs(card.emails) == [
        ("priya@clinic.example.in", "work"),
        ("priya.r@volunteer.example.org", "Volunteer rota"),
    ]
    assert _pairs(card.phones) == [
        ("+91 98765 43210", "cell"),
        ("+91 44 2345 6789", "Clinic reception, weekday mornings only"),
    ]
    assert card.websites == ["https://clinic.example.in/team/priya"]
    assert card.address_parts.region == "Tamil Nadu"


def test_outlook_export_with_windows_1252_quoted_printable_and_no_charset():
    [imported] = _read("outlook-2016-2.1.vcf").cards
    card = imported.card
    assert card.full_name == "Siobhán O'Brien"
    assert card.note == "Café chat about the harbour – she can show the control room."
    assert _pairs(card.phones) == [
        ("+353 1 887 6000", "work"),
        ("+353 87 123 4567", "cell"),
        ("+353 1 887 6001", "work fax"),
    ]
    assert _pairs(card.emails) == [("siobhan.obrien@port.example.ie", "")]
    assert card.units == ["Engineering"]


def test_lotus_notes_export_with_profile_line_cr_cr_lf_and_a_wrong_charset():
    [imported] = _read("lotus-notes-3.0.vcf").cards
    card = imported.card
    assert card.full_name == "Hans-Peter Keller"
    assert (card.organisation, card.units) == ("Stadtwerke Basel", ["Netze", "Planung"])
    assert card.note == "Gespräch über Netzausbau"
    assert card.email == "hp.keller@stadtwerke.example.ch"


def test_thunderbird_4_0_export():
    [imported] = _read("thunderbird-4.0.vcf").cards
    card = imported.card
    assert _pairs(card.emails) == [("mateus@estaleiro.example.br", ""), ("mateus.costa@example.com.br", "home")]
    assert _pairs(card.phones) == [("+55 21 3333 4444", "work"), ("+55 21 99999 8888", "cell")]
    assert card.uid == "7d1b8a4e-2b33-4e7f-9d0e-9c2f1c0b5a11"
    assert card.name == StructuredName(family=("Costa",), given=("Mateus",))


def test_a_damaged_card_in_the_middle_refuses_only_itself_in_words():
    found = _read("several-one-damaged-3.0.vcf")
    assert [imported.card.full_name for imported in found.cards] == ["First Good", "Last Good"]
    assert [imported.number for imported in found.cards] == [1, 4]
    assert [(refused.number, refused.name) for refused in found.refused] == [(2, "Broken Card"), (3, "Cut Off")]
    assert "line 11 is damaged" in str(found.refused[0].reason)
    assert "cut off" in str(found.refused[1].reason)
    assert all(refused.reason.context == "VCard" for refused in found.refused)


def test_a_card_vobject_cannot_read_is_refused_without_its_message():
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fine\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\r\nEND:VEVENT\r\nEND:VCARD\r\n"
    )
    found = read_vcard_file(text)
    assert [imported.card.full_name for imported in found.cards] == ["Fine"]
    assert str(found.refused[0].reason) == (
        "The card could not be read: one of its lines is not written as vCards are."
    )


def _full_card() -> CardDetails:
    return CardDetails(
        full_name="Dr. Ana Marija Šimić-Ångström",
        organisation="Grad Zagreb, d.o.o.",
        units=["Ured; planiranje", "Tim 2"],
        job_title="Urbanistica",
        emails=[
            LabelledValue("ana@example.hr", "work"),
            LabelledValue("ana@home.example.hr", ""),
            LabelledValue("badge@example.org", "Conference badge address"),
        ],
        phones=[
            LabelledValue("+385 91 123 4567", "cell"),
            LabelledValue("+385 1 555 0101", "work fax"),
            LabelledValue("+385 1 555 0102", "Front desk (ask for planning)"),
        ],
        address="Ilica 1\nZagreb 10000\nHrvatska",
        address_parts=AddressParts(street="Ilica 1", city="Zagreb", code="10000", country="Hrvatska", label="work"),
        websites=["https://example.hr/a,b?x=1"],
        name=StructuredName(
            family=("Šimić-Ångström",), given=("Ana",), additional=("Marija",), prefixes=("Dr.",), suffixes=("PhD",)
        ),
        note="Met at the talk.\nPrefers email, not calls; mornings.",
        uid="urn:uuid:0f5ba6b2-3c8e-5a4b-9d3f-2b6f1e0c9a11",
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_an_export_read_again_gives_back_exactly_what_was_exported(version):
    card = _full_card()
    [imported] = read_vcards(write_vcard(card, version))
    assert imported.card == card


def test_4_0_is_written_as_rfc_6350_says():
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    text = write_vcard(_full_card(), "4.0", revised=moment)
    lines = text.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert "PRODID:-//InfoInterview//InfoInterview//EN" in lines
    assert "REV:20260329T013000Z" in lines
    assert "UID:urn:uuid:0f5ba6b2-3c8e-5a4b-9d3f-2b6f1e0c9a11" in lines
    assert "N:Šimić-Ångström;Ana;Marija;Dr.;PhD" in lines
    assert "TEL;TYPE=work,fax;VALUE=text:+385 1 555 0101" in lines
    assert "URL:https://example.hr/a,b?x=1" in lines
    assert not any("INTERNET" in line.upper() or "TYPE=PREF" in line.upper() for line in lines)


def test_the_name_is_never_invented_from_the_display_name():
    card = CardDetails(full_name="Kim Lee")
    assert not any(line.startswith("N:") for line in write_vcard(card, "4.0").split("\r\n"))
    assert "N:;;;;" in write_vcard(card, "3.0").split("\r\n")  # 3.0 requires N; it stays empty
    assert read_vcards(write_vcard(card, "3.0"))[0].card.name is None


def test_several_cards_written_as_one_file_read_back_in_order():
    cards = [(CardDetails(full_name=f"Person {number}"), f"uid-{number}", None) for number in range(3)]
    found = read_vcard_file(write_vcards(cards, "4.0"))
    assert [(imported.card.full_name, imported.card.uid) for imported in found.cards] == [
        ("Person 0", "uid-0"),
        ("Person 1", "uid-1"),
        ("Person 2", "uid-2"),
    ]


@pytest.mark.parametrize("sample", sorted(path.name for path in SAMPLES.glob("*.vcf")))
def test_every_export_reads_the_same_with_cr_cr_lf_line_ends(sample):
    data = (SAMPLES / sample).read_bytes()
    doubled = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\r\n")
    as_is, written_twice = read_vcard_file(data), read_vcard_file(doubled)
    assert [imported.card for imported in written_twice.cards] == [imported.card for imported in as_is.cards]
    assert len(written_twice.refused) == len(as_is.refused)


def test_a_2_1_picture_whose_data_lines_are_not_indented_is_left_out():
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lind;Eva\r\nFN:Eva Lind\r\nPHOTO;JPEG;ENCODING=BASE64:/9j/4AAQSkZJRgABAQ\r\n"
        "AAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\nHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL=\r\n"
        "\r\nTEL;CELL:+46 70 123 45 67\r\nEND:VCARD\r\n"
    )
    [imported] = read_vcards(text)
    assert (imported.card.full_name, imported.card.phone) == ("Eva Lind", "+46 70 123 45 67")
