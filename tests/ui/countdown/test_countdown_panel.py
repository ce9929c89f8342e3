from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from app.core.countdown import Countdown, CountdownSettings, CountdownStage, CountdownState
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.countdown.countdown_keys import key_action
from app.ui.countdown.countdown_panel import CountdownPanel

SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


class SavedStates(list):
    def __call__(self, text: str) -> None:
        self.append(text)


@pytest.fixture
def saved():
    return SavedStates()


@pytest.fixture
def controller(qapp, clock, saved):
    return CountdownController(clock, CountdownSettings(), save_state=saved)


@pytest.fixture
def panel(qtbot, controller):
    widget = CountdownPanel(controller, confirm_restart=lambda _parent: True)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def run_for(controller: CountdownController, clock, seconds: int) -> None:
    """Let whole seconds pass the way the timer would: one refresh per flip."""
    for _ in range(seconds):
        clock.advance(1)
        controller.refresh()


# ----- the one timer ---------------------------------------------------------------------------


def test_the_timer_is_idle_until_started_and_armed_to_the_next_second(controller, clock):
    assert controller.timer_interval_ms() is None
    controller.start()
    assert controller.timer_interval_ms() == 1000
    clock.advance(0.2506)
    controller.refresh()
    assert controller.timer_interval_ms() == 750  # 749.4 rounded up: never fires before the flip
    controller.pause()
    assert controller.timer_interval_ms() is None
    controller.start()
    clock.advance(0.3)
    controller.refresh()
    assert controller.next_interval_ms() == 450


def test_a_late_timer_still_shows_the_true_time(panel, controller, clock):
    controller.start()
    clock.advance(7.9)  # the event loop was busy for nearly eight seconds
    controller.refresh()
    assert panel.digits_text() == "19:53"
    assert controller.timer_interval_ms() == 100


def test_the_controller_owns_the_only_timer(panel, controller):
    projector = panel.open_projector()
    # The one that keeps time; the only other waits to retry a failed save and is idle meanwhile.
    timers = controller.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert len(timers) == 1
    assert [timer.isActive() for timer in controller.findChildren(QTimer)].count(True) <= 1
    assert controller.save_retry_interval_ms() is None
    assert timers[0].isSingleShot()  # re-armed to each boundary, never a fixed-rate poll
    assert timers[0].timerType() == Qt.TimerType.PreciseTimer
    assert projector.parent() is panel
    assert panel.findChildren(QTimer) == []  # neither the panel nor its projector window keeps time


# ----- display -----------------------------------------------------------------------------


def test_digits_words_and_shape_in_every_stage(panel, controller, clock):
    assert (panel.digits_text(), panel.words_text(), panel.shape_key()) == ("20:00", "Ready — 20 min planned", "ready")
    controller.start()
    assert (panel.digits_text(), panel.shape_key()) == ("20:00", "on_track")
    run_for(controller, clock, 900)
    assert (panel.digits_text(), panel.words_text(), panel.shape_key()) == ("05:00", "Wrap up — 5 min left", "wrap_up")
    run_for(controller, clock, 180)
    assert (panel.digits_text(), panel.words_text(), panel.shape_key()) == (
        "02:00",
        "Last minutes — 2 min left",
        "last_minutes",
    )
    run_for(controller, clock, 192)
    assert (panel.digits_text(), panel.words_text(), panel.shape_key()) == ("+01:12", "Overtime +01:12", "overtime")


