"""Today's summary read in one go: the same follow-ups, reminders and wrap-ups the repositories
compute, plus preparation ticks, interviews per week in the person's zone and the referral tree."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.entities import Contact, ContactStatus, Interview, InterviewStatus, Occupation, WrapUpState
from app.core.follow_up import FollowUpSettings, SuggestionKind
from app.core.today import WeekCount
from app.core.wrapup import WrapUpStep
from app.store.connection import create_store_engine, make_session_factory
from app.store.models import OutreachAttemptRecord
from app.store.repositories import to_db_time
from tests.fakes import FakeClock


@pytest.fixture
def write_outreach(store, tmp_path):
    engine = create_store_engine(tmp_path / "infointerview.db")
    sessions = make_session_factory(engine)

    def write(contact_id: int, at: datetime) -> None:
        with sessions.begin() as session:
            session.add(OutreachAttemptRecord(contact_id=contact_id, attempted_at=to_db_time(at), channel="phone"))

    yield write
    engine.dispose()


def add(store, name: str, status=ContactStatus.PROSPECT, **fields) -> int:
    return store.contacts.add(Contact(full_name=name, status=status, **fields)).id


def test_follow_ups_are_the_ones_the_suggestion_rules_give(store, clock, write_outreach):
    nursing = store.occupations.add(Occupation("Nursing")).id
    ana = add(store, "Ana Ruiz", ContactStatus.CONTACTED, occupation_id=nursing)
    bo = add(store, "Bo Chen", ContactStatus.CONTACTED)
    cy = add(store, "Cy Diaz", ContactStatus.SCHEDULED)
    write_outreach(ana, datetime(2026, 11, 10, 15, tzinfo=UTC))
    write_outreach(ana, datetime(2026, 11, 16, 15, tzinfo=UTC))  # the latest: 7 business days ago
    write_outreach(bo, datetime(2026, 11, 19, 15, tzinfo=UTC))  # 4 business days ago
    store.interviews.add(Interview(cy, scheduled_at=clock.now() + timedelta(days=1)))
    summary = store.reads.today(clock)
    assert summary.follow_ups == store.suggestions.due(FollowUpSettings())
    assert [(s.kind, s.contact_name) for s in summary.follow_ups] == [
        (SuggestionKind.TRY_ANOTHER_PERSON, "Bo Chen"),  # due 24 November
        (SuggestionKind.FOLLOW_UP, "Ana Ruiz"),  # due today, 25 November
        (SuggestionKind.CONFIRM_TIME, "Cy Diaz"),
    ]
    assert summary.follow_ups[1].occupation_title == "Nursing"

    store.suggestions.snooze(summary.follow_ups[0].key, date(2026, 11, 27))
    store.suggestions.dismiss(summary.follow_ups[2].key)
    summary = store.reads.today(clock)
    assert [(s.kind, s.contact_name) for s in summary.follow_ups] == [(SuggestionKind.FOLLOW_UP, "Ana Ruiz")]
    assert summary.dismissed_count == 1

    settings = FollowUpSettings(try_another_after=5, follow_up_after=9)
    store.settings.save_follow_up_settings(settings)
    summary = store.reads.today(clock)
    assert summary.follow_up_settings == settings
    assert summary.follow_ups == store.suggestions.due(settings)
    assert [(s.kind, s.contact_name) for s in summary.follow_ups] == [(SuggestionKind.TRY_ANOTHER_PERSON, "Ana Ruiz")]


def test_an_unusable_follow_up_setting_takes_its_default(store, clock):
    store.settings.set_json("follow_up", {"try_another_after": 0, "follow_up_after": 9})
    assert store.reads.today(clock).follow_up_settings == FollowUpSettings(follow_up_after=9)
    store.settings.set_json("follow_up", ["not", "a", "mapping"])
    assert store.reads.today(clock).follow_up_settings == FollowUpSettings()


def test_thank_you_notes_and_unfinished_wrap_ups_are_those_of_the_wrap_up_repository(store, clock):
    people = [add(store, name) for name in ("Ana Ruiz", "Bo Chen", "Cy Diaz")]
    ids = [store.interviews.add(Interview(person)).id for person in people]
    for interview_id in ids:
        store.wrapups.finish_interview(interview_id)
    for step in WrapUpStep:
        store.wrapups.set_step(ids[1], step, WrapUpState.DONE)
    store.wrapups.set_step(ids[2], WrapUpStep.THANK_YOU_NOTE, WrapUpState.SKIPPED)
    clock.advance(25 * 3600)
    summary = store.reads.today(clock)
    assert summary.thank_you_nudges == store.wrapups.nudges(clock.now())
    assert [nudge.contact_name for nudge in summary.thank_you_nudges] == ["Ana Ruiz", "Bo Chen"]
    assert summary.unfinished_wrapups == [p.interview_id for p in store.wrapups.incomplete()] == [ids[0], ids[2]]


def test_preparation_ticks_are_read_for_upcoming_interviews_only(store, clock):
    ana, bo = add(store, "Ana Ruiz"), add(store, "Bo Chen")
    coming = store.interviews.add(Interview(ana, scheduled_at=clock.now() + timedelta(days=2))).id
    held = store.interviews.add(Interview(bo, status=InterviewStatus.FINISHED)).id
    store.interviews.set_checklist_done(coming, "pick-questions", True)
    store.interviews.set_checklist_done(coming, "dress", True)
    store.interviews.set_checklist_done(coming, "dress", False)
    store.interviews.set_checklist_done(held, "dress", True)
    assert store.reads.today(clock).checklist_ticked == {coming: frozenset({"pick-questions"})}


def test_interviews_per_week_are_counted_in_the_person_s_zone(store, tmp_path):
    new_york = ZoneInfo("America/New_York")
    clock = FakeClock(datetime(2026, 11, 4, 17, tzinfo=UTC), zone=new_york)  # Wednesday
    ana = add(store, "Ana Ruiz")
    held = [
        datetime(2026, 11, 1, 23, 30, tzinfo=new_york),  # Sunday evening: Monday 04:30 in UTC
        datetime(2026, 11, 2, 0, 30, tzinfo=new_york),
        datetime(2026, 8, 3, 12, tzinfo=new_york),  # before the twelve weeks
    ]
    for at in held:
        store.interviews.add(Interview(ana, scheduled_at=at, status=InterviewStatus.FINISHED))
    store.interviews.add(Interview(ana, scheduled_at=held[1], status=InterviewStatus.CANCELLED))
    store.interviews.add(Interview(ana, scheduled_at=held[1], status=InterviewStatus.PLANNED))
    weeks = store.reads.today(clock).interviews_per_week
    assert len(weeks) == 12
    assert weeks[-2:] == [WeekCount(date(2026, 10, 26), 1), WeekCount(date(2026, 11, 2), 1)]
    assert sum(week.count for week in weeks) == 2
    sunday_weeks = store.reads.today(clock, first_weekday=6).interviews_per_week
    assert sunday_weeks[-1] == WeekCount(date(2026, 11, 1), 2)


def test_the_referral_tree_holds_only_people_in_a_chain(store, clock):
    ana = add(store, "Ana Ruiz", ContactStatus.INTERVIEWED)
    bo = add(store, "Bo Chen", referred_by_id=ana)
    add(store, "Cy Diaz", referred_by_id=bo)
    add(store, "Loner")
    [root] = store.reads.today(clock).referrals
    assert (root.name, root.status) == ("Ana Ruiz", "interviewed")
    assert [child.name for child in root.children] == ["Bo Chen"]
    assert [child.name for child in root.children[0].children] == ["Cy Diaz"]


def test_dismissed_follow_ups_name_whom_they_were_about(store, clock, write_outreach):
    ana = add(store, "Ana Ruiz", ContactStatus.CONTACTED)
    bo = add(store, "Bo Chen", ContactStatus.SCHEDULED)
    write_outreach(ana, datetime(2026, 11, 16, 15, tzinfo=UTC))
    store.interviews.add(Interview(bo, scheduled_at=clock.now() + timedelta(days=1)))
    follow_up, confirm = store.reads.today(clock).follow_ups
    store.suggestions.dismiss(confirm.key)
    clock.advance(60)
    store.suggestions.dismiss(follow_up.key)
    dismissed = store.reads.dismissed_follow_ups()
    assert [(d.key, d.contact_name) for d in dismissed] == [(follow_up.key, "Ana Ruiz"), (confirm.key, "Bo Chen")]
    assert store.reads.today(clock).dismissed_count == 2


def test_without_a_clock_only_the_undated_parts_are_read(store, clock):
    add(store, "Ana Ruiz")
    summary = store.reads.today()
    assert summary.contact_count == 1
    assert summary.follow_ups == [] and summary.interviews_per_week == [] and summary.follow_up_settings is None


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Tokyo"])
def test_today_leaves_out_only_people_with_nothing_due_yet(tmp_path, migrated_database, zone):
    """Today's read leaves out, in its query, people contacted too recently for anything to be due;
    the suggestions it gives are still those of the core rules over each person's whole log (the
    suggestion repository's path), on every day of two weeks, whatever the settings and the zone."""
    import shutil

    from app.store.store import open_store

    database = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    clock = FakeClock(start=datetime(2026, 11, 16, 15, tzinfo=UTC), zone=zone)
    store = open_store(database, clock)
    engine = create_store_engine(database)
    sessions = make_session_factory(engine)
    try:
        nursing = store.occupations.add(Occupation("Nursing")).id
        entries = [("phone", ""), ("email", "waiting"), ("call", "replied"), ("meeting", "other"), ("message", "")]
        with sessions.begin() as session:
            for n in range(60):
                status = ContactStatus.CONTACTED if n % 7 else ContactStatus.SCHEDULED
                person = add(store, f"Person {n:02d}", status, occupation_id=nursing if n % 2 else None)
                # Two tries each, the latest spread over three weeks up to a few days ahead, at
                # times of day that fall on another calendar day in some zones.
                latest = datetime(2026, 11, 10, tzinfo=UTC) + timedelta(hours=9 * n + 3)
                for at, (channel, outcome) in ((latest - timedelta(days=4), ("call", "")), (latest, entries[n % 5])):
                    session.add(
                        OutreachAttemptRecord(
                            contact_id=person, attempted_at=to_db_time(at), channel=channel, outcome=outcome
                        )
                    )
        for settings in (FollowUpSettings(), FollowUpSettings(try_another_after=1, follow_up_after=4)):
            store.settings.save_follow_up_settings(settings)
            seen = set()
            for _day in range(14):
                summary = store.reads.today(clock)
                assert summary.follow_ups == store.suggestions.due(settings)
                seen.add(len(summary.follow_ups))
                if summary.follow_ups:  # decisions are applied the same way on both paths
                    store.suggestions.dismiss(summary.follow_ups[-1].key)
                clock.advance(24 * 3600)
            clock.advance(-14 * 24 * 3600)
            assert len(seen) > 3  # the days differ: some people become due as they pass
    finally:
        engine.dispose()
        store.dispose()
