"""The People list in one read: every person as a plain row, with their occupations in order and
the date of the latest interaction logged with them; their emails in a second read, for filters."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import datetime

from app.core.bulk import collector_paused
from app.core.entities import ContactSource, ContactStatus
from app.core.people import PersonRow

_PEOPLE = """
SELECT c.id, c.full_name, c.organisation, c.job_title, c.status, c.source,
       (SELECT MAX(a.attempted_at) FROM outreach_attempts AS a WHERE a.contact_id = c.id)
FROM contacts AS c
"""
_EMAILS = """
SELECT c.id, c.email || ' ' || COALESCE(group_concat(d.value, ' '), '')
FROM contacts AS c LEFT JOIN contact_details AS d ON d.contact_id = c.id AND d.kind = 'email'
GROUP BY c.id
"""
# Ordered here in Python: cheaper than SQLite's temporary sort trees for these few columns.
_OCCUPATIONS = "SELECT contact_id, position, occupation_id FROM contact_occupations"


def people_rows(connection: sqlite3.Connection, contact_id: int | None = None) -> list[PersonRow]:
    """Everyone (or the one person ``contact_id``), by name; call inside one read transaction.

    Text is read as plain UTF-8 first (ten thousand rows decode several times faster so); only a
    file holding text that is not UTF-8 is read again through the connection's forgiving decoder.
    """
    forgiving = connection.text_factory
    connection.text_factory = str
    try:
        with collector_paused():  # ten thousand rows, none in a cycle
            return _people_rows(connection, contact_id)
    except sqlite3.OperationalError:  # "Could not decode to UTF-8 column ..."
        connection.text_factory = forgiving
        with collector_paused():
            return _people_rows(connection, contact_id)
    finally:
        connection.text_factory = forgiving


def _people_rows(connection: sqlite3.Connection, one: int | None) -> list[PersonRow]:
    where, arguments = ("", ()) if one is None else (" WHERE contact_id = ?", (one,))
    occupations: dict[int, list[int]] = defaultdict(list)
    for contact_id, _position, occupation_id in sorted(connection.execute(_OCCUPATIONS + where, arguments)):
        occupations[contact_id].append(occupation_id)
    statuses = {status.value: status for status in ContactStatus}
    sources = {source.value: source for source in ContactSource}
    rows = []
    for contact_id, name, organisation, title, status, source, last in connection.execute(
        _PEOPLE + ("" if one is None else " WHERE c.id = ?") + " ORDER BY c.id", arguments
    ):
        rows.append(
            PersonRow(
                contact_id,
                name,
                organisation,
                title,
                tuple(occupations.get(contact_id, ())),
                statuses.get(status, ContactStatus.PROSPECT),
                sources.get(source, ContactSource.OTHER),
                # Stored as naive UTC text: read as UTC in one step.
                None if last is None else datetime.fromisoformat(last + "+00:00"),
            )
        )
    rows.sort(key=lambda row: row.full_name.casefold())  # stable: same names stay in the order added
    return rows


def people_emails(connection: sqlite3.Connection) -> dict[int, str]:
    """Every person's emails, space-separated in no set order, by person: what a filter looks in
    beside the list's own columns (read only once a filter is typed)."""
    forgiving = connection.text_factory
    connection.text_factory = str
    try:
        return dict(connection.execute(_EMAILS).fetchall())
    except sqlite3.OperationalError:  # text that is not UTF-8
        connection.text_factory = forgiving
        return dict(connection.execute(_EMAILS).fetchall())
    finally:
        connection.text_factory = forgiving
