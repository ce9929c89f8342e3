"""Gentle alerts when the countdown enters wrap-up, last minutes or overtime.

* A soft chime, off unless the person turns it on. It needs QtMultimedia, which ships in the
  optional PySide6-Addons extra; without it the app stays silent and says nothing.
* A desktop notification when the app's window is not the active one (the person may have a
  browser open at the company's page): a tray balloon where a system tray exists, otherwise the
  window system's own "needs attention" hint (QApplication.alert).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from app.core.countdown import CountdownSnapshot, CountdownStage, CountdownState
from app.paths import resource
from app.ui.countdown.countdown_controller import CountdownController, countdown_words

log = logging.getLogger(__name__)

CHIME = ("sounds", "stage-chime.wav")
SOUND_VOLUME = 0.45
NOTIFICATION_MS = 8000
ALERT_STAGES = (CountdownStage.WRAP_UP, CountdownStage.LAST_MINUTES, CountdownStage.OVERTIME)
TRAY = "tray"
WINDOW_ALERT = "window-alert"


class StageAlert(QObject):
    notified = Signal(str, str)  # (how, words): how is TRAY or WINDOW_ALERT
    chimed = Signal()

    def __init__(
        self,
        controller: CountdownController,
        window: QWidget,
        sound_enabled: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._sound_enabled = sound_enabled
        self._effect = None
        self._sound_unavailable = False
        self._tray: QSystemTrayIcon | None = None
        controller.stage_changed.connect(self._on_stage)

    @property
    def sound_enabled(self) -> bool:
        return self._sound_enabled

    def set_sound_enabled(self, enabled: bool) -> None:
        self._sound_enabled = enabled

    def sound_available(self) -> bool:
        """Whether a chime can actually be played (QtMultimedia present and the file found)."""
        return self._load_effect() is not None

    # ----- internals -----------------------------------------------------------------------

    def _on_stage(self, snapshot: CountdownSnapshot) -> None:
        if snapshot.state is not CountdownState.RUNNING or snapshot.stage not in ALERT_STAGES:
            return
        if self._sound_enabled:
            self._chime()
        if not self._window.isActiveWindow():
            self._notify(countdown_words(snapshot))

    def _load_effect(self):
        if self._effect is not None or self._sound_unavailable:
            return self._effect
        try:
            from PySide6.QtMultimedia import QSoundEffect  # optional extra: PySide6-Addons
        except ImportError:
            log.info("QtMultimedia is not installed; stage changes stay silent")
            self._sound_unavailable = True
            return None
        try:
            path = Path(resource(*CHIME))
        except FileNotFoundError:
            self._sound_unavailable = True
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(SOUND_VOLUME)
        self._effect = effect
        return effect

    def _chime(self) -> None:
        effect = self._load_effect()
        if effect is None:
            return
        effect.play()
        self.chimed.emit()

    def _notify(self, words: str) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self._app_icon(), self)
                self._tray.setToolTip(self.tr("InfoInterview countdown"))
            self._tray.show()
            self._tray.showMessage(
                self.tr("Interview countdown"), words, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS
            )
            self.notified.emit(TRAY, words)
        else:
            QApplication.alert(self._window, 0)
            self.notified.emit(WINDOW_ALERT, words)

    def _app_icon(self) -> QIcon:
        icon = self._window.windowIcon()
        if icon.isNull():
            try:
                icon = QIcon(str(resource("icons", "infointerview.svg")))
            except FileNotFoundError:
                icon = QIcon()
        return icon
