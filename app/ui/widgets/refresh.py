"""Refreshing a pane from what the store reports, without paying for panes nobody is looking at.

A report while the pane is on screen refreshes it at once; reports while it is hidden are noted,
and the pane refreshes once when it is next shown. So typing in one area (whose writes report
changes many times a minute) never makes the hidden areas re-read their data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    def __init__(self, pane: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(pane)
        self._pane = pane
        self._refresh = refresh
        self.stale = False
        pane.installEventFilter(self)

    def request(self) -> None:
        # Deferred only while the window is up and another area is in front; a pane in no shown
        # window (being built, or used alone) is refreshed at once.
        if self._pane.isVisible() or not self._pane.window().isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pane and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
