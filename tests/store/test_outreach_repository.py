"""The interaction log, outreach drafts and the referral chain, through the store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.changes import Change
from app.core.entities import Contact, ContactSource, ContactStatus, Interview, Occupation
from app.core.errors import NotFound
from app.core.outreach import DraftKind
from app.core.pipeline import Channel, Outcome


@pytest.fixture
def heard(store):
    reports: list = []
    unsubscribe = store.changes.subscribe(reports.append)
    yield reports
    unsubscribe()


def person(store, name: str, **fields) -> int:
    return store.contacts.add(Contact(full_name=name, **fields)).id


def test_logging_a_call_adds_it_at_now_and_makes_the_person_contacted(store, clock, heard):
    ana = person(store, "Ana Ruiz")
    heard.clear()
    logged = store.outreach.log(ana, Channel.CALL, Outcome.NO_ANSWER)
    assert logged.at == clock.now() and logged.id is not None
    assert store.contacts.get(ana).status == ContactStatus.CONTACTED
    assert heard == [frozenset({Change.CONTACTS})]
    # The follow-up rules now see the person and when they were last tried.
    [last] = store.suggestions.inputs()[0]
    assert (last.contact_id, last.attempted_at) == (ana, clock.now())


def test_the_log_is_newest_first_and_entries_can_be_edited_and_removed(store, clock, heard):
    ana = person(store, "Ana Ruiz")
    first = store.outreach.log(ana, Channel.CALL, Outcome.NO_ANSWER, "rang twice")
    clock.advance(3600)
    second = store.outreach.log(ana, Channel.EMAIL, Outcome.WAITING)
    earlier = store.outreach.log(ana, Channel.MESSAGE, Outcome.OTHER, at=clock.now() - timedelta(days=2))
    assert [entry.id for entry in store.outreach.interactions(ana)] == [second.id, first.id, earlier.id]
    assert store.outreach.interactions(ana)[1].note == "rang twice"

    heard.clear()
    second.note = "sent from my phone"
    second.outcome = Outcome.REPLIED
    second.at = datetime(2026, 11, 24, 9, tzinfo=UTC)  # between the two others
    store.outreach.update(second)
    entries = store.outreach.interactions(ana)
    assert [entry.id for entry in entries] == [first.id, second.id, earlier.id]  # moved back in time
    assert (entries[1].note, entries[1].outcome, entries[1].channel) == (
        "sent from my phone",
        Outcome.REPLIED,
        Channel.EMAIL,
    )
    assert heard == [frozenset({Change.CONTACTS})]

    store.outreach.remove(first.id)
    assert [entry.id for entry in store.outreach.interactions(ana)] == [second.id, earlier.id]
    assert store.contacts.get(ana).status == ContactStatus.CONTACTED  # removing never moves the status
    with pytest.raises(NotFound):
        store.outreach.update(first)


def test_a_changed_outcome_moves_the_status_and_an_interview_is_never_undone(store, clock):
    ana = person(store, "Ana Ruiz")
    entry = store.outreach.log(ana, Channel.CALL, Outcome.NO_ANSWER)
    entry.outcome = Outcome.DECLINED
    store.outreach.update(entry)
    assert store.contacts.get(ana).status == ContactStatus.DECLINED
    entry.note = "said maybe next year"  # the outcome unchanged: the status is left alone
    store.outreach.update(entry)
    assert store.contacts.get(ana).status == ContactStatus.DECLINED

    bo = person(store, "Bo Chen", status=ContactStatus.PROSPECT)
    store.outreach.log(bo, Channel.CALL, Outcome.AGREED)
    store.interviews.schedule(Interview(contact_id=bo, scheduled_at=clock.now() + timedelta(days=2)))
    assert store.contacts.get(bo).status == ContactStatus.SCHEDULED
    store.outreach.log(bo, Channel.EMAIL, Outcome.DECLINED)
    assert store.contacts.get(bo).status == ContactStatus.SCHEDULED


def test_a_log_for_someone_unknown_writes_nothing(store, heard):
    person(store, "Ana Ruiz")
    heard.clear()
    with pytest.raises(NotFound):
        store.outreach.log(999, Channel.CALL, Outcome.NO_ANSWER)
    assert heard == []


def test_drafts_are_kept_per_person_and_start_again_forgets_them(store, heard):
    ana = person(store, "Ana Ruiz")
    bo = person(store, "Bo Chen")
    heard.clear()
    assert store.outreach.drafts(ana) == {}
    store.outreach.save_drafts(ana, {DraftKind.PHONE_SCRIPT: "Hi Ana", DraftKind.EMAIL_SUBJECT: "Twenty minutes?"})
    store.outreach.save_drafts(bo, {DraftKind.EMAIL_BODY: "Dear Bo"})
    assert heard == [frozenset({Change.DRAFTS})] * 2
    store.outreach.save_drafts(ana, {DraftKind.PHONE_SCRIPT: "Hello Ana"})
    assert store.outreach.drafts(ana) == {
        DraftKind.PHONE_SCRIPT: "Hello Ana",
        DraftKind.EMAIL_SUBJECT: "Twenty minutes?",
    }
    assert store.outreach.drafts(bo) == {DraftKind.EMAIL_BODY: "Dear Bo"}
    store.outreach.save_drafts(ana, {DraftKind.EMAIL_BODY: ""})  # emptied on purpose: kept as empty
    assert store.outreach.drafts(ana)[DraftKind.EMAIL_BODY] == ""

    store.outreach.reset_drafts(ana, (DraftKind.EMAIL_SUBJECT, DraftKind.EMAIL_BODY))
    assert store.outreach.drafts(ana) == {DraftKind.PHONE_SCRIPT: "Hello Ana"}
    store.outreach.reset_drafts(ana)
    assert store.outreach.drafts(ana) == {}
    assert store.outreach.drafts(bo) == {DraftKind.EMAIL_BODY: "Dear Bo"}
    store.outreach.save_drafts(12345, {DraftKind.EMAIL_BODY: "nobody"})  # removed meanwhile: nothing kept


def test_the_subject_reads_the_person_with_referrer_occupation_drafts_and_log(store):
    planner = store.occupations.add(Occupation("Urban planner")).id
    ana = person(store, "Ana Lima")
    li = person(store, "Li Wei", source=ContactSource.REFERRAL, referred_by_id=ana, occupation_id=planner)
    store.outreach.save_drafts(li, {DraftKind.EMAIL_SUBJECT: "Hello"})
    entry = store.outreach.log(li, Channel.EMAIL, Outcome.WAITING)
    subject = store.outreach.subject(li)
    assert subject.contact.full_name == "Li Wei"
    assert subject.contact.status == ContactStatus.CONTACTED
    assert (subject.referrer_name, subject.occupation_title) == ("Ana Lima", "Urban planner")
    assert subject.drafts == {DraftKind.EMAIL_SUBJECT: "Hello"}
    assert [i.id for i in subject.interactions] == [entry.id]
    plain = store.outreach.subject(ana)
    assert (plain.referrer_name, plain.occupation_title, plain.interactions) == ("", "", [])


def _names(node) -> list:
    return [(child.person.full_name, _names(child)) for child in node.referred]


def test_the_referral_chain_goes_up_to_the_first_and_down_as_a_tree(store):
    root = person(store, "Ada")
    bea = person(store, "Bea", referred_by_id=root)
    cy = person(store, "Cy", referred_by_id=bea)
    dan = person(store, "Dan", referred_by_id=cy)
    person(store, "Eve", referred_by_id=cy)
    person(store, "Fay", referred_by_id=dan)
    person(store, "Gus", referred_by_id=bea)  # Cy's sibling: not on Cy's chain
    chain = store.outreach.referral_chain(cy)
    assert [link.full_name for link in chain.referred_by] == ["Ada", "Bea"]
    assert chain.person.full_name == "Cy"
    assert _names(chain.tree) == [("Dan", [("Fay", [])]), ("Eve", [])]
    assert chain.tree.count() == 3
    top = store.outreach.referral_chain(root)
    assert top.referred_by == []
    assert _names(top.tree) == [("Bea", [("Cy", [("Dan", [("Fay", [])]), ("Eve", [])]), ("Gus", [])])]


def test_a_referral_loop_made_by_hand_shows_each_person_once(store):
    ada = person(store, "Ada")
    bea = person(store, "Bea", referred_by_id=ada)
    loop = store.contacts.get(ada)
    loop.referred_by_id = bea
    store.contacts.update(loop)
    chain = store.outreach.referral_chain(ada)
    assert [link.full_name for link in chain.referred_by] == ["Bea"]
    assert _names(chain.tree) == []
    with pytest.raises(NotFound):
        store.outreach.referral_chain(999)


def test_the_referrers_answer_about_their_name_is_recorded(store, heard):
    li = person(store, "Li Wei", source=ContactSource.REFERRAL)
    heard.clear()
    store.outreach.set_may_use_referrer_name(li, True)
    assert store.contacts.get(li).may_use_referrer_name is True
    assert heard == [frozenset({Change.CONTACTS})]
    store.outreach.set_may_use_referrer_name(li, False)
    assert store.contacts.get(li).may_use_referrer_name is False
    store.outreach.set_may_use_referrer_name(li, None)
    assert store.contacts.get(li).may_use_referrer_name is None
    with pytest.raises(NotFound):
        store.outreach.set_may_use_referrer_name(999, True)
