"""CSV contacts: what a person is told about a row, in English and in Spanish, short rows, labels and
line breaks kept, a one-column file, and a column the preset has no role for."""

from __future__ import annotations

import pytest

from app.core.csv_contacts import (
    MAX_CSV_BYTES,
    ColumnRole,
    ContactField,
    CsvError,
    PresetKind,
    ProblemKind,
    decode_csv,
    detect_preset,
    preset_mapping,
    preview_rows,
    read_csv_contacts,
    read_csv_table,
    with_role,
)
from app.core.vcard import AddressParts, LabelledValue, StructuredName
from tests.core.spanish import in_spanish


def messages(row) -> list[tuple[ProblemKind, str, str]]:
    return [(problem.kind, str(problem.message), in_spanish(problem.message)) for problem in row.problems]


def test_a_phone_or_email_that_cannot_be_read_is_kept_and_the_person_is_told_why():
    data = "Name,Email,Phone\nAda,ada(at)example.com,not a number\nBo,bo@example.com,+1 555 0100\n"
    _table, preview = read_csv_contacts(data, "US")
    ada, bo = preview.rows
    assert messages(ada) == [
        (
            ProblemKind.EMAIL,
            "“ada(at)example.com” does not look like an email address (name@example.com); it is kept as written.",
            "«ada(at)example.com» no parece una dirección de correo (nombre@example.com); se guarda tal como está "
            "escrita.",
        ),
        (
            ProblemKind.PHONE,
            "“not a number” could not be read as a phone number; it is kept as written.",
            "«not a number» no se pudo leer como número de teléfono; se guarda tal como está escrito.",
        ),
    ]
    assert messages(bo) == [
        (
            ProblemKind.PHONE,
            "“+1 555 0100” does not look like a valid phone number; it is kept as written.",
            "«+1 555 0100» no parece un número de teléfono válido; se guarda tal como está escrito.",
        )
    ]
    assert bo.card.phones == [LabelledValue("+1 555 0100", "")]


def test_without_a_country_a_number_that_is_not_a_number_is_still_flagged():
    _table, preview = read_csv_contacts("Name,Phone\nAda,not a number\nBo,06 12 34 56 78\n", None)
    ada, bo = preview.rows
    assert [problem.kind for problem in ada.problems] == [ProblemKind.PHONE]
    assert bo.problems == []  # no country to read it in: kept as typed, nothing to tell


def test_rows_left_out_say_why_in_spanish_too():
    _table, preview = read_csv_contacts("Name,Email,Phone\nAda,ada@example.com\n,bo@example.com,\n", "US")
    short, nameless = preview.rows
    # A short row is left out with its count, never read past its end.
    assert short.card.full_name == "Ada" and short.card.emails == [LabelledValue("ada@example.com", "")]
    assert messages(short) == [
        (
            ProblemKind.FIELD_COUNT,
            "This row has 2 fields where the header names 3, so it is left out (a comma or quote inside a value "
            "may be missing its quotes).",
            "Esta fila tiene 2 campos y el encabezado nombra 3, así que no se importa (quizá a una coma o unas "
            "comillas dentro de un valor les faltan las comillas).",
        )
    ]
    assert messages(nameless) == [
        (
            ProblemKind.NO_NAME,
            "This row has no name, so it is left out.",
            "Esta fila no tiene nombre, así que no se importa.",
        )
    ]


def test_a_file_refused_says_why_in_words_a_person_can_read():
    with pytest.raises(CsvError) as refused:
        read_csv_table(b"")
    assert str(refused.value.text) == "The file is empty: it has no header row naming its columns."
    assert (
        in_spanish(refused.value.text)
        == "El archivo está vacío: no tiene una fila de encabezado que nombre sus columnas."
    )


def test_a_row_with_only_a_full_name_has_no_structured_name():
    _table, preview = read_csv_contacts("Name,Email\nAda Lovelace,ada@example.com\n", "US")
    card = preview.rows[0].card
    assert card.full_name == "Ada Lovelace" and card.name is None


def test_labels_are_kept_as_typed_and_an_empty_label_column_does_not_wipe_another():
    data = (
        "Name,E-mail 1 - Type,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
        "Ada,* XING,,ada@example.com,Xfinity,+1 650-253-0000\n"
    )
    _table, preview = read_csv_contacts(data, "US")
    card = preview.rows[0].card
    assert card.emails == [LabelledValue("ada@example.com", "XING")]
    assert card.phones == [LabelledValue("+1 650-253-0000", "Xfinity")]


