"""Follow-up suggestions appear as lines in Today's reminders, and go when dismissed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from app.core.entities import Contact, ContactStatus, Interview
from app.core.follow_up import FollowUpSettings
from app.store.connection import create_store_engine, make_session_factory
from app.store.models import OutreachAttemptRecord
from app.store.repositories import to_db_time
from app.ui.today.home_view import SUGGESTION_KIND_ROLE, HomeView
from tests.ui.conftest import events_following
from tests.ui.pane_data import today_data


def reminder_lines(home: HomeView) -> list[str]:
    return [home.reminder_list.item(row).text() for row in range(home.reminder_list.count())]


def full_today_data(store):
    return replace(today_data(store), suggestions=store.suggestions, settings=store.settings)


def test_an_interview_tomorrow_shows_a_line_to_confirm_it_until_dismissed(qtbot, clock, store):
    home = HomeView(clock, events_following(store))
    qtbot.addWidget(home)
    bo = store.contacts.add(Contact("Bo Chen", status=ContactStatus.SCHEDULED))
    store.interviews.add(Interview(contact_id=bo.id, scheduled_at=clock.now() + timedelta(days=1)))
    home.set_data(full_today_data(store))
    assert reminder_lines(home) == ["→ Interview with Bo Chen tomorrow: confirm the time"]
    assert home.reminder_list.isVisibleTo(home)
    line = home.reminder_list.item(0)
    assert line.data(SUGGESTION_KIND_ROLE) == "confirm_time"
    opened = []
    home.open_wrapup.connect(opened.append)
    home.reminder_list.itemActivated.emit(line)
    assert opened == []  # a line, with nothing to open yet

    [suggestion] = store.suggestions.due(FollowUpSettings())
    store.suggestions.dismiss(suggestion.key)
    home.refresh()
    assert reminder_lines(home) == []


def test_no_reply_shows_a_line_with_the_business_days_of_the_preferences(qtbot, clock, store, tmp_path):
    home = HomeView(clock, events_following(store))
    qtbot.addWidget(home)
    ana = store.contacts.add(Contact("Ana Ruiz", status=ContactStatus.CONTACTED))
    engine = create_store_engine(tmp_path / "infointerview.db")
    with make_session_factory(engine).begin() as session:  # nothing in the app logs outreach yet
        session.add(
            OutreachAttemptRecord(contact_id=ana.id, attempted_at=to_db_time(datetime(2026, 11, 23, tzinfo=UTC)))
        )
    engine.dispose()
    store.settings.save_follow_up_settings(FollowUpSettings(try_another_after=2, follow_up_after=9))
    home.set_data(full_today_data(store))
    assert reminder_lines(home) == ["→ No reply from Ana Ruiz after 2 business days: contact another person"]


def test_without_the_suggestions_today_shows_its_reminders_as_before(qtbot, clock, store):
    home = HomeView(clock, events_following(store))
    qtbot.addWidget(home)
    bo = store.contacts.add(Contact("Bo Chen", status=ContactStatus.SCHEDULED))
    store.interviews.add(Interview(contact_id=bo.id, scheduled_at=clock.now() + timedelta(days=1)))
    home.set_data(today_data(store))
    assert reminder_lines(home) == []
