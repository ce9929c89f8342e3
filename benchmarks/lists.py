"""How the lists feel with 10,000 people: the People page opened, a filter typed, Today filled,
and one file of 10,000 vCards imported. Each figure is wall-clock time; ``*_cpu_ms`` beside it
is the processor time the same work took, which is what to compare when the machine is shared
(``load_average`` says how busy it was).

Seeds a fresh store (through the real migrations) with bulk inserts: 10,000 people with one or two
occupations each, two emails, three logged interactions each (outreach_attempts), interviews and
next steps. Then, offscreen:

- ``people_open_ms``: a People page built and given the store until the 10,000 rows are on screen
  (median of several opens);
- ``filter_ms``: one keystroke of a filter typed into the People page, the list re-filtered and
  painted (median over the keystrokes of a few words; ``filter_max_ms`` is the slowest);
- ``today_ms``: the Today pane filled from the seeded store and painted (median);
- ``vcard_import_10k_s``: benchmarks/vcard_import.py's own measurement.

Runs in about a minute with no arguments. Its last line is one JSON object. Targets: 150, 50, 150
and 10.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import fields
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.clock import SystemClock
from app.store.store import open_store
from benchmarks.vcard_import import time_import

PEOPLE = 10_000
OCCUPATIONS = 12
INTERACTIONS_PER_PERSON = 3
OPENS = 5
TYPED = ("nurse", "park", "zoë 42")
STAMP = "2026-11-20 10:00:00.000000"
STATUSES = ("prospect", "contacted", "scheduled", "interviewed", "thanked", "declined", "no_reply")
SOURCES = ("friend", "family", "neighbour", "supervisor", "coworker", "directory", "referral", "other")
ORGANISATIONS = ("City Hospital", "Northfield Parks", "Datalytics", "Studio Nine", "County Council", "Green Trust")


def seed(database: Path) -> None:
    """10,000 people and what hangs off them, in a few bulk statements."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.executemany(
                "INSERT INTO occupations (id, title, notes, target_interviews, created_at) VALUES (?,?,?,?,?)",
                [(n, f"Occupation {n}", "", 3, STAMP) for n in range(1, OCCUPATIONS + 1)],
            )
            connection.executemany(
                "INSERT INTO contacts (id, full_name, given_name, family_name, source, organisation, job_title,"
                " email, status, occupation_id, referred_by_id, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        n,
                        f"Zoë Person {n}",
                        "Zoë",
                        f"Person {n}",
                        SOURCES[n % len(SOURCES)],
                        ORGANISATIONS[n % len(ORGANISATIONS)],
                        "Nurse" if n % 3 else "Park ranger",
                        f"p{n}@example.org",
                        STATUSES[n % len(STATUSES)],
                        1 + n % OCCUPATIONS,
                        n - 1 if n % 5 == 0 else None,
                        STAMP,
                        STAMP,
                    )
                    for n in range(1, PEOPLE + 1)
                ],
            )
            connection.executemany(
                "INSERT INTO contact_occupations (contact_id, occupation_id, position) VALUES (?,?,?)",
                [(n, 1 + n % OCCUPATIONS, 0) for n in range(1, PEOPLE + 1)]
                + [(n, 1 + (n + 1) % OCCUPATIONS, 1) for n in range(1, PEOPLE + 1, 2)],
            )
            connection.executemany(
                "INSERT INTO contact_details (contact_id, kind, label, value, position) VALUES (?,?,?,?,?)",
                [(n, "email", "work", f"p{n}@example.org", 0) for n in range(1, PEOPLE + 1)]
                + [(n, "email", "home", f"h{n}@example.net", 1) for n in range(1, PEOPLE + 1)],
            )
            connection.executemany(
                "INSERT INTO outreach_attempts (contact_id, attempted_at, channel, outcome, note) VALUES (?,?,?,?,?)",
                [
                    (n, f"2026-11-{1 + (n + k) % 28:02d} 10:00:00.000000", ("phone", "email", "message")[k], "", "")
                    for n in range(1, PEOPLE + 1)
                    for k in range(INTERACTIONS_PER_PERSON)
                ],
            )
            connection.executemany(
                "INSERT INTO interviews (contact_id, occupation_id, status, scheduled_at, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?)",
                [
                    (n, 1 + n % OCCUPATIONS, "finished" if n % 20 else "planned", STAMP, STAMP, STAMP)
                    for n in range(1, PEOPLE + 1, 10)
                ],
            )
            connection.executemany(
                "INSERT INTO action_items (contact_id, title, due_on, created_at) VALUES (?,?,?,?)",
                [(n, f"Call back {n}", "2026-12-01", STAMP) for n in range(1, PEOPLE + 1, 25)],
            )
    finally:
        connection.close()


