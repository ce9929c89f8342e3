from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy.exc import OperationalError

from app.core.autosave import AutosavePolicy
from app.core.entities import QuestionState
from app.core.search import MatchPlace
from app.ui.interview.interview_view import InterviewView
from app.ui.interview.notes_editor import MAX_LINE_CHARS
from tests.content_helpers import add_interview, content_repository, pick_questions

QUESTIONS = ["How did you get into this work?", "What do you enjoy least?", "Who else should I talk to?"]
POLICY = AutosavePolicy(quiet_seconds=0.3, max_wait_seconds=0.6, first_retry_seconds=0.5, max_retry_seconds=4.0)


class FlakyContent:
    """The real repository, except that writes fail while ``failing`` is set, as on a full disk."""

    def __init__(self, real) -> None:
        self._real = real
        self.failing = False
        self.writes = 0

    def picked_questions(self, interview_id):
        return self._real.picked_questions(interview_id)

    def notes(self, interview_id):
        return self._real.notes(interview_id)

    def save(self, interview_id, **parts):
        if self.failing:
            raise OperationalError("UPDATE interview_notes", {}, Exception("database or disk is full"))
        self.writes += 1
        return self._real.save(interview_id, **parts)


@pytest.fixture
def content(store, clock):
    return content_repository(store, clock)


@pytest.fixture
def seeded(store, clock):
    interview_id = add_interview(store)
    picked = pick_questions(store, clock, interview_id, QUESTIONS)
    return interview_id, picked


@pytest.fixture
def flaky(content):
    return FlakyContent(content)


@pytest.fixture
def view(qtbot, clock, flaky, seeded):
    widget = InterviewView(clock, flaky, elapsed_text=lambda: "07:42", background_writes=False, autosave_policy=POLICY)
    qtbot.addWidget(widget)
    widget.load(seeded[0], "Dana Okafor — Nurse practitioner")
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_interview()


def settle(view, clock, seconds: float) -> None:
    """Let ``seconds`` pass on the injected clock, then fire the autosave wake-up."""
    clock.advance(seconds)
    view.autosaver.poll()


def test_typed_notes_are_written_after_a_pause_and_not_before(qtbot, view, clock, content, seeded):
    view.notes_editor.setFocus()
    qtbot.keyClicks(view.notes_editor, "Hires mostly from co-op students")
    assert view.save_status.text() == "Saving…"

    settle(view, clock, 0.2)
    assert content.notes(seeded[0]) == ""

    settle(view, clock, 0.15)
    assert content.notes(seeded[0]) == "Hires mostly from co-op students"
    assert view.save_status.text() == "Saved"


def test_typing_without_a_pause_is_still_saved_within_a_second(qtbot, view, clock, content, seeded):
    typed = ""
    for word in ["steady ", "typing ", "never ", "pauses ", "long ", "enough "]:
        qtbot.keyClicks(view.notes_editor, word)
        typed += word
        settle(view, clock, 0.15)
        if clock.elapsed() - 1000.0 >= 0.6:
            break
    assert content.notes(seeded[0]) == typed


def test_a_failed_write_keeps_the_text_warns_and_retries(qtbot, view, clock, content, flaky, seeded):
    flaky.failing = True
    qtbot.keyClicks(view.notes_editor, "Do not lose this")
    settle(view, clock, 0.4)

    assert view.save_status.text() == "Not saved — retrying"
    assert view.save_problem.isVisible()
    assert "disk is full" in view.save_problem.text()
    assert view.notes_editor.toPlainText() == "Do not lose this"

    qtbot.keyClicks(view.notes_editor, ", nor this")
    settle(view, clock, 0.3)  # the retry waits for its back-off, typing does not hurry it
    assert flaky.writes == 0

    flaky.failing = False
    settle(view, clock, 0.3)
    assert content.notes(seeded[0]) == "Do not lose this, nor this"
    assert view.save_status.text() == "Saved"
    assert not view.save_problem.isVisible()


