"""Dates and times read as the person's locale writes them."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale

from app.ui.widgets.dates import due_words, when_words

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
GB, US, ES = QLocale("en_GB"), QLocale("en_US"), QLocale("es_ES")


def test_when_is_said_relative_to_today_in_the_locales_clock(qapp):
    assert when_words(datetime(2026, 11, 25, 16, 30, tzinfo=UTC), NOW, GB) == "Today 16:30"
    assert when_words(datetime(2026, 11, 25, 16, 30, tzinfo=UTC), NOW, US) == "Today 4:30\u202fPM"
    assert when_words(datetime(2026, 11, 26, 9, 0, tzinfo=UTC), NOW, GB) == "Tomorrow 09:00"
    assert when_words(datetime(2026, 11, 24, 9, 0, tzinfo=UTC), NOW, GB) == "Yesterday 09:00"
    assert when_words(datetime(2026, 11, 27, 9, 0, tzinfo=UTC), NOW, GB) == "Fri 27 Nov 09:00"
    assert when_words(datetime(2025, 1, 2, 9, 0, tzinfo=UTC), NOW, GB) == "2 Jan 2025 09:00"
    assert when_words(datetime(2026, 11, 27, 9, 0, tzinfo=UTC), NOW, ES) == "vie 27 nov 9:00"
    assert when_words(None, NOW, GB) == "Not scheduled"


def test_the_day_is_the_persons_day(qapp):
    # 21:30 in New York on 25 Nov is 02:30 UTC on the 26th: still "today" there.
    evening = NOW.replace(hour=23).astimezone(ZoneInfo("America/New_York"))
    assert when_words(datetime(2026, 11, 26, 2, 30, tzinfo=UTC), evening, GB) == "Today 21:30"


def test_due_dates(qapp):
    today = date(2026, 11, 25)
    assert due_words(None, today, GB) == "No due date"
    assert due_words(date(2026, 11, 22), today, GB) == "Overdue by 3 days"
    assert due_words(date(2026, 11, 24), today, GB) == "Overdue since yesterday"
    assert due_words(today, today, GB) == "Due today"
    assert due_words(date(2026, 11, 26), today, GB) == "Due tomorrow"
    assert due_words(date(2026, 12, 5), today, GB) == "Due 5 Dec"
