"""Dates and times in the person's language and their locale's clock (12- or 24-hour)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.core.formatting import Day, Due, due_state, place_in_time


def _time(local: datetime, locale: QLocale) -> str:
    return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def _day(value: date, locale: QLocale, with_year: bool) -> str:
    return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy" if with_year else "ddd d MMM")


def when_words(moment: datetime | None, now: datetime, locale: QLocale | None = None) -> str:
    """'Today 14:30' / 'Today 2:30 PM', 'Tomorrow …', 'Yesterday …', 'Thu 27 Nov 14:30', '2 Jan 2025 14:30'."""
    locale = locale or QLocale()
    when = place_in_time(moment, now)
    translate = QCoreApplication.translate
    if when.day is Day.NONE or when.local is None:
        return translate("Dates", "Not scheduled")
    clock = _time(when.local, locale)
    if when.day is Day.TODAY:
        return translate("Dates", "Today {time}").format(time=clock)
    if when.day is Day.TOMORROW:
        return translate("Dates", "Tomorrow {time}").format(time=clock)
    if when.day is Day.YESTERDAY:
        return translate("Dates", "Yesterday {time}").format(time=clock)
    day = _day(when.local.date(), locale, with_year=when.day is Day.OTHER_YEAR)
    return translate("Dates", "{day} {time}").format(day=day, time=clock)


def due_words(due: date | None, today: date, locale: QLocale | None = None) -> str:
    """'Due today', 'Overdue by 3 days', 'Due 5 Dec'…"""
    locale = locale or QLocale()
    state = due_state(due, today)
    translate = QCoreApplication.translate
    if state.kind is Due.NONE:
        return translate("Dates", "No due date")
    if state.kind is Due.OVERDUE:
        days = state.days_overdue  # lupdate reads a count only from a plain name in translate()
        return translate("Dates", "Overdue by %n day(s)", None, days)
    if state.kind is Due.OVERDUE_SINCE_YESTERDAY:
        return translate("Dates", "Overdue since yesterday")
    if state.kind is Due.TODAY:
        return translate("Dates", "Due today")
    if state.kind is Due.TOMORROW:
        return translate("Dates", "Due tomorrow")
    qdate = QDate(state.due.year, state.due.month, state.due.day)
    return translate("Dates", "Due {day}").format(day=locale.toString(qdate, "d MMM"))


def day_words(day: date, locale: QLocale | None = None) -> str:
    """'26 Nov 2026' in the person's language (a day something happened: a note sent, a start date)."""
    return _day(day, locale or QLocale(), with_year=True)


def moment_words(local: datetime, locale: QLocale | None = None) -> str:
    """'Thursday 26 November 2026, 14:30' (the time on the locale's clock), for a document's date line."""
    locale = locale or QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "dddd d MMMM yyyy")
    return QCoreApplication.translate("Dates", "{day}, {time}").format(day=day, time=_time(local, locale))
