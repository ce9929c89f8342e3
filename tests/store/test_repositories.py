from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.core.entities import (
    ActionItem,
    Contact,
    ContactSource,
    Interview,
    InterviewStatus,
    Occupation,
)
from app.store.repositories import NotFound


def test_contacts_keep_where_the_name_came_from(store):
    occupation = store.occupations.add(Occupation("Nurse"))
    friend = store.contacts.add(Contact("Ana Ruiz", source=ContactSource.FRIEND, occupation_id=occupation.id))
    referred = store.contacts.add(
        Contact(
            "Li Wei",
            source=ContactSource.REFERRAL,
            referred_by_id=friend.id,
            may_use_referrer_name=True,
            how_got_name="Ana Ruiz suggested you.",
            organisation="City Hospital",
            job_title="Charge nurse",
            email="li@example.org",
            phone="+44 20 7946 0000",
        )
    )
    loaded = store.contacts.get(referred.id)
    assert loaded == referred
    assert loaded.source is ContactSource.REFERRAL
    assert loaded.referred_by_id == friend.id
    assert [c.full_name for c in store.contacts.list(occupation.id)] == ["Ana Ruiz"]
    assert store.contacts.count() == 2


def test_interview_times_come_back_aware_and_equal(store):
    contact = store.contacts.add(Contact("Sam"))
    when = datetime(2026, 12, 1, 15, 30, tzinfo=timezone(timedelta(hours=-5)))
    interview = store.interviews.add(Interview(contact.id, scheduled_at=when))
    loaded = store.interviews.get(interview.id)
    assert loaded.scheduled_at == when
    assert loaded.scheduled_at.tzinfo is UTC
    assert loaded.planned_minutes == 20


def test_naive_datetimes_are_refused(store):
    contact = store.contacts.add(Contact("Sam"))
    with pytest.raises(ValueError, match="naive"):
        store.interviews.add(Interview(contact.id, scheduled_at=datetime(2026, 12, 1, 15, 30)))


def test_countdown_state_is_saved_with_the_interview(store):
    contact = store.contacts.add(Contact("Sam"))
    interview = store.interviews.add(Interview(contact.id))
    store.interviews.save_countdown_state(interview.id, '{"started": 1}')
    assert store.interviews.get(interview.id).countdown_state == '{"started": 1}'
    with pytest.raises(NotFound):
        store.interviews.save_countdown_state(999, None)


def test_a_contact_with_interviews_cannot_be_deleted_by_accident(store):
    from sqlalchemy.exc import IntegrityError

    contact = store.contacts.add(Contact("Sam"))
    store.interviews.add(Interview(contact.id))
    with pytest.raises(IntegrityError), store.contacts._transaction() as session:
        from app.store.models import ContactRecord

        session.delete(session.get(ContactRecord, contact.id))


def test_occupation_progress_counts_finished_and_planned(store):
    nurse = store.occupations.add(Occupation("Nurse"))
    store.occupations.add(Occupation("Archivist"))
    contact = store.contacts.add(Contact("Sam"))
    store.interviews.add(Interview(contact.id, nurse.id, status=InterviewStatus.FINISHED))
    store.interviews.add(Interview(contact.id, nurse.id))
    store.interviews.add(Interview(contact.id, nurse.id, status=InterviewStatus.CANCELLED))
    rows = store.reads.occupation_progress()
    progress = {row.occupation.title: (row.finished_interviews, row.planned_interviews) for row in rows}
    assert progress == {"Nurse": (1, 1), "Archivist": (0, 0)}


def test_today_summary_orders_upcoming_and_due(store, clock):
    contact = store.contacts.add(Contact("Sam", organisation="Acme"))
    later = store.interviews.add(Interview(contact.id, scheduled_at=clock.now() + timedelta(days=2)))
    sooner = store.interviews.add(Interview(contact.id, scheduled_at=clock.now() + timedelta(hours=2)))
    store.interviews.add(Interview(contact.id, status=InterviewStatus.FINISHED))
    store.actions.add(ActionItem("No date"))
    due = store.actions.add(ActionItem("Send thanks", due_on=date(2026, 11, 26)))
    done = store.actions.add(ActionItem("Done already", due_on=date(2026, 11, 20)))
    store.actions.set_done(done.id, True)

    summary = store.reads.today()
    assert [row.interview.id for row in summary.upcoming] == [sooner.id, later.id]
    assert summary.upcoming[0].contact_name == "Sam"
    assert summary.upcoming[0].organisation == "Acme"
    assert [item.title for item in summary.due_actions] == [due.title, "No date"]
    assert (summary.contact_count, summary.interview_count, summary.finished_count) == (1, 3, 1)


