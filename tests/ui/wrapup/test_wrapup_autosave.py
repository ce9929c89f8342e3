"""Everything typed in the wrap-up is on disk within a second: no Save button, no page change."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.core.autosave import SaveStatus
from app.core.wrapup import EvaluationAspect, WrapUpStep
from app.store.wrapup_repository import DRAFT_NEXT_STEP, DRAFT_REFERRAL_NAME, DRAFT_TAKEAWAY
from app.ui.wrapup.wrapup_view import WrapUpView

DURABLE_WITHIN_SECONDS = 1.0


@pytest.fixture
def inline(services):
    return replace(services, background_writes=False)


@pytest.fixture
def view(qtbot, inline, finished_interview):
    widget = WrapUpView(inline)
    qtbot.addWidget(widget)
    widget.open_interview(finished_interview.id)
    return widget


def _a_second_passes(view, clock):
    clock.advance(DURABLE_WITHIN_SECONDS)
    view.autosaver.poll()


def test_the_thank_you_subject_and_body_save_as_typed(qtbot, view, clock, wrapups, finished_interview):
    view.go_to(WrapUpStep.THANK_YOU_NOTE)
    page = view.pages[WrapUpStep.THANK_YOU_NOTE]
    assert wrapups.thank_you_note(finished_interview.id) is None  # the offered draft is not stored by itself
    page.subject_line.clear()
    qtbot.keyClicks(page.subject_line, "Thank you, Maria")
    page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body_edit, " PS: the GIS tip helped.")
    assert view.save_status.text() == SaveStatus.UNSAVED.label
    _a_second_passes(view, clock)
    note = wrapups.thank_you_note(finished_interview.id)
    assert note.subject == "Thank you, Maria"
    assert note.body.endswith(" PS: the GIS tip helped.")
    assert view.save_status.text() == SaveStatus.SAVED.label
    assert view.current_step() is WrapUpStep.THANK_YOU_NOTE  # nothing moved


def test_a_saved_subject_comes_back_instead_of_a_fresh_one(qtbot, view, inline, clock, finished_interview):
    view.go_to(WrapUpStep.THANK_YOU_NOTE)
    page = view.pages[WrapUpStep.THANK_YOU_NOTE]
    page.subject_line.clear()
    qtbot.keyClicks(page.subject_line, "Our chat on Tuesday")
    _a_second_passes(view, clock)
    again = WrapUpView(inline)
    qtbot.addWidget(again)
    again.open_interview(finished_interview.id)
    assert again.pages[WrapUpStep.THANK_YOU_NOTE].subject_line.text() == "Our chat on Tuesday"


def test_a_reflection_with_no_rating_yet_is_saved_then_the_rating(qtbot, view, clock, wrapups, finished_interview):
    view.go_to(WrapUpStep.EVALUATE)
    page = view.pages[WrapUpStep.EVALUATE]
    qtbot.keyClicks(page.reflection, "I ran over by five minutes.")
    _a_second_passes(view, clock)
    saved = wrapups.evaluation(finished_interview.id)
    assert (saved.reflection, saved.scores) == ("I ran over by five minutes.", {})
    page.groups[EvaluationAspect.KEPT_TO_TIME].button(2).click()
    _a_second_passes(view, clock)
    assert wrapups.evaluation(finished_interview.id).scores == {EvaluationAspect.KEPT_TO_TIME: 2}


def test_card_fields_save_as_typed_even_when_they_do_not_validate_yet(
    qtbot, view, clock, cards, store, finished_interview
):
    view.go_to(WrapUpStep.BUSINESS_CARD)
    page = view.pages[WrapUpStep.BUSINESS_CARD]
    page.emails.clear()
    qtbot.keyClicks(page.emails, "work: maria at city")
    qtbot.keyClicks(page.job_title, "Planner")
    assert page.email_message.isVisibleTo(page)  # a message, which does not stop the save
    _a_second_passes(view, clock)
    card = cards.card(finished_interview.contact_id)
    assert [(item.label, item.value) for item in card.emails] == [("work", "maria at city")]
    assert card.job_title == "Planner"
    page.full_name.clear()
    qtbot.keyClicks(page.full_name, "Maria J. Ortega")
    _a_second_passes(view, clock)
    assert store.contacts.get(finished_interview.contact_id).full_name == "Maria J. Ortega"
    assert view.heading.text() == "Wrap-up: Maria J. Ortega — Urban planner"


@pytest.mark.parametrize(
    ("step", "box", "draft"),
    [
        (WrapUpStep.WEIGH, "text", DRAFT_TAKEAWAY),
        (WrapUpStep.NEXT_STEP, "title", DRAFT_NEXT_STEP),
        (WrapUpStep.REFERRALS, "name", DRAFT_REFERRAL_NAME),
    ],
)
def test_text_typed_before_add_is_kept_and_comes_back(
    qtbot, view, inline, clock, wrapups, finished_interview, step, box, draft
):
    view.go_to(step)
    qtbot.keyClicks(getattr(view.pages[step], box), "Half a thought")
    _a_second_passes(view, clock)
    assert wrapups.draft(finished_interview.id, draft) == "Half a thought"
    again = WrapUpView(inline)
    qtbot.addWidget(again)
    again.open_interview(finished_interview.id)
    assert getattr(again.pages[step], box).text() == "Half a thought"


def test_adding_the_typed_takeaway_clears_what_was_kept(qtbot, view, clock, wrapups, finished_interview):
    view.go_to(WrapUpStep.WEIGH)
    page = view.pages[WrapUpStep.WEIGH]
    qtbot.keyClicks(page.text, "Certificates matter")
    _a_second_passes(view, clock)
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    _a_second_passes(view, clock)
    assert [item.text for item in wrapups.takeaways(finished_interview.id)] == ["Certificates matter"]
    assert wrapups.draft(finished_interview.id, DRAFT_TAKEAWAY) == ""


def test_a_failed_write_keeps_the_text_and_says_so_in_words(qtbot, view, clock, wrapups, finished_interview):
    view.go_to(WrapUpStep.EVALUATE)
    page = view.pages[WrapUpStep.EVALUATE]
    real = wrapups.save_evaluation
    failures = []

    def full_disk(evaluation):
        failures.append(evaluation)
        raise OSError("database or disk is full")

    wrapups.save_evaluation = full_disk
    qtbot.keyClicks(page.reflection, "Kept to time")
    _a_second_passes(view, clock)
    assert failures
    assert view.save_problem.isVisibleTo(view)
    assert "the disk is full" in view.save_problem.text()
    wrapups.save_evaluation = real
    for _ in range(20):
        _a_second_passes(view, clock)
    assert wrapups.evaluation(finished_interview.id).reflection == "Kept to time"
    assert not view.save_problem.isVisibleTo(view)


def test_another_interview_is_not_opened_over_text_that_could_not_be_written(
    qtbot, view, clock, wrapups, store, finished_interview
):
    from app.core.entities import Contact, Interview, InterviewStatus

    contact = store.contacts.add(Contact("Ana Lima"))
    other = store.interviews.add(Interview(contact_id=contact.id, status=InterviewStatus.FINISHED))
    view.go_to(WrapUpStep.EVALUATE)
    page = view.pages[WrapUpStep.EVALUATE]

    def full_disk(evaluation):
        raise OSError("database or disk is full")

    wrapups.save_evaluation = full_disk
    qtbot.keyClicks(page.reflection, "Kept to time")
    view.open_interview(other.id)
    assert view.subject.interview.id == finished_interview.id
    assert page.reflection.toPlainText() == "Kept to time"
    assert "not saved yet" in view.status.text()
