"""The People list in one read: every person as a plain row, with their occupations in order,
every email and the date of the latest interaction logged with them."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import UTC, datetime

from app.core.entities import ContactSource, ContactStatus
from app.core.people import PersonRow

_PEOPLE = """
SELECT c.id, c.full_name, c.organisation, c.job_title, c.email, c.status, c.source, a.last
FROM contacts AS c
LEFT JOIN (SELECT contact_id, MAX(attempted_at) AS last FROM outreach_attempts GROUP BY contact_id) AS a
       ON a.contact_id = c.id
ORDER BY c.full_name COLLATE NOCASE, c.id
"""
_OCCUPATIONS = "SELECT contact_id, occupation_id FROM contact_occupations ORDER BY contact_id, position"
_EMAILS = "SELECT contact_id, value FROM contact_details WHERE kind = 'email' ORDER BY contact_id, position, id"


def _when(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def people_rows(connection: sqlite3.Connection) -> list[PersonRow]:
    """Everyone, by name; call inside one read transaction."""
    occupations: dict[int, list[int]] = defaultdict(list)
    for contact_id, occupation_id in connection.execute(_OCCUPATIONS):
        occupations[contact_id].append(occupation_id)
    emails: dict[int, list[str]] = defaultdict(list)
    for contact_id, value in connection.execute(_EMAILS):
        emails[contact_id].append(value)
    statuses = {status.value: status for status in ContactStatus}
    sources = {source.value: source for source in ContactSource}
    rows = []
    for contact_id, name, organisation, title, email, status, source, last in connection.execute(_PEOPLE):
        extra = emails.get(contact_id)
        rows.append(
            PersonRow(
                id=contact_id,
                full_name=name,
                organisation=organisation,
                job_title=title,
                emails=" ".join([email, *extra]) if extra else email,
                occupation_ids=tuple(occupations.get(contact_id, ())),
                status=statuses.get(status, ContactStatus.PROSPECT),
                source=sources.get(source, ContactSource.OTHER),
                last_interaction=_when(last),
            )
        )
    return rows
