"""Edit ▸ Preferences: the person's own name, how the app looks, when the countdown warns, its
chime, and how many backups to keep."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.countdown import CountdownSettings, CountdownSettingsError
from app.core.preferences import LANGUAGE_KEY, PROFILE_NAME_KEY, THEME_KEY, ThemeChoice
from app.core.retention import RetentionPolicy

MAX_NAME = 120
MAX_KEPT = 999  # per tier of backups kept (the store refuses more)


def sound_is_available() -> bool:
    """Whether the optional QtMultimedia module (the 'sound' extra) is installed."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError:
        return False
    return True


class PreferencesDialog(QDialog):
    def __init__(self, settings_repository, parent: QWidget | None = None, *, sound_available: bool | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings_repository
        self._countdown = settings_repository.countdown_settings()

        self.name = QLineEdit(settings_repository.get_json(PROFILE_NAME_KEY, "") or "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Used to sign your thank-you and update notes"))
        self.theme = self._theme_box(ThemeChoice.from_stored(settings_repository.get_json(THEME_KEY, None)))
        self.language = self._language_box(str(settings_repository.get_json(LANGUAGE_KEY, "") or ""))
        self.wrap_up = QSpinBox()
        self.wrap_up.setRange(2, max(2, self._countdown.planned_seconds // 60 - 1))
        self.wrap_up.setSuffix(self.tr(" min left"))
        self.wrap_up.setValue(self._countdown.wrap_up_seconds // 60)
        self.last_minutes = QSpinBox()
        self.last_minutes.setRange(1, 29)
        self.last_minutes.setSuffix(self.tr(" min left"))
        self.last_minutes.setValue(self._countdown.last_minutes_seconds // 60)
        self.sound = QCheckBox(self.tr("Play a gentle chime when the stage changes"))
        self.sound.setChecked(self._countdown.sound_enabled)
        available = sound_is_available() if sound_available is None else sound_available
        if not available:
            self.sound.setEnabled(False)
            self.sound.setToolTip(self.tr("Sound needs InfoInterview's optional 'sound' extra (QtMultimedia)"))

        retention = settings_repository.retention_policy()
        self.keep_days = self._count_box(retention.recent_days, self.tr(" days"))
        self.keep_daily = self._count_box(retention.daily, self.tr(" daily"))
        self.keep_weekly = self._count_box(retention.weekly, self.tr(" weekly"))
        self.keep_monthly = self._count_box(retention.monthly, self.tr(" monthly"))
        older = QHBoxLayout()
        for box in (self.keep_daily, self.keep_weekly, self.keep_monthly):
            older.addWidget(box)

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Lan&guage:"), self.language)
        self.language_note = QLabel(self.tr("A new language is used from the next time InfoInterview starts."))
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Say “&wrap up” at:"), self.wrap_up)
        form.addRow(self.tr("Say “&last minutes” at:"), self.last_minutes)
        form.addRow("", self.sound)
        applies = QLabel(self.tr("New warning times apply to the next interview you open."))
        applies.setWordWrap(True)
        form.addRow("", applies)
        if not available:
            note = QLabel(self.tr("Sound is not installed, so the countdown stays silent."))
            note.setWordWrap(True)
            form.addRow("", note)
        form.addRow(self.tr("Keep every &backup from the last:"), self.keep_days)
        form.addRow(self.tr("Then keep one backup of each of:"), older)
        self.keep_daily.setAccessibleName(self.tr("Days to keep one backup of"))
        self.keep_weekly.setAccessibleName(self.tr("Weeks to keep one backup of"))
        self.keep_monthly.setAccessibleName(self.tr("Months to keep one backup of"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _theme_box(self, chosen: ThemeChoice) -> QComboBox:
        box = QComboBox()
        for choice, words in (
            (ThemeChoice.SYSTEM, self.tr("As the system (light or dark)")),
            (ThemeChoice.LIGHT, self.tr("Light")),
            (ThemeChoice.DARK, self.tr("Dark")),
            (ThemeChoice.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            box.addItem(words, choice.value)
        box.setCurrentIndex(box.findData(chosen.value))
        return box

    def _language_box(self, chosen: str) -> QComboBox:
        from app.ui.shell.translations import LANGUAGE_NAMES

        box = QComboBox()
        box.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGE_NAMES.items():
            box.addItem(name, code)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        return box

    def language_choice(self) -> str:
        return str(self.language.currentData() or "")

    def theme_choice(self) -> ThemeChoice:
        return ThemeChoice(self.theme.currentData())

    @staticmethod
    def _count_box(value: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_KEPT)
        box.setSuffix(suffix)
        box.setValue(min(value, MAX_KEPT))
        return box

    def retention_policy(self) -> RetentionPolicy:
        return RetentionPolicy(
            recent_days=self.keep_days.value(),
            daily=self.keep_daily.value(),
            weekly=self.keep_weekly.value(),
            monthly=self.keep_monthly.value(),
        )

    def countdown_settings(self) -> CountdownSettings:
        return replace(
            self._countdown,
            wrap_up_seconds=self.wrap_up.value() * 60,
            last_minutes_seconds=self.last_minutes.value() * 60,
            sound_enabled=self.sound.isChecked() and self.sound.isEnabled(),
        )

    def save(self) -> None:
        try:
            countdown = self.countdown_settings()
        except CountdownSettingsError as problem:
            if self.last_minutes.value() >= self.wrap_up.value():
                self.error.setText(
                    self.tr("The “last minutes” warning must come after the “wrap up” one: choose fewer minutes.")
                )
                self.last_minutes.setFocus()
            else:
                # The reason comes from core, in English.
                self.error.setText(self.tr("These warnings do not fit together: {problem}.").format(problem=problem))
            self.error.show()
            return
        self._settings.save_countdown_settings(countdown)
        self._settings.save_retention_policy(self.retention_policy())
        self._settings.set_json(PROFILE_NAME_KEY, " ".join(self.name.text().split()))
        self._settings.set_json(THEME_KEY, self.theme_choice().value)
        self._settings.set_json(LANGUAGE_KEY, self.language_choice())
        self.accept()
