"""Opening the store: check the file, migrate it if it is behind, hand out repositories."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.core.clock import Clock
from app.store.connection import create_store_engine, make_session_factory
from app.store.health import backup_before_migration, inspect_database
from app.store.repositories import (
    ActionItemRepository,
    ContactRepository,
    InterviewRepository,
    OccupationRepository,
    TodayQueries,
)

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Store:
    """Everything the rest of the app may ask of storage."""

    occupations: OccupationRepository
    contacts: ContactRepository
    interviews: InterviewRepository
    actions: ActionItemRepository
    today: TodayQueries
    dispose: object  # callable closing the engine's connections


def open_store(database: Path, clock: Clock) -> Store:
    """Open (creating or migrating as needed) the database at ``database``.

    Raises the exceptions of ``app.store.health`` for a file that cannot be used.
    """
    status = inspect_database(database)
    engine = create_store_engine(database)
    if status.needs_migration:
        if status.exists and status.has_user_tables:
            copy = backup_before_migration(database, status.revision, clock.now())
            log.info("kept a copy of the database before migrating it: %s", copy)
        from app.store.migrate import upgrade_to_head

        upgrade_to_head(engine)
        log.info("database migrated to head")
    sessions = make_session_factory(engine)
    occupations = OccupationRepository(sessions, clock)
    contacts = ContactRepository(sessions, clock)
    interviews = InterviewRepository(sessions, clock)
    actions = ActionItemRepository(sessions, clock)
    return Store(
        occupations=occupations,
        contacts=contacts,
        interviews=interviews,
        actions=actions,
        today=TodayQueries(occupations, contacts, interviews, actions),
        dispose=engine.dispose,
    )
