"""`infointerview export --format ics OUT`: every upcoming interview in one calendar file."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from app import cli
from app.core.entities import Contact, Interview, InterviewStatus
from app.store.store import open_store
from tests.fakes import FakeClock


@pytest.fixture
def ny_clock(monkeypatch):
    clock = FakeClock(start=datetime(2026, 10, 30, 16, 0, tzinfo=UTC), zone="America/New_York")
    monkeypatch.setattr(cli, "_clock", lambda: clock)
    return clock


@pytest.fixture
def data_folder(tmp_path, migrated_database, ny_clock):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(migrated_database, folder / "infointerview.db")
    store = open_store(folder / "infointerview.db", ny_clock)
    ana = store.contacts.add(Contact("Ana Ruiz"))
    li = store.contacts.add(Contact("Li Wei"))
    monday = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)  # 10:00 in New York, the day after the change
    store.interviews.schedule(Interview(ana.id, scheduled_at=monday, location="Café"))
    store.interviews.schedule(Interview(li.id, scheduled_at=monday + timedelta(days=7), planned_minutes=30))
    store.interviews.schedule(Interview(li.id, scheduled_at=ny_clock.now() - timedelta(days=2)))  # past
    done = store.interviews.schedule(Interview(ana.id, scheduled_at=monday + timedelta(days=1)))
    done.status = InterviewStatus.FINISHED
    store.interviews.update(done)
    store.dispose()
    return folder


def test_every_upcoming_interview_goes_to_one_calendar_file(data_folder, tmp_path, capsys):
    target = tmp_path / "interviews.ics"
    assert cli.main(["export", "--format", "ics", str(target), "--data-dir", str(data_folder)]) == 0
    assert capsys.readouterr().out.strip() == f"Exported 2 upcoming interviews to {target}"
    events = Calendar.from_ical(target.read_text(encoding="utf-8")).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [
        "Informational interview with Ana Ruiz",
        "Informational interview with Li Wei",
    ]
    assert [event.decoded("DTSTART") for event in events] == [
        datetime(2026, 11, 2, 15, 0, tzinfo=UTC),
        datetime(2026, 11, 9, 15, 0, tzinfo=UTC),
    ]
    assert events[1].decoded("DTEND") - events[1].decoded("DTSTART") == timedelta(minutes=30)
    assert len({str(event["UID"]) for event in events}) == 2


def test_the_uids_stay_the_same_from_one_export_to_the_next(data_folder, tmp_path, capsys):
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    for target in (first, second):
        assert cli.main(["export", "--format", "ics", str(target), "--data-dir", str(data_folder)]) == 0

    def uids(path):
        return [str(event["UID"]) for event in Calendar.from_ical(path.read_text(encoding="utf-8")).walk("VEVENT")]

    assert uids(first) == uids(second)


def test_an_existing_file_is_kept_without_force(data_folder, tmp_path, capsys):
    target = tmp_path / "interviews.ics"
    target.write_text("mine", encoding="utf-8")
    assert cli.main(["export", "--format", "ics", str(target), "--data-dir", str(data_folder)]) == 2
    assert target.read_text(encoding="utf-8") == "mine"
    assert "exists already" in capsys.readouterr().err
