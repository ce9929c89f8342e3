"""Reading large address books quickly must read every card as vobject.readOne reads it.

The reader hands most cards to vobject's line parser and value decoders directly (building
vobject's objects for every line was most of the time of a 10,000-card import); these tests
compare it with vobject.readOne on real exports, damaged ones and the cases it leaves to
vobject.readOne, and check that a file of megabytes keeps its line numbers.
"""

from __future__ import annotations

import base64
import random
from dataclasses import asdict
from pathlib import Path

import pytest
import vobject
import vobject.vcard
from vobject.icalendar import stringToTextValues

import app.core.vcard as vcard_module
from app.core.vcard import VCardError, read_vcard_file
from benchmarks.vcard_import import WRITERS, mixed_book

SAMPLES = Path(__file__).parent / "vcards"


def _outcome(data: bytes):
    """What reading ``data`` gives, in plain values that compare."""
    try:
        found = read_vcard_file(data)
    except VCardError as error:
        return str(error)
    cards = [
        (
            imported.number,
            asdict(imported.card),
            [(p.field, p.index, p.value, str(p.message)) for p in imported.problems],
        )
        for imported in found.cards
    ]
    return cards, [(refused.number, refused.name, str(refused.reason)) for refused in found.refused]


def _through_read_one(lines: list[str]):
    return vobject.readOne("\r\n".join(lines) + "\r\n")


def _both(monkeypatch, data: bytes):
    quick = _outcome(data)
    with monkeypatch.context() as patch:
        patch.setattr(vcard_module, "_read_component", _through_read_one)
        whole = _outcome(data)
    return quick, whole


@pytest.mark.parametrize("sample", sorted(path.name for path in SAMPLES.glob("*.vcf")))
def test_every_real_export_reads_as_vobject_read_one_reads_it(monkeypatch, sample):
    original = (SAMPLES / sample).read_bytes()
    quick, whole = _both(monkeypatch, original)
    assert quick == whole
    generator = random.Random(sample)
    for _ in range(60):  # damaged copies: the same cards refused, for the same reasons
        damaged = bytearray(original)
        for _ in range(generator.randint(1, 6)):
            damaged[generator.randrange(len(damaged))] = ord(generator.choice("\\,;=:\r\n \tA"))
        quick, whole = _both(monkeypatch, bytes(damaged))
        assert quick == whole, bytes(damaged)


CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\n{lines}\r\nEND:VCARD\r\n"


@pytest.mark.parametrize(
    "lines",
    [
        # escapes and separators, decoded by vobject
        "FN:Ann O'Brien\r\nN:O\\;Brien;Ann\\,Marie,Jo;;Dr.;\r\nORG:Acme\\; Sons;R&D;;\r\nNOTE:one\\ntwo\\, three\\\\",
        "FN:Ann\r\nADR;TYPE=work:;;1 Main St\\nFloor 2;Town;;;\r\nTITLE:a\\,b,c\r\nURL:https\\://example.org/a\\,b",
        "FN:Ann\r\nN:;;;;\r\nORG:;\r\nEMAIL;TYPE=INTERNET,WORK;TYPE=pref:ann@example.org\r\nTEL;CELL;PREF:+1 555 0100",
        # left to vobject.readOne: an encoded value, a component inside the card
        "FN:Ann\r\nNOTE;ENCODING=b:" + base64.b64encode("Café".encode()).decode(),
        "FN:Ann\r\nNOTE;BASE64:" + base64.b64encode(b"note").decode(),
        "FN:Ann\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR",
        "FN:Ann\r\nBEGIN:VCALENDAR",
        "FN:Ann\r\nEND:VCALENDAR",
        # a quoted-printable value that runs on into END:VCARD: the card is not closed
        "FN:Ann\r\nNOTE;ENCODING=QUOTED-PRINTABLE:runs on=",
    ],
)
def test_unusual_values_read_as_vobject_read_one_reads_them(monkeypatch, lines):
    quick, whole = _both(monkeypatch, CARD.format(lines=lines).encode("utf-8"))
    assert quick == whole


def test_escaped_parts_are_kept_as_the_card_writes_them():
    lines = "FN:Ann O'Brien\r\nN:O\\;Brien;Ann\\,Marie,Jo;;Dr.;\r\nORG:Acme\\; Sons;R&D;;\r\nNOTE:one\\ntwo\\, three"
    card = read_vcard_file(CARD.format(lines=lines).encode()).cards[0].card
    assert card.name.family == ("O;Brien",)
    assert card.name.given == ("Ann,Marie", "Jo")
    assert card.name.prefixes == ("Dr.",)
    assert (card.organisation, card.units) == ("Acme; Sons", ["R&D"])
    assert card.note == "one\ntwo, three"


def test_values_are_decoded_exactly_as_vobject_decodes_them():
    generator = random.Random(12)
    for _ in range(20_000):
        value = "".join(generator.choice('ab\\;,nN :"') for _ in range(generator.randint(0, 10)))
        assert vcard_module._text_values(value) == stringToTextValues(value), value
        assert vcard_module._split_fields(value) == vobject.vcard.splitFields(value), value


def test_a_file_of_megabytes_keeps_every_card_and_its_line_numbers(monkeypatch):
    picture = base64.b64encode(bytes(range(256)) * 40).decode()
    folded = "\r\n ".join(picture[at : at + 74] for at in range(0, len(picture), 74))
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD"
        for n in range(400)
    ]
    cards[377] = cards[377].replace("FN:Person 377", 'FN:Person 377\r\nEMAIL;TYPE="WORK:broken')
    text = "\r\n".join(cards) + "\r\n"
    damaged_line = text.split("\r\n").index('EMAIL;TYPE="WORK:broken') + 1
    data = text.encode()
    assert len(data) > 5 * vcard_module._CHUNK
    for chunk in (vcard_module._CHUNK, 997, 64):  # lines cut at many places, in the middle of cards
        monkeypatch.setattr(vcard_module, "_CHUNK", chunk)
        found = read_vcard_file(data)
        assert [imported.card.full_name for imported in found.cards] == [f"Person {n}" for n in range(400) if n != 377]
        assert [refused.number for refused in found.refused] == [378]
        assert f"line {damaged_line} " in str(found.refused[0].reason)


def test_the_benchmark_address_book_is_read_whole_with_its_labels():
    data, shapes = mixed_book(120)
    assert set(shapes) == set(WRITERS)
    found = read_vcard_file(data)
    assert len(found.cards) == 120 and not found.refused
    iphone = found.cards[shapes.index("iphone")].card
    assert [email.label for email in iphone.emails] == ["other", "Conference badge address"]
    assert [phone.label for phone in iphone.phones] == ["cell", "Front desk (ask for planning)", "work"]
    android = found.cards[shapes.index("android")].card
    assert android.name.prefixes == ("Dr.",) and android.note.endswith("razgovor o poslu\nDruga linija")
