"""Keys of the person's preferences kept in the store (values are JSON)."""

from __future__ import annotations

from enum import Enum

PROFILE_NAME_KEY = "profile.name"  # the person's own name, to sign thank-you and update notes
THEME_KEY = "appearance.theme"  # a ThemeChoice value
LANGUAGE_KEY = "interface.language"  # "" follows the system; else a shipped language's code ("en", "es")


class ThemeChoice(Enum):
    """How the app looks: as the OS says (light or dark), or always one theme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"

    @classmethod
    def from_stored(cls, value: object) -> ThemeChoice:
        """The stored choice; anything unknown (or nothing) is "system"."""
        try:
            return cls(value)
        except ValueError:
            return cls.SYSTEM
