"""Importing contacts as a person does: File ▸ Import contacts… with a .csv (mapping, preview, then
"Import N people") or a .vcf (every card listed and selected, refused cards with their reasons).
Nothing is written before the import button; Cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.core.csv_contacts import ContactField, PresetKind, read_csv_table
from app.core.vcard import read_vcard_file
from app.ui.people.csv_import_dialog import CsvImportDialog
from app.ui.people.import_contacts import ContactImport, ContactImportPrompts
from app.ui.people.vcard_import_dialog import VCardImportDialog

CSV_SAMPLES = Path(__file__).parents[2] / "core" / "csv"
VCARD_SAMPLES = Path(__file__).parents[2] / "core" / "vcards"


def names(store) -> list[str]:
    return [contact.full_name for contact in store.contacts.list()]


def csv_dialog(qtbot, store, name: str, region: str | None = "US") -> CsvImportDialog:
    data = (CSV_SAMPLES / name).read_bytes()
    dialog = CsvImportDialog(read_csv_table(data), name, store.contact_import, region)
    qtbot.addWidget(dialog)
    return dialog


def vcard_dialog(qtbot, store, name: str) -> VCardImportDialog:
    dialog = VCardImportDialog(read_vcard_file((VCARD_SAMPLES / name).read_bytes()), name, store.contact_import)
    qtbot.addWidget(dialog)
    return dialog


# ---- CSV ----------------------------------------------------------------------------------------


def test_csv_mapping_preview_then_import_adds_the_rows_in_one_go(qtbot, store):
    dialog = csv_dialog(qtbot, store, "excel-bom-utf8.csv")
    assert dialog.preset_combo.currentData() == PresetKind.OTHER.value
    assert [combo.currentData() for combo in dialog.field_combos] == [
        "full_name",
        "organisation",
        "title",
        "email",
        "phone",
        "address",
        "notes",
    ]
    assert dialog.columns.item(0, 2).text() == "Grace Hopper · Alan Turing · Ada Lovelace"  # the first rows
    assert dialog.cancel_button.isDefault()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert dialog.import_button.text() == "Import 3 people"
    assert dialog.cancel_button.isDefault() and not dialog.import_button.isDefault()
    assert "2 rows left out" in dialog.summary.text()
    assert "Values to check in 1 row" in dialog.summary.text()
    model = dialog.preview_model
    assert model.rowCount() == 5
    ada = model.index(2, 5).data()
    assert "This row has 8 fields where the header names 7" in ada
    assert model.index(2, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # marked
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert names(store) == []  # nothing written before the button

    dialog.only_problems.setChecked(True)
    assert model.rowCount() == 3

    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [3]
    assert sorted(names(store)) == ["Alan Turing", "Grace Hopper", "Katherine Johnson"]
    assert dialog.done_text.text() == "3 people added. 2 rows left out."
    assert dialog.close_button.isVisible() or dialog.pages.currentIndex() == 2


def test_csv_cancel_writes_nothing(qtbot, store):
    dialog = csv_dialog(qtbot, store, "google-contacts.csv")
    dialog.show_preview()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert names(store) == []


def test_csv_mapping_chosen_by_the_person_is_what_is_imported(qtbot, store):
    dialog = csv_dialog(qtbot, store, "linkedin-connections.csv")
    assert dialog.preset_combo.currentData() == PresetKind.LINKEDIN.value
    position = dialog.header.index("Position")
    dialog.choose_field(position, ContactField.IGNORE)
    dialog.choose_field(dialog.header.index("Connected On"), ContactField.NOTES)
    dialog.show_preview()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    people = store.contacts.list()
    assert [person.job_title for person in people] == ["", "", ""]
    assert [person.notes for person in people] == ["14 Mar 2024", "02 Jan 2023", "28 Nov 2022"]


def test_csv_choosing_another_preset_maps_the_columns_again(qtbot, store):
    dialog = csv_dialog(qtbot, store, "google-contacts.csv")
    email = dialog.header.index("E-mail 1 - Value")
    assert dialog.field_combos[email].currentData() == "email"
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData(PresetKind.OUTLOOK.value))
    assert dialog.field_combos[email].currentData() == "ignore"  # Outlook knows no such column
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData(PresetKind.GOOGLE.value))
    assert dialog.field_combos[email].currentData() == "email"


def test_csv_empty_columns_are_hidden_until_asked_for(qtbot, store):
    dialog = csv_dialog(qtbot, store, "outlook-cp1252.csv")
    suffix = dialog.header.index("Suffix")
    assert dialog.columns.isRowHidden(suffix)
    dialog.hide_empty.setChecked(False)
    assert not dialog.columns.isRowHidden(suffix)


def test_csv_with_nothing_importable_offers_no_import(qtbot, store, tmp_path):
    table = read_csv_table('Name,Email\n"Ada, Lovelace",ada@example.com,extra\n')
    dialog = CsvImportDialog(table, "broken.csv", store.contact_import, None)
    qtbot.addWidget(dialog)
    dialog.show_preview()
    assert not dialog.import_button.isEnabled()
    assert names(store) == []


class FailingImport:
    """A store whose write fails (the disk is full): its transaction rolls back."""

    def import_cards(self, cards):
        raise OSError(28, "No space left on device")


def test_a_failed_import_says_nothing_was_imported(qtbot):
    table = read_csv_table((CSV_SAMPLES / "linkedin-connections.csv").read_bytes())
    dialog = CsvImportDialog(table, "linkedin-connections.csv", FailingImport(), None)
    qtbot.addWidget(dialog)
    dialog.show_preview()
    with qtbot.assertNotEmitted(dialog.imported):
        dialog.import_button.click()
    assert dialog.done_text.text().startswith("Nothing was imported")
    found = read_vcard_file((VCARD_SAMPLES / "several-one-damaged-3.0.vcf").read_bytes())
    cards = VCardImportDialog(found, "several.vcf", FailingImport())
    qtbot.addWidget(cards)
    cards.import_button.click()
    assert cards.done_text.text().startswith("Nothing was imported") and cards.imported_count == 0


# ---- vCard --------------------------------------------------------------------------------------


def test_vcard_lists_every_card_selected_and_the_refused_ones_with_their_reasons(qtbot, store):
    dialog = vcard_dialog(qtbot, store, "several-one-damaged-3.0.vcf")
    cards = dialog.cards
    assert [cards.item(row, 0).text() for row in range(cards.rowCount())] == ["First Good", "Last Good"]
    assert dialog.chosen_rows() == [0, 1]
    assert dialog.import_button.text() == "Import 2 people"
    assert dialog.cancel_button.isDefault()
    refused = [dialog.refused.item(row).text() for row in range(dialog.refused.count())]
    assert refused[0].startswith("Card 2 (Broken Card): The vCard could not be read: line 11 is damaged")
    assert refused[1].startswith("Card 3 (Cut Off): The card is cut off")
    assert names(store) == []


def test_vcard_imports_only_the_chosen_cards_and_sums_up(qtbot, store):
    dialog = vcard_dialog(qtbot, store, "several-one-damaged-3.0.vcf")
    dialog.set_chosen(0, False)
    assert dialog.import_button.text() == "Import 1 person"
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert names(store) == ["Last Good"]
    assert dialog.done_text.text() == ("1 person added. Left out as you chose: 1 card. 2 cards could not be read:")
    assert dialog.done_list.count() == 2


def test_vcard_shows_organisation_with_its_units_and_the_first_email(qtbot, store):
    dialog = vcard_dialog(qtbot, store, "lotus-notes-3.0.vcf")
    found = read_vcard_file((VCARD_SAMPLES / "lotus-notes-3.0.vcf").read_bytes()).cards[0].card
    assert dialog.cards.item(0, 1).text() == ", ".join([found.organisation, *found.units])
    assert dialog.cards.item(0, 2).text() == found.email


def test_vcard_cancel_and_select_none_write_nothing(qtbot, store):
    dialog = vcard_dialog(qtbot, store, "several-one-damaged-3.0.vcf")
    dialog._check_all(False)
    assert not dialog.import_button.isEnabled()
    dialog._check_all(True)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert names(store) == []


# ---- File ▸ Import contacts… --------------------------------------------------------------------


class Answers(ContactImportPrompts):
    def __init__(self, file: Path | None) -> None:
        self.told: list[str] = []
        self.shown: list[QDialog] = []
        super().__init__(
            choose_file=lambda _parent: file,
            tell=lambda _parent, _title, text: self.told.append(text),
            open_dialog=self.shown.append,
        )


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("file", "dialog_type"),
    [
        (CSV_SAMPLES / "google-contacts.csv", CsvImportDialog),
        (VCARD_SAMPLES / "several-one-damaged-3.0.vcf", VCardImportDialog),
    ],
)
def test_the_file_chosen_opens_its_dialog(window, store, file, dialog_type):
    answers = Answers(file)
    ContactImport(lambda: store.contact_import, window, lambda: "US", answers).import_contacts()
    assert [type(dialog) for dialog in answers.shown] == [dialog_type]
    assert names(store) == []


def test_a_file_that_cannot_be_read_is_told_in_words(window, store, tmp_path):
    broken = tmp_path / "photo.csv"
    broken.write_bytes(b"\x00\x01\x02")
    answers = Answers(broken)
    ContactImport(lambda: store.contact_import, window, lambda: None, answers).import_contacts()
    assert answers.shown == []
    assert answers.told == ["photo.csv: The file is not text: it holds binary data."]
    missing = Answers(tmp_path / "gone.vcf")
    ContactImport(lambda: store.contact_import, window, lambda: None, missing).import_contacts()
    assert missing.told and missing.told[0].startswith("gone.vcf could not be read")


def test_file_menu_and_people_page_import_into_the_open_data(make_app, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = str(CSV_SAMPLES / "linkedin-connections.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (chosen, "")))
    shown: list[CsvImportDialog] = []
    monkeypatch.setattr(CsvImportDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    application = make_app()
    action = application.window.data_actions["import_contacts"]
    assert action.text() == "Import &contacts…"
    action.trigger()
    assert shown == []  # no data open yet: nothing to import into
    assert application.open_store()
    action.trigger()
    [dialog] = shown
    dialog.show_preview()
    dialog.import_button.click()
    assert application.store.contacts.count() == 3
    people = application.window.pane("people")
    people.import_contacts_button.click()
    assert len(shown) == 2
