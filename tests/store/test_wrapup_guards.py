"""The wrap-up's storage as the wrap-up pages, the Today nudges and the export read it.

Whole values are compared, so a field read from the wrong column, a lost filter or a changed
order shows; each unknown interview is refused with NotFound rather than half a result.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.changes import Change
from app.core.entities import (
    ActionItem,
    Contact,
    ContactSource,
    ContactStatus,
    Interview,
    InterviewStatus,
    Occupation,
    TakeawayWeight,
    WrapUpState,
)
from app.core.errors import NotFound
from app.core.wrapup import (
    DRAFT_NEXT_STEP,
    DRAFT_REFERRAL_NAME,
    DRAFT_REFERRAL_REACH,
    DRAFT_TAKEAWAY,
    EvaluationAspect,
    EvaluationPoint,
    Referral,
    SelfEvaluation,
    Takeaway,
    ThankYouNote,
    ThankYouNudge,
    WrapUpProgress,
    WrapUpStep,
    WrapUpSubject,
)

START = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)  # the FakeClock's first instant


def _interview(store, name="Ana Lima", title="Urban planner", **fields) -> Interview:
    occupation = store.occupations.add(Occupation(title)) if title else None
    contact = store.contacts.add(Contact(name, occupation_id=occupation.id if occupation else None))
    return store.interviews.add(
        Interview(contact_id=contact.id, occupation_id=occupation.id if occupation else None, **fields)
    )


# ---- subject and finishing ---------------------------------------------------------------------


def test_the_subject_names_the_interview_the_person_and_the_occupation(store):
    interview = _interview(store, location="Library")
    subject = store.wrapups.subject(interview.id)
    assert subject == WrapUpSubject(interview, store.contacts.get(interview.contact_id), "Urban planner")


def test_the_subject_of_an_interview_without_an_occupation_has_no_title(store):
    interview = _interview(store, title=None)
    assert store.wrapups.subject(interview.id).occupation_title == ""


@pytest.mark.parametrize(
    "call",
    [
        lambda wrapups: wrapups.subject(404),
        lambda wrapups: wrapups.finish_interview(404),
        lambda wrapups: wrapups.set_step(404, WrapUpStep.THANK, WrapUpState.DONE),
        lambda wrapups: wrapups.referrals(404),
        lambda wrapups: wrapups.add_referral(404, Referral("Li Wei")),
        lambda wrapups: wrapups.save_thank_you(404, "Thanks"),
        lambda wrapups: wrapups.mark_thank_you_sent(404, date(2026, 11, 26)),
        lambda wrapups: wrapups.save_drafts(404, {DRAFT_TAKEAWAY: "x"}),
        lambda wrapups: wrapups.save_evaluation(SelfEvaluation(404, {EvaluationAspect.LISTENED: 3})),
        lambda wrapups: wrapups.add_takeaway(Takeaway(404, "Words")),
        lambda wrapups: wrapups.update_takeaway(Takeaway(404, "Words", id=404)),
        lambda wrapups: wrapups.export_data(404),
    ],
)
def test_an_unknown_interview_is_not_found_and_nothing_is_kept(store, call):
    with pytest.raises(NotFound, match="404"):
        call(store.wrapups)
    assert store.wrapups.thank_you_note(404) is None
    assert store.wrapups.draft(404, DRAFT_TAKEAWAY) == ""


def test_finishing_moves_the_person_on_to_interviewed_and_starts_the_wrap_up(store, clock):
    interview = _interview(store)
    other = _interview(store, name="Li Wei")
    progress = store.wrapups.finish_interview(interview.id)
    assert progress == WrapUpProgress(interview.id, {})
    saved = store.interviews.get(interview.id)
    assert (saved.status, saved.finished_at) == (InterviewStatus.FINISHED, clock.now())
    assert store.contacts.get(interview.contact_id).status is ContactStatus.INTERVIEWED
    assert store.contacts.get(other.contact_id).status is ContactStatus.PROSPECT
    assert store.interviews.get(other.id).status is InterviewStatus.PLANNED


def test_set_step_reports_every_step_state_of_that_interview(store):
    interview = _interview(store)
    other = _interview(store, name="Li Wei")
    store.wrapups.set_step(other.id, WrapUpStep.EVALUATE, WrapUpState.SKIPPED)
    store.wrapups.set_step(interview.id, WrapUpStep.THANK, WrapUpState.DONE)
    progress = store.wrapups.set_step(interview.id, WrapUpStep.REFERRALS, WrapUpState.LATER)
    expected = WrapUpProgress(
        interview.id, {WrapUpStep.THANK: WrapUpState.DONE, WrapUpStep.REFERRALS: WrapUpState.LATER}
    )
    assert progress == expected
    assert store.wrapups.progress(interview.id) == expected
    again = store.wrapups.set_step(interview.id, WrapUpStep.THANK, WrapUpState.PENDING)
    assert again.states[WrapUpStep.THANK] is WrapUpState.PENDING


def test_incomplete_lists_unsettled_wrap_ups_in_the_order_they_finished(store, clock):
    first = _interview(store)
    second = _interview(store, name="Li Wei")
    settled = _interview(store, name="Mo Chen")
    _interview(store, name="Not yet")  # never finished
    store.wrapups.finish_interview(second.id)
    clock.advance(60)
    store.wrapups.finish_interview(first.id)
    store.wrapups.finish_interview(settled.id)
    for step in WrapUpStep:
        store.wrapups.set_step(settled.id, step, WrapUpState.DONE)
    store.wrapups.set_step(first.id, WrapUpStep.THANK, WrapUpState.DONE)
    assert store.wrapups.incomplete() == [
        WrapUpProgress(second.id, {}),
        WrapUpProgress(first.id, {WrapUpStep.THANK: WrapUpState.DONE}),
    ]


# ---- nudges ------------------------------------------------------------------------------------


def test_nudges_list_unsent_notes_a_day_after_oldest_first(store, clock):
    later = _interview(store, name="Li Wei")
    earlier = _interview(store)
    sent = _interview(store, name="Sent Already")
    skipped = _interview(store, name="Skipped Note")
    store.wrapups.finish_interview(earlier.id)
    first_end = clock.now()
    clock.advance(3600)
    for interview in (later, sent, skipped):
        store.wrapups.finish_interview(interview.id)
    second_end = clock.now()
    store.wrapups.mark_thank_you_sent(sent.id, date(2026, 11, 25))
    store.wrapups.set_step(skipped.id, WrapUpStep.THANK_YOU_NOTE, WrapUpState.SKIPPED)
    store.wrapups.set_step(later.id, WrapUpStep.EVALUATE, WrapUpState.SKIPPED)  # another step: no effect
    store.wrapups.save_thank_you(later.id, "Draft, not sent")
    assert store.wrapups.nudges(first_end + timedelta(hours=23)) == []
    assert store.wrapups.nudges(first_end + timedelta(hours=24)) == [
        ThankYouNudge(earlier.id, earlier.contact_id, "Ana Lima", first_end)
    ]
    assert store.wrapups.nudges(second_end + timedelta(hours=24)) == [
        ThankYouNudge(earlier.id, earlier.contact_id, "Ana Lima", first_end),
        ThankYouNudge(later.id, later.contact_id, "Li Wei", second_end),
    ]
    clock.advance(86400)
    assert [nudge.interview_id for nudge in store.wrapups.nudges()] == [earlier.id, later.id]


# ---- referrals ---------------------------------------------------------------------------------


def test_a_referral_becomes_a_contact_for_the_same_occupation_referred_by_the_interviewee(store, clock):
    interview = _interview(store)
    store.wrapups.save_drafts(
        interview.id, {DRAFT_REFERRAL_NAME: "Li", DRAFT_REFERRAL_REACH: "li@", DRAFT_TAKEAWAY: "k"}
    )
    person = store.wrapups.add_referral(interview.id, Referral("  Li Wei  ", "li@example.org", True))
    assert person == Contact(
        "Li Wei",
        source=ContactSource.REFERRAL,
        email="li@example.org",
        occupation_id=interview.occupation_id,
        referred_by_id=interview.contact_id,
        may_use_referrer_name=True,
        id=person.id,
    )
    assert store.contacts.get(person.id) == person
    assert store.wrapups.draft(interview.id, DRAFT_REFERRAL_NAME) == ""
    assert store.wrapups.draft(interview.id, DRAFT_REFERRAL_REACH) == ""
    assert store.wrapups.draft(interview.id, DRAFT_TAKEAWAY) == "k"
    assert store.wrapups.actions(interview.id) == []


def test_a_referral_reached_by_words_keeps_them_in_the_notes_and_phones_as_phones(store):
    interview = _interview(store)
    by_words = store.wrapups.add_referral(interview.id, Referral("Li Wei", "via LinkedIn"))
    by_phone = store.wrapups.add_referral(interview.id, Referral("Mo Chen", "+1 555 0100", False))
    assert (by_words.notes, by_words.email, by_words.phone) == ("via LinkedIn", "", "")
    assert (by_phone.phone, by_phone.may_use_referrer_name) == ("+1 555 0100", False)


def test_a_referral_with_a_follow_up_gets_a_next_step_due_in_a_week(store, clock):
    interview = _interview(store)
    person = store.wrapups.add_referral(interview.id, Referral("Li Wei"), follow_up_title="Contact Li Wei")
    assert store.wrapups.actions(interview.id) == [
        ActionItem(
            "Contact Li Wei",
            due_on=clock.today() + timedelta(days=7),
            interview_id=interview.id,
            contact_id=person.id,
            kind="referral",
            id=store.wrapups.actions(interview.id)[0].id,
        )
    ]


@pytest.mark.parametrize("name", ["", "   "])
def test_a_referral_without_a_name_is_refused(store, name):
    interview = _interview(store)
    with pytest.raises(ValueError, match=r"^A referral needs a name\.$"):
        store.wrapups.add_referral(interview.id, Referral(name, "x@example.org"))
    assert store.wrapups.referrals(interview.id) == []


def test_referrals_are_listed_in_the_order_they_were_added_for_that_interviewee_only(store, clock):
    interview = _interview(store)
    other = _interview(store, name="Mo Chen")
    first = store.wrapups.add_referral(interview.id, Referral("Zed Young"))
    clock.advance(60)
    second = store.wrapups.add_referral(interview.id, Referral("Abe Old"))
    third = store.wrapups.add_referral(interview.id, Referral("Abe Old"))
    store.wrapups.add_referral(other.id, Referral("Elsewhere"))
    assert store.wrapups.referrals(interview.id) == [first, second, third]


# ---- thank-you note ----------------------------------------------------------------------------


def test_the_thank_you_note_keeps_what_was_typed_and_when_it_was_sent(store):
    interview = _interview(store)
    assert store.wrapups.thank_you_note(interview.id) is None
    note = store.wrapups.save_thank_you(interview.id, "Thank you!", "short", subject="Thanks")
    assert note == ThankYouNote(interview.id, "Thank you!", "short", None, "Thanks")
    kept = store.wrapups.save_thank_you(interview.id, "Thank you again")
    assert kept == ThankYouNote(interview.id, "Thank you again", "", None, "Thanks")
    sent = store.wrapups.mark_thank_you_sent(interview.id, date(2026, 11, 26))
    assert sent == ThankYouNote(interview.id, "Thank you again", "", date(2026, 11, 26), "Thanks")
    assert store.wrapups.thank_you_note(interview.id) == sent
    assert store.wrapups.mark_thank_you_sent(interview.id, None).sent_on is None


# ---- self-evaluation ---------------------------------------------------------------------------


def test_a_self_evaluation_is_kept_and_replaced_whole(store):
    interview = _interview(store)
    assert store.wrapups.evaluation(interview.id) is None
    first = SelfEvaluation(interview.id, {EvaluationAspect.LISTENED: 4, EvaluationAspect.KEPT_TO_TIME: 2}, "Rushed")
    assert store.wrapups.save_evaluation(first) == first
    assert store.wrapups.evaluation(interview.id) == first
    second = SelfEvaluation(interview.id, {EvaluationAspect.NO_JOB_ASK: 5}, "Better")
    store.wrapups.save_evaluation(second)
    assert store.wrapups.evaluation(interview.id) == second


def test_the_evaluation_history_is_earliest_first_with_names_and_scores(store, clock):
    late = _interview(store, name="Late One", started_at=START + timedelta(days=3))
    early = _interview(store, name="Early One", finished_at=START + timedelta(days=1))
    middle = _interview(store, name="Middle One", scheduled_at=START + timedelta(days=2))
    undated = _interview(store, name="No Date")
    unrated = _interview(store, name="Not Rated", started_at=START)
    both = _interview(store, name="Both", started_at=START + timedelta(days=4), finished_at=START)
    for interview, score in ((late, 1), (early, 2), (middle, 3), (undated, 4), (both, 5)):
        store.wrapups.save_evaluation(SelfEvaluation(interview.id, {EvaluationAspect.GOOD_QUESTIONS: score}))
    store.wrapups.save_evaluation(SelfEvaluation(unrated.id, {}, "Only words"))
    assert store.wrapups.evaluation_history() == [
        EvaluationPoint(early.id, START + timedelta(days=1), "Early One", {EvaluationAspect.GOOD_QUESTIONS: 2}),
        EvaluationPoint(middle.id, START + timedelta(days=2), "Middle One", {EvaluationAspect.GOOD_QUESTIONS: 3}),
        EvaluationPoint(late.id, START + timedelta(days=3), "Late One", {EvaluationAspect.GOOD_QUESTIONS: 1}),
        EvaluationPoint(both.id, START + timedelta(days=4), "Both", {EvaluationAspect.GOOD_QUESTIONS: 5}),
        EvaluationPoint(undated.id, None, "No Date", {EvaluationAspect.GOOD_QUESTIONS: 4}),
    ]


# ---- takeaways ---------------------------------------------------------------------------------


def test_takeaways_are_kept_in_the_order_added_with_their_weight(store):
    interview = _interview(store)
    other = _interview(store, name="Li Wei")
    store.wrapups.add_takeaway(Takeaway(other.id, "Elsewhere"))
    store.wrapups.save_drafts(interview.id, {DRAFT_TAKEAWAY: "half typed", DRAFT_NEXT_STEP: "call"})
    first = store.wrapups.add_takeaway(Takeaway(interview.id, "  Hours are long  ", TakeawayWeight.GRAIN_OF_SALT))
    second = store.wrapups.add_takeaway(Takeaway(interview.id, "Pay is fair"))
    assert first == Takeaway(interview.id, "Hours are long", TakeawayWeight.GRAIN_OF_SALT, 0, first.id)
    assert second == Takeaway(interview.id, "Pay is fair", TakeawayWeight.TRUST, 1, second.id)
    assert store.wrapups.takeaways(interview.id) == [first, second]
    assert store.wrapups.draft(interview.id, DRAFT_TAKEAWAY) == ""
    assert store.wrapups.draft(interview.id, DRAFT_NEXT_STEP) == "call"
    store.wrapups.remove_takeaway(first.id)
    third = store.wrapups.add_takeaway(Takeaway(interview.id, "Mentors help"))
    assert third.position == 2
    assert store.wrapups.takeaways(interview.id) == [second, third]


@pytest.mark.parametrize("text", ["", "  "])
def test_a_takeaway_without_words_is_refused(store, text):
    interview = _interview(store)
    with pytest.raises(ValueError, match=r"^A takeaway needs some words\.$"):
        store.wrapups.add_takeaway(Takeaway(interview.id, text))
    assert store.wrapups.takeaways(interview.id) == []


def test_updating_a_takeaway_keeps_its_words_when_given_none(store):
    interview = _interview(store)
    takeaway = store.wrapups.add_takeaway(Takeaway(interview.id, "Hours are long"))
    changed = store.wrapups.update_takeaway(Takeaway(interview.id, "  ", TakeawayWeight.GRAIN_OF_SALT, id=takeaway.id))
    assert changed == Takeaway(interview.id, "Hours are long", TakeawayWeight.GRAIN_OF_SALT, 0, takeaway.id)
    renamed = store.wrapups.update_takeaway(
        Takeaway(interview.id, " Long hours ", TakeawayWeight.TRUST, id=takeaway.id)
    )
    assert store.wrapups.takeaways(interview.id) == [renamed]
    assert renamed.text == "Long hours"
    with pytest.raises(NotFound, match="takeaway 999"):
        store.wrapups.update_takeaway(Takeaway(interview.id, "x", id=999))


# ---- next steps and the export -----------------------------------------------------------------


def test_adding_a_next_step_clears_its_draft_and_leaves_the_others(store):
    interview = _interview(store)
    store.wrapups.save_drafts(interview.id, {DRAFT_NEXT_STEP: "call", DRAFT_TAKEAWAY: "words"})
    item = store.wrapups.add_action(ActionItem("Call back", interview_id=interview.id))
    assert store.wrapups.actions(interview.id) == [item]
    assert store.wrapups.draft(interview.id, DRAFT_NEXT_STEP) == ""
    assert store.wrapups.draft(interview.id, DRAFT_TAKEAWAY) == "words"
    done = store.wrapups.set_action_done(item.id, True)
    assert done.is_done
    store.wrapups.remove_action(item.id)
    assert store.wrapups.actions(interview.id) == []


def test_the_export_gathers_everything_of_that_interview(store):
    interview = _interview(store)
    store.wrapups.finish_interview(interview.id)
    store.content.save_notes(interview.id, "She started as an intern.")
    store.wrapups.set_step(interview.id, WrapUpStep.THANK, WrapUpState.DONE)
    takeaway = store.wrapups.add_takeaway(Takeaway(interview.id, "Hours are long"))
    action = store.wrapups.add_action(ActionItem("Call back", interview_id=interview.id))
    note = store.wrapups.save_thank_you(interview.id, "Thanks")
    person = store.wrapups.add_referral(interview.id, Referral("Li Wei"))
    evaluation = store.wrapups.save_evaluation(SelfEvaluation(interview.id, {EvaluationAspect.LISTENED: 4}))
    export = store.wrapups.export_data(interview.id)
    subject = store.wrapups.subject(interview.id)
    assert (export.interview, export.contact, export.occupation_title) == (
        subject.interview,
        subject.contact,
        "Urban planner",
    )
    assert export.takeaways == [takeaway]
    assert export.actions == [action]
    assert export.thank_you == note
    assert export.referrals == [person]
    assert export.evaluation == evaluation
    assert export.progress == WrapUpProgress(interview.id, {WrapUpStep.THANK: WrapUpState.DONE})
    assert export.questions == store.wrapups.questions(interview.id)
    assert export.notes == "She started as an intern." == store.wrapups.notes(interview.id)


def test_a_note_marked_sent_before_anything_was_written_reads_empty(store):
    interview = _interview(store)
    note = store.wrapups.mark_thank_you_sent(interview.id, date(2026, 11, 26))
    assert note == ThankYouNote(interview.id, "", "", date(2026, 11, 26), "")
    assert store.wrapups.thank_you_note(interview.id) == note


def test_finishing_a_second_interview_leaves_an_interviewed_person_untouched(store, clock):
    first = _interview(store)
    store.wrapups.finish_interview(first.id)
    clock.advance(3600)
    second = store.interviews.add(Interview(contact_id=first.contact_id))
    reports = []
    store.changes.subscribe(reports.append)
    store.wrapups.finish_interview(second.id)
    assert reports == [frozenset({Change.INTERVIEWS})]
    assert store.contacts.get(first.contact_id).status is ContactStatus.INTERVIEWED
