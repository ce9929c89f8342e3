"""Presentation mode and zoom, as View ▸ asks for them and as the preferences keep them.

The menu's choice shows at once (zoom, the menu's check mark, personal details hidden) and is
saved in the preferences; the preferences' ``changed`` (after that write, or any other) is applied
the same way, so the window always shows what is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.preferences import MIN_ZOOM, next_zoom
from app.ui.shell.zoom import apply_zoom, zoom_percent
from app.ui.widgets.privacy import presenting_flag

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.preferences import Preferences, PreferenceValues


PRESENTING_ZOOM = 150  # what presentation mode starts at when nothing larger was chosen


class Presentation(QObject):
    def __init__(self, window: MainWindow, preferences: Preferences) -> None:
        super().__init__(window)
        self._window = window
        self._preferences = preferences
        self._presenting = False
        self._zoom = MIN_ZOOM
        self._zoom_before: int | None = None  # the size before presenting made it larger
        window.presentation_toggled.connect(self.set_presenting)
        window.zoom_requested.connect(self.step_zoom)
        preferences.changed.connect(self.apply)

    @property
    def presenting(self) -> bool:
        return self._presenting

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_presenting(self, presenting: bool) -> None:
        """Presenting to a room makes everything larger at once (150 % unless a zoom was chosen);
        leaving goes back to the size before."""
        zoom = self._zoom
        if presenting and not self._presenting and zoom == MIN_ZOOM:
            self._zoom_before = zoom
            zoom = PRESENTING_ZOOM
        elif not presenting and self._presenting and self._zoom_before is not None:
            zoom, self._zoom_before = self._zoom_before, None
        self._show(presenting, zoom)
        self._preferences.save_view(self._presenting, self._zoom)

    def step_zoom(self, direction: int) -> None:
        self._zoom_before = None  # a size chosen while presenting stays after it
        self._show(self._presenting, MIN_ZOOM if direction == 0 else next_zoom(self._zoom, direction))
        self._preferences.save_view(self._presenting, self._zoom)

    def apply(self, values: PreferenceValues) -> None:
        self._show(values.presenting, values.zoom_percent)

    def _show(self, presenting: bool, zoom: int) -> None:
        self._zoom = zoom
        if zoom != zoom_percent():
            apply_zoom(zoom)
        self._window.set_presenting(presenting)
        if presenting != self._presenting:
            self._presenting = presenting
            presenting_flag().set(presenting)
            self._window.presentation_theme_requested.emit(presenting)


def attach_presentation(window: MainWindow, preferences: Preferences, store_opened: list) -> Presentation:
    """View ▸ Presentation mode and the zoom, shown as kept once the data file is open."""
    presentation = Presentation(window, preferences)
    store_opened.append(lambda _store: presentation.apply(preferences.values()))
    return presentation
