"""In the whole window: Today's thank-you reminder opens that interview's wrap-up at the thank-you
note step, whatever step the wrap-up would resume at."""

from __future__ import annotations

from app.core.entities import Contact, Interview, WrapUpState
from app.core.wrapup import WrapUpStep
from app.ui.today.actions_due import RowKind


def test_the_thank_you_reminder_opens_the_thank_you_note_step(make_app, clock, qtbot):
    application = make_app()
    application.open_store()
    store = application.store
    ana = store.contacts.add(Contact("Ana Ruiz"))
    bo = store.contacts.add(Contact("Bo Chen"))
    first = store.interviews.add(Interview(ana.id))
    second = store.interviews.add(Interview(bo.id))
    for interview in (first, second):
        store.wrapups.finish_interview(interview.id)
    store.wrapups.set_step(second.id, WrapUpStep.THANK, WrapUpState.DONE)  # it would resume at referrals
    clock.advance(25 * 3600)
    window = application.window
    window.show_area("today")
    home = window.pane("today")
    home.refresh()
    reminders = [row for row in home.actions_due.rows if row.kind is RowKind.THANK_YOU]
    assert [row.text() for row in reminders] == [
        "✉ Send your thank-you note to Ana Ruiz",
        "✉ Send your thank-you note to Bo Chen",
    ]
    reminders[1].buttons[0].click()
    assert window.current_area() == "wrapup"
    wrapup = window.pane("wrapup").wrapup_view
    assert wrapup.subject.interview.id == second.id
    assert wrapup.current_step() is WrapUpStep.THANK_YOU_NOTE
    assert wrapup.step_list.currentRow() == list(WrapUpStep).index(WrapUpStep.THANK_YOU_NOTE)