def _reader_hears(widget) -> tuple[str, str]:
    """What a screen reader gets from ``widget``: its accessible name and description."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


def test_a_screen_reader_can_ask_for_the_exact_time_at_any_moment(panel, controller, clock):
    digits = panel.findChild(QLabel, "countdownDigits")
    assert _reader_hears(digits) == ("Time remaining", "20:00, Ready — 20 min planned")
    controller.start()
    run_for(controller, clock, 900)
    assert _reader_hears(digits) == ("Time remaining", "05:00, Wrap up — 5 min left")
    run_for(controller, clock, 47)  # the words say whole minutes; the reader hears the seconds too
    assert _reader_hears(digits) == ("Time remaining", "04:13, Wrap up — 4 min left")
    clock.advance(0.6)  # 252.4 s left: the digits, and so the reader, still say 04:13
    controller.refresh()
    assert _reader_hears(digits)[1].startswith("04:13")
    clock.advance(0.4)
    controller.refresh()
    assert _reader_hears(digits)[1].startswith("04:12")


def test_announced_at_each_stage_each_minute_of_the_last_five_and_once_at_zero(panel, controller, clock):
    announcements = []
    panel.announced.connect(announcements.append)
    controller.start()
    run_for(controller, clock, 1200 + 30)
    assert announcements == [
        "Wrap up — 5 min left",  # the stage and the fifth minute from the end, said once
        "Wrap up — 4 min left",
        "Wrap up — 3 min left",
        "Last minutes — 2 min left",
        "Last minutes — 1 min left",
        "Time is up",  # once, though the overtime stage begins on the same second
    ]


def test_announcements_follow_the_clock_not_the_number_of_repaints(panel, controller, clock):
    announcements = []
    panel.announced.connect(lambda words: announcements.append((panel.digits_text(), words)))
    controller.start()
    for _ in range(3):  # a busy machine: a repaint only every 7.3 s, or many in one second
        controller.refresh()
    clock.advance(14 * 60 + 59.5)
    controller.refresh()  # 05:01
    for _ in range(45):
        clock.advance(7.3)
        controller.refresh()
        controller.refresh()
    # Each whole minute is said at the first repaint after it passed, with the time as it is then.
    assert announcements == [
        ("04:54", "Wrap up — 4 min left"),  # the stage and 05:00, once
        ("03:55", "Wrap up — 3 min left"),
        ("02:57", "Wrap up — 2 min left"),
        ("01:58", "Last minutes — 1 min left"),  # the stage and 02:00, once
        ("01:00", "Last minutes — 1 min left"),
        ("+00:06", "Overtime +00:06"),  # 0:00 was passed between two repaints
    ]


def test_pausing_and_adjusting_announce_only_stage_changes(panel, controller, clock):
    announcements = []
    panel.announced.connect(announcements.append)
    controller.start()
    run_for(controller, clock, 17 * 60 + 30)  # 02:30, wrap-up
    announcements.clear()
    controller.adjust_minutes(-1)  # 01:30: no minute was reached by waiting, but the stage changed
    controller.adjust_minutes(1)  # 02:30
    controller.pause()
    controller.start()
    assert announcements == ["Last minutes — 1 min left", "Wrap up — 2 min left"]
    run_for(controller, clock, 30)
    assert announcements[-1] == "Last minutes — 2 min left"


def test_paused_and_finished_are_visible_in_words_and_shape(panel, controller, clock):
    controller.start()
    run_for(controller, clock, 60)
    controller.pause()
    assert panel.words_text() == "Paused · On track — 19 min left"
    assert panel.shape_key() == "paused"
    controller.finish()
    assert panel.words_text() == "Finished after 1 min"
    assert panel.shape_key() == "finished"


def test_the_minutes_in_the_words_are_the_minutes_on_the_digits(panel, controller, clock):
    controller.start()
    run_for(controller, clock, 11)
    assert (panel.digits_text(), panel.words_text()) == ("19:49", "On track — 19 min left")
    run_for(controller, clock, 219)
    assert (panel.digits_text(), panel.words_text()) == ("16:10", "On track — 16 min left")
    run_for(controller, clock, 911)
    assert (panel.digits_text(), panel.words_text()) == ("00:59", "Last minutes — under 1 min left")


def test_a_finished_interview_offers_only_the_projector(qtbot, panel, controller, clock):
    controller.start()
    run_for(controller, clock, 487)
    controller.close_for_finished_interview()
    assert panel.words_text() == "Finished after 8 min 7 s"
    assert "left" not in panel.words_text()
    for name in ("Start", "Take away 5 minutes", "Take away 1 minute", "Add 1 minute", "Add 5 minutes", "End"):
        assert not _button(panel, name).isEnabled(), name
    assert not _button(panel, "Restart").isEnabled()
    assert _button(panel, "Projector").isEnabled()
    assert not panel.findChild(QLabel, "countdownHint").isVisible()  # the keys no longer do anything
    controller.restart()  # nor does anything else restart it
    assert controller.snapshot().state is CountdownState.FINISHED


def test_a_finished_interview_whose_countdown_never_ran_does_not_offer_to_start(qtbot, panel, controller):
    controller.close_for_finished_interview()
    assert panel.words_text() == "Finished"
    assert not _button(panel, "Start").isEnabled()
    assert not _button(panel, "Restart").isEnabled()


# ----- keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "modifiers", "expected"),
    [
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, ("toggle", 0)),
        (Qt.Key.Key_Equal, Qt.KeyboardModifier.NoModifier, ("adjust", 1)),  # US "=" key
        (Qt.Key.Key_Plus, SHIFT, ("adjust", 1)),  # US Shift+"=" types "+": still the promised 1
        (Qt.Key.Key_Equal, SHIFT, ("adjust", 1)),  # a platform that reports the unshifted key
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier, ("adjust", 1)),  # German "+" key
        (Qt.Key.Key_Plus, KEYPAD, ("adjust", 1)),
        (Qt.Key.Key_Plus, KEYPAD | SHIFT, ("adjust", 1)),
        (Qt.Key.Key_Minus, Qt.KeyboardModifier.NoModifier, ("adjust", -1)),
        (Qt.Key.Key_Minus, KEYPAD, ("adjust", -1)),
        (Qt.Key.Key_Minus, SHIFT, ("adjust", -1)),
        (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier, ("adjust", 1)),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier, ("adjust", -1)),
        (Qt.Key.Key_Up, SHIFT, ("adjust", 5)),
        (Qt.Key.Key_Down, SHIFT, ("adjust", -5)),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, ("adjust", 5)),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, ("adjust", -5)),
        (Qt.Key.Key_Underscore, SHIFT, None),  # Shift+"-": no promise made for it
        (Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier, None),
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier, None),
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, None),
    ],
)
def test_key_map(key, modifiers, expected):
    assert key_action(key, modifiers) == expected


def test_space_starts_pauses_and_resumes(qtbot, panel, controller, clock):
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert controller.snapshot().state is CountdownState.RUNNING
    run_for(controller, clock, 10)
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert controller.snapshot().state is CountdownState.PAUSED
    clock.advance(100)
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert controller.snapshot().state is CountdownState.RUNNING
    assert panel.digits_text() == "19:50"


def test_plus_adds_the_one_minute_the_hint_promises_however_it_is_typed(qtbot, panel, controller):
    from app.ui.countdown.countdown_keys import keys_hint

    assert "+/\u2060↑\u00a0add\u00a01\u00a0min" in keys_hint()
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    qtbot.keyClick(panel, Qt.Key.Key_Equal)
    assert panel.digits_text() == "21:00"
    qtbot.keyClick(panel, Qt.Key.Key_Plus, SHIFT)  # "+" on a US keyboard
    assert panel.digits_text() == "22:00"
    qtbot.keyClick(panel, Qt.Key.Key_Equal, SHIFT)
    assert panel.digits_text() == "23:00"
    qtbot.keyClick(panel, Qt.Key.Key_Plus)  # its own key on a German keyboard
    assert panel.digits_text() == "24:00"
    qtbot.keyClick(panel, Qt.Key.Key_Minus)
    assert panel.digits_text() == "23:00"
    qtbot.keyClick(panel, Qt.Key.Key_Minus, KEYPAD)
    assert panel.digits_text() == "22:00"
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert panel.digits_text() == "17:00"
    qtbot.keyClick(panel, Qt.Key.Key_Up, SHIFT)
    assert panel.digits_text() == "22:00"


def test_keys_typed_in_the_notes_are_not_taken(qtbot, controller):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    countdown = CountdownPanel(controller)
    notes = QTextEdit()
    layout.addWidget(countdown)
    layout.addWidget(notes)
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClicks(notes, "a + b - c")
    assert notes.toPlainText() == "a + b - c"
    assert controller.snapshot().state is CountdownState.NOT_STARTED


# ----- buttons -----------------------------------------------------------------------------


def _button(panel, name):
    from PySide6.QtWidgets import QPushButton

    matches = [b for b in panel.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(matches) == 1, name
    return matches[0]


def test_every_action_has_a_visible_button(qtbot, panel, controller, clock):
    minus_five = _button(panel, "Take away 5 minutes")
    assert not minus_five.isEnabled()  # nothing to adjust before the start
    assert not _button(panel, "Restart").isEnabled()
    qtbot.mouseClick(_button(panel, "Start"), Qt.MouseButton.LeftButton)
    assert controller.snapshot().state is CountdownState.RUNNING
    for name, digits in (
        ("Add 5 minutes", "25:00"),
        ("Add 1 minute", "26:00"),
        ("Take away 1 minute", "25:00"),
        ("Take away 5 minutes", "20:00"),
    ):
        button = _button(panel, name)
        assert button.isVisible() and button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert panel.digits_text() == digits, name
    qtbot.mouseClick(_button(panel, "Pause"), Qt.MouseButton.LeftButton)
    assert controller.snapshot().state is CountdownState.PAUSED
    qtbot.mouseClick(_button(panel, "Resume"), Qt.MouseButton.LeftButton)
    run_for(controller, clock, 30)
    qtbot.mouseClick(_button(panel, "End"), Qt.MouseButton.LeftButton)
    assert controller.snapshot().state is CountdownState.FINISHED
    assert not _button(panel, "Start").isEnabled()
    qtbot.mouseClick(_button(panel, "Restart"), Qt.MouseButton.LeftButton)
    assert controller.snapshot().state is CountdownState.RUNNING
    assert panel.digits_text() == "20:00"


def test_restart_asks_first_and_cancel_keeps_the_count(qtbot, controller, clock):
    asked = []
    panel = CountdownPanel(controller, confirm_restart=lambda parent: asked.append(parent) or False)
    qtbot.addWidget(panel)
    controller.start()
    run_for(controller, clock, 300)
    qtbot.mouseClick(_button(panel, "Restart"), Qt.MouseButton.LeftButton)
    assert asked == [panel]
    assert panel.digits_text() == "15:00"


def test_clicking_a_button_leaves_the_caret_in_the_notes(qtbot, controller):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    countdown = CountdownPanel(controller)
    notes = QTextEdit()
    layout.addWidget(countdown)
    layout.addWidget(notes)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.mouseClick(_button(countdown, "Start"), Qt.MouseButton.LeftButton)
    assert controller.snapshot().state is CountdownState.RUNNING
    assert notes.hasFocus()


# ----- saving and restoring ----------------------------------------------------------------


def test_every_transition_is_saved_and_ticks_are_not(controller, clock, saved):
    controller.start()
    run_for(controller, clock, 5)
    controller.adjust_minutes(1)
    controller.pause()
    controller.start()
    controller.finish()
    controller.restart()
    assert [json.loads(text)["state"] for text in saved] == [
        "running",
        "running",
        "paused",
        "running",
        "finished",
        "running",
    ]
    assert json.loads(saved[1])["adjustments"] == [60]


def test_a_crash_loses_nothing(qtbot, clock, saved):
    first = CountdownController(clock, save_state=saved)
    first.start()
    clock.advance(400)
    first.adjust_minutes(-1)
    del first  # the app dies here
    clock.advance(30)
    again = CountdownController(clock, save_state=saved, saved_state=saved[-1])
    panel = CountdownPanel(again)
    qtbot.addWidget(panel)
    assert again.restore_error is None
    assert panel.digits_text() == "11:50"
    assert again.timer_interval_ms() == 1000


def test_a_damaged_saved_state_starts_afresh_with_a_message(qapp, clock):
    controller = CountdownController(clock, saved_state='{"version": 1, "state": "running"}')
    assert controller.snapshot().state is CountdownState.NOT_STARTED
    assert "could not be read" in controller.restore_error


def test_a_failing_save_is_reported_and_the_count_goes_on(qtbot, clock):
    def refuse(_text):
        raise OSError("disk full")

    controller = CountdownController(clock, save_state=refuse)
    with qtbot.waitSignal(controller.save_failed) as blocker:
        controller.start()
    assert "could not be saved" in blocker.args[0]
    assert controller.snapshot().state is CountdownState.RUNNING


def test_elapsed_text_for_note_time_stamps(controller, clock):
    controller.start()
    run_for(controller, clock, 462)
    assert controller.elapsed_text() == "07:42"


def test_stage_changed_fires_once_per_stage_including_adjustments(controller, clock):
    stages = []
    controller.stage_changed.connect(lambda snap: stages.append(snap.stage))
    controller.start()
    run_for(controller, clock, 901)
    controller.adjust_minutes(5)
    controller.adjust_minutes(-5)
    assert stages == [CountdownStage.WRAP_UP, CountdownStage.ON_TRACK, CountdownStage.WRAP_UP]


def test_restoring_does_not_replay_stage_changes(qapp, clock):
    countdown = Countdown(clock)
    countdown.start()
    clock.advance(1000)
    controller = CountdownController(clock, saved_state=countdown.to_json())
    stages = []
    controller.stage_changed.connect(lambda snap: stages.append(snap.stage))
    controller.refresh()
    assert stages == []


def test_clicking_the_digits_puts_the_keys_to_work(qtbot, panel, controller):

    panel.activateWindow()
    qtbot.mouseClick(panel.findChild(QLabel, "countdownDigits"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.hasFocus)
    qtbot.keyClick(panel.focusWidget() or panel, Qt.Key.Key_Space)
    assert controller.snapshot().state is CountdownState.RUNNING


def test_the_strip_fits_a_projector_screen_beside_the_navigation(panel, controller, clock):
    controller.start()
    run_for(controller, clock, 1300)
    controller.pause()  # the longest words: "Paused · Overtime +01:40"
    assert panel.minimumSizeHint().width() <= 800
    assert panel.sizeHint().height() <= 130


def test_after_a_five_minute_suspend_the_panel_shows_five_minutes_less(panel, controller, clock):
    controller.start()
    run_for(controller, clock, 60)
    clock.suspend(300)
    controller.refresh()  # the timer's first timeout after waking
    assert panel.digits_text() == "14:00"
    assert controller.timer_interval_ms() == 1000


@pytest.mark.parametrize("jump", [3600, -3600])
def test_a_wall_clock_jump_does_not_move_the_panel(panel, controller, clock, jump):
    controller.start()
    run_for(controller, clock, 60)
    clock.jump_wall(jump)
    controller.refresh()
    assert panel.digits_text() == "19:00"
    run_for(controller, clock, 1)
    assert panel.digits_text() == "18:59"


def _wrapped_lines(label: QLabel, width: int) -> list[str]:
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_the_keys_hint_wraps_between_its_parts_never_inside_one(panel):
    from app.ui.countdown.countdown_keys import KEYS_HINT_LEAD, KEYS_HINT_PARTS, PAGE_KEYS_LEAD, PAGE_KEYS_PARTS

    hint = panel.findChild(QLabel, "countdownHint")
    whole = [KEYS_HINT_LEAD, *KEYS_HINT_PARTS, PAGE_KEYS_LEAD, *PAGE_KEYS_PARTS]
    plain_hint = hint.text().replace("\u00a0", " ").replace("\u2060", "")
    assert ": ·" not in plain_hint  # a lead is followed by its keys, never by a separator
    for width in range(220, 620, 5):  # from a narrow window to a wide one
        for line in _wrapped_lines(hint, width):
            plain = line.replace("\u00a0", " ").replace("\u2060", "")
            for lead in (KEYS_HINT_LEAD, PAGE_KEYS_LEAD):
                plain = plain.replace(lead, lead + " · ")
            pieces = plain.split(" · ")
            pieces = [piece.strip() for piece in pieces if piece.strip()]
            assert all(piece in whole for piece in pieces), f"{line!r} at {width} px"


# ----- time is up ----------------------------------------------------------------------------


def _page_with_notes(qtbot, controller):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    countdown = CountdownPanel(controller)
    notes = QTextEdit()
    layout.addWidget(countdown)
    layout.addWidget(notes)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    return page, countdown, notes


def test_time_up_is_offered_in_the_strip_without_taking_the_keyboard(qtbot, controller, clock):
    from PySide6.QtWidgets import QApplication

    _page, countdown, notes = _page_with_notes(qtbot, controller)
    offer = countdown.time_up_offer()
    hint = countdown.findChild(QLabel, "countdownHint")
    controller.start()
    run_for(controller, clock, 20 * 60 - 1)
    assert not offer.isVisible() and hint.isVisible()
    run_for(controller, clock, 1)
    assert offer.isVisible()
    assert not hint.isVisible()  # the offer sits in its place
    assert QApplication.focusWidget() is notes
    assert QApplication.activeModalWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [countdown.window()]
    for button in countdown.time_up_buttons():
        assert button.focusPolicy() is not Qt.FocusPolicy.StrongFocus
        assert button.focusPolicy() is not Qt.FocusPolicy.ClickFocus
        assert not button.isDefault() and not button.autoDefault()
    qtbot.keyClicks(notes, "so ")
    assert notes.toPlainText() == "so "
    assert controller.snapshot().state is CountdownState.RUNNING


def test_finish_and_wrap_up_asks_the_page_to_finish_and_leaves_the_caret(qtbot, controller, clock):
    _page, countdown, notes = _page_with_notes(qtbot, controller)
    controller.start()
    run_for(controller, clock, 20 * 60)
    finish, _keep = countdown.time_up_buttons()
    with qtbot.waitSignal(countdown.finish_requested):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert notes.hasFocus()


def test_adding_time_puts_the_offer_away_until_the_next_zero(qtbot, panel, controller, clock):
    offer = panel.time_up_offer()
    controller.start()
    run_for(controller, clock, 20 * 60 + 3)
    assert offer.isVisible()
    controller.adjust_minutes(1)
    assert not offer.isVisible()
    run_for(controller, clock, 60)
    assert offer.isVisible()
    controller.finish()
    assert not offer.isVisible()


def test_keep_talking_is_for_the_rest_of_the_interview(qtbot, panel, controller, clock):
    offer = panel.time_up_offer()
    _finish, keep = panel.time_up_buttons()
    controller.start()
    run_for(controller, clock, 20 * 60)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert panel.findChild(QLabel, "countdownHint").isVisible()
    controller.adjust_minutes(1)
    run_for(controller, clock, 61)
    assert not offer.isVisible()


def test_time_up_is_not_offered_again_when_the_page_opens_in_overtime(qtbot, clock, saved):
    first = CountdownController(clock, save_state=saved)
    first.start()
    clock.advance(25 * 60)
    again = CountdownController(clock, save_state=saved, saved_state=saved[-1])
    panel = CountdownPanel(again)
    qtbot.addWidget(panel)
    panel.show()
    again.refresh()
    assert not panel.time_up_offer().isVisible()


def test_the_projector_shows_only_the_time_never_the_offer(qtbot, panel, controller, clock):
    from PySide6.QtWidgets import QPushButton

    projector = panel.open_projector()
    qtbot.waitExposed(projector)
    controller.start()
    run_for(controller, clock, 20 * 60 + 1)
    assert panel.time_up_offer().isVisible()
    assert projector.findChildren(QPushButton) == []
    assert panel.time_up_offer().window() is panel.window()
    assert projector.words_text() == "Overtime +00:01"


# ----- saves that fail -------------------------------------------------------------------------


class FlakySave(list):
    """A disk that refuses the first ``failures`` writes, then takes them."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures
        self.calls = 0

    def __call__(self, text: str) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise OSError(28, "No space left on device")
        self.append(text)


