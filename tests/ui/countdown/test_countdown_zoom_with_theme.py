"""The countdown's digits and words keep the zoom when a theme's style sheet arrives after them
(at start-up the theme is applied, then the zoom, then the interview opens — or the other way)."""

from __future__ import annotations

import pytest

from app.paths import resource
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.countdown.countdown_panel import DIGITS_PIXELS, CountdownPanel
from app.ui.shell.theme import build_stylesheet, load_palette
from app.ui.shell.zoom import apply_zoom


def _sheet(name: str) -> str:
    template = resource("themes", "app.qss").read_text(encoding="utf-8")
    return build_stylesheet(load_palette(resource("themes", f"{name}.toml")), template)


@pytest.fixture
def zoom_and_theme(qapp):
    yield qapp
    apply_zoom(100)
    qapp.setStyleSheet("")


@pytest.mark.parametrize("theme_first", [True, False])
def test_the_digits_stay_at_the_zoom_whichever_comes_first(qtbot, clock, zoom_and_theme, theme_first):
    qapp = zoom_and_theme
    if theme_first:
        qapp.setStyleSheet(_sheet("light"))
        apply_zoom(200)
    panel = CountdownPanel(CountdownController(clock))
    qtbot.addWidget(panel)
    panel.show()
    if not theme_first:
        apply_zoom(200)
    qapp.setStyleSheet(_sheet("dark"))  # a theme change while zoomed, as the system may ask
    apply_zoom(200, force=True)
    qtbot.waitUntil(
        lambda: panel.findChild(type(panel._digits), "countdownDigits").font().pixelSize() == 2 * DIGITS_PIXELS
    )
