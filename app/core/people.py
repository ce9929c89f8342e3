"""A person as the People page edits them: the contact with every email and phone, each labelled."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from app.core.entities import Contact, ContactSource, ContactStatus
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.vcard import LabelledValue

# Labels offered for an email or phone; any other text is a custom label, kept as typed.
# Stored as these words (the vCard TYPE values a card step and an import write too).
DETAIL_LABELS = {
    "work": QT_TRANSLATE_NOOP("DetailLabel", "work"),
    "home": QT_TRANSLATE_NOOP("DetailLabel", "home"),
    "cell": QT_TRANSLATE_NOOP("DetailLabel", "mobile"),
    "other": QT_TRANSLATE_NOOP("DetailLabel", "other"),
}


@dataclass(slots=True)
class PersonDetails:
    contact: Contact
    emails: list[LabelledValue] = field(default_factory=list)
    phones: list[LabelledValue] = field(default_factory=list)


def labelled_values(main: str, rows: Iterable[tuple[str, str]]) -> list[LabelledValue]:
    """The contact's own value first, then its other values, each with its label. Details
    written before labels were kept for the first value do not repeat the contact's value."""
    values = [LabelledValue(value, label) for value, label in rows]
    if values and values[0].value == main:
        return values
    return ([LabelledValue(main)] if main else []) + values


@dataclass(slots=True)  # not frozen: ten thousand are made at once, and frozen ones are slower to make
class PersonRow:
    """One line of the People list, as one read query gives it."""

    id: int
    full_name: str
    organisation: str
    job_title: str
    occupation_ids: tuple[int, ...]
    status: ContactStatus
    source: ContactSource
    last_interaction: datetime | None  # the latest call, email, message or meeting logged, UTC
