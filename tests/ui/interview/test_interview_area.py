"""The Interview area as a person uses it: open, prepare, run with the countdown, finish."""

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.core.countdown import CountdownState
from app.core.entities import Contact, Interview, InterviewStatus, Occupation
from app.files import load_builtin_bank
from app.ui.interview.interview_area import InterviewArea
from app.ui.shell.preferences import Preferences
from tests.ui.conftest import events_following
from tests.ui.pane_data import interview_data


class Answers:
    """Stands in for the confirmation dialogs; records what was asked."""

    def __init__(self, reply: bool) -> None:
        self.reply = reply
        self.asked: list[str] = []

    def __call__(self, _parent, title, text, _yes, _no) -> bool:
        self.asked.append(title)
        return self.reply


@pytest.fixture
def people(store, clock):
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", occupation_id=nurse.id))
    li = store.contacts.add(Contact("Li Wei", occupation_id=nurse.id))
    later = store.interviews.add(Interview(li.id, nurse.id, scheduled_at=clock.now() + timedelta(days=2)))
    soon = store.interviews.add(Interview(ana.id, nurse.id, scheduled_at=clock.now() + timedelta(hours=1)))
    return soon, later


def make_area(qtbot, clock, store, reply=True):
    answers = Answers(reply)
    area = InterviewArea(
        clock, events_following(store), lambda: list(load_builtin_bank().questions), Preferences(), confirm=answers
    )
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    area.answers = answers
    return area


def test_the_next_interview_opens_by_itself(qtbot, clock, store, people):
    soon, _later = people
    area = make_area(qtbot, clock, store)
    assert area.session.interview.id == soon.id
    assert area.chooser.currentData() == soon.id
    assert area.session.heading == "Interview with Ana Ruiz, Nurse"
    assert area.session.tabs.currentWidget() is area.session.picker  # nothing picked yet: prepare first


def test_starting_the_countdown_puts_the_interview_under_way(qtbot, clock, store, people):
    soon, _later = people
    area = make_area(qtbot, clock, store)
    area.session.controller.start()
    stored = store.interviews.get(soon.id)
    assert stored.status is InterviewStatus.IN_PROGRESS
    assert stored.started_at == clock.now()
    assert stored.countdown_state  # persisted with the interview


def test_a_restart_resumes_the_interview_under_way_with_the_true_time(qtbot, clock, store, people):
    soon, _later = people
    area = make_area(qtbot, clock, store)
    area.session.controller.start()
    clock.advance(7 * 60)
    area.close_session()
    clock.advance(60)  # the app was closed for a minute; the conversation went on
    again = make_area(qtbot, clock, store)
    assert again.session.interview.id == soon.id
    assert again.session.tabs.currentWidget() is again.session.live
    assert again.session.controller.snapshot().digits == "12:00"


