from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt

from app.core.entities import Contact, Interview, InterviewStatus
from app.paths import resource
from app.store.outcome_repository import OutcomeRepository
from app.ui.wrapup.outcome_view import OutcomeView


@pytest.fixture
def people(store):
    uma = store.contacts.add(Contact("Uma Friend", email="uma@example.org"))
    ana = store.contacts.add(Contact("Ana Lima", email="ana@example.org", referred_by_id=uma.id))
    store.interviews.add(Interview(contact_id=ana.id, status=InterviewStatus.FINISHED))
    return uma, ana


@pytest.fixture
def view(qtbot, store, clock, recorder, people):
    outcomes = OutcomeRepository(store.contacts._sessions, clock)
    widget = OutcomeView(
        outcomes,
        clock,
        resource("templates"),
        signature="Sam",
        open_url=recorder.open_url,
        copy_text=recorder.copy_text,
    )
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_recording_the_outcome_lists_everyone_to_tell(qtbot, view):
    assert view.recipients() == []
    assert "Record the outcome" in view.tally.text()
    qtbot.keyClicks(view.employer, "City of Springfield")
    qtbot.keyClicks(view.role, "Junior planner")
    qtbot.mouseClick(view.save_outcome_button, Qt.MouseButton.LeftButton)
    assert [person.name for person in view.recipients()] == ["Ana Lima", "Uma Friend"]
    assert view.model.rowCount() == 2
    assert view.model.index(1, 1).data() == "They referred you to Ana Lima"
    assert view.tally.text() == "Told 0 of 2."
    assert view.body.toPlainText().startswith("Dear Ana,")
    assert "Junior planner at City of Springfield" in view.body.toPlainText()


def test_an_outcome_needs_an_employer(qtbot, view):
    qtbot.mouseClick(view.save_outcome_button, Qt.MouseButton.LeftButton)
    assert view.message.text().startswith("Problem:")


def test_telling_someone_is_tracked_and_remembered(qtbot, view, store, clock, recorder):
    qtbot.keyClicks(view.employer, "Acme")
    qtbot.mouseClick(view.save_outcome_button, Qt.MouseButton.LeftButton)
    view.table.selectRow(1)
    view.body.setPlainText("Uma, it worked out & thanks!")
    qtbot.mouseClick(view.save_note_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    [url] = recorder.urls
    assert urlsplit(url).path == "uma@example.org"
    assert parse_qs(urlsplit(url).query)["body"] == ["Uma, it worked out & thanks!"]
    qtbot.mouseClick(view.told_button, Qt.MouseButton.LeftButton)
    assert view.tally.text() == "Told 1 of 2."
    assert view.model.index(1, 2).data() == "✓ Told 25 Nov 2026"

    again = OutcomeView(OutcomeRepository(store.contacts._sessions, clock), clock, resource("templates"))
    qtbot.addWidget(again)
    again.refresh()
    assert again.employer.text() == "Acme"
    uma = again.recipients()[1]
    assert uma.told_on == date(2026, 11, 25)
    assert uma.body == "Uma, it worked out & thanks!"


def test_copy_puts_the_note_on_the_clipboard(qtbot, view, recorder):
    qtbot.keyClicks(view.employer, "Acme")
    qtbot.mouseClick(view.save_outcome_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert recorder.copied and recorder.copied[0].startswith("Dear Ana,")


@pytest.fixture
def inline_view(qtbot, store, clock, recorder, people):
    widget = OutcomeView(
        OutcomeRepository(store.contacts._sessions, clock),
        clock,
        resource("templates"),
        signature="Sam",
        open_url=recorder.open_url,
        copy_text=recorder.copy_text,
        background_writes=False,
    )
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _a_second_passes(view, clock):
    clock.advance(1.0)
    view.autosaver.poll()


def test_the_outcome_and_each_note_save_as_typed(qtbot, inline_view, store, clock):
    outcomes = OutcomeRepository(store.contacts._sessions, clock)
    qtbot.keyClicks(inline_view.employer, "Acme")
    _a_second_passes(inline_view, clock)
    assert outcomes.latest().employer == "Acme"
    assert [person.name for person in inline_view.recipients()] == ["Ana Lima", "Uma Friend"]
    qtbot.keyClicks(inline_view.role, "Planner")
    _a_second_passes(inline_view, clock)
    assert outcomes.latest().role == "Planner"
    inline_view.table.selectRow(0)
    inline_view.body.clear()
    qtbot.keyClicks(inline_view.body, "Ana, thank you")
    _a_second_passes(inline_view, clock)
    [ana, _uma] = outcomes.recipients(outcomes.latest(), "Subject: x\n\nDraft", "Sam")
    assert (ana.body, ana.saved) == ("Ana, thank you", True)


def test_a_note_typed_just_before_choosing_someone_else_is_kept(qtbot, inline_view, store, clock):
    outcomes = OutcomeRepository(store.contacts._sessions, clock)
    qtbot.keyClicks(inline_view.employer, "Acme")
    qtbot.mouseClick(inline_view.save_outcome_button, Qt.MouseButton.LeftButton)
    inline_view.table.selectRow(1)
    inline_view.body.clear()
    qtbot.keyClicks(inline_view.body, "Uma, it worked")
    inline_view.table.selectRow(0)  # no time passes
    [_ana, uma] = outcomes.recipients(outcomes.latest(), "Subject: x\n\nDraft", "Sam")
    assert uma.body == "Uma, it worked"
    inline_view.table.selectRow(1)
    assert inline_view.body.toPlainText() == "Uma, it worked"


def test_on_a_projector_screen_every_column_of_people_to_tell_shows(qtbot, view):
    view.resize(1024 - 200 - 180, 560)  # beside the navigation and the finished-interviews list
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    assert header.length() <= view.table.viewport().width()  # Name, Why and Told, none scrolled off
    assert view.body.placeholderText()  # the empty note says what it is for
