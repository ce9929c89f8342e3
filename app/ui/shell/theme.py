"""Light, dark and high-contrast themes: which one is in use, and putting it on screen.

The person's choice (Preferences: system, light, dark or high contrast) is kept in the settings.
"System" follows the OS light or dark scheme (``QStyleHints.colorScheme``) and its high-contrast
setting (``QAccessibilityHints.contrastPreference``), and switches live when the OS does.
Applying a theme sets the application palette and one stylesheet, both built from the theme's
palette (resources/themes/<theme>.toml with resources/themes/app.qss), so every widget repaints
in the new colours at once.
"""

from __future__ import annotations

from pathlib import Path
from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.core.preferences import ThemeChoice
from app.ui.widgets.palette import DARK, HIGH_CONTRAST, LIGHT, ThemePalette, load_palette, set_active_palette

STYLESHEET_TEMPLATE = "app.qss"


def theme_for(choice: ThemeChoice, system_scheme: Qt.ColorScheme, system_high_contrast: bool = False) -> str:
    """The theme to show for a choice, given the OS scheme (unknown counts as light) and whether the
    OS asks for high contrast."""
    if choice is ThemeChoice.SYSTEM:
        if system_high_contrast:
            return HIGH_CONTRAST
        return DARK if system_scheme == Qt.ColorScheme.Dark else LIGHT
    return {ThemeChoice.LIGHT: LIGHT, ThemeChoice.DARK: DARK, ThemeChoice.HIGH_CONTRAST: HIGH_CONTRAST}[choice]


def build_stylesheet(palette: ThemePalette, template: str) -> str:
    """The stylesheet with every $role replaced by the palette's colour and every $name_image by its
    image; a missing one is an error."""
    images = {f"{name}_image": f'url("{path.as_posix()}")' for name, path in palette.images.items()}
    return Template(template).substitute(palette.colours, **images)


def build_qt_palette(palette: ThemePalette) -> QPalette:
    """A QPalette for widgets the stylesheet does not reach (menus, spin boxes, check boxes...)."""
    colour = palette.colour
    qt = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window",
        QPalette.ColorRole.WindowText: "window_text",
        QPalette.ColorRole.Base: "base",
        QPalette.ColorRole.AlternateBase: "alternate_base",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.PlaceholderText: "placeholder_text",
        QPalette.ColorRole.Button: "button",
        QPalette.ColorRole.ButtonText: "button_text",
        QPalette.ColorRole.BrightText: "error_text",
        QPalette.ColorRole.Highlight: "highlight",
        QPalette.ColorRole.HighlightedText: "highlighted_text",
        QPalette.ColorRole.Link: "link",
        QPalette.ColorRole.LinkVisited: "link",
        QPalette.ColorRole.ToolTipBase: "tooltip_background",
        QPalette.ColorRole.ToolTipText: "tooltip_text",
        QPalette.ColorRole.Accent: "highlight",
    }
    for role, name in roles.items():
        qt.setColor(role, colour(name))
    button = colour("button")
    border = colour("border")
    qt.setColor(QPalette.ColorRole.Light, button.lighter(130))
    qt.setColor(QPalette.ColorRole.Midlight, button.lighter(115))
    qt.setColor(QPalette.ColorRole.Mid, border)
    qt.setColor(QPalette.ColorRole.Dark, border.darker(130))
    qt.setColor(QPalette.ColorRole.Shadow, QColor(palette.hex("border")).darker(200))
    disabled = colour("disabled_text")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        qt.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return qt


class ThemeManager(QObject):
    """Keeps the application in the chosen theme, and in step with the OS when the choice is "system"."""

    changed = Signal(object)  # ThemePalette, after it is applied

    def __init__(self, themes_dir: Path, choice: ThemeChoice = ThemeChoice.SYSTEM, parent: QObject | None = None):
        super().__init__(parent)
        self._themes_dir = themes_dir
        self._choice = choice
        self._template = (themes_dir / STYLESHEET_TEMPLATE).read_text(encoding="utf-8")
        self._palettes: dict[str, ThemePalette] = {}
        hints = QGuiApplication.styleHints()
        self._system_scheme = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
        accessibility = hints.accessibility()
        self._system_high_contrast = accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
        accessibility.contrastPreferenceChanged.connect(self._on_system_contrast_changed)
        self._shown: str | None = None

    @property
    def choice(self) -> ThemeChoice:
        return self._choice

    @property
    def theme_name(self) -> str:
        """The theme on screen: "light", "dark" or "high_contrast"."""
        return theme_for(self._choice, self._system_scheme, self._system_high_contrast)

    def palette(self, name: str | None = None) -> ThemePalette:
        name = name or self.theme_name
        if name not in self._palettes:
            self._palettes[name] = load_palette(self._themes_dir / f"{name}.toml")
        return self._palettes[name]

    def stylesheet(self, name: str | None = None) -> str:
        return build_stylesheet(self.palette(name), self._template)

    @property
    def applied(self) -> bool:
        return self._shown is not None

    def set_choice(self, choice: ThemeChoice) -> None:
        """Use ``choice`` from now on; shown at once when a theme is already on screen."""
        self._choice = choice
        if self.applied:
            self.apply()

    def apply(self) -> None:
        """Show the theme now (again only when it differs from the one on screen)."""
        name = self.theme_name
        if name == self._shown:
            return
        palette = self.palette(name)
        set_active_palette(palette)
        app = QGuiApplication.instance()
        app.setPalette(build_qt_palette(palette))
        app.setStyleSheet(self.stylesheet(name))
        self._shown = name
        self.changed.emit(palette)

    def _on_system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = scheme
        if self.applied:
            self.apply()

    def _on_system_contrast_changed(self, preference: Qt.ContrastPreference) -> None:
        self._system_high_contrast = preference == Qt.ContrastPreference.HighContrast
        if self.applied:
            self.apply()
