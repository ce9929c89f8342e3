"""Behaviours on screen that small slips once broke without any test noticing, and the local day.

The clock here is in New York at 20:30 on 25 November, already 26 November in UTC, so any pane
that took the day from UTC or from the host (the suite's host is UTC, or one of the zones that
.ci/run tries) shows the wrong day. Each test was checked by breaking the code it guards on
purpose and seeing it fail.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from app.core.countdown import CountdownState
from app.core.entities import ActionItem, Contact, Interview, InterviewStatus, InterviewSummary, Occupation
from app.core.wrapup import Referral, WrapUpStep
from app.files import load_builtin_bank
from app.ui.interview.interview_area import InterviewArea, interview_choice_details
from app.ui.shell.events import DataEvents
from app.ui.shell.preferences import Preferences
from app.ui.today.home_view import HomeView
from app.ui.widgets.dates import due_words
from app.ui.wrapup.wrapup_view import WrapUpView
from tests.fakes import FakeClock
from tests.ui.pane_data import interview_data, today_data

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

EVENING_IN_NEW_YORK = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)  # 20:30 on 25 Nov in New York


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(EVENING_IN_NEW_YORK, zone="America/New_York")


def _area(qtbot, clock, store) -> InterviewArea:
    area = InterviewArea(
        clock, DataEvents(), lambda: list(load_builtin_bank().questions), Preferences(), confirm=lambda *a: True
    )
    qtbot.addWidget(area)
    area.set_data(interview_data(store))
    return area


def test_a_five_minute_interview_opens_and_its_countdown_runs(qtbot, clock, store):
    ana = store.contacts.add(Contact("Ana Ruiz"))
    short = store.interviews.add(Interview(ana.id, planned_minutes=5, scheduled_at=clock.now() + timedelta(hours=1)))
    area = _area(qtbot, clock, store)
    assert area.session is not None and area.session.interview.id == short.id
    assert area.session.controller.snapshot().digits == "05:00"
    area.session.controller.start()
    assert area.session.panel._digits.text() == "05:00"
    clock.advance(30)
    snapshot = area.session.controller.snapshot()
    assert snapshot.state is CountdownState.RUNNING
    assert snapshot.elapsed_seconds == 30
    assert snapshot.digits == "04:30"


def test_the_interview_chooser_says_the_local_day_and_time(qtbot, clock, store):
    ana = store.contacts.add(Contact("Ana Ruiz"))
    store.interviews.add(Interview(ana.id, scheduled_at=clock.now() + timedelta(hours=1)))
    area = _area(qtbot, clock, store)
    assert area.chooser.currentText() == "Ana Ruiz — Today 21:30"


def test_today_says_what_is_due_on_the_local_day(qtbot, clock, store):
    home = HomeView(clock, DataEvents())
    qtbot.addWidget(home)
    store.actions.add(ActionItem("Email Li", due_on=date(2026, 11, 25)))
    store.actions.add(ActionItem("Call Bo", due_on=date(2026, 11, 26)))
    home.set_data(today_data(store))
    texts = [home.action_list.item(row).text() for row in range(home.action_list.count())]
    assert texts == ["Email Li — Due today", "Call Bo — Due tomorrow"]


def test_todays_planned_count_includes_interviews_under_way(qtbot, clock, store):
    nurse = store.occupations.add(Occupation("Nurse", target_interviews=3))
    for status in (InterviewStatus.PLANNED, InterviewStatus.IN_PROGRESS, InterviewStatus.FINISHED):
        person = store.contacts.add(Contact(f"Person {status.value}", occupation_id=nurse.id))
        store.interviews.add(Interview(person.id, nurse.id, status=status))
    home = HomeView(clock, DataEvents())
    qtbot.addWidget(home)
    home.set_data(today_data(store))
    [nurse] = home.occupation_chart.rows()
    assert (nurse.finished_interviews, nurse.planned_interviews) == (1, 2)


@pytest.mark.parametrize(
    ("due", "words"),
    [
        (None, "No due date"),
        (date(2026, 11, 22), "Overdue by 3 days"),
        (date(2026, 11, 23), "Overdue by 2 days"),
        (date(2026, 11, 24), "Overdue since yesterday"),
        (date(2026, 11, 25), "Due today"),
        (date(2026, 11, 26), "Due tomorrow"),
        (date(2026, 11, 27), "Due 27 Nov"),
    ],
)
def test_due_dates_in_words(due, words):
    assert due_words(due, date(2026, 11, 25), ENGLISH) == words


def test_interview_choice_details():
    now = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    under_way = InterviewSummary(
        Interview(contact_id=1, status=InterviewStatus.IN_PROGRESS, scheduled_at=now),
        "Ana Lima",
        "City Hall",
        "Planner",
    )
    assert interview_choice_details(under_way, now, ENGLISH) == "Ana Lima (Planner, City Hall) — Today 14:00, under way"
    planned = InterviewSummary(Interview(contact_id=1), "Ana Lima", "", "")
    assert interview_choice_details(planned, now, ENGLISH) == "Ana Lima — Not scheduled"


def test_a_referral_never_asked_about_their_name_is_not_told_to_keep_it_quiet(
    qtbot, services, wrapups, finished_interview
):
    for referral in (Referral("Li Wei"), Referral("Bo Chen", "", False), Referral("Cy Dunn", "", True)):
        wrapups.add_referral(finished_interview.id, referral)
    view = WrapUpView(services)
    qtbot.addWidget(view)
    view.open_interview(finished_interview.id)
    view.go_to(WrapUpStep.REFERRALS)
    page = view.pages[WrapUpStep.REFERRALS]
    tips = {page.list.item(row).text(): page.list.item(row).toolTip() for row in range(page.list.count())}
    origin = "Referred by María José Ortega (informational interview, "
    assert all(tip.startswith(origin) for tip in tips.values())
    assert "mention" not in tips["Li Wei"]
    assert tips["Bo Chen"].endswith("; do not mention their name")
    assert tips["Cy Dunn"].endswith("; you may mention their name")
