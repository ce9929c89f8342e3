"""Follow-up suggestions: what the rules need from the store, and the person's snoozes and dismissals.

The rules live in ``app.core.follow_up``; this repository gathers their inputs (people marked
contacted who still wait for a reply, with their latest unanswered ask; planned interviews coming
up; the decisions taken) in one transaction, and records a snooze or a dismissal. Dismissed
suggestions are kept: they are the history.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.core.entities import ContactStatus, InterviewStatus
from app.core.follow_up import (
    Decision,
    DecisionKind,
    FollowUpSettings,
    LastOutreach,
    Suggestion,
    SuggestionKey,
    SuggestionKind,
    UpcomingInterview,
    suggestions,
    waiting_since,
)
from app.core.pipeline import Interaction
from app.store.models import (
    ContactRecord,
    InterviewRecord,
    OccupationRecord,
    OutreachAttemptRecord,
    SuggestionDecisionRecord,
)
from app.store.outreach_repository import _interaction
from app.store.repositories import _Repository, from_db_time, to_db_time

# Interviews further ahead than this cannot be "tomorrow" in any zone.
CONFIRM_LOOKAHEAD = timedelta(days=3)


def _decision(record: SuggestionDecisionRecord) -> Decision:
    return Decision(
        key=SuggestionKey(SuggestionKind(record.kind), record.subject_id, record.due_on),
        kind=DecisionKind(record.decision),
        until=record.until,
        decided_at=from_db_time(record.decided_at),
    )


class SuggestionRepository(_Repository):
    def inputs(self) -> tuple[list[LastOutreach], list[UpcomingInterview], list[Decision]]:
        """What the follow-up rules are computed from, read in one transaction."""
        with self._transaction() as session:
            return self._read_inputs(session)

    def _read_inputs(self, session) -> tuple[list[LastOutreach], list[UpcomingInterview], list[Decision]]:
        people = session.execute(
            select(ContactRecord.id, ContactRecord.full_name, ContactRecord.occupation_id, OccupationRecord.title)
            .outerjoin(OccupationRecord, OccupationRecord.id == ContactRecord.occupation_id)
            .where(ContactRecord.status == ContactStatus.CONTACTED.value)
            .order_by(ContactRecord.id)
        ).all()
        logs: dict[int, list[Interaction]] = defaultdict(list)
        attempts = session.scalars(
            select(OutreachAttemptRecord)
            .join(ContactRecord, ContactRecord.id == OutreachAttemptRecord.contact_id)
            .where(ContactRecord.status == ContactStatus.CONTACTED.value)
        )
        for record in attempts:
            logs[record.contact_id].append(_interaction(record))
        outreach = []
        for contact_id, name, occupation_id, title in people:
            since = waiting_since(logs.get(contact_id, ()))
            if since is not None:
                outreach.append(LastOutreach(contact_id, name, occupation_id, title or "", since))
        now = self._clock.now()
        rows = session.execute(
            select(
                InterviewRecord.id, InterviewRecord.contact_id, ContactRecord.full_name, InterviewRecord.scheduled_at
            )
            .join(ContactRecord, ContactRecord.id == InterviewRecord.contact_id)
            .where(
                InterviewRecord.status == InterviewStatus.PLANNED.value,
                InterviewRecord.scheduled_at > to_db_time(now),
                InterviewRecord.scheduled_at <= to_db_time(now + CONFIRM_LOOKAHEAD),
            )
            .order_by(InterviewRecord.scheduled_at, InterviewRecord.id)
        )
        interviews = [
            UpcomingInterview(interview_id, contact_id, name, from_db_time(at))
            for interview_id, contact_id, name, at in rows
        ]
        decisions = [_decision(r) for r in session.scalars(select(SuggestionDecisionRecord))]
        return outreach, interviews, decisions

    def due(self, settings: FollowUpSettings) -> list[Suggestion]:
        """The suggestions due today in the person's zone, less the snoozed and the dismissed."""
        outreach, interviews, decisions = self.inputs()
        return suggestions(outreach, interviews, decisions, self._clock.today(), self._clock.local_zone(), settings)

    def snooze(self, key: SuggestionKey, until: date) -> Decision:
        """Hide the suggestion until ``until`` (it shows again that day)."""
        return self._decide(key, DecisionKind.SNOOZED, until)

    def dismiss(self, key: SuggestionKey) -> Decision:
        """Hide the suggestion for good; it stays in the history."""
        return self._decide(key, DecisionKind.DISMISSED, None)

    def dismissed(self) -> list[Decision]:
        """Dismissed suggestions, the most recently dismissed first."""
        with self._transaction() as session:
            records = session.scalars(
                select(SuggestionDecisionRecord)
                .where(SuggestionDecisionRecord.decision == DecisionKind.DISMISSED.value)
                .order_by(SuggestionDecisionRecord.decided_at.desc(), SuggestionDecisionRecord.id.desc())
            )
            return [_decision(record) for record in records]

    def _decide(self, key: SuggestionKey, kind: DecisionKind, until: date | None) -> Decision:
        decided_at: datetime = self._now()
        with self._transaction() as session:
            record = session.scalar(
                select(SuggestionDecisionRecord).where(
                    SuggestionDecisionRecord.kind == key.kind.value,
                    SuggestionDecisionRecord.subject_id == key.subject_id,
                    SuggestionDecisionRecord.due_on == key.due_on,
                )
            )
            if record is None:
                record = SuggestionDecisionRecord(kind=key.kind.value, subject_id=key.subject_id, due_on=key.due_on)
                session.add(record)
            record.decision = kind.value
            record.until = until
            record.decided_at = decided_at
            session.flush()
            return _decision(record)