def test_old_mac_line_breaks_inside_a_note_become_new_lines():
    _table, preview = read_csv_contacts('Name,Notes\nAda,"Met at the fair.\rPrefers email."\n', "US")
    assert preview.rows[0].card.note == "Met at the fair.\nPrefers email."


def test_a_one_column_file_stays_one_column_whatever_its_lines_share():
    table = read_csv_table("Name (XING)\nAda Lovelace (XING)\nBo Chen (XING)\n")
    assert table.header == ("Name (XING)",)
    assert [row.values for row in table.rows] == [("Ada Lovelace (XING)",), ("Bo Chen (XING)",)]


def test_a_column_the_preset_has_no_role_for_stands_on_its_own():
    mapping = (ColumnRole(ContactField.FULL_NAME), ColumnRole())
    preset = (ColumnRole(ContactField.FULL_NAME),)
    assert with_role(mapping, 1, ContactField.EMAIL, preset) == (
        ColumnRole(ContactField.FULL_NAME),
        ColumnRole(ContactField.EMAIL),
    )


def test_an_old_google_csv_maps_types_numbered_values_and_only_the_first_organisation():
    header = (
        "Name,Given Name,Family Name,Name Suffix,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Value,"
        "E-mail 1 - Display Name,"
        "Phone 1 - Type,Phone 1 - Value,Phone 2 - Value,Phone 1 - Extension,"
        "Address 1 - Type,Address 1 - Street,Address 1 - City,Address 1 - Extended Address,"
        "Organization 1 - Name,Organization 1 - Title,Organization 2 - Name,Organization 2 - Title,"
        "Relation 1 - Name,Website 1 - Type,Website 1 - Value"
    )
    G = ContactField
    assert preset_mapping(PresetKind.GOOGLE, header.split(",")) == (
        ColumnRole(G.FULL_NAME),
        ColumnRole(G.GIVEN),
        ColumnRole(G.FAMILY),
        ColumnRole(G.SUFFIX),
        ColumnRole(G.EMAIL_LABEL, "", 1),
        ColumnRole(G.EMAIL, "", 1),
        ColumnRole(G.EMAIL, "", 2),
        ColumnRole(),
        ColumnRole(G.PHONE_LABEL, "", 1),
        ColumnRole(G.PHONE, "", 1),
        ColumnRole(G.PHONE, "", 2),
        ColumnRole(),
        ColumnRole(G.ADDRESS_LABEL, "", 1),
        ColumnRole(G.STREET, "", 1),
        ColumnRole(G.CITY, "", 1),
        ColumnRole(),
        ColumnRole(G.ORGANISATION),
        ColumnRole(G.TITLE),
        ColumnRole(),
        ColumnRole(),
        ColumnRole(),
        ColumnRole(),
        ColumnRole(G.URL),
    )
    row = (
        "Kenji Tanaka,Kenji,Tanaka,Jr.,* Home,kenji@home.example,kenji@work.example,Kenji T.,Mobile,+1 650-253-0000,"
        "+1 650-555-0142,12,Home,1 Elm St,Springfield,Flat 2,Tanaka Labs,Founder,Old Corp,Intern,Aiko,"
        "Blog,https://kenji.example\n"
    )
    table, preview = read_csv_contacts(header + "\n" + row, "US")
    assert table.preset is PresetKind.GOOGLE
    [kenji] = preview.rows
    card = kenji.card
    assert card.name == StructuredName(family=("Tanaka",), given=("Kenji",), suffixes=("Jr.",))
    assert (card.organisation, card.job_title) == ("Tanaka Labs", "Founder")
    # A value with no label column of its own has no label.
    assert card.emails == [LabelledValue("kenji@home.example", "home"), LabelledValue("kenji@work.example", "")]
    assert card.phones == [LabelledValue("+1 650-253-0000", "cell"), LabelledValue("+1 650-555-0142", "")]
    assert card.address_parts == AddressParts(street="1 Elm St", city="Springfield", label="home")
    assert card.address == card.address_parts.text() != ""
    assert card.websites == ["https://kenji.example"]
    assert kenji.problems == []


