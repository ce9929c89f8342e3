"""A pane whose contents wait for the data file: it says so until its data is there, then builds them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

T = TypeVar("T")  # what the contents are built from, e.g. the search repository


class StoreBoundPane(QWidget, Generic[T]):
    def __init__(self, build: Callable[[T], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.content: QWidget | None = None
        self._layout = QStackedLayout(self)
        waiting = QLabel(self.tr("Opening your data…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(waiting)

    def set_data(self, data: T) -> None:
        if self.content is None:
            self.content = self._build(data)
            self._layout.addWidget(self.content)
            self._layout.setCurrentWidget(self.content)
