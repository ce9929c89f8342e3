from __future__ import annotations

import sys
import types
import wave

import pytest
from PySide6.QtWidgets import QWidget

from app.paths import resource
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.countdown.stage_alert import WINDOW_ALERT, StageAlert


class Window(QWidget):
    """A main window whose 'active' state the test decides."""

    active = False

    def isActiveWindow(self) -> bool:
        return self.active


class FakeSoundEffect:
    played: list[str] = []  # noqa: RUF012 (shared on purpose: records plays)

    def __init__(self, _parent=None) -> None:
        self.source = None

    def setSource(self, url) -> None:
        self.source = url.toLocalFile()

    def setVolume(self, volume) -> None:
        self.volume = volume

    def play(self) -> None:
        FakeSoundEffect.played.append(self.source)


@pytest.fixture
def window(qtbot):
    widget = Window()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def controller(qapp, clock):
    return CountdownController(clock)


def advance(controller, clock, seconds):
    for _ in range(seconds):
        clock.advance(1)
        controller.refresh()


@pytest.fixture
def no_multimedia(monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import now raises ImportError


@pytest.fixture
def fake_multimedia(monkeypatch):
    FakeSoundEffect.played = []
    module = types.ModuleType("PySide6.QtMultimedia")
    module.QSoundEffect = FakeSoundEffect
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", module)


def test_a_notification_when_the_window_is_not_active(controller, clock, window, no_multimedia):
    alert = StageAlert(controller, window)
    notes = []
    alert.notified.connect(lambda how, words: notes.append((how, words)))
    controller.start()
    advance(controller, clock, 1200)
    # Offscreen there is no system tray, so the window asks for attention instead.
    assert notes == [
        (WINDOW_ALERT, "Wrap up — 5 min left"),
        (WINDOW_ALERT, "Last minutes — 2 min left"),
        (WINDOW_ALERT, "Time is up"),
    ]


def test_no_notification_while_the_person_is_looking_at_the_app(controller, clock, window, no_multimedia):
    window.active = True
    alert = StageAlert(controller, window)
    notes = []
    alert.notified.connect(lambda *args: notes.append(args))
    controller.start()
    advance(controller, clock, 900)
    assert notes == []


def test_going_back_on_track_is_not_alerted(controller, clock, window, no_multimedia):
    alert = StageAlert(controller, window)
    notes = []
    alert.notified.connect(lambda *args: notes.append(args))
    controller.start()
    advance(controller, clock, 900)
    controller.adjust_minutes(5)
    assert len(notes) == 1


def test_silent_by_default_even_with_multimedia(controller, clock, window, fake_multimedia):
    alert = StageAlert(controller, window)
    assert not alert.sound_enabled
    controller.start()
    advance(controller, clock, 900)
    assert FakeSoundEffect.played == []


def test_the_chime_plays_at_stage_changes_when_turned_on(qtbot, controller, clock, window, fake_multimedia):
    alert = StageAlert(controller, window, sound_enabled=True)
    controller.start()
    with qtbot.waitSignal(alert.chimed):
        advance(controller, clock, 900)
    assert len(FakeSoundEffect.played) == 1
    assert FakeSoundEffect.played[0].endswith("stage-chime.wav")


def test_without_multimedia_the_app_stays_silent_without_error(controller, clock, window, no_multimedia):
    alert = StageAlert(controller, window, sound_enabled=True)
    chimes = []
    alert.chimed.connect(lambda: chimes.append(1))
    controller.start()
    advance(controller, clock, 1200)
    assert chimes == []
    assert not alert.sound_available()


def test_the_chime_is_short_and_small():
    path = resource("sounds", "stage-chime.wav")
    with wave.open(str(path)) as chime:
        seconds = chime.getnframes() / chime.getframerate()
    assert 0.1 < seconds < 1.0
    assert path.stat().st_size < 32_000