def test_a_second_address_is_flagged_and_only_the_first_is_kept():
    data = (
        "Name,Address 1 - Type,Address 1 - Formatted,Address 2 - Type,Address 2 - Formatted,"
        "Address 3 - Type,Address 3 - Formatted\n"
        'Ada,Home,,Work,"1 Main St\nSpringfield",Other,"2 Side St"\n'
        'Bo,Home,"3 Oak St",,,,\n'
        'Cy,Home,,Work,"4 Elm St",,\n'
    )
    _table, preview = read_csv_contacts(data, "US")
    ada, bo, cy = preview.rows
    # A label with no address is no address: the first address is the work one.
    assert ada.card.address == "1 Main St\nSpringfield" and ada.card.address_parts is None
    assert messages(ada) == [
        (
            ProblemKind.MORE_ADDRESSES,
            "This row has more than one address; only the first is kept.",
            "Esta fila tiene más de una dirección; solo se guarda la primera.",
        )
    ]
    assert ada.importable
    assert bo.card.address == "3 Oak St" and bo.problems == []
    assert cy.card.address == "4 Elm St" and cy.problems == []  # one address, beside a label with none


def test_address_parts_without_a_label_and_a_whole_address_over_two_columns():
    _table, preview = read_csv_contacts("Name,Street,City\nAda,1 Elm St,Springfield\n", "US")
    card = preview.rows[0].card
    assert card.address_parts == AddressParts(street="1 Elm St", city="Springfield")
    assert card.address == AddressParts(street="1 Elm St", city="Springfield").text()
    _table, preview = read_csv_contacts("Name,Address,Address line 2\nAda,1 Elm St,Apt 2\nBo,,\n", "US")
    ada, bo = preview.rows
    assert (ada.card.address, ada.card.address_parts) == ("1 Elm St\nApt 2", None)
    assert (bo.card.address, bo.card.address_parts) == ("", None)


def test_two_notes_columns_are_two_paragraphs_and_the_name_problem_comes_first():
    _table, preview = read_csv_contacts("Name,Notes,Comments,Email\nAda,Met at the fair.,Likes GIS.,x\n,,,y\n", "US")
    ada, nameless = preview.rows
    assert ada.card.note == "Met at the fair.\n\nLikes GIS."
    assert [problem.kind for problem in nameless.problems] == [ProblemKind.NO_NAME, ProblemKind.EMAIL]
    _table, preview = read_csv_contacts("Name,Email\nAda,x,extra\n", "US")
    assert [problem.kind for problem in preview.rows[0].problems] == [ProblemKind.FIELD_COUNT, ProblemKind.EMAIL]


def test_a_preset_is_named_by_three_columns_it_knows_or_by_half_the_header():
    assert detect_preset(["First Name", "Last Name", "Company"]) is PresetKind.LINKEDIN  # Outlook knows them too
    assert detect_preset(["First Name", "Last Name", "Company", "Pet", "Shoe size", "Tea"]) is PresetKind.LINKEDIN
    assert detect_preset(["First Name", "Last Name", "Company", "Pet", "Shoe size", "Tea", "Car"]) is PresetKind.OTHER


def test_a_mapping_of_the_wrong_length_is_refused():
    table = read_csv_table("Name,Email\nAda,ada@example.com\n")
    with pytest.raises(ValueError, match=r"^the mapping must give one role per column$"):
        preview_rows(table, (ColumnRole(ContactField.FULL_NAME),))


def test_a_linkedin_file_saved_with_semicolons_still_skips_its_notes():
    data = (
        "Notes:;;;;;;\n"
        '"When exporting your connection data, you may notice that some of the email addresses are missing.";;;;;;\n'
        "\n"
        "First Name;Last Name;URL;Email Address;Company;Position;Connected On\n"
        "Priya;Raman;https://www.linkedin.com/in/priya;;Riverside;Director;02 Dec 2026\n"
    )
    table, preview = read_csv_contacts(data, "US")
    assert (table.preset, table.delimiter, table.header_line) == (PresetKind.LINKEDIN, ";", 4)
    assert preview.rows[0].card.full_name == "Priya Raman"


