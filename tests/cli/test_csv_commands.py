"""`infointerview import FILE.csv`, called in-process: the preset its header names, problems per row,
every person added in one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.conftest import run

SAMPLES = Path(__file__).parents[1] / "core" / "csv"


def people(folder: Path) -> list[tuple]:
    connection = sqlite3.connect(folder / "infointerview.db")
    try:
        return connection.execute("SELECT full_name, email, phone, address FROM contacts ORDER BY id").fetchall()
    finally:
        connection.close()


def details(folder: Path, kind: str) -> list[tuple[str, str]]:
    connection = sqlite3.connect(folder / "infointerview.db")
    try:
        rows = connection.execute("SELECT label, value FROM contact_details WHERE kind = ? ORDER BY id", (kind,))
        return rows.fetchall()
    finally:
        connection.close()


def test_rows_become_people_and_problems_are_listed_per_row(capsys, data_folder):
    source = SAMPLES / "excel-bom-utf8.csv"
    status, out, err = run(capsys, "import", str(source), "--region", "US", "--data-dir", str(data_folder))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert "Line 4 (Alan Turing): “alan at bletchley” does not look like an email address" in lines[0]
    assert lines[1].startswith("Line 4 (Alan Turing): “not a number” could not be read as a phone number")
    assert lines[2].startswith("Line 5 (Ada Lovelace): This row has 8 fields where the header names 7")
    assert lines[3] == "Line 6: This row has no name, so it is left out."
    assert lines[-1] == (
        "Imported 3 people from excel-bom-utf8.csv (Other: columns guessed from their names); 2 rows left out."
    )
    assert people(data_folder) == [
        ("Grace Hopper", "grace@navy.example", "+1 202-555-0101", "1 Navy Pentagon\nWashington, DC 20350"),
        ("Alan Turing", "alan at bletchley", "not a number", ""),
        ("Katherine Johnson", "katherine@nasa.example", "+1 757-555-0100", ""),
    ]


def test_google_contacts_keep_every_email_and_phone_with_its_label(capsys, data_folder):
    source = SAMPLES / "google-contacts.csv"
    status, out, _ = run(capsys, "import", str(source), "--region", "US", "--data-dir", str(data_folder))
    assert status == 0
    assert out.splitlines()[-1] == "Imported 2 people from google-contacts.csv (Google Contacts); 1 row left out."
    assert details(data_folder, "phone")[:3] == [
        ("cell", "+1 650-253-0000"),
        ("work", "+1 650-555-0142"),
        ("work", "+1 650-555-0143"),
    ]
    assert ("home", "maria@home.example") in details(data_folder, "email")


def test_a_dry_run_writes_nothing(capsys, data_folder):
    source = SAMPLES / "linkedin-connections.csv"
    status, out, _ = run(capsys, "import", str(source), "--dry-run", "--data-dir", str(data_folder))
    assert status == 0
    assert out.splitlines()[-1] == "Would import 3 people from linkedin-connections.csv (LinkedIn connections)."
    assert people(data_folder) == []


def test_a_file_whose_every_row_is_left_out_imports_nothing_and_says_so(capsys, data_folder, tmp_path):
    source = tmp_path / "broken.csv"
    source.write_text('Name,Email\n"Ada, Lovelace",ada@example.com,extra\n,nobody@example.com\n', encoding="utf-8")
    status, out, _ = run(capsys, "import", str(source), "--data-dir", str(data_folder))
    assert status == 2
    assert "Line 2 (Ada, Lovelace): This row has 3 fields where the header names 2" in out
    assert out.splitlines()[-1].endswith("; 2 rows left out.")
    assert people(data_folder) == []


def test_a_file_that_is_no_table_is_refused_in_one_line(capsys, data_folder, tmp_path):
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    status, _out, err = run(capsys, "import", str(source), "--data-dir", str(data_folder))
    assert status == 2
    assert err == "infointerview: photo.csv: The file is not text: it holds binary data.\n"
    assert people(data_folder) == []


def test_people_from_csv_export_as_vcards_with_what_the_file_said(capsys, data_folder, tmp_path):
    from app.core.vcard import read_vcards

    source = SAMPLES / "outlook-cp1252.csv"
    assert run(capsys, "import", str(source), "--region", "FR", "--data-dir", str(data_folder))[0] == 0
    target = tmp_path / "everyone.vcf"
    assert run(capsys, "export", "--format", "vcard", str(target), "--data-dir", str(data_folder))[0] == 0
    jerome = next(imported.card for imported in read_vcards(target.read_bytes()) if "Jérôme" in imported.card.full_name)
    assert jerome.name.given == ("Jérôme",) and jerome.name.prefixes == ("Mr.",)
    assert (jerome.organisation, jerome.units) == ("Café Société", ["Ventes"])
    assert [(phone.value, phone.label) for phone in jerome.phones] == [
        ("+33 1 42 68 53 00", "work"),
        ("+33 6 12 34 56 78", "cell"),
    ]
    assert jerome.address_parts.city == "Paris" and jerome.address_parts.label == "work"
