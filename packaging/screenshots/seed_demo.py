"""Fill a data folder with the demo the screenshots show: ``python packaging/screenshots/seed_demo.py DIR``.

Three occupations and their people, interviews coming up, next steps due, and one interview under
way whose countdown started fifteen minutes ago (so a 20-minute interview shows its wrap-up stage),
with picked questions, an answer and a note. Everything goes through the store, as the app writes it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.clock import SystemClock  # noqa: E402
from app.core.countdown import Countdown  # noqa: E402
from app.core.entities import ActionItem, Contact, ContactSource, Interview, Occupation  # noqa: E402
from app.files import load_builtin_bank  # noqa: E402
from app.paths import prepare_data_dir  # noqa: E402
from app.store.store import open_store  # noqa: E402

STARTED_MINUTES_AGO = 15


@dataclass
class EarlierClock:
    """The system clock as it read some seconds ago, on this same boot: a countdown started with
    it and saved reads, in the app, as started that long ago."""

    clock: SystemClock
    seconds: float

    def now(self) -> datetime:
        return self.clock.now() - timedelta(seconds=self.seconds)

    def elapsed(self) -> float:
        return self.clock.elapsed() - self.seconds

    def boot_id(self) -> str:
        return self.clock.boot_id()

    def local_zone(self):
        return self.clock.local_zone()

    def today(self):
        return self.now().astimezone(self.local_zone()).date()


def seed(data_dir: Path) -> None:
    paths = prepare_data_dir(data_dir)
    if paths.database.exists():
        raise SystemExit(f"{paths.database} exists; give an empty folder")
    clock = SystemClock()
    store = open_store(paths.database, clock)
    try:
        landscape = store.occupations.add(Occupation("Landscape architect"))
        librarian = store.occupations.add(Occupation("Librarian"))
        analyst = store.occupations.add(Occupation("Data analyst"))
        people = {
            "maria": Contact("Maria López", ContactSource.FRIEND, "Through Ana, my neighbour", "Greenline Studio",
                             "Landscape architect", occupation_id=landscape.id),
            "tom": Contact("Tom Becker", ContactSource.COWORKER, "Former colleague", "City Parks", "Park planner",
                           occupation_id=landscape.id),
            "aiko": Contact("Aiko Tanaka", ContactSource.DIRECTORY, "Library association directory",
                            "Harbour Library", "Reference librarian", occupation_id=librarian.id),
            "sam": Contact("Sam Okafor", ContactSource.FAMILY, "My cousin's manager", "Northwind Insurance",
                           "Senior data analyst", occupation_id=analyst.id),
        }  # fmt: skip
        for key, person in people.items():
            people[key] = store.contacts.add(person)
        now = clock.now()
        day = now.replace(hour=10, minute=0, second=0, microsecond=0)
        store.interviews.schedule(
            Interview(people["aiko"].id, librarian.id, scheduled_at=day + timedelta(days=2), location="Harbour Library")
        )
        store.interviews.schedule(
            Interview(people["sam"].id, analyst.id, scheduled_at=day + timedelta(days=5, hours=4),
                      video_link="https://meet.example.org/sam")
        )  # fmt: skip
        store.actions.add(ActionItem("Send Tom the article on urban meadows", now.date(), contact_id=people["tom"].id))
        store.actions.add(ActionItem("Call the Landscape Institute about mentoring", now.date() + timedelta(days=1)))

        live = store.interviews.schedule(
            Interview(people["maria"].id, landscape.id, scheduled_at=now - timedelta(minutes=STARTED_MINUTES_AGO))
        )
        store.interviews.mark_started(live.id)
        bank = {question.key: question for question in load_builtin_bank().questions}
        picked = [store.questions.pick(live.id, question) for question in list(bank.values())[:4]]
        store.content.save(
            live.id,
            notes="[03:12] Suggests the Landscape Institute mentoring scheme.",
            answers={picked[0].id: "Began as a surveyor; moved into design after a part-time degree."},
        )
        countdown = Countdown(EarlierClock(clock, STARTED_MINUTES_AGO * 60))
        countdown.start()
        store.interviews.save_countdown_state(live.id, countdown.to_json())
    finally:
        store.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/screenshots/seed_demo.py EMPTY_DIR")
    seed(Path(sys.argv[1]))
