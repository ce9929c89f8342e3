"""Follow-up rules: business days across weekends, month and year ends and zones; snooze and dismiss."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.follow_up import (
    Decision,
    DecisionKind,
    FollowUpSettings,
    FollowUpSettingsError,
    LastOutreach,
    SuggestionKey,
    SuggestionKind,
    UpcomingInterview,
    add_business_days,
    business_days_between,
    describe,
    last_contact_day_due,
    suggestions,
)
from tests.fakes import FakeClock

NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


def outreach(at: datetime, contact_id: int = 1, occupation: str = "Nursing") -> LastOutreach:
    return LastOutreach(contact_id, "Ana Ruiz", 7, occupation, at)


DEFAULTS = FollowUpSettings()


def due(clock: FakeClock, people=(), interviews=(), decisions=(), settings=DEFAULTS):
    return suggestions(people, interviews, decisions, clock.today(), clock.local_zone(), settings)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 11, 23), 3, date(2026, 11, 26)),  # Monday -> Thursday
        (date(2026, 11, 27), 3, date(2026, 12, 2)),  # Friday -> Wednesday, across a weekend and a month end
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # Saturday -> Monday
        (date(2026, 11, 29), 3, date(2026, 12, 2)),  # Sunday -> Wednesday
        (date(2026, 12, 30), 3, date(2027, 1, 4)),  # Wednesday -> Monday, across the year end
        (date(2026, 12, 24), 7, date(2027, 1, 4)),  # two weekends and the year end
        (date(2028, 2, 25), 3, date(2028, 3, 1)),  # Friday -> Wednesday, past a 29 February
        (date(2026, 11, 23), 0, date(2026, 11, 23)),
    ],
)
def test_business_days_skip_weekends(start, count, expected):
    assert add_business_days(start, count) == expected
    if count:
        assert business_days_between(start, expected) == count
        assert business_days_between(start, expected - timedelta(days=1)) < count


def test_business_days_between_counts_many_weeks_like_stepping():
    start = date(2026, 11, 27)
    for offset in range(40):
        end = start + timedelta(days=offset)
        stepped = sum(1 for n in range(1, offset + 1) if (start + timedelta(days=n)).weekday() < 5)
        assert business_days_between(start, end) == stepped


def test_no_reply_after_three_business_days_suggests_another_person():
    contacted = datetime(2026, 11, 23, 15, tzinfo=UTC)  # Monday
    clock = FakeClock(start=datetime(2026, 11, 25, 15, tzinfo=UTC))  # Wednesday: two business days
    assert due(clock, [outreach(contacted)]) == []
    clock.advance(24 * 3600)  # Thursday
    [suggestion] = due(clock, [outreach(contacted)])
    assert suggestion.kind is SuggestionKind.TRY_ANOTHER_PERSON
    assert suggestion.key == SuggestionKey(SuggestionKind.TRY_ANOTHER_PERSON, 1, date(2026, 11, 26))
    assert (suggestion.contact_id, suggestion.occupation_id, suggestion.occupation_title) == (1, 7, "Nursing")


def test_after_seven_business_days_one_polite_follow_up_instead():
    contacted = datetime(2026, 11, 23, 15, tzinfo=UTC)  # Monday -> due Wednesday 2 December
    clock = FakeClock(start=datetime(2026, 12, 1, 15, tzinfo=UTC))
    [suggestion] = due(clock, [outreach(contacted)])
    assert suggestion.kind is SuggestionKind.TRY_ANOTHER_PERSON
    clock.advance(24 * 3600)
    [suggestion] = due(clock, [outreach(contacted)])
    assert suggestion.key == SuggestionKey(SuggestionKind.FOLLOW_UP, 1, date(2026, 12, 2))


def test_the_numbers_are_settings():
    contacted = datetime(2026, 11, 23, 15, tzinfo=UTC)
    clock = FakeClock(start=datetime(2026, 11, 24, 15, tzinfo=UTC))  # one business day later
    settings = FollowUpSettings(try_another_after=1, follow_up_after=2)
    [suggestion] = due(clock, [outreach(contacted)], settings=settings)
    assert suggestion.kind is SuggestionKind.TRY_ANOTHER_PERSON
    clock.advance(24 * 3600)
    [suggestion] = due(clock, [outreach(contacted)], settings=settings)
    assert suggestion.kind is SuggestionKind.FOLLOW_UP
    with pytest.raises(FollowUpSettingsError):
        FollowUpSettings(try_another_after=0)
    with pytest.raises(FollowUpSettingsError):
        FollowUpSettings(follow_up_after=True)


def test_a_friday_evening_call_in_new_york_counts_from_friday():
    # 19:30 on Friday 27 November in New York is already Saturday in UTC.
    contacted = datetime(2026, 11, 27, 19, 30, tzinfo=NEW_YORK).astimezone(UTC)
    assert contacted.date() == date(2026, 11, 28)
    # Tuesday 1 December, 21:00 in New York (Wednesday in UTC): only two business days there.
    clock = FakeClock(start=datetime(2026, 12, 1, 21, tzinfo=NEW_YORK).astimezone(UTC), zone="America/New_York")
    assert due(clock, [outreach(contacted)]) == []
    clock.advance(4 * 3600)  # 01:00 Wednesday in New York
    [suggestion] = due(clock, [outreach(contacted)])
    assert suggestion.due_on == date(2026, 12, 2)


def test_a_thursday_evening_call_in_new_york_is_not_counted_from_utcs_friday():
    contacted = datetime(2026, 11, 26, 19, 30, tzinfo=NEW_YORK).astimezone(UTC)  # Friday 00:30 UTC
    clock = FakeClock(start=datetime(2026, 12, 1, 9, tzinfo=NEW_YORK).astimezone(UTC), zone="America/New_York")
    [suggestion] = due(clock, [outreach(contacted)])
    assert suggestion.due_on == date(2026, 12, 1)  # Thursday + 3 business days
    # Counted in UTC's day (Friday), it would wait for Wednesday.
    assert due(FakeClock(start=clock.now()), [outreach(contacted)]) == []


def test_a_monday_morning_call_in_tokyo_is_still_sunday_in_utc():
    contacted = datetime(2026, 11, 30, 8, tzinfo=TOKYO)  # Monday in Tokyo, Sunday 23:00 UTC
    clock = FakeClock(start=datetime(2026, 12, 3, 9, tzinfo=TOKYO).astimezone(UTC), zone="Asia/Tokyo")
    [suggestion] = due(clock, [outreach(contacted.astimezone(UTC))])
    assert suggestion.due_on == date(2026, 12, 3)


def test_snoozed_until_a_day_then_shown_again():
    contacted = datetime(2026, 11, 23, 15, tzinfo=UTC)
    clock = FakeClock(start=datetime(2026, 11, 26, 15, tzinfo=UTC))
    [suggestion] = due(clock, [outreach(contacted)])
    snooze = Decision(suggestion.key, DecisionKind.SNOOZED, until=date(2026, 11, 28))
    assert due(clock, [outreach(contacted)], decisions=[snooze]) == []
    clock.advance(24 * 3600)
    assert due(clock, [outreach(contacted)], decisions=[snooze]) == []
    clock.advance(24 * 3600)
    assert due(clock, [outreach(contacted)], decisions=[snooze]) == [suggestion]


def test_dismissed_stays_dismissed_but_the_next_rule_still_comes():
    contacted = datetime(2026, 11, 23, 15, tzinfo=UTC)
    clock = FakeClock(start=datetime(2026, 11, 26, 15, tzinfo=UTC))
    [suggestion] = due(clock, [outreach(contacted)])
    dismissed = Decision(suggestion.key, DecisionKind.DISMISSED)
    for _ in range(5):  # up to Tuesday 1 December
        clock.advance(24 * 3600)
        assert due(clock, [outreach(contacted)], decisions=[dismissed]) == []
    clock.advance(24 * 3600)  # Wednesday 2 December: seven business days
    [follow_up] = due(clock, [outreach(contacted)], decisions=[dismissed])
    assert follow_up.kind is SuggestionKind.FOLLOW_UP


def test_a_new_outreach_brings_a_new_suggestion_despite_an_old_dismissal():
    first = datetime(2026, 11, 23, 15, tzinfo=UTC)
    clock = FakeClock(start=datetime(2026, 11, 26, 15, tzinfo=UTC))
    [old] = due(clock, [outreach(first)])
    dismissed = Decision(old.key, DecisionKind.DISMISSED)
    again = datetime(2026, 11, 26, 16, tzinfo=UTC)
    clock.advance(6 * 24 * 3600)  # Wednesday 2 December
    [new] = due(clock, [outreach(again)], decisions=[dismissed])
    assert new.key == SuggestionKey(SuggestionKind.TRY_ANOTHER_PERSON, 1, date(2026, 12, 1))


def test_suggestions_for_several_people_oldest_first():
    clock = FakeClock(start=datetime(2026, 12, 2, 15, tzinfo=UTC))
    recent = outreach(datetime(2026, 11, 26, 15, tzinfo=UTC), contact_id=2)
    older = outreach(datetime(2026, 11, 24, 15, tzinfo=UTC), contact_id=3)
    assert [s.contact_id for s in due(clock, [recent, older])] == [3, 2]


def interview(at: datetime, interview_id: int = 9) -> UpcomingInterview:
    return UpcomingInterview(interview_id, 4, "Bo Chen", at.astimezone(UTC))


def test_the_day_before_an_interview_suggests_confirming_the_time():
    clock = FakeClock(start=datetime(2026, 11, 30, 9, tzinfo=UTC))
    at = datetime(2026, 12, 2, 10, tzinfo=UTC)
    assert due(clock, interviews=[interview(at)]) == []
    clock.advance(24 * 3600)
    [suggestion] = due(clock, interviews=[interview(at)])
    assert suggestion.key == SuggestionKey(SuggestionKind.CONFIRM_TIME, 9, date(2026, 12, 1))
    assert (suggestion.interview_id, suggestion.contact_id, suggestion.scheduled_at) == (9, 4, at)
    clock.advance(24 * 3600)  # the day itself
    assert due(clock, interviews=[interview(at)]) == []


def test_the_day_before_is_the_persons_day_across_midnight():
    # 00:30 on Wednesday in New York is 05:30 UTC Wednesday; 23:30 Tuesday there is Wednesday in UTC.
    just_after_midnight = datetime(2026, 12, 2, 0, 30, tzinfo=NEW_YORK)
    just_before_midnight = datetime(2026, 12, 1, 23, 30, tzinfo=NEW_YORK)
    monday_evening = datetime(2026, 11, 30, 22, tzinfo=NEW_YORK).astimezone(UTC)  # Tuesday 03:00 UTC
    clock = FakeClock(start=monday_evening, zone="America/New_York")
    [suggestion] = due(clock, interviews=[interview(just_before_midnight, 1), interview(just_after_midnight, 2)])
    assert suggestion.interview_id == 1
    clock.advance(3 * 3600)  # 01:00 Tuesday in New York
    [suggestion] = due(clock, interviews=[interview(just_before_midnight, 1), interview(just_after_midnight, 2)])
    assert suggestion.interview_id == 2
    assert suggestion.due_on == date(2026, 12, 1)


def test_confirming_can_be_snoozed_or_dismissed():
    clock = FakeClock(start=datetime(2026, 12, 1, 9, tzinfo=UTC))
    upcoming = [interview(datetime(2026, 12, 2, 10, tzinfo=UTC))]
    [suggestion] = due(clock, interviews=upcoming)
    assert due(clock, interviews=upcoming, decisions=[Decision(suggestion.key, DecisionKind.DISMISSED)]) == []
    later = Decision(suggestion.key, DecisionKind.SNOOZED, until=date(2026, 12, 1))
    assert due(clock, interviews=upcoming, decisions=[later]) == [suggestion]


def test_outreach_first_then_interviews_in_time_order():
    clock = FakeClock(start=datetime(2026, 12, 1, 9, tzinfo=UTC))
    late, early = (
        interview(datetime(2026, 12, 2, 15, tzinfo=UTC), 1),
        interview(datetime(2026, 12, 2, 8, tzinfo=UTC), 2),
    )
    found = due(clock, [outreach(datetime(2026, 11, 23, 15, tzinfo=UTC))], [late, early])
    assert [s.kind for s in found] == [SuggestionKind.TRY_ANOTHER_PERSON, *[SuggestionKind.CONFIRM_TIME] * 2]
    assert [s.interview_id for s in found[1:]] == [2, 1]


def test_descriptions_are_marked_sentences_with_the_numbers_of_the_settings():
    clock = FakeClock(start=datetime(2026, 12, 2, 15, tzinfo=UTC))
    settings = FollowUpSettings(try_another_after=2, follow_up_after=5)
    [s] = due(clock, [outreach(datetime(2026, 11, 30, 15, tzinfo=UTC))], settings=settings)
    words = describe(s, settings)
    assert words.context == "FollowUp" and words.n == 2
    assert str(words) == "No reply from Ana Ruiz after 2 business days: contact another person in Nursing"
    [s] = due(clock, [outreach(datetime(2026, 11, 30, 15, tzinfo=UTC), occupation="")], settings=settings)
    assert str(describe(s, settings)) == "No reply from Ana Ruiz after 2 business days: contact another person"
    [s] = due(clock, [outreach(datetime(2026, 11, 20, 15, tzinfo=UTC))], settings=settings)
    assert str(describe(s, settings)) == "No reply from Ana Ruiz after 5 business days: send one polite follow-up"
    [s] = due(clock, interviews=[interview(datetime(2026, 12, 3, 15, tzinfo=UTC))])
    assert str(describe(s)) == "Interview with Bo Chen tomorrow: confirm the time"


def test_the_wait_starts_at_the_last_ask_and_an_answer_or_a_meeting_ends_it():
    from app.core.follow_up import waiting_since
    from app.core.pipeline import Channel, Interaction, Outcome

    friday = datetime(2026, 11, 20, 15, tzinfo=UTC)
    monday = datetime(2026, 11, 23, 15, tzinfo=UTC)

    def entry(at, channel, outcome, entry_id):
        return Interaction(1, at, channel, outcome, id=entry_id)

    assert waiting_since([]) is None
    asked = entry(friday, Channel.EMAIL, Outcome.WAITING, 1)
    assert waiting_since([asked]) == friday
    assert waiting_since([entry(monday, Channel.CALL, Outcome.LEFT_MESSAGE, 2), asked]) == monday  # any order
    for outcome in (Outcome.REPLIED, Outcome.AGREED, Outcome.DECLINED):
        assert waiting_since([asked, entry(monday, Channel.CALL, outcome, 2)]) is None
    assert waiting_since([asked, entry(monday, Channel.MEETING, Outcome.OTHER, 2)]) is None
    # Asked again after an answer: the wait starts again; "other" on an ask (older entries) is no answer.
    answered = entry(friday, Channel.CALL, Outcome.REPLIED, 1)
    assert waiting_since([answered, entry(monday, Channel.MESSAGE, Outcome.OTHER, 2)]) == monday
    # Logged at the same minute: the entry logged last decides.
    assert (
        waiting_since(
            [entry(friday, Channel.CALL, Outcome.NO_ANSWER, 1), entry(friday, Channel.CALL, Outcome.REPLIED, 2)]
        )
        is None
    )


def _stepped(start: date, count: int) -> date:
    """Business days counted one calendar day at a time (what ``add_business_days`` must match)."""
    day = start
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def test_adding_business_days_matches_stepping_day_by_day_from_every_weekday():
    start = date(2026, 12, 24)  # a Thursday, with the year end ahead
    for offset in range(14):
        for count in range(0, 61):
            day = start + timedelta(days=offset)
            assert add_business_days(day, count) == _stepped(day, count), (day, count)


@pytest.mark.parametrize("zone", [UTC, NEW_YORK, TOKYO])
@pytest.mark.parametrize(
    "settings", [DEFAULTS, FollowUpSettings(1, 1), FollowUpSettings(5, 2), FollowUpSettings(10, 20)]
)
def test_the_last_contact_day_due_is_where_the_suggestions_stop(zone, settings):
    """Everyone contacted on or before that day has a suggestion due; nobody contacted after it has."""
    for offset in range(10):
        today = date(2026, 11, 23) + timedelta(days=offset)  # every weekday and a weekend or two
        last = last_contact_day_due(today, settings)
        for back in range(-3, 30):
            contacted_on = today - timedelta(days=back)
            at = datetime.combine(contacted_on, datetime.min.time(), tzinfo=zone).replace(hour=23, minute=30)
            found = suggestions([outreach(at)], [], [], today, zone, settings)
            assert bool(found) == (contacted_on <= last), (today, contacted_on, last)
