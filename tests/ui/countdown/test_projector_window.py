from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
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


@pytest.mark.parametrize("then", ["run", "finish", "pause"])
def test_the_words_fit_across_the_window(projector, controller, clock, then):
    controller.start()
    advance(controller, clock, 1170)  # "Last minutes — under 1 min left"; paused, the longest words
    if then == "finish":
        controller.finish()
    elif then == "pause":
        controller.pause()
    words = projector.words_text()
    label = next(child for child in projector.findChildren(type(projector.digits_label())) if child.text() == words)
    assert QFontMetrics(label.font()).horizontalAdvance(words) <= projector.width() * 0.96


def test_high_contrast_white_on_black(projector):
    background = projector.palette().color(projector.backgroundRole())
    assert background.name() == "#000000"
    assert "white" in projector.digits_label().styleSheet()


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
