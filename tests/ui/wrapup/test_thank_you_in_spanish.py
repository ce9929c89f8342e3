"""In a Spanish interface the thank-you note and the outcome update are drafted from the Spanish
templates, and the points are offered only to word oneself: the lines said to the person are
rewritten in English, which would put English sentences into a Spanish note."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, Qt

from app.core.entities import Contact, Interview, InterviewStatus
from app.core.thank_you import PointWording
from app.core.wrapup import WrapUpStep
from app.paths import resource
from app.store.outcome_repository import OutcomeRepository
from app.ui.shell.translations import install_translations, language_code, remove_translations
from app.ui.wrapup.outcome_view import OutcomeView
from app.ui.wrapup.steps.note_points import DRAFT_LINE_POINTS, DRAFT_LINES, DRAFT_WORDING
from app.ui.wrapup.wrapup_view import WrapUpView

NOTES = "- She mentioned that zoning hearings take most of the week.\n- She advised me to take the GIS course.\n"


@pytest.fixture
def spanish(qapp):
    """The Spanish interface, as the app sets it up: its catalogue and the default locale."""
    before = QLocale()
    translators = install_translations(resource("translations"), QLocale(QLocale.Language.Spanish))
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    assert language_code() == "es"
    yield
    remove_translations(translators)
    QLocale.setDefault(before)


def _thank_you_page(qtbot, services, interview_id):
    view = WrapUpView(replace(services, background_writes=False))
    qtbot.addWidget(view)
    view.open_interview(interview_id)
    view.go_to(WrapUpStep.THANK_YOU_NOTE)
    return view.pages[WrapUpStep.THANK_YOU_NOTE]


def test_a_spanish_note_offers_only_points_to_word_and_is_drafted_from_the_spanish_template(
    qtbot, spanish, services, store, finished_interview
):
    store.content.save_notes(finished_interview.id, NOTES)
    page = _thank_you_page(qtbot, services, finished_interview.id)
    assert page.as_lines.isHidden() and page.as_points.isChecked()
    assert page.as_points.isHidden()  # one way only: no choice shown
    assert page.body_edit.toPlainText().startswith("Estimado/a ")
    assert page.subject_line.text().startswith("Gracias, ")
    page.points.item(0).setCheckState(Qt.CheckState.Checked)
    assert page.lines[0].text() == "She mentioned that zoning hearings take most of the week."
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    body = page.body_edit.toPlainText()
    assert body.startswith("Estimado/a ")
    assert "Thank you for mentioning" not in body
    # The draft's own phrases are in Spanish too.
    assert "sobre su trabajo de urban planner." in body and "your work" not in body
    assert "[Con sus propias palabras: She mentioned that zoning hearings take most of the week]" in body
    assert page.picker.wording_chosen() is PointWording.OWN_WORDS


def test_lines_saved_in_english_wording_come_back_as_points_to_word(
    qtbot, spanish, services, store, finished_interview
):
    store.content.save_notes(finished_interview.id, NOTES)
    point = "She mentioned that zoning hearings take most of the week."
    saved = {DRAFT_WORDING: PointWording.THANK_YOU_LINES.value, DRAFT_LINES[0]: point, DRAFT_LINE_POINTS[0]: point}
    services.wrapups.save_drafts(finished_interview.id, saved)
    page = _thank_you_page(qtbot, services, finished_interview.id)
    assert page.as_points.isChecked() and page.as_lines.isHidden()
    assert page.lines[0].text() == point  # as saved, never rewritten
    page.points.item(1).setCheckState(Qt.CheckState.Checked)
    assert page.lines[1].text() == "She advised me to take the GIS course."


def test_in_english_the_thank_you_lines_are_offered(qtbot, services, store, finished_interview):
    store.content.save_notes(finished_interview.id, NOTES)
    page = _thank_you_page(qtbot, services, finished_interview.id)
    assert not page.as_lines.isHidden() and page.as_lines.isChecked()
    assert page.body_edit.toPlainText().startswith("Dear ")


def test_a_spanish_outcome_update_is_drafted_from_the_spanish_template(qtbot, spanish, store, clock, recorder):
    ana = store.contacts.add(Contact("Ana Lima", email="ana@example.org"))
    store.interviews.add(Interview(contact_id=ana.id, status=InterviewStatus.FINISHED))
    view = OutcomeView(
        OutcomeRepository(store.contacts._sessions, clock),
        clock,
        resource("templates"),
        signature="Sam",
        open_url=recorder.open_url,
        copy_text=recorder.copy_text,
    )
    qtbot.addWidget(view)
    view.refresh()
    qtbot.keyClicks(view.employer, "Ayuntamiento de Sevilla")
    qtbot.mouseClick(view.save_outcome_button, Qt.MouseButton.LeftButton)
    assert view.body.toPlainText().startswith("Estimado/a Ana:")
