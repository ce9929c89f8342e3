"""Importing a vCard onto the person being wrapped up: previewed, chosen, and only then changed."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.core.card_merge import CardField
from app.core.vcard import CardDetails, LabelledValue
from app.core.wrapup import WrapUpStep
from app.ui.wrapup.steps.card_import_dialog import CardImportDialog
from app.ui.wrapup.wrapup_view import WrapUpView

ZOE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ramírez-Okafor\r\nN:Ramírez-Okafor;Zoë;;;\r\n"
    "ORG:Okafor Studio\r\nTITLE:Landscape architect\r\nEMAIL;TYPE=WORK:zoe@okafor.example\r\n"
    "TEL;TYPE=CELL:+44 20 7946 0000\r\nEND:VCARD\r\n"
)
MARIA = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:María José Ortega\r\nN:Ortega;María José;;;\r\n"
    "TITLE:Senior planner\r\nEND:VCARD\r\n"
)


@pytest.fixture
def page(qtbot, services, finished_interview):
    view = WrapUpView(replace(services, background_writes=False))
    qtbot.addWidget(view)
    view.open_interview(finished_interview.id)
    view.go_to(WrapUpStep.BUSINESS_CARD)
    return view.pages[WrapUpStep.BUSINESS_CARD]


@pytest.fixture
def vcard_file(tmp_path, recorder):
    def write(text: str) -> Path:
        path = tmp_path / "card.vcf"
        path.write_text(text, "utf-8")
        recorder.open_from = path
        return path

    return write


def _scripted(page, answer: QDialog.DialogCode, *, untick=(), choose: int | None = None):
    shown: list[CardImportDialog] = []

    def make(*args):
        dialog = CardImportDialog(*args)
        if choose is not None:
            dialog.card_list.setCurrentRow(choose)
        for field in untick:
            dialog.set_chosen(field, False)
        dialog.exec = lambda: answer
        shown.append(dialog)
        return dialog

    page.make_import_dialog = make
    return shown


def _database_bytes(folder: Path) -> dict[str, bytes]:
    """The database file and its journal files, as bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.glob("infointerview.db*"))}


def test_confirming_changes_exactly_the_ticked_fields(qtbot, page, vcard_file, cards, finished_interview):
    vcard_file(ZOE)
    before = cards.card(finished_interview.contact_id)
    shown = _scripted(page, QDialog.DialogCode.Accepted, untick=[CardField.FULL_NAME, CardField.PHONES])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    [dialog] = shown
    assert [change.field for change in dialog.changes()] == [
        CardField.FULL_NAME,
        CardField.JOB_TITLE,
        CardField.ORGANISATION,
        CardField.EMAILS,
        CardField.PHONES,
    ]
    after = cards.card(finished_interview.contact_id)
    assert after == replace(
        before,
        job_title="Landscape architect",
        organisation="Okafor Studio",
        emails=[LabelledValue("zoe@okafor.example", "work"), LabelledValue("maria@example.org")],
    )
    assert page.full_name.text() == "María José Ortega"
    assert page.message.text() == "Took 3 changes from “card.vcf”."


def test_cancel_changes_nothing_byte_for_byte(qtbot, page, vcard_file, cards, finished_interview, tmp_path):
    vcard_file(ZOE)
    before = _database_bytes(tmp_path)
    assert "infointerview.db" in before
    form_before = page.card_from_form()
    _scripted(page, QDialog.DialogCode.Rejected)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.card_from_form() == form_before
    assert _database_bytes(tmp_path) == before
    assert "Nothing was changed" in page.message.text()


def test_a_card_for_someone_else_is_said_plainly(qtbot, page, vcard_file):
    vcard_file(ZOE)
    shown = _scripted(page, QDialog.DialogCode.Rejected)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    [dialog] = shown
    assert dialog.mismatch.isVisibleTo(dialog)
    assert dialog.mismatch.text() == "This card is for Zoë Ramírez-Okafor, not María José Ortega"


def test_the_persons_own_card_keeps_what_it_lacks(qtbot, page, vcard_file, cards, finished_interview):
    vcard_file(MARIA)
    before = cards.card(finished_interview.contact_id)
    shown = _scripted(page, QDialog.DialogCode.Accepted)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    [dialog] = shown
    assert not dialog.mismatch.isVisibleTo(dialog)
    assert [change.field for change in dialog.changes()] == [CardField.JOB_TITLE]
    assert cards.card(finished_interview.contact_id) == replace(before, job_title="Senior planner")


def test_with_several_cards_the_person_chooses_one(qtbot, page, vcard_file, cards, finished_interview):
    vcard_file(ZOE + MARIA)
    shown = _scripted(page, QDialog.DialogCode.Accepted, choose=1)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    [dialog] = shown
    assert dialog.card_list.isVisibleTo(dialog)
    assert dialog.card_list.count() == 2
    assert dialog.chosen_card().full_name == "María José Ortega"
    assert cards.card(finished_interview.contact_id).job_title == "Senior planner"
    assert cards.card(finished_interview.contact_id).organisation == "City"


def test_the_dialog_lists_current_and_card_values_with_labels(qtbot):
    current = CardDetails(full_name="Maria López", emails=[LabelledValue("maria@water.example", "work")])
    card = CardDetails(full_name="Maria López", emails=[LabelledValue("m@consult.example", "x-consulting")])
    dialog = CardImportDialog(current, [card], "card.vcf")
    qtbot.addWidget(dialog)
    assert not dialog.card_list.isVisibleTo(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "work: maria@water.example"
    assert dialog.table.item(0, 2).text() == "x-consulting: m@consult.example\nwork: maria@water.example"
    assert dialog.cancel_button.isDefault()


def test_custom_labels_on_the_card_are_kept_through_the_form(qtbot, page, vcard_file, cards, finished_interview):
    vcard_file(ZOE)
    _scripted(page, QDialog.DialogCode.Accepted, untick=[CardField.FULL_NAME])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    page.phones.setPlainText("x-assistant: +44 20 7946 0000\nHome fax: +44 20 7946 0001")
    page.save_now()
    assert cards.card(finished_interview.contact_id).phones == [
        LabelledValue("+44 20 7946 0000", "x-assistant"),
        LabelledValue("+44 20 7946 0001", "Home fax"),
    ]
