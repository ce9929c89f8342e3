"""The File menu's data actions: Export everything…, Import…, Back up now, Restore from backup….

Each runs its work off the UI thread with a progress dialog after half a second (Cancel leaves
nothing half-written), and says how it went in a message the person asked for. Every dialog goes
through ``DataPrompts``, so tests answer them without a real modal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.core.changes import Change
from app.core.data_safety import BackupInfo, describe_contents, describe_import
from app.ui.shell.confirm import confirm
from app.ui.shell.export_dialog import ExportChoice, ask_export
from app.ui.shell.progress_work import Outcome, run_with_progress
from app.ui.shell.restore_dialog import ask_backup_to_restore, backup_moment
from app.ui.widgets.i18n import tr_text

if TYPE_CHECKING:
    from app.store.data_operations import DataOperations

log = logging.getLogger(__name__)


def _ask_import_file(parent: QWidget | None) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DataActions", "Import an InfoInterview export"),
        "",
        QCoreApplication.translate("DataActions", "InfoInterview exports (*.json);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def _ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    return confirm(parent, title, text, yes, no, default_is_yes=False)


def _tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


@dataclass
class DataPrompts:
    """The dialogs the data actions open; tests replace them."""

    choose_export: Callable[[QWidget | None, Path, str], ExportChoice | None] = ask_export
    choose_import_file: Callable[[QWidget | None], Path | None] = _ask_import_file
    confirm: Callable[[QWidget | None, str, str, str, str], bool] = _ask
    tell: Callable[[QWidget | None, str, str], None] = _tell
    choose_backup: Callable[[QWidget | None, list[BackupInfo], tzinfo], BackupInfo | None] = ask_backup_to_restore
    # Handed each progress dialog as it is made (tests press Cancel through it).
    on_progress: Callable[[QProgressDialog], None] | None = None


class DataActions(QObject):
    def __init__(
        self,
        operations: Callable[[], DataOperations],
        window: QWidget,
        zone: Callable[[], tzinfo],
        close_data: Callable[[], bool],
        restart: Callable[[], None],
        announce_import: Callable[[frozenset], None],
        prompts: DataPrompts | None = None,
    ) -> None:
        super().__init__(window)
        self._make_operations = operations  # built on first use: it loads the store's modules
        self._built: DataOperations | None = None
        self._window = window
        self._zone = zone
        self._close_data = close_data  # writes what was typed and closes the data file; False if it cannot
        self._restart = restart
        self._announce_import = announce_import
        self.prompts = prompts or DataPrompts()

    @property
    def _operations(self) -> DataOperations:
        if self._built is None:
            self._built = self._make_operations()
        return self._built

    def _run(self, label: str, work, *, cancellable: bool = True) -> Outcome:
        return run_with_progress(self._window, label, work, cancellable=cancellable, on_dialog=self.prompts.on_progress)

    def _failed(self, title: str, outcome: Outcome) -> None:
        # The store's reason is one line in English; the details are in the log.
        self.prompts.tell(self._window, title, self.tr("It did not work: {reason}").format(reason=str(outcome.error)))

    # ---- export ------------------------------------------------------------------------------
    def export_everything(self) -> bool:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        choice = self.prompts.choose_export(self._window, folder, self._operations.now().strftime("%Y-%m-%d"))
        if choice is None:
            return False
        force = False
        if choice.target.exists():
            if not self.prompts.confirm(
                self._window,
                self.tr("Replace the export?"),
                self.tr("{target} exists already. Replace it with this export?").format(target=choice.target),
                self.tr("Replace"),
                self.tr("Keep it"),
            ):
                return False
            force = True
        outcome = self._run(
            self.tr("Exporting everything…"),
            lambda cancelled: self._operations.export(choice.format.value, choice.target, force, cancelled),
        )
        title = self.tr("Export")
        if outcome.cancelled:
            self.prompts.tell(self._window, title, self.tr("The export was cancelled; nothing was written."))
            return False
        if not outcome.ok:
            self._failed(title, outcome)
            return False
        self.prompts.tell(
            self._window, title, self.tr("Everything was exported to {target}.").format(target=choice.target)
        )
        return True

    # ---- import ------------------------------------------------------------------------------
    def import_file(self) -> bool:
        source = self.prompts.choose_import_file(self._window)
        if source is None:
            return False
        title = self.tr("Import")
        read = self._run(
            self.tr("Reading {file}…").format(file=source.name), lambda _cancelled: self._operations.read_import(source)
        )
        if read.cancelled:
            return False
        if not read.ok:
            self._failed(title, read)
            return False
        summary, document = read.result
        if not self.prompts.confirm(
            self._window,
            title,
            self.tr("{file}: {summary}\n\nNothing you have now is changed. Import?").format(
                file=source.name, summary=tr_text(describe_import(summary))
            ),
            self.tr("Import"),
            self.tr("Cancel"),
        ):
            return False
        outcome = self._run(
            self.tr("Importing…"), lambda cancelled: self._operations.import_document(document, cancelled)
        )
        if outcome.cancelled:
            self.prompts.tell(self._window, title, self.tr("The import was cancelled; nothing was added."))
            return False
        if not outcome.ok:
            self._failed(title, outcome)
            return False
        # The import wrote beside the store's sessions, so the store's feed did not hear it.
        self._announce_import(frozenset(Change))
        self.prompts.tell(self._window, title, self.tr("%n record(s) added.", "", outcome.result))
        return True

    # ---- back up -----------------------------------------------------------------------------
    def back_up_now(self) -> BackupInfo | None:
        title = self.tr("Back up now")
        outcome = self._run(self.tr("Backing up…"), self._operations.back_up)
        if outcome.cancelled:
            self.prompts.tell(self._window, title, self.tr("The backup was cancelled; nothing was kept."))
            return None
        if not outcome.ok:
            self._failed(title, outcome)
            return None
        info = outcome.result
        self.prompts.tell(
            self._window,
            title,
            self.tr("Backup made: {when} — {contents}.").format(
                when=backup_moment(info.taken_at, self._zone()),
                contents=tr_text(describe_contents(info.counts, self._zone())),
            ),
        )
        return info

    # ---- restore -----------------------------------------------------------------------------
    def restore_from_backup(self) -> bool:
        listed = self._run(self.tr("Reading the backups…"), lambda _cancelled: self._operations.list_backups())
        if not listed.ok:
            if listed.error is not None:
                self._failed(self.tr("Restore from backup"), listed)
            return False
        chosen = self.prompts.choose_backup(self._window, listed.result, self._zone())
        if chosen is None:
            return False
        title = self.tr("Restore from backup")
        if not self._close_data():
            self.prompts.tell(
                self._window,
                title,
                self.tr("What you typed could not be written, so nothing was restored. Copy it somewhere safe first."),
            )
            return False
        outcome = self._run(
            self.tr("Restoring…"), lambda _cancelled: self._operations.restore(chosen), cancellable=False
        )
        if outcome.ok:
            self.prompts.tell(
                self._window,
                title,
                self.tr("Your data is back as it was on {when}. InfoInterview restarts now to show it.").format(
                    when=backup_moment(chosen.taken_at, self._zone())
                ),
            )
        else:
            self.prompts.tell(
                self._window,
                title,
                self.tr("Nothing was restored: {reason}\nInfoInterview restarts now with your data as it was.").format(
                    reason=str(outcome.error)
                ),
            )
        # The panes were handed the closed store; a fresh start gives them the data as it now is.
        self._restart()
        return outcome.ok
