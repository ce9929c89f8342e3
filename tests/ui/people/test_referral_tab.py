"""The Referrals tab: who referred a person, whom they referred, and picking one opens them in People;
the Outreach and Referrals tabs sit beside the people list and follow the person picked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.entities import Contact, ContactStatus, Occupation
from app.core.pipeline import Channel, Outcome
from app.ui.people.people_view import PeopleView
from app.ui.people.referral_tab import PERSON_ROLE, ReferralTab
from tests.ui.conftest import events_following
from tests.ui.pane_data import people_data


def seed(store) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name, referrer in (("Ada", None), ("Bea", "Ada"), ("Cy", "Bea"), ("Dan", "Cy"), ("Eve", "Cy"), ("Fay", "Eve")):
        ids[name] = store.contacts.add(Contact(name, referred_by_id=ids.get(referrer))).id
    return ids


def tree_rows(tab: ReferralTab) -> list[tuple[int, str, str]]:
    """(depth, name, status) of every row, top to bottom."""
    rows = []

    def walk(item, depth):
        rows.append((depth, item.text(0), item.text(1)))
        for index in range(item.childCount()):
            walk(item.child(index), depth + 1)

    for index in range(tab.tree.topLevelItemCount()):
        walk(tab.tree.topLevelItem(index), 0)
    return rows


def test_the_chain_up_and_the_tree_down(qtbot, store):
    events = events_following(store)
    ids = seed(store)
    tab = ReferralTab(events)
    qtbot.addWidget(tab)
    tab.set_data(store.outreach)
    tab.show_person(ids["Cy"])
    assert tree_rows(tab) == [
        (0, "Ada", "To contact"),
        (1, "Bea", "To contact"),
        (2, "Cy", "To contact"),
        (3, "Dan", "To contact"),
        (3, "Eve", "To contact"),
        (4, "Fay", "To contact"),
    ]
    assert tab.tree.currentItem().text(0) == "Cy"
    assert tab.tree.currentItem().font(0).bold()
    assert tab.summary.text() == "How the name came: Ada → Bea → Cy. Their name led to 3 people, 2 of them directly."
    # The store's report refreshes it: a new referral and a changed status show up.
    ids["Gus"] = store.contacts.add(Contact("Gus", referred_by_id=ids["Fay"])).id
    store.outreach.log(ids["Dan"], Channel.CALL, Outcome.NO_ANSWER)
    assert (5, "Gus", "To contact") in tree_rows(tab)
    assert (3, "Dan", "Contacted") in tree_rows(tab)

    tab.show_person(ids["Ada"])
    assert tab.summary.text().startswith("Nobody referred Ada. Their name led to 6 people, 1 of them directly.")
    tab.show_person(ids["Gus"])
    assert tab.summary.text().endswith("They have not referred anyone yet.")
    tab.show_person(None)
    assert tab.tree.topLevelItemCount() == 0


def test_activating_someone_in_the_tree_picks_them_in_people(qtbot, store, clock):
    events = events_following(store)
    ids = seed(store)
    planner = store.occupations.add(Occupation("Urban planner")).id
    cy = store.contacts.get(ids["Cy"])
    cy.occupation_id = planner
    store.contacts.update(cy)
    people = PeopleView(clock, events)
    qtbot.addWidget(people)
    people.set_data(people_data(store))
    people.occupation_filter.setCurrentIndex(people.occupation_filter.findData(planner))
    assert people.people_filter.rowCount() == 1
    people.contact_table.selectRow(0)
    tabs = [people.person_tabs.tabText(i) for i in range(people.person_tabs.count())]
    assert tabs == ["Details", "Outreach", "Referrals"]
    assert people.outreach_tab.texts.phone_script.toPlainText().startswith("Hello Cy,")
    tab = people.referral_tab
    assert tab.tree.currentItem().text(0) == "Cy"

    # Fay is not listed under Urban planner: the list widens to everyone to pick her.
    [fay] = tab.tree.findItems("Fay", Qt.MatchFlag.MatchRecursive)
    assert fay.data(0, PERSON_ROLE) == ids["Fay"]
    tab.tree.itemActivated.emit(fay, 0)
    qtbot.waitUntil(lambda: people.selected_contact() is not None and people.selected_contact().id == ids["Fay"])
    assert people.selected_occupation_id() is None
    assert tab.tree.currentItem().text(0) == "Fay"
    assert people.outreach_tab.texts.phone_script.toPlainText().startswith("Hello Fay,")
    # Activating the person shown does nothing.
    with qtbot.assertNotEmitted(tab.person_activated, wait=10):
        tab.tree.itemActivated.emit(tab.tree.currentItem(), 0)


def test_logging_from_people_keeps_the_person_picked(qtbot, store, clock):
    events = events_following(store)
    store.contacts.add(Contact("Ana"))
    bo = store.contacts.add(Contact("Bo")).id
    people = PeopleView(clock, events)
    qtbot.addWidget(people)
    people.set_data(people_data(store))
    people.select_contact(bo)
    people.outreach_tab.log.log_email_button.click()
    assert store.contacts.get(bo).status == ContactStatus.CONTACTED
    assert people.selected_contact().id == bo  # the list was read again; Bo stays picked
    assert people.people_model.row_at(people.people_model.row_of(bo)).status == ContactStatus.CONTACTED
    assert people.outreach_tab.log.list.count() == 1
    assert people.write_typed_text()
