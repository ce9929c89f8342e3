"""Each interview keeps one calendar uid for good; a reschedule raises its sequence in the same write."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from app.core.changes import Change
from app.core.entities import Contact, Interview, InterviewStatus
from app.core.question_bank import BankQuestion, Tiara

WHEN = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def _scheduled(store, **fields) -> Interview:
    contact = store.contacts.add(Contact("Ana Ruiz"))
    return store.interviews.schedule(Interview(contact_id=contact.id, scheduled_at=WHEN, **fields))


def test_a_new_interview_gets_its_own_uid_and_sequence_zero(store):
    first, second = _scheduled(store), _scheduled(store)
    assert first.calendar_uid and second.calendar_uid
    assert first.calendar_uid != second.calendar_uid
    assert first.calendar_uid.endswith("@infointerview")
    assert first.calendar_sequence == 0
    assert store.interviews.get(first.id).calendar_uid == first.calendar_uid


def test_the_video_link_is_kept(store):
    interview = _scheduled(store, video_link="https://meet.example.org/abc")
    assert store.interviews.get(interview.id).video_link == "https://meet.example.org/abc"


def test_moving_the_time_length_place_or_link_raises_the_sequence_and_keeps_the_uid(store):
    interview = _scheduled(store)
    sequences = []
    for change in (
        {"scheduled_at": WHEN + timedelta(days=1)},
        {"planned_minutes": 30},
        {"location": "Café"},
        {"video_link": "https://meet.example.org/x"},
    ):
        for name, value in change.items():
            setattr(interview, name, value)
        interview = store.interviews.update(interview)
        sequences.append(interview.calendar_sequence)
    assert sequences == [1, 2, 3, 4]
    assert store.interviews.get(interview.id).calendar_sequence == 4


def test_other_changes_leave_the_sequence_and_the_uid_alone(store):
    interview = _scheduled(store)
    uid = interview.calendar_uid
    interview.status = InterviewStatus.IN_PROGRESS
    interview.calendar_uid = "something else"  # the store's, never taken from the caller on update
    interview.calendar_sequence = 9
    updated = store.interviews.update(interview)
    assert (updated.calendar_uid, updated.calendar_sequence) == (uid, 0)


def test_calendar_entries_carry_the_name_and_picked_questions_in_order(store):
    interview = _scheduled(store)
    for wording in ("How did you start?", "What is a typical day?"):
        store.questions.pick(interview.id, BankQuestion("", wording, "Start", Tiara.INSIGHTS, 2.0))
    entry = store.interviews.calendar_entry(interview.id)
    assert entry.contact_name == "Ana Ruiz"
    assert entry.questions == ("How did you start?", "What is a typical day?")
    assert entry.interview.calendar_uid == interview.calendar_uid


def test_upcoming_entries_are_the_planned_ones_from_now_soonest_first(store, clock):
    now = clock.now()
    contact = store.contacts.add(Contact("Li Wei"))
    later = store.interviews.schedule(Interview(contact_id=contact.id, scheduled_at=now + timedelta(days=3)))
    sooner = store.interviews.schedule(Interview(contact_id=contact.id, scheduled_at=now + timedelta(days=1)))
    store.interviews.schedule(Interview(contact_id=contact.id, scheduled_at=now - timedelta(days=1)))  # past
    done = store.interviews.schedule(Interview(contact_id=contact.id, scheduled_at=now + timedelta(days=2)))
    done.status = InterviewStatus.FINISHED
    store.interviews.update(done)
    assert [e.interview.id for e in store.interviews.upcoming_calendar_entries(now)] == [sooner.id, later.id]
    assert store.interviews.next_planned(contact.id, now).id == sooner.id
    assert store.interviews.next_planned(store.contacts.add(Contact("Bo")).id, now) is None


def test_a_row_written_without_a_uid_gets_one_for_good_when_first_put_in_a_calendar(store):
    interview = _scheduled(store)
    with store.interviews._transaction() as session:  # as an import of an older export leaves it
        session.execute(text("UPDATE interviews SET calendar_uid = '' WHERE id = :id"), {"id": interview.id})
    uid = store.interviews.calendar_entry(interview.id).interview.calendar_uid
    assert uid.endswith("@infointerview")
    assert store.interviews.calendar_entry(interview.id).interview.calendar_uid == uid


def test_checklist_ticks_and_notes_are_kept_per_interview(store):
    first, second = _scheduled(store), _scheduled(store)
    assert store.interviews.checklist_marks(first.id) == {}
    store.interviews.set_checklist_done(first.id, "dress", True)
    store.interviews.save_checklist_notes(first.id, {"research-occupation": "See https://www.bls.gov/ooh/"})
    store.interviews.set_checklist_done(first.id, "research-occupation", True)
    marks = store.interviews.checklist_marks(first.id)
    assert marks["dress"].done and marks["research-occupation"].done
    assert marks["research-occupation"].notes == "See https://www.bls.gov/ooh/"
    store.interviews.set_checklist_done(first.id, "dress", False)
    assert not store.interviews.checklist_marks(first.id)["dress"].done
    assert store.interviews.checklist_marks(second.id) == {}


def test_checklist_writes_report_content_changes(store):
    interview = _scheduled(store)
    seen = []
    store.changes.subscribe(seen.append)
    store.interviews.set_checklist_done(interview.id, "dress", True)
    assert seen and Change.CONTENT in seen[-1]
