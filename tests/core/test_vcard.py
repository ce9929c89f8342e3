from pathlib import Path

import pytest

import app.core.vcard as vcard_module
from app.core.vcard import (
    AddressParts,
    CardDetails,
    LabelledValue,
    VCardError,
    email_problem,
    phone_problem,
    read_vcards,
    write_vcard,
)

SAMPLES = Path(__file__).parent / "vcards"


def _read(name: str):
    return read_vcards((SAMPLES / name).read_bytes())


def _card() -> CardDetails:
    return CardDetails(
        full_name="Zoë Ðorđević-Ångström",
        organisation="Acme, Inc.; Research",
        job_title="Directrice générale — 研究",
        emails=[LabelledValue("zoe@example.rs", "work"), LabelledValue("z.home@example.org", "home")],
        phones=[LabelledValue("+381 11 123 4567", "cell"), LabelledValue("+1 (555) 010-2030 ext. 7", "work")],
        address="Knez Mihailova 1\nBeograd 11000\nSrbija",
        websites=["https://example.rs/zoe", "https://blog.example.rs"],
        address_parts=AddressParts(street="Knez Mihailova 1\nBeograd 11000\nSrbija"),
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip_keeps_every_field(version):
    text = write_vcard(_card(), version)
    assert f"VERSION:{version}\r\n" in text
    [imported] = read_vcards(text)
    assert imported.card == _card()
    assert imported.problems == []


def test_written_lines_are_folded_at_75_octets():
    card = _card()
    card.job_title = "Ünïcödé " * 30
    text = write_vcard(card)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert read_vcards(text)[0].card.job_title == card.job_title.strip()


def test_apple_contacts_3_0_card_with_groups_folding_and_danish_letters():
    [imported] = _read("apple-3.0.vcf")
    card = imported.card
    assert card.full_name == "Søren Østergaard"  # FN was folded inside the family name
    assert card.organisation == "Københavns Kommune"
    assert card.job_title == "Byplanlægger"
    assert [(item.value, item.label) for item in card.emails] == [
        ("soren@kk.example.dk", "work"),
        ("soren.home@example.dk", "home"),
    ]
    assert [item.value for item in card.phones] == ["+45 20 12 34 56", "+45 33 66 33 66"]
    assert card.phones[0].label == "cell"
    assert "Islands Brygge 37" in card.address and "Danmark" in card.address
    assert card.websites == ["https://www.kk.example.dk/byplan"]
    assert imported.problems == []


def test_google_3_0_file_with_two_cards_including_japanese():
    first, second = _read("google-3.0.vcf")
    assert first.card.full_name == "José Álvarez"
    assert first.card.job_title == "Arquitecto técnico"
    assert len(first.card.emails) == 2
    assert first.card.phones[1].value == "(91) 555-01-23 ext. 12"
    assert first.problems == []
    assert second.card.full_name == "山田 太郎"
    assert second.card.email == "taro.yamada@example.jp"


def test_rfc6350_example_card_with_folded_address_and_tel_uris():
    [imported] = _read("rfc6350-4.0.vcf")
    card = imported.card
    assert card.full_name == "Simon Perreault"
    assert card.organisation == "Viagenie"
    assert card.email == "simon.perreault@viagenie.ca"
    assert [phone.value for phone in card.phones] == ["+1-418-656-9254;ext=102", "+1-418-262-6501"]
    assert card.address.splitlines() == ["Suite D2-630", "2875 Laurier", "Quebec QC G1V 2M2", "Canada"]
    assert card.websites == ["http://nomis80.org"]
    assert imported.problems == []


def test_vcard_2_1_quoted_printable_names_are_decoded():
    [imported] = _read("outlook-2.1.vcf")
    assert imported.card.full_name == "Jörg Müller"
    assert imported.card.emails[0].label == "work"


def test_bad_email_and_phone_values_are_kept_and_reported_on_their_field():
    [imported] = _read("bad-values-4.0.vcf")
    assert imported.card.full_name == "Zoë Ðorđević-Ångström"
    assert imported.card.emails[0].value == "zoe at example dot com"
    problems = {(problem.field, problem.index): str(problem.message) for problem in imported.problems}
    assert set(problems) == {("email", 0), ("phone", 0)}
    assert "email address" in problems[("email", 0)]
    assert "phone number" in problems[("phone", 0)]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello world",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Unfinished\n",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN missing colon\r\nEND:VCARD\r\n",
        b"\x00\x01\x02BEGIN:VEVENT",
    ],
)
def test_files_that_are_not_cards_give_a_readable_error(data):
    with pytest.raises(VCardError) as caught:
        read_vcards(data)
    assert str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_nul_characters_are_dropped_not_fatal():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:An\x00na\r\nEND:VCARD\r\n"
    assert read_vcards(text)[0].card.full_name == "Anna"


