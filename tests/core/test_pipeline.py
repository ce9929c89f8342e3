"""How logging a try moves a person along the pipeline, and the outreach texts' wording."""

from __future__ import annotations

import pytest

from app.core.entities import Contact, ContactSource, ContactStatus
from app.core.job_wording import check
from app.core.outreach import call_script, email_draft, email_text, referrer_caution, script_text
from app.core.pipeline import (
    FIRST_OUTCOME,
    Channel,
    Outcome,
    channel_from_stored,
    outcome_from_stored,
    status_after_interaction,
)

S = ContactStatus
OC = Outcome


@pytest.mark.parametrize(
    ("before", "outcome", "after"),
    [
        # The first try, however it went, makes a person contacted.
        (S.PROSPECT, OC.NO_ANSWER, S.CONTACTED),
        (S.PROSPECT, OC.LEFT_MESSAGE, S.CONTACTED),
        (S.PROSPECT, OC.WAITING, S.CONTACTED),
        (S.PROSPECT, OC.REPLIED, S.CONTACTED),
        (S.PROSPECT, OC.AGREED, S.CONTACTED),
        (S.PROSPECT, OC.OTHER, S.CONTACTED),
        (S.CONTACTED, OC.NO_ANSWER, S.CONTACTED),
        # A "no" takes them off the pipeline.
        (S.PROSPECT, OC.DECLINED, S.DECLINED),
        (S.CONTACTED, OC.DECLINED, S.DECLINED),
        (S.NO_REPLY, OC.DECLINED, S.DECLINED),
        # Trying again someone who never replied: contacted again.
        (S.NO_REPLY, OC.LEFT_MESSAGE, S.CONTACTED),
        # A later try does not undo a "no"; agreeing after all does.
        (S.DECLINED, OC.NO_ANSWER, S.DECLINED),
        (S.DECLINED, OC.REPLIED, S.DECLINED),
        (S.DECLINED, OC.AGREED, S.CONTACTED),
        # Never backwards past an interview booked, held or thanked for.
        (S.SCHEDULED, OC.DECLINED, S.SCHEDULED),
        (S.SCHEDULED, OC.NO_ANSWER, S.SCHEDULED),
        (S.INTERVIEWED, OC.AGREED, S.INTERVIEWED),
        (S.INTERVIEWED, OC.DECLINED, S.INTERVIEWED),
        (S.THANKED, OC.WAITING, S.THANKED),
        (S.THANKED, OC.DECLINED, S.THANKED),
    ],
)
def test_logging_moves_the_status(before, outcome, after):
    assert status_after_interaction(before, outcome) == after


def test_every_status_and_outcome_has_a_rule_and_nothing_moves_back_from_an_interview():
    for status in ContactStatus:
        for outcome in Outcome:
            after = status_after_interaction(status, outcome)
            assert isinstance(after, ContactStatus)
            if status in (S.SCHEDULED, S.INTERVIEWED, S.THANKED):
                assert after == status


def test_channels_and_outcomes_have_labels_and_read_back_from_what_is_stored():
    assert [channel.label for channel in Channel] == ["Call", "Email", "Message", "Meeting"]
    assert Outcome.AGREED.label == "Agreed to meet"
    assert len({outcome.label for outcome in Outcome}) == len(Outcome)
    assert set(FIRST_OUTCOME) == set(Channel)
    assert FIRST_OUTCOME[Channel.EMAIL] == Outcome.WAITING
    assert channel_from_stored("phone") == Channel.CALL  # the column's old default
    assert channel_from_stored("email") == Channel.EMAIL
    assert channel_from_stored("fax") == Channel.MESSAGE
    assert outcome_from_stored("") == Outcome.OTHER
    assert outcome_from_stored("declined") == Outcome.DECLINED


# ---- the email draft ------------------------------------------------------------------------


def test_the_email_says_who_i_am_how_i_got_the_name_what_i_want_and_for_how_long():
    contact = Contact(
        "Maria Lopez", source=ContactSource.NEIGHBOUR, how_got_name="Your neighbour Sam gave me your name."
    )
    subject, body = email_text(email_draft(contact, "Landscape architect", your_name="Sam Rivera."))
    assert subject == "20 minutes of your advice about work as a landscape architect?"
    assert body == (
        "Dear Maria,\n\n"
        "My name is Sam Rivera. Your neighbour Sam gave me your name.\n\n"
        "I'm exploring work as a landscape architect, and I'm seeking information and guidance from people who do "
        "it — I'm not asking for a job.\n\n"
        "Could I have 20 minutes of your time, at a time that suits you? "
        "I'd be glad to call, or to meet wherever is easiest for you.\n\n"
        "Thank you,\nSam Rivera"
    )
    assert check(subject + "\n" + body) == []


def test_the_email_without_names_or_occupation_has_placeholders():
    subject, body = email_text(email_draft(Contact(" "), minutes=15))
    assert subject == "15 minutes of your advice about your work?"
    assert body.startswith("Hello,\n\nMy name is [your name].\n\nI'm exploring your line of work")
    assert "15 minutes" in body
    assert body.endswith("Thank you,\n[your name]")


def test_a_referral_never_asked_about_the_name_is_not_claimed_to_have_suggested_the_call():
    unasked = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=None)
    script = script_text(call_script(unasked, "Urban planner", "Ana Lima"))
    subject, body = email_text(email_draft(unasked, "Urban planner", "Ana Lima"))
    for words in (script, subject, body):
        assert "Ana Lima" not in words
        assert "suggested" not in words
    assert "Your name came up when I asked who could tell me more about this work." in script
    caution = referrer_caution(unasked, "Ana Lima")
    assert caution is not None and "You did not ask Ana Lima" in str(caution)

    allowed = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=True)
    assert "Ana Lima suggested I speak with you." in email_text(email_draft(allowed, "", "Ana Lima"))[1]
    assert referrer_caution(allowed, "Ana Lima") is None
    refused = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=False)
    assert "Ana Lima" not in email_text(email_draft(refused, "", "Ana Lima"))[1]
    assert "asked not to be mentioned" in str(referrer_caution(refused, "Ana Lima"))
    assert referrer_caution(Contact("Li", source=ContactSource.FRIEND), "Ana Lima") is None
