"""A pane whose contents need the full store: it says so until the store is open, then builds them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

if TYPE_CHECKING:
    from app.store.store import Store


class StoreBoundPane(QWidget):
    def __init__(self, build: Callable[[Store], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.content: QWidget | None = None
        self._layout = QStackedLayout(self)
        waiting = QLabel(self.tr("Opening your data…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(waiting)

    def set_store(self, store: Store) -> None:
        if self.content is None:
            self.content = self._build(store)
            self._layout.addWidget(self.content)
            self._layout.setCurrentWidget(self.content)
