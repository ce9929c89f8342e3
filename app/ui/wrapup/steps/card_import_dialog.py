"""Before a vCard touches a person: what it would change, field by field, with a choice for each.

Nothing changes until the person presses the confirm button; Cancel changes nothing. A card for
someone else is said so plainly at the top, and a file with several cards lets the person pick one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.card_merge import CardField, FieldChange, card_changes, names_differ, value_lines
from app.core.vcard import CardDetails
from app.ui.widgets.accessibility import StatusLabel, name_corner_button
from app.ui.widgets.i18n import tr_enum

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 50


class CardImportDialog(QDialog):
    def __init__(
        self, current: CardDetails, cards: list[CardDetails], file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._cards = cards
        self._changes: list[FieldChange] = []
        self.setWindowTitle(self.tr("Import a business card"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)

        self.card_list = QListWidget()
        self.card_list.setAccessibleName(self.tr("Cards in the file"))
        for card in cards:
            name = card.full_name or self.tr("(no name)")
            with_organisation = self.tr("{name} — {organisation}").format(name=name, organisation=card.organisation)
            self.card_list.addItem(with_organisation if card.organisation else name)
        self.card_list.setMaximumHeight(self.card_list.fontMetrics().lineSpacing() * 5 + 12)
        many = QLabel(
            self.tr("“{file}” holds %n card(s). Choose the one to take details from:", "", len(cards)).format(
                file=file_name
            )
        )
        many.setWordWrap(True)
        layout.addWidget(many)
        layout.addWidget(self.card_list)
        many.setVisible(len(cards) > 1)
        self.card_list.setVisible(len(cards) > 1)

        self.mismatch = StatusLabel()
        self.mismatch.setObjectName("cardMismatch")
        self.mismatch.setAccessibleName(self.tr("Whose card this is"))
        self.mismatch.setWordWrap(True)
        # Framed and in words (app.qss), so it does not rely on colour to be noticed.
        layout.addWidget(self.mismatch)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Changes the card would make"))
        name_corner_button(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Now"), self.tr("From the card")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # arrows move inside; Tab leaves the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            self.tr("Apply the ticked changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter keeps things as they are; changing a person takes a deliberate click.
        self.confirm_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.card_list.currentRowChanged.connect(self._show_card)
        self.card_list.setCurrentRow(0)
        self._show_card(0)

    def _field_label(self, field: CardField) -> str:
        return tr_enum(field)

    def chosen_card(self) -> CardDetails:
        return self._cards[max(0, self.card_list.currentRow())]

    def _show_card(self, row: int) -> None:
        if row < 0 or row >= len(self._cards):
            return
        card = self._cards[row]
        if names_differ(self._current, card):
            self.mismatch.setText(
                self.tr("This card is for {card_name}, not {person_name}").format(
                    card_name=card.full_name.strip(), person_name=self._current.full_name.strip()
                )
            )
            self.mismatch.show()
        else:
            self.mismatch.clear()
            self.mismatch.hide()
        self._changes = card_changes(self._current, card)
        self.table.setRowCount(len(self._changes))
        for index, change in enumerate(self._changes):
            label = QTableWidgetItem(self._field_label(change.field))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            label.setCheckState(Qt.CheckState.Checked)
            label.setData(CHANGE_ROLE, index)
            self.table.setItem(index, 0, label)
            self.table.setItem(index, 1, QTableWidgetItem(value_lines(change.current) or self.tr("(empty)")))
            self.table.setItem(index, 2, QTableWidgetItem(value_lines(change.incoming)))
        self.table.resizeRowsToContents()
        if self._changes:
            self.intro.setText(self.tr("Untick what should stay as it is. Fields the card does not have are kept."))
        else:
            self.intro.setText(self.tr("This card holds nothing that differs from what is saved."))
        self.confirm_button.setEnabled(bool(self._changes))

    def changes(self) -> list[FieldChange]:
        """Every change the chosen card would make, ticked or not."""
        return list(self._changes)

    def set_chosen(self, field: CardField, chosen: bool) -> None:
        for row, change in enumerate(self._changes):
            if change.field is field:
                state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
                self.table.item(row, 0).setCheckState(state)

    def chosen_changes(self) -> list[FieldChange]:
        return [
            change
            for row, change in enumerate(self._changes)
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]
