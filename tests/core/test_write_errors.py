import errno

import pytest

from app.core.write_errors import WriteProblem, classify_write_error


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("No space left on device", errno.ENOSPC, WriteProblem.DISK_FULL),
        ("", errno.EDQUOT, WriteProblem.DISK_FULL),
        ("(sqlite3.OperationalError) database or disk is full", None, WriteProblem.DISK_FULL),
        ("Read-only file system", errno.EROFS, WriteProblem.READ_ONLY),
        ("attempt to write a readonly database", None, WriteProblem.READ_ONLY),
        ("Permission denied", errno.EACCES, WriteProblem.READ_ONLY),
        ("database is locked", None, WriteProblem.HELD_BY_ANOTHER),
        ("", errno.EBUSY, WriteProblem.HELD_BY_ANOTHER),
        ("'the-missing-key'", None, WriteProblem.UNKNOWN),
        ("Connection reset", errno.ECONNRESET, WriteProblem.UNKNOWN),
    ],
)
def test_each_failed_write_is_put_in_a_kind_a_person_can_act_on(text, number, expected):
    assert classify_write_error(text, number) is expected


def test_the_number_wins_over_misleading_text():
    assert classify_write_error("database is locked", errno.ENOSPC) is WriteProblem.DISK_FULL
