"""Why a write failed, in kinds a person can act on, from the error's number and text.

Plain data in, a kind out: the UI picks the words. SQLite reports most of these only as text
("database or disk is full"), the operating system as an errno.
"""

from __future__ import annotations

import errno as errno_codes
from enum import Enum


class WriteProblem(Enum):
    DISK_FULL = "disk_full"  # free some space
    READ_ONLY = "read_only"  # the data folder cannot be written
    HELD_BY_ANOTHER = "held_by_another"  # another program has the database open for writing
    UNKNOWN = "unknown"  # not an expected I/O problem: details are in the log


_BY_ERRNO = {
    errno_codes.ENOSPC: WriteProblem.DISK_FULL,
    errno_codes.EDQUOT: WriteProblem.DISK_FULL,
    errno_codes.EROFS: WriteProblem.READ_ONLY,
    errno_codes.EACCES: WriteProblem.READ_ONLY,
    errno_codes.EPERM: WriteProblem.READ_ONLY,
    errno_codes.EBUSY: WriteProblem.HELD_BY_ANOTHER,
}

# Lower-case fragments of SQLite's and the C library's messages, checked in order.
_BY_TEXT = (
    (("disk is full", "no space left", "disk quota exceeded"), WriteProblem.DISK_FULL),
    (
        ("readonly database", "read-only", "read only file system", "permission denied", "unable to open database"),
        WriteProblem.READ_ONLY,
    ),
    (("database is locked", "database table is locked", "busy"), WriteProblem.HELD_BY_ANOTHER),
)


def classify_write_error(text: str, errno: int | None = None) -> WriteProblem:
    """The kind of problem behind a failed write; UNKNOWN when it is not one we can explain."""
    if errno is not None and errno in _BY_ERRNO:
        return _BY_ERRNO[errno]
    lowered = text.lower()
    for fragments, problem in _BY_TEXT:
        if any(fragment in lowered for fragment in fragments):
            return problem
    return WriteProblem.UNKNOWN
