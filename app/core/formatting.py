"""Wording of dates and counts as a person reads them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


class Day(Enum):
    """How far a moment's calendar day is from today, as people say it."""

    NONE = "none"  # no moment at all
    TODAY = "today"
    TOMORROW = "tomorrow"
    YESTERDAY = "yesterday"
    THIS_YEAR = "this_year"
    OTHER_YEAR = "other_year"


@dataclass(frozen=True, slots=True)
class When:
    """A moment placed against today, in the person's zone; the UI words it in their language."""

    day: Day
    local: datetime | None


def place_in_time(moment: datetime | None, now: datetime) -> When:
    """Where ``moment`` falls from ``now``'s day, both read in ``now``'s zone."""
    if moment is None:
        return When(Day.NONE, None)
    local = moment.astimezone(now.tzinfo)
    days = (local.date() - now.date()).days
    if days == 0:
        day = Day.TODAY
    elif days == 1:
        day = Day.TOMORROW
    elif days == -1:
        day = Day.YESTERDAY
    else:
        day = Day.THIS_YEAR if local.year == now.year else Day.OTHER_YEAR
    return When(day, local)


class Due(Enum):
    NONE = "none"
    OVERDUE = "overdue"  # by ``days`` (2 or more)
    OVERDUE_SINCE_YESTERDAY = "overdue_since_yesterday"
    TODAY = "today"
    TOMORROW = "tomorrow"
    LATER = "later"


@dataclass(frozen=True, slots=True)
class DueState:
    kind: Due
    days_overdue: int = 0
    due: date | None = None


def due_state(due: date | None, today: date) -> DueState:
    if due is None:
        return DueState(Due.NONE)
    days = (due - today).days
    if days < -1:
        return DueState(Due.OVERDUE, -days, due)
    if days == -1:
        return DueState(Due.OVERDUE_SINCE_YESTERDAY, 1, due)
    if days == 0:
        return DueState(Due.TODAY, 0, due)
    if days == 1:
        return DueState(Due.TOMORROW, 0, due)
    return DueState(Due.LATER, 0, due)


def describe_when(moment: datetime | None, now: datetime) -> str:
    """'Today 14:30', 'Tomorrow 09:00', 'Thu 27 Nov 14:30', in the local time of ``now``."""
    if moment is None:
        return "Not scheduled"
    local = moment.astimezone(now.tzinfo)
    days = (local.date() - now.date()).days
    clock = local.strftime("%H:%M")
    if days == 0:
        return f"Today {clock}"
    if days == 1:
        return f"Tomorrow {clock}"
    if days == -1:
        return f"Yesterday {clock}"
    if local.year == now.year:
        return f"{local:%a} {local.day} {local:%b} {clock}"
    return f"{local.day} {local:%b %Y} {clock}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else (plural_form or singular + 's')}"


def lower_first(text: str) -> str:
    """Lower only an ordinary capitalised first word, never an acronym or a name like "NASA"."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def as_a(occupation: str) -> str:
    """'an urban planner' from the occupation title 'Urban planner'; '' for no title."""
    title = lower_first(occupation.strip())
    if not title:
        return ""
    article = "an" if title[0].lower() in "aeiou" else "a"
    return f"{article} {title}"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word to at most ``limit`` characters with "…" when cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    ends_a_word = not flat[limit - 1].isalnum()
    at_space = cut.rfind(" ")
    if not ends_a_word and at_space > limit // 2:  # cut at a word unless that loses too much
        cut = cut[:at_space]
    return cut.rstrip(" ,;:.—-") + "…"
