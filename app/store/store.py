"""Opening the store: check the file, migrate it if it is behind, hand out repositories."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.clock import Clock
from app.store.business_card_repository import BusinessCardRepository
from app.store.changes import ChangeFeed
from app.store.connection import create_store_engine, make_session_factory
from app.store.contact_import import ContactImportRepository
from app.store.health import DatabaseStatus, inspect_database
from app.store.interview_content import InterviewContentRepository
from app.store.models import Base
from app.store.outcome_repository import OutcomeRepository
from app.store.outreach_repository import OutreachRepository
from app.store.question_repository import QuestionRepository
from app.store.read_models import ReadModels
from app.store.repositories import (
    ActionItemRepository,
    ContactRepository,
    InterviewRepository,
    OccupationRepository,
)
from app.store.search_repository import SearchRepository, compact_index
from app.store.settings_repository import SettingsRepository
from app.store.suggestion_repository import SuggestionRepository
from app.store.wrapup_repository import WrapUpRepository

log = logging.getLogger(__name__)

# At most this long (plus one step) is spent merging the search index when the store closes.
COMPACT_AT_CLOSE_SECONDS = 0.25


@dataclass(slots=True)
class Store:
    """Everything the rest of the app may ask of storage."""

    occupations: OccupationRepository
    contacts: ContactRepository
    interviews: InterviewRepository
    actions: ActionItemRepository
    questions: QuestionRepository
    settings: SettingsRepository
    wrapups: WrapUpRepository
    cards: BusinessCardRepository
    contact_import: ContactImportRepository  # vCard files: every card a new person
    outcomes: OutcomeRepository
    content: InterviewContentRepository
    search: SearchRepository
    suggestions: SuggestionRepository  # follow-up suggestions, snoozed and dismissed
    outreach: OutreachRepository  # each person's interaction log, outreach texts and referral chain
    reads: ReadModels
    changes: ChangeFeed  # what each committed unit of work changed
    dispose: Callable[[], None]


# Beside the database, as the app's data folder lays it out (``AppPaths.backups_dir``).
BACKUPS_DIR_NAME = "backups"


def open_store(database: Path, clock: Clock, status: DatabaseStatus | None = None) -> Store:
    """Open (creating or migrating as needed) the database at ``database``.

    ``status`` is what ``inspect_database`` said of the file, when the caller already asked.
    Before a migration, the file as it was is backed up into the backups folder beside it.
    Raises the exceptions of ``app.store.health`` for a file that cannot be used, and
    ``BackupError`` when the backup before a migration cannot be made (nothing is migrated then).
    """
    status = status or inspect_database(database)
    engine = create_store_engine(database)
    if status.needs_migration:
        if status.exists and status.has_user_tables:
            from app.store.backups import backup_before_migration

            kept = backup_before_migration(database, database.parent / BACKUPS_DIR_NAME, status.revision, clock.now())
            log.info("backed up the database before migrating it: %s", kept.path)
        from app.store.migrate import upgrade_to_head

        upgrade_to_head(engine)
        log.info("database migrated to head")
    sessions = make_session_factory(engine)
    changes = ChangeFeed(Base.metadata)
    changes.install(sessions)
    search = SearchRepository(database)

    def dispose() -> None:
        search.close()
        # Leave the search index tidy for next time, within a bounded pause at quit.
        try:
            compact_index(database, budget_seconds=COMPACT_AT_CLOSE_SECONDS)
        except sqlite3.Error as error:
            log.warning("search index not compacted: %s", error)
        engine.dispose()

    return Store(
        occupations=OccupationRepository(sessions, clock),
        contacts=ContactRepository(sessions, clock),
        interviews=InterviewRepository(sessions, clock),
        actions=ActionItemRepository(sessions, clock),
        questions=QuestionRepository(sessions, clock),
        settings=SettingsRepository(sessions, clock),
        wrapups=WrapUpRepository(sessions, clock),
        # Business-card scans are copied into the data dir, beside the database.
        contact_import=ContactImportRepository(sessions, clock),
        cards=BusinessCardRepository(sessions, clock, database.parent / "attachments"),
        outcomes=OutcomeRepository(sessions, clock),
        content=InterviewContentRepository(sessions, clock),
        search=search,
        suggestions=SuggestionRepository(sessions, clock),
        outreach=OutreachRepository(sessions, clock),
        reads=ReadModels(database),
        changes=changes,
        dispose=dispose,
    )
