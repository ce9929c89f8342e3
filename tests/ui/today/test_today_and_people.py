from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.core.entities import ActionItem, Contact, Occupation, TodaySummary
from app.ui.people.people_view import PeopleView
from app.ui.shell.events import DataEvents
from app.ui.today.home_view import HomeView
from tests.ui.conftest import events_following
from tests.ui.pane_data import people_data, today_data


def test_today_welcomes_an_empty_store(qtbot, clock):
    home = HomeView(clock, DataEvents())
    qtbot.addWidget(home)
    home.show_summary(TodaySummary())
    assert not home._welcome.isHidden()
    assert home.action_list.item(0).text().startswith("Nothing due")
    with qtbot.waitSignal(home.go_to_people):
        qtbot.mouseClick(home._welcome.findChild(QPushButton), Qt.MouseButton.LeftButton)


def test_ticking_an_action_item_on_today_marks_it_done(qtbot, clock, store):
    events = events_following(store)
    home = HomeView(clock, events)
    qtbot.addWidget(home)
    item = store.actions.add(ActionItem("Research X", due_on=date(2026, 11, 25)))
    home.set_data(today_data(store))
    entry = home.action_list.item(0)
    assert entry.text() == "Research X — Due today"
    entry.setCheckState(Qt.CheckState.Checked)
    assert store.reads.today().due_actions == []
    assert home.action_list.item(0).text().startswith("Nothing due")
    store.actions.set_done(item.id, False)
    assert [a.title for a in store.reads.today().due_actions] == ["Research X"]


def test_action_items_cannot_be_ticked_before_the_store_is_open(qtbot, clock, store):
    home = HomeView(clock, events_following(store))
    qtbot.addWidget(home)
    store.actions.add(ActionItem("Research X"))
    home.set_reads(store.reads)
    assert home.action_list.item(0).text() == "Research X — No due date"
    assert not home.action_list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_people_view_adds_an_occupation_and_shows_its_people(qtbot, clock, store):
    events = events_following(store)
    people = PeopleView(clock, events, ask_text=lambda *args, **kwargs: ("  Park ranger  ", True))
    qtbot.addWidget(people)
    people.set_data(people_data(store))
    people.add_occupation()
    assert [o.title for o in store.occupations.list()] == ["Park ranger"]
    ranger = store.occupations.list()[0]
    assert people.selected_occupation_id() == ranger.id
    store.contacts.add(Contact("Jo Bloggs", occupation_id=ranger.id, how_got_name="My aunt works with Jo."))
    store.contacts.add(Contact("Someone Else"))
    assert people.people_filter.rowCount() == 1
    people.contact_table.selectRow(0)
    assert people.person_form.how_got_name.toPlainText() == "My aunt works with Jo."
    assert "My aunt works with Jo." in people.outreach_tab.texts.phone_script.toPlainText()
    assert "work as a park ranger" in people.outreach_tab.texts.phone_script.toPlainText()
    people.occupation_filter.setCurrentIndex(0)  # All occupations
    assert people.people_filter.rowCount() == 2
    people.filter.setText("bloggs")
    assert people.people_filter.rowCount() == 1
    people.add_occupation()  # the same title again selects it instead of adding a twin
    assert [o.title for o in store.occupations.list()] == ["Park ranger"]
    assert people.selected_occupation_id() == ranger.id


def test_an_interview_under_way_says_so_on_today(qtbot, clock, store):
    from app.core.entities import Interview, InterviewStatus

    home = HomeView(clock, events_following(store))
    qtbot.addWidget(home)
    contact = store.contacts.add(Contact("Ana Ruiz"))
    store.interviews.add(Interview(contact.id, scheduled_at=clock.now(), status=InterviewStatus.IN_PROGRESS))
    home.set_data(today_data(store))
    assert home._upcoming_model.index(0, 0).data() == "Under way now"


def test_people_and_occupations_can_be_removed_but_never_an_interview_s_notes(qtbot, clock, store):
    from app.core.entities import Interview

    answers = []
    people = PeopleView(clock, events_following(store), confirm=lambda *args: answers.append(args[1]) or True)
    qtbot.addWidget(people)
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", occupation_id=nurse.id))
    store.contacts.add(Contact("Li Wei", occupation_id=nurse.id))
    store.interviews.add(Interview(ana.id, nurse.id))
    people.set_data(people_data(store))

    people.contact_table.selectRow(0)  # Ana Ruiz, who has an interview
    people.remove_contact()
    assert store.contacts.count() == 2
    assert "has interviews" in people.message.text()

    people.contact_table.selectRow(1)  # Li Wei
    people.remove_contact()
    assert [c.full_name for c in store.contacts.list()] == ["Ana Ruiz"]
    assert answers == ["Remove Ana Ruiz?", "Remove Li Wei?"]

    people.occupation_filter.setCurrentIndex(1)
    people.remove_occupation()
    assert store.occupations.list() == []
    assert store.contacts.get(ana.id).occupation_id is None
