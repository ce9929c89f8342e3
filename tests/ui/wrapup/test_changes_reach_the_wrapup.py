"""What the store reports reaches every pane that shows it, with nobody announcing it by hand."""

from PySide6.QtCore import Qt

from app.core.entities import ActionItem, Contact, Interview
from app.core.wrapup import WrapUpStep
from app.ui.today.home_view import ITEM_ID_ROLE
from app.ui.wrapup.steps.next_step import ACTION_ROLE


def _app_with_a_finished_interview(make_app):
    application = make_app()
    application.window.show()
    application.open_store()
    store = application.store
    contact = store.contacts.add(Contact("Ana Ruiz"))
    interview = store.interviews.add(Interview(contact.id))
    store.wrapups.finish_interview(interview.id)
    return application, interview


def _entry(page, item_id):
    return next(page.list.item(r) for r in range(page.list.count()) if page.list.item(r).data(ACTION_ROLE) == item_id)


def test_a_next_step_ticked_on_today_shows_ticked_on_the_open_wrapup(qtbot, make_app):
    application, interview = _app_with_a_finished_interview(make_app)
    window, store = application.window, application.store
    item = store.actions.add(ActionItem("Research the GIS certificate", interview_id=interview.id))
    window.show_area("wrapup")
    window.pane("wrapup").open_wrapup(interview.id)
    wrapup = window.pane("wrapup").wrapup_view
    wrapup.go_to(WrapUpStep.NEXT_STEP)
    page = wrapup.pages[WrapUpStep.NEXT_STEP]
    page.title.setText("Email the GIS programme")  # typed, not yet added
    assert _entry(page, item.id).checkState() == Qt.CheckState.Unchecked

    window.show_area("today")
    today = window.pane("today")
    [entry] = [today.action_list.item(r) for r in range(today.action_list.count())]
    assert entry.data(ITEM_ID_ROLE) == item.id
    entry.setCheckState(Qt.CheckState.Checked)

    assert store.actions.for_interview(interview.id)[0].is_done
    assert _entry(page, item.id).checkState() == Qt.CheckState.Checked
    assert page.title.text() == "Email the GIS programme"  # what was being typed is untouched


def test_a_hidden_pane_refreshes_once_when_shown_not_on_every_report(qtbot, make_app):
    application, interview = _app_with_a_finished_interview(make_app)
    window, store = application.window, application.store
    window.show_area("today")
    today = window.pane("today")
    window.show_area("people")
    calls = []
    original = today.refresh
    today._refresher._refresh = lambda: (calls.append(1), original())
    for title in ("One", "Two", "Three"):
        store.actions.add(ActionItem(title, interview_id=interview.id))
    assert calls == []  # hidden: nothing re-read
    window.show_area("today")
    assert calls == [1]  # once, on being shown
    titles = {today.action_list.item(r).text().split(" — ")[0] for r in range(today.action_list.count())}
    assert titles == {"One", "Two", "Three"}
