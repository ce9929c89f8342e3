"""The Interview area as a person uses it: open, prepare, run with the countdown, finish."""

from datetime import timedelta

import pytest

from app.core.countdown import CountdownState
from app.core.entities import Contact, Interview, InterviewStatus, Occupation
from app.core.question_bank import load_builtin_bank
from app.ui.events import DataEvents
from app.ui.interview_area import InterviewArea


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
    area = InterviewArea(clock, DataEvents(), lambda: list(load_builtin_bank().questions), confirm=answers)
    qtbot.addWidget(area)
    area.set_store(store)
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


def test_time_up_offers_to_finish_and_keep_talking_is_respected(qtbot, clock, store, people):
    area = make_area(qtbot, clock, store, reply=False)
    controller = area.session.controller
    armed_while_asking = []
    answers = area.answers

    def answer(*args):
        armed_while_asking.append(controller.timer_interval_ms())
        return answers(*args)

    area._confirm = answer
    controller.start()
    clock.advance(20 * 60 + 1)
    controller.refresh()
    qtbot.waitUntil(lambda: answers.asked == ["Time is up"])
    assert armed_while_asking[0] is not None  # the count goes on while the question is open
    assert area.session.controller.snapshot().state is CountdownState.RUNNING
    clock.advance(60)
    area.session.controller.refresh()
    assert area.answers.asked == ["Time is up"]  # asked once, not every second


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

    events = DataEvents()
    area = InterviewArea(clock, events, lambda: list(load_builtin_bank().questions), confirm=Answers(True))
    qtbot.addWidget(area)
    area.set_store(store)
    wrapups = WrapUpRepository(store.contacts._sessions, clock)

    def wrap_up(interview_id):  # as the wrap-up area does when an interview is finished
        wrapups.finish_interview(interview_id)
        events.announce("interviews")

    area.finished.connect(wrap_up)
    area.session.controller.start()
    clock.advance(8 * 60)
    area.finish_interview()
    assert area.chooser.currentText() == "Ana Ruiz — finished Today 14:08"
    assert area.chooser.findText("Li Wei — Fri 27 Nov 14:00") >= 0


def test_a_finished_interview_says_so_and_cannot_be_restarted(qtbot, clock, store, people):
    from app.store.wrapup_repository import WrapUpRepository

    soon, _later = people
    events = DataEvents()
    area = InterviewArea(clock, events, lambda: list(load_builtin_bank().questions), confirm=Answers(True))
    qtbot.addWidget(area)
    area.set_store(store)
    area.session.controller.start()
    clock.advance(8 * 60 + 7)
    area.session.controller.refresh()
    WrapUpRepository(store.contacts._sessions, clock).finish_interview(soon.id)  # from the wrap-up area
    events.announce("interviews")
    assert area.session.panel.words_text() == "Finished after 8 min 7 s"
    assert area.session.controller.closed
    assert not area.finish_button.isEnabled()
    area.close_session()
    again = make_area(qtbot, clock, store)  # opened again later, it is still over
    again.open_interview(soon.id)
    assert again.session.controller.closed
