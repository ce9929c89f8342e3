"""The person's preferences as the panes use them, and one signal when they change.

Built on the store's change feed: every committed write to the settings is heard (the feed calls on
the committing thread, so the report is queued to the UI thread), the preferences are read again and
``changed`` carries them. Panes never need to be told by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.changes import Change, Changes
from app.core.preferences import (
    LANGUAGE_KEY,
    PROFILE_NAME_KEY,
    THEME_KEY,
    VIEW_KEY,
    ThemeChoice,
    read_view,
    view_value,
)

if TYPE_CHECKING:
    from app.store.changes import ChangeFeed
    from app.store.settings_repository import SettingsRepository


@dataclass(frozen=True, slots=True)
class PreferenceValues:
    signature: str  # the name thank-you and update notes are signed with
    sound_enabled: bool  # the countdown's chime
    theme: ThemeChoice = ThemeChoice.SYSTEM  # how the app looks
    language: str = ""  # the interface's language code; "" follows the system
    presenting: bool = False  # presentation mode: personal details hidden from a room
    zoom_percent: int = 100  # text and controls


class Preferences(QObject):
    changed = Signal(object)  # PreferenceValues, on the UI thread
    _settings_written = Signal()  # from the committing thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings: SettingsRepository | None = None
        self._unsubscribe: Callable[[], None] | None = None
        # Emitted on the committing thread, received on this object's (the UI) thread: Qt queues
        # it. (Naming Qt.ConnectionType would load the Qt namespace, ~25 ms, before the first paint.)
        self._settings_written.connect(self._announce)

    def attach(self, settings: SettingsRepository, changes: ChangeFeed) -> None:
        """Read from ``settings`` and hear every write to them from ``changes``."""
        self.detach()
        self._settings = settings
        self._unsubscribe = changes.subscribe(self._on_changes)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def values(self) -> PreferenceValues:
        if self._settings is None:
            return PreferenceValues(signature="", sound_enabled=False)
        presenting, zoom_percent = read_view(self._settings.get_json(VIEW_KEY))
        return PreferenceValues(
            signature=self._settings.get_json(PROFILE_NAME_KEY, "") or "",
            sound_enabled=self._settings.countdown_settings().sound_enabled,
            theme=ThemeChoice.from_stored(self._settings.get_json(THEME_KEY, None)),
            language=str(self._settings.get_json(LANGUAGE_KEY, "") or ""),
            presenting=presenting,
            zoom_percent=zoom_percent,
        )

    def save_view(self, presenting: bool, zoom_percent: int) -> bool:
        """Keep presentation mode and zoom for the next start; False while no data file is open.
        ``changed`` follows, as for any write to the settings."""
        if self._settings is None:
            return False
        self._settings.set_json(VIEW_KEY, view_value(presenting, zoom_percent))
        return True

    def _on_changes(self, kinds: Changes) -> None:
        if Change.SETTINGS in kinds:
            self._settings_written.emit()

    def _announce(self) -> None:
        self.changed.emit(self.values())