def _data(kind, store):
    """A pane's data dataclass from the store, by its field names (as the composition root does)."""
    return kind(**{f.name: getattr(store, f.name) for f in fields(kind) if hasattr(store, f.name)})


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


class _Timer:
    """Wall-clock and processor time of a block (the machine may be shared: the processor time
    shows what the work itself costs)."""

    def __init__(self, into: list[tuple[float, float]]) -> None:
        self._into = into

    def __enter__(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def __exit__(self, *_exc) -> None:
        self._into.append((time.perf_counter() - self._wall, time.process_time() - self._cpu))


def _median(timings: list[tuple[float, float]], which: int) -> float:
    return _ms(statistics.median(timing[which] for timing in timings))


def measure_lists(folder: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.ui.people.people_view import PeopleData, PeopleView
    from app.ui.shell.events import DataEvents
    from app.ui.today.home_view import HomeView, TodayData

    app = QApplication.instance() or QApplication([])
    database = folder / "infointerview.db"
    clock = SystemClock()
    store = open_store(database, clock)  # migrated, empty
    store.dispose()
    began = time.perf_counter()
    seed(database)
    seeded = time.perf_counter() - began
    store = open_store(database, clock)
    events = DataEvents()
    events.follow(store.changes)
    try:
        opens: list[tuple[float, float]] = []
        for _ in range(OPENS):
            with _Timer(opens):
                view = PeopleView(clock, events)
                view.resize(1366, 768)
                view.show()
                view.set_data(_data(PeopleData, store))
                app.processEvents()
                view.contact_table.viewport().repaint()
            assert view.people_model.rowCount() == PEOPLE, view.people_model.rowCount()
            if _ < OPENS - 1:
                view.close()
                view.deleteLater()
                app.processEvents()
        keystrokes: list[tuple[float, float]] = []
        for word in TYPED:
            view.filter.clear()
            app.processEvents()
            for length in range(1, len(word) + 1):
                with _Timer(keystrokes):
                    view.filter.setText(word[:length])
                    app.processEvents()
                    view.contact_table.viewport().repaint()
        shown_after_filter = view.people_filter.rowCount()
        view.filter.clear()
        started = time.perf_counter()
        view.contact_table.sortByColumn(4, view.contact_table.horizontalHeader().sortIndicatorOrder())
        app.processEvents()
        sort_seconds = time.perf_counter() - started
        view.close()

        todays: list[tuple[float, float]] = []
        for _ in range(OPENS):
            with _Timer(todays):
                home = HomeView(clock, events)
                home.resize(1366, 768)
                home.show()
                home.set_data(_data(TodayData, store))
                app.processEvents()
                home.repaint()
            home.close()
            home.deleteLater()
            app.processEvents()
    finally:
        store.dispose()
    return {
        "people": PEOPLE,
        "interactions": PEOPLE * INTERACTIONS_PER_PERSON,
        "seed_s": round(seeded, 2),
        "people_open_ms": _median(opens, 0),
        "people_open_cpu_ms": _median(opens, 1),
        "people_open_first_ms": _ms(opens[0][0]),
        "filter_ms": _median(keystrokes, 0),
        "filter_cpu_ms": _median(keystrokes, 1),
        "filter_max_ms": _ms(max(wall for wall, _cpu in keystrokes)),
        "filter_last_shown": shown_after_filter,
        "sort_status_ms": _ms(sort_seconds),
        "today_ms": _median(todays, 0),
        "today_cpu_ms": _median(todays, 1),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        result = measure_lists(Path(folder))
    result.update(time_import())
    result["load_average"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
