from datetime import date, timedelta

import pytest

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
from app.core.wrapup import EvaluationAspect, Referral, SelfEvaluation, Takeaway, WrapUpStep
from app.store.models import InterviewNotesRecord, InterviewQuestionRecord
from app.store.wrapup_repository import WrapUpRepository


@pytest.fixture
def wrapups(store, clock):
    return WrapUpRepository(store.contacts._sessions, clock)


@pytest.fixture
def interview(store, clock):
    occupation = store.occupations.add(Occupation("Urban planner"))
    contact = store.contacts.add(Contact("Ana Lima", occupation_id=occupation.id))
    return store.interviews.add(
        Interview(
            contact_id=contact.id,
            occupation_id=occupation.id,
            started_at=clock.now(),
            status=InterviewStatus.IN_PROGRESS,
        )
    )


def test_finishing_starts_a_wrapup_with_every_step_pending(store, wrapups, interview, clock):
    progress = wrapups.finish_interview(interview.id)
    assert progress.remaining()[0] is WrapUpStep.THANK
    assert not progress.is_complete
    saved = store.interviews.get(interview.id)
    assert saved.status is InterviewStatus.FINISHED
    assert saved.finished_at == clock.now()
    assert store.contacts.get(interview.contact_id).status is ContactStatus.INTERVIEWED


def test_step_states_are_saved_one_by_one_and_resume(wrapups, interview):
    wrapups.finish_interview(interview.id)
    wrapups.set_step(interview.id, WrapUpStep.THANK, WrapUpState.DONE)
    wrapups.set_step(interview.id, WrapUpStep.REFERRALS, WrapUpState.LATER)
    progress = wrapups.progress(interview.id)
    assert progress.state(WrapUpStep.THANK) is WrapUpState.DONE
    assert progress.resume_step() is WrapUpStep.BUSINESS_CARD
    assert [item.interview_id for item in wrapups.incomplete()] == [interview.id]
    for step in WrapUpStep:
        if step is not WrapUpStep.THANK:
            wrapups.set_step(interview.id, step, WrapUpState.SKIPPED)
    assert wrapups.progress(interview.id).is_complete
    assert wrapups.incomplete() == []


def test_referral_becomes_a_linked_contact_with_the_same_occupation(store, wrapups, interview):
    wrapups.finish_interview(interview.id)
    person = wrapups.add_referral(
        interview.id, Referral("Li Wei", "li.wei@example.org", True), follow_up_title="Call Li Wei"
    )
    assert person.referred_by_id == interview.contact_id
    assert person.occupation_id == interview.occupation_id
    assert person.source is ContactSource.REFERRAL
    assert person.email == "li.wei@example.org"
    assert person.how_got_name == ""  # nothing generated is stored as the person's words
    assert person.may_use_referrer_name is True
    assert [contact.full_name for contact in wrapups.referrals(interview.id)] == ["Li Wei"]
    [action] = wrapups.actions(interview.id)
    assert action.title == "Call Li Wei" and action.contact_id == person.id
    words = wrapups.add_referral(interview.id, Referral("Bo", "via the front desk"))
    assert words.notes == "via the front desk"  # as typed
    assert [a.title for a in wrapups.actions(interview.id)] == ["Call Li Wei"]  # no title: no next step


def test_thank_you_note_and_the_nudge_after_24_hours(wrapups, interview, clock):
    wrapups.finish_interview(interview.id)
    wrapups.save_thank_you(interview.id, "Dear Ana, thank you.", "thank_you.txt")
    clock.advance(23 * 3600)
    assert wrapups.nudges() == []
    clock.advance(3600)
    [nudge] = wrapups.nudges()
    assert nudge.interview_id == interview.id and nudge.contact_name == "Ana Lima"
    note = wrapups.mark_thank_you_sent(interview.id, clock.now().date())
    assert note.body == "Dear Ana, thank you." and note.sent_on == clock.now().date()
    assert wrapups.nudges() == []


def test_no_nudge_when_the_note_step_was_skipped(wrapups, interview, clock):
    wrapups.finish_interview(interview.id)
    wrapups.set_step(interview.id, WrapUpStep.THANK_YOU_NOTE, WrapUpState.SKIPPED)
    clock.advance(48 * 3600)
    assert wrapups.nudges() == []


