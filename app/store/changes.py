"""The store reports what each committed unit of work changed.

Every session from the store's session factory records the tables its statements wrote — ORM
flushes and Core insert/update/delete alike — and, once the transaction commits, the feed tells
its listeners the kinds of data that changed. A rollback reports nothing. Rows that the database
changes by itself (ON DELETE CASCADE / SET NULL) are counted too, from the foreign keys in the
models, so deleting an occupation also reports the people and interviews that pointed at it.

Listeners are called on the thread that committed (the autosaver writes from its own thread); the
UI shell passes the report on to the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import MetaData, event
from sqlalchemy.orm import Session, sessionmaker

from app.core.changes import Change, Changes

log = logging.getLogger(__name__)

TABLE_CHANGES: dict[str, Change] = {
    "occupations": Change.OCCUPATIONS,
    "contacts": Change.CONTACTS,
    "contact_details": Change.CONTACTS,
    "contact_occupations": Change.CONTACTS,
    "outreach_attempts": Change.CONTACTS,
    "outreach_drafts": Change.DRAFTS,
    "interviews": Change.INTERVIEWS,
    "interview_notes": Change.CONTENT,
    "interview_note_chunks": Change.CONTENT,
    "interview_questions": Change.CONTENT,
    "interview_checklist": Change.CONTENT,
    "questions": Change.QUESTIONS,
    "question_sets": Change.QUESTIONS,
    "question_set_items": Change.QUESTIONS,
    "action_items": Change.ACTIONS,
    "wrapup_steps": Change.WRAPUP,
    "thank_you_notes": Change.WRAPUP,
    "self_evaluations": Change.WRAPUP,
    "evaluation_scores": Change.WRAPUP,
    "takeaways": Change.WRAPUP,
    "wrapup_drafts": Change.DRAFTS,
    "job_outcomes": Change.OUTCOMES,
    "outcome_updates": Change.OUTCOMES,
    "app_settings": Change.SETTINGS,
    "suggestion_decisions": Change.CONTACTS,  # follow-ups snoozed or dismissed
}
_KEY = "infointerview.changed_tables"


def cascades(metadata: MetaData) -> dict[str, frozenset[str]]:
    """For each table, the tables whose rows the database changes when one of its rows is deleted."""
    reached: dict[str, set[str]] = {}
    for table in metadata.tables.values():
        for foreign_key in table.foreign_keys:
            if foreign_key.ondelete:
                reached.setdefault(foreign_key.column.table.name, set()).add(table.name)
    # Follow chains (deleting an interview deletes its notes, whose ... ) to the end.
    closed: dict[str, frozenset[str]] = {}
    for start in reached:
        seen: set[str] = set()
        frontier = [start]
        while frontier:
            for child in reached.get(frontier.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    frontier.append(child)
        closed[start] = frozenset(seen)
    return closed


def kinds_of(tables: set[str], deleted_from: set[str], cascade_map: dict[str, frozenset[str]]) -> Changes:
    touched = set(tables)
    for table in deleted_from:
        touched |= cascade_map.get(table, frozenset())
    return frozenset(TABLE_CHANGES[name] for name in touched if name in TABLE_CHANGES)


class ChangeFeed:
    """Attach to a session factory; ``subscribe`` to hear what each commit changed."""

    def __init__(self, metadata: MetaData) -> None:
        self._cascades = cascades(metadata)
        self._listeners: list[Callable[[Changes], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``listener`` after every commit that changed something; returns the unsubscriber."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def install(self, sessions: sessionmaker[Session]) -> None:
        """Listen to the store's sessions: the reading ones and, when the factory has a separate
        one for units of work that write, those too."""
        for factory in (sessions, getattr(sessions, "writer", None)):
            if factory is None:
                continue
            event.listen(factory, "after_flush", self._after_flush)
            event.listen(factory, "do_orm_execute", self._on_execute)
            event.listen(factory, "after_commit", self._after_commit)
            event.listen(factory, "after_rollback", self._forget)

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # one listener's failure must not undo a commit or silence the others
                log.exception("a listener failed on a change report")

    # ---- session events -------------------------------------------------------------------

    @staticmethod
    def _pending(session: Session) -> tuple[set[str], set[str]]:
        return session.info.setdefault(_KEY, (set(), set()))

    def _after_flush(self, session: Session, _context) -> None:
        written, deleted = self._pending(session)
        for instance in (*session.new, *session.dirty):
            if session.is_modified(instance, include_collections=False) or instance in session.new:
                written.add(instance.__table__.name)
        for instance in session.deleted:
            written.add(instance.__table__.name)
            deleted.add(instance.__table__.name)

    def _on_execute(self, state) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name is None:
            return
        written, deleted = self._pending(state.session)
        written.add(name)
        if state.is_delete:
            deleted.add(name)

    def _after_commit(self, session: Session) -> None:
        written, deleted = session.info.pop(_KEY, (set(), set()))
        self.publish(kinds_of(written, deleted, self._cascades))

    def _forget(self, session: Session) -> None:
        session.info.pop(_KEY, None)
