"""User preferences: JSON values by key in ``app_settings``, and typed views of the ones we know.

A preference that cannot be read (edited by hand, written by a newer version) falls back to its
default and is logged; a person never sees a traceback because of a setting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, fields
from typing import Any

from app.core.countdown import CountdownSettings, CountdownSettingsError
from app.core.follow_up import FollowUpSettings, FollowUpSettingsError
from app.core.retention import RetentionPolicy
from app.store.models import SettingRecord
from app.store.repositories import _Repository

log = logging.getLogger(__name__)

COUNTDOWN_KEY = "countdown"
BACKUP_RETENTION_KEY = "backup_retention"
FOLLOW_UP_KEY = "follow_up"
# Each of the retention numbers: 0 turns a tier off; more than this is not a preference but a typo.
MAX_RETENTION = 999
MAX_KEY_LENGTH = 100
# Preferences are small; anything bigger is a mistake, not a preference.
MAX_VALUE_LENGTH = 64 * 1024


class SettingsError(ValueError):
    """A preference that cannot be stored; the message says why."""


class SettingsRepository(_Repository):
    def get_json(self, key: str, default: Any = None) -> Any:
        """The stored value for ``key``, or ``default`` when there is none or it is unreadable."""
        with self._sessions() as session:
            record = session.get(SettingRecord, key)
            text = None if record is None else record.value
        if text is None:
            return default
        try:
            return json.loads(text)
        except ValueError:
            log.warning("the preference %r is unreadable; using its default", key)
            return default

    def set_json(self, key: str, value: Any) -> None:
        if not key or len(key) > MAX_KEY_LENGTH:
            raise SettingsError(f"a preference name must be 1 to {MAX_KEY_LENGTH} characters")
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"the preference {key!r} cannot be saved: {exc}") from exc
        if len(text) > MAX_VALUE_LENGTH:
            raise SettingsError(f"the preference {key!r} is too large to save")
        with self._transaction() as session:
            record = session.get(SettingRecord, key)
            if record is None:
                session.add(SettingRecord(key=key, value=text))
            else:
                record.value = text

    def delete(self, key: str) -> None:
        with self._transaction() as session:
            record = session.get(SettingRecord, key)
            if record is not None:
                session.delete(record)

    def countdown_settings(self) -> CountdownSettings:
        """The countdown preferences; missing entries take their defaults."""
        stored = self.get_json(COUNTDOWN_KEY, {})
        if not isinstance(stored, dict):
            log.warning("the countdown preferences are not a mapping; using the defaults")
            return CountdownSettings()
        known = {f.name for f in fields(CountdownSettings)}
        values = {name: value for name, value in stored.items() if name in known}
        try:
            return CountdownSettings(**values)
        except CountdownSettingsError as exc:
            log.warning("the countdown preferences do not fit together (%s); using the defaults", exc)
            return CountdownSettings()

    def save_countdown_settings(self, settings: CountdownSettings) -> None:
        self.set_json(COUNTDOWN_KEY, asdict(settings))

    def retention_policy(self) -> RetentionPolicy:
        """How many backups to keep (graded retention); missing or unusable numbers take their defaults."""
        stored = self.get_json(BACKUP_RETENTION_KEY, {})
        if not isinstance(stored, dict):
            log.warning("the backup retention preferences are not a mapping; using the defaults")
            return RetentionPolicy()
        values = {}
        for field in fields(RetentionPolicy):
            value = stored.get(field.name)
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_RETENTION:
                values[field.name] = value
            elif value is not None:
                log.warning("the backup retention preference %r is unusable; using its default", field.name)
        return RetentionPolicy(**values)

    def save_retention_policy(self, policy: RetentionPolicy) -> None:
        for field in fields(RetentionPolicy):
            value = getattr(policy, field.name)
            if not 0 <= value <= MAX_RETENTION:
                raise SettingsError(f"{field.name} must be between 0 and {MAX_RETENTION}")
        self.set_json(BACKUP_RETENTION_KEY, asdict(policy))

    def follow_up_settings(self) -> FollowUpSettings:
        """After how many business days without a reply each follow-up is suggested; missing or
        unusable numbers take their defaults."""
        stored = self.get_json(FOLLOW_UP_KEY, {})
        if not isinstance(stored, dict):
            log.warning("the follow-up preferences are not a mapping; using the defaults")
            return FollowUpSettings()
        values = {}
        for field in fields(FollowUpSettings):
            if field.name not in stored:
                continue
            try:
                FollowUpSettings(**{field.name: stored[field.name]})
            except FollowUpSettingsError:
                log.warning("the follow-up preference %r is unusable; using its default", field.name)
                continue
            values[field.name] = stored[field.name]
        return FollowUpSettings(**values)

    def save_follow_up_settings(self, settings: FollowUpSettings) -> None:
        self.set_json(FOLLOW_UP_KEY, asdict(settings))
