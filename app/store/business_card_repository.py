"""The business card: its details onto the contact and its extra details, and a picture of it.

Each public method is one short transaction and hands out core dataclasses only.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from app.core.clock import Clock
from app.core.entities import Contact
from app.core.errors import AttachmentError
from app.core.vcard import CardDetails, LabelledValue
from app.store.models import ContactDetailRecord, ContactRecord
from app.store.repositories import NotFound, _contact, _Repository

CARD_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".pdf"})
MAX_CARD_IMAGE_BYTES = 25 * 1024 * 1024
_CARD_DETAIL_KINDS = ("email", "phone", "url")


class BusinessCardRepository(_Repository):
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, attachments_dir: Path | None = None) -> None:
        super().__init__(sessions, clock)
        self._attachments_dir = attachments_dir

    def card(self, contact_id: int) -> CardDetails:
        with self._sessions() as session:
            record = self._contact_record(session, contact_id)
            details = session.scalars(
                select(ContactDetailRecord)
                .where(ContactDetailRecord.contact_id == contact_id)
                .order_by(ContactDetailRecord.kind, ContactDetailRecord.position, ContactDetailRecord.id)
            ).all()
            extra = {kind: [row for row in details if row.kind == kind] for kind in _CARD_DETAIL_KINDS}
            websites = [record.website] if record.website else []
            return CardDetails(
                full_name=record.full_name,
                organisation=record.organisation,
                job_title=record.job_title,
                emails=_labelled(record.email, extra["email"]),
                phones=_labelled(record.phone, extra["phone"]),
                address=record.address,
                websites=websites + [row.value for row in extra["url"]],
            )

    def save_card(self, contact_id: int, card: CardDetails) -> Contact:
        """Keep the card as typed. The first email, phone and website also go on the contact;
        every email and phone is kept with its label among its details. A card with no name
        (the name field emptied while typing) keeps the name already stored."""
        with self._transaction() as session:
            record = self._contact_record(session, contact_id)
            # What an imported vCard said beyond these fields (its N, its ORG units) no longer
            # describes a name or organisation typed since; an export then writes no stale N.
            outdated = [kind for kind, changed in _vcard_parts_of(record, card) if changed]
            if outdated:
                session.execute(
                    delete(ContactDetailRecord).where(
                        ContactDetailRecord.contact_id == contact_id, ContactDetailRecord.kind.in_(outdated)
                    )
                )
            if "name" in outdated:  # the given and family names were the old name's parts
                record.given_name = record.family_name = ""
            record.full_name = card.full_name.strip() or record.full_name
            record.organisation = card.organisation.strip()
            record.job_title = card.job_title.strip()
            record.email = card.email.strip()
            record.phone = card.phone.strip()
            record.address = card.address.strip()
            record.website = card.website.strip()
            record.updated_at = self._now()
            session.execute(
                delete(ContactDetailRecord).where(
                    ContactDetailRecord.contact_id == contact_id, ContactDetailRecord.kind.in_(_CARD_DETAIL_KINDS)
                )
            )
            # The first email and phone are stored again among the details, so that their labels
            # are kept too; ``_labelled`` knows them by matching the contact's own value.
            extras = [("email", item.value, item.label) for item in card.emails]
            extras += [("phone", item.value, item.label) for item in card.phones]
            extras += [("url", value, "") for value in card.websites[1:]]
            for position, (kind, value, label) in enumerate(extras):
                if value.strip():
                    session.add(
                        ContactDetailRecord(
                            contact_id=contact_id, kind=kind, value=value.strip(), label=label, position=position
                        )
                    )
            return _contact(record)

    def attach_card_image(self, contact_id: int, source: Path) -> Contact:
        """Copy a photo or scan of the card into the attachments folder and link it to the contact."""
        if self._attachments_dir is None:
            raise AttachmentError("There is no attachments folder to keep the card image in.")
        source = Path(source)
        if source.suffix.lower() not in CARD_IMAGE_SUFFIXES:
            raise AttachmentError(f"“{source.name}” is not an image or PDF file.")
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise AttachmentError(f"“{source.name}” cannot be read: {exc.strerror or exc}.") from exc
        if size > MAX_CARD_IMAGE_BYTES:
            raise AttachmentError(f"“{source.name}” is larger than 25 MB; please attach a smaller picture.")
        self._contact_get(contact_id)
        target = self._attachments_dir / f"card-{contact_id}-{uuid.uuid4().hex[:8]}{source.suffix.lower()}"
        try:
            self._attachments_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            target.chmod(0o600)  # private, like everything in the data folder
        except OSError as exc:
            raise AttachmentError(f"“{source.name}” could not be copied: {exc.strerror or exc}.") from exc
        try:
            with self._transaction() as session:
                record = self._contact_record(session, contact_id)
                previous = record.card_image_path
                record.card_image_path = target.name
                record.updated_at = self._now()
                contact = _contact(record)
        except Exception:
            target.unlink(missing_ok=True)
            raise
        if previous and previous != target.name:
            (self._attachments_dir / Path(previous).name).unlink(missing_ok=True)
        return contact

    def card_image_file(self, contact: Contact) -> Path | None:
        if not contact.card_image_path or self._attachments_dir is None:
            return None
        return self._attachments_dir / Path(contact.card_image_path).name

    def _contact_record(self, session: Session, contact_id: int) -> ContactRecord:
        record = session.get(ContactRecord, contact_id)
        if record is None:
            raise NotFound(f"contact {contact_id}")
        return record

    def _contact_get(self, contact_id: int) -> Contact:
        with self._sessions() as session:
            return _contact(self._contact_record(session, contact_id))


def _vcard_parts_of(record: ContactRecord, card: CardDetails) -> list[tuple[str, bool]]:
    """The vCard parts kept among the details (see app/store/contact_import.py), each with
    whether the card as typed changed what it belongs to."""
    return [
        ("name", bool(card.full_name.strip()) and card.full_name.strip() != record.full_name),
        ("org_units", card.organisation.strip() != record.organisation),
    ]


def _labelled(main: str, rows: list[ContactDetailRecord]) -> list[LabelledValue]:
    """The contact's own value first, then its other values, each with its label. Details
    written before labels were kept for the first value do not repeat the contact's value."""
    values = [LabelledValue(row.value, row.label) for row in rows]
    if values and values[0].value == main:
        return values
    return ([LabelledValue(main)] if main else []) + values
