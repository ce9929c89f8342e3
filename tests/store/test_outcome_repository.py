from datetime import date

import pytest

from app.core.entities import Contact, Interview, InterviewStatus
from app.core.outcome import JobOutcome, RecipientReason
from app.core.thank_you import OUTCOME_TEMPLATE
from app.files import load_template
from app.paths import resource
from app.store.outcome_repository import OutcomeRepository

TEMPLATE = "Subject: News\nDear $first_name, $role_phrase at $employer.\n"


@pytest.fixture
def outcomes(store, clock):
    return OutcomeRepository(store.contacts._sessions, clock)


def _finished(store, contact):
    return store.interviews.add(Interview(contact_id=contact.id, status=InterviewStatus.FINISHED))


def test_recipients_are_interviewees_and_their_referrers_with_drafts(store, outcomes):
    uma = store.contacts.add(Contact("Uma Friend"))
    ana = store.contacts.add(Contact("Ana Lima", referred_by_id=uma.id))
    planned = store.contacts.add(Contact("Not Yet"))
    _finished(store, ana)
    store.interviews.add(Interview(contact_id=planned.id))
    outcome = outcomes.record(JobOutcome("Springfield", "Planner", date(2027, 1, 4)))
    recipients = outcomes.recipients(outcome, TEMPLATE)
    assert [(person.name, person.reason) for person in recipients] == [
        ("Ana Lima", RecipientReason.INTERVIEWED),
        ("Uma Friend", RecipientReason.REFERRED),
    ]
    assert recipients[0].body == "Dear Ana, a role as Planner at Springfield.\n"
    assert recipients[0].subject == "News"
    assert not recipients[0].is_told


def test_telling_and_editing_are_remembered(store, outcomes):
    ana = store.contacts.add(Contact("Ana Lima"))
    _finished(store, ana)
    outcome = outcomes.record(JobOutcome("Springfield"))
    outcomes.save_update(outcome.id, ana.id, "My own words")
    outcomes.mark_told(outcome.id, ana.id, date(2027, 1, 5))
    [person] = outcomes.recipients(outcome, load_template(OUTCOME_TEMPLATE, None, resource("templates")))
    assert person.body == "My own words" and person.saved
    assert person.told_on == date(2027, 1, 5)
    outcomes.mark_told(outcome.id, ana.id, None)
    assert not outcomes.recipients(outcome, TEMPLATE)[0].is_told


def test_latest_outcome_and_editing_it(outcomes, clock):
    assert outcomes.latest() is None
    first = outcomes.record(JobOutcome("Acme"))
    first.role = "Analyst"
    outcomes.record(first)
    assert outcomes.latest().role == "Analyst"
    with pytest.raises(ValueError):
        outcomes.record(JobOutcome("  "))
