"""Scheduling with a video link, and "Add to calendar…" from a person and from the interview."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from app.core.entities import Contact, Interview, Occupation
from app.core.question_bank import BankQuestion, Tiara
from app.files import load_builtin_bank
from app.store.store import open_store
from app.ui.interview.interview_area import InterviewArea
from app.ui.people.people_view import PeopleView
from app.ui.people.schedule_dialog import ScheduleDialog
from app.ui.shell.preferences import Preferences
from tests.fakes import FakeClock
from tests.ui.conftest import events_following
from tests.ui.pane_data import interview_data, people_data

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def clock():
    # Friday 30 October 2026 in New York, still on summer time; the clocks go back on 1 November.
    return FakeClock(start=datetime(2026, 10, 30, 16, 0, tzinfo=UTC), zone="America/New_York")


@pytest.fixture
def store(tmp_path, clock, migrated_database):
    import shutil

    database = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    opened = open_store(database, clock)
    yield opened
    opened.dispose()


class SavePaths:
    """Stands in for the save dialog: answers with a path in the test's folder, and records the question."""

    def __init__(self, folder, answer: str | None = "interview.ics") -> None:
        self.folder = folder
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent, caption, suggested, file_filter):
        self.asked.append((caption, suggested, file_filter))
        return None if self.answer is None else self.folder / self.answer


def _event(path):
    [event] = Calendar.from_ical(path.read_text(encoding="utf-8")).walk("VEVENT")
    return event


def _schedule_monday_ten(qtbot, clock, store) -> Interview:
    """Book 10:00 on Monday 2 November, the day after the change, through the schedule dialog."""
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", occupation_id=nurse.id))
    dialog = ScheduleDialog(ana, clock.now(), clock.local_zone())
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(QDate(2026, 11, 2), QTime(10, 0)))
    dialog.video_link.setText("  https://meet.example.org/ana  ")
    interview = store.interviews.schedule(dialog.interview())
    store.questions.pick(interview.id, BankQuestion("", "What does a typical day look like?", "Day", Tiara.INSIGHTS, 2))
    return interview


def _people(qtbot, clock, store, paths) -> PeopleView:
    people = PeopleView(clock, events_following(store), ask_save_path=paths)
    qtbot.addWidget(people)
    people.set_data(people_data(store))
    return people


def test_the_schedule_dialog_keeps_the_video_link_and_the_local_time_across_the_change(qtbot, clock, store):
    interview = _schedule_monday_ten(qtbot, clock, store)
    stored = store.interviews.get(interview.id)
    assert stored.video_link == "https://meet.example.org/ana"
    assert stored.scheduled_at == datetime(2026, 11, 2, 15, 0, tzinfo=UTC)  # 10:00 EST, not EDT


def test_add_to_calendar_from_a_person_saves_their_next_interview(qtbot, clock, store, tmp_path):
    interview = _schedule_monday_ten(qtbot, clock, store)
    paths = SavePaths(tmp_path)
    people = _people(qtbot, clock, store, paths)
    assert not people.calendar_button.isEnabled()  # nobody selected yet
    people.contact_table.selectRow(0)
    qtbot.mouseClick(people.calendar_button, Qt.MouseButton.LeftButton)
    assert paths.asked == [("Add to calendar", "interview-ana-ruiz-2026-11-02.ics", "Calendar files (*.ics)")]
    event = _event(tmp_path / "interview.ics")
    assert str(event["UID"]) == interview.calendar_uid
    assert event.decoded("DTSTART") == datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2026, 11, 2, 15, 20, tzinfo=UTC)
    assert event.decoded("DTSTART").astimezone(NEW_YORK).hour == 10
    assert str(event["SUMMARY"]) == "Informational interview with Ana Ruiz"
    assert str(event["LOCATION"]) == str(event["URL"]) == "https://meet.example.org/ana"
    assert "1. What does a typical day look like?" in str(event["DESCRIPTION"])
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == "Confirm the time"
    assert "interview.ics" in people.message.text()


def test_a_reschedule_exports_the_same_uid_with_a_higher_sequence(qtbot, clock, store, tmp_path):
    interview = _schedule_monday_ten(qtbot, clock, store)
    paths = SavePaths(tmp_path, "first.ics")
    people = _people(qtbot, clock, store, paths)
    people.contact_table.selectRow(0)
    people.calendar_button.click()
    interview.scheduled_at += timedelta(days=1)
    store.interviews.update(interview)
    paths.answer = "second.ics"
    people.contact_table.selectRow(0)
    people.calendar_button.click()
    first, second = _event(tmp_path / "first.ics"), _event(tmp_path / "second.ics")
    assert str(first["UID"]) == str(second["UID"])
    assert second.decoded("SEQUENCE") > first.decoded("SEQUENCE")
    assert second.decoded("DTSTART") == datetime(2026, 11, 3, 15, 0, tzinfo=UTC)


def test_a_person_without_a_planned_interview_is_told_and_nothing_is_asked(qtbot, clock, store, tmp_path):
    store.contacts.add(Contact("Li Wei"))
    paths = SavePaths(tmp_path)
    people = _people(qtbot, clock, store, paths)
    people.contact_table.selectRow(0)
    people.calendar_button.click()
    assert paths.asked == []
    assert people.message.text() == "Li Wei has no interview planned. Schedule one first."


def test_cancelling_the_save_writes_nothing(qtbot, clock, store, tmp_path):
    _schedule_monday_ten(qtbot, clock, store)
    people = _people(qtbot, clock, store, SavePaths(tmp_path, None))
    people.contact_table.selectRow(0)
    people.calendar_button.click()
    assert list(tmp_path.glob("*.ics")) == []
    assert people.message.text() == ""


def test_a_folder_that_cannot_be_written_is_said_in_words(qtbot, clock, store, tmp_path):
    _schedule_monday_ten(qtbot, clock, store)
    people = _people(qtbot, clock, store, SavePaths(tmp_path, "missing-folder/interview.ics"))
    people.contact_table.selectRow(0)
    people.calendar_button.click()
    assert people.message.text().startswith("The calendar file could not be saved in")
    assert "Choose another folder." in people.message.text()


def test_add_to_calendar_from_the_interview_saves_the_open_one(qtbot, clock, store, tmp_path):
    interview = _schedule_monday_ten(qtbot, clock, store)
    paths = SavePaths(tmp_path, "open")  # no suffix typed: .ics is added
    area = InterviewArea(
        clock,
        events_following(store),
        lambda: list(load_builtin_bank().questions),
        Preferences(),
        ask_save_path=paths,
    )
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    assert area.session.interview.id == interview.id
    assert area.calendar_button.isEnabled()
    qtbot.mouseClick(area.calendar_button, Qt.MouseButton.LeftButton)
    event = _event(tmp_path / "open.ics")
    assert str(event["UID"]) == interview.calendar_uid
    assert event.decoded("DTSTART") == datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    assert not area.calendar_message.isHidden() and "open.ics" in area.calendar_message.text()
