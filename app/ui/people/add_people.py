"""Adding imported cards as new people, for both import dialogs (vCard and CSV): one transaction,
a progress dialog while it runs, and the words for what happened."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.shell.progress_work import run_with_progress

if TYPE_CHECKING:
    from app.core.vcard import CardDetails
    from app.store.contact_import import ContactImportRepository


def add_people(parent: QWidget, importer: ContactImportRepository, cards: Sequence[CardDetails]) -> str | None:
    """Add ``cards`` as new people; the words saying how many, or None when nobody was added (the
    store rolled the whole import back, and ``failed_words()`` says so)."""
    outcome = run_with_progress(
        parent,
        QCoreApplication.translate("AddPeople", "Adding the people…"),
        lambda _cancelled: importer.import_cards(cards),
        cancellable=False,
    )
    if not outcome.ok:
        return None
    count = len(cards)
    return QCoreApplication.translate("AddPeople", "%n person(s) added.", None, count)


def failed_words() -> str:
    return QCoreApplication.translate(
        "AddPeople", "Nothing was imported: the people could not be added. The details are in the log file."
    )
