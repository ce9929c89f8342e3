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


# {"presenting": bool, "zoom_percent": int}: presentation mode (shown to a room, personal details
# hidden) and the size of text and controls, 100 to 300 %; one value, written in one go.
VIEW_KEY = "view"

ZOOM_STEPS = (100, 110, 125, 150, 175, 200, 250, 300)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]


def clamp_zoom(value: object) -> int:
    """A stored zoom as a percent the app can show (100 when it is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return MIN_ZOOM
    return int(min(MAX_ZOOM, max(MIN_ZOOM, value)))


def next_zoom(percent: int, direction: int) -> int:
    """The next step up (direction 1) or down (-1) from ``percent``."""
    if direction > 0:
        return next((step for step in ZOOM_STEPS if step > percent), MAX_ZOOM)
    return next((step for step in reversed(ZOOM_STEPS) if step < percent), MIN_ZOOM)


def read_view(value: object) -> tuple[bool, int]:
    """(presenting, zoom percent) from the stored value, with defaults for anything unreadable."""
    if not isinstance(value, dict):
        return False, MIN_ZOOM
    return value.get("presenting") is True, clamp_zoom(value.get("zoom_percent", MIN_ZOOM))


def view_value(presenting: bool, zoom_percent: int) -> dict:
    return {"presenting": bool(presenting), "zoom_percent": clamp_zoom(zoom_percent)}
