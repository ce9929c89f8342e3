"""Saves long notes, then saves an edited version and kills itself part-way through that save.

Run as ``python -m tests.note_save_driver DATABASE STATEMENTS``: the process sends itself SIGKILL
right after the edited save has run STATEMENTS SQL statements (so inside its transaction, at
each point between two statements in turn). Prints ``saved INTERVIEW_ID`` once the first
version is committed, and ``edited`` if the second save finished before the kill was due.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.core.clock import SystemClock
from app.core.entities import Contact, Interview
from app.store.store import open_store


def first_version() -> str:
    return "\n".join(f"Paragraph {index} about wards, shifts and mentors." * 5 for index in range(1_500))


def edited_version() -> str:
    """New paragraphs in the middle (more chunks, those after it move) and words at the end."""
    lines = first_version().split("\n")
    inserted = [f"Inserted {index}: ask about the nightingale awards." * 20 for index in range(10)]
    return "\n".join(lines[:700] + inserted + lines[700:]) + " Final thought."


def main() -> None:
    database, statements = Path(sys.argv[1]), int(sys.argv[2])
    store = open_store(database, SystemClock())
    contact = store.contacts.add(Contact(full_name="Kill Test"))
    interview_id = store.interviews.add(Interview(contact_id=contact.id)).id
    store.content.save_notes(interview_id, first_version())
    print("saved", interview_id, flush=True)
    edited = edited_version()
    executed = 0

    def count(*_args) -> None:
        nonlocal executed
        executed += 1
        if executed == statements:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "after_cursor_execute", count)
    store.content.save_notes(interview_id, edited)
    print("edited", flush=True)


if __name__ == "__main__":
    main()
