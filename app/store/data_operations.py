"""The File menu's data work (export, import, back up, restore) over the same functions as the
command line, for the shell: it is handed this object and never imports the store itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app import __version__
from app.core.clock import Clock
from app.core.data_safety import BackupInfo, ImportSummary
from app.core.retention import BackupReason
from app.store import backups, portability

Cancelled = Callable[[], bool]


class DataOperations:
    def __init__(
        self, database: Path, attachments_dir: Path, backups_dir: Path, clock: Clock, store: Callable[[], object]
    ) -> None:
        self.database = database
        self.attachments_dir = attachments_dir
        self.backups_dir = backups_dir
        self._clock = clock
        self._store = store  # the open store (a Markdown export reads each interview through it)

    # ---- export ------------------------------------------------------------------------------
    def export(self, export_format: str, target: Path, force: bool, cancelled: Cancelled) -> int:
        """Write the export; returns how many files (json: 1) were written."""
        now = self._clock.now()
        if export_format == "json":
            portability.export_json(
                self.database, self.attachments_dir, target, now, force, __version__, cancelled=cancelled
            )
            return 1
        if export_format == "csv":
            return len(portability.export_csv(self.database, target, now, force, cancelled=cancelled))
        ids = portability.interview_ids(self.database)
        written = portability.export_markdown(
            self._store(), ids, target, self._clock.local_zone(), force, cancelled=cancelled
        )
        return len(written)

    # ---- import ------------------------------------------------------------------------------
    def read_import(self, source: Path) -> tuple[ImportSummary, dict]:
        return portability.read_import(source)

    def import_document(self, document: dict, cancelled: Cancelled) -> int:
        def stop_when_asked(_table: str) -> None:
            if cancelled():
                raise portability.Cancelled("Stopped; nothing was imported.")

        added = portability.import_document(self.database, self.attachments_dir, document, progress=stop_when_asked)
        return sum(added.values())

    # ---- backups -----------------------------------------------------------------------------
    def back_up(self, cancelled: Cancelled) -> BackupInfo:
        def stop_when_asked(_done: int, _total: int) -> None:
            if cancelled():
                raise backups.BackupCancelled

        return backups.make_backup(
            self.database, self.backups_dir, self._clock.now(), BackupReason.MANUAL, progress=stop_when_asked
        )

    def list_backups(self) -> list[BackupInfo]:
        return backups.list_backups(self.backups_dir)

    def restore(self, info: BackupInfo) -> BackupInfo | None:
        """Replace the database with the backup (the store must be closed); returns the backup made
        of what was there before."""
        return backups.restore_backup(Path(info.path), self.database, self.backups_dir, self._clock.now())

    def now(self) -> datetime:
        return self._clock.now()
