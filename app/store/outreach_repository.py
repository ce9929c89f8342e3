"""Outreach: each person's interaction log, their edited call script and email, and the referral chain.

Logging a try writes the entry and moves the person's status (``app.core.pipeline``) in one
transaction. A draft is stored only once the person has edited it; until then the UI shows the
generated text, and starting again from the template removes the stored one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.entities import ContactStatus
from app.core.errors import NotFound
from app.core.outreach import DraftKind, OutreachSubject
from app.core.pipeline import (
    Channel,
    Interaction,
    Outcome,
    PersonLink,
    ReferralChain,
    ReferralNode,
    channel_from_stored,
    outcome_from_stored,
    status_after_interaction,
)
from app.store.models import ContactRecord, OccupationRecord, OutreachAttemptRecord, OutreachDraftRecord
from app.store.repositories import _contact, _Repository, from_db_time, to_db_time

# A chain longer than this is a loop someone made by hand (A referred by B referred by A).
MAX_CHAIN = 1000


def _interaction(record: OutreachAttemptRecord) -> Interaction:
    return Interaction(
        id=record.id,
        contact_id=record.contact_id,
        at=from_db_time(record.attempted_at),
        channel=channel_from_stored(record.channel),
        outcome=outcome_from_stored(record.outcome),
        note=record.note,
    )


def _link(record: ContactRecord) -> PersonLink:
    return PersonLink(record.id, record.full_name, ContactStatus(record.status))


class OutreachRepository(_Repository):
    # ---- the interaction log ----------------------------------------------------------------

    def log(
        self,
        contact_id: int,
        channel: Channel,
        outcome: Outcome,
        note: str = "",
        at: datetime | None = None,
    ) -> Interaction:
        """Add a try to the person's log (``at``: now, from the clock) and move their status."""
        with self._transaction() as session:
            contact = self._contact_record(session, contact_id)
            record = OutreachAttemptRecord(
                contact_id=contact_id,
                attempted_at=to_db_time(at or self._clock.now()),
                channel=Channel(channel).value,
                outcome=Outcome(outcome).value,
                note=note,
            )
            session.add(record)
            self._move_status(contact, outcome)
            session.flush()
            return _interaction(record)

    def update(self, interaction: Interaction) -> Interaction:
        """Change an entry; a new outcome moves the person's status as logging it would have."""
        with self._transaction() as session:
            record = session.get(OutreachAttemptRecord, interaction.id)
            if record is None:
                raise NotFound(f"interaction {interaction.id}")
            outcome_changed = record.outcome != Outcome(interaction.outcome).value
            record.attempted_at = to_db_time(interaction.at)
            record.channel = Channel(interaction.channel).value
            record.outcome = Outcome(interaction.outcome).value
            record.note = interaction.note
            if outcome_changed:
                self._move_status(self._contact_record(session, record.contact_id), interaction.outcome)
            session.flush()
            return _interaction(record)

    def remove(self, interaction_id: int) -> None:
        """Remove an entry from the log; the person's status stays as it is."""
        with self._transaction() as session:
            session.execute(delete(OutreachAttemptRecord).where(OutreachAttemptRecord.id == interaction_id))

    def interactions(self, contact_id: int) -> list[Interaction]:
        """The person's log, newest first."""
        with self._transaction() as session:
            return self._interactions(session, contact_id)

    @staticmethod
    def _interactions(session: Session, contact_id: int) -> list[Interaction]:
        records = session.scalars(
            select(OutreachAttemptRecord)
            .where(OutreachAttemptRecord.contact_id == contact_id)
            .order_by(OutreachAttemptRecord.attempted_at.desc(), OutreachAttemptRecord.id.desc())
        )
        return [_interaction(record) for record in records]

    @staticmethod
    def _move_status(contact: ContactRecord, outcome: Outcome) -> None:
        status = status_after_interaction(ContactStatus(contact.status), Outcome(outcome))
        if status.value != contact.status:
            contact.status = status.value

    @staticmethod
    def _contact_record(session: Session, contact_id: int) -> ContactRecord:
        record = session.get(ContactRecord, contact_id)
        if record is None:
            raise NotFound(f"contact {contact_id}")
        return record

    def set_may_use_referrer_name(self, contact_id: int, allowed: bool | None) -> None:
        """Record the referrer's answer to "may I use your name?" (None: not asked)."""
        with self._transaction() as session:
            record = self._contact_record(session, contact_id)
            if record.may_use_referrer_name is not allowed:
                record.may_use_referrer_name = allowed

    # ---- drafts -----------------------------------------------------------------------------

    def drafts(self, contact_id: int) -> dict[DraftKind, str]:
        """The texts the person edited for this prospect (a kind not edited is absent)."""
        with self._transaction() as session:
            return self._drafts(session, contact_id)

    @staticmethod
    def _drafts(session: Session, contact_id: int) -> dict[DraftKind, str]:
        records = session.scalars(select(OutreachDraftRecord).where(OutreachDraftRecord.contact_id == contact_id))
        found: dict[DraftKind, str] = {}
        for record in records:
            try:
                found[DraftKind(record.kind)] = record.body
            except ValueError:
                continue  # a kind this version does not know is kept, not shown
        return found

    def save_drafts(self, contact_id: int, bodies: Mapping[DraftKind, str]) -> None:
        """Keep the edited texts (one transaction for all of them)."""
        now = self._now()
        with self._transaction() as session:
            if session.get(ContactRecord, contact_id) is None:
                return  # the person was removed while the text was on its way: nothing to keep it with
            for kind, body in bodies.items():
                key = (contact_id, DraftKind(kind).value)
                record = session.get(OutreachDraftRecord, key)
                if record is None:
                    session.add(OutreachDraftRecord(contact_id=contact_id, kind=key[1], body=body, updated_at=now))
                elif record.body != body:
                    record.body = body
                    record.updated_at = now

    def reset_drafts(self, contact_id: int, kinds: tuple[DraftKind, ...] = tuple(DraftKind)) -> None:
        """Forget the edited texts of ``kinds``: the generated ones show again."""
        with self._transaction() as session:
            session.execute(
                delete(OutreachDraftRecord).where(
                    OutreachDraftRecord.contact_id == contact_id,
                    OutreachDraftRecord.kind.in_([DraftKind(kind).value for kind in kinds]),
                )
            )

    # ---- all of it, for the outreach tab ----------------------------------------------------

    def subject(self, contact_id: int) -> OutreachSubject:
        """The person, their referrer's name, their occupation, drafts and log, read together."""
        with self._transaction() as session:
            record = self._contact_record(session, contact_id)
            referrer = session.get(ContactRecord, record.referred_by_id) if record.referred_by_id else None
            occupation = session.get(OccupationRecord, record.occupation_id) if record.occupation_id else None
            return OutreachSubject(
                contact=_contact(record),
                referrer_name=referrer.full_name if referrer is not None else "",
                occupation_title=occupation.title if occupation is not None else "",
                drafts=self._drafts(session, contact_id),
                interactions=self._interactions(session, contact_id),
            )

    # ---- the referral chain -----------------------------------------------------------------

    def referral_chain(self, contact_id: int) -> ReferralChain:
        """Who referred this person, up to the first one, and whom their name led to, as a tree."""
        with self._transaction() as session:
            person = self._contact_record(session, contact_id)
            seen = {person.id}
            up: list[PersonLink] = []
            referrer_id = person.referred_by_id
            while referrer_id is not None and referrer_id not in seen and len(up) < MAX_CHAIN:
                referrer = session.get(ContactRecord, referrer_id)
                if referrer is None:
                    break
                seen.add(referrer.id)
                up.append(_link(referrer))
                referrer_id = referrer.referred_by_id
            up.reverse()
            root = ReferralNode(_link(person))
            nodes = {person.id: root}
            frontier = [person.id]
            while frontier:
                children = session.execute(
                    select(
                        ContactRecord.id, ContactRecord.full_name, ContactRecord.status, ContactRecord.referred_by_id
                    )
                    .where(ContactRecord.referred_by_id.in_(frontier))
                    .order_by(ContactRecord.full_name, ContactRecord.id)
                )
                frontier = []
                for child_id, name, status, referrer_id in children:
                    if child_id in nodes or child_id in seen:
                        continue  # a loop: each person appears once
                    node = ReferralNode(PersonLink(child_id, name, ContactStatus(status)))
                    nodes[referrer_id].referred.append(node)
                    nodes[child_id] = node
                    frontier.append(child_id)
            return ReferralChain(up, root)
