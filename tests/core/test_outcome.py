from datetime import date

from app.core.entities import Contact
from app.core.outcome import JobOutcome, RecipientReason, draft_outcome_update, outcome_recipients, told_count
from app.core.thank_you import OUTCOME_TEMPLATE
from app.files import load_template
from app.paths import resource


def _people():
    friend = Contact("Uma Friend", id=1)
    ana = Contact("Ana Planner", email="ana@example.org", referred_by_id=1, id=2)
    bo = Contact("Bo Builder", referred_by_id=2, id=3)  # Ana both was interviewed and referred Bo
    cy = Contact("Cy Surveyor", referred_by_id=1, id=4)
    return friend, ana, bo, cy


def test_everyone_interviewed_plus_their_referrers_once_each():
    friend, ana, bo, cy = _people()
    by_id = {person.id: person for person in (friend, ana, bo, cy)}
    recipients = outcome_recipients([ana, bo, cy], by_id)
    assert [person.name for person in recipients] == ["Ana Planner", "Bo Builder", "Cy Surveyor", "Uma Friend"]
    reasons = {person.name: person.reason for person in recipients}
    assert reasons["Ana Planner"] is RecipientReason.BOTH
    assert reasons["Bo Builder"] is RecipientReason.INTERVIEWED
    assert reasons["Uma Friend"] is RecipientReason.REFERRED
    uma = next(person for person in recipients if person.name == "Uma Friend")
    assert uma.referred_names == ["Ana Planner", "Cy Surveyor"]
    assert str(uma.describe_reason()) == "They referred you to Ana Planner and Cy Surveyor"


def test_drafted_update_names_employer_role_and_why_they_hear_it():
    friend, ana, _bo, _cy = _people()
    recipients = outcome_recipients([ana], {1: friend, 2: ana})
    uma = next(person for person in recipients if person.name == "Uma Friend")
    template = load_template(OUTCOME_TEMPLATE, None, resource("templates"))
    outcome = JobOutcome("City of Springfield", "Junior planner", date(2027, 1, 4))
    subject, body = draft_outcome_update(template, uma, outcome, "Sam")
    assert subject == "Good news from my job search"
    assert body.startswith("Dear Uma,")
    assert "Junior planner at City of Springfield, starting 4 January 2027" in body
    assert "put me in touch with Ana Planner" in body
    assert "$" not in body
    assert len(body.split()) < 100


def test_told_count():
    friend, ana, bo, _cy = _people()
    recipients = outcome_recipients([ana, bo], {1: friend, 2: ana, 3: bo})
    recipients[0].told_on = date(2027, 1, 5)
    assert told_count(recipients) == (1, 3)
