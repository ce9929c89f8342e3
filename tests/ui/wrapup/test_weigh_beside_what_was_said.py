"""Weighing what was said with the notes and answers in view, beside the takeaways."""

import pytest
from PySide6.QtCore import Qt

from app.core.changes import Change
from app.core.wrapup import WrapUpStep
from app.ui.wrapup.wrapup_view import WrapUpView


@pytest.fixture
def view(qtbot, services, finished_interview):
    widget = WrapUpView(services)
    qtbot.addWidget(widget)
    widget.open_interview(finished_interview.id)
    widget.go_to(WrapUpStep.WEIGH)
    return widget


@pytest.fixture
def page(view):
    return view.pages[WrapUpStep.WEIGH]


def test_the_notes_and_answers_are_shown_beside_the_takeaways(qtbot, view, page):
    view.resize(1024 - 200, 600)
    view.show()
    qtbot.waitExposed(view)
    said = page.said.plain_text()
    assert "Zoning hearings take most of the week." in said
    assert "What does a typical week look like?" in said
    assert "Hearings and site visits" in said
    assert page.splitter.orientation() == Qt.Orientation.Horizontal
    assert page.said.isVisible() and page.list.isVisible()
    assert page.said.geometry().left() >= page.list.geometry().right()  # beside, not below
    assert page.said.text.isReadOnly()


def test_a_takeaway_can_be_copied_from_what_was_said(qtbot, page, wrapups, finished_interview):
    page.said.text.selectAll()
    page.said.text.copy()
    page.text.paste()
    assert "Zoning hearings" in page.text.text()
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    assert "Zoning hearings" in wrapups.takeaways(finished_interview.id)[0].text


def test_long_notes_scroll_and_markup_in_them_is_shown_as_typed(qtbot, view, page, store, finished_interview):
    notes = "<b>not bold</b> & <a href='x'>not a link</a>\n" + "".join(f"line {n}\n" for n in range(300))
    store.content.save_notes(finished_interview.id, notes)
    view.open_interview(finished_interview.id)
    view.go_to(WrapUpStep.WEIGH)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    said = page.said.plain_text()
    assert "<b>not bold</b> & <a href='x'>not a link</a>" in said
    assert "line 299" in said
    assert page.said.text.verticalScrollBar().maximum() > 0


def test_notes_tidied_elsewhere_show_here_without_touching_what_is_typed(qtbot, view, page, store, finished_interview):
    page.text.setText("Budgets are tight")
    store.content.save_notes(finished_interview.id, "Hearings run late on Thursdays.")
    view.on_data_changed(frozenset({Change.CONTENT}))
    assert "Hearings run late on Thursdays." in page.said.plain_text()
    assert page.text.text() == "Budgets are tight"


def test_an_interview_with_nothing_written_says_so(qtbot, view, page, store, finished_interview):
    store.content.save_notes(finished_interview.id, "")
    for question in store.content.picked_questions(finished_interview.id):
        store.content.save_answer(finished_interview.id, question.id, "")
    view.open_interview(finished_interview.id)
    assert page.said.plain_text() == "No notes or answers were written in this interview."
