"""What the home view and the interview lists read, field by field, in the order a person sees them.

Each test reads the store through its public surface (the read models and the repositories) and
compares whole values, so a column read into the wrong field, a lost filter or a changed order is seen.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.entities import (
    ActionItem,
    Contact,
    ContactInUse,
    ContactSource,
    ContactStatus,
    Interview,
    InterviewStatus,
    InterviewSummary,
    Occupation,
    OccupationProgress,
)
from app.core.errors import NotFound
from app.store.read_models import ACTIONS_LIMIT, UPCOMING_LIMIT

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


# The fields the lists read and the repositories below write; an interview may carry more (its
# calendar link), which these tests leave to their own.
FIELDS = (
    "id",
    "contact_id",
    "occupation_id",
    "scheduled_at",
    "planned_minutes",
    "reserve_minutes",
    "location",
    "status",
    "started_at",
    "finished_at",
    "countdown_state",
)


def _seen(item) -> tuple:
    """An interview, or a summary's interview with its names, as the fields compared here."""
    if isinstance(item, InterviewSummary):
        return (*_seen(item.interview), item.contact_name, item.organisation, item.occupation_title)
    return tuple(getattr(item, name) for name in FIELDS)


def _person(store, name="Ana Lima", organisation="City Hall", title="Urban planner"):
    occupation = store.occupations.add(Occupation(title, notes="maps", target_interviews=4))
    contact = store.contacts.add(Contact(name, organisation=organisation, occupation_id=occupation.id))
    return occupation, contact


def _every_field(contact, occupation, **changes) -> Interview:
    fields = dict(
        contact_id=contact.id,
        occupation_id=occupation.id,
        scheduled_at=NOON,
        planned_minutes=25,
        reserve_minutes=7,
        location="Café Rosa",
        status=InterviewStatus.IN_PROGRESS,
        started_at=NOON + timedelta(minutes=3),
        finished_at=None,
        countdown_state='{"version": 1}',
    )
    fields.update(changes)
    return Interview(**fields)


# ---- one interview's summary ------------------------------------------------------------------


def test_an_interview_summary_carries_every_field_and_the_names_a_person_reads(store):
    occupation, contact = _person(store)
    interview = store.interviews.add(_every_field(contact, occupation))
    summary = store.reads.interview_summary(interview.id)
    assert _seen(summary) == (*_seen(interview), "Ana Lima", "City Hall", "Urban planner")
    assert summary.interview.scheduled_at == NOON
    assert summary.interview.started_at.tzinfo is UTC


def test_a_finished_interview_summary_keeps_its_finish_time(store):
    occupation, contact = _person(store)
    finished = NOON + timedelta(minutes=30)
    interview = store.interviews.add(
        _every_field(contact, occupation, status=InterviewStatus.FINISHED, finished_at=finished)
    )
    summary = store.reads.interview_summary(interview.id)
    assert _seen(summary.interview) == _seen(interview)
    assert summary.interview.finished_at == finished


