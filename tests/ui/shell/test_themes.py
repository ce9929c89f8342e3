"""Light, dark and high-contrast themes: readable everywhere, built from one palette each, following
the OS scheme and the person's choice live."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.core.countdown import CountdownSettings
from app.core.entities import Contact, Interview, Occupation
from app.core.preferences import THEME_KEY, ThemeChoice
from app.paths import resource
from app.ui.shell.theme import ThemeManager, build_stylesheet, theme_for
from app.ui.widgets.palette import (
    GRAPHIC_ON_BACKGROUND,
    STAGE_KEYS,
    TEXT_ON_BACKGROUND,
    THEME_NAMES,
    active_palette,
    contrast_ratio,
    load_palette,
    set_active_palette,
)

UI = Path(__file__).resolve().parents[3] / "app" / "ui"
PALETTES = {name: load_palette(resource("themes", f"{name}.toml")) for name in THEME_NAMES}
NEEDED = {"light": 4.5, "dark": 4.5, "high_contrast": 7.0}


@pytest.fixture
def restores_the_look(qapp):
    """Themes change the whole application: put it back for the tests that follow."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    set_active_palette(None)


# ----- the palettes ----------------------------------------------------------------------------


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_every_text_colour_is_readable_on_its_background(theme):
    palette = PALETTES[theme]
    too_faint = {
        f"{text} on {background}": round(ratio, 2)
        for text, background in TEXT_ON_BACKGROUND
        if (ratio := contrast_ratio(palette.colour(text), palette.colour(background))) < NEEDED[theme]
    }
    assert too_faint == {}


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_lines_and_marks_stand_out_from_what_they_sit_on(theme):
    palette = PALETTES[theme]
    too_faint = {
        f"{mark} on {background}": round(ratio, 2)
        for mark, background in GRAPHIC_ON_BACKGROUND
        if (ratio := contrast_ratio(palette.colour(mark), palette.colour(background))) < 3.0
    }
    assert too_faint == {}


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_each_countdown_stage_keeps_a_colour_of_its_own(theme):
    palette = PALETTES[theme]
    accents = {key: palette.colour(f"stage_{key}_accent") for key in STAGE_KEYS}

    def distance(first: QColor, second: QColor) -> float:
        return sum((a - b) ** 2 for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True)) ** 0.5

    close = [(a, b) for a, b in combinations(STAGE_KEYS, 2) if distance(accents[a], accents[b]) < 40]
    assert close == []


def test_every_theme_names_the_same_roles_and_the_stylesheet_uses_only_roles():
    roles = {name: set(palette.colours) for name, palette in PALETTES.items()}
    assert roles["dark"] == roles["light"] == roles["high_contrast"]
    template = resource("themes", "app.qss").read_text(encoding="utf-8")
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|\b(?:white|black|red|grey|gray)\b", template) == []
    for palette in PALETTES.values():
        sheet = build_stylesheet(palette, template)
        assert "$" not in sheet
        assert palette.hex("heading") in sheet


def test_no_widget_names_a_colour_of_its_own():
    """Colours come from the theme's palette: a hex colour, a named Qt colour or a colour in a
    widget's own stylesheet would stay the same in every theme."""
    hard_coded = re.compile(
        r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|Qt\.GlobalColor\.|QColor\(\s*[\"']|color:\s*[a-z]+\s*;"
    )
    # The projector keeps its own look, the same in every theme; chart_colours derives shades from the
    # widget's palette and falls back to plain black or white only when no shade of a hue is readable.
    own_look = {Path("countdown", "projector_window.py"), Path("widgets", "chart_colours.py")}
    found = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if path.relative_to(UI) not in own_look
        and (
            lines := [
                number
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if hard_coded.search(line) and not line.lstrip().startswith("#")
            ]
        )
    }
    assert found == {}


def test_the_system_choice_follows_the_os_and_unknown_is_light():
    assert theme_for(ThemeChoice.SYSTEM, Qt.ColorScheme.Dark) == "dark"
    assert theme_for(ThemeChoice.SYSTEM, Qt.ColorScheme.Light) == "light"
    assert theme_for(ThemeChoice.SYSTEM, Qt.ColorScheme.Unknown) == "light"
    assert theme_for(ThemeChoice.HIGH_CONTRAST, Qt.ColorScheme.Light) == "high_contrast"
    assert theme_for(ThemeChoice.LIGHT, Qt.ColorScheme.Dark) == "light"
    assert theme_for(ThemeChoice.SYSTEM, Qt.ColorScheme.Dark, system_high_contrast=True) == "high_contrast"
    assert theme_for(ThemeChoice.DARK, Qt.ColorScheme.Dark, system_high_contrast=True) == "dark"
    assert ThemeChoice.from_stored("purple") is ThemeChoice.SYSTEM
    assert ThemeChoice.from_stored(None) is ThemeChoice.SYSTEM


def test_the_app_icon_is_svg_and_sharp_at_twice_the_size():
    icons = list(resource("icons").iterdir())
    assert icons and all(icon.suffix == ".svg" for icon in icons)
    pixmap = QIcon(str(resource("icons", "infointerview.svg"))).pixmap(QSize(32, 32), 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (64, 64, 2.0)  # drawn at 64, not stretched


# ----- on screen -------------------------------------------------------------------------------


def measured_contrast(window: QWidget, widget: QWidget) -> float:
    """The contrast a person sees in ``widget``: its commonest colour (the background) against the
    colour that stands out most from it (the core of its letters), read from the painted window."""
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    image = window.grab(area).toImage()
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(pixel), background) for pixel in counts)


