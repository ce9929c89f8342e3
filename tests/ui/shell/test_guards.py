"""Behaviours on screen that small slips once broke without any test noticing, and the local day.

The clock here is in New York at 20:30 on 25 November, already 26 November in UTC, so any pane
that took the day from UTC or from the host (the suite's host is UTC, or one of the zones that
.ci/run tries) shows the wrong day. Each test was checked by breaking the code it guards on
purpose and seeing it fail.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.countdown import CountdownState
from app.core.entities import ActionItem, Contact, Interview, InterviewStatus, Occupation
from app.core.question_bank import load_builtin_bank
from app.ui.interview.interview_area import InterviewArea
from app.ui.shell.events import DataEvents
from app.ui.today.home_view import HomeView
from tests.fakes import FakeClock

EVENING_IN_NEW_YORK = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)  # 20:30 on 25 Nov in New York


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(EVENING_IN_NEW_YORK, zone="America/New_York")


def _area(qtbot, clock, store) -> InterviewArea:
    area = InterviewArea(clock, DataEvents(), lambda: list(load_builtin_bank().questions), confirm=lambda *a: True)
    qtbot.addWidget(area)
    area.set_store(store)
    return area


def test_a_five_minute_interview_opens_and_its_countdown_runs(qtbot, clock, store):
    ana = store.contacts.add(Contact("Ana Ruiz"))
    short = store.interviews.add(Interview(ana.id, planned_minutes=5, scheduled_at=clock.now() + timedelta(hours=1)))
    area = _area(qtbot, clock, store)
    assert area.session is not None and area.session.interview.id == short.id
    area.session.controller.start()
    clock.advance(30)
    snapshot = area.session.controller.snapshot()
    assert snapshot.state is CountdownState.RUNNING
    assert snapshot.elapsed_seconds == 30


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
    home.set_store(store)
    texts = [home.action_list.item(row).text() for row in range(home.action_list.count())]
    assert texts == ["Email Li — Due today", "Call Bo — Due tomorrow"]


def test_todays_planned_count_includes_interviews_under_way(qtbot, clock, store):
    nurse = store.occupations.add(Occupation("Nurse", target_interviews=3))
    for status in (InterviewStatus.PLANNED, InterviewStatus.IN_PROGRESS, InterviewStatus.FINISHED):
        person = store.contacts.add(Contact(f"Person {status.value}", occupation_id=nurse.id))
        store.interviews.add(Interview(person.id, nurse.id, status=status))
    home = HomeView(clock, DataEvents())
    qtbot.addWidget(home)
    home.set_store(store)
    assert home.occupation_list.item(0).text() == "Nurse — 1 of 3 interviews done, 2 planned"
