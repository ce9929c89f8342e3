from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

from app.core.countdown import CountdownState
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.countdown.countdown_panel import CountdownPanel
from app.ui.countdown.projector_window import ProjectorWindow, choose_screen

PROJECTOR = (1024, 768)


@pytest.fixture
def controller(qapp, clock):
    return CountdownController(clock)


@pytest.fixture
def projector(qtbot, controller):
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(*PROJECTOR)
    window.show()
    qtbot.waitExposed(window)
    return window


def advance(controller, clock, seconds):
    for _ in range(seconds):
        clock.advance(1)
        controller.refresh()


def glyph_height(window: ProjectorWindow) -> int:
    label = window.digits_label()
    return QFontMetrics(label.font()).tightBoundingRect(label.text()).height()


def test_it_mirrors_the_panel_because_both_render_one_controller(qtbot, projector, controller, clock):
    panel = CountdownPanel(controller)
    qtbot.addWidget(panel)
    controller.start()
    advance(controller, clock, 905)
    assert projector.digits_text() == panel.digits_text() == "04:55"
    assert projector.words_text() == panel.words_text() == "Wrap up — 4 min left"


def test_it_shows_only_digits_and_stage_words(projector):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    assert len(projector.findChildren(QLabel)) == 2
    assert projector.findChildren(QAbstractButton) == []
    assert projector.shape_key() == "ready"


@pytest.mark.parametrize("seconds", [0, 1272])
def test_at_1024x768_the_digits_are_at_least_a_quarter_of_the_height(projector, controller, clock, seconds):
    controller.start()
    advance(controller, clock, seconds)
    label = projector.digits_label()
    assert projector.height() == 768
    assert glyph_height(projector) >= 0.25 * 768, label.text()
    # ...and they fit across the screen and inside their label.
    assert QFontMetrics(label.font()).horizontalAdvance(label.text()) <= projector.width()
    assert label.geometry().height() >= glyph_height(projector)


def _contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# Seconds into a 20-minute countdown for each stage: on track, wrap-up, last minutes, overtime.
STAGES = {"on_track": 60, "wrap_up": 905, "last_minutes": 1100, "overtime": 1250}


def _at_stage(controller, clock, key):
    controller.start()
    advance(controller, clock, STAGES[key])


@pytest.mark.parametrize("key", ["ready", *STAGES, "paused", "finished"])
def test_every_stage_shows_in_the_whole_view_at_seven_to_one_with_its_own_shape(projector, controller, clock, key):
    if key in STAGES:
        _at_stage(controller, clock, key)
    elif key == "paused":
        controller.start()
        controller.pause()
    elif key == "finished":
        controller.start()
        controller.finish()
    background, text = projector.colours()
    assert projector.shape_key() == key
    assert _contrast(background, text) >= 7.0, (key, background.name(), text.name())
    # The digits and words take the text colour from the view, so both reach it.
    for label in (projector.digits_label(), projector.words_label()):
        assert label.palette().color(label.foregroundRole()) == text
        assert label.styleSheet() == ""


def test_stages_differ_in_lightness_and_shape_not_only_in_hue(projector, controller, clock):
    seen = {}
    controller.start()
    elapsed = 0
    for key, seconds in STAGES.items():
        advance(controller, clock, seconds - elapsed)
        elapsed = seconds
        background, _text = projector.colours()
        seen[key] = (background.lightnessF(), projector.shape_key(), projector.words_text())
    assert len({shape for _lightness, shape, _words in seen.values()}) == 4
    assert len({words for _lightness, _shape, words in seen.values()}) == 4
    # Wrap-up and last minutes, once told apart by hue alone, are light and dark.
    assert abs(seen["wrap_up"][0] - seen["last_minutes"][0]) > 0.4


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (800, 600), (1920, 1080)])
def test_the_words_are_at_least_8_percent_and_the_digits_35_percent_of_the_height(qtbot, controller, clock, size):
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    controller.start()
    advance(controller, clock, 1170)
    words = window.words_label()
    assert words.font().pixelSize() >= 0.08 * size[1]
    assert glyph_height(window) >= 0.35 * size[1]
    # The words fit their label (wrapped on at most two lines) and the label fits the window.
    needed = QFontMetrics(words.font()).boundingRect(
        QRect(0, 0, words.width(), 100000), Qt.TextFlag.TextWordWrap, words.text()
    )
    assert needed.height() <= words.height()
    assert words.geometry().right() <= window.width() and words.geometry().bottom() <= window.height()


def test_no_dialog_of_the_app_appears_over_it_through_a_whole_interview(qtbot, projector, controller, clock):
    from PySide6.QtWidgets import QApplication, QDialog

    panel = CountdownPanel(controller)
    qtbot.addWidget(panel)
    controller.start()
    for _ in range(26):
        advance(controller, clock, 60)
        dialogs = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QDialog)]
        assert not [dialog for dialog in dialogs if dialog.isVisible()]
    assert projector.isVisible()


def test_f11_toggles_full_screen_and_esc_leaves_it(qtbot, projector):
    assert not projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert not projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    assert projector.isVisible()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)  # a second Esc closes it
    assert not projector.isVisible()
    assert "Esc" in projector.toolTip()


def test_countdown_keys_work_on_the_projector_too(qtbot, projector, controller):
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert controller.snapshot().state is CountdownState.RUNNING
    qtbot.keyClick(projector, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)  # "+" on a US keyboard
    assert projector.digits_text() == "21:00"
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert projector.digits_text() == "26:00"


def test_the_digits_have_the_accessible_name_and_stage_description(projector, controller, clock):
    controller.start()
    advance(controller, clock, 1080)
    label = projector.digits_label()
    assert label.accessibleName() == "Time remaining"
    assert label.accessibleDescription() == "Last minutes — 2 min left"


def test_the_second_screen_is_chosen_when_there_is_one():
    primary, projector_screen = object(), object()
    assert choose_screen([primary, projector_screen], primary) is projector_screen
    assert choose_screen([projector_screen, primary], primary) is projector_screen
    assert choose_screen([primary], primary) is primary
    assert choose_screen([], None) is None


def test_the_panel_opens_it_full_screen_once(qtbot, controller):
    host = QWidget()
    qtbot.addWidget(host)
    panel = CountdownPanel(controller, host)
    from PySide6.QtWidgets import QPushButton

    button = next(b for b in panel.findChildren(QPushButton) if b.text() == "Projector")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = panel.projector_window()
    assert window is not None and window.isVisible() and window.isFullScreen()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.projector_window() is window


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_the_stage_colours_win_over_the_apps_theme(qtbot, controller, clock, theme, qapp):
    from app.paths import resource
    from app.ui.shell.theme import build_stylesheet, load_palette

    template = resource("themes", "app.qss").read_text(encoding="utf-8")
    qapp.setStyleSheet(build_stylesheet(load_palette(resource("themes", f"{theme}.toml")), template))
    try:
        window = ProjectorWindow(controller)
        qtbot.addWidget(window)
        window.resize(*PROJECTOR)
        window.show()
        qtbot.waitExposed(window)
        controller.start()
        elapsed = 0
        for key, seconds in STAGES.items():
            advance(controller, clock, seconds - elapsed)
            elapsed = seconds
            background, text = window.colours()
            assert window.shape_key() == key
            # What is painted: the stage's background at a corner, its text colour in both labels.
            assert window.grab().toImage().pixelColor(3, 3) == background, (theme, key)
            for label in (window.words_label(), window.digits_label()):
                assert label.palette().color(label.foregroundRole()) == text, (theme, key)
    finally:
        qapp.setStyleSheet("")