def test_a_save_that_fails_three_times_is_retried_by_itself_until_it_goes_through(qtbot, clock):
    save = FlakySave(3)
    controller = CountdownController(clock, save_state=save)
    messages, recovered = [], []
    controller.save_failed.connect(messages.append)
    controller.save_recovered.connect(lambda: recovered.append(True))
    controller.start()
    assert controller.snapshot().state is CountdownState.RUNNING
    assert controller.save_pending and "could not be saved" in messages[0]
    delays = []
    for _ in range(10):
        if not controller.save_pending:
            break
        delays.append(controller.save_retry_interval_ms())
        clock.advance(delays[-1] / 1000 - 0.5)
        assert not controller.poll_save()  # not yet due by the clock: nothing is tried
        clock.advance(0.5)
        controller.poll_save()  # what the retry timer does when it fires
    assert delays == [1000, 2000, 4000]  # growing, on the retry timer
    assert save.calls == 4
    assert recovered == [True]
    assert controller.save_retry_interval_ms() is None
    restored = Countdown.from_json(save[-1], clock)
    assert restored.state is CountdownState.RUNNING
    assert restored.snapshot().digits == controller.snapshot().digits


def test_ticks_never_retry_a_save_and_a_retry_writes_the_state_as_it_is_then(qtbot, clock):
    save = FlakySave(1)
    controller = CountdownController(clock, save_state=save)
    controller.start()
    run_for(controller, clock, 5)  # five ticks: the retry is its own business
    assert save.calls == 1
    controller.pause()  # the person acts: tried at once, and it goes through
    assert save.calls == 2
    assert json.loads(save[-1])["state"] == "paused"
    assert not controller.save_pending


