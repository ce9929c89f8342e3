import signal
from types import SimpleNamespace

import pytest

from app.bootstrap import LeaveCleanly


class FakeWindow:
    def __init__(self) -> None:
        self.placements_saved = 0

    def save_placement(self) -> None:
        self.placements_saved += 1


@pytest.fixture
def leaving(monkeypatch):
    exits: list[int] = []
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.exit", lambda code=0: exits.append(code))
    flushes: list[bool] = []
    outcome = {"saved": True}

    def flush() -> bool:
        flushes.append(True)
        return outcome["saved"]

    application = SimpleNamespace(flush_typed_text=flush, window=FakeWindow())
    return SimpleNamespace(
        leave=LeaveCleanly(application), exits=exits, flushes=flushes, outcome=outcome, window=application.window
    )


def test_a_signal_writes_typed_text_remembers_the_window_and_exits_0(leaving, qapp):
    leaving.leave.on_signal(signal.SIGTERM)
    assert leaving.flushes == [True]
    assert leaving.window.placements_saved == 1
    assert leaving.exits == [0]


def test_text_that_could_not_be_written_ends_with_status_1(leaving, qapp):
    leaving.outcome["saved"] = False
    leaving.leave.on_signal(signal.SIGTERM)
    assert leaving.exits == [1]


def test_the_desktop_session_ending_writes_typed_text(leaving, qapp):
    leaving.leave.on_session_end(object())
    assert leaving.flushes == [True]
    assert leaving.exits == []  # the session manager decides when the app ends


def test_keys_handled_after_the_quit_was_announced_are_written_once_the_loop_ends(leaving, qapp):
    leaving.leave.on_signal(signal.SIGTERM)
    leaving.leave.after_event_loop()
    assert leaving.flushes == [True, True]


def test_text_that_cannot_be_written_at_the_very_end_is_logged(leaving, qapp, caplog):
    leaving.outcome["saved"] = False
    with caplog.at_level("ERROR", logger="infointerview"):
        leaving.leave.after_event_loop()
    assert "could not be written" in caplog.text