def test_self_evaluation_scores_and_history(store, wrapups, interview, clock):
    wrapups.save_evaluation(
        SelfEvaluation(interview.id, {EvaluationAspect.KEPT_TO_TIME: 3, EvaluationAspect.LISTENED: 5}, "Good.")
    )
    wrapups.save_evaluation(SelfEvaluation(interview.id, {EvaluationAspect.KEPT_TO_TIME: 4}, "Better."))
    saved = wrapups.evaluation(interview.id)
    assert saved.scores == {EvaluationAspect.KEPT_TO_TIME: 4}
    assert saved.reflection == "Better."
    clock.advance(86400)
    second = store.interviews.add(Interview(contact_id=interview.contact_id, started_at=clock.now()))
    wrapups.save_evaluation(SelfEvaluation(second.id, {EvaluationAspect.NO_JOB_ASK: 5}))
    history = wrapups.evaluation_history()
    assert [point.interview_id for point in history] == [interview.id, second.id]
    assert history[1].scores == {EvaluationAspect.NO_JOB_ASK: 5}


def test_takeaways_keep_order_and_weight(wrapups, interview):
    first = wrapups.add_takeaway(Takeaway(interview.id, "Certificates matter"))
    wrapups.add_takeaway(Takeaway(interview.id, "Pay is great", TakeawayWeight.GRAIN_OF_SALT))
    first.weight = TakeawayWeight.GRAIN_OF_SALT
    wrapups.update_takeaway(first)
    assert [(item.text, item.weight) for item in wrapups.takeaways(interview.id)] == [
        ("Certificates matter", TakeawayWeight.GRAIN_OF_SALT),
        ("Pay is great", TakeawayWeight.GRAIN_OF_SALT),
    ]
    wrapups.remove_takeaway(first.id)
    assert len(wrapups.takeaways(interview.id)) == 1


def test_next_steps_feed_the_today_view(store, wrapups, interview, clock):
    due = clock.now().date() + timedelta(days=3)
    item = wrapups.add_action(ActionItem("Research GIS certificate", due_on=due, interview_id=interview.id))
    assert [entry.title for entry in store.reads.today().due_actions] == ["Research GIS certificate"]
    wrapups.set_action_done(item.id, True)
    assert store.reads.today().due_actions == []
    assert wrapups.actions(interview.id)[0].is_done


def test_export_data_reads_notes_and_answers(store, wrapups, interview, clock):
    with store.contacts._sessions.begin() as session:
        session.add(InterviewNotesRecord(interview_id=interview.id, body="Loves GIS", updated_at=clock.now()))
        session.add(
            InterviewQuestionRecord(
                interview_id=interview.id,
                text="Typical week?",
                position=0,
                state="asked",
                answer="Hearings",
                updated_at=clock.now(),
            )
        )
    wrapups.mark_thank_you_sent(interview.id, date(2026, 11, 26))
    export = wrapups.export_data(interview.id)
    assert export.notes == "Loves GIS"
    assert [(q.text, q.answer) for q in export.questions] == [("Typical week?", "Hearings")]
    assert export.occupation_title == "Urban planner"
    assert export.thank_you.sent_on == date(2026, 11, 26)


def test_the_thank_you_subject_is_kept_and_left_alone_when_not_given(wrapups, interview):
    wrapups.save_thank_you(interview.id, "Dear Ana,", subject="Thanks for Tuesday")
    wrapups.save_thank_you(interview.id, "Dear Ana, thank you.")
    note = wrapups.thank_you_note(interview.id)
    assert (note.subject, note.body) == ("Thanks for Tuesday", "Dear Ana, thank you.")


def test_text_typed_before_add_is_kept_until_it_is_added(wrapups, interview):
    wrapups.save_drafts(interview.id, {"takeaway": "Certificates matter less", "next_step": "Call Bo"})
    assert wrapups.draft(interview.id, "takeaway") == "Certificates matter less"
    wrapups.add_takeaway(Takeaway(interview.id, "Certificates matter less", TakeawayWeight.TRUST))
    assert wrapups.draft(interview.id, "takeaway") == ""
    assert wrapups.draft(interview.id, "next_step") == "Call Bo"
    wrapups.add_action(ActionItem("Call Bo", interview_id=interview.id))
    assert wrapups.draft(interview.id, "next_step") == ""
    wrapups.save_drafts(interview.id, {"referral_name": "Li Wei", "referral_reach": "li@example.org"})
    wrapups.add_referral(interview.id, Referral("Li Wei", "li@example.org"))
    assert wrapups.draft(interview.id, "referral_name") == wrapups.draft(interview.id, "referral_reach") == ""
