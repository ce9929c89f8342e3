from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextEdit, QWidget

from app.core.countdown import Countdown
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.countdown.next_steps_cue import NextStepsCue


def advance(controller, clock, seconds):
    for _ in range(seconds):
        clock.advance(1)
        controller.refresh()


@pytest.fixture
def controller(qapp, clock):
    return CountdownController(clock)


@pytest.fixture
def page(qtbot, controller):
    """Notes with the cue beside them, as on the interview page."""
    widget = QWidget()
    qtbot.addWidget(widget)
    row = QHBoxLayout(widget)
    widget.notes = QTextEdit()
    widget.cue = NextStepsCue(controller)
    row.addWidget(widget.notes, 1)
    row.addWidget(widget.cue)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.notes.setFocus()
    qtbot.waitUntil(widget.notes.hasFocus)
    return widget


def test_hidden_until_wrap_up_then_shown(page, controller, clock):
    controller.start()
    advance(controller, clock, 899)
    assert not page.cue.isVisible()
    advance(controller, clock, 1)
    assert page.cue.isVisible()


def test_it_asks_for_referrals_a_business_card_and_thanks(page):
    text = " ".join(label.text() for label in page.cue.findChildren(QLabel)).lower()
    assert "referrals" in text
    assert "business card" in text
    assert "thank them" in text


def test_appearing_does_not_take_the_caret_from_the_notes(qtbot, page, controller, clock):
    controller.start()
    qtbot.keyClicks(page.notes, "They said ")
    advance(controller, clock, 900)
    assert page.cue.isVisible()
    qtbot.keyClicks(page.notes, "networking matters")
    assert page.notes.hasFocus()
    assert page.notes.toPlainText() == "They said networking matters"


def test_dismissing_hides_it_for_the_rest_of_the_countdown(qtbot, page, controller, clock):
    controller.start()
    advance(controller, clock, 900)
    dismiss = page.cue.findChild(QPushButton)
    assert dismiss.accessibleName() == "Dismiss the next-steps cue"
    with qtbot.waitSignal(page.cue.dismissed):
        qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert not page.cue.isVisible()
    assert page.notes.hasFocus()
    advance(controller, clock, 200)
    controller.pause()
    controller.start()
    assert not page.cue.isVisible()


def test_restarting_brings_it_back_at_the_next_wrap_up(page, controller, clock):
    controller.start()
    advance(controller, clock, 900)
    page.cue.dismiss()
    controller.restart()
    assert not page.cue.isVisible()
    advance(controller, clock, 900)
    assert page.cue.isVisible()


def test_adding_time_back_to_on_track_hides_it(page, controller, clock):
    controller.start()
    advance(controller, clock, 900)
    controller.adjust_minutes(5)
    assert not page.cue.isVisible()


def test_shown_at_once_when_the_app_restarts_during_wrap_up(qtbot, clock):
    countdown = Countdown(clock)
    countdown.start()
    clock.advance(1000)
    controller = CountdownController(clock, saved_state=countdown.to_json())
    host = QWidget()
    qtbot.addWidget(host)
    cue = NextStepsCue(controller, host)
    host.show()
    assert cue.isVisible()
