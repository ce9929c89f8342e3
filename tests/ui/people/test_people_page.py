"""The People page: the list models (checked by Qt's QAbstractItemModelTester), its filters and
sorting, the occupations' target and progress, and the person form that saves as it is typed in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from app.core.entities import Contact, ContactSource, ContactStatus, Occupation
from app.core.people import PersonDetails, PersonRow
from app.core.vcard import LabelledValue
from app.ui.people.people_models import ID_ROLE, OccupationsModel, PeopleFilter, PeopleModel
from app.ui.people.people_view import PeopleView
from tests.ui.conftest import events_following
from tests.ui.pane_data import people_data

FAULT = QAbstractItemModelTester.FailureReportingMode.Fatal


def _row(number, name, status=ContactStatus.PROSPECT, occupations=(), last=None, organisation=""):
    return PersonRow(number, name, organisation, "", tuple(occupations), status, ContactSource.FRIEND, last)


@pytest.fixture
def people_model(qapp):
    model = PeopleModel()
    model.emails_source = lambda: {1: "ana@city.example", 2: "bo@x.example bo.private@y.example"}
    proxy = PeopleFilter(model)
    testers = [QAbstractItemModelTester(model, FAULT), QAbstractItemModelTester(proxy, FAULT)]
    model.set_rows(
        [
            _row(1, "Ana Ruiz", ContactStatus.SCHEDULED, (1, 2), organisation="City Hospital"),
            _row(2, "Bo Chen", ContactStatus.PROSPECT, (2,)),
            _row(3, "Cy Diaz", ContactStatus.CONTACTED, (), datetime(2026, 11, 3, tzinfo=UTC)),
            _row(4, "", ContactStatus.INTERVIEWED, (1,), datetime(2026, 11, 9, tzinfo=UTC)),
        ],
        {1: "Nurse", 2: "Midwife"},
    )
    yield model, proxy
    del testers


def _names(proxy):
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_the_list_filters_by_words_in_name_organisation_title_or_any_email(people_model):
    _model, proxy = people_model
    proxy.set_text("city")
    assert _names(proxy) == ["Ana Ruiz"]
    proxy.set_text("private@y")  # a second email counts too
    assert _names(proxy) == ["Bo Chen"]
    proxy.set_text("  ANA   hospital ")  # every word, in any field, any case
    assert _names(proxy) == ["Ana Ruiz"]
    proxy.set_text("")
    assert proxy.rowCount() == 4


def test_the_list_filters_by_any_of_a_persons_occupations_and_by_status(people_model):
    _model, proxy = people_model
    proxy.set_occupation(2)
    assert _names(proxy) == ["Ana Ruiz", "Bo Chen"]  # Midwife is Ana's second occupation
    proxy.set_status(ContactStatus.PROSPECT)
    assert _names(proxy) == ["Bo Chen"]
    proxy.set_occupation(None)
    proxy.set_status(ContactStatus.INTERVIEWED)
    assert _names(proxy) == ["(no name yet)"]


def test_the_list_sorts_status_by_the_pipeline_and_the_last_contact_by_date(people_model):
    model, proxy = people_model
    proxy.sort(PeopleModel.STATUS, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(4)] == [2, 3, 1, 4]
    proxy.sort(PeopleModel.LAST, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(4)][:2] == [4, 3]
    proxy.set_text("z")  # a filter stays right when the rows are sorted again
    proxy.sort(PeopleModel.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Cy Diaz", "Ana Ruiz"]
    proxy.sort(PeopleModel.NAME, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["Ana Ruiz", "Cy Diaz"]
    assert model.index(0, PeopleModel.OCCUPATIONS).data() in ("", "Nurse", "Nurse, Midwife", "Midwife")


def test_occupations_show_progress_and_take_a_new_target(qapp, store):
    nurse = store.occupations.add(Occupation("Nurse"))
    store.contacts.add(Contact("Ana", occupation_ids=[nurse.id], status=ContactStatus.SCHEDULED))
    store.contacts.add(Contact("Bo", occupation_ids=[nurse.id]))
    targets = []
    model = OccupationsModel(lambda occupation_id, target: targets.append((occupation_id, target)))
    tester = QAbstractItemModelTester(model, FAULT)
    model.set_rows(store.reads.occupation_progress())
    assert model.index(0, OccupationsModel.PROGRESS).data() == "2 / 1 / 1 / 0 of 3"
    target = model.index(0, OccupationsModel.TARGET)
    assert model.flags(target) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(target, 0)  # at least one person
    assert model.setData(target, 5)
    assert targets == [(nurse.id, 5)]
    assert model.index(0, OccupationsModel.PROGRESS).data() == "2 / 1 / 1 / 0 of 5"
    del tester


@pytest.fixture
def page(qtbot, clock, store):
    events = events_following(store)
    view = PeopleView(clock, events)
    view.events = events  # kept alive as long as the page
    qtbot.addWidget(view)
    view.set_data(people_data(store))
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.person_form.autosaver.close()


def _type(qtbot, editor, text):
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def _saved(page, clock):
    clock.advance(1.0)  # durable within a second of the last keystroke
    assert page.person_form.flush()


def test_add_person_opens_the_form_on_the_given_name_and_composes_the_name_shown(qtbot, page, store, clock):
    nurse = store.occupations.add(Occupation("Nurse"))
    page.occupation_filter.setCurrentIndex(page.occupation_filter.findData(nurse.id))
    page.add_contact()
    form = page.person_form
    assert QApplication.focusWidget() is form.given_name
    [added] = store.contacts.list()
    assert form.contact_id == added.id and page.selected_contact_id() == added.id
    assert added.occupation_ids == [nurse.id]  # the occupation being looked at
    qtbot.keyClicks(form.given_name, "Ada")
    _type(qtbot, form.family_name, "Lovelace")
    assert form.full_name.text() == "Ada Lovelace"
    # Saved by the autosaver with no button pressed.
    clock.advance(1.0)
    form.autosaver.poll()
    qtbot.waitUntil(lambda: not form.autosaver.has_unsaved())
    stored = store.contacts.get(added.id)
    assert (stored.given_name, stored.family_name, stored.full_name) == ("Ada", "Lovelace", "Ada Lovelace")
    assert page.people_model.name_of(added.id) == "Ada Lovelace"


def test_a_name_shown_typed_by_the_person_is_kept_when_the_parts_change(qtbot, page, store, clock):
    person = store.contacts.add(Contact("Dr Ann Lee", given_name="Ann", family_name="Lee"))
    page.refresh()
    page.show_person(person.id)
    form = page.person_form
    _type(qtbot, form.family_name, "-Park")
    _saved(page, clock)
    stored = store.contacts.get(person.id)
    assert (stored.family_name, stored.full_name) == ("Lee-Park", "Dr Ann Lee")


def test_every_email_and_phone_is_saved_with_its_label(qtbot, page, store, clock):
    person = store.contacts.add(Contact("Ana"))
    page.refresh()
    page.show_person(person.id)
    form = page.person_form
    _type(qtbot, form.emails.value_editor(0), "ana@work.example")
    form.emails.add_row()
    _type(qtbot, form.emails.value_editor(1), "ana@home.example")
    form.emails.label_editor(1).setCurrentIndex(form.emails.label_editor(1).findData("home"))
    form.phones.label_editor(0).setEditText("Assistant")
    _type(qtbot, form.phones.value_editor(0), "+44 20 7946 0000")
    _saved(page, clock)
    stored = store.contacts.person(person.id)
    assert stored.emails == [LabelledValue("ana@work.example", "work"), LabelledValue("ana@home.example", "home")]
    assert stored.phones == [LabelledValue("+44 20 7946 0000", "Assistant")]
    store.contacts.add(Contact("Someone Else"))
    page.filter.setText("ana@home")  # the list filters by every email, read from the store
    assert page.people_filter.rowCount() == 1 and page.count.text() == "1 of 2 people"
    page.filter.clear()
    form.emails.remove_row(0)
    _saved(page, clock)
    assert store.contacts.person(person.id).emails == [LabelledValue("ana@home.example", "home")]
    assert store.contacts.get(person.id).email == "ana@home.example"


def test_how_i_got_your_name_follows_the_referrer_until_the_person_words_it(qtbot, page, store, clock):
    sam = store.contacts.add(Contact("Sam Okafor"))
    jo = store.contacts.add(Contact("Jo Bloggs"))
    page.refresh()
    page.show_person(jo.id)
    form = page.person_form
    form.source.setCurrentIndex(form.source.findData(ContactSource.REFERRAL))
    form.referrer.setText("sam okafor")
    form.referrer.editingFinished.emit()
    # Not yet asked whether Sam may be mentioned: a line that neither names nor claims them.
    assert form.how_got_name.toPlainText() == "Your name came up when I asked who could tell me more about this work."
    form.may_use_name.setCurrentIndex(form.may_use_name.findData(True))
    assert form.how_got_name.toPlainText() == "Sam Okafor suggested I speak with you."
    _saved(page, clock)
    stored = store.contacts.get(jo.id)
    assert (stored.source, stored.referred_by_id, stored.may_use_referrer_name) == (
        ContactSource.REFERRAL,
        sam.id,
        True,
    )
    assert stored.how_got_name == "Sam Okafor suggested I speak with you."
    form.how_got_name.setPlainText("Sam said you love talking about parks.")
    form.referrer.setText("")
    form.referrer.editingFinished.emit()
    _saved(page, clock)
    stored = store.contacts.get(jo.id)
    assert stored.referred_by_id is None
    assert stored.how_got_name == "Sam said you love talking about parks."  # the person's words stay


def test_occupations_are_chosen_and_ordered_and_status_set(qtbot, page, store, clock):
    nurse, midwife = (store.occupations.add(Occupation(t)).id for t in ("Nurse", "Midwife"))
    person = store.contacts.add(Contact("Ana", occupation_ids=[nurse]))
    page.refresh()
    page.show_person(person.id)
    form = page.person_form
    items = {form.occupations.item(r).data(ID_ROLE): form.occupations.item(r) for r in range(2)}
    items[midwife].setCheckState(Qt.CheckState.Checked)
    form.occupations.setCurrentItem(items[midwife])
    form.occupation_up.click()
    form.status.setCurrentIndex(form.status.findData(ContactStatus.CONTACTED))
    _saved(page, clock)
    stored = store.contacts.get(person.id)
    assert (stored.occupation_ids, stored.status) == ([midwife, nurse], ContactStatus.CONTACTED)


def test_only_what_was_typed_is_written_over_what_another_part_of_the_app_saved(qtbot, page, store, clock):
    person = store.contacts.add(Contact("Ana"))
    page.refresh()
    page.show_person(person.id)
    form = page.person_form
    _type(qtbot, form.job_title, "Charge nurse")
    elsewhere = store.contacts.get(person.id)
    elsewhere.status = ContactStatus.CONTACTED  # a call logged meanwhile
    store.contacts.update(elsewhere)
    _saved(page, clock)
    stored = store.contacts.get(person.id)
    assert (stored.job_title, stored.status) == ("Charge nurse", ContactStatus.CONTACTED)
    assert form.status.currentData() == ContactStatus.CONTACTED  # shown once nothing is left to write


def test_choosing_another_person_writes_what_was_typed_first(qtbot, page, store):
    ana, bo = (store.contacts.add(Contact(name)) for name in ("Ana", "Bo"))
    store.contacts.save_person(PersonDetails(store.contacts.get(bo.id), [LabelledValue("bo@x.example", "work")], []))
    page.refresh()
    chosen = []
    page.person_changed.connect(chosen.append)  # what other tabs about the person follow
    page.filter.setText("bo")
    page.show_person(ana.id)  # shown whatever the filter
    assert page.filter.text() == "" and page.selected_contact_id() == ana.id
    _type(qtbot, page.person_form.notes, "Met at the fair")
    page.show_person(bo.id)
    assert store.contacts.get(ana.id).notes == "Met at the fair"
    assert page.person_form.emails.values() == [LabelledValue("bo@x.example", "work")]
    assert page.person_tabs.tabText(0) == "Details"
    assert chosen == [ana.id, bo.id]


def test_the_forms_own_saves_update_its_row_and_other_changes_still_refresh_the_list(qtbot, page, store, clock):
    ana = store.contacts.add(Contact("Ana"))
    page.refresh()
    page.show_person(ana.id)
    form = page.person_form
    for text in ("Ana Ruiz", "Ana Ruiz-Diaz"):  # inline and on the writer thread
        form.full_name.setText(text)
        form.full_name.textEdited.emit(text)
        clock.advance(1.0)
        form.autosaver.poll()
        qtbot.waitUntil(lambda: not form.autosaver.has_unsaved())
        assert page.people_model.name_of(ana.id) == text
    _type(qtbot, form.organisation, "City Hospital")
    _saved(page, clock)
    assert page.people_filter.index(0, PeopleModel.ORGANISATION).data() == "City Hospital"
    store.contacts.add(Contact("Bo"))  # written elsewhere: the whole list is read again
    assert page.people_model.rowCount() == 2


def test_an_occupations_target_changed_on_the_page_is_kept_and_its_people_are_shown(qtbot, page, store):
    nurse = store.occupations.add(Occupation("Nurse"))
    store.contacts.add(Contact("Ana", occupation_ids=[nurse.id]))
    store.contacts.add(Contact("Bo"))
    model = page.occupation_model
    assert model.setData(model.index(0, OccupationsModel.TARGET), 4)
    assert store.occupations.list()[0].target_interviews == 4
    assert model.index(0, OccupationsModel.PROGRESS).data() == "1 / 0 / 0 / 0 of 4"
    page.occupation_table.selectRow(0)  # choosing it lists its people
    assert page.selected_occupation_id() == nurse.id and page.people_filter.rowCount() == 1
    assert page.count.text() == "1 of 2 people"


def test_enter_on_a_person_opens_their_details_on_the_first_field_and_tab_leaves_the_list(qtbot, page, store):
    store.contacts.add(Contact("Ana Ruiz", given_name="Ana"))
    store.contacts.add(Contact("Bo Chen", given_name="Bo"))
    page.refresh()
    page.person_tabs.setCurrentWidget(page.outreach_tab)
    page.contact_table.setFocus()
    page.contact_table.selectRow(0)
    qtbot.keyClick(page.contact_table, Qt.Key.Key_Down)  # arrows move inside the list
    assert page.selected_contact().full_name == "Bo Chen"
    assert page.contact_table.hasFocus()
    qtbot.keyClick(page.contact_table, Qt.Key.Key_Return)
    assert page.person_tabs.currentWidget() is page.person_form
    assert QApplication.focusWidget() is page.person_form.given_name
    assert page.person_form.given_name.text() == "Bo"
    page.contact_table.setFocus()
    qtbot.keyClick(page.contact_table, Qt.Key.Key_Tab)
    assert not page.contact_table.hasFocus()
    assert not page.occupation_table.tabKeyNavigation()


def test_entering_the_filter_box_reads_what_filters_look_in_so_the_first_key_is_quick(qtbot, page, store):
    store.contacts.add(Contact(full_name="Ana Lima", email="ana@example.org"))
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 1)
    page.show()
    qtbot.waitExposed(page)
    assert page.people_model._haystacks == []
    page.filter.setFocus()
    qtbot.waitUntil(lambda: page.filter.hasFocus())
    assert len(page.people_model._haystacks) == page.people_model.rowCount()


def test_an_empty_how_i_got_your_name_shows_what_the_script_will_say_without_storing_it(qtbot, page, store):
    priya = store.contacts.add(Contact(full_name="Priya Natarajan"))
    daniel = store.contacts.add(
        Contact(
            full_name="Daniel Brooks",
            source=ContactSource.REFERRAL,
            referred_by_id=priya.id,
            may_use_referrer_name=True,
        )
    )
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 2)
    page.show_person(daniel.id)
    form = page.person_form
    assert form.how_got_name.toPlainText() == ""
    assert form.how_got_name.placeholderText() == "Priya Natarajan suggested I speak with you."
    assert store.contacts.get(daniel.id).how_got_name == ""
