"""Interviews as .ics events, read back with icalendar as a calendar would read them."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app.core.calendar_file import CalendarEntry, CalendarWords, NotScheduled, calendar_text, ics_file_name
from app.core.entities import Interview

NEW_YORK = ZoneInfo("America/New_York")
STAMP = datetime(2026, 10, 30, 12, 0, tzinfo=UTC)


def _entry(**changes) -> CalendarEntry:
    fields = dict(
        id=7,
        contact_id=1,
        scheduled_at=datetime(2026, 11, 2, 10, 0, tzinfo=NEW_YORK),  # the day after the clocks go back
        planned_minutes=20,
        location="City Hospital, 3rd floor",
        calendar_uid="3f1c@infointerview",
        calendar_sequence=2,
    )
    fields.update(changes)
    return CalendarEntry(Interview(**fields), "Ana Ruiz", ("What does a typical day look like?", "How did you start?"))


def _events(text: str) -> list:
    return Calendar.from_ical(text).walk("VEVENT")


def test_an_event_carries_uid_stamp_times_summary_place_and_sequence():
    [event] = _events(calendar_text([_entry()], CalendarWords(), STAMP))
    assert str(event["UID"]) == "3f1c@infointerview"
    assert event.decoded("DTSTAMP") == STAMP
    assert str(event["SUMMARY"]) == "Informational interview with Ana Ruiz"
    assert str(event["LOCATION"]) == "City Hospital, 3rd floor"
    assert event.decoded("SEQUENCE") == 2
    assert "URL" not in event


def test_times_are_utc_and_right_across_the_november_change():
    text = calendar_text([_entry()], CalendarWords(), STAMP)
    [event] = _events(text)
    # 10:00 in New York on 2 November 2026 is EST (UTC-5), not EDT as on the day the file is made.
    assert event.decoded("DTSTART") == datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2026, 11, 2, 15, 20, tzinfo=UTC)
    assert "DTSTART:20261102T150000Z" in text
    assert event.decoded("DTSTART").astimezone(NEW_YORK).hour == 10


def test_a_video_interview_has_its_link_as_location_and_url():
    [event] = _events(
        calendar_text([_entry(location="", video_link="https://meet.example.org/abc")], CalendarWords(), STAMP)
    )
    assert str(event["LOCATION"]) == "https://meet.example.org/abc"
    assert str(event["URL"]) == "https://meet.example.org/abc"


def test_the_description_lists_the_picked_questions_under_the_words_given():
    words = CalendarWords(summary="Entretien avec {name}", questions_heading="Questions :", alarm="Confirmer l’heure")
    [event] = _events(calendar_text([_entry()], words, STAMP))
    assert str(event["DESCRIPTION"]).splitlines() == [
        "Questions :",
        "1. What does a typical day look like?",
        "2. How did you start?",
    ]
    assert str(event["SUMMARY"]) == "Entretien avec Ana Ruiz"
    [alarm] = event.walk("VALARM")
    assert str(alarm["DESCRIPTION"]) == "Confirmer l’heure"


def test_an_alarm_the_day_before_asks_to_confirm_the_time():
    [event] = _events(calendar_text([_entry()], CalendarWords(), STAMP))
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert str(alarm["DESCRIPTION"]) == "Confirm the time"
    assert alarm.decoded("TRIGGER") == -timedelta(days=1)


def test_several_interviews_make_one_file_and_unscheduled_ones_are_left_out():
    entries = [_entry(), _entry(id=8, calendar_uid="other@infointerview"), _entry(id=9, scheduled_at=None)]
    calendar = Calendar.from_ical(calendar_text(entries, CalendarWords(), STAMP))
    assert [str(event["UID"]) for event in calendar.walk("VEVENT")] == ["3f1c@infointerview", "other@infointerview"]
    assert str(calendar["VERSION"]) == "2.0"
    assert "PRODID" in calendar


def test_an_unscheduled_interview_alone_is_refused():
    from app.core.calendar_file import calendar_event

    with pytest.raises(NotScheduled):
        calendar_event(_entry(scheduled_at=None), CalendarWords(), STAMP)


def test_the_suggested_file_name_has_the_name_and_the_local_date():
    late = datetime(2026, 11, 3, 3, 0, tzinfo=UTC)  # still 2 November in New York
    assert ics_file_name("Ana Ruiz-López", late, NEW_YORK) == "interview-ana-ruiz-lópez-2026-11-02.ics"
