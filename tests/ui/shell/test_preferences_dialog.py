from app.core.preferences import PROFILE_NAME_KEY
from app.ui.shell.preferences_dialog import PreferencesDialog


def test_preferences_are_saved_and_shown_again(qtbot, store):
    dialog = PreferencesDialog(store.settings, sound_available=True)
    qtbot.addWidget(dialog)
    dialog.name.setText("  Sam   Rivera ")
    dialog.wrap_up.setValue(4)
    dialog.last_minutes.setValue(1)
    dialog.sound.setChecked(True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert store.settings.get_json(PROFILE_NAME_KEY) == "Sam Rivera"
    saved = store.settings.countdown_settings()
    assert (saved.wrap_up_seconds, saved.last_minutes_seconds, saved.sound_enabled) == (240, 60, True)
    again = PreferencesDialog(store.settings, sound_available=True)
    qtbot.addWidget(again)
    assert again.name.text() == "Sam Rivera"
    assert again.wrap_up.value() == 4


def test_warnings_in_the_wrong_order_are_refused_in_words(qtbot, store):
    dialog = PreferencesDialog(store.settings, sound_available=True)
    qtbot.addWidget(dialog)
    dialog.wrap_up.setValue(3)
    dialog.last_minutes.setValue(3)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "must come after" in dialog.error.text()
    assert store.settings.countdown_settings().wrap_up_seconds == 300


def test_without_sound_installed_the_chime_cannot_be_switched_on(qtbot, store):
    dialog = PreferencesDialog(store.settings, sound_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.sound.isEnabled()
    dialog.sound.setChecked(True)
    assert dialog.countdown_settings().sound_enabled is False


def test_how_many_backups_to_keep_shows_the_defaults_and_is_saved(qtbot, store):
    from app.core.retention import RetentionPolicy

    dialog = PreferencesDialog(store.settings, sound_available=True)
    qtbot.addWidget(dialog)
    shown = (dialog.keep_days, dialog.keep_daily, dialog.keep_weekly, dialog.keep_monthly)
    assert [box.value() for box in shown] == [2, 12, 10, 9]
    dialog.keep_days.setValue(5)
    dialog.keep_monthly.setValue(24)
    dialog.save()
    assert store.settings.retention_policy() == RetentionPolicy(recent_days=5, daily=12, weekly=10, monthly=24)


def test_the_theme_is_chosen_from_system_light_dark_and_high_contrast_and_kept(qtbot, store):
    from app.core.preferences import THEME_KEY, ThemeChoice

    dialog = PreferencesDialog(store.settings, sound_available=True)
    qtbot.addWidget(dialog)
    offered = [ThemeChoice(dialog.theme.itemData(row)) for row in range(dialog.theme.count())]
    assert offered == [ThemeChoice.SYSTEM, ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST]
    assert dialog.theme_choice() is ThemeChoice.SYSTEM  # nothing chosen yet: as the OS says
    dialog.theme.setCurrentIndex(dialog.theme.findData(ThemeChoice.HIGH_CONTRAST.value))
    dialog.save()
    assert store.settings.get_json(THEME_KEY) == "high_contrast"
    again = PreferencesDialog(store.settings, sound_available=True)
    qtbot.addWidget(again)
    assert again.theme_choice() is ThemeChoice.HIGH_CONTRAST


def test_the_language_is_chosen_by_its_own_name_kept_and_copied_for_the_next_start(qtbot, make_app, store):
    from PySide6.QtCore import QSettings

    from app.core.preferences import LANGUAGE_KEY
    from app.ui.shell.translations import LANGUAGE_KEY as WINDOW_LANGUAGE_KEY

    dialog = PreferencesDialog(store.settings, sound_available=False)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(index) for index in range(dialog.language.count())]
    assert names == ["As the system", "English", "Español"]
    assert dialog.language_choice() == ""
    assert dialog.language_note.text().startswith("A new language is used from the next time")
    dialog.language.setCurrentIndex(2)
    dialog.save()
    assert store.settings.get_json(LANGUAGE_KEY) == "es"

    application = make_app()
    assert application.open_store()
    application.store.settings.set_json(LANGUAGE_KEY, "es")
    qtbot.waitUntil(lambda: application.preferences.values().language == "es")
    window_settings = QSettings(str(application.paths.window_settings), QSettings.Format.IniFormat)
    qtbot.waitUntil(lambda: window_settings.value(WINDOW_LANGUAGE_KEY) == "es")