def test_marking_an_interview_started_keeps_its_countdown(store, clock):
    contact = store.contacts.add(Contact("Sam"))
    interview = store.interviews.add(Interview(contact.id))
    store.interviews.save_countdown_state(interview.id, '{"saved": true}')
    started = store.interviews.mark_started(interview.id)
    assert started.status is InterviewStatus.IN_PROGRESS
    assert started.started_at == clock.now()
    assert started.countdown_state == '{"saved": true}'
    clock.advance(60)
    assert store.interviews.mark_started(interview.id).started_at == started.started_at


def test_resuming_a_finished_interview_keeps_its_notes_answers_wrapup_and_first_finish(store, clock):
    from app.core.entities import Tiara, WrapUpState
    from app.core.question_bank import BankQuestion
    from app.core.wrapup import WrapUpStep
    from app.store.wrapup_repository import WrapUpRepository

    wrapups = WrapUpRepository(store.contacts._sessions, clock)
    contact = store.contacts.add(Contact("Sam"))
    interview = store.interviews.add(Interview(contact.id))
    store.interviews.mark_started(interview.id)
    store.content.save_notes(interview.id, "Nights are calm")
    question = store.questions.pick(interview.id, BankQuestion("week", "A typical week?", "Day", Tiara.INSIGHTS, 2.0))
    store.content.save_answer(interview.id, question.id, "Hearings")
    clock.advance(20 * 60)
    wrapups.finish_interview(interview.id)
    wrapups.set_step(interview.id, WrapUpStep.THANK, WrapUpState.DONE)
    first_finish = store.interviews.get(interview.id).finished_at
    clock.advance(5 * 60)

    resumed = store.interviews.resume(interview.id, countdown_state='{"reopened": true}')

    assert resumed.status is InterviewStatus.IN_PROGRESS
    assert resumed == store.interviews.get(interview.id)
    assert resumed.countdown_state == '{"reopened": true}'
    assert resumed.started_at == first_finish - timedelta(minutes=20)
    assert store.content.notes(interview.id) == "Nights are calm"
    assert store.content.picked_questions(interview.id)[0].answer == "Hearings"
    assert wrapups.progress(interview.id).state(WrapUpStep.THANK) is WrapUpState.DONE
    clock.advance(60)
    wrapups.finish_interview(interview.id)  # finished again: the first finish time stands
    assert store.interviews.get(interview.id).finished_at == first_finish


def test_resuming_an_interview_that_is_not_finished_changes_nothing(store):
    contact = store.contacts.add(Contact("Sam"))
    interview = store.interviews.add(Interview(contact.id))
    assert store.interviews.resume(interview.id, countdown_state="{}") == interview
    with pytest.raises(NotFound):
        store.interviews.resume(interview.id + 99)


def test_scheduling_books_the_interview_and_moves_the_person_on_in_one_step(store):
    from app.core.entities import ContactStatus

    prospect = store.contacts.add(Contact("Ana Ruiz", status=ContactStatus.CONTACTED))
    interview = store.interviews.schedule(Interview(contact_id=prospect.id))
    assert store.interviews.get(interview.id).status is InterviewStatus.PLANNED
    assert store.contacts.get(prospect.id).status is ContactStatus.SCHEDULED
    done = store.contacts.add(Contact("Li Wei", status=ContactStatus.INTERVIEWED))
    store.interviews.schedule(Interview(contact_id=done.id))
    assert store.contacts.get(done.id).status is ContactStatus.INTERVIEWED  # never moved backwards


def test_scheduling_for_a_missing_person_writes_nothing(store):
    with pytest.raises(NotFound):
        store.interviews.schedule(Interview(contact_id=999))
    assert store.reads.interviews_with_status(InterviewStatus.PLANNED) == []


def test_an_occupation_is_listed_once_whatever_its_case_and_spaces(store):
    first, added = store.occupations.add_or_find(Occupation("Urban  planner "))
    assert added and first.title == "Urban planner"
    again, added_again = store.occupations.add_or_find(Occupation("urban planner"))
    assert (again.id, added_again) == (first.id, False)
    assert [o.title for o in store.occupations.list()] == ["Urban planner"]