def test_huge_input_is_refused_with_a_message(monkeypatch):
    monkeypatch.setattr(vcard_module, "MAX_VCARD_BYTES", 1024)
    with pytest.raises(VCardError, match="200 MB"):
        read_vcards(b"BEGIN:VCARD\r\n" + b"NOTE:" + b"x" * 2000)


@pytest.mark.parametrize("good", ["a@b.co", "first.last+tag@sub.example.org", "ünï@exämple.de"])
def test_good_emails_pass(good):
    assert email_problem(good) is None


@pytest.mark.parametrize("bad", ["a@b", "two@@example.org", "a b@example.org", "example.org"])
def test_bad_emails_fail(bad):
    assert email_problem(bad)


@pytest.mark.parametrize("good", ["+44 20 7946 0958", "(555) 010-2030 x12", "555.010.2030", "+1-418-656-9254;ext=102"])
def test_good_phones_pass(good):
    assert phone_problem(good) is None


@pytest.mark.parametrize("bad", ["call me", "12", "+1 555 CALL NOW", "1" * 25])
def test_bad_phones_fail(bad):
    assert phone_problem(bad)


def test_a_card_needs_a_name_to_be_written():
    with pytest.raises(VCardError):
        write_vcard(CardDetails(full_name="  "))


def test_iphone_cards_take_labels_from_their_group_and_tidy_the_name():
    chen, kate = _read("iphone-3.0.vcf")
    assert chen.card.full_name == "陈小明"
    assert [email.label for email in chen.card.emails] == ["其他", "其他"]  # item1.X-ABLabel
    assert chen.card.phones[0].label == "移动电话"
    assert chen.card.address == "北京市海淀区示例路1号"
    assert kate.card.full_name == "Kate Bell"  # "FN: Kate  Bell" as the iOS sample card writes it
    assert [phone.label for phone in kate.card.phones] == ["cell", "main"]
    assert kate.card.websites == ["www.example.com"]


def test_android_2_1_quoted_printable_with_soft_line_breaks():
    [imported] = _read("android-2.1.vcf")
    assert imported.card.full_name == "山田 太郎 のながい名前です"
    assert imported.card.organisation == "株式会社例"
    assert [(phone.value, phone.label) for phone in imported.card.phones] == [
        ("+81-90-5555-0123", "cell"),
        ("+81-3-5555-0199", "work"),
    ]


def test_a_damaged_photo_does_not_stop_the_card_importing():
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nPHOTO;ENCODING=b;TYPE=JPEG:!!!not base64@@\r\n"
        " more!!!\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n"
    )
    [imported] = read_vcards(text)
    assert (imported.card.full_name, imported.card.email) == ("Ana Lima", "ana@example.org")


def test_an_unknown_charset_is_read_as_the_bytes_say():
    [imported] = read_vcards(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=NOPE-99;ENCODING=QUOTED-PRINTABLE:=C3=A9\r\nEND:VCARD\r\n"
    )
    assert imported.card.full_name == "é"


def test_lone_surrogates_are_replaced():
    [imported] = read_vcards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:An\ud800a\r\nEND:VCARD\r\n")
    assert imported.card.full_name == "An?a"


def test_a_damaged_line_is_reported_before_the_reader_can_stall_on_it():
    # This damaged quoted-printable line makes vobject's line pattern backtrack for seconds.
    damaged = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLEj=E5=B1=B1=E7=94=p0=20=E5=A4=AA=E9=83=8E=20=E3=81=AE=E3=81=AA;"
        b"E3=81=8C=E\n=81=84=E5=90=8D=E5=89=8D=\r\n=E3=81=A7=E3=81=99\r\nTEL;CELL;PREF:+81-90-5555-0123\r\n"
        b"END:VCARD\r\n"
    )
    with pytest.raises(VCardError, match="line 3 is damaged"):
        read_vcards(damaged)


def test_problems_and_errors_are_words_to_translate_with_english_for_the_log():
    [imported] = _read("bad-values-4.0.vcf")
    problem = next(problem for problem in imported.problems if problem.field == "email")
    assert problem.message.context == "VCard"
    assert problem.message.args["value"] == "zoe at example dot com"
    with pytest.raises(VCardError) as caught:
        read_vcards(b"hello world")
    assert caught.value.text.context == "VCard"
    assert str(caught.value) == "This is not a vCard file: it has no BEGIN:VCARD line."
