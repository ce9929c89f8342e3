"""The colours of the theme in use, by role, for the stylesheet and for widgets that paint.

One palette per theme lives in resources/themes/<theme>.toml. The shell (app/ui/shell/theme.py)
chooses the theme and makes its palette the active one; a widget that paints asks for
``active_palette()`` when it paints, and Qt repaints every widget when the theme changes (the
application palette changes with it). No widget names a colour of its own.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QColor

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high_contrast"
THEME_NAMES = (LIGHT, DARK, HIGH_CONTRAST)

# The countdown's looks: "neutral" is not started, paused and finished.
STAGE_KEYS = ("neutral", "on_track", "wrap_up", "last_minutes", "overtime")
CHART_SERIES = ("chart_1", "chart_2", "chart_3", "chart_4")

# Every text colour and the background it is drawn on, as the stylesheet and the painted widgets
# use them. The contrast test reads this list; a new pairing in app.qss belongs here too.
TEXT_ON_BACKGROUND: tuple[tuple[str, str], ...] = (
    ("window_text", "window"),
    ("heading", "window"),
    ("muted_text", "window"),
    ("error_text", "window"),
    ("link", "window"),
    ("text", "base"),
    ("window_text", "base"),
    ("text", "alternate_base"),
    ("muted_text", "base"),
    ("placeholder_text", "base"),
    ("error_text", "base"),
    ("link", "base"),
    ("header_text", "header_background"),
    ("button_text", "button"),
    ("button_text", "button_hover"),
    ("button_text", "button_pressed"),
    ("highlighted_text", "highlight"),
    ("tooltip_text", "tooltip_background"),
    ("nav_text", "nav_background"),
    ("nav_text", "nav_hover_background"),
    ("nav_selected_text", "nav_selected_background"),
    ("window_text", "welcome_background"),
    ("heading", "welcome_background"),
    ("warning_text", "warning_background"),
    ("notice_text", "notice_background"),
    ("cue_text", "cue_background"),
    *((f"stage_{key}_accent", f"stage_{key}_tint") for key in STAGE_KEYS),  # digits and words
    *(("stage_hint_text", f"stage_{key}_tint") for key in STAGE_KEYS),  # the keys' hint
    *(("stage_mark", f"stage_{key}_accent") for key in STAGE_KEYS),  # "!" and "+" inside the shape
    *((f"stage_{key}_on_black", "projector_background") for key in STAGE_KEYS),
)
# Lines and marks that are not text need 3:1 against what they sit on (WCAG 1.4.11).
GRAPHIC_ON_BACKGROUND: tuple[tuple[str, str], ...] = (
    *((series, "base") for series in CHART_SERIES),
    ("focus", "window"),
    ("button_border", "window"),
    ("button_border", "base"),  # a check box's edge
    ("highlight", "base"),  # a ticked box
    ("focus", "button"),
    ("focus", "base"),
    ("nav_accent", "nav_selected_background"),
    ("warning_border", "warning_background"),
    ("cue_border", "cue_background"),
)


class PaletteError(ValueError):
    pass


@dataclass(frozen=True)
class ThemePalette:
    name: str
    colours: dict[str, str]  # role -> "#rrggbb"
    images: dict[str, Path] = field(default_factory=dict)  # "check", "radio" -> an SVG in resources/icons

    def colour(self, role: str) -> QColor:
        return QColor(self.colours[role])

    def hex(self, role: str) -> str:
        return self.colours[role]


def load_palette(path: Path) -> ThemePalette:
    """Read one theme's palette; every colour must be one Qt understands, every image a file."""
    with path.open("rb") as handle:
        document = tomllib.load(handle)
    table = document.get("colours", {})
    icons = path.parent.parent / "icons"
    images = {name: icons / file for name, file in document.get("images", {}).items()}
    for name, image in images.items():
        if image.suffix != ".svg" or not image.is_file():
            raise PaletteError(f"{path.name}: {name} = {image.name} is not an SVG in {icons}")
    colours = {}
    for role, value in table.items():
        if not isinstance(value, str) or not QColor.isValidColorName(value):
            raise PaletteError(f"{path.name}: {role} = {value!r} is not a colour")
        colours[role] = QColor(value).name()
    return ThemePalette(path.stem, colours, images)


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


_active: ThemePalette | None = None


def active_palette() -> ThemePalette:
    """The palette of the theme in use (the light one until the shell chooses)."""
    global _active
    if _active is None:
        from app.paths import resource

        _active = load_palette(resource("themes", f"{LIGHT}.toml"))
    return _active


def set_active_palette(palette: ThemePalette | None) -> None:
    """Make ``palette`` the one in use (None: back to the light one)."""
    global _active
    _active = palette
