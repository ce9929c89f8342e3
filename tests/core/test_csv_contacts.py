"""CSV contacts as Google Contacts, Outlook, LinkedIn and Excel write them: decoded, the header found,
the preset recognised, the columns mapped, and every row previewed with its problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.csv_contacts import (
    ColumnRole,
    ContactField,
    CsvError,
    PresetKind,
    ProblemKind,
    detect_preset,
    preset_mapping,
    preview_rows,
    read_csv_contacts,
    read_csv_table,
    with_role,
)
from app.core.vcard import AddressParts, LabelledValue, StructuredName

SAMPLES = Path(__file__).parent / "csv"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def kinds(row) -> list[ProblemKind]:
    return [problem.kind for problem in row.problems]


def test_google_contacts_keeps_labels_structured_name_units_address_parts_and_notes():
    table, preview = read_csv_contacts(sample("google-contacts.csv"), "US")
    assert (table.preset, table.delimiter, table.header_line) == (PresetKind.GOOGLE, ",", 1)
    maria, kenji, nameless = preview.rows
    card = maria.card
    assert card.full_name == "Maria Ann Lopez"
    assert card.name == StructuredName(family=("Lopez",), given=("Maria",), additional=("Ann",), prefixes=("Dr.",))
    assert (card.organisation, card.units, card.job_title) == ("Riverside Clinic", ["Outpatient"], "Physical Therapist")
    assert card.emails == [
        LabelledValue("maria.lopez@riverside.example", "work"),  # "* Work": the star marks the main one
        LabelledValue("maria@home.example", "home"),
    ]
    # "Mobile" is a cell phone; " ::: " holds two numbers in one cell; each formatted by phonenumbers.
    assert card.phones == [
        LabelledValue("+1 650-253-0000", "cell"),
        LabelledValue("+1 650-555-0142", "work"),
        LabelledValue("+1 650-555-0143", "work"),
    ]
    assert card.address == "1600 Amphitheatre Pkwy\nMountain View, CA 94043\nUS"
    assert card.address_parts == AddressParts(
        street="1600 Amphitheatre Pkwy", city="Mountain View", region="CA", code="94043", country="US", label="work"
    )
    assert card.websites == ["https://riverside.example/staff/lopez"]
    assert card.note == "Met at the career fair.\nPrefers email."
    assert maria.problems == [] and maria.line == 2
    assert kenji.line == 6  # Maria's notes span three lines of the file
    assert kenji.card.phones == [LabelledValue("+81 3-1234-5678", "Assistant")]  # a custom label, as typed
    assert kenji.card.emails == [LabelledValue("kenji@tanaka.example", "other")]
    assert kinds(nameless) == [ProblemKind.NO_NAME] and not nameless.importable
    assert [card.full_name for card in preview.importable_cards()] == ["Maria Ann Lopez", "Kenji Tanaka"]


def test_outlook_in_windows_1252_reads_accents_and_takes_title_as_the_name_prefix():
    table, preview = read_csv_contacts(sample("outlook-cp1252.csv"), "FR")
    assert (table.preset, table.delimiter, len(table.header)) == (PresetKind.OUTLOOK, ",", 92)
    jerome, sam = preview.rows
    card = jerome.card
    assert card.full_name == "Jérôme Müller"
    assert card.name.prefixes == ("Mr.",)  # Outlook's "Title" column is Mr./Dr., never the job
    assert (card.organisation, card.units, card.job_title) == ("Café Société", ["Ventes"], "Directeur commercial")
    assert card.phones == [LabelledValue("+33 1 42 68 53 00", "work"), LabelledValue("+33 6 12 34 56 78", "cell")]
    assert card.address_parts == AddressParts(
        street="12 rue de la Paix", city="Paris", code="75002", country="France", label="work"
    )
    assert card.note == "Rencontré à la conférence — très ouvert."
    assert jerome.problems == []
    # Home street and its second line become one street, in the home address.
    assert sam.card.address_parts.street == "4 Elm St\nApt 2"
    assert sam.card.address_parts.label == "home"
    assert sam.card.full_name == "Sam O’Neil"


def test_a_semicolon_delimited_german_outlook_export():
    table, preview = read_csv_contacts(sample("outlook-german-semicolon.csv"), "DE")
    assert (table.preset, table.delimiter) == (PresetKind.OUTLOOK, ";")
    juergen, anna = preview.rows
    assert juergen.card.full_name == "Jürgen Weiß"
    assert juergen.card.name.prefixes == ("Frau",)
    assert juergen.card.phones == [LabelledValue("+49 89 1234567", "work"), LabelledValue("+49 1512 3456789", "cell")]
    assert juergen.card.address_parts.city == "München"
    assert juergen.card.websites == ["www.baeckerei-weiss.example"]
    assert juergen.card.note == "Kennt die Ausbildung; sehr hilfsbereit."
    # An email email-validator refuses is flagged and kept as written; the row is still imported.
    assert kinds(anna) == [ProblemKind.EMAIL]
    assert anna.card.emails == [LabelledValue("anna.schroeder(at)stadtwerke.example", "")]
    assert "anna.schroeder(at)stadtwerke.example" in str(anna.problems[0].message)
    assert anna.importable
    assert len(preview.importable_cards()) == 2


def test_linkedin_connections_skips_the_notes_before_its_header():
    table, preview = read_csv_contacts(sample("linkedin-connections.csv"), "US")
    assert (table.preset, table.header_line) == (PresetKind.LINKEDIN, 4)
    assert table.header == ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
    priya, tom, zoe = preview.rows
    assert (priya.line, priya.card.full_name, priya.card.job_title) == (5, "Priya Raman", "Director, Patient Services")
    assert priya.card.websites == ["https://www.linkedin.com/in/priya-raman-1a2b3c"]
    assert priya.card.emails == []  # LinkedIn leaves most emails out
    assert tom.card.emails == [LabelledValue("tom.becker@gmail.com", "")]
    assert zoe.card.full_name == "Zoë Ng" and zoe.card.organisation == ""
    assert all(row.problems == [] for row in preview.rows)


def test_excel_utf8_with_bom_multi_line_address_and_a_malformed_row():
    table, preview = read_csv_contacts(sample("excel-bom-utf8.csv"), "US")
    assert table.header[0] == "Name"  # the byte-order mark is not part of the first column's name
    assert table.preset is PresetKind.OTHER
    assert preset_mapping(PresetKind.OTHER, table.header) == (
        ColumnRole(ContactField.FULL_NAME),
        ColumnRole(ContactField.ORGANISATION),
        ColumnRole(ContactField.TITLE),
        ColumnRole(ContactField.EMAIL),
        ColumnRole(ContactField.PHONE),
        ColumnRole(ContactField.ADDRESS),
        ColumnRole(ContactField.NOTES),
    )
    by_line = {row.line: row for row in preview.rows}
    assert sorted(by_line) == [2, 4, 5, 6, 7]
    assert by_line[2].card.address == "1 Navy Pentagon\nWashington, DC 20350"
    assert by_line[2].card.phones == [LabelledValue("+1 202-555-0101", "")]
    alan = by_line[4]
    assert kinds(alan) == [ProblemKind.EMAIL, ProblemKind.PHONE] and alan.importable
    assert alan.card.phones == [LabelledValue("not a number", "")]  # kept as typed
    ada = by_line[5]
    assert kinds(ada) == [ProblemKind.FIELD_COUNT] and not ada.importable
    assert "8 fields" in str(ada.problems[0].message) and "7" in str(ada.problems[0].message)
    assert kinds(by_line[6]) == [ProblemKind.NO_NAME]
    names = [card.full_name for card in preview.importable_cards()]
    assert names == ["Grace Hopper", "Alan Turing", "Katherine Johnson"]
    assert [row.line for row in preview.left_out] == [5, 6]


def test_excel_unicode_text_is_utf16_with_tabs():
    table, preview = read_csv_contacts(sample("excel-utf16-tab.csv"), "SE")
    assert table.delimiter == "\t"
    (asa,) = preview.rows
    assert asa.card.full_name == "Åsa Lindqvist"
    assert asa.card.phones == [LabelledValue("+46 70 123 45 67", "cell")]


def test_the_sniffer_finds_the_delimiter_of_a_file_no_preset_knows():
    data = "Nom;Prénom;Courriel;Téléphone\nCurie;Marie;marie@example.fr;01 44 27 12 34\n"
    table, preview = read_csv_contacts(data, "FR")
    assert (table.delimiter, table.preset) == (";", PresetKind.OTHER)
    (marie,) = preview.rows
    assert marie.card.full_name == "Marie Curie"
    assert marie.card.emails == [LabelledValue("marie@example.fr", "")]
    assert marie.card.phones == [LabelledValue("+33 1 44 27 12 34", "")]


def test_the_region_decides_how_numbers_without_a_plus_are_read():
    data = "Name,Phone\nA,06 12 34 56 78\n"
    assert read_csv_contacts(data, "FR")[1].rows[0].card.phone == "+33 6 12 34 56 78"
    in_us = read_csv_contacts(data, "US")[1].rows[0]
    assert in_us.card.phone == "06 12 34 56 78" and kinds(in_us) == [ProblemKind.PHONE] and in_us.importable
    unknown = read_csv_contacts(data, None)[1].rows[0]
    assert unknown.card.phone == "06 12 34 56 78" and unknown.problems == []  # no country: kept, nothing to say


def test_the_person_changes_the_mapping():
    table = read_csv_table(sample("google-contacts.csv"))
    preset = preset_mapping(table.preset, table.header)
    email_column = table.header.index("E-mail 1 - Value")
    labels_column = table.header.index("Labels")
    left_out = with_role(preset, email_column, ContactField.IGNORE, preset)
    maria = preview_rows(table, left_out, "US").rows[0].card
    assert [email.value for email in maria.emails] == ["maria@home.example"]
    # Chosen again, the column gets its preset's label back.
    again = with_role(left_out, email_column, ContactField.EMAIL, preset)
    assert again == preset
    as_notes = with_role(preset, labels_column, ContactField.NOTES, preset)
    assert preview_rows(table, as_notes).rows[0].card.note.endswith("* myContacts")
    assert as_notes[labels_column] == ColumnRole(ContactField.NOTES)


def test_a_name_column_chosen_by_hand_makes_a_nameless_row_importable():
    table = read_csv_table("Who,Mail\nAda Lovelace,ada@example.com\n")
    mapping = preset_mapping(table.preset, table.header)
    assert mapping == (ColumnRole(), ColumnRole(ContactField.EMAIL))
    assert kinds(preview_rows(table, mapping).rows[0]) == [ProblemKind.NO_NAME]
    chosen = with_role(mapping, 0, ContactField.FULL_NAME, mapping)
    assert preview_rows(table, chosen).importable_cards()[0].full_name == "Ada Lovelace"


def test_presets_are_recognised_from_their_header():
    assert detect_preset(read_csv_table(sample("google-contacts.csv")).header) is PresetKind.GOOGLE
    assert detect_preset(["First Name", "Last Name", "Email Address", "Company", "Position"]) is PresetKind.LINKEDIN
    assert (
        detect_preset(["First Name", "Last Name", "E-mail Address", "Business Phone", "Company"]) is PresetKind.OUTLOOK
    )
    assert detect_preset(["Name", "Email", "Phone"]) is PresetKind.OTHER


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "no header row"),
        (b"\x00\x01\x02binary\x00", "not text"),
    ],
)
def test_files_that_are_not_tables_are_refused_in_words(data, words):
    with pytest.raises(CsvError) as refused:
        read_csv_table(data)
    assert words in str(refused.value)


def test_rows_with_only_empty_cells_are_skipped():
    table = read_csv_table("Name,Email\r\n,\r\n\r\nAda,ada@example.com\r\n")
    assert [(row.line, row.values) for row in table.rows] == [(4, ("Ada", "ada@example.com"))]
