"""Wording of dates and counts as a person reads them."""

from __future__ import annotations

from datetime import date, datetime


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


def describe_due(due: date | None, today: date) -> str:
    if due is None:
        return "No due date"
    days = (due - today).days
    if days < -1:
        return f"Overdue by {-days} days"
    if days == -1:
        return "Overdue since yesterday"
    if days == 0:
        return "Due today"
    if days == 1:
        return "Due tomorrow"
    return f"Due {due.day} {due:%b}"


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
