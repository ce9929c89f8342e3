"""The points picked for the thank-you note are said to the person, or left for them to word."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from app.core.wrapup import WrapUpStep
from app.ui.wrapup.wrapup_view import WrapUpView

NOTES = (
    "- She mentioned that zoning hearings take most of the week.\n"
    "- She advised me to take the GIS course.\n"
    "- Her team hires in spring."
)


@pytest.fixture
def inline(services):
    return replace(services, background_writes=False)


def _open(qtbot, services, interview_id):
    view = WrapUpView(services)
    qtbot.addWidget(view)
    view.open_interview(interview_id)
    view.go_to(WrapUpStep.THANK_YOU_NOTE)
    return view, view.pages[WrapUpStep.THANK_YOU_NOTE]


@pytest.fixture
def opened(qtbot, inline, store, finished_interview):
    store.content.save_notes(finished_interview.id, NOTES)
    return _open(qtbot, inline, finished_interview.id)


def _tick(page, row):
    page.points.item(row).setCheckState(Qt.CheckState.Checked)


def _untick(page, row):
    page.points.item(row).setCheckState(Qt.CheckState.Unchecked)


def _a_second_passes(view, clock):
    clock.advance(1.0)
    view.autosaver.poll()


def test_picked_points_become_lines_said_to_the_person(qtbot, opened):
    _view, page = opened
    assert page.points.item(0).text() == "She mentioned that zoning hearings take most of the week."
    _tick(page, 0)
    _tick(page, 1)
    assert page.lines[0].text() == "Thank you for mentioning that zoning hearings take most of the week."
    assert page.lines[1].text() == "Your advice to take the GIS course was helpful."
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    body = page.body_edit.toPlainText()
    assert "Thank you for mentioning that zoning hearings take most of the week." in body
    assert "Your advice to take the GIS course was helpful." in body
    assert "she " not in body.casefold()


def test_an_edited_line_goes_into_the_draft_as_written(qtbot, opened):
    _view, page = opened
    _tick(page, 0)
    page.lines[0].clear()
    qtbot.keyClicks(page.lines[0], "Hearing how your week goes was eye-opening.")
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert "Hearing how your week goes was eye-opening." in page.body_edit.toPlainText()


def test_points_to_word_oneself_are_marked_in_the_draft(qtbot, opened):
    _view, page = opened
    _tick(page, 0)
    page.as_points.click()
    assert page.lines[0].text() == "She mentioned that zoning hearings take most of the week."
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert "[In your own words: She mentioned that zoning hearings" in page.body_edit.toPlainText()
    page.as_lines.click()
    assert page.lines[0].text().startswith("Thank you for mentioning")


def test_what_the_person_typed_is_never_replaced_without_asking(qtbot, opened):
    _view, page = opened
    _tick(page, 0)
    page.lines[0].moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.lines[0], " Truly.")
    qtbot.keyClick(page.lines[0], Qt.Key.Key_Return)  # a line stays one line
    assert page.lines[0].text().endswith("week. Truly.")
    typed = page.lines[0].text()
    page.as_points.click()  # a changed choice rewrites only lines as offered
    assert page.lines[0].text() == typed
    _untick(page, 0)  # unpicking keeps the words typed
    assert page.lines[0].text() == typed
    qtbot.keyClicks(page.lines[1], "My own second line.")
    _tick(page, 2)
    assert page.points.item(2).checkState() == Qt.CheckState.Unchecked  # no free line: refused, said why
    assert "clear one" in page.message.text()
    assert [line.text() for line in page.lines] == [typed, "My own second line."]
    page.body_edit.setPlainText("My own note.")
    page.lines[1].clear()
    _tick(page, 2)
    assert page.body_edit.toPlainText() == "My own note."  # only “Write a draft” rewrites the note


def test_lines_and_the_choice_are_saved_as_typed_and_come_back(
    qtbot, opened, inline, clock, wrapups, finished_interview
):
    view, page = opened
    _tick(page, 1)
    page.as_points.click()
    page.lines[0].moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.lines[0], " Soon.")
    _a_second_passes(view, clock)
    assert wrapups.thank_you_note(finished_interview.id) is None  # lines alone do not store the offered note
    _again_view, again = _open(qtbot, inline, finished_interview.id)
    assert again.as_points.isChecked()
    assert again.lines[0].text() == "She advised me to take the GIS course. Soon."
    assert again.points.item(1).checkState() == Qt.CheckState.Checked
    assert again.points.item(0).checkState() == Qt.CheckState.Unchecked


def test_a_fresh_draft_over_a_typed_note_can_be_undone(qtbot, opened):
    _view, page = opened
    page.body_edit.clear()
    qtbot.keyClicks(page.body_edit, "My own words.")
    _tick(page, 0)
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert "Thank you for mentioning" in page.body_edit.toPlainText()
    assert "Ctrl+Z" in page.message.text()
    page.body_edit.undo()
    assert page.body_edit.toPlainText() == "My own words."


def test_settling_the_step_keeps_the_offered_draft(qtbot, opened, wrapups, finished_interview):
    view, page = opened
    offered = page.body_edit.toPlainText()
    assert offered.startswith("Dear María,")
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert wrapups.thank_you_note(finished_interview.id).body == offered


def test_marking_an_untouched_draft_sent_keeps_it(qtbot, inline, store, wrapups, finished_interview):
    store.content.save_notes(finished_interview.id, NOTES)
    _view, page = _open(qtbot, inline, finished_interview.id)
    offered = page.body_edit.toPlainText()
    page.sent.click()
    assert wrapups.thank_you_note(finished_interview.id).body == offered


def test_a_pasted_paragraph_stays_one_line(qtbot, opened):
    _view, page = opened
    QApplication.clipboard().setText("Your map tip\nsaved me a week.")
    page.lines[1].paste()
    assert page.lines[1].text() == "Your map tip saved me a week."
