"""Wrap-up & follow-ups: the finished interviews, each one's wrap-up, and the job outcome."""

from app.core.entities import Contact, Interview, InterviewStatus, Occupation, WrapUpState
from app.core.wrapup import WrapUpStep
from app.ui.wrapup.followup_area import FollowUpArea
from app.ui.wrapup.outcome_view import OutcomeView
from app.ui.wrapup.wrapup_view import WrapUpView
from tests.ui.conftest import events_following
from tests.ui.pane_data import followup_data


def make_area(qtbot, clock, store, services):
    area = FollowUpArea(
        clock,
        events_following(store),
        lambda _store: WrapUpView(services),
        lambda s: OutcomeView(s.outcomes, clock, services.builtin_templates),
    )
    qtbot.addWidget(area)
    area.set_data(followup_data(store))
    return area


def test_finishing_an_interview_opens_its_wrap_up_and_lists_it_as_incomplete(qtbot, clock, store, services):
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", occupation_id=nurse.id))
    interview = store.interviews.add(Interview(ana.id, nurse.id, status=InterviewStatus.IN_PROGRESS))
    area = make_area(qtbot, clock, store, services)
    assert area.interview_list.count() == 0
    assert area.pages.currentWidget() is area.empty

    area.open_wrapup(interview.id, finishing=True)
    assert store.interviews.get(interview.id).status is InterviewStatus.FINISHED
    assert area.pages.currentWidget() is area.wrapup_view
    assert area.selected_interview_id() == interview.id
    assert "Ana Ruiz" in area.interview_list.item(0).text()
    assert "Wrap-up incomplete: 7 steps left" in area.interview_list.item(0).text()

    area.wrapup_view.go_to(WrapUpStep.THANK)
    area.wrapup_view.settle(WrapUpState.DONE)
    area.refresh()
    assert "6 steps left" in area.interview_list.item(0).text()


def test_i_got_the_job_shows_the_outcome_page(qtbot, clock, store, services):
    area = make_area(qtbot, clock, store, services)
    area.show_outcome()
    assert area.pages.currentWidget() is area.outcome_view


def test_from_the_outcome_page_an_interview_opens_again_and_close_returns(qtbot, clock, store, services):
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", occupation_id=nurse.id))
    interview = store.interviews.add(Interview(ana.id, nurse.id, status=InterviewStatus.IN_PROGRESS))
    area = make_area(qtbot, clock, store, services)
    area.open_wrapup(interview.id, finishing=True)
    area.show_outcome()
    item = area.interview_list.item(0)
    area.interview_list.setCurrentItem(item)
    assert area.pages.currentWidget() is area.wrapup_view
    area.wrapup_view.close_requested.emit()
    assert area.pages.currentWidget() is area.empty
    assert area.selected_interview_id() is None


def test_what_was_typed_on_the_outcome_is_written_when_the_area_is_asked(qtbot, clock, store, services):
    area = FollowUpArea(
        clock,
        events_following(store),
        lambda _data: WrapUpView(services),
        lambda data: OutcomeView(data.outcomes, clock, services.builtin_templates, background_writes=False),
    )
    qtbot.addWidget(area)
    assert area.write_typed_text()  # nothing open yet, nothing to write
    area.set_data(followup_data(store))
    area.show_outcome()
    qtbot.keyClicks(area.outcome_view.employer, "Acme")  # no time passes: the autosaver has not written it
    assert store.outcomes.latest() is None
    assert area.write_typed_text()  # as before quitting
    assert store.outcomes.latest().employer == "Acme"
