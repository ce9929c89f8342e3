"""The wrap-up's storage: step states, referrals, the thank-you note, the
self-evaluation, takeaways, next steps, the Today view's nudges and the data of an export.

Each public method is one short transaction and hands out core dataclasses only.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.core.entities import (
    ActionItem,
    Contact,
    ContactSource,
    ContactStatus,
    InterviewStatus,
    PickedQuestion,
    TakeawayWeight,
    WrapUpState,
)
from app.core.interview_export import InterviewExport
from app.core.wrapup import (
    DRAFT_NEXT_STEP,
    DRAFT_REFERRAL_NAME,
    DRAFT_REFERRAL_REACH,
    DRAFT_TAKEAWAY,
    EvaluationAspect,
    EvaluationPoint,
    Referral,
    SelfEvaluation,
    Takeaway,
    ThankYouNote,
    ThankYouNudge,
    WrapUpProgress,
    WrapUpStep,
    WrapUpSubject,
    referral_follow_up_due,
    thank_you_nudge_due,
)
from app.store.interview_content import InterviewContentRepository
from app.store.models import (
    ActionItemRecord,
    ContactRecord,
    EvaluationScoreRecord,
    InterviewRecord,
    OccupationRecord,
    SelfEvaluationRecord,
    TakeawayRecord,
    ThankYouNoteRecord,
    WrapUpDraftRecord,
    WrapUpStepRecord,
)
from app.store.repositories import (
    ActionItemRepository,
    NotFound,
    _contact,
    _fill_contact,
    _interview,
    _Repository,
    from_db_time,
)


class WrapUpRepository(_Repository):
    """The wrap-up's steps and what they produce. Next steps and the interview's notes are
    kept by their own repositories; this one hands them on, so the wrap-up pages need only it."""

    def __init__(self, sessions, clock) -> None:
        super().__init__(sessions, clock)
        self._actions = ActionItemRepository(sessions, clock)
        self._content = InterviewContentRepository(sessions, clock)

    # ---- the interview and its steps ------------------------------------------------------

    def subject(self, interview_id: int) -> WrapUpSubject:
        with self._sessions() as session:
            interview = self._interview_record(session, interview_id)
            contact = session.get(ContactRecord, interview.contact_id)
            occupation = session.get(OccupationRecord, interview.occupation_id) if interview.occupation_id else None
            return WrapUpSubject(_interview(interview), _contact(contact), occupation.title if occupation else "")

    def finish_interview(self, interview_id: int) -> WrapUpProgress:
        """Mark the interview finished (keeping an end time already set) and begin its wrap-up."""
        with self._transaction() as session:
            record = self._interview_record(session, interview_id)
            now = self._now()
            record.status = InterviewStatus.FINISHED.value
            record.finished_at = record.finished_at or now
            record.updated_at = now
            contact = session.get(ContactRecord, record.contact_id)
            if contact is not None and contact.status != ContactStatus.INTERVIEWED.value:
                contact.status = ContactStatus.INTERVIEWED.value
                contact.updated_at = now
            return self._progress(session, interview_id)

    def progress(self, interview_id: int) -> WrapUpProgress:
        with self._sessions() as session:
            return self._progress(session, interview_id)

    def set_step(self, interview_id: int, step: WrapUpStep, state: WrapUpState) -> WrapUpProgress:
        with self._transaction() as session:
            self._interview_record(session, interview_id)
            record = session.get(WrapUpStepRecord, (interview_id, WrapUpStep(step).value))
            if record is None:
                record = WrapUpStepRecord(interview_id=interview_id, step=WrapUpStep(step).value)
                session.add(record)
            record.state = WrapUpState(state).value
            record.updated_at = self._now()
            session.flush()
            return self._progress(session, interview_id)

    def incomplete(self) -> list[WrapUpProgress]:
        """Finished interviews whose wrap-up still has steps neither done nor skipped."""
        with self._sessions() as session:
            ids = session.scalars(
                select(InterviewRecord.id)
                .where(InterviewRecord.status == InterviewStatus.FINISHED.value)
                .order_by(InterviewRecord.finished_at, InterviewRecord.id)
            ).all()
            states = self._states_for(session, ids)
        progress = [WrapUpProgress(interview_id, states.get(interview_id, {})) for interview_id in ids]
        return [item for item in progress if not item.is_complete]

    def nudges(self, now: datetime | None = None) -> list[ThankYouNudge]:
        """Thank-you notes not marked sent 24 hours after their interview ended, oldest first."""
        now = now or self._clock.now()
        statement = (
            select(InterviewRecord, ContactRecord.full_name, ThankYouNoteRecord.sent_on, WrapUpStepRecord.state)
            .join(ContactRecord, ContactRecord.id == InterviewRecord.contact_id)
            .outerjoin(ThankYouNoteRecord, ThankYouNoteRecord.interview_id == InterviewRecord.id)
            .outerjoin(
                WrapUpStepRecord,
                (WrapUpStepRecord.interview_id == InterviewRecord.id)
                & (WrapUpStepRecord.step == WrapUpStep.THANK_YOU_NOTE.value),
            )
            .where(InterviewRecord.status == InterviewStatus.FINISHED.value)
            .where(InterviewRecord.finished_at.is_not(None))
            .where(ThankYouNoteRecord.sent_on.is_(None))
            .order_by(InterviewRecord.finished_at, InterviewRecord.id)
        )
        found = []
        with self._sessions() as session:
            for record, name, sent_on, step_state in session.execute(statement):
                finished_at = from_db_time(record.finished_at)
                state = WrapUpState(step_state) if step_state else WrapUpState.PENDING
                if thank_you_nudge_due(finished_at, sent_on, now, state):
                    found.append(ThankYouNudge(record.id, record.contact_id, name, finished_at))
        return found

    # ---- referrals ------------------------------------------------------------------------

    def referrals(self, interview_id: int) -> list[Contact]:
        with self._sessions() as session:
            interview = self._interview_record(session, interview_id)
            rows = session.scalars(
                select(ContactRecord)
                .where(ContactRecord.referred_by_id == interview.contact_id)
                .order_by(ContactRecord.created_at, ContactRecord.id)
            )
            return [_contact(record) for record in rows]

    def add_referral(self, interview_id: int, referral: Referral, *, follow_up_title: str | None = None) -> Contact:
        """A new contact referred by the interviewee, for the same occupation; with ``follow_up_title``
        (in the person's words or language, from the UI) also a next step to contact them.

        Nothing generated is stored as the person's own words: how the name came is the link to
        the referrer (shown in words when read), and a "how to reach them" that is neither an email
        nor a phone number is kept as typed, in the notes."""
        name = referral.full_name.strip()
        if not name:
            raise ValueError("A referral needs a name.")
        with self._transaction() as session:
            interview = self._interview_record(session, interview_id)
            referrer = session.get(ContactRecord, interview.contact_id)
            email, phone, other = referral.split_reach()
            contact = Contact(
                full_name=name,
                source=ContactSource.REFERRAL,
                email=email,
                phone=phone,
                notes=other,
                occupation_id=interview.occupation_id,
                referred_by_id=referrer.id,
                may_use_referrer_name=referral.may_use_name,
            )
            now = self._now()
            record = ContactRecord(created_at=now, updated_at=now)
            _fill_contact(record, contact)
            session.add(record)
            session.flush()
            for box in (DRAFT_REFERRAL_NAME, DRAFT_REFERRAL_REACH):
                _keep_draft(session, interview_id, box, "", now)
            if follow_up_title:
                session.add(
                    ActionItemRecord(
                        title=follow_up_title,
                        kind="referral",
                        due_on=referral_follow_up_due(self._clock.today()),
                        interview_id=interview_id,
                        contact_id=record.id,
                        created_at=now,
                    )
                )
            return _contact(record)

    # ---- thank-you note -------------------------------------------------------------------

    def thank_you_note(self, interview_id: int) -> ThankYouNote | None:
        with self._sessions() as session:
            record = session.get(ThankYouNoteRecord, interview_id)
            return None if record is None else _note(record)

    def save_thank_you(
        self, interview_id: int, body: str, template: str = "", *, subject: str | None = None
    ) -> ThankYouNote:
        """Keep the note as typed; ``subject`` None leaves the stored subject as it is."""
        with self._transaction() as session:
            record = self._note_record(session, interview_id)
            record.body = body
            record.template = template
            if subject is not None:
                record.subject = subject
            return _note(record)

    # ---- text typed into an entry box but not added yet -----------------------------------

    def draft(self, interview_id: int, box: str) -> str:
        with self._sessions() as session:
            record = session.get(WrapUpDraftRecord, (interview_id, box))
            return "" if record is None else record.text

    def save_drafts(self, interview_id: int, texts: dict[str, str]) -> None:
        """Keep what is typed in the named entry boxes; an empty box keeps no row."""
        with self._transaction() as session:
            self._interview_record(session, interview_id)
            for box, text in texts.items():
                _keep_draft(session, interview_id, box, text, self._now())

    def mark_thank_you_sent(self, interview_id: int, sent_on: date | None) -> ThankYouNote:
        with self._transaction() as session:
            record = self._note_record(session, interview_id)
            record.sent_on = sent_on
            return _note(record)

    # ---- self-evaluation ------------------------------------------------------------------

    def evaluation(self, interview_id: int) -> SelfEvaluation | None:
        with self._sessions() as session:
            record = session.get(SelfEvaluationRecord, interview_id)
            if record is None:
                return None
            scores = session.scalars(
                select(EvaluationScoreRecord).where(EvaluationScoreRecord.interview_id == interview_id)
            )
            return SelfEvaluation(
                interview_id,
                {EvaluationAspect(row.aspect): row.score for row in scores if row.aspect in _ASPECTS},
                record.reflection,
            )

    def save_evaluation(self, evaluation: SelfEvaluation) -> SelfEvaluation:
        with self._transaction() as session:
            self._interview_record(session, evaluation.interview_id)
            record = session.get(SelfEvaluationRecord, evaluation.interview_id)
            if record is None:
                record = SelfEvaluationRecord(interview_id=evaluation.interview_id)
                session.add(record)
            record.reflection = evaluation.reflection
            record.updated_at = self._now()
            session.flush()
            session.execute(
                delete(EvaluationScoreRecord).where(EvaluationScoreRecord.interview_id == evaluation.interview_id)
            )
            for aspect, score in evaluation.scores.items():
                session.add(
                    EvaluationScoreRecord(interview_id=evaluation.interview_id, aspect=aspect.value, score=score)
                )
            return evaluation

    def evaluation_history(self) -> list[EvaluationPoint]:
        """Every rated interview, earliest first: the chart's data."""
        when = func.coalesce(InterviewRecord.started_at, InterviewRecord.finished_at, InterviewRecord.scheduled_at)
        statement = (
            select(InterviewRecord.id, when, ContactRecord.full_name)
            .join(SelfEvaluationRecord, SelfEvaluationRecord.interview_id == InterviewRecord.id)
            .join(ContactRecord, ContactRecord.id == InterviewRecord.contact_id)
            .order_by(when.is_(None), when, InterviewRecord.id)
        )
        with self._sessions() as session:
            rows = session.execute(statement).all()
            scores: dict[int, dict[EvaluationAspect, int]] = {row[0]: {} for row in rows}
            for score in session.scalars(
                select(EvaluationScoreRecord).where(EvaluationScoreRecord.interview_id.in_(list(scores)))
            ):
                if score.aspect in _ASPECTS:
                    scores[score.interview_id][EvaluationAspect(score.aspect)] = score.score
            return [
                EvaluationPoint(interview_id, from_db_time(moment), name, scores[interview_id])
                for interview_id, moment, name in rows
                if scores[interview_id]
            ]

    # ---- takeaways ------------------------------------------------------------------------

    def takeaways(self, interview_id: int) -> list[Takeaway]:
        with self._sessions() as session:
            return [_takeaway(record) for record in session.scalars(_takeaways_of(interview_id))]

    def add_takeaway(self, takeaway: Takeaway) -> Takeaway:
        if not takeaway.text.strip():
            raise ValueError("A takeaway needs some words.")
        with self._transaction() as session:
            self._interview_record(session, takeaway.interview_id)
            last = session.scalar(
                select(func.max(TakeawayRecord.position)).where(TakeawayRecord.interview_id == takeaway.interview_id)
            )
            record = TakeawayRecord(
                interview_id=takeaway.interview_id,
                text=takeaway.text.strip(),
                weight=TakeawayWeight(takeaway.weight).value,
                position=(last if last is not None else -1) + 1,
            )
            session.add(record)
            _keep_draft(session, takeaway.interview_id, DRAFT_TAKEAWAY, "", self._now())
            session.flush()
            return _takeaway(record)

    def update_takeaway(self, takeaway: Takeaway) -> Takeaway:
        with self._transaction() as session:
            record = session.get(TakeawayRecord, takeaway.id)
            if record is None:
                raise NotFound(f"takeaway {takeaway.id}")
            record.text = takeaway.text.strip() or record.text
            record.weight = TakeawayWeight(takeaway.weight).value
            return _takeaway(record)

    def remove_takeaway(self, takeaway_id: int) -> None:
        with self._transaction() as session:
            record = session.get(TakeawayRecord, takeaway_id)
            if record is not None:
                session.delete(record)

    # ---- next steps -----------------------------------------------------------------------

    def actions(self, interview_id: int) -> list[ActionItem]:
        return self._actions.for_interview(interview_id)

    def add_action(self, item: ActionItem) -> ActionItem:
        added = self._actions.add(item)
        if item.interview_id is not None:
            self.save_drafts(item.interview_id, {DRAFT_NEXT_STEP: ""})
        return added

    def set_action_done(self, item_id: int, done: bool) -> ActionItem:
        return self._actions.set_done(item_id, done)

    def remove_action(self, item_id: int) -> None:
        self._actions.remove(item_id)

    # ---- what was said (written by the interview screens, read here) ----------------------

    def notes(self, interview_id: int) -> str:
        return self._content.notes(interview_id)

    def questions(self, interview_id: int) -> list[PickedQuestion]:
        return self._content.picked_questions(interview_id)

    def export_data(self, interview_id: int) -> InterviewExport:
        subject = self.subject(interview_id)
        return InterviewExport(
            interview=subject.interview,
            contact=subject.contact,
            occupation_title=subject.occupation_title,
            questions=self.questions(interview_id),
            notes=self.notes(interview_id),
            takeaways=self.takeaways(interview_id),
            actions=self.actions(interview_id),
            thank_you=self.thank_you_note(interview_id),
            referrals=self.referrals(interview_id),
            evaluation=self.evaluation(interview_id),
            progress=self.progress(interview_id),
        )

    # ---- helpers --------------------------------------------------------------------------

    def _interview_record(self, session: Session, interview_id: int) -> InterviewRecord:
        record = session.get(InterviewRecord, interview_id)
        if record is None:
            raise NotFound(f"interview {interview_id}")
        return record

    def _note_record(self, session: Session, interview_id: int) -> ThankYouNoteRecord:
        self._interview_record(session, interview_id)
        record = session.get(ThankYouNoteRecord, interview_id)
        if record is None:
            record = ThankYouNoteRecord(interview_id=interview_id)
            session.add(record)
        record.updated_at = self._now()
        return record

    def _progress(self, session: Session, interview_id: int) -> WrapUpProgress:
        return WrapUpProgress(interview_id, self._states_for(session, [interview_id]).get(interview_id, {}))

    @staticmethod
    def _states_for(session: Session, interview_ids) -> dict[int, dict[WrapUpStep, WrapUpState]]:
        found: dict[int, dict[WrapUpStep, WrapUpState]] = {}
        if not interview_ids:
            return found
        rows = session.scalars(select(WrapUpStepRecord).where(WrapUpStepRecord.interview_id.in_(list(interview_ids))))
        for row in rows:
            if row.step in _STEPS:
                found.setdefault(row.interview_id, {})[WrapUpStep(row.step)] = WrapUpState(row.state)
        return found


_STEPS = frozenset(step.value for step in WrapUpStep)
_ASPECTS = frozenset(aspect.value for aspect in EvaluationAspect)


def _note(record: ThankYouNoteRecord) -> ThankYouNote:
    return ThankYouNote(
        record.interview_id, record.body or "", record.template or "", record.sent_on, record.subject or ""
    )


def _keep_draft(session: Session, interview_id: int, box: str, text: str, now: datetime) -> None:
    record = session.get(WrapUpDraftRecord, (interview_id, box))
    if not text:
        if record is not None:
            session.delete(record)
        return
    if record is None:
        record = WrapUpDraftRecord(interview_id=interview_id, box=box)
        session.add(record)
    record.text = text
    record.updated_at = now


def _takeaways_of(interview_id: int):
    return (
        select(TakeawayRecord)
        .where(TakeawayRecord.interview_id == interview_id)
        .order_by(TakeawayRecord.position, TakeawayRecord.id)
    )


def _takeaway(record: TakeawayRecord) -> Takeaway:
    return Takeaway(record.interview_id, record.text, TakeawayWeight(record.weight), record.position, record.id)
