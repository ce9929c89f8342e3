"""File ▸ Import contacts… (and the People page's button): a .vcf or .csv file, read, then shown
in its own dialog; nothing is written until the person confirms there."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.core.csv_contacts import CsvError, read_csv_table
from app.core.vcard import VCardError, read_vcard_file
from app.ui.people.csv_import_dialog import CsvImportDialog
from app.ui.people.vcard_import_dialog import VCardImportDialog
from app.ui.shell.progress_work import run_with_progress
from app.ui.widgets.i18n import tr_text

if TYPE_CHECKING:
    from app.store.contact_import import ContactImportRepository

log = logging.getLogger(__name__)

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
VCARD_SUFFIXES = (".vcf", ".vcard")


def _ask_contacts_file(parent: QWidget | None) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ContactImport", "Import contacts"),
        "",
        QCoreApplication.translate(
            "ContactImport", "Contacts (*.vcf *.vcard *.csv);;vCards (*.vcf *.vcard);;CSV files (*.csv);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


def _tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _open(dialog: QDialog) -> None:
    dialog.exec()


def locale_region() -> str | None:
    """The country phone numbers without + are read in: the person's locale's (en_US gives US)."""
    territory = QLocale.system().name().partition("_")[2]
    return territory.upper() or None


@dataclass
class ContactImportPrompts:
    """What the import asks and shows; tests replace them."""

    choose_file: Callable[[QWidget | None], Path | None] = _ask_contacts_file
    tell: Callable[[QWidget | None, str, str], None] = _tell
    open_dialog: Callable[[QDialog], None] = _open


class ContactImport(QObject):
    def __init__(
        self,
        importer: Callable[[], ContactImportRepository | None],
        window: QWidget,
        region: Callable[[], str | None] = locale_region,
        prompts: ContactImportPrompts | None = None,
    ) -> None:
        super().__init__(window)
        self._importer = importer  # None while the data is not open
        self._window = window
        self._region = region
        self.prompts = prompts or ContactImportPrompts()

    def import_contacts(self) -> QDialog | None:
        """Ask for a file and show what it holds; the dialog shown, or None."""
        importer = self._importer()
        if importer is None:
            return None
        source = self.prompts.choose_file(self._window)
        if source is None:
            return None
        title = self.tr("Import contacts")
        try:
            data = source.read_bytes()
        except OSError as error:
            log.warning("could not read %s", source, exc_info=True)
            self.prompts.tell(
                self._window,
                title,
                self.tr("{file} could not be read: {reason}").format(file=source.name, reason=error.strerror or error),
            )
            return None
        suffix = source.suffix.lower()
        is_csv = suffix in CSV_SUFFIXES or (suffix not in VCARD_SUFFIXES and b"BEGIN:VCARD" not in data[:4096].upper())
        # A whole address book takes seconds to read: off the UI thread.
        read = run_with_progress(
            self._window,
            self.tr("Reading {file}…").format(file=source.name),
            lambda _cancelled: read_csv_table(data) if is_csv else read_vcard_file(data),
            cancellable=False,
        )
        if isinstance(read.error, CsvError | VCardError):
            reason = tr_text(read.error.text)
            self.prompts.tell(self._window, title, self.tr("{file}: {reason}").format(file=source.name, reason=reason))
            return None
        if not read.ok:
            self.prompts.tell(
                self._window,
                title,
                self.tr("{file} could not be read. The details are in the log file.").format(file=source.name),
            )
            return None
        dialog: QDialog
        if is_csv:
            dialog = CsvImportDialog(read.result, source.name, importer, self._region(), self._window)
        else:
            if not read.result.cards and not read.result.refused:
                self.prompts.tell(self._window, title, self.tr("{file} holds no cards.").format(file=source.name))
                return None
            dialog = VCardImportDialog(read.result, source.name, importer, self._window)
        self.prompts.open_dialog(dialog)
        return dialog
