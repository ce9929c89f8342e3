"""When the app backs up by itself: at most every 30 minutes while it runs, after an interview is
finished, and at quit, each time only when something changed since the last backup.

The rules are core's ``BackupSchedule``; the copy runs in the ``BackupRunner``'s thread, so typing
never waits for it. Nothing pops up: a backup that fails is told in the window's message bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from app.core.clock import Clock
from app.core.retention import BackupReason, BackupSchedule
from app.ui.shell.backup_runner import BackupRunner

log = logging.getLogger(__name__)

# How often the timer asks whether a periodic backup is due; the schedule itself keeps them at
# least 30 minutes apart. Checking more often than that means a backup comes 30 minutes after the
# last one, not up to an hour after it when the app was started in between.
CHECK_INTERVAL_MS = 5 * 60 * 1000
# At quit, the backup gets this long before it is cancelled (a cancelled one leaves nothing).
QUIT_WAIT_SECONDS = 10.0


class AutomaticBackups(QObject):
    def __init__(
        self,
        runner: BackupRunner,
        clock: Clock,
        show_problem: Callable[[str], None],
        cancel_running: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._clock = clock
        self._show_problem = show_problem
        self._cancel_running = cancel_running
        self.schedule: BackupSchedule | None = None  # set once the data file is open
        self._changed_while_running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)

    def start(self, last_backup_at: datetime | None) -> None:
        """The data file is open: back up what changes from now on. With no backup yet, the data
        already there counts as a change."""
        self.schedule = BackupSchedule(last_backup_at, changed=last_backup_at is None)
        self.timer.start()

    def stop(self) -> None:
        """The data file is about to be closed (a restore): no backup may start meanwhile."""
        self.timer.stop()
        self.schedule = None

    def note_change(self, _kinds: object = None) -> None:
        if self.schedule is None:
            return
        self.schedule.note_change()
        if self.runner.busy:
            self._changed_while_running = True

    def check(self) -> bool:
        """The timer's question: start a periodic backup if one is due."""
        return self.back_up(BackupReason.PERIODIC)

    def after_interview_finished(self, _interview_id: object = None) -> bool:
        return self.back_up(BackupReason.WRAP_UP_FINISHED)

    def back_up(self, reason: BackupReason) -> bool:
        """Start a backup in the background if ``reason`` calls for one now; True when started."""
        if self.schedule is None:
            return False
        now = self._clock.now()
        if not self.schedule.due(reason, now) or not self.runner.start(now, reason):
            return False
        self._changed_while_running = False
        return True

    def at_quit(self, timeout: float = QUIT_WAIT_SECONDS) -> None:
        """The last backup, waited for (bounded): cancelled, leaving nothing, when it takes too long."""
        self.timer.stop()
        self.back_up(BackupReason.QUIT)
        if not self.runner.wait(timeout):
            log.warning("the backup at quit took longer than %s s; it was cancelled", timeout)
            self._cancel_running()
            self.runner.wait(timeout)

    def _on_finished(self, info) -> None:
        if self.schedule is not None:
            self.schedule.note_backup(info.taken_at, self._changed_while_running)

    def _on_failed(self, reason: str) -> None:
        # The reason comes from the store in English; the details are in the log.
        self._show_problem(
            self.tr(
                "A backup of your data could not be made ({reason}). Your data itself is safe; another try comes later."
            ).format(reason=reason)
        )
