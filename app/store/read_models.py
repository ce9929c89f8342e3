"""Read-only list queries in plain SQL over the standard library's sqlite3.

Lists that a view shows as soon as the app starts (Today, the occupations with their progress)
are read here rather than through SQLAlchemy, so they can be on screen before SQLAlchemy has
finished importing. Writes always go through the repositories. Each call opens a short read
transaction of its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from app.core.entities import (
    ActionItem,
    Interview,
    InterviewStatus,
    InterviewSummary,
    Occupation,
    OccupationProgress,
    TodaySummary,
)
from app.core.people import PersonRow
from app.store.connection import connect, read_transaction
from app.store.people_list import people_emails, people_rows

UPCOMING_LIMIT = 50
ACTIONS_LIMIT = 50

_OCCUPATION_PROGRESS = """
SELECT o.id, o.title, o.notes, o.target_interviews,
       COALESCE(SUM(i.status = 'finished'), 0),
       COALESCE(SUM(i.status IN ('planned', 'in_progress')), 0),
       COALESCE(p.found, 0), COALESCE(p.contacted, 0), COALESCE(p.scheduled, 0), COALESCE(p.interviewed, 0)
FROM occupations AS o
LEFT JOIN interviews AS i ON i.occupation_id = o.id
LEFT JOIN (
    SELECT co.occupation_id,
           COUNT(*) AS found,
           SUM(c.status <> 'prospect') AS contacted,
           SUM(c.status IN ('scheduled', 'interviewed', 'thanked')) AS scheduled,
           SUM(c.status IN ('interviewed', 'thanked')) AS interviewed
    FROM contact_occupations AS co
    JOIN contacts AS c ON c.id = co.contact_id
    GROUP BY co.occupation_id
) AS p ON p.occupation_id = o.id
WHERE o.archived = 0
GROUP BY o.id
ORDER BY o.position, o.title
"""

# An interview with the names a person reads; every interview list selects these columns, in the
# order _summary() reads them.
_SUMMARY_FROM = """
SELECT i.id, i.contact_id, i.occupation_id, i.scheduled_at, i.planned_minutes, i.reserve_minutes,
       i.location, i.status, i.started_at, i.finished_at, i.countdown_state,
       c.full_name, c.organisation, COALESCE(o.title, '')
FROM interviews AS i
JOIN contacts AS c ON c.id = i.contact_id
LEFT JOIN occupations AS o ON o.id = i.occupation_id
"""

_UPCOMING = (
    _SUMMARY_FROM
    + """
WHERE i.status IN ('planned', 'in_progress')
ORDER BY i.scheduled_at IS NULL, i.scheduled_at, i.id
LIMIT ?
"""
)

_BY_STATUS = (
    _SUMMARY_FROM
    + """
WHERE i.status = ?
ORDER BY COALESCE(i.finished_at, i.scheduled_at) DESC, i.id DESC
LIMIT ?
"""
)

_ONE = _SUMMARY_FROM + "WHERE i.id = ?"

_OPEN_ACTIONS = """
SELECT id, title, due_on, interview_id, contact_id, kind
FROM action_items
WHERE done_at IS NULL
ORDER BY due_on IS NULL, due_on, id
LIMIT ?
"""

_COUNTS = """
SELECT (SELECT COUNT(*) FROM contacts),
       (SELECT COUNT(*) FROM interviews),
       (SELECT COUNT(*) FROM interviews WHERE status = 'finished')
"""


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _summary(row: tuple) -> InterviewSummary:
    """A row selected through _SUMMARY_FROM."""
    return InterviewSummary(
        Interview(
            id=row[0],
            contact_id=row[1],
            occupation_id=row[2],
            scheduled_at=_time(row[3]),
            planned_minutes=row[4],
            reserve_minutes=row[5],
            location=row[6],
            status=InterviewStatus(row[7]),
            started_at=_time(row[8]),
            finished_at=_time(row[9]),
            countdown_state=row[10],
        ),
        contact_name=row[11],
        organisation=row[12],
        occupation_title=row[13],
    )


class ReadModels:
    def __init__(self, database: Path) -> None:
        self._database = database

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection inside one read transaction (BEGIN before the first SELECT)."""
        with closing(connect(self._database, read_only=True)) as connection, read_transaction(connection):
            yield connection

    def occupation_progress(self) -> list[OccupationProgress]:
        with self._read() as connection:
            return self._occupation_progress(connection)

    @staticmethod
    def _occupation_progress(connection: sqlite3.Connection) -> list[OccupationProgress]:
        return [
            OccupationProgress(
                Occupation(id=row[0], title=row[1], notes=row[2], target_interviews=row[3]),
                finished_interviews=row[4],
                planned_interviews=row[5],
                found=row[6],
                contacted=row[7],
                scheduled=row[8],
                interviewed=row[9],
            )
            for row in connection.execute(_OCCUPATION_PROGRESS)
        ]

    def interviews_with_status(self, status: InterviewStatus, limit: int = 500) -> list[InterviewSummary]:
        """The most recent interviews in one status, newest first."""
        with self._read() as connection:
            return [_summary(row) for row in connection.execute(_BY_STATUS, (InterviewStatus(status).value, limit))]

    def interview_summary(self, interview_id: int) -> InterviewSummary:
        with self._read() as connection:
            row = connection.execute(_ONE, (interview_id,)).fetchone()
        if row is None:
            raise LookupError(f"interview {interview_id}")
        return _summary(row)

    def today(self) -> TodaySummary:
        with self._read() as connection:  # one snapshot for every part of the summary
            upcoming = [_summary(row) for row in connection.execute(_UPCOMING, (UPCOMING_LIMIT,))]
            actions = [
                ActionItem(
                    id=row[0], title=row[1], due_on=_date(row[2]), interview_id=row[3], contact_id=row[4], kind=row[5]
                )
                for row in connection.execute(_OPEN_ACTIONS, (ACTIONS_LIMIT,))
            ]
            contacts, interviews, finished = connection.execute(_COUNTS).fetchone()
            return TodaySummary(
                upcoming=upcoming,
                due_actions=actions,
                occupations=self._occupation_progress(connection),
                contact_count=contacts,
                interview_count=interviews,
                finished_count=finished,
            )

    def people(self) -> list[PersonRow]:
        """Everyone as the People list shows them, in one read (see app/store/people_list.py)."""
        with self._read() as connection:
            return people_rows(connection)

    def people_emails(self) -> dict[int, str]:
        """Every person's emails, by person, for filtering the People list."""
        with self._read() as connection:
            return people_emails(connection)

    def person_row(self, contact_id: int) -> PersonRow | None:
        """One person as the People list shows them (None once they are gone)."""
        with self._read() as connection:
            rows = people_rows(connection, contact_id)
        return rows[0] if rows else None
