from __future__ import annotations

import logging

import pytest

from app.core.countdown import CountdownSettings
from app.store.connection import create_store_engine, make_session_factory
from app.store.settings_repository import COUNTDOWN_KEY, SettingsError, SettingsRepository


@pytest.fixture
def settings(store, tmp_path, clock):
    # The store fixture has migrated the file; open our own engine on it.
    engine = create_store_engine(tmp_path / "infointerview.db")
    yield SettingsRepository(make_session_factory(engine), clock)
    engine.dispose()


def test_defaults_when_nothing_is_stored(settings):
    assert settings.countdown_settings() == CountdownSettings()
    assert settings.get_json("missing", 7) == 7


def test_countdown_settings_round_trip(settings):
    chosen = CountdownSettings(planned_seconds=1800, wrap_up_seconds=420, last_minutes_seconds=60, sound_enabled=True)
    settings.save_countdown_settings(chosen)
    assert settings.countdown_settings() == chosen


def test_saving_again_replaces_the_value(settings):
    settings.set_json("theme", "dark")
    settings.set_json("theme", "light")
    assert settings.get_json("theme") == "light"
    settings.delete("theme")
    assert settings.get_json("theme") is None


def test_partial_stored_values_keep_defaults_for_the_rest(settings):
    settings.set_json(COUNTDOWN_KEY, {"sound_enabled": True, "from_a_newer_version": 1})
    assert settings.countdown_settings() == CountdownSettings(sound_enabled=True)


@pytest.mark.parametrize(
    "stored",
    [
        {"wrap_up_seconds": 60, "last_minutes_seconds": 120},
        {"planned_seconds": "twenty"},
        ["not", "a", "mapping"],
    ],
)
def test_unusable_countdown_settings_fall_back_to_defaults(settings, stored, caplog):
    settings.set_json(COUNTDOWN_KEY, stored)
    with caplog.at_level(logging.WARNING):
        assert settings.countdown_settings() == CountdownSettings()
    assert "countdown preferences" in caplog.text


def test_unreadable_json_falls_back_to_the_default(settings, tmp_path, caplog):
    import sqlite3

    connection = sqlite3.connect(tmp_path / "infointerview.db")
    try:
        with connection:
            connection.execute("INSERT INTO app_settings(key, value) VALUES (?, ?)", (COUNTDOWN_KEY, "{broken"))
    finally:
        connection.close()
    with caplog.at_level(logging.WARNING):
        assert settings.countdown_settings() == CountdownSettings()
    assert "unreadable" in caplog.text


def test_odd_unicode_and_nul_survive(settings):
    value = {"text": "naïve — 東京 \x00 end"}
    settings.set_json("note", value)
    assert settings.get_json("note") == value


@pytest.mark.parametrize(
    ("key", "value"),
    [("", 1), ("k" * 101, 1), ("nan", float("nan")), ("object", object()), ("huge", "x" * 70_000)],
)
def test_values_that_cannot_be_stored_are_refused_clearly(settings, key, value):
    with pytest.raises(SettingsError):
        settings.set_json(key, value)


def test_backup_retention_defaults_round_trip_and_unusable_numbers(settings):
    from app.core.retention import RetentionPolicy
    from app.store.settings_repository import BACKUP_RETENTION_KEY

    assert settings.retention_policy() == RetentionPolicy(recent_days=2, daily=12, weekly=10, monthly=9)
    settings.save_retention_policy(RetentionPolicy(recent_days=3, daily=7, weekly=4, monthly=0))
    assert settings.retention_policy() == RetentionPolicy(recent_days=3, daily=7, weekly=4, monthly=0)
    settings.set_json(BACKUP_RETENTION_KEY, {"daily": -1, "weekly": "many", "monthly": 5})
    assert settings.retention_policy() == RetentionPolicy(monthly=5)
    with pytest.raises(SettingsError):
        settings.save_retention_policy(RetentionPolicy(daily=-2))


def test_follow_up_numbers_default_round_trip_and_unusable_ones(settings):
    from app.core.follow_up import FollowUpSettings
    from app.store.settings_repository import FOLLOW_UP_KEY

    assert settings.follow_up_settings() == FollowUpSettings(try_another_after=3, follow_up_after=7)
    settings.save_follow_up_settings(FollowUpSettings(try_another_after=2, follow_up_after=5))
    assert settings.follow_up_settings() == FollowUpSettings(try_another_after=2, follow_up_after=5)
    settings.set_json(FOLLOW_UP_KEY, {"try_another_after": 0, "follow_up_after": 10})
    assert settings.follow_up_settings() == FollowUpSettings(follow_up_after=10)
    settings.set_json(FOLLOW_UP_KEY, ["not", "a", "mapping"])
    assert settings.follow_up_settings() == FollowUpSettings()