@pytest.fixture
def seeded(make_app, clock):
    first = make_app()
    first.open_store()
    store = first.store
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", organisation="City Hospital", occupation_id=nurse.id))
    store.contacts.add(Contact("Bo Lind", organisation="Clinic", occupation_id=nurse.id))
    store.interviews.add(Interview(ana.id, nurse.id, scheduled_at=clock.now() + timedelta(hours=1)))
    first.close()
    application = make_app()
    application.open_store()
    return application


def _shown(window, qtbot, area: str) -> QWidget:
    window.show_area(area)
    QApplication.processEvents()
    return window.pane(area)


def test_with_a_dark_system_scheme_headings_and_tables_are_readable(seeded, qtbot, restores_the_look):
    window = seeded.window
    window.resize(1024, 768)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    seeded.theme.apply()
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the OS turns dark
    assert seeded.theme.theme_name == "dark"
    readings = {}
    for area in ("today", "people"):
        pane = _shown(window, qtbot, area)
        heading = next(label for label in pane.findChildren(QLabel, "pageHeading") if label.isVisible())
        readings[f"{area} heading"] = measured_contrast(window, heading)
    people = window.pane("people")
    people.contact_table.clearSelection()
    people.contact_table.setCurrentIndex(people.contact_table.model().index(-1, -1))
    readings["people table"] = measured_contrast(window, people.contact_table.viewport())
    today = _shown(window, qtbot, "today")
    today.upcoming_table.clearSelection()
    readings["today table"] = measured_contrast(window, today.upcoming_table.viewport())
    assert {name: ratio for name, ratio in readings.items() if ratio < 4.5} == {}
    background = window.grab(QRect(window.width() - 20, window.height() - 20, 4, 4)).toImage().pixelColor(1, 1)
    assert background.lightness() < 80  # and it is dark, not a light page left as it was


def test_the_theme_switches_live_with_the_os_and_with_preferences(seeded, qtbot, restores_the_look):
    from app.ui.countdown.countdown_controller import CountdownController
    from app.ui.countdown.countdown_panel import CountdownPanel

    window = seeded.window
    window.show()
    qtbot.waitExposed(window)
    theme = seeded.theme
    theme.apply()
    panel = CountdownPanel(CountdownController(seeded.clock, CountdownSettings()))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)

    def strip_colour() -> QColor:
        return panel.grab(QRect(panel.width() // 2, panel.height() - 5, 1, 1)).toImage().pixelColor(0, 0)

    assert strip_colour().name() == PALETTES["light"].hex("stage_neutral_tint")
    changed = []
    theme.changed.connect(lambda palette: changed.append(palette.name))

    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert changed == ["dark"]
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == PALETTES["dark"].hex("window")
    assert active_palette().name == "dark"
    assert strip_colour().name() == PALETTES["dark"].hex("stage_neutral_tint")  # repainted in the new colours

    with qtbot.waitSignal(seeded.preferences.changed, timeout=2000):
        seeded.store.settings.set_json(THEME_KEY, ThemeChoice.HIGH_CONTRAST.value)  # saved in Preferences
    assert theme.choice is ThemeChoice.HIGH_CONTRAST
    assert changed == ["dark", "high_contrast"]
    assert strip_colour().name() == PALETTES["high_contrast"].hex("stage_neutral_tint")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert changed == ["dark", "high_contrast"]  # a chosen theme stays, whatever the OS does


def test_the_chosen_theme_is_kept_for_the_next_start(seeded, make_app, app_paths, qtbot, restores_the_look):
    with qtbot.waitSignal(seeded.preferences.changed, timeout=2000):
        seeded.store.settings.set_json(THEME_KEY, ThemeChoice.DARK.value)
    seeded.close()
    again = make_app()
    # Before the data file is open (the first paint), the theme is already the chosen one.
    assert again.theme.choice is ThemeChoice.DARK
    again.open_store()
    assert again.theme.choice is ThemeChoice.DARK


def test_a_theme_manager_applies_nothing_until_asked(qapp, restores_the_look):
    before = qapp.styleSheet()
    manager = ThemeManager(resource("themes"), ThemeChoice.DARK)
    manager.set_choice(ThemeChoice.HIGH_CONTRAST)
    assert qapp.styleSheet() == before and not manager.applied
    manager.apply()
    assert manager.applied and qapp.styleSheet() == manager.stylesheet("high_contrast")


def test_the_system_choice_turns_to_high_contrast_when_the_os_asks_for_it(qapp, restores_the_look):
    manager = ThemeManager(resource("themes"), ThemeChoice.SYSTEM)
    manager.apply()
    assert manager.theme_name == "light"
    hints = QGuiApplication.styleHints().accessibility()
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert manager.theme_name == "high_contrast"
    assert active_palette().name == "high_contrast"
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert active_palette().name == "light"
    manager.deleteLater()


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_tick_and_the_dot_are_drawn_in_the_highlighted_text_colour(theme):
    palette = PALETTES[theme]
    assert set(palette.images) == {"check", "radio"}
    for image in palette.images.values():
        colours = set(re.findall(r"#[0-9a-fA-F]{6}", image.read_text(encoding="utf-8")))
        assert colours == {palette.hex("highlighted_text")}, image.name
