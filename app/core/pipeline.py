"""The interaction log and how it moves a person along the pipeline; the referral chain.

A person is asked for twenty minutes by a call, an email, a message or in person, and each try
is logged with its outcome. Logging moves their status forward (to contact -> contacted), or off
the pipeline when they declined; it never moves anyone back from an interview booked, held or
thanked for, which the interview itself records.

The referral chain is who gave whose name: up from a person to the first one, and down to
everyone their name led to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.core.entities import ContactStatus
from app.core.i18n import QT_TRANSLATE_NOOP


class Channel(StrEnum):
    """How the person was reached (stored by value)."""

    CALL = "call"
    EMAIL = "email"
    MESSAGE = "message"  # a text, a chat, a social network's message
    MEETING = "meeting"  # in person

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


class Outcome(StrEnum):
    """How a try went (stored by value)."""

    WAITING = "waiting"  # sent, no reply yet
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    REPLIED = "replied"
    AGREED = "agreed"  # agreed to meet
    DECLINED = "declined"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_CHANNEL_LABELS = {
    Channel.CALL: QT_TRANSLATE_NOOP("Channel", "Call"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Channel", "Email"),
    Channel.MESSAGE: QT_TRANSLATE_NOOP("Channel", "Message"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Channel", "Meeting"),
}
_OUTCOME_LABELS = {
    Outcome.WAITING: QT_TRANSLATE_NOOP("Outcome", "Waiting for a reply"),
    Outcome.NO_ANSWER: QT_TRANSLATE_NOOP("Outcome", "No answer"),
    Outcome.LEFT_MESSAGE: QT_TRANSLATE_NOOP("Outcome", "Left a message"),
    Outcome.REPLIED: QT_TRANSLATE_NOOP("Outcome", "Replied"),
    Outcome.AGREED: QT_TRANSLATE_NOOP("Outcome", "Agreed to meet"),
    Outcome.DECLINED: QT_TRANSLATE_NOOP("Outcome", "Declined"),
    Outcome.OTHER: QT_TRANSLATE_NOOP("Outcome", "Other"),
}

# What a try logged in one step starts as, before the person says how it went.
FIRST_OUTCOME = {
    Channel.CALL: Outcome.NO_ANSWER,
    Channel.EMAIL: Outcome.WAITING,
    Channel.MESSAGE: Outcome.WAITING,
    Channel.MEETING: Outcome.OTHER,
}


def outcome_from_stored(value: str) -> Outcome:
    """An outcome as stored; an unknown or empty value (older rows) reads as "other"."""
    try:
        return Outcome(value)
    except ValueError:
        return Outcome.OTHER


def channel_from_stored(value: str) -> Channel:
    """A channel as stored; "phone" (the column's old default) is a call, anything unknown a message."""
    if value == "phone":
        return Channel.CALL
    try:
        return Channel(value)
    except ValueError:
        return Channel.MESSAGE


@dataclass(slots=True)
class Interaction:
    """One entry of a person's interaction log."""

    contact_id: int
    at: datetime  # aware
    channel: Channel = Channel.CALL
    outcome: Outcome = Outcome.NO_ANSWER
    note: str = ""
    id: int | None = None


# Statuses that an interview (booked, held, thanked for) set: the log never takes anyone back from them.
AT_OR_PAST_SCHEDULED = frozenset({ContactStatus.SCHEDULED, ContactStatus.INTERVIEWED, ContactStatus.THANKED})


def status_after_interaction(status: ContactStatus, outcome: Outcome) -> ContactStatus:
    """The person's status once a try with ``outcome`` is logged (or an entry changed to it).

    * Scheduled, interviewed and thanked stay as they are: the log never moves anyone backwards.
    * Declined: declined.
    * Agreed to meet: contacted, even after a "no" (they changed their mind); scheduling the
      interview then makes them scheduled.
    * Any other outcome: a person to contact, or with no reply, becomes contacted; a person who
      declined stays declined (a later call does not undo their answer).
    """
    if status in AT_OR_PAST_SCHEDULED:
        return status
    if outcome == Outcome.DECLINED:
        return ContactStatus.DECLINED
    if outcome == Outcome.AGREED:
        return ContactStatus.CONTACTED
    if status == ContactStatus.DECLINED:
        return status
    return ContactStatus.CONTACTED


@dataclass(frozen=True, slots=True)
class PersonLink:
    """A person as the referral chain shows them."""

    contact_id: int
    full_name: str
    status: ContactStatus = ContactStatus.PROSPECT


@dataclass(slots=True)
class ReferralNode:
    person: PersonLink
    referred: list[ReferralNode] = field(default_factory=list)  # whom they referred, by name

    def count(self) -> int:
        """Everyone below this node."""
        return sum(1 + child.count() for child in self.referred)


@dataclass(slots=True)
class ReferralChain:
    """Who led to a person (``referred_by``: the first one first, their own referrer last) and
    the tree of whom their name led to (``tree.person`` is the person)."""

    referred_by: list[PersonLink]
    tree: ReferralNode

    @property
    def person(self) -> PersonLink:
        return self.tree.person
