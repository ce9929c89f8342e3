"""The one signal the UI refreshes on: the kinds of data each committed unit of work changed.

The store reports them (``app.store.changes.ChangeFeed``); ``DataEvents.follow`` passes each report
on to the UI thread, where panes refresh what they show. Nobody announces a change by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.changes import Change

OCCUPATIONS = Change.OCCUPATIONS
CONTACTS = Change.CONTACTS
INTERVIEWS = Change.INTERVIEWS
CONTENT = Change.CONTENT
QUESTIONS = Change.QUESTIONS
ACTIONS = Change.ACTIONS
WRAPUP = Change.WRAPUP
OUTCOMES = Change.OUTCOMES
SETTINGS = Change.SETTINGS


class DataEvents(QObject):
    changed = Signal(frozenset)  # frozenset[Change]: what a committed unit of work changed
    _reported = Signal(frozenset)  # from any thread; re-emitted as ``changed`` on this object's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued when the report comes from another thread (the autosaver's writer).
        self._reported.connect(self.changed)
        self._unsubscribe = None

    def follow(self, feed) -> None:
        """Pass on every report of ``feed`` (a ChangeFeed); replaces any feed followed before."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = feed.subscribe(self._reported.emit)
