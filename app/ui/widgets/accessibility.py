"""Small pieces that give a screen reader what the screen shows.

A StatusLabel is a label whose words change (save status, progress, messages): its accessible name
says what it is ("Save status"); its accessible description is always its current text ("Saved"),
so a reader that asks hears the words on screen, not only the name. Qt tells assistive technology
each time the description changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView

_CLEAR_ACTION = "_q_qlineeditclearaction"  # the action behind QLineEdit's clear button


class StatusLabel(QLabel):
    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.setAccessibleDescription(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)

    def clear(self) -> None:
        self.setText("")


def name_clear_button(line_edit: QLineEdit) -> None:
    """Turn on ``line_edit``'s clear button, with a name a screen reader can say ("Clear")."""
    line_edit.setClearButtonEnabled(True)
    action = line_edit.findChild(QAction, _CLEAR_ACTION)
    if action is not None:
        action.setText(QCoreApplication.translate("ClearButton", "Clear"))
        action.setToolTip(QCoreApplication.translate("ClearButton", "Clear the text"))


def name_corner_button(table: QTableView) -> None:
    """Name the button in a table's top-left corner, which selects every cell."""
    corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(QCoreApplication.translate("TableCorner", "Select all"))
