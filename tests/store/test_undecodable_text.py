"""Text written into the file by another program that is not valid UTF-8 is read with
replacement characters, and logged with where it is; nothing that reads it fails."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing

import pytest

from app.core.entities import Contact, Interview, InterviewStatus
from app.store import connection as connection_module
from app.store.health import inspect_database

# "caf\xe9" is Latin-1 for "café": the é is not UTF-8.
BAD_NOTE = "notes from the caf"
BAD_NAME = "Jos"
BAD_PLACE = "Caf"


@pytest.fixture
def damaged(store, tmp_path, monkeypatch):
    monkeypatch.setattr(connection_module, "_reported", set())
    contact = store.contacts.add(Contact("Placeholder"))
    interview = store.interviews.add(Interview(contact.id, status=InterviewStatus.PLANNED))
    store.content.save_notes(interview.id, "placeholder")
    database = tmp_path / "infointerview.db"
    with closing(sqlite3.connect(database)) as raw, raw:
        raw.execute("UPDATE interview_notes SET body = CAST(? || x'e920636f666665650a' AS TEXT)", (BAD_NOTE,))
        raw.execute("UPDATE contacts SET full_name = CAST(? || x'e9' AS TEXT)", (BAD_NAME,))
        raw.execute("UPDATE interviews SET location = CAST(? || x'e9' AS TEXT)", (BAD_PLACE,))
    assert inspect_database(database).exists  # SQLite's quick check does not look at text
    return store, contact, interview


def test_repositories_read_it_with_replacement_characters(damaged, caplog):
    store, contact, interview = damaged
    caplog.set_level(logging.WARNING)
    assert store.contacts.get(contact.id).full_name == "Jos\ufffd"
    assert [person.full_name for person in store.contacts.list()] == ["Jos\ufffd"]
    assert store.interviews.get(interview.id).location == "Caf\ufffd"
    assert store.content.notes(interview.id) == "notes from the caf\ufffd coffee\n"
    assert "contacts.full_name rowid 1" in caplog.text
    assert "interview_notes.body rowid 1" in caplog.text
    assert "interviews.location rowid 1" in caplog.text


def test_read_models_read_it_with_replacement_characters(damaged):
    store, _contact, interview = damaged
    today = store.reads.today()
    (upcoming,) = today.upcoming
    assert upcoming.contact_name == "Jos\ufffd"
    assert upcoming.interview.location == "Caf\ufffd"
    assert store.reads.interview_summary(interview.id).contact_name == "Jos\ufffd"


def test_search_finds_it_and_shows_it_with_replacement_characters(damaged):
    store, _contact, interview = damaged
    results = store.search.search("coffee")
    assert [hit.interview_id for hit in results.hits] == [interview.id]
    assert results.hits[0].contact_name == "Jos\ufffd"
    assert "\ufffd" in results.hits[0].snippet
    assert store.search.search("jos").hits[0].contact_name == "Jos\ufffd"


def test_each_undecodable_text_is_logged_once(damaged, caplog):
    store, contact, _interview = damaged
    caplog.set_level(logging.WARNING)
    for _ in range(3):
        store.contacts.get(contact.id)
    assert caplog.text.count("contacts.full_name rowid 1") == 1
    assert "not valid UTF-8" in caplog.text