class ModalWatch:
    """Records any modal window or dialog that opens, and closes it so a test cannot hang on it."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog

        modal = QApplication.activeModalWidget()
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        for widget in ([modal] if modal is not None else []) + dialogs:
            self.seen.append(type(widget).__name__)
            widget.close()

    def stop(self) -> None:
        self._timer.stop()


def _live_and_typing(qtbot, area):
    """The area's window active and the caret in the live page's notes, as when taking notes."""
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    session = area.session
    session.tabs.setCurrentWidget(session.live)
    notes = session.live.notes_editor
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    return notes


def test_typing_in_the_notes_across_time_up_all_reaches_the_notes_and_nothing_pops_up(qtbot, clock, store, people):
    from PySide6.QtWidgets import QApplication

    soon, _later = people
    # The real confirmation, not a stand-in: if anything asked at 0:00, a real box would open.
    area = InterviewArea(clock, events_following(store), lambda: list(load_builtin_bank().questions), Preferences())
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    notes = _live_and_typing(qtbot, area)
    controller = area.session.controller
    controller.start()
    clock.advance(20 * 60 - 2)
    controller.refresh()
    watch = ModalWatch()
    typed = "Nights are calm, but the pay is not"
    for char in typed:  # 0:00 passes while the person types, a keystroke every quarter second
        qtbot.keyClicks(notes, char)
        clock.advance(0.25)
        controller.refresh()
        QApplication.processEvents()  # whatever 0:00 queued runs now, between two keystrokes
    watch.stop()

    assert controller.snapshot().digits == "+00:06"
    assert watch.seen == []
    assert QApplication.activeModalWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [area]
    assert notes.toPlainText() == typed
    assert QApplication.focusWidget() is notes
    assert area.session.live.autosaver.flush()
    assert store.content.notes(soon.id) == typed
    assert store.interviews.get(soon.id).status is InterviewStatus.IN_PROGRESS
    assert controller.snapshot().state is CountdownState.RUNNING
    assert area.session.panel.time_up_offer().isVisible()  # said in the strip instead


def test_the_strip_offers_to_finish_at_time_up_and_only_a_click_finishes(qtbot, clock, store, people):
    soon, _later = people
    area = make_area(qtbot, clock, store)
    notes = _live_and_typing(qtbot, area)
    controller = area.session.controller
    offer = area.session.panel.time_up_offer()
    finish, _keep = area.session.panel.time_up_buttons()
    controller.start()
    clock.advance(20 * 60)
    controller.refresh()
    assert offer.isVisible()
    assert controller.timer_interval_ms() is not None  # the count goes on while it is offered
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):  # typed in the notes, they press nothing
        qtbot.keyClick(notes, key)
    assert controller.snapshot().state is CountdownState.RUNNING
    with qtbot.waitSignal(area.finished) as finished:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert finished.args == [soon.id]
    assert area.answers.asked == []  # the click was the decision: nothing more is asked
    assert controller.snapshot().state is CountdownState.FINISHED
    assert not offer.isVisible()
    assert notes.hasFocus()


def test_keep_talking_puts_the_offer_away_for_this_interview(qtbot, clock, store, people):
    area = make_area(qtbot, clock, store)
    _live_and_typing(qtbot, area)
    controller = area.session.controller
    offer = area.session.panel.time_up_offer()
    _finish, keep = area.session.panel.time_up_buttons()
    controller.start()
    clock.advance(20 * 60 + 1)
    controller.refresh()
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    controller.adjust_minutes(1)  # a minute more, and 0:00 passes again
    clock.advance(61)
    controller.refresh()
    assert controller.snapshot().stage.value == "overtime"
    assert not offer.isVisible()
    assert controller.snapshot().state is CountdownState.RUNNING
    assert area.answers.asked == []


def test_finishing_stops_the_clock_and_hands_over_to_the_wrap_up(qtbot, clock, store, people):
    soon, _later = people
    area = make_area(qtbot, clock, store)
    area.session.controller.start()
    clock.advance(5 * 60)
    with qtbot.waitSignal(area.finished) as finished:
        area.finish_interview()
    assert finished.args == [soon.id]
    assert area.answers.asked == ["Finish interview"]
    assert area.session.controller.snapshot().state is CountdownState.FINISHED


def test_opening_another_interview_writes_the_notes_of_the_first(qtbot, clock, store, people):
    soon, later = people
    area = make_area(qtbot, clock, store)
    editor = area.session.live.notes_editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Ask about night shifts")
    assert area.open_interview(later.id)
    assert store.content.notes(soon.id) == "Ask about night shifts"
    assert area.session.interview.id == later.id


def test_picking_questions_shows_them_on_the_live_page(qtbot, clock, store, people):
    area = make_area(qtbot, clock, store)
    first, second = area.bank()[:2]
    area.session.picker.pick(first)
    area.session.picker.pick(second)
    live = area.session.live
    assert live.question_list.count() == 2
    assert live.current_question.text() == f"1. {first.text}"


def test_removing_a_question_answered_on_the_live_page_asks_first(qtbot, clock, store, people):
    area = make_area(qtbot, clock, store)
    session = area.session
    session.picker.pick(area.bank()[0])
    asked = []
    session.picker._prompts.confirm = lambda *args: asked.append(args[1]) or False
    session.tabs.setCurrentWidget(session.live)
    session.live.answer_editor(0).setPlainText("She said nights are calmer")
    session.tabs.setCurrentWidget(session.picker)  # writes the answer and refreshes the list
    session.picker.picked_list.setCurrentRow(0)
    session.picker.remove_current()
    assert asked == ["Remove question"]
    assert store.content.picked_questions(session.interview.id)[0].answer == "She said nights are calmer"


def test_ctrl_t_in_the_live_notes_stamps_the_countdowns_elapsed_time(qtbot, clock, store, people):
    from PySide6.QtCore import Qt

    area = make_area(qtbot, clock, store)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)  # as a person's window is: shortcuts go to the active window
    session = area.session
    session.controller.start()
    clock.advance(7 * 60 + 42)
    session.tabs.setCurrentWidget(session.live)
    notes = session.live.notes_editor
    notes.setFocus()
    qtbot.keyClicks(notes, "Pay bands ")
    qtbot.keyClick(notes, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() == "Pay bands [07:42] "


def _text_fits_the_closed_box(chooser) -> bool:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    chooser.initStyleOption(option)
    field = chooser.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, chooser
    )
    return chooser.fontMetrics().horizontalAdvance(chooser.currentText()) <= field.width()


def test_the_chooser_says_under_way_first_and_whole_on_a_projector_screen(qtbot, clock, store, people):
    area = make_area(qtbot, clock, store)
    area.resize(1024 - 200, 600)  # the page beside the navigation on a 1024-pixel screen
    area.show()
    qtbot.waitExposed(area)
    assert area.chooser.currentText() == "Ana Ruiz — Today 15:00"
    area.session.controller.start()
    assert area.chooser.currentText() == "Ana Ruiz — under way"
    assert _text_fits_the_closed_box(area.chooser)
    assert "Nurse" in area.chooser.toolTip()  # the occupation is kept for whoever hovers


def test_finishing_relabels_the_chooser(qtbot, clock, store, people):
    from app.store.wrapup_repository import WrapUpRepository

    events = events_following(store)
    area = InterviewArea(
        clock, events, lambda: list(load_builtin_bank().questions), Preferences(), confirm=Answers(True)
    )
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    wrapups = WrapUpRepository(store.contacts._sessions, clock)

    def wrap_up(interview_id):  # as the wrap-up area does when an interview is finished
        wrapups.finish_interview(interview_id)

    area.finished.connect(wrap_up)
    area.session.controller.start()
    clock.advance(8 * 60)
    area.finish_interview()
    assert area.chooser.currentText() == "Ana Ruiz — finished Today 14:08"
    assert area.chooser.findText("Li Wei — Fri 27 Nov 14:00") >= 0


def test_a_finished_interview_says_so_and_cannot_be_restarted(qtbot, clock, store, people):
    from app.store.wrapup_repository import WrapUpRepository

    soon, _later = people
    events = events_following(store)
    area = InterviewArea(
        clock, events, lambda: list(load_builtin_bank().questions), Preferences(), confirm=Answers(True)
    )
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    area.session.controller.start()
    clock.advance(8 * 60 + 7)
    area.session.controller.refresh()
    WrapUpRepository(store.contacts._sessions, clock).finish_interview(soon.id)  # from the wrap-up area
    assert area.session.panel.words_text() == "Finished after 8 min 7 s"
    assert area.session.controller.closed
    assert not area.finish_button.isEnabled()
    area.close_session()
    again = make_area(qtbot, clock, store)  # opened again later, it is still over
    again.open_interview(soon.id)
    assert again.session.controller.closed


def _area_with_wrap_up(qtbot, clock, store):
    """An area whose "finished" is handled as the wrap-up area does: stored finished, announced."""
    from app.store.wrapup_repository import WrapUpRepository

    events = events_following(store)
    area = InterviewArea(
        clock, events, lambda: list(load_builtin_bank().questions), Preferences(), confirm=Answers(True)
    )
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    wrapups = WrapUpRepository(store.contacts._sessions, clock)

    def wrap_up(interview_id):
        wrapups.finish_interview(interview_id)

    area.finished.connect(wrap_up)
    return area, wrapups


def test_a_finished_interview_can_be_resumed_and_its_count_carries_on_in_overtime(qtbot, clock, store, people):
    from app.core.entities import WrapUpState
    from app.core.wrapup import WrapUpStep

    soon, _later = people
    area, wrapups = _area_with_wrap_up(qtbot, clock, store)
    notes = _live_and_typing(qtbot, area)
    qtbot.keyClicks(notes, "Nights are calm")
    controller = area.session.controller
    controller.start()
    clock.advance(21 * 60)
    controller.refresh()
    area.finish_interview()
    wrapups.set_step(soon.id, WrapUpStep.THANK, WrapUpState.DONE)
    first_finish = store.interviews.get(soon.id).finished_at
    assert controller.closed
    assert area.resume_button.isVisible() and area.finish_button.isHidden()
    clock.advance(10 * 60)  # the person walks back: "one more thing…"

    qtbot.mouseClick(area.resume_button, Qt.MouseButton.LeftButton)

    stored = store.interviews.get(soon.id)
    assert stored.status is InterviewStatus.IN_PROGRESS
    assert stored.finished_at == first_finish
    assert not controller.closed
    snapshot = controller.snapshot()
    assert (snapshot.state, snapshot.digits) == (CountdownState.RUNNING, "+01:00")  # not back to 20:00
    assert controller.timer_interval_ms() == 1000
    assert area.session.panel.words_text() == "Overtime +01:00"
    assert area.finish_button.isVisible() and area.finish_button.isEnabled()
    assert area.resume_button.isHidden()
    assert area.chooser.currentText() == "Ana Ruiz — under way"
    assert notes.toPlainText() == "Nights are calm"
    assert store.content.notes(soon.id) == "Nights are calm"
    assert wrapups.progress(soon.id).state(WrapUpStep.THANK) is WrapUpState.DONE
    assert not area.session.panel.time_up_offer().isVisible()  # they chose to go on: nothing to offer
    clock.advance(30)
    controller.refresh()
    area.close_session()
    again = make_area(qtbot, clock, store)  # the resumed count was saved with the interview
    assert again.session.interview.id == soon.id
    assert again.session.controller.snapshot().digits == "+01:30"


def test_a_resume_that_cannot_be_written_changes_nothing_and_says_why(qtbot, clock, store, people, monkeypatch):
    soon, _later = people
    area, _wrapups = _area_with_wrap_up(qtbot, clock, store)
    area.show()
    area.session.controller.start()
    clock.advance(60)
    area.finish_interview()

    def refuse(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.interviews, "resume", refuse)
    assert not area.resume_interview()
    assert area.session.controller.closed
    assert area.session.controller.snapshot().state is CountdownState.FINISHED
    assert "could not be reopened" in area.session.problem_text()
    assert store.interviews.get(soon.id).status is InterviewStatus.FINISHED
    monkeypatch.undo()
    assert area.resume_interview()
    assert area.session.problem_text() == ""


def _disk_full(*_args, **_kwargs):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    raise OperationalError("UPDATE interviews", {}, sqlite3.OperationalError("database or disk is full"))


class FailsThenWorks:
    """Stands in for a store write that fails on a full disk a few times, then goes through."""

    def __init__(self, write, failures: int) -> None:
        self.write = write
        self.failures = failures
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls <= self.failures:
            _disk_full()
        return self.write(*args, **kwargs)


def test_pressing_start_on_a_full_disk_keeps_the_start_and_writes_it_when_space_is_back(
    qtbot, clock, store, people, monkeypatch
):
    soon, _later = people
    save = FailsThenWorks(store.interviews.save_countdown_state, 3)
    mark = FailsThenWorks(store.interviews.mark_started, 3)
    monkeypatch.setattr(store.interviews, "save_countdown_state", save)
    monkeypatch.setattr(store.interviews, "mark_started", mark)
    area = make_area(qtbot, clock, store)
    notes = _live_and_typing(qtbot, area)
    session = area.session
    started = []
    session.started.connect(lambda: started.append(True))
    start_button = next(b for b in session.panel.findChildren(QPushButton) if b.text() == "Start")

    qtbot.mouseClick(start_button, Qt.MouseButton.LeftButton)  # an exception here would fail the test

    assert session.controller.snapshot().state is CountdownState.RUNNING
    problem = session.problem_text()
    assert "countdown could not be saved" in problem
    assert "could not be marked as under way" in problem
    assert notes.hasFocus()
    assert store.interviews.get(soon.id).status is InterviewStatus.PLANNED
    # No further action by the person: only time passes, and the retries run by themselves.
    for _ in range(20):
        if session.poll_writes():
            break
        clock.advance(1)
    assert (save.calls, mark.calls) == (4, 4)
    assert session.problem_text() == ""
    assert started == [True]
    stored = store.interviews.get(soon.id)
    assert stored.status is InterviewStatus.IN_PROGRESS
    assert '"state":"running"' in stored.countdown_state
    clock.advance(60)
    area.close_session()
    again = make_area(qtbot, clock, store)  # after a restart the interview is under way, not at 20:00
    assert again.session.controller.snapshot().state is CountdownState.RUNNING
    assert again.session.controller.snapshot().digits != "20:00"


def test_a_saved_chime_setting_reaches_the_open_interview_and_the_next_one(qtbot, clock, store, people):
    soon, later = people
    preferences = Preferences()
    preferences.attach(store.settings, store.changes)
    area = InterviewArea(clock, events_following(store), lambda: list(load_builtin_bank().questions), preferences)
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    assert area.session.interview.id == soon.id
    assert not area.session.alert.sound_enabled

    with qtbot.waitSignal(preferences.changed):  # saved from the Preferences dialog, say
        store.settings.save_countdown_settings(replace(store.settings.countdown_settings(), sound_enabled=True))
    assert area.session.alert.sound_enabled  # the interview under way chimes from now on

    area.open_interview(later.id)
    assert area.session.alert.sound_enabled
    with qtbot.waitSignal(preferences.changed):
        store.settings.save_countdown_settings(replace(store.settings.countdown_settings(), sound_enabled=False))
    assert not area.session.alert.sound_enabled
    preferences.detach()
