"""The whole window: areas hand interviews to each other the way a person moves through them."""

from datetime import timedelta

from app.core.entities import Contact, Interview, InterviewStatus, Occupation


def seeded_app(make_app, clock):
    first = make_app()
    first.open_store()
    store = first.store
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", organisation="City Hospital", occupation_id=nurse.id))
    interview = store.interviews.add(Interview(ana.id, nurse.id, scheduled_at=clock.now() + timedelta(hours=1)))
    store.content.save_notes(interview.id, "They recommend the night-shift rotation for new graduates.")
    first.close()
    application = make_app()
    application.open_store()
    return application, interview


def test_today_opens_an_upcoming_interview(make_app, clock, qtbot):
    application, interview = seeded_app(make_app, clock)
    window = application.window
    home = window.pane("today")
    home.upcoming_table.activated.emit(home._upcoming_model.index(0, 1))
    assert window.current_area() == "interview"
    assert window.pane("interview").session.interview.id == interview.id


def test_a_search_result_opens_the_interview_at_the_match(make_app, clock, qtbot):
    application, interview = seeded_app(make_app, clock)
    window = application.window
    search = window.pane("search").content
    search.query.setText("rotation")
    search.search_now()
    assert search.results.count() == 1
    search.results.setCurrentRow(0)
    search.results.itemActivated.emit(search.results.item(0))
    assert window.current_area() == "interview"
    session = window.pane("interview").session
    assert session.interview.id == interview.id
    assert session.tabs.currentWidget() is session.live
    assert session.live.notes_editor.textCursor().selectedText().lower() == "rotation"


def test_finishing_in_the_interview_area_opens_the_wrap_up(make_app, clock, qtbot, monkeypatch):
    application, interview = seeded_app(make_app, clock)
    window = application.window
    area = window.pane("interview")
    monkeypatch.setattr(area, "_confirm", lambda *args: True)
    area.finish_interview()
    assert window.current_area() == "wrapup"
    assert application.store.interviews.get(interview.id).status is InterviewStatus.FINISHED
    assert window.pane("wrapup").selected_interview_id() == interview.id


def test_a_takeaway_found_by_search_opens_the_wrap_up_at_that_step(make_app, clock, qtbot):
    from app.core.entities import TakeawayWeight
    from app.core.wrapup import Takeaway, WrapUpStep

    application, interview = seeded_app(make_app, clock)
    store = application.store
    store.wrapups.finish_interview(interview.id)
    store.wrapups.add_takeaway(Takeaway(interview.id, "Preceptorships matter most", TakeawayWeight.TRUST))
    window = application.window
    search = window.pane("search").content
    search.query.setText("preceptorships")
    search.search_now()
    search.results.itemActivated.emit(search.results.item(0))
    assert window.current_area() == "wrapup"
    assert window.pane("wrapup").wrapup_view.current_step() is WrapUpStep.WEIGH
