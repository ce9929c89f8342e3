from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from app.core.vcard import read_vcards
from app.core.wrapup import WrapUpStep
from app.ui.wrapup.steps.card_import_dialog import CardImportDialog
from app.ui.wrapup.wrapup_view import WrapUpView

SAMPLES = Path(__file__).parents[2] / "core" / "vcards"


@pytest.fixture
def view(qtbot, services, finished_interview):
    widget = WrapUpView(services)
    qtbot.addWidget(widget)
    widget.open_interview(finished_interview.id)
    return widget


@pytest.fixture
def card_page(view):
    view.go_to(WrapUpStep.BUSINESS_CARD)
    return view.pages[WrapUpStep.BUSINESS_CARD]


@pytest.fixture
def note_page(view):
    view.go_to(WrapUpStep.THANK_YOU_NOTE)
    return view.pages[WrapUpStep.THANK_YOU_NOTE]


def _accept_every_change(card_page):
    def make(*args):
        dialog = CardImportDialog(*args)
        dialog.exec = lambda: QDialog.DialogCode.Accepted
        return dialog

    card_page.make_import_dialog = make


def test_importing_a_vcard_and_confirming_updates_the_contact(qtbot, card_page, recorder, store, finished_interview):
    recorder.open_from = SAMPLES / "apple-3.0.vcf"
    _accept_every_change(card_page)
    qtbot.mouseClick(card_page.import_button, Qt.MouseButton.LeftButton)
    assert card_page.full_name.text() == "Søren Østergaard"
    assert card_page.emails.toPlainText() == (
        "work: soren@kk.example.dk\nhome: soren.home@example.dk\nmaria@example.org"
    )  # the card's, with their labels, then the one the card did not have
    assert "apple-3.0.vcf" in card_page.message.text()
    contact = store.contacts.get(finished_interview.contact_id)
    assert contact.full_name == "Søren Østergaard"
    assert contact.email == "soren@kk.example.dk"
    assert contact.phone == "+45 20 12 34 56"


def test_bad_values_get_a_message_on_their_field_and_are_kept(qtbot, card_page, recorder, store, finished_interview):
    recorder.open_from = SAMPLES / "bad-values-4.0.vcf"
    _accept_every_change(card_page)
    qtbot.mouseClick(card_page.import_button, Qt.MouseButton.LeftButton)
    assert card_page.email_message.isVisibleTo(card_page)
    assert "zoe at example dot com" in card_page.email_message.text()
    assert "call me after five" in card_page.phone_message.text()
    assert card_page.message.text().startswith("Problem:")
    assert store.contacts.get(finished_interview.contact_id).email == "zoe at example dot com"  # nothing lost
    card_page.emails.setPlainText("zoe@example.rs")
    card_page.phones.setPlainText("+381 11 123 4567")
    qtbot.mouseClick(card_page.save_button, Qt.MouseButton.LeftButton)
    assert not card_page.email_message.isVisibleTo(card_page)
    assert card_page.message.text() == "Card saved."


def test_a_file_that_is_not_a_vcard_gives_a_message(qtbot, card_page, recorder, tmp_path):
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(b"\x00\xffnot a card")
    recorder.open_from = junk
    qtbot.mouseClick(card_page.import_button, Qt.MouseButton.LeftButton)
    assert "not a vCard" in card_page.message.text()


@pytest.mark.parametrize(("index", "version"), [(0, "4.0"), (1, "3.0")])
def test_exported_vcard_reads_back(qtbot, card_page, recorder, tmp_path, index, version):
    card_page.phones.setPlainText("cell: +1 555 010 2030")
    card_page.version.setCurrentIndex(index)
    recorder.save_to = tmp_path / "out.vcf"
    qtbot.mouseClick(card_page.export_button, Qt.MouseButton.LeftButton)
    text = recorder.save_to.read_text("utf-8")
    assert f"VERSION:{version}" in text
    [imported] = read_vcards(text)
    assert imported.card.full_name == "María José Ortega"
    assert imported.card.phones[0].value == "+1 555 010 2030"


def test_card_picture_is_attached(qtbot, card_page, recorder, tmp_path, cards, store, finished_interview):
    picture = tmp_path / "card.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(picture))
    recorder.open_from = picture
    qtbot.mouseClick(card_page.attach_button, Qt.MouseButton.LeftButton)
    contact = store.contacts.get(finished_interview.contact_id)
    assert cards.card_image_file(contact).exists()
    assert card_page.picture.pixmap() is not None and not card_page.picture.pixmap().isNull()


