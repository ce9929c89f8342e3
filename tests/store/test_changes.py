"""The store reports what each committed unit of work changed, and nothing for a read or a rollback."""

from datetime import date

import pytest

from app.core.changes import Change
from app.core.entities import ActionItem, Contact, Interview, Occupation
from app.core.wrapup import Referral, SelfEvaluation


@pytest.fixture
def reports(store):
    heard: list[frozenset] = []
    store.changes.subscribe(heard.append)
    return heard


def test_each_write_reports_its_kinds(store, reports):
    occupation = store.occupations.add(Occupation("Nurse"))
    assert reports == [{Change.OCCUPATIONS}]
    contact = store.contacts.add(Contact("Ana Ruiz", occupation_id=occupation.id))
    interview = store.interviews.add(Interview(contact_id=contact.id, occupation_id=occupation.id))
    item = store.actions.add(ActionItem("Call back", interview_id=interview.id))
    reports.clear()
    store.actions.set_done(item.id, True)
    assert reports == [{Change.ACTIONS}]


def test_reads_report_nothing(store, reports):
    contact = store.contacts.add(Contact("Ana Ruiz"))
    reports.clear()
    store.contacts.get(contact.id)
    store.contacts.list()
    store.occupations.list()
    assert reports == []


def test_core_statements_are_reported(store, reports):
    contact = store.contacts.add(Contact("Ana Ruiz"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    reports.clear()
    store.content.save(interview.id, notes="Hearings most weeks", answers={})
    assert Change.CONTENT in reports[-1]
    reports.clear()
    store.wrapups.save_evaluation(SelfEvaluation(interview.id, {}, "Talked too much"))
    assert reports and all(kinds <= {Change.WRAPUP} for kinds in reports)


def test_deleting_reports_what_the_database_cascades_to(store, reports):
    occupation = store.occupations.add(Occupation("Nurse"))
    contact = store.contacts.add(Contact("Ana Ruiz", occupation_id=occupation.id))
    store.interviews.add(Interview(contact_id=contact.id, occupation_id=occupation.id))
    reports.clear()
    store.occupations.delete(occupation.id)
    assert {Change.OCCUPATIONS, Change.CONTACTS, Change.INTERVIEWS} <= reports[-1]


def test_a_failed_unit_of_work_reports_nothing(store, reports):
    contact = store.contacts.add(Contact("Ana Ruiz"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    store.wrapups.finish_interview(interview.id)
    reports.clear()
    with pytest.raises(ValueError):
        store.wrapups.add_referral(interview.id, Referral(full_name="  "))
    assert reports == []


def test_one_listener_failing_does_not_silence_the_others(store, reports, caplog):
    def broken(_kinds):
        raise RuntimeError("listener bug")

    store.changes.subscribe(broken)
    later: list = []
    store.changes.subscribe(later.append)
    store.occupations.add(Occupation("Nurse"))
    assert later == [{Change.OCCUPATIONS}]
    assert "listener" in caplog.text


def test_unsubscribed_listeners_hear_nothing(store):
    heard: list = []
    unsubscribe = store.changes.subscribe(heard.append)
    unsubscribe()
    store.occupations.add(Occupation("Nurse"))
    assert heard == []


def test_dates_do_not_matter_to_reports(store, reports):
    contact = store.contacts.add(Contact("Ana Ruiz"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    store.wrapups.finish_interview(interview.id)
    reports.clear()
    store.wrapups.mark_thank_you_sent(interview.id, date(2026, 11, 26))
    assert reports == [{Change.WRAPUP}]


def test_every_table_reports_a_kind():
    from app.store.changes import TABLE_CHANGES
    from app.store.models import Base

    assert set(Base.metadata.tables) == set(TABLE_CHANGES)
