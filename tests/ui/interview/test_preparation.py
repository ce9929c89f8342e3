"""The preparation checklist on the interview page: ticks, research notes that autosave, progress."""

from datetime import timedelta

import pytest

from app.core.entities import Contact, Interview
from app.files import load_builtin_bank, load_checklist
from app.ui.interview.interview_area import InterviewArea
from app.ui.interview.preparation_dialog import PreparationDialog
from app.ui.shell.preferences import Preferences
from tests.ui.conftest import events_following
from tests.ui.pane_data import interview_data


@pytest.fixture
def interview(store, clock):
    ana = store.contacts.add(Contact("Ana Ruiz"))
    return store.interviews.add(Interview(ana.id, scheduled_at=clock.now() + timedelta(days=1)))


def make_area(qtbot, clock, store, show_preparation):
    area = InterviewArea(
        clock,
        events_following(store),
        lambda: list(load_builtin_bank().questions),
        Preferences(),
        show_preparation=show_preparation,
    )
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    return area


def test_progress_shows_on_the_interview_page_and_follows_the_ticks(qtbot, clock, store, interview):
    def tick_two_and_write(dialog):
        dialog.boxes["dress"].setChecked(True)
        dialog.boxes["research-occupation"].setChecked(True)
        dialog.notes["research-occupation"].setPlainText("Outlook: https://www.bls.gov/ooh/")
        dialog.reject()  # closing writes what is left

    area = make_area(qtbot, clock, store, tick_two_and_write)
    assert area.session.interview.id == interview.id
    assert not area.preparation_button.isHidden()
    assert area.preparation_button.text() == "Preparation: 0 of 7 done…"
    area.preparation_button.click()
    assert area.preparation_button.text() == "Preparation: 2 of 7 done…"
    marks = store.interviews.checklist_marks(interview.id)
    assert marks["dress"].done and marks["research-occupation"].done
    assert marks["research-occupation"].notes == "Outlook: https://www.bls.gov/ooh/"


def test_research_notes_autosave_within_a_second_and_their_links_can_be_opened(qtbot, clock, store, interview):
    items, _problem = load_checklist(None)
    dialog = PreparationDialog(clock, store.interviews, interview.id, items, background_writes=False)
    qtbot.addWidget(dialog)
    assert set(dialog.notes) == {"research-occupation", "research-organisation"}
    dialog.notes["research-organisation"].setPlainText("Annual report at https://example.org/report")
    clock.advance(1.0)
    dialog.autosaver.poll()
    assert store.interviews.checklist_marks(interview.id)["research-organisation"].notes.endswith("/report")
    link = dialog.links["research-organisation"]
    assert link.openExternalLinks()
    assert 'href="https://example.org/report"' in link.text()


def test_a_checklist_opened_again_shows_what_was_ticked_and_written(qtbot, clock, store, interview):
    store.interviews.set_checklist_done(interview.id, "confirm-time", True)
    store.interviews.save_checklist_notes(interview.id, {"research-occupation": "read the guide"})
    items, _problem = load_checklist(None)
    dialog = PreparationDialog(clock, store.interviews, interview.id, items, background_writes=False)
    qtbot.addWidget(dialog)
    assert dialog.boxes["confirm-time"].isChecked()
    assert not dialog.boxes["dress"].isChecked()
    assert dialog.notes["research-occupation"].toPlainText() == "read the guide"
    assert dialog.progress.text() == "1 of 7 done"
    assert dialog.boxes["no-job"].text() == "Remember: do not ask for a job"
