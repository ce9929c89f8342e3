"""The one signal the UI refreshes on: after an operation, say which kinds of data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

OCCUPATIONS = "occupations"
CONTACTS = "contacts"
INTERVIEWS = "interviews"
ACTIONS = "actions"
WRAPUP = "wrapup"  # wrap-up steps, thank-you notes, evaluations


class DataEvents(QObject):
    changed = Signal(frozenset)  # the kinds of data that an operation changed

    def announce(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))