def test_thank_you_draft_names_the_person_and_the_points_picked(qtbot, note_page):
    body = note_page.body_edit.toPlainText()
    assert body.startswith("Dear María,")
    assert "your work as an urban planner" in body
    assert note_page.subject_line.text() == "Thank you, María"
    note_page.points.item(0).setCheckState(Qt.CheckState.Checked)
    note_page.points.item(1).setCheckState(Qt.CheckState.Checked)
    note_page.points.item(2).setCheckState(Qt.CheckState.Checked)
    assert note_page.points.item(2).checkState() == Qt.CheckState.Unchecked  # two at most
    assert "at most 2" in note_page.message.text()
    qtbot.mouseClick(note_page.draft_button, Qt.MouseButton.LeftButton)
    body = note_page.body_edit.toPlainText()
    assert "zoning hearings take most of the week" in body
    assert "GIS certificates are worth it" in body


def test_note_can_be_copied_mailed_and_saved(qtbot, note_page, recorder, tmp_path, wrapups, finished_interview):
    note_page.body_edit.setPlainText("Dear María,\nThanks & see you? 100%\n")
    qtbot.mouseClick(note_page.copy_button, Qt.MouseButton.LeftButton)
    assert recorder.copied == ["Dear María,\nThanks & see you? 100%\n"]
    qtbot.mouseClick(note_page.mail_button, Qt.MouseButton.LeftButton)
    [url] = recorder.urls
    parts = urlsplit(url)
    assert parts.path == "maria@example.org"
    fields = parse_qs(parts.query)
    assert fields["body"] == ["Dear María,\r\nThanks & see you? 100%\r\n"]
    assert fields["subject"] == ["Thank you, María"]
    assert wrapups.thank_you_note(finished_interview.id).body.startswith("Dear María")  # saved before sending
    recorder.save_to = tmp_path / "note.txt"
    qtbot.mouseClick(note_page.file_button, Qt.MouseButton.LeftButton)
    assert recorder.save_to.read_text("utf-8").startswith("Subject: Thank you, María\n\nDear María,")


def test_when_no_mail_app_opens_the_person_is_told(qtbot, note_page, recorder):
    recorder.open_result = False
    qtbot.mouseClick(note_page.mail_button, Qt.MouseButton.LeftButton)
    assert "Copy" in note_page.message.text()


def test_marking_sent_stops_the_nudge(qtbot, note_page, wrapups, clock, finished_interview):
    clock.advance(25 * 3600)
    assert [nudge.interview_id for nudge in wrapups.nudges()] == [finished_interview.id]
    note_page.sent.click()
    assert wrapups.thank_you_note(finished_interview.id).sent_on == note_page.sent_on.date().toPython()
    assert wrapups.nudges() == []
    assert "Sent on" in note_page.status.text()


def test_a_user_template_overrides_the_shipped_one(qtbot, services, finished_interview, tmp_path):
    services.user_templates.mkdir(parents=True)
    (services.user_templates / "thank_you.txt").write_text("Subject: Cheers\nHi $first_name, ta!\n", "utf-8")
    widget = WrapUpView(services)
    qtbot.addWidget(widget)
    widget.open_interview(finished_interview.id)
    page = widget.pages[WrapUpStep.THANK_YOU_NOTE]
    assert page.body_edit.toPlainText() == "Hi María, ta!\n"
    assert page.subject_line.text() == "Cheers"


def test_points_wrap_whole_in_the_width_of_a_projector_screen(qtbot, view, note_page, store, finished_interview):
    long_point = "Mentioned Chef Hélène Darroze; call back Tuesday about the apprenticeship at École Ferrandi"
    store.content.save_notes(finished_interview.id, long_point)
    view.open_interview(finished_interview.id)
    view.go_to(WrapUpStep.THANK_YOU_NOTE)
    view.resize(1024 - 200 - 180, 560)  # beside the navigation and the finished-interviews list
    view.show()
    qtbot.waitExposed(view)
    points = note_page.points
    assert points.item(0).text() == long_point
    assert not points.horizontalScrollBar().isVisible()
    shown = points.visualItemRect(points.item(0))
    assert shown.width() <= points.viewport().width()
    assert shown.height() >= 2 * points.fontMetrics().lineSpacing()  # wrapped onto a second line, not cut
    assert points.width() >= note_page.body_edit.width() - 1  # as wide as the note itself


def test_a_huge_note_offers_a_few_points_and_says_there_are_more(qtbot, view, note_page, store, finished_interview):
    from app.core.thank_you import MAX_CANDIDATE_POINTS, POINT_LENGTH

    line = "lorem ipsum pâte feuilletée שלום مرحبا 😀 amet dolor sit " * 3
    huge = "".join(f"{n} {line}\n" for n in range(6_000))  # over a megabyte
    store.content.save_notes(finished_interview.id, huge)
    view.open_interview(finished_interview.id)
    view.go_to(WrapUpStep.THANK_YOU_NOTE)
    view.show()
    assert note_page.points.count() == MAX_CANDIDATE_POINTS
    assert all(len(note_page.points.item(row).text()) <= POINT_LENGTH for row in range(note_page.points.count()))
    assert note_page.more_points.isVisible()
    assert "Your notes hold more points than the 12 shown" in note_page.more_points.text()
