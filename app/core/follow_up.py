"""Follow-up rules: what to do next about people contacted and interviews coming up.

* A contacted person with no reply after ``try_another_after`` business days (3 by default):
  suggest contacting another person for the same occupation.
* After ``follow_up_after`` business days (7 by default): suggest one polite follow-up.
* The day before an interview: suggest confirming the time.

Business days skip Saturdays and Sundays. Days are the person's calendar days in their zone (the
clock's ``local_zone()``), so a call made on a Friday evening in New York counts from that Friday,
although it is already Saturday in UTC.

A suggestion is known by its kind, whom it is about and the day it became due; a decision (snooze
until a day, or dismiss) is kept under that key, so a new outreach brings a new suggestion, and a
dismissed one stays dismissed (the store keeps it as history).

Only a person still waiting for a reply gets "no reply" suggestions: the interaction log's latest
answer (replied, agreed to meet, declined) or meeting ends the wait, and the count starts from the
latest call, email or message after it (``waiting_since``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, Text, text, translate
from app.core.pipeline import Channel, Interaction, Outcome

SATURDAY = 5

DEFAULT_TRY_ANOTHER_AFTER = 3
DEFAULT_FOLLOW_UP_AFTER = 7
# A business-day count beyond this is a typo, not a preference.
MAX_BUSINESS_DAYS = 60


class FollowUpSettingsError(ValueError):
    """Follow-up numbers that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class FollowUpSettings:
    try_another_after: int = DEFAULT_TRY_ANOTHER_AFTER  # business days without a reply
    follow_up_after: int = DEFAULT_FOLLOW_UP_AFTER  # business days without a reply

    def __post_init__(self) -> None:
        for name in ("try_another_after", "follow_up_after"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_BUSINESS_DAYS:
                raise FollowUpSettingsError(
                    f"{name} must be a whole number of business days from 1 to {MAX_BUSINESS_DAYS}"
                )


class SuggestionKind(StrEnum):
    TRY_ANOTHER_PERSON = "try_another_person"
    FOLLOW_UP = "follow_up"
    CONFIRM_TIME = "confirm_time"


class DecisionKind(StrEnum):
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class SuggestionKey:
    """A suggestion's stable identity: what, about whom (a contact, or an interview), due when."""

    kind: SuggestionKind
    subject_id: int  # the contact for outreach suggestions, the interview for confirming the time
    due_on: date


@dataclass(frozen=True, slots=True)
class LastOutreach:
    """A person marked contacted, and when they were last reached out to (aware)."""

    contact_id: int
    contact_name: str
    occupation_id: int | None
    occupation_title: str
    attempted_at: datetime


@dataclass(frozen=True, slots=True)
class UpcomingInterview:
    interview_id: int
    contact_id: int
    contact_name: str
    scheduled_at: datetime  # aware


@dataclass(frozen=True, slots=True)
class Decision:
    key: SuggestionKey
    kind: DecisionKind
    until: date | None = None  # a snooze shows the suggestion again on this day
    decided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    key: SuggestionKey
    contact_id: int
    contact_name: str
    interview_id: int | None = None
    occupation_id: int | None = None
    occupation_title: str = ""
    scheduled_at: datetime | None = None  # for confirming an interview's time

    @property
    def kind(self) -> SuggestionKind:
        return self.key.kind

    @property
    def due_on(self) -> date:
        return self.key.due_on


# Outcomes that are the person's answer: nobody is waiting for a reply after them.
ANSWERS = frozenset({Outcome.REPLIED, Outcome.AGREED, Outcome.DECLINED})
# Ways of asking that can go unanswered (a meeting is the person there, answering).
ASKING = frozenset({Channel.CALL, Channel.EMAIL, Channel.MESSAGE})


def waiting_since(log: Iterable[Interaction]) -> datetime | None:
    """When the person was last asked (call, email or message) with no answer since, or ``None``
    when they answered (replied, agreed, declined) or met after the last ask, or were never asked:
    the log's latest entry decides.

    An ask whose outcome is "other" (and older entries with none) counts as unanswered."""
    latest = max(log, key=lambda entry: (entry.at, entry.id or 0), default=None)
    if latest is None or ends_the_wait(latest.channel, latest.outcome):
        return None
    return latest.at


def ends_the_wait(channel: Channel, outcome: Outcome) -> bool:
    """Whether a log entry is the person answering (or met), rather than an ask still unanswered."""
    return outcome in ANSWERS or channel not in ASKING


def is_business_day(day: date) -> bool:
    return day.weekday() < SATURDAY


def add_business_days(start: date, count: int) -> date:
    """The day ``count`` business days after ``start`` (``start`` itself may be a weekend day)."""
    if count < 0:
        raise ValueError("count must not be negative")
    if not count:
        return start
    # From a weekend day the count runs as from the Friday before it; five business days on from a
    # weekday is the same weekday a week later; what is left is at most four steps.
    day = start - timedelta(days=max(start.weekday() - SATURDAY + 1, 0))
    weeks, rest = divmod(count, 5)
    day += timedelta(weeks=weeks)
    while rest:
        day += timedelta(days=1)
        if is_business_day(day):
            rest -= 1
    return day


def last_contact_day_due(today: date, settings: FollowUpSettings) -> date:
    """The last day a person can have been contacted on for a "no reply" suggestion to be due by
    ``today``: anyone contacted later than this has nothing due yet (``suggestions`` gives them
    nothing), so a query may leave them out. Days are the person's calendar days."""
    first = min(settings.try_another_after, settings.follow_up_after)
    day = today - timedelta(days=first)  # a business day is at least a calendar day
    while add_business_days(day, first) > today:
        day -= timedelta(days=1)
    return day


def business_days_between(start: date, end: date) -> int:
    """Business days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
    if end <= start:
        return 0
    whole_weeks, rest = divmod((end - start).days, 7)
    count = whole_weeks * 5
    day = start + timedelta(days=whole_weeks * 7)
    for _ in range(rest):
        day += timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count


def _outreach_suggestions(outreach: LastOutreach, zone: tzinfo, settings: FollowUpSettings) -> list[Suggestion]:
    contacted_on = outreach.attempted_at.astimezone(zone).date()
    found = []
    for kind, days in (
        (SuggestionKind.TRY_ANOTHER_PERSON, settings.try_another_after),
        (SuggestionKind.FOLLOW_UP, settings.follow_up_after),
    ):
        key = SuggestionKey(kind, outreach.contact_id, add_business_days(contacted_on, days))
        found.append(
            Suggestion(
                key=key,
                contact_id=outreach.contact_id,
                contact_name=outreach.contact_name,
                occupation_id=outreach.occupation_id,
                occupation_title=outreach.occupation_title,
            )
        )
    return found


def _confirm_suggestion(interview: UpcomingInterview, zone: tzinfo) -> Suggestion:
    day_before = interview.scheduled_at.astimezone(zone).date() - timedelta(days=1)
    return Suggestion(
        key=SuggestionKey(SuggestionKind.CONFIRM_TIME, interview.interview_id, day_before),
        contact_id=interview.contact_id,
        contact_name=interview.contact_name,
        interview_id=interview.interview_id,
        scheduled_at=interview.scheduled_at,
    )


def _hidden(key: SuggestionKey, decisions: dict[SuggestionKey, Decision], today: date) -> bool:
    decision = decisions.get(key)
    if decision is None:
        return False
    if decision.kind is DecisionKind.DISMISSED:
        return True
    return decision.until is None or today < decision.until


def suggestions(
    last_outreach: Iterable[LastOutreach],
    interviews: Iterable[UpcomingInterview],
    decisions: Iterable[Decision],
    today: date,
    zone: tzinfo,
    settings: FollowUpSettings = FollowUpSettings(),
) -> list[Suggestion]:
    """The suggestions due on ``today`` (the person's day in ``zone``), less the snoozed and the
    dismissed; outreach ones oldest due first, then interviews to confirm, in time order.

    ``last_outreach`` holds only people still waiting for a reply (status "contacted"). An outreach
    suggestion stays due from its day on until it is dismissed or the person's status changes; the
    follow-up replaces "try another person" once it is due, so that one person is one line. A time to
    confirm is due on the calendar day before the interview only.
    """
    by_key = {decision.key: decision for decision in decisions}
    due: list[Suggestion] = []
    # Thousands of people share a few dozen contact days: each day's due kind is worked out once.
    due_by_day: dict[date, tuple[SuggestionKind, date] | None] = {}
    for outreach in last_outreach:
        contacted_on = outreach.attempted_at.astimezone(zone).date()
        if contacted_on not in due_by_day:
            found = [s for s in _outreach_suggestions(outreach, zone, settings) if s.due_on <= today]
            latest = max(found, key=lambda s: s.due_on) if found else None
            due_by_day[contacted_on] = None if latest is None else (latest.kind, latest.due_on)
        if (kind_due := due_by_day[contacted_on]) is None:
            continue
        key = SuggestionKey(kind_due[0], outreach.contact_id, kind_due[1])
        if not _hidden(key, by_key, today):
            due.append(
                Suggestion(
                    key=key,
                    contact_id=outreach.contact_id,
                    contact_name=outreach.contact_name,
                    occupation_id=outreach.occupation_id,
                    occupation_title=outreach.occupation_title,
                )
            )
    due.sort(key=lambda s: (s.due_on, s.contact_name, s.contact_id))
    confirm = []
    for interview in interviews:
        suggestion = _confirm_suggestion(interview, zone)
        if suggestion.due_on == today and not _hidden(suggestion.key, by_key, today):
            confirm.append(suggestion)
    confirm.sort(key=lambda s: (s.scheduled_at, s.contact_id))
    return due + confirm


def describe(suggestion: Suggestion, settings: FollowUpSettings = FollowUpSettings()) -> Text:
    """The suggestion as a sentence for a person (``Text``; the UI translates it)."""
    name = suggestion.contact_name
    if suggestion.kind is SuggestionKind.TRY_ANOTHER_PERSON:
        days = settings.try_another_after
        if suggestion.occupation_title:
            return translate(
                "FollowUp",
                "No reply from {name} after %n business day(s): contact another person in {occupation}",
                None,
                days,
            ).with_values(name=name, occupation=suggestion.occupation_title)
        return translate(
            "FollowUp", "No reply from {name} after %n business day(s): contact another person", None, days
        ).with_values(name=name)
    if suggestion.kind is SuggestionKind.FOLLOW_UP:
        days = settings.follow_up_after
        return translate(
            "FollowUp", "No reply from {name} after %n business day(s): send one polite follow-up", None, days
        ).with_values(name=name)
    return text(
        "FollowUp", QT_TRANSLATE_NOOP("FollowUp", "Interview with {name} tomorrow: confirm the time"), name=name
    )
