"""Follow-up suggestions from a store: contacted people and their latest outreach, planned
interviews, and snoozes and dismissals kept across reads (dismissed ones as history)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.changes import Change
from app.core.entities import Contact, ContactStatus, Interview, InterviewStatus, Occupation
from app.core.follow_up import DecisionKind, FollowUpSettings, SuggestionKey, SuggestionKind
from app.store.connection import create_store_engine, make_session_factory
from app.store.models import OutreachAttemptRecord
from app.store.repositories import to_db_time

DEFAULTS = FollowUpSettings()


@pytest.fixture
def write_outreach(store, tmp_path):
    # Nothing in the app writes outreach attempts yet; the table is there.
    engine = create_store_engine(tmp_path / "infointerview.db")
    sessions = make_session_factory(engine)

    def write(contact_id: int, at: datetime) -> None:
        with sessions.begin() as session:
            session.add(OutreachAttemptRecord(contact_id=contact_id, attempted_at=to_db_time(at), channel="phone"))

    yield write
    engine.dispose()


def contact(store, name: str, status: ContactStatus, occupation_id: int | None = None) -> int:
    return store.contacts.add(Contact(full_name=name, status=status, occupation_id=occupation_id)).id


def test_contacted_people_are_counted_from_their_latest_outreach(store, clock, write_outreach):
    nursing = store.occupations.add(Occupation(title="Nursing")).id
    ana = contact(store, "Ana Ruiz", ContactStatus.CONTACTED, nursing)
    bo = contact(store, "Bo Chen", ContactStatus.SCHEDULED, nursing)  # replied: no follow-up
    cy = contact(store, "Cy Diaz", ContactStatus.CONTACTED)  # contacted, but no attempt logged
    write_outreach(ana, datetime(2026, 11, 16, 15, tzinfo=UTC))
    write_outreach(ana, datetime(2026, 11, 20, 15, tzinfo=UTC))  # Friday: the latest
    write_outreach(bo, datetime(2026, 11, 16, 15, tzinfo=UTC))
    outreach, _, _ = store.suggestions.inputs()
    assert [(o.contact_id, o.contact_name, o.occupation_title, o.attempted_at) for o in outreach] == [
        (ana, "Ana Ruiz", "Nursing", datetime(2026, 11, 20, 15, tzinfo=UTC))
    ]
    assert cy not in [o.contact_id for o in outreach]
    # The clock says Wednesday 25 November: three business days after Friday.
    [suggestion] = store.suggestions.due(DEFAULTS)
    assert suggestion.key == SuggestionKey(SuggestionKind.TRY_ANOTHER_PERSON, ana, date(2026, 11, 25))
    assert suggestion.occupation_id == nursing


def test_snooze_then_dismiss_is_kept_and_dismissed_ones_stay_in_the_history(store, clock, write_outreach):
    ana = contact(store, "Ana Ruiz", ContactStatus.CONTACTED)
    write_outreach(ana, datetime(2026, 11, 20, 15, tzinfo=UTC))
    [suggestion] = store.suggestions.due(DEFAULTS)
    heard = []
    store.changes.subscribe(heard.append)
    snoozed = store.suggestions.snooze(suggestion.key, date(2026, 11, 27))
    assert (snoozed.kind, snoozed.until) == (DecisionKind.SNOOZED, date(2026, 11, 27))
    assert Change.CONTACTS in heard[-1]
    assert store.suggestions.due(DEFAULTS) == []
    clock.advance(2 * 24 * 3600)  # Friday 27 November
    assert store.suggestions.due(DEFAULTS) == [suggestion]
    dismissed = store.suggestions.dismiss(suggestion.key)
    assert dismissed.decided_at == clock.now()
    clock.advance(24 * 3600)
    assert store.suggestions.due(DEFAULTS) == []
    assert [d.key for d in store.suggestions.dismissed()] == [suggestion.key]
    assert len(store.suggestions.inputs()[2]) == 1  # one decision per suggestion, the latest


def test_the_day_before_a_planned_interview_suggests_confirming(store, clock):
    bo = contact(store, "Bo Chen", ContactStatus.SCHEDULED)
    tomorrow = clock.now() + timedelta(days=1)
    planned = store.interviews.add(Interview(contact_id=bo, scheduled_at=tomorrow))
    store.interviews.add(Interview(contact_id=bo, scheduled_at=tomorrow, status=InterviewStatus.CANCELLED))
    store.interviews.add(Interview(contact_id=bo, scheduled_at=clock.now() + timedelta(days=9)))
    [suggestion] = store.suggestions.due(DEFAULTS)
    assert suggestion.kind is SuggestionKind.CONFIRM_TIME
    assert (suggestion.interview_id, suggestion.contact_name, suggestion.scheduled_at) == (
        planned.id,
        "Bo Chen",
        tomorrow,
    )
    store.suggestions.dismiss(suggestion.key)
    assert store.suggestions.due(DEFAULTS) == []


def test_people_who_answered_get_no_no_reply_suggestion_and_the_wait_counts_from_the_last_unanswered_ask(store, clock):
    from app.core.pipeline import Channel, Outcome

    log = store.outreach.log
    friday, monday = datetime(2026, 11, 20, 15, tzinfo=UTC), datetime(2026, 11, 23, 15, tzinfo=UTC)
    replied = contact(store, "Ana Ruiz", ContactStatus.PROSPECT)
    log(replied, Channel.EMAIL, Outcome.WAITING, at=datetime(2026, 11, 2, 15, tzinfo=UTC))
    log(replied, Channel.EMAIL, Outcome.REPLIED, at=datetime(2026, 11, 4, 15, tzinfo=UTC))
    agreed = contact(store, "Bo Chen", ContactStatus.PROSPECT)
    log(agreed, Channel.CALL, Outcome.NO_ANSWER, at=datetime(2026, 11, 2, 15, tzinfo=UTC))
    log(agreed, Channel.CALL, Outcome.AGREED, at=datetime(2026, 11, 3, 15, tzinfo=UTC))
    met = contact(store, "Cy Diaz", ContactStatus.PROSPECT)
    log(met, Channel.MEETING, Outcome.OTHER, at=datetime(2026, 11, 3, 15, tzinfo=UTC))
    declined = contact(store, "Di Park", ContactStatus.PROSPECT)
    log(declined, Channel.CALL, Outcome.DECLINED, at=datetime(2026, 11, 3, 15, tzinfo=UTC))
    # Replied weeks ago, then asked again on Friday with no answer: the wait starts on Friday.
    asked_again = contact(store, "Ed Fox", ContactStatus.PROSPECT)
    log(asked_again, Channel.CALL, Outcome.NO_ANSWER, at=datetime(2026, 11, 2, 15, tzinfo=UTC))
    log(asked_again, Channel.CALL, Outcome.REPLIED, at=datetime(2026, 11, 3, 15, tzinfo=UTC))
    log(asked_again, Channel.EMAIL, Outcome.WAITING, at=friday)
    # Asked on Friday, then again on Monday: the wait starts on Monday.
    twice = contact(store, "Flo Gil", ContactStatus.PROSPECT)
    log(twice, Channel.MESSAGE, Outcome.WAITING, at=friday)
    log(twice, Channel.CALL, Outcome.LEFT_MESSAGE, at=monday)
    assert {store.contacts.get(i).status for i in (replied, agreed, met, asked_again, twice)} == {
        ContactStatus.CONTACTED
    }
    outreach, _, _ = store.suggestions.inputs()
    assert [(o.contact_id, o.attempted_at) for o in outreach] == [(asked_again, friday), (twice, monday)]
    # Wednesday 25 November: three business days after Friday across the weekend, two after Monday.
    assert [(s.contact_id, s.kind) for s in store.suggestions.due(DEFAULTS)] == [
        (asked_again, SuggestionKind.TRY_ANOTHER_PERSON)
    ]
    clock.advance(24 * 3600)  # Thursday: three business days after Monday too
    assert [(s.contact_id, s.kind) for s in store.suggestions.due(DEFAULTS)] == [
        (asked_again, SuggestionKind.TRY_ANOTHER_PERSON),
        (twice, SuggestionKind.TRY_ANOTHER_PERSON),
    ]
    assert store.reads.today(clock).follow_ups == store.suggestions.due(DEFAULTS)  # Today shows the same
    log(twice, Channel.CALL, Outcome.REPLIED)
    assert [s.contact_id for s in store.suggestions.due(DEFAULTS)] == [asked_again]
    assert store.reads.today(clock).follow_ups == store.suggestions.due(DEFAULTS)
    clock.advance(7 * 24 * 3600)  # a week on: still nothing for those who answered
    assert [(s.contact_id, s.kind) for s in store.suggestions.due(DEFAULTS)] == [
        (asked_again, SuggestionKind.FOLLOW_UP)
    ]