def test_a_save_still_waiting_is_tried_once_more_when_the_page_closes(qtbot, clock):
    save = FlakySave(1)
    controller = CountdownController(clock, save_state=save)
    controller.start()
    controller.stop()
    assert json.loads(save[-1])["state"] == "running"
    assert controller.save_retry_interval_ms() is None


def test_the_retry_timer_fires_by_itself(qtbot, clock):
    save = FlakySave(1)
    controller = CountdownController(clock, save_state=save)
    controller.start()
    clock.advance(1)  # by the clock the retry is due; the real timer fires about a second later
    with qtbot.waitSignal(controller.save_recovered, timeout=3000):
        pass
    assert json.loads(save[-1])["state"] == "running"


def test_reopening_for_a_resumed_interview_writes_first_and_changes_nothing_if_that_fails(qtbot, clock, saved):
    controller = CountdownController(clock, save_state=saved)
    controller.start()
    run_for(controller, clock, 21 * 60)
    controller.close_for_finished_interview()

    def refuse(_state):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        controller.reopen_for_resumed_interview(refuse)
    assert controller.closed and controller.snapshot().state is CountdownState.FINISHED
    written = []
    clock.advance(300)
    assert controller.reopen_for_resumed_interview(lambda state: written.append(state) or "stored") == "stored"
    assert not controller.closed
    assert controller.snapshot().digits == "+01:00"
    assert json.loads(written[0])["state"] == "running"
    assert controller.timer_interval_ms() == 1000
