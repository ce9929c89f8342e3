"""What importing a business card onto a person would change, field by field.

A card only ever speaks for the fields it has: a field the card leaves empty keeps what the
person's record says. Emails, phones and websites are added to, never taken away: the card's
values come first (with the card's labels), followed by the ones the card does not mention.
Nothing here changes anything; the caller shows the changes and applies the ones chosen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.vcard import CardDetails, LabelledValue


class CardField(StrEnum):
    FULL_NAME = "full_name"
    JOB_TITLE = "job_title"
    ORGANISATION = "organisation"
    EMAILS = "emails"
    PHONES = "phones"
    ADDRESS = "address"
    WEBSITES = "websites"

    @property
    def label(self) -> str:
        """The field's name as the import preview shows it (translated with ``tr_enum``)."""
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    CardField.FULL_NAME: QT_TRANSLATE_NOOP("CardField", "Name"),
    CardField.JOB_TITLE: QT_TRANSLATE_NOOP("CardField", "Title"),
    CardField.ORGANISATION: QT_TRANSLATE_NOOP("CardField", "Organisation"),
    CardField.EMAILS: QT_TRANSLATE_NOOP("CardField", "Emails"),
    CardField.PHONES: QT_TRANSLATE_NOOP("CardField", "Phones"),
    CardField.ADDRESS: QT_TRANSLATE_NOOP("CardField", "Address"),
    CardField.WEBSITES: QT_TRANSLATE_NOOP("CardField", "Websites"),
}


_SINGLE = (CardField.FULL_NAME, CardField.JOB_TITLE, CardField.ORGANISATION, CardField.ADDRESS)
FieldValue = str | tuple[LabelledValue, ...] | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field the card would change: what the record says now, and what it would say."""

    field: CardField
    current: FieldValue
    incoming: FieldValue


def _name_key(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(folded.split())


def names_differ(current: CardDetails, incoming: CardDetails) -> bool:
    """True when the card names someone else than the record (spacing and case aside).
    A record or card with no name does not count as a different person."""
    if not current.full_name.strip() or not incoming.full_name.strip():
        return False
    return _name_key(current.full_name) != _name_key(incoming.full_name)


def _email_key(value: str) -> str:
    return value.strip().casefold()


def _phone_key(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits or value.strip().casefold()


def _website_key(value: str) -> str:
    return value.strip().rstrip("/").casefold()


def _merged_labelled(current: list[LabelledValue], card: list[LabelledValue], key) -> tuple[LabelledValue, ...]:
    card_items = [LabelledValue(item.value.strip(), item.label) for item in card if item.value.strip()]
    on_card = {key(item.value) for item in card_items}
    kept = [LabelledValue(item.value, item.label) for item in current if key(item.value) not in on_card]
    return tuple(card_items + kept)


def _merged_plain(current: list[str], card: list[str]) -> tuple[str, ...]:
    card_items = [value.strip() for value in card if value.strip()]
    on_card = {_website_key(value) for value in card_items}
    return tuple(card_items + [value for value in current if _website_key(value) not in on_card])


def _labelled_tuple(values: list[LabelledValue]) -> tuple[LabelledValue, ...]:
    return tuple(LabelledValue(item.value, item.label) for item in values)


def card_changes(current: CardDetails, card: CardDetails) -> list[FieldChange]:
    """The fields the card has and that would come out different, in the order of the form."""
    changes: list[FieldChange] = []
    for name in CardField:
        if name in _SINGLE:
            now = getattr(current, name.value)
            incoming = getattr(card, name.value).strip()
            if incoming and incoming != now.strip():
                changes.append(FieldChange(name, now, incoming))
        elif name is CardField.WEBSITES:
            if card.websites:
                merged = _merged_plain(current.websites, card.websites)
                if merged != tuple(current.websites):
                    changes.append(FieldChange(name, tuple(current.websites), merged))
        else:
            now_values = getattr(current, name.value)
            card_values = getattr(card, name.value)
            if card_values:
                key = _email_key if name is CardField.EMAILS else _phone_key
                merged = _merged_labelled(now_values, card_values, key)
                if merged != _labelled_tuple(now_values):
                    changes.append(FieldChange(name, _labelled_tuple(now_values), merged))
    return changes


def apply_changes(current: CardDetails, changes: Iterable[FieldChange]) -> CardDetails:
    """The record with the chosen changes made; every other field exactly as it was."""
    updated = replace(
        current,
        emails=list(current.emails),
        phones=list(current.phones),
        websites=list(current.websites),
    )
    for change in changes:
        value = change.incoming
        if change.field in _SINGLE:
            setattr(updated, change.field.value, value)
        elif change.field is CardField.WEBSITES:
            updated.websites = list(value)
        else:
            setattr(updated, change.field.value, [LabelledValue(item.value, item.label) for item in value])
    return updated


def value_lines(value: FieldValue) -> str:
    """A field's value as lines of text, labels first (``work: name@example.org``)."""
    if isinstance(value, str):
        return value
    lines = []
    for item in value:
        if isinstance(item, LabelledValue):
            lines.append(f"{item.label}: {item.value}" if item.label else item.value)
        else:
            lines.append(item)
    return "\n".join(lines)
