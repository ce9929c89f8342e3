"""`infointerview import FILE.vcf` and `infointerview export --format vcard`, called in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.vcard import read_vcard_file, read_vcards
from tests.cli.conftest import run

SAMPLES = Path(__file__).parents[1] / "core" / "vcards"


def test_every_card_becomes_a_new_person_and_refused_cards_are_listed(capsys, data_folder, tmp_path):
    source = SAMPLES / "several-one-damaged-3.0.vcf"
    status, out, _ = run(capsys, "import", str(source), "--data-dir", str(data_folder))
    assert status == 0
    assert "Card 2 (Broken Card) was not imported: The vCard could not be read: line 11 is damaged" in out
    assert "Card 3 (Cut Off) was not imported: The card is cut off" in out
    assert out.splitlines()[-1] == "Imported 2 people from several-one-damaged-3.0.vcf; 2 cards refused."
    target = tmp_path / "everyone.vcf"
    assert run(capsys, "export", "--format", "vcard", str(target), "--data-dir", str(data_folder))[0] == 0
    names = [imported.card.full_name for imported in read_vcards(target.read_bytes())]
    assert names == ["First Good", "Last Good"]


def test_a_dry_run_imports_nothing(capsys, data_folder, tmp_path):
    status, out, _ = run(capsys, "import", str(SAMPLES / "gmail-3.0.vcf"), "--dry-run", "--data-dir", str(data_folder))
    assert (status, out.splitlines()[-1]) == (0, "Would import 1 person from gmail-3.0.vcf.")
    target = tmp_path / "everyone.vcf"
    run(capsys, "export", "--format", "vcard", str(target), "--data-dir", str(data_folder))
    assert target.read_text() == ""


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_export_writes_everyone_in_the_version_asked_and_reimports_as_exported(capsys, data_folder, tmp_path, version):
    for sample in ("android-contacts-2.1.vcf", "iphone-17-3.0.vcf", "lotus-notes-3.0.vcf"):
        assert run(capsys, "import", str(SAMPLES / sample), "--data-dir", str(data_folder))[0] == 0
    target = tmp_path / "everyone.vcf"
    status, out, _ = run(
        capsys, "export", "--format", "vcard", str(target), "--vcard-version", version, "--data-dir", str(data_folder)
    )
    assert (status, out.strip()) == (0, f"Exported 4 people as vCard {version} to {target}")
    text = target.read_bytes().decode("utf-8")
    assert text.count(f"BEGIN:VCARD\r\nVERSION:{version}\r\n") == 4
    first = read_vcard_file(text).cards
    other = tmp_path / "other"
    other.mkdir()
    shutil.copyfile(data_folder / "infointerview.db", other / "infointerview.db")
    again = tmp_path / "again.vcf"
    run(capsys, "import", str(target), "--data-dir", str(other))
    run(capsys, "export", "--format", "vcard", str(again), "--vcard-version", version, "--data-dir", str(other))
    second = read_vcard_file(again.read_bytes()).cards[4:]
    assert [imported.card for imported in second] == [imported.card for imported in first]


def test_export_does_not_replace_a_file_without_force(capsys, data_folder, tmp_path):
    target = tmp_path / "everyone.vcf"
    target.write_text("mine")
    status, _, err = run(capsys, "export", "--format", "vcard", str(target), "--data-dir", str(data_folder))
    assert status != 0 and "--force" in err
    assert target.read_text() == "mine"


def test_a_file_with_no_card_is_refused_in_words(capsys, data_folder, tmp_path):
    source = tmp_path / "notes.vcf"
    source.write_text("hello")
    status, _, err = run(capsys, "import", str(source), "--data-dir", str(data_folder))
    assert status != 0
    assert "it has no BEGIN:VCARD line" in err