def test_ctrl_up_and_down_move_the_current_question(qtbot, view):
    assert view.current_index() == 0
    assert view.question_list.currentItem().font().bold()
    view.answer_editor(0).setFocus()

    qtbot.keyClick(view.answer_editor(0), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.current_index() == 1
    assert view.question_list.currentRow() == 1
    assert view.question_list.item(1).font().bold()
    assert not view.question_list.item(0).font().bold()
    assert view.current_question.text() == f"2. {QUESTIONS[1]}"
    assert view.focusWidget() is view.answer_editor(1)

    for _ in range(5):
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.current_index() == 2
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.current_index() == 1


def test_each_answer_editor_is_named_after_its_question_and_saves_to_it(qtbot, view, clock, content, seeded):
    assert [view.answer_editor(index).accessibleName() for index in range(3)] == QUESTIONS
    assert view.question_list.accessibleName() == "Picked questions"
    assert view.notes_editor.accessibleName() == "Notes"

    view.set_current(1)
    qtbot.keyClicks(view.answer_editor(1), "Night shifts")
    settle(view, clock, 0.4)
    answers = [question.answer for question in content.picked_questions(seeded[0])]
    assert answers == ["", "Night shifts", ""]


def test_asked_and_skipped_are_saved_at_once_and_shown_in_words(qtbot, view, content, seeded):
    view.activateWindow()
    qtbot.waitActive(view)
    view.answer_editor(0).setFocus()
    with qtbot.waitSignal(view.asked_button.clicked):  # a mnemonic "animates" its click
        qtbot.keyClick(view.answer_editor(0), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    view.set_current(2)
    qtbot.mouseClick(view.skipped_button, Qt.MouseButton.LeftButton)

    states = [question.state for question in content.picked_questions(seeded[0])]
    assert states == [QuestionState.ASKED, QuestionState.PENDING, QuestionState.SKIPPED]
    assert view.question_list.item(0).text().startswith("✓")
    assert "asked" in view.question_list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "skipped" in view.question_list.item(2).data(Qt.ItemDataRole.AccessibleTextRole)

    qtbot.mouseClick(view.skipped_button, Qt.MouseButton.LeftButton)  # again: undo
    assert content.picked_questions(seeded[0])[2].state is QuestionState.PENDING


def test_ctrl_t_inserts_the_elapsed_time_where_the_cursor_is(qtbot, view):
    view.notes_editor.setFocus()
    qtbot.keyClicks(view.notes_editor, "Salary range ")
    qtbot.keyClick(view.notes_editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.notes_editor, "asked late")
    assert view.notes_editor.toPlainText() == "Salary range [07:42] asked late"

    view.answer_editor(0).setFocus()
    qtbot.keyClick(view.answer_editor(0), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.answer_editor(0).toPlainText() == "[07:42] "


def paste(editor, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    editor.insertFromMimeData(mime)


@pytest.mark.parametrize(
    "text",
    [
        "Emoji 😀👩🏽‍⚕️ 🇨🇦 end",
        "مرحبا — שלום — mixed with English",
        "NUL\x00between\x00words",
        ("A whole transcript line of ordinary words, pasted at once.\n" * 17_000),  # about 1 MB
    ],
    ids=["emoji", "rtl", "nul", "one-megabyte"],
)
def test_odd_pastes_are_stored_and_shown_intact(qtbot, view, clock, content, seeded, text):
    view.notes_editor.setFocus()
    paste(view.notes_editor, text)
    settle(view, clock, 0.4)
    assert view.notes_editor.toPlainText() == text
    assert content.notes(seeded[0]) == text

    reopened = InterviewView(clock, content, background_writes=False)
    qtbot.addWidget(reopened)
    reopened.load(seeded[0])
    assert reopened.notes_editor.toPlainText() == text


def test_a_paste_with_a_line_too_long_to_edit_is_refused_with_a_message(qtbot, view, clock, content, seeded):
    qtbot.keyClicks(view.notes_editor, "kept")
    paste(view.notes_editor, "x" * 1_000_000)
    assert view.notes_editor.toPlainText() == "kept"
    assert view.notice.isVisible()
    assert "1,000,000 characters" in view.notice.text()
    settle(view, clock, 0.4)
    assert content.notes(seeded[0]) == "kept"
    qtbot.keyClicks(view.notes_editor, "!")
    assert not view.notice.isVisible()


def test_reveal_opens_the_answer_with_the_match_selected(qtbot, view, content, seeded):
    content.save(seeded[0], answers={seeded[1][2]: "Talk to 😀 Zoë at the Crème union"})
    view.load(seeded[0])
    view.reveal(MatchPlace.ANSWER, seeded[1][2], "creme")
    assert view.current_index() == 2
    assert view.answer_editor(2).textCursor().selectedText() == "Crème"
    assert view.focusWidget() is view.answer_editor(2)


def test_switching_interviews_writes_the_previous_one_first(qtbot, view, store, content, seeded):
    qtbot.keyClicks(view.notes_editor, "unsaved before switching")
    other = add_interview(store, name="Someone Else", occupation=None)
    view.load(other, "Someone Else")
    assert content.notes(seeded[0]) == "unsaved before switching"
    assert view.notes_editor.toPlainText() == ""
    assert view.question_list.count() == 0
    assert isinstance(view.answer_stack.currentWidget(), QLabel)


def test_writes_happen_off_the_ui_thread_and_report_back(qtbot, clock, content, seeded):
    view = InterviewView(clock, content, autosave_policy=POLICY)
    qtbot.addWidget(view)
    view.load(seeded[0])
    qtbot.keyClicks(view.notes_editor, "threaded")
    clock.advance(0.4)
    with qtbot.waitSignal(view.autosaver.saved, timeout=5000):
        view.autosaver.poll()
    assert content.notes(seeded[0]) == "threaded"
    assert view.save_status.text() == "Saved"
    qtbot.keyClicks(view.notes_editor, " and flushed on close")
    assert view.close_interview()
    assert content.notes(seeded[0]) == "threaded and flushed on close"
    QApplication.processEvents()


def test_an_answer_to_a_question_removed_meanwhile_moves_into_the_notes(qtbot, view, store, clock, content, seeded):
    from app.store.models import InterviewQuestionRecord

    interview_id, picked = seeded
    qtbot.keyClicks(view.notes_editor, "Own notes.")
    view.set_current(1)
    qtbot.keyClicks(view.answer_editor(1), "Paperwork, mostly")
    with store.interviews._sessions.begin() as session:  # removed in the picker meanwhile
        session.delete(session.get(InterviewQuestionRecord, picked[1]))

    settle(view, clock, 0.4)

    expected = f"Own notes.\n\nAnswer to “{QUESTIONS[1]}” (question since removed):\nPaperwork, mostly"
    assert view.notes_editor.toPlainText() == expected
    assert view.notice.isVisible()
    assert view.question_list.count() == 2
    settle(view, clock, 0.4)
    assert content.notes(interview_id) == expected


def test_a_failing_writer_thread_warns_and_recovers(qtbot, clock, flaky, content, seeded):
    view = InterviewView(clock, flaky, autosave_policy=POLICY)
    qtbot.addWidget(view)
    view.load(seeded[0])
    flaky.failing = True
    qtbot.keyClicks(view.notes_editor, "kept in memory")
    clock.advance(0.4)
    with qtbot.waitSignal(view.autosaver.problem, timeout=5000):
        view.autosaver.poll()
    assert view.save_status.text() == "Not saved — retrying"
    assert view.autosaver.has_unsaved()

    flaky.failing = False
    clock.advance(0.5)
    with qtbot.waitSignal(view.autosaver.saved, timeout=5000):
        view.autosaver.poll()
    assert content.notes(seeded[0]) == "kept in memory"
    assert view.save_problem.isHidden()
    assert view.close_interview()


@pytest.mark.parametrize(
    ("detail", "cause"),
    [
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "the data folder is read-only"),
        ("database is locked", "another program is holding the database"),
        ("disk I/O error", "the database could not be written"),
    ],
)
def test_write_errors_are_explained_in_words(detail, cause):
    from app.ui.widgets.autosaver import describe_write_error

    message = describe_write_error(OperationalError("UPDATE", {}, Exception(detail)))
    assert message.startswith(f"Notes not saved: {cause} ({detail}).")
    assert "retried" in message


def test_an_interview_with_unwritable_notes_is_not_left(qtbot, view, store, clock, flaky, content, seeded):
    flaky.failing = True
    qtbot.keyClicks(view.notes_editor, "must survive")
    other = add_interview(store, name="Someone Else", occupation=None)

    assert view.load(other, "Someone Else") is False
    assert view.notes_editor.toPlainText() == "must survive"
    assert view.save_problem.isVisible()

    flaky.failing = False
    assert view.load(other, "Someone Else") is True
    assert content.notes(seeded[0]) == "must survive"


def test_ctrl_t_after_reloading_writes_into_a_live_editor(qtbot, view, seeded):
    view.answer_editor(0).setFocus()
    qtbot.keyClicks(view.answer_editor(0), "x")
    view.load(seeded[0])  # the answer editors are rebuilt
    view.insert_timestamp()  # must not reach for a deleted one
    texts = (view.notes_editor.toPlainText(), view.answer_editor(0).toPlainText())
    assert texts in {("[07:42] ", "x"), ("", "x[07:42] ")}


def test_stored_notes_with_a_megabyte_line_open_broken_at_spaces_and_say_so(qtbot, view, clock, content, seeded):
    one_line = ("Earlier notes about the conversation so far, in ordinary sentences. " * 15_000)[:1_000_000]
    content.save(seeded[0], notes=one_line, answers={seeded[1][0]: "x " * 6_000})
    view.load(seeded[0])
    shown = view.notes_editor.toPlainText()
    assert max(len(line) for line in shown.split("\n")) <= MAX_LINE_CHARS
    assert shown.replace("\n", " ") == one_line  # only spaces became line breaks
    assert view.notice.isVisible()
    assert "No words were changed" in view.notice.text()
    assert view.answer_editor(0).toPlainText().replace("\n", " ") == "x " * 6_000
    settle(view, clock, 1.0)
    assert content.notes(seeded[0]) == one_line  # nothing is written until the person edits

    view.notes_editor.setFocus()
    qtbot.keyClicks(view.notes_editor, " More.")
    settle(view, clock, 0.4)
    assert content.notes(seeded[0]) == shown + " More."
