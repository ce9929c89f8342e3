"""Today from a seeded store: what shows under "Actions due", snoozing and dismissing follow-ups,
preparation progress, the pictures' values and the referral tree."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.core.entities import Contact, ContactStatus, Interview, InterviewStatus, Occupation
from app.core.follow_up import FollowUpSettings
from app.store.connection import create_store_engine, make_session_factory
from app.store.models import OutreachAttemptRecord
from app.store.repositories import to_db_time
from app.ui.today.actions_due import RowKind
from app.ui.today.home_view import HomeView
from tests.ui.conftest import events_following
from tests.ui.pane_data import today_data


@pytest.fixture
def write_outreach(store, tmp_path):
    engine = create_store_engine(tmp_path / "infointerview.db")
    sessions = make_session_factory(engine)

    def write(contact_id: int, at: datetime) -> None:
        with sessions.begin() as session:
            session.add(OutreachAttemptRecord(contact_id=contact_id, attempted_at=to_db_time(at), channel="phone"))

    yield write
    engine.dispose()


@pytest.fixture
def home(qtbot, clock, store):
    chosen_days: list[date | None] = []
    view = HomeView(clock, events_following(store), ask_day=lambda parent, earliest: chosen_days.pop())
    view.chosen_days = chosen_days
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


def rows(home: HomeView, kind: RowKind | None = None) -> list[str]:
    return [row.text() for row in home.actions_due.rows if kind is None or row.kind is kind]


def follow_up_row(home: HomeView, name: str):
    [row] = [row for row in home.actions_due.rows if row.kind is RowKind.FOLLOW_UP and name in row.text()]
    return row


def snooze_choices(row) -> dict[str, object]:
    return {action.text(): action for action in row.snooze_button.menu().actions()}


def test_actions_due_list_what_to_do_with_a_button_each(home, clock, store, write_outreach):
    ana = store.contacts.add(Contact("Ana Ruiz", status=ContactStatus.CONTACTED))
    bo = store.contacts.add(Contact("Bo Chen", status=ContactStatus.SCHEDULED))
    cy = store.contacts.add(Contact("Cy Diaz", status=ContactStatus.SCHEDULED))
    dee = store.contacts.add(Contact("Dee Moss"))
    write_outreach(ana.id, datetime(2026, 11, 19, 15, tzinfo=UTC))  # 4 business days ago
    store.interviews.add(Interview(bo.id, scheduled_at=clock.now() + timedelta(days=1)))
    store.interviews.add(Interview(cy.id, scheduled_at=clock.now() + timedelta(hours=2)))
    held = store.interviews.add(Interview(dee.id))
    store.wrapups.finish_interview(held.id)
    clock.advance(25 * 3600)  # 15:00 the next day; Cy's first interview was yesterday
    store.interviews.add(Interview(cy.id, scheduled_at=clock.now() + timedelta(hours=3)))
    home.set_data(today_data(store))
    assert rows(home) == [
        "✉ Send your thank-you note to Dee Moss",
        "○ 1 interview with an unfinished wrap-up",
        "◷ Today 18:00: interview with Cy Diaz · Preparation 0 of 7",
        "→ No reply from Ana Ruiz after 3 business days: contact another person",
    ]
    assert not home.actions_due.empty.isVisibleTo(home)
    assert [button.text() for button in home.actions_due.rows[3].buttons] == ["Snooze", "Dismiss"]
    opened = []
    home.open_interview.connect(opened.append)
    home.actions_due.rows[2].buttons[0].click()
    assert opened == [store.reads.today().upcoming[-1].interview.id]


def test_an_interview_tomorrow_asks_to_confirm_the_time(home, clock, store):
    bo = store.contacts.add(Contact("Bo Chen", status=ContactStatus.SCHEDULED))
    store.interviews.add(Interview(bo.id, scheduled_at=clock.now() + timedelta(days=1)))
    home.set_data(today_data(store))
    assert rows(home, RowKind.FOLLOW_UP) == ["→ Interview with Bo Chen tomorrow: confirm the time"]
    [row] = home.actions_due.rows
    assert [button.text() for button in row.buttons] == ["Open", "Snooze", "Dismiss"]
    opened = []
    home.open_interview.connect(opened.append)
    row.buttons[0].click()
    assert opened == [row.interview_id] == [store.reads.today().upcoming[0].interview.id]


def test_a_snoozed_follow_up_hides_until_its_day_on_the_clock(home, clock, store, write_outreach):
    store.settings.save_follow_up_settings(FollowUpSettings(follow_up_after=40))  # only "try another" here
    ana = store.contacts.add(Contact("Ana Ruiz", status=ContactStatus.CONTACTED))
    write_outreach(ana.id, datetime(2026, 11, 19, 15, tzinfo=UTC))
    home.set_data(today_data(store))
    home.show()
    choices = snooze_choices(follow_up_row(home, "Ana Ruiz"))
    assert list(choices) == [
        "Until tomorrow (26 Nov 2026)",
        "Until next week (2 Dec 2026)",
        "Until a day you choose…",
    ]
    choices["Until next week (2 Dec 2026)"].trigger()
    assert rows(home, RowKind.FOLLOW_UP) == []  # the store's report refreshed Today
    assert home.actions_due.empty.isVisibleTo(home)
    clock.advance(6 * 86400)  # 1 December
    home.refresh()
    assert rows(home, RowKind.FOLLOW_UP) == []
    clock.advance(86400)  # 2 December: back
    home.refresh()
    assert rows(home, RowKind.FOLLOW_UP) == ["→ No reply from Ana Ruiz after 3 business days: contact another person"]


def test_a_follow_up_can_be_snoozed_until_a_chosen_day(home, clock, store, write_outreach):
    ana = store.contacts.add(Contact("Ana Ruiz", status=ContactStatus.CONTACTED))
    write_outreach(ana.id, datetime(2026, 11, 19, 15, tzinfo=UTC))
    home.set_data(today_data(store))
    home.show()
    home.chosen_days.append(None)  # cancelled: nothing changes
    snooze_choices(follow_up_row(home, "Ana Ruiz"))["Until a day you choose…"].trigger()
    assert len(rows(home, RowKind.FOLLOW_UP)) == 1
    home.chosen_days.append(date(2026, 11, 27))
    snooze_choices(follow_up_row(home, "Ana Ruiz"))["Until a day you choose…"].trigger()
    assert rows(home, RowKind.FOLLOW_UP) == []
    clock.advance(2 * 86400)
    home.refresh()
    assert len(rows(home, RowKind.FOLLOW_UP)) == 1


def test_a_dismissed_follow_up_moves_to_the_history(home, clock, store, write_outreach):
    store.settings.save_follow_up_settings(FollowUpSettings(follow_up_after=40))  # only "try another" here
    ana = store.contacts.add(Contact("Ana Ruiz", status=ContactStatus.CONTACTED))
    bo = store.contacts.add(Contact("Bo Chen", status=ContactStatus.SCHEDULED))
    write_outreach(ana.id, datetime(2026, 11, 19, 15, tzinfo=UTC))
    store.interviews.add(Interview(bo.id, scheduled_at=clock.now() + timedelta(days=1)))
    home.set_data(today_data(store))
    home.show()
    panel = home.actions_due
    assert panel.history_button.text() == "Dismissed (0)"
    assert not panel.history_button.isEnabled()
    follow_up_row(home, "Bo Chen").dismiss_button.click()
    assert rows(home, RowKind.FOLLOW_UP) == ["→ No reply from Ana Ruiz after 3 business days: contact another person"]
    assert panel.history_button.text() == "Dismissed (1)"
    panel.history_button.click()
    assert panel.history.isVisibleTo(home)
    assert [panel.history.item(r).text() for r in range(panel.history.count())] == [
        "Confirm the time with Bo Chen — due 25 Nov 2026"
    ]
    clock.advance(60)
    follow_up_row(home, "Ana Ruiz").dismiss_button.click()
    assert panel.history_button.text() == "Dismissed (2)"
    assert panel.history.item(0).text() == "Contact another person (no reply from Ana Ruiz) — due 24 Nov 2026"
    clock.advance(30 * 86400)
    home.refresh()
    assert rows(home, RowKind.FOLLOW_UP) == []  # dismissed for good


def test_many_follow_ups_show_a_few_and_more_on_request(home, clock, store, write_outreach):
    for number in range(11):
        person = store.contacts.add(Contact(f"Person {number:02}", status=ContactStatus.CONTACTED))
        write_outreach(person.id, datetime(2026, 11, 19, 15, tzinfo=UTC))
    home.set_data(today_data(store))
    assert len(rows(home, RowKind.FOLLOW_UP)) == 8
    [more] = [row for row in home.actions_due.rows if row.kind is RowKind.MORE]
    assert more.text() == "… and 3 more"
    more.buttons[0].click()
    assert len(rows(home, RowKind.FOLLOW_UP)) == 11


def test_a_thank_you_reminder_asks_for_the_note_step(home, clock, store):
    dee = store.contacts.add(Contact("Dee Moss"))
    held = store.interviews.add(Interview(dee.id))
    store.wrapups.finish_interview(held.id)
    clock.advance(25 * 3600)
    home.set_data(today_data(store))
    [row] = [row for row in home.actions_due.rows if row.kind is RowKind.THANK_YOU]
    wanted, wrapups = [], []
    home.open_thank_you_note.connect(wanted.append)
    home.open_wrapup.connect(wrapups.append)
    row.buttons[0].click()
    assert (wanted, wrapups) == ([held.id], [])


def test_upcoming_interviews_show_their_preparation(home, clock, store):
    ana = store.contacts.add(Contact("Ana Ruiz"))
    bo = store.contacts.add(Contact("Bo Chen"))
    first = store.interviews.add(Interview(ana.id, scheduled_at=clock.now() + timedelta(days=3)))
    second = store.interviews.add(Interview(bo.id, scheduled_at=clock.now() + timedelta(days=4)))
    for key in ("research-occupation", "research-organisation", "pick-questions"):
        store.interviews.set_checklist_done(first.id, key, True)
    for item in home.checklist():
        store.interviews.set_checklist_done(second.id, item.key, True)
    home.set_data(today_data(store))
    column = 3
    assert home._upcoming_model.headerData(column, Qt.Orientation.Horizontal) == "Preparation"
    assert [home._upcoming_model.index(row, column).data() for row in range(2)] == [
        "Preparation 3 of 7",
        "✓ Prepared (7 of 7)",
    ]


def test_pictures_show_the_summary_s_values(home, clock, store):
    nurse = store.occupations.add(Occupation("Nurse", target_interviews=4))
    statuses = [ContactStatus.INTERVIEWED, ContactStatus.SCHEDULED, ContactStatus.CONTACTED, ContactStatus.PROSPECT]
    people = [store.contacts.add(Contact(f"P{n}", status=s, occupation_id=nurse.id)) for n, s in enumerate(statuses)]
    store.contacts.add(Contact("Referred", referred_by_id=people[0].id))
    store.interviews.add(
        Interview(people[0].id, scheduled_at=clock.now() - timedelta(days=8), status=InterviewStatus.FINISHED)
    )
    home.set_data(today_data(store))
    [row] = home.occupation_chart.rows()
    assert (row.found, row.contacted, row.scheduled, row.interviewed) == (5 - 1, 3, 2, 1)
    assert home.occupation_chart.row_words(row) == "1 of 4 interviewed · 2 scheduled · 3 contacted · 4 found"
    weeks = home.weekly_chart.weeks()
    assert [week.count for week in weeks[-3:]] == [0, 1, 0]
    assert home.referral_tree.topLevelItem(0).text(0) == "P0"
    assert home.referral_tree.topLevelItem(0).child(0).text(0) == "Referred"


def test_the_referral_tree_is_drawn_as_nested_rows(home, clock, store):
    ana = store.contacts.add(Contact("Ana Ruiz", status=ContactStatus.INTERVIEWED))
    bo = store.contacts.add(Contact("Bo Chen", referred_by_id=ana.id, status=ContactStatus.CONTACTED))
    store.contacts.add(Contact("Cy Diaz", referred_by_id=bo.id))
    store.contacts.add(Contact("Al Bright", referred_by_id=ana.id))
    home.set_data(today_data(store))
    tree = home.referral_tree
    assert tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    assert [top.text(column) for column in range(3)] == ["Ana Ruiz", "Interviewed", "3"]
    assert [top.child(n).text(0) for n in range(top.childCount())] == ["Al Bright", "Bo Chen"]
    assert [top.child(1).text(column) for column in range(3)] == ["Bo Chen", "Contacted", "1"]
    assert top.child(1).child(0).text(0) == "Cy Diaz"
    assert tree.isExpanded(tree.indexFromItem(top.child(1)))
    assert tree.accessibleDescription() == (
        "4 people in referral chains: Ana Ruiz led to Al Bright, Bo Chen; Bo Chen led to Cy Diaz."
    )


def test_each_picture_has_its_words_and_an_as_text_switch(home, clock, store):
    nurse = store.occupations.add(Occupation("Nurse"))
    store.contacts.add(Contact("Ana Ruiz", status=ContactStatus.CONTACTED, occupation_id=nurse.id))
    home.set_data(today_data(store))
    home.show()
    assert home.occupation_chart.accessibleName() == "Progress per occupation"
    assert home.occupation_chart.accessibleDescription() == (
        "Progress toward each occupation's target. Nurse: 0 of 3 interviewed · 0 scheduled · 1 contacted · 1 found."
    )
    assert home.occupation_chart.toolTip() == home.occupation_chart.accessibleDescription()
    assert home.weekly_chart.accessibleName() == "Interviews per week"
    # No bars to read: the chart says so, in its picture and its words.
    assert home.weekly_chart.accessibleDescription() == "No interviews held in the last 12 weeks."
    for panel in (home.occupation_panel, home.weekly_panel, home.referral_panel):
        assert panel.chart.isVisibleTo(home) and not panel.words.isVisibleTo(home)
        panel.as_text.click()
        assert panel.words.isVisibleTo(home) and not panel.chart.isVisibleTo(home)
        assert panel.words.text() == panel.chart.summary()
        panel.as_text.click()
        assert panel.chart.isVisibleTo(home)


def test_today_scrolls_rather_than_clips_on_a_small_screen(home, clock, store, write_outreach):
    for number in range(6):
        person = store.contacts.add(Contact(f"Person {number}", status=ContactStatus.CONTACTED))
        write_outreach(person.id, datetime(2026, 11, 19, 15, tzinfo=UTC))
    home.set_data(today_data(store))
    home.resize(820, 450)
    home.show()
    content = home.scroll.widget()
    assert content.minimumSizeHint().height() > home.scroll.viewport().height()
    assert home.scroll.verticalScrollBar().maximum() > 0
    assert content.width() <= home.scroll.viewport().width()  # no sideways scrolling at this width


def test_with_no_referrals_the_tree_says_so_across_its_whole_width(home, store):
    home.set_data(today_data(store))
    home.show()
    tree = home.referral_panel.chart
    placeholder = tree.topLevelItem(0)
    assert placeholder.text(0).startswith("No referrals yet")
    assert placeholder.isFirstColumnSpanned()