def test_an_interview_without_an_occupation_reads_an_empty_title(store):
    contact = store.contacts.add(Contact("Li Wei", organisation="Port"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    summary = store.reads.interview_summary(interview.id)
    assert (summary.contact_name, summary.organisation, summary.occupation_title) == ("Li Wei", "Port", "")
    assert _seen(summary.interview) == _seen(interview)


def test_an_unknown_interview_summary_is_a_lookup_error_naming_it(store):
    with pytest.raises(LookupError, match="interview 404"):
        store.reads.interview_summary(404)


# ---- interviews by status ----------------------------------------------------------------------


def test_interviews_with_status_lists_only_that_status_newest_first(store):
    occupation, contact = _person(store)
    older = store.interviews.add(
        _every_field(contact, occupation, status=InterviewStatus.FINISHED, finished_at=NOON - timedelta(days=2))
    )
    newer = store.interviews.add(
        _every_field(contact, occupation, status=InterviewStatus.FINISHED, finished_at=NOON - timedelta(days=1))
    )
    store.interviews.add(_every_field(contact, occupation, status=InterviewStatus.PLANNED, started_at=None))
    finished = store.reads.interviews_with_status(InterviewStatus.FINISHED)
    assert [_seen(item.interview) for item in finished] == [_seen(newer), _seen(older)]
    assert _seen(finished[0]) == (*_seen(newer), "Ana Lima", "City Hall", "Urban planner")
    assert [item.interview.id for item in store.reads.interviews_with_status(InterviewStatus.FINISHED, limit=1)] == [
        newer.id
    ]
    assert store.reads.interviews_with_status("finished")[0].interview.id == newer.id


def test_interviews_with_status_lists_up_to_500_by_default(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    with store.contacts._sessions.begin() as session:  # 501 rows at once; the repositories add one a time
        session.connection().exec_driver_sql(
            "INSERT INTO interviews (contact_id, planned_minutes, reserve_minutes, location, status, created_at,"
            " updated_at) SELECT ?, 20, 5, '', 'cancelled', '2026-11-25 14:00:00', '2026-11-25 14:00:00'"
            " FROM (WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 501) SELECT x FROM n)",
            (contact.id,),
        )
    assert len(store.reads.interviews_with_status(InterviewStatus.CANCELLED)) == 500


# ---- today -------------------------------------------------------------------------------------


def test_today_lists_upcoming_interviews_soonest_first_and_undated_last(store):
    occupation, contact = _person(store)
    undated = store.interviews.add(Interview(contact_id=contact.id, occupation_id=occupation.id))
    later = store.interviews.add(_every_field(contact, occupation, scheduled_at=NOON + timedelta(days=1)))
    sooner = store.interviews.add(
        _every_field(contact, occupation, scheduled_at=NOON, status=InterviewStatus.PLANNED, started_at=None)
    )
    store.interviews.add(_every_field(contact, occupation, status=InterviewStatus.FINISHED, finished_at=NOON))
    today = store.reads.today()
    assert [_seen(item.interview) for item in today.upcoming] == [_seen(sooner), _seen(later), _seen(undated)]
    assert _seen(today.upcoming[0]) == (*_seen(sooner), "Ana Lima", "City Hall", "Urban planner")
    assert (today.contact_count, today.interview_count, today.finished_count) == (1, 4, 1)


def test_today_lists_open_next_steps_soonest_first_with_every_field(store):
    occupation, contact = _person(store)
    interview = store.interviews.add(Interview(contact_id=contact.id, occupation_id=occupation.id))
    other = store.contacts.add(Contact("Li Wei"))
    undated = store.actions.add(ActionItem("Read the report", interview_id=interview.id, kind="other"))
    later = store.actions.add(
        ActionItem("Call Li", due_on=date(2026, 12, 3), interview_id=interview.id, contact_id=other.id, kind="referral")
    )
    sooner = store.actions.add(ActionItem("Send thanks", due_on=date(2026, 11, 26), interview_id=interview.id))
    done = store.actions.add(ActionItem("Done already", due_on=date(2026, 11, 20)))
    store.actions.set_done(done.id, True)
    assert store.reads.today().due_actions == [sooner, later, undated]
    assert later.contact_id == other.id and later.kind == "referral"


def test_today_shows_at_most_its_limits(store):
    assert UPCOMING_LIMIT == 50 and ACTIONS_LIMIT == 50
    contact = store.contacts.add(Contact("Ana Lima"))
    for day in range(UPCOMING_LIMIT + 1):
        store.interviews.add(Interview(contact_id=contact.id, scheduled_at=NOON + timedelta(days=day)))
    for day in range(ACTIONS_LIMIT + 1):
        store.actions.add(ActionItem(f"Step {day}", due_on=date(2026, 12, 1) + timedelta(days=day)))
    today = store.reads.today()
    assert len(today.upcoming) == UPCOMING_LIMIT
    assert today.upcoming[-1].interview.scheduled_at == NOON + timedelta(days=UPCOMING_LIMIT - 1)
    assert len(today.due_actions) == ACTIONS_LIMIT
    assert today.due_actions[-1].title == f"Step {ACTIONS_LIMIT - 1}"


def test_today_counts_and_occupations_on_an_empty_store(store):
    today = store.reads.today()
    assert (today.upcoming, today.due_actions, today.occupations) == ([], [], [])
    assert (today.contact_count, today.interview_count, today.finished_count) == (0, 0, 0)


# ---- occupation progress -----------------------------------------------------------------------


def test_occupation_progress_counts_finished_and_coming_interviews(store):
    planner, contact = _person(store)
    nurse = store.occupations.add(Occupation("Nurse", notes="wards", target_interviews=2))
    for status in (InterviewStatus.FINISHED, InterviewStatus.FINISHED, InterviewStatus.PLANNED):
        store.interviews.add(Interview(contact_id=contact.id, occupation_id=planner.id, status=status))
    store.interviews.add(Interview(contact_id=contact.id, occupation_id=planner.id, status=InterviewStatus.IN_PROGRESS))
    store.interviews.add(Interview(contact_id=contact.id, occupation_id=planner.id, status=InterviewStatus.CANCELLED))
    expected = [
        OccupationProgress(nurse, finished_interviews=0, planned_interviews=0),
        OccupationProgress(planner, finished_interviews=2, planned_interviews=2, found=1),
    ]
    assert store.reads.occupation_progress() == expected
    assert store.reads.today().occupations == expected
    assert expected[1].occupation == Occupation("Urban planner", notes="maps", target_interviews=4, id=planner.id)


def test_occupation_progress_counts_people_toward_the_target_each_step_including_those_further_along(store):
    planner = store.occupations.add(Occupation("Urban planner", target_interviews=3))
    nurse = store.occupations.add(Occupation("Nurse"))
    for number, status in enumerate(ContactStatus):
        store.contacts.add(Contact(full_name=f"Person {number}", occupation_id=planner.id, status=status))
    store.contacts.add(Contact(full_name="Elsewhere", occupation_id=nurse.id, status=ContactStatus.SCHEDULED))
    store.contacts.add(Contact(full_name="Nowhere", status=ContactStatus.INTERVIEWED))
    by_title = {row.occupation.title: row for row in store.reads.occupation_progress()}
    # to contact, contacted, scheduled, interviewed, thanked, declined, no reply
    planned = by_title["Urban planner"]
    assert (planned.found, planned.contacted, planned.scheduled, planned.interviewed) == (7, 6, 3, 2)
    nursing = by_title["Nurse"]
    assert (nursing.found, nursing.contacted, nursing.scheduled, nursing.interviewed) == (1, 1, 1, 0)


# ---- the repositories behind them ----------------------------------------------------------------


def test_occupations_are_listed_by_title_and_updated_in_every_field(store):
    zoo = store.occupations.add(Occupation("Zookeeper"))
    baker = store.occupations.add(Occupation("Baker", notes="early", target_interviews=2))
    assert store.occupations.list() == [baker, zoo]
    changed = store.occupations.update(Occupation("Zoo keeper", notes="animals", target_interviews=6, id=zoo.id))
    assert changed == Occupation("Zoo keeper", notes="animals", target_interviews=6, id=zoo.id)
    assert store.occupations.list() == [baker, changed]


def test_updating_a_missing_occupation_is_not_found(store):
    with pytest.raises(NotFound, match="occupation 77"):
        store.occupations.update(Occupation("Ghost", id=77))


def test_deleting_an_occupation_removes_only_it(store):
    keep = store.occupations.add(Occupation("Baker"))
    gone = store.occupations.add(Occupation("Nurse"))
    store.occupations.delete(gone.id)
    store.occupations.delete(9999)  # nothing there: nothing happens
    assert store.occupations.list() == [keep]


def test_a_contact_with_an_interview_cannot_be_deleted_and_one_without_can(store):
    _, contact = _person(store)
    store.interviews.add(Interview(contact_id=contact.id))
    alone = store.contacts.add(Contact("Li Wei"))
    with pytest.raises(ContactInUse, match=f"contact {contact.id} has 1 interview"):
        store.contacts.delete(contact.id)
    store.contacts.delete(alone.id)
    store.contacts.delete(9999)
    assert [person.full_name for person in store.contacts.list()] == ["Ana Lima"]
    assert store.contacts.count() == 1


def test_a_next_step_keeps_every_field_and_its_trimmed_title(store):
    _, contact = _person(store)
    interview = store.interviews.add(Interview(contact_id=contact.id))
    done_at = NOON
    item = store.actions.add(
        ActionItem(
            "  Send thanks  ",
            due_on=date(2026, 12, 1),
            interview_id=interview.id,
            contact_id=contact.id,
            kind="thank_you",
            done_at=done_at,
        )
    )
    assert item == ActionItem(
        "Send thanks",
        due_on=date(2026, 12, 1),
        interview_id=interview.id,
        contact_id=contact.id,
        kind="thank_you",
        done_at=done_at,
        id=item.id,
    )
    assert store.actions.for_interview(interview.id) == [item]


@pytest.mark.parametrize("title", ["", "   "])
def test_a_next_step_without_words_is_refused(store, title):
    with pytest.raises(ValueError, match=r"^A next step needs a description\.$"):
        store.actions.add(ActionItem(title))
    assert store.reads.today().due_actions == []


def test_marking_a_next_step_done_and_undone(store, clock):
    item = store.actions.add(ActionItem("Send thanks"))
    done = store.actions.set_done(item.id, True)
    assert done.done_at == clock.now()
    assert store.reads.today().due_actions == []
    undone = store.actions.set_done(item.id, False)
    assert undone.done_at is None
    assert store.reads.today().due_actions == [undone]
    with pytest.raises(NotFound, match="action item 999"):
        store.actions.set_done(999, True)


# ---- contacts and interviews, field by field ---------------------------------------------------


def test_a_contact_keeps_every_field_through_add_update_and_get(store, clock):
    occupation = store.occupations.add(Occupation("Baker"))
    referrer = store.contacts.add(Contact("Mo Chen"))
    full = Contact(
        "Ana Lima",
        source=ContactSource.COWORKER,
        how_got_name="Met at the fair",
        organisation="City Hall",
        job_title="Planner",
        email="ana@example.org",
        phone="+1 555 0100",
        address="1 Main St",
        website="https://ana.example",
        notes="Likes maps",
        status=ContactStatus.CONTACTED,
        occupation_id=occupation.id,
        referred_by_id=referrer.id,
        may_use_referrer_name=False,
        card_image_path="card-1.png",
    )
    added = store.contacts.add(full)
    full.id = added.id
    assert added == full
    assert store.contacts.get(added.id) == full
    full.status = ContactStatus.DECLINED
    full.source = ContactSource.DIRECTORY
    full.notes = "Said no"
    assert store.contacts.update(full) == full
    assert store.contacts.get(added.id) == full
    with pytest.raises(NotFound, match="contact 999"):
        store.contacts.update(Contact("Ghost", id=999))
    with pytest.raises(NotFound, match="contact 999"):
        store.contacts.get(999)


def test_contacts_are_listed_by_name_and_by_occupation(store):
    baker = store.occupations.add(Occupation("Baker"))
    nurse = store.occupations.add(Occupation("Nurse"))
    zed = store.contacts.add(Contact("Zed Young", occupation_id=baker.id))
    abe = store.contacts.add(Contact("Abe Old", occupation_id=nurse.id))
    mia = store.contacts.add(Contact("Mia Mid", occupation_id=baker.id))
    assert store.contacts.list() == [abe, mia, zed]
    assert store.contacts.list(baker.id) == [mia, zed]
    assert store.contacts.count() == 3


def test_an_interview_keeps_every_field_through_update(store):
    occupation, contact = _person(store)
    interview = store.interviews.add(Interview(contact_id=contact.id))
    changed = _every_field(contact, occupation, id=interview.id)
    assert _seen(store.interviews.update(changed)) == _seen(changed)
    assert _seen(store.interviews.get(interview.id)) == _seen(changed)
    with pytest.raises(NotFound, match="interview 999"):
        store.interviews.update(_every_field(contact, occupation, id=999))
    with pytest.raises(NotFound, match="interview 999"):
        store.interviews.get(999)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (ContactStatus.PROSPECT, ContactStatus.SCHEDULED),
        (ContactStatus.CONTACTED, ContactStatus.SCHEDULED),
        (ContactStatus.INTERVIEWED, ContactStatus.INTERVIEWED),
        (ContactStatus.DECLINED, ContactStatus.DECLINED),
    ],
)
def test_scheduling_books_the_interview_and_moves_the_person_on(store, before, after):
    occupation = store.occupations.add(Occupation("Baker"))
    contact = store.contacts.add(Contact("Ana Lima", status=before))
    booked = store.interviews.schedule(_every_field(contact, occupation, status=InterviewStatus.PLANNED))
    assert store.interviews.get(booked.id) == booked
    assert booked.location == "Café Rosa" and booked.scheduled_at == NOON
    assert store.contacts.get(contact.id).status is after


def test_scheduling_for_an_unknown_person_is_not_found_and_books_nothing(store):
    with pytest.raises(NotFound, match="contact 999"):
        store.interviews.schedule(Interview(contact_id=999))
    assert store.reads.today().interview_count == 0


def test_starting_an_interview_changes_only_its_status_and_start(store, clock):
    occupation, contact = _person(store)
    planned = store.interviews.add(_every_field(contact, occupation, status=InterviewStatus.PLANNED, started_at=None))
    started = store.interviews.mark_started(planned.id)
    assert _seen(started) == _seen(
        _every_field(contact, occupation, status=InterviewStatus.IN_PROGRESS, started_at=clock.now(), id=planned.id)
    )
    clock.advance(60)
    assert store.interviews.mark_started(planned.id).started_at == started.started_at
    with pytest.raises(NotFound, match="interview 999"):
        store.interviews.mark_started(999)


def test_resuming_reopens_only_a_finished_interview(store, clock):
    occupation, contact = _person(store)
    finished_at = NOON + timedelta(minutes=25)
    finished = store.interviews.add(
        _every_field(contact, occupation, status=InterviewStatus.FINISHED, finished_at=finished_at)
    )
    resumed = store.interviews.resume(finished.id, '{"version": 2}')
    assert _seen(resumed) == _seen(
        _every_field(
            contact,
            occupation,
            status=InterviewStatus.IN_PROGRESS,
            finished_at=finished_at,
            countdown_state='{"version": 2}',
            id=finished.id,
        )
    )
    store.wrapups.finish_interview(finished.id)
    kept = store.interviews.resume(finished.id)
    assert (kept.status, kept.countdown_state) == (InterviewStatus.IN_PROGRESS, '{"version": 2}')
    planned = store.interviews.add(Interview(contact_id=contact.id, countdown_state="old"))
    assert _seen(store.interviews.resume(planned.id, "new")) == _seen(planned)
    with pytest.raises(NotFound, match="interview 999"):
        store.interviews.resume(999)


def test_the_countdown_state_is_saved_and_cleared(store):
    _, contact = _person(store)
    interview = store.interviews.add(Interview(contact_id=contact.id))
    store.interviews.save_countdown_state(interview.id, '{"running": true}')
    assert store.interviews.get(interview.id).countdown_state == '{"running": true}'
    store.interviews.save_countdown_state(interview.id, None)
    assert store.interviews.get(interview.id).countdown_state is None
    with pytest.raises(NotFound, match="interview 999"):
        store.interviews.save_countdown_state(999, "x")


def test_times_must_say_their_zone(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    with pytest.raises(ValueError, match="naive datetimes are ambiguous"):
        store.interviews.add(Interview(contact_id=contact.id, scheduled_at=datetime(2026, 11, 27, 12, 0)))
    evening = datetime(2026, 11, 27, 7, 0, tzinfo=ZoneInfo("America/New_York"))
    kept = store.interviews.add(Interview(contact_id=contact.id, scheduled_at=evening))
    assert store.interviews.get(kept.id).scheduled_at == evening
    assert store.interviews.get(kept.id).scheduled_at.tzinfo is UTC


def test_an_occupation_is_added_or_found_by_its_title(store):
    first, added = store.occupations.add_or_find(Occupation("  Urban   planner ", notes="maps", target_interviews=3))
    assert added is True
    assert first == Occupation("Urban planner", notes="maps", target_interviews=3, id=first.id)
    again, added_again = store.occupations.add_or_find(Occupation("urban PLANNER"))
    assert (again, added_again) == (first, False)
    assert store.occupations.list() == [first]


def test_an_interviews_next_steps_come_soonest_first_and_undated_last(store):
    _, contact = _person(store)
    interview = store.interviews.add(Interview(contact_id=contact.id))
    other = store.interviews.add(Interview(contact_id=contact.id))
    undated = store.actions.add(ActionItem("Read the report", interview_id=interview.id))
    later = store.actions.add(ActionItem("Call Li", due_on=date(2026, 12, 3), interview_id=interview.id))
    sooner = store.actions.add(ActionItem("Send thanks", due_on=date(2026, 11, 26), interview_id=interview.id))
    same_day = store.actions.add(ActionItem("Post the card", due_on=date(2026, 11, 26), interview_id=interview.id))
    store.actions.add(ActionItem("Elsewhere", due_on=date(2026, 11, 20), interview_id=other.id))
    assert store.actions.for_interview(interview.id) == [sooner, same_day, later, undated]
    store.actions.remove(later.id)
    store.actions.remove(9999)
    assert store.actions.for_interview(interview.id) == [sooner, same_day, undated]
