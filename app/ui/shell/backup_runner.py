"""Backups made off the UI thread: the copy, its check and the pruning run in a worker thread, and
the outcome comes back to the UI thread as a signal. Nothing pops up: a failure is reported by the
``failed`` signal for the shell to show where it shows save problems."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal, Slot

from app.core.retention import BackupReason

# Makes one backup, checks it and prunes the old ones; returns what the backup holds. Built by the
# composition root over the store's backup functions, so this module needs no store.
BackupJob = Callable[[datetime, BackupReason], object]

log = logging.getLogger(__name__)


class _Bridge(QObject):
    done = Signal(object)  # (BackupInfo | None, error message | None)


class BackupRunner(QObject):
    finished = Signal(object)  # the BackupInfo of the backup made
    failed = Signal(str)  # why it failed, one line (English from the store; the details are in the log)

    def __init__(self, job: BackupJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._worker: threading.Thread | None = None
        self._bridge = _Bridge()
        self._bridge.done.connect(self._on_done)

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def start(self, now: datetime, reason: BackupReason) -> bool:
        """Start a backup in the background; False when one is still running."""
        if self.busy:
            return False
        self._worker = threading.Thread(target=self._work, args=(now, reason), name="backup", daemon=False)
        self._worker.start()
        return True

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the running backup ends (at quit, so it is not cut off); True when it has."""
        if self._worker is None:
            return True
        self._worker.join(timeout)
        return not self._worker.is_alive()

    def _work(self, now: datetime, reason: BackupReason) -> None:
        try:
            info = self._job(now, reason)
        except Exception as error:  # a backup failing must never take the app down
            log.exception("backup failed")
            self._bridge.done.emit((None, str(error)))
            return
        self._bridge.done.emit((info, None))

    @Slot(object)
    def _on_done(self, outcome) -> None:
        info, error = outcome
        # The worker has nothing left to do but return: once it has, ``busy`` is False for
        # whoever hears the outcome and starts the next backup.
        if self._worker is not None:
            self._worker.join()
        if error is None:
            self.finished.emit(info)
        else:
            self.failed.emit(error)
