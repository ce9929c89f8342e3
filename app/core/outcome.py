"""How the search ended: who to tell, and a short drafted update for each of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from string import Template

from app.core.entities import Contact
from app.core.i18n import QT_TRANSLATE_NOOP, Text, text
from app.core.thank_you import split_subject

DEFAULT_OUTCOME_SUBJECT = "Good news from my job search"


@dataclass(slots=True)
class JobOutcome:
    employer: str
    role: str = ""
    started_on: date | None = None
    recorded_at: datetime | None = None
    id: int | None = None


class RecipientReason(StrEnum):
    INTERVIEWED = "interviewed"
    REFERRED = "referred"
    BOTH = "both"


@dataclass(slots=True)
class OutcomeRecipient:
    """Someone to tell: an interviewee, or someone who referred the user to an interviewee."""

    contact_id: int
    name: str
    email: str
    reason: RecipientReason
    referred_names: list[str] = field(default_factory=list)  # the interviewees they led to
    body: str = ""
    subject: str = DEFAULT_OUTCOME_SUBJECT
    told_on: date | None = None
    saved: bool = False  # whether the body has been stored (edited) rather than drafted now

    @property
    def is_told(self) -> bool:
        return self.told_on is not None

    def describe_reason(self, join_names: Callable[[Sequence[str]], str] | None = None) -> Text:
        """Why they should hear; ``join_names`` writes "A, B and C" in the reader's language."""
        if self.reason is RecipientReason.INTERVIEWED:
            return text("OutcomeRecipient", QT_TRANSLATE_NOOP("OutcomeRecipient", "You interviewed them"))
        joined = (join_names or _join)(self.referred_names)
        if self.reason is RecipientReason.BOTH:
            source = QT_TRANSLATE_NOOP("OutcomeRecipient", "You interviewed them, and they referred you to {names}")
            return text("OutcomeRecipient", source, names=joined)
        return text(
            "OutcomeRecipient", QT_TRANSLATE_NOOP("OutcomeRecipient", "They referred you to {names}"), names=joined
        )


def _join(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def outcome_recipients(interviewed: Iterable[Contact], contacts_by_id: Mapping[int, Contact]) -> list[OutcomeRecipient]:
    """Everyone interviewed plus whoever referred them, once each, sorted by name."""
    found: dict[int, OutcomeRecipient] = {}
    interviewed = [contact for contact in interviewed if contact.id is not None]
    for contact in interviewed:
        found[contact.id] = OutcomeRecipient(contact.id, contact.full_name, contact.email, RecipientReason.INTERVIEWED)
    for contact in interviewed:
        referrer = contacts_by_id.get(contact.referred_by_id) if contact.referred_by_id is not None else None
        if referrer is None or referrer.id is None:
            continue
        existing = found.get(referrer.id)
        if existing is None:
            existing = OutcomeRecipient(referrer.id, referrer.full_name, referrer.email, RecipientReason.REFERRED)
            found[referrer.id] = existing
        elif existing.reason is RecipientReason.INTERVIEWED:
            existing.reason = RecipientReason.BOTH
        if contact.full_name not in existing.referred_names:
            existing.referred_names.append(contact.full_name)
    return sorted(found.values(), key=lambda recipient: (recipient.name.casefold(), recipient.contact_id))


def _reason_sentence(recipient: OutcomeRecipient) -> str:
    if recipient.reason is RecipientReason.REFERRED:
        return (
            f"You kindly put me in touch with {_join(recipient.referred_names)}, "
            "and I wanted to let you know how my search turned out."
        )
    return "You were generous with your time when I was exploring my next step, so I wanted you to hear how it ended."


def draft_outcome_update(
    template: str, recipient: OutcomeRecipient, outcome: JobOutcome, signature: str = ""
) -> tuple[str, str]:
    """(subject, body) of the short update note for one person."""
    subject_template, body_template = split_subject(template, DEFAULT_OUTCOME_SUBJECT)
    first = recipient.name.split()[0] if recipient.name.split() else recipient.name
    values = {
        "first_name": first,
        "full_name": recipient.name,
        "reason": _reason_sentence(recipient),
        "employer": outcome.employer,
        "role": outcome.role,
        "role_phrase": f"a role as {outcome.role}" if outcome.role else "a role",
        "start_phrase": (
            f", starting {outcome.started_on.day} {outcome.started_on:%B %Y}" if outcome.started_on else ""
        ),
        "signature": signature,
    }
    subject = Template(subject_template).safe_substitute(values).strip() or DEFAULT_OUTCOME_SUBJECT
    body = Template(body_template).safe_substitute(values)
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").split("\n")]
    tidy = "\n".join(lines)
    while "\n\n\n" in tidy:
        tidy = tidy.replace("\n\n\n", "\n\n")
    return subject, tidy.strip() + "\n"


def told_count(recipients: Iterable[OutcomeRecipient]) -> tuple[int, int]:
    """(told, everyone)."""
    people = list(recipients)
    return sum(1 for person in people if person.is_told), len(people)
