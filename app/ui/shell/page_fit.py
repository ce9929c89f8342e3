"""Keeps the shown area's page as wide as the window: at a large zoom, or when something new
appears in it, its side-by-side parts stack (app/ui/widgets/reflow.py) instead of running off the
right edge, and the list of areas is as wide as its longest word needs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QListWidget, QScrollArea, QWidget

NAVIGATION_WIDTH = 200  # at 100 %


class PageFit(QObject):
    def __init__(self, navigation: QListWidget, current_page: Callable[[], QWidget | None]) -> None:
        super().__init__(navigation)
        self._navigation = navigation
        self._current_page = current_page  # the shown area's scroll area, or None
        self._holders: list[QScrollArea] = []
        self._pending = False
        self._fitting = False  # the fit's own changes ask for layouts; they are not news
        self._unfit: tuple[int, int] | None = None  # (width, page minimum) that could not be fitted

    def follow(self, holder: QScrollArea) -> None:
        """Fit ``holder``'s page when the window's width changes or the page outgrows it."""
        self._holders.append(holder)
        holder.installEventFilter(self)
        holder.widget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._holders:
            if event.type() == QEvent.Type.Resize:
                self.fit_later()
        elif event.type() == QEvent.Type.LayoutRequest and not self._fitting and self._overflows():
            self.fit_later()  # something new in the page (an interview opened) may not fit
        return False

    def _holder(self) -> QScrollArea | None:
        holder = self._current_page()
        return holder if holder in self._holders else None

    def _overflows(self) -> bool:
        holder = self._holder()
        if holder is None:
            return False
        needed = holder.widget().minimumSizeHint().width()
        available = holder.viewport().width()
        return needed > available and self._unfit != (available, needed)

    def fit_later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit_now)

    def fit_now(self) -> None:
        from app.ui.widgets.reflow import fit_width

        self._pending = False
        self._fit_navigation()
        holder = self._holder()
        if holder is None:
            return
        self._fitting = True
        try:
            page, available = holder.widget(), holder.viewport().width()
            fits = fit_width(page, available)
            self._unfit = None if fits else (available, page.minimumSizeHint().width())
        finally:
            self._fitting = False

    def _fit_navigation(self) -> None:
        """Names wrap between words rather than widening the list at a large zoom, which leaves
        the area its room; the list grows only when one word would not fit beside the theme's
        padding (which grows with the zoom too)."""
        from app.ui.shell.zoom import scaled

        navigation = self._navigation
        metrics = navigation.fontMetrics()
        words = [word for row in range(navigation.count()) for word in navigation.item(row).text().split()]
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        navigation.setFixedWidth(max(NAVIGATION_WIDTH, widest + scaled(30) + 10))
