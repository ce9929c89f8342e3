from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.data_safety import (
    BackupInfo,
    RescueReport,
    StoreCounts,
    TableRescue,
    describe_backup,
    describe_rescue,
    rescue_lines,
    unsafe_attachment_name,
)


def test_a_backup_is_described_in_the_persons_zone():
    info = BackupInfo(
        path="x.db",
        taken_at=datetime(2026, 12, 3, 23, 30, tzinfo=UTC),
        reason="auto",
        size_bytes=1,
        counts=StoreCounts(42, 61, 40, datetime(2026, 12, 3, 23, 10, tzinfo=UTC)),
    )
    described = describe_backup(info, ZoneInfo("Europe/Paris"))
    assert str(described) == "4 Dec 2026 00:30 — 42 interviews, 61 people, newest note 4 Dec"
    assert described.context == "Backups"


def test_the_rescue_report_names_each_list():
    report = RescueReport(
        "a.db",
        "b.db",
        (TableRescue("contacts", 58, 61), TableRescue("interviews", 40, 42), TableRescue("interview_notes", 40, 40)),
    )
    assert describe_rescue(report) == "58 of 61 people, 40 of 42 interviews, all notes"
    assert [line.context for _entry, line in rescue_lines(report)] == ["Rescue"] * 3


def test_an_unknown_total_is_said_so():
    report = RescueReport("a.db", "b.db", (TableRescue("contacts", 12, None),))
    assert describe_rescue(report) == "12 people (how many there were is unknown)"


@pytest.mark.parametrize("name", ["card-1.jpg", "Zoë.png", "a..b.jpg"])
def test_plain_names_are_safe(name):
    assert not unsafe_attachment_name(name)


@pytest.mark.parametrize("name", ["", "..", "../x", "/etc/passwd", "a/b", "C:\\x", "\\\\server\\x", "x\x00y"])
def test_names_that_leave_the_folder_are_not(name):
    assert unsafe_attachment_name(name)


def test_counts_of_one_read_in_the_singular():
    from app.core.data_safety import ImportSummary, describe_contents, describe_import

    one = StoreCounts(1, 1, 1, None)
    assert str(describe_contents(one, UTC)) == "1 interview, 1 person, no notes"
    assert str(describe_contents(StoreCounts(2, 2, 0, None), UTC)) == "2 interviews, 2 people, no notes"
    summary = ImportSummary(1, "0009", "", {"contacts": 1, "interviews": 1, "interview_notes": 1}, 1)
    assert str(describe_import(summary)) == "Adds 1 person, 1 interview, 1 note and 1 file as new records."
    summary = ImportSummary(1, "0009", "", {"contacts": 2, "interviews": 3, "interview_notes": 0}, 2)
    assert str(describe_import(summary)) == "Adds 2 people, 3 interviews, 0 notes and 2 files as new records."
