"""Importing the cards of a .vcf file: every card listed and selected, the cards that could not
be read listed with their reason in words, and the chosen ones added as new people in one
transaction once the person presses "Import N people" (Cancel is the default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.vcard import VCardFile
from app.ui.people.add_people import add_people, failed_words
from app.ui.widgets.accessibility import name_corner_button
from app.ui.widgets.i18n import tr_text

if TYPE_CHECKING:
    from app.store.contact_import import ContactImportRepository


class VCardImportDialog(QDialog):
    imported = Signal(int)  # how many people were added

    def __init__(
        self,
        found: VCardFile,
        file_name: str,
        importer: ContactImportRepository,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import people from {file}").format(file=file_name))
        self._found = found
        self._importer = importer
        self.imported_count = 0

        intro = QLabel(
            self.tr(
                "{file} holds %n card(s) that can be imported, each as a new person; nobody you have now is changed. "
                "Untick those you do not want.",
                "",
                len(found.cards),
            ).format(file=file_name)
        )
        intro.setWordWrap(True)
        self.cards = QTableWidget(len(found.cards), 4)
        name_corner_button(self.cards)
        self.cards.setAccessibleName(self.tr("Cards to import"))
        self.cards.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Email"), self.tr("Phone")]
        )
        self.cards.verticalHeader().hide()
        self.cards.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cards.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.cards.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for row, imported in enumerate(found.cards):
            card = imported.card
            name = QTableWidgetItem(card.full_name or self.tr("(no name)"))
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            problems = "\n".join(tr_text(problem.message) for problem in imported.problems)
            if problems:  # imported as written; the mark and its tooltip say what to check
                name.setToolTip(problems)
                name.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.cards.setItem(row, 0, name)
            organisation = ", ".join(part for part in (card.organisation, *card.units) if part)
            for column, value in ((1, organisation), (2, card.email), (3, card.phone)):
                self.cards.setItem(row, column, QTableWidgetItem(value))
        self.cards.resizeColumnsToContents()
        for column in range(3):
            self.cards.setColumnWidth(column, min(self.cards.columnWidth(column), 260))
        self.cards.itemChanged.connect(lambda _item: self._update_count())

        select_all = QPushButton(self.tr("Select all"))
        select_all.clicked.connect(lambda: self._check_all(True))
        select_none = QPushButton(self.tr("Select none"))
        select_none.clicked.connect(lambda: self._check_all(False))
        selection = QHBoxLayout()
        selection.addWidget(select_all)
        selection.addWidget(select_none)
        selection.addStretch(1)

        self.refused_label = QLabel(self.tr("%n card(s) could not be read; left out:", "", len(found.refused)))
        self.refused = QListWidget()
        self.refused.setAccessibleName(self.tr("Cards that could not be read"))
        self.refused.setWordWrap(True)
        for refused in found.refused:
            self.refused.addItem(self._refused_line(refused.number, refused.name, tr_text(refused.reason)))
        lines = min(max(len(found.refused), 1), 4)  # a long list scrolls; the cards keep the room
        self.refused.setMaximumHeight(self.refused.fontMetrics().lineSpacing() * (lines * 2) + 8)
        self.refused_label.setVisible(bool(found.refused))
        self.refused.setVisible(bool(found.refused))

        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.addWidget(intro)
        choose_layout.addWidget(self.cards, 1)
        choose_layout.addLayout(selection)
        choose_layout.addWidget(self.refused_label)
        choose_layout.addWidget(self.refused)

        done = QWidget()
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_list = QListWidget()
        self.done_list.setAccessibleName(self.tr("Cards not imported"))
        self.done_list.setWordWrap(True)
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.addWidget(self.done_text)
        done_layout.addWidget(self.done_list, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(choose)
        self.pages.addWidget(done)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_people)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.cancel_button.setDefault(True)  # Enter never imports
        self.close_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._update_count()
        self.resize(760, 520)

    def _refused_line(self, number: int, name: str, reason: str) -> str:
        if name:
            return self.tr("Card {number} ({name}): {reason}").format(number=number, name=name, reason=reason)
        return self.tr("Card {number}: {reason}").format(number=number, reason=reason)

    def chosen_rows(self) -> list[int]:
        return [
            row for row in range(self.cards.rowCount()) if self.cards.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, row: int, chosen: bool) -> None:
        self.cards.item(row, 0).setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _check_all(self, chosen: bool) -> None:
        self.cards.blockSignals(True)  # counted once at the end, not once per card
        try:
            for row in range(self.cards.rowCount()):
                self.set_chosen(row, chosen)
        finally:
            self.cards.blockSignals(False)
        self.cards.viewport().update()
        self._update_count()

    def _update_count(self) -> None:
        count = len(self.chosen_rows())
        self.import_button.setText(self.tr("Import %n person(s)", "", count))
        self.import_button.setEnabled(count > 0)

    def import_people(self) -> None:
        rows = self.chosen_rows()
        cards = [self._found.cards[row].card for row in rows]
        if not cards:
            return
        text = add_people(self, self._importer, cards)
        if text is None:  # the store rolled back: nobody was added
            self.done_text.setText(failed_words())
        else:
            self.imported_count = len(cards)
            skipped = len(self._found.cards) - len(cards)
            if skipped:
                text += " " + self.tr("Left out as you chose: %n card(s).", "", skipped)
            if self._found.refused:
                text += " " + self.tr("%n card(s) could not be read:", "", len(self._found.refused))
            self.done_text.setText(text)
            for refused in self._found.refused:
                self.done_list.addItem(self._refused_line(refused.number, refused.name, tr_text(refused.reason)))
            self.imported.emit(len(cards))
        self.done_list.setVisible(self.done_list.count() > 0)
        self.pages.setCurrentIndex(1)
        self.cancel_button.hide()
        self.import_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
