"""Reports start-up milestones on stdout for the start-up benchmark (off unless asked for)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject


class StartupProbe(QObject):
    """Prints 'first-paint <unix time>' after the window's first paint, and 'home-loaded <unix
    time>' after the first paint that follows the home view being filled from the store."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._painted = False
        self._home_filled = False
        self._home_reported = False
        self._home_view = None
        window.installEventFilter(self)
        window.pane_built.connect(self._on_pane_built)

    def _on_pane_built(self, key: str, pane) -> None:
        if key == "today":
            self._home_view = pane
            pane.installEventFilter(self)
            pane.summary_shown.connect(self._on_home_filled)

    def _on_home_filled(self) -> None:
        self._home_filled = True
        self._home_view.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self._painted:
                self._painted = True
                self._report("first-paint")
            if self._home_filled and not self._home_reported and watched is self._home_view:
                self._home_reported = True
                self._report("home-loaded")
        return False

    @staticmethod
    def _report(milestone: str) -> None:
        sys.stdout.write(f"{milestone} {time.time():.6f}\n")
        sys.stdout.flush()
