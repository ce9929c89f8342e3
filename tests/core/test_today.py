"""Interviews per week in the person's zone, and the referral tree's shape."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from app.core.today import (
    ReferralRow,
    WeekCount,
    referral_forest,
    start_of_day,
    week_start,
    weekly_counts,
    weeks_shown,
)

NEW_YORK = ZoneInfo("America/New_York")  # clocks go back on Sunday 1 November 2026
BERLIN = ZoneInfo("Europe/Berlin")  # clocks go forward on Sunday 29 March 2026


def test_twelve_weeks_end_with_the_current_one_and_start_on_the_locale_s_first_day():
    starts = weeks_shown(date(2026, 11, 25))  # a Wednesday
    assert len(starts) == 12
    assert starts[-1] == date(2026, 11, 23)  # Monday
    assert starts[0] == date(2026, 9, 7)
    assert week_start(date(2026, 11, 25), first_weekday=6) == date(2026, 11, 22)  # weeks from Sunday


def test_a_sunday_evening_counts_in_its_own_week_although_it_is_monday_in_utc():
    sunday_evening = datetime(2026, 11, 1, 23, 30, tzinfo=NEW_YORK)  # 04:30 UTC on Monday 2 November
    monday_morning = datetime(2026, 11, 2, 0, 30, tzinfo=NEW_YORK)
    assert sunday_evening.astimezone(UTC).date() == date(2026, 11, 2)
    weeks = weekly_counts([sunday_evening, monday_morning], date(2026, 11, 4), NEW_YORK)
    assert weeks[-2:] == [WeekCount(date(2026, 10, 26), 1), WeekCount(date(2026, 11, 2), 1)]
    assert sum(week.count for week in weeks) == 2


def test_the_week_with_a_daylight_saving_change_holds_its_interviews_once():
    repeated_hour = [
        datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK, fold=0),  # 05:30 UTC
        datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK, fold=1),  # 06:30 UTC, the hour again
    ]
    weeks = weekly_counts([moment.astimezone(UTC) for moment in repeated_hour], date(2026, 11, 4), NEW_YORK)
    assert weeks[-2] == WeekCount(date(2026, 10, 26), 2)
    # In spring, 23:30 on the Sunday of the change is still that week in Berlin (21:30 UTC).
    spring = datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN)
    weeks = weekly_counts([spring.astimezone(UTC)], date(2026, 4, 1), BERLIN)
    assert weeks[-2:] == [WeekCount(date(2026, 3, 23), 1), WeekCount(date(2026, 3, 30), 0)]


def test_older_and_later_interviews_are_left_out():
    today = date(2026, 11, 25)
    too_old = datetime(2026, 9, 6, 12, tzinfo=UTC)  # the Sunday before the first week shown
    first = datetime(2026, 9, 7, 12, tzinfo=UTC)
    later = datetime(2026, 11, 30, 12, tzinfo=UTC)
    weeks = weekly_counts([too_old, first, later], today, UTC)
    assert [week.count for week in weeks] == [1] + [0] * 11


def test_a_week_starts_at_local_midnight():
    assert start_of_day(date(2026, 11, 2), NEW_YORK) == datetime(2026, 11, 2, 5, 0, tzinfo=UTC)
    assert start_of_day(date(2026, 10, 26), NEW_YORK) == datetime(2026, 10, 26, 4, 0, tzinfo=UTC)


def shape(nodes) -> list:
    return [(node.name, shape(node.children)) for node in nodes]


def test_the_referral_tree_shows_who_led_to_whom_in_name_order():
    rows = [
        ReferralRow(1, "Ana", "interviewed", None),
        ReferralRow(2, "Bo", "contacted", 1),
        ReferralRow(3, "Cy", "prospect", 2),
        ReferralRow(4, "Al", "prospect", 1),
        ReferralRow(5, "Zoe", "thanked", None),
        ReferralRow(6, "Dee", "prospect", 5),
    ]
    forest = referral_forest(rows)
    assert shape(forest) == [("Ana", [("Al", []), ("Bo", [("Cy", [])])]), ("Zoe", [("Dee", [])])]
    assert forest[0].size() == 4


def test_a_loop_of_referrals_still_shows_everyone_once():
    rows = [ReferralRow(1, "Ana", "prospect", 2), ReferralRow(2, "Bo", "prospect", 1), ReferralRow(3, "Cy", "x", 3)]
    forest = referral_forest(rows)
    assert shape(forest) == [("Ana", [("Bo", [])]), ("Cy", [])]


def test_a_long_chain_needs_no_deep_recursion():
    rows = [ReferralRow(n, f"P{n:05}", "prospect", n - 1 if n else None) for n in range(5000)]
    [root] = referral_forest(rows)
    assert root.size() == 5000
