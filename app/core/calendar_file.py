"""Interviews as calendar events: the text of an ``.ics`` file (RFC 5545), built with ``icalendar``.

Each interview is one event under its own uid, which never changes; its sequence rises on every
reschedule, so a calendar that imports a newer file moves the event it has instead of adding a
second one. Times are written in UTC: the instant is the one the person booked in their zone,
whatever daylight-saving change lies between now and then.

Core stays free of Qt: the words a person reads (the summary, the questions' heading, the alarm)
are handed in by the caller, already in the person's language.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vUri

from app.core.entities import Interview

UID_DOMAIN = "infointerview"
PRODUCT_ID = "-//InfoInterview//InfoInterview//EN"
# The reminder: a day before the interview, time to confirm it with the person.
ALARM_BEFORE = timedelta(days=1)


def new_event_uid() -> str:
    """A uid for a new interview's calendar event, unique for good (RFC 5545 asks for a domain part)."""
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One interview as its event needs it: the interview, whom it is with, the questions picked."""

    interview: Interview
    contact_name: str
    questions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CalendarWords:
    """The words of the events, in the person's language. ``summary`` has a ``{name}`` placeholder."""

    summary: str = "Informational interview with {name}"
    questions_heading: str = "Questions to ask:"
    alarm: str = "Confirm the time"


class NotScheduled(ValueError):
    """An interview without a time cannot be put in a calendar."""


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware one")
    return moment.astimezone(UTC)


def _description(entry: CalendarEntry, words: CalendarWords) -> str:
    lines: list[str] = []
    if entry.questions:
        lines.append(words.questions_heading)
        lines.extend(f"{number}. {text}" for number, text in enumerate(entry.questions, start=1))
    if entry.interview.video_link and entry.interview.location:
        lines.extend(["", entry.interview.video_link])  # the place is the location; the link is here too
    return "\n".join(lines).strip("\n")


def calendar_event(entry: CalendarEntry, words: CalendarWords, stamp: datetime) -> Event:
    interview = entry.interview
    if interview.scheduled_at is None:
        raise NotScheduled(f"interview {interview.id} has no time")
    if not interview.calendar_uid:
        raise ValueError(f"interview {interview.id} has no calendar uid")
    start = _utc(interview.scheduled_at)
    event = Event()
    event.add("uid", interview.calendar_uid)
    event.add("dtstamp", _utc(stamp))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=interview.planned_minutes))
    event.add("sequence", interview.calendar_sequence)
    event.add("summary", words.summary.format(name=entry.contact_name))
    place = interview.location or interview.video_link
    if place:
        event.add("location", place)
    if interview.video_link:
        event.add("url", vUri(interview.video_link))
    description = _description(entry, words)
    if description:
        event.add("description", description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", words.alarm)
    alarm.add("trigger", -ALARM_BEFORE)
    event.add_component(alarm)
    return event


def calendar_text(entries: Iterable[CalendarEntry], words: CalendarWords, stamp: datetime) -> str:
    """The ``.ics`` text of these interviews (those without a time are left out)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    for entry in entries:
        if entry.interview.scheduled_at is not None:
            calendar.add_component(calendar_event(entry, words, stamp))
    return calendar.to_ical().decode("utf-8")


def ics_file_name(contact_name: str, scheduled_at: datetime, zone) -> str:
    """A file name to suggest: ``interview-ana-ruiz-2026-11-02.ics`` (the date in the person's zone)."""
    words = "".join(char if char.isalnum() else "-" for char in contact_name.lower()).strip("-")
    words = "-".join(part for part in words.split("-") if part) or "interview"
    return f"interview-{words}-{scheduled_at.astimezone(zone):%Y-%m-%d}.ics"
