"""Behaviours of the store that small slips once broke without any test noticing.

Each test here was checked by breaking the code it guards on purpose and seeing it fail.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.entities import ActionItem, Contact, Interview, InterviewStatus, Occupation
from app.core.wrapup import Referral, referral_follow_up_due
from app.store.connection import BUSY_TIMEOUT_MS
from app.store.health import DatabaseUnreadable, inspect_database
from app.store.store import open_store
from app.store.wrapup_repository import WrapUpRepository
from tests.fakes import FakeClock

# 21:30 on 25 November in New York is already 26 November in UTC.
LATE_EVENING_UTC = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)


def _interview(store, clock, name="Ana Lima", **fields) -> Interview:
    occupation = store.occupations.add(Occupation("Urban planner"))
    contact = store.contacts.add(Contact(name, occupation_id=occupation.id))
    return store.interviews.add(Interview(contact_id=contact.id, occupation_id=occupation.id, **fields))


# ---- finishing and starting -------------------------------------------------------------------


def test_finishing_twice_keeps_the_first_finish_time(store, clock):
    interview = _interview(store, clock, started_at=clock.now(), status=InterviewStatus.IN_PROGRESS)
    store.wrapups.finish_interview(interview.id)
    first = clock.now()
    clock.advance(3600)
    store.wrapups.finish_interview(interview.id)
    saved = store.interviews.get(interview.id)
    assert saved.finished_at == first
    assert saved.status is InterviewStatus.FINISHED


def test_mark_started_never_reopens_a_finished_interview(store, clock):
    interview = _interview(store, clock)
    started = store.interviews.mark_started(interview.id)
    assert (started.status, started.started_at) == (InterviewStatus.IN_PROGRESS, clock.now())
    first_start = clock.now()
    store.wrapups.finish_interview(interview.id)
    clock.advance(600)
    again = store.interviews.mark_started(interview.id)
    assert again.status is InterviewStatus.FINISHED
    assert again.started_at == first_start
    assert store.interviews.get(interview.id).status is InterviewStatus.FINISHED


# ---- referrals --------------------------------------------------------------------------------


def test_a_referrals_follow_up_keeps_its_due_date(store, clock):
    interview = _interview(store, clock, started_at=clock.now())
    referral = Referral("Li Wei", "li@example.org", True)
    person = store.wrapups.add_referral(interview.id, referral, follow_up_title="Contact Li Wei")
    due = referral_follow_up_due(clock.today())
    assert due == date(2026, 12, 2)
    [action] = store.wrapups.actions(interview.id)
    assert (action.contact_id, action.due_on, action.kind) == (person.id, due, "referral")
    assert [item.due_on for item in store.actions.for_interview(interview.id)] == [due]
    assert [item.due_on for item in store.reads.today().due_actions] == [due]
    clock.advance(3 * 86400)
    assert [item.due_on for item in store.reads.today().due_actions] == [due]


def test_a_referral_follow_up_falls_due_from_the_local_day(store):
    evening = FakeClock(LATE_EVENING_UTC, zone="America/New_York")
    wrapups = WrapUpRepository(store.contacts._sessions, evening)
    interview = _interview(store, evening, started_at=evening.now())
    person = wrapups.add_referral(interview.id, Referral("Li Wei", "", None), follow_up_title="Contact Li Wei")
    [action] = wrapups.actions(interview.id)
    assert action.due_on == referral_follow_up_due(date(2026, 11, 25)) == date(2026, 12, 2)
    assert (action.title, action.contact_id) == ("Contact Li Wei", person.id)
    assert person.referred_by_id == interview.contact_id  # the link; the words are made when shown
    assert person.how_got_name == ""


def test_a_referral_never_asked_about_their_name_is_not_stored_as_told_to_keep_it_quiet(store, clock):
    """Whether the referrer's name may be mentioned is kept as asked: unknown, yes or no (the UI
    words it when shown; tests/ui/shell/test_guards.py)."""
    interview = _interview(store, clock)
    unasked = store.wrapups.add_referral(interview.id, Referral("Li Wei"))
    refused = store.wrapups.add_referral(interview.id, Referral("Bo Chen", "", False))
    allowed = store.wrapups.add_referral(interview.id, Referral("Cy Dunn", "", True))
    stored = {person.full_name: person for person in store.wrapups.referrals(interview.id)}
    assert [stored[person.full_name].may_use_referrer_name for person in (unasked, refused, allowed)] == [
        None,
        False,
        True,
    ]
    assert {person.how_got_name for person in stored.values()} == {""}
    assert store.wrapups.actions(interview.id) == []  # no follow-up unless the UI gives its title


# ---- lists ------------------------------------------------------------------------------------


def test_contacts_are_listed_by_name(store):
    for name in ("Zoe Park", "Ana Lima", "Mia Roth"):
        store.contacts.add(Contact(name))
    assert [contact.full_name for contact in store.contacts.list()] == ["Ana Lima", "Mia Roth", "Zoe Park"]


def test_undated_next_steps_sort_last(store, clock):
    interview = _interview(store, clock)
    store.actions.add(ActionItem("Read the report", interview_id=interview.id))
    store.actions.add(ActionItem("Call Li", due_on=date(2026, 12, 3), interview_id=interview.id))
    store.actions.add(ActionItem("Email Bo", due_on=date(2026, 11, 27), interview_id=interview.id))
    expected = ["Email Bo", "Call Li", "Read the report"]
    assert [item.title for item in store.actions.for_interview(interview.id)] == expected
    assert [item.title for item in store.wrapups.actions(interview.id)] == expected
    assert [item.title for item in store.reads.today().due_actions] == expected


def test_the_planned_count_includes_interviews_under_way(store, clock):
    nurse = store.occupations.add(Occupation("Nurse"))
    for status in (InterviewStatus.PLANNED, InterviewStatus.IN_PROGRESS, InterviewStatus.FINISHED):
        person = store.contacts.add(Contact(f"Person {status.value}", occupation_id=nurse.id))
        store.interviews.add(Interview(contact_id=person.id, occupation_id=nurse.id, status=status))
    [progress] = store.reads.today().occupations
    assert (progress.planned_interviews, progress.finished_interviews) == (2, 1)
    assert store.reads.occupation_progress() == [progress]


# ---- search -----------------------------------------------------------------------------------


def test_search_lists_a_persons_interviews_newest_first(store, clock):
    older = _interview(store, clock, name="Priya Raman", scheduled_at=clock.now() - timedelta(days=30))
    newer = store.interviews.add(Interview(contact_id=older.contact_id, scheduled_at=clock.now() + timedelta(days=1)))
    undated = store.interviews.add(Interview(contact_id=older.contact_id))
    hits = store.search.search("priya").hits
    assert [hit.interview_id for hit in hits] == [newer.id, older.id, undated.id]


# ---- the connection set-up and the health check -----------------------------------------------


class _Recorder:
    """Every SQLite connection opened while a test runs, and its busy timeout as it closed."""

    def __init__(self) -> None:
        self.open: list[sqlite3.Connection] = []
        self.timeouts_at_close: list[int] = []

    def timeouts(self) -> list[int]:
        alive = []
        for connection in self.open:
            try:
                alive.append(connection.execute("PRAGMA busy_timeout").fetchone()[0])
            except sqlite3.ProgrammingError:  # closed
                continue
        return self.timeouts_at_close + alive


@pytest.fixture
def connections(monkeypatch):
    recorder = _Recorder()
    real_connect = sqlite3.connect

    class Recording(sqlite3.Connection):
        def close(self) -> None:
            recorder.timeouts_at_close.append(self.execute("PRAGMA busy_timeout").fetchone()[0])
            super().close()

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", Recording)
        # Not sqlite3's own default (5 s), so a connection that is not given a timeout shows.
        kwargs.setdefault("timeout", 0.25)
        connection = real_connect(*args, **kwargs)
        recorder.open.append(connection)
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect)  # the module SQLAlchemy connects through
    return recorder


def test_every_kind_of_connection_waits_the_busy_timeout(tmp_path, clock, migrated_database, connections):
    database = tmp_path / "infointerview.db"
    shutil.copyfile(migrated_database, database)
    store = open_store(database, clock)
    try:
        store.contacts._sessions.kw["bind"].dispose()  # so that the engine connects again, below
        connections.open.clear()
        connections.timeouts_at_close.clear()
        kinds = {}
        for kind, use in {
            "engine": lambda: store.contacts.list(),
            "read models": lambda: store.reads.today(),
            "search": lambda: store.search.search("anything"),
        }.items():
            before = len(connections.open)
            use()
            kinds[kind] = len(connections.open) - before
        assert all(kinds.values()), kinds
        assert set(connections.timeouts()) == {BUSY_TIMEOUT_MS}
    finally:
        store.dispose()  # compaction at quit waits less, on purpose: it can be left for next time


def test_the_busy_timeout_is_long_enough_to_ride_out_a_quick_write():
    assert BUSY_TIMEOUT_MS >= 2000


def _damage_a_table_page(path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA page_size=1024")
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.executemany("INSERT INTO notes (body) VALUES (?)", [("x" * 300,) for _ in range(40)])
    connection.commit()
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * 1024)
        handle.write(b"\x0d" + b"\xff" * 60)  # a leaf page whose cell count and pointers are nonsense


def _break_a_rule_behind_sqlites_back(path) -> None:
    """A row that breaks its table's NOT NULL rule: SQLite's check reports it as a line of text."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES (NULL)")
    connection.commit()
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)' "
        "WHERE name = 'notes'"
    )
    connection.commit()
    connection.close()


@pytest.mark.parametrize("damage", ["page", "rule"])
def test_the_quick_check_finds_damage_the_schema_does_not_show(tmp_path, damage):
    path = tmp_path / "infointerview.db"
    if damage == "page":
        _damage_a_table_page(path)
    else:
        _break_a_rule_behind_sqlites_back(path)
    # The first page (the schema) still reads, so only SQLite's own check can tell.
    schema = sqlite3.connect(path)
    assert schema.execute("SELECT count(*) FROM sqlite_master").fetchone() == (1,)
    schema.close()
    with pytest.raises(DatabaseUnreadable, match="damaged"):
        inspect_database(path)
