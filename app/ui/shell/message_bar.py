"""A strip across the top of the main window that tells the person about a problem without
taking the keyboard: it never takes focus, and its only button is dismissed with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.ui.widgets.accessibility import StatusLabel


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text_label = StatusLabel()
        self.text_label.setObjectName("messageText")
        self.text_label.setAccessibleName(self.tr("Message"))
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dismiss_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.dismiss_button)
        self._clears_on_write = False
        self.hide()

    def show_problem(self, text: str, clears_on_write: bool) -> None:
        """``clears_on_write``: the problem is a failed write, so a later successful one ends it."""
        self.text_label.setText(text)
        self.setAccessibleDescription(text)
        self._clears_on_write = clears_on_write
        self.show()

    def text(self) -> str:
        return self.text_label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def clear(self) -> None:
        self.hide()
        self.text_label.clear()

    def write_succeeded(self, _changed: object = None) -> None:
        if self._clears_on_write:
            self.clear()
