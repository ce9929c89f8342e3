"""vCards into people and people into vCards, in one transaction each way.

Every imported card becomes a new person: nothing already stored is changed. The card's N gives
the person's given and family names (never made up from the name shown); an export writes the
card's N while those still say the same, else an N of the given and family names stored. The first email,
phone and website go on the contact as the card step keeps them, and every email and phone is
kept with its label among the contact's details. What the contacts table has no column for is
kept among the details too, each as JSON in ``value``:

- kind ``name``: the structured N, ``{"family": [...], "given": [...], "additional": [...],
  "prefixes": [...], "suffixes": [...]}``;
- kind ``org_units``: ORG's units after the organisation's name, ``["Unit", ...]``;
- kind ``adr``: ADR by its parts (``box``, ``extended``, ``street``, ``city``, ``region``,
  ``code``, ``country``), its label in ``label``; the contact's ``address`` holds the same as lines;
- kind ``uid``: the card's UID, as text.

A person exported gets their stored UID, or one derived from this database's own id (kept in
app_settings) and the person's id, so exporting again gives the same UID.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import func, insert, select

from app.core.vcard import AddressParts, CardDetails, LabelledValue, StructuredName
from app.store.models import ContactDetailRecord, ContactRecord, SettingRecord
from app.store.repositories import _Repository

_NAMESPACE_KEY = "contacts.vcard_uid_namespace"
_NAME_FIELDS = ("family", "given", "additional", "prefixes", "suffixes")


@dataclass(frozen=True, slots=True)
class ExportedPerson:
    contact_id: int
    card: CardDetails
    uid: str
    revised: datetime


class ContactImportRepository(_Repository):
    def import_cards(self, cards: Iterable[CardDetails]) -> list[int]:
        """Each card as a new person, all in one transaction; their ids, in order."""
        now = self._now()
        cards = list(cards)
        if not cards:
            return []
        contacts = [
            {
                "full_name": card.full_name.strip(),
                # The card's N, if it has one; never made up from the name shown.
                "given_name": _joined(card.name.given) if card.name is not None else "",
                "family_name": _joined(card.name.family) if card.name is not None else "",
                "organisation": card.organisation.strip(),
                "job_title": card.job_title.strip(),
                "email": card.email.strip(),
                "phone": card.phone.strip(),
                "address": card.address.strip(),
                "website": card.website.strip(),
                "notes": card.note,
                "created_at": now,
                "updated_at": now,
            }
            for card in cards
        ]
        with self._transaction() as session:
            # Inserted many rows per statement, with ids given here (SQLite would return them one
            # statement per row), so that thousands of cards import in seconds. A write transaction
            # begins IMMEDIATE, so no other writer can take these ids meanwhile.
            first = (session.scalar(select(func.max(ContactRecord.id))) or 0) + 1
            ids = list(range(first, first + len(contacts)))
            for contact_id, row in zip(ids, contacts, strict=True):
                row["id"] = contact_id
            session.execute(insert(ContactRecord.__table__), contacts)  # the table's: no ORM bookkeeping per row
            details = [
                {"contact_id": contact_id, "kind": kind, "label": label, "value": value, "position": position}
                for contact_id, card in zip(ids, cards, strict=True)
                for position, (kind, label, value) in enumerate(_details(card))
            ]
            if details:
                session.execute(insert(ContactDetailRecord.__table__), details)
        return ids

    def people_for_export(self) -> list[ExportedPerson]:
        """Everyone, as cards, in the order they were added."""
        with self._transaction() as session:
            namespace = _uid_namespace(session)
            records = session.scalars(select(ContactRecord).order_by(ContactRecord.id)).all()
            details: dict[int, list[ContactDetailRecord]] = defaultdict(list)
            rows = session.scalars(
                select(ContactDetailRecord).order_by(
                    ContactDetailRecord.contact_id, ContactDetailRecord.position, ContactDetailRecord.id
                )
            )
            for row in rows:
                details[row.contact_id].append(row)
            people = []
            for record in records:
                card = card_from_rows(record, details.get(record.id, []))
                uid = card.uid or f"urn:uuid:{uuid.uuid5(namespace, str(record.id))}"
                people.append(ExportedPerson(record.id, card, uid, record.updated_at))
            return people


def _details(card: CardDetails) -> list[tuple[str, str, str]]:
    rows = [("email", item.label, item.value.strip()) for item in card.emails if item.value.strip()]
    rows += [("phone", item.label, item.value.strip()) for item in card.phones if item.value.strip()]
    rows += [("url", "", value.strip()) for value in card.websites[1:] if value.strip()]
    if card.name is not None:
        rows.append(("name", "", json.dumps({key: list(getattr(card.name, key)) for key in _NAME_FIELDS})))
    if card.units:
        rows.append(("org_units", "", json.dumps(card.units)))
    if card.address_parts is not None:
        # Its fields one level deep (asdict copies each value deeply: a fifth of an import's time).
        parts = {item.name: getattr(card.address_parts, item.name) for item in fields(card.address_parts)}
        label = parts.pop("label")
        rows.append(("adr", label, json.dumps(parts)))
    if card.uid:
        rows.append(("uid", "", card.uid))
    return rows


def card_from_rows(record: ContactRecord, rows: Sequence[ContactDetailRecord]) -> CardDetails:
    """The person as a card: their contact row and their details."""
    by_kind: dict[str, list[ContactDetailRecord]] = defaultdict(list)
    for row in rows:
        by_kind[row.kind].append(row)
    card = CardDetails(
        full_name=record.full_name,
        organisation=record.organisation,
        job_title=record.job_title,
        emails=_labelled(record.email, by_kind["email"]),
        phones=_labelled(record.phone, by_kind["phone"]),
        address=record.address,
        websites=([record.website] if record.website else []) + [row.value for row in by_kind["url"]],
        note=record.notes,
    )
    try:
        if by_kind["name"]:
            stored = json.loads(by_kind["name"][0].value)
            card.name = StructuredName(**{key: tuple(stored.get(key, ())) for key in _NAME_FIELDS})
    except (ValueError, TypeError):  # a detail written by hand outside the app: the rest still exports
        pass
    card.name = _stored_name(record, card.name)
    try:
        if by_kind["org_units"]:
            card.units = [str(unit) for unit in json.loads(by_kind["org_units"][0].value)]
        if by_kind["adr"]:
            row = by_kind["adr"][0]
            card.address_parts = AddressParts(**json.loads(row.value), label=row.label)
    except (ValueError, TypeError):  # a detail written by hand outside the app: the rest still exports
        pass
    if by_kind["uid"]:
        card.uid = by_kind["uid"][0].value
    return card


def _joined(parts: Sequence[str]) -> str:
    return " ".join(" ".join(part.split()) for part in parts if part.strip())


def _stored_name(record: ContactRecord, card_name: StructuredName | None) -> StructuredName | None:
    """The N to export: the card's own (with its prefixes, middle names and suffixes) while the
    given and family names still say what it says; else the given and family names as stored;
    none when neither is known."""
    given, family = record.given_name.strip(), record.family_name.strip()
    if card_name is not None and (_joined(card_name.given), _joined(card_name.family)) == (given, family):
        return card_name
    if not given and not family:
        return None
    return StructuredName(family=(family,) if family else (), given=(given,) if given else ())


def _labelled(main: str, rows: list[ContactDetailRecord]) -> list[LabelledValue]:
    values = [LabelledValue(row.value, row.label) for row in rows]
    if values and values[0].value == main:
        return values
    return ([LabelledValue(main)] if main else []) + values


def _uid_namespace(session) -> uuid.UUID:
    setting = session.get(SettingRecord, _NAMESPACE_KEY)
    if setting is None:
        setting = SettingRecord(key=_NAMESPACE_KEY, value=str(uuid.uuid4()))
        session.add(setting)
    return uuid.UUID(setting.value)