def test_a_file_saved_with_two_byte_order_marks_is_still_recognised():
    table, preview = read_csv_contacts("\ufeff\ufeffFirst Name,Last Name,Company\nAda,Lovelace,Analytical\n", "US")
    assert table.header == ("First Name", "Last Name", "Company")
    assert table.preset is PresetKind.LINKEDIN
    assert preview.rows[0].card.full_name == "Ada Lovelace"


def test_a_column_name_wrapped_over_two_lines_still_names_the_preset():
    table = read_csv_table('"First\nName",Last Name,Company\nAda,Lovelace,Analytical\n')
    assert table.preset is PresetKind.LINKEDIN


def test_the_last_line_needs_no_line_break():
    table = read_csv_table("Name,Email\nAda,ada@example.com\nBo,bo@example.com")
    assert [row.values for row in table.rows] == [("Ada", "ada@example.com"), ("Bo", "bo@example.com")]


def test_quotes_inside_values_are_read_as_spreadsheets_write_them():
    table = read_csv_table('Name,Notes\nAda,"Says ""hello"" first"\nSam O"Neil,stray quote\n"Al" Smith,x\n')
    assert [row.values for row in table.rows] == [
        ("Ada", 'Says "hello" first'),
        ('Sam O"Neil', "stray quote"),
        ("Al Smith", "x"),  # text after a closing quote is kept, not refused
    ]


def test_a_row_the_reader_cannot_take_is_named_by_its_line():
    data = 'Name,Notes\nAda,fine\n\nBo,"' + "x" * 140_000 + '"\n'
    with pytest.raises(CsvError) as refused:
        read_csv_table(data)
    assert str(refused.value) == "Line 4 of the file cannot be read as a table row."
    assert in_spanish(refused.value.text) == "La línea 4 del archivo no se puede leer como una fila de tabla."


def test_utf16_big_endian_and_damaged_bytes_are_read_not_refused():
    big_endian = b"\xfe\xff" + "Name,Email\nÅsa,asa@example.se\n".encode("utf-16-be")
    assert read_csv_table(big_endian).rows[0].values == ("Åsa", "asa@example.se")
    cut_short = b"\xff\xfe" + "Name,Email\nÅsa,asa@example.se\n".encode("utf-16-le") + b"A"
    assert read_csv_table(cut_short).rows[0].values == ("Åsa", "asa@example.se")
    # Not UTF-8, and a byte Windows-1252 leaves undefined: read, with a replacement character.
    windows = "Name,Notes\nJérôme,".encode("cp1252") + b"\x81\n"
    assert read_csv_table(windows).rows[0].values == ("Jérôme", "\ufffd")


def test_a_file_over_50_mb_is_refused_in_words():
    assert len(decode_csv(b" " * MAX_CSV_BYTES)) == MAX_CSV_BYTES
    with pytest.raises(CsvError) as refused:
        decode_csv(b" " * (MAX_CSV_BYTES + 1))
    assert str(refused.value) == "The file is larger than 50 MB; it is not a list of contacts."
    assert in_spanish(refused.value.text) == "El archivo ocupa más de 50 MB; no es una lista de contactos."
    with pytest.raises(CsvError) as binary:
        decode_csv(b"Name\x00")
    assert in_spanish(binary.value.text) == "El archivo no es texto: contiene datos binarios."


def test_google_s_organisation_columns_count_towards_recognising_its_file():
    header = [
        "Name",
        "Organization 1 - Type",
        "Organization 1 - Yomi Name",
        "Organization 1 - Symbol",
        "Pet",
        "Tea",
        "Car",
    ]
    assert detect_preset(header) is PresetKind.GOOGLE


def test_a_stray_byte_order_mark_in_a_column_name_does_not_hide_it():
    assert preset_mapping(PresetKind.LINKEDIN, ["\ufeffFirst Name", "Last\ufeff Name"]) == (
        ColumnRole(ContactField.GIVEN),
        ColumnRole(ContactField.FAMILY),
    )


def test_a_name_with_one_part_has_no_empty_other_part():
    _table, preview = read_csv_contacts("First Name,Last Name\nCher,\n,Lovelace\n", "US")
    cher, lovelace = (row.card.name for row in preview.rows)
    assert (cher.given, cher.family) == (("Cher",), ())
    assert (lovelace.given, lovelace.family) == ((), ("Lovelace",))
