"""Every view at 1024x768 at 100, 150 and 200 %: no control outside the window or cut off by its
parent, no words that do not fit their label or button, no page wider than the window."""

from __future__ import annotations

import pytest

from app.paths import resource
from app.ui.shell.theme import STYLESHEET_TEMPLATE, build_stylesheet
from app.ui.shell.zoom import apply_zoom
from app.ui.widgets.palette import load_palette
from tests.ui.shell.walk import VIEWS, WINDOW_SIZE, horizontal_scrolling, layout_problems, seed, settle

# Widgets whose words are cut short on purpose, with the reason.
ELIDED_BY_DESIGN = {
    "countdownDigits": "sized for '+00:00' in its own font; the digits never wrap",
}


def light_stylesheet() -> str:
    """The light theme's stylesheet as the app builds it (its palette in the shared template)."""
    template = resource("themes", STYLESHEET_TEMPLATE).read_text(encoding="utf-8")
    return build_stylesheet(load_palette(resource("themes", "light.toml")), template)


@pytest.fixture
def zoomed(qapp):
    """Zoom as the app does, with the app's own style sheet (its sizes grow too)."""
    qapp.setStyleSheet(light_stylesheet())
    yield apply_zoom
    apply_zoom(100)
    qapp.setStyleSheet("")


@pytest.fixture
def seeded(make_app, clock, qtbot):
    application = make_app()
    application.open_store()
    ids = seed(application.store, clock)
    window = application.window
    window.resize(*WINDOW_SIZE)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    return window, ids


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_every_view_fits_the_window_at_each_zoom(seeded, zoomed, percent):
    window, ids = seeded
    zoomed(percent)
    found = []
    for name, open_view in VIEWS.items():
        open_view(window, ids)
        settle()
        assert window.size().toTuple() == WINDOW_SIZE
        found += [f"{name}: {problem}" for problem in layout_problems(window, ELIDED_BY_DESIGN)]
        found += [f"{name}: {problem}" for problem in horizontal_scrolling(window)]
    assert found == [], "\n".join(found)
