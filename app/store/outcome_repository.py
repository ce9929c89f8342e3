"""The end of the search: the job outcome, and who has been told about it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.core.entities import InterviewStatus
from app.core.outcome import JobOutcome, OutcomeRecipient, draft_outcome_update, outcome_recipients
from app.store.models import ContactRecord, InterviewRecord, JobOutcomeRecord, OutcomeUpdateRecord
from app.store.repositories import NotFound, _contact, _Repository, from_db_time


def _outcome(record: JobOutcomeRecord) -> JobOutcome:
    return JobOutcome(
        id=record.id,
        employer=record.employer,
        role=record.role,
        started_on=record.started_on,
        recorded_at=from_db_time(record.recorded_at),
    )


class OutcomeRepository(_Repository):
    def record(self, outcome: JobOutcome) -> JobOutcome:
        if not outcome.employer.strip():
            raise ValueError("Say who hired you.")
        with self._transaction() as session:
            record = session.get(JobOutcomeRecord, outcome.id) if outcome.id is not None else None
            if record is None:
                record = JobOutcomeRecord(recorded_at=self._now())
                session.add(record)
            record.employer = outcome.employer.strip()
            record.role = outcome.role.strip()
            record.started_on = outcome.started_on
            session.flush()
            return _outcome(record)

    def latest(self) -> JobOutcome | None:
        with self._sessions() as session:
            record = session.scalars(
                select(JobOutcomeRecord).order_by(JobOutcomeRecord.recorded_at.desc(), JobOutcomeRecord.id.desc())
            ).first()
            return None if record is None else _outcome(record)

    def recipients(self, outcome: JobOutcome, template: str, signature: str = "") -> list[OutcomeRecipient]:
        """Everyone interviewed and their referrers, each with a saved or freshly drafted note."""
        if outcome.id is None:
            raise ValueError("record the outcome before listing whom to tell")
        with self._sessions() as session:
            interviewed_ids = set(
                session.scalars(
                    select(InterviewRecord.contact_id).where(InterviewRecord.status == InterviewStatus.FINISHED.value)
                )
            )
            interviewed = [
                _contact(record)
                for record in session.scalars(select(ContactRecord).where(ContactRecord.id.in_(interviewed_ids)))
            ]
            referrer_ids = {contact.referred_by_id for contact in interviewed if contact.referred_by_id is not None}
            referrers = {
                record.id: _contact(record)
                for record in session.scalars(select(ContactRecord).where(ContactRecord.id.in_(referrer_ids)))
            }
            saved = {
                record.contact_id: record
                for record in session.scalars(
                    select(OutcomeUpdateRecord).where(OutcomeUpdateRecord.outcome_id == outcome.id)
                )
            }
            people = outcome_recipients(interviewed, referrers)
            for person in people:
                subject, body = draft_outcome_update(template, person, outcome, signature)
                person.subject = subject
                person.body = body
                stored = saved.get(person.contact_id)
                if stored is not None:
                    person.told_on = stored.told_on
                    if stored.body.strip():
                        person.body = stored.body
                        person.saved = True
            return people

    def save_update(self, outcome_id: int, contact_id: int, body: str) -> None:
        with self._transaction() as session:
            self._update_record(session, outcome_id, contact_id).body = body

    def mark_told(self, outcome_id: int, contact_id: int, told_on: date | None) -> None:
        with self._transaction() as session:
            self._update_record(session, outcome_id, contact_id).told_on = told_on

    @staticmethod
    def _update_record(session, outcome_id: int, contact_id: int) -> OutcomeUpdateRecord:
        if session.get(JobOutcomeRecord, outcome_id) is None:
            raise NotFound(f"outcome {outcome_id}")
        if session.get(ContactRecord, contact_id) is None:
            raise NotFound(f"contact {contact_id}")
        record = session.scalars(
            select(OutcomeUpdateRecord).where(
                OutcomeUpdateRecord.outcome_id == outcome_id, OutcomeUpdateRecord.contact_id == contact_id
            )
        ).first()
        if record is None:
            record = OutcomeUpdateRecord(outcome_id=outcome_id, contact_id=contact_id)
            session.add(record)
        return record
