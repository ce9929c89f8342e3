"""The SQLite schema as SQLAlchemy 2.0 typed records.

This module describes the whole product, not only what today's screens use: occupations,
prospects and how their names were found, interviews with their countdown, the question bank,
picked questions and answers, notes, the wrap-up steps and what they produce, action items,
self-evaluations and the job outcome. Records never leave ``app.store``; repositories turn them
into ``app.core.entities`` dataclasses.

Text columns that a person fills in default to '' rather than NULL, so that "empty" has one
spelling. Datetimes are stored as naive UTC; repositories add and strip the zone.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.core.calendar_file import new_event_uid

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="", server_default="")


class OccupationRecord(Base):
    __tablename__ = "occupations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    notes: Mapped[str] = _text()
    target_interviews: Mapped[int] = mapped_column(Integer, nullable=False, default=3, server_default="3")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class ContactRecord(Base):
    """A prospect or interviewee, with how the user came by the name."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    given_name: Mapped[str] = _text()  # the N's given part(s), as a card holds them
    family_name: Mapped[str] = _text()  # the N's family part(s)
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="other", server_default="other")
    how_got_name: Mapped[str] = _text()
    organisation: Mapped[str] = _text()
    job_title: Mapped[str] = _text()
    email: Mapped[str] = _text()
    phone: Mapped[str] = _text()
    address: Mapped[str] = _text()
    website: Mapped[str] = _text()
    notes: Mapped[str] = _text()
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="prospect", server_default="prospect")
    # The first of the person's occupations (contact_occupations lists them all; the store keeps both in step).
    occupation_id: Mapped[int | None] = mapped_column(ForeignKey("occupations.id", ondelete="SET NULL"), index=True)
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    may_use_referrer_name: Mapped[bool | None] = mapped_column(Boolean)
    card_image_path: Mapped[str] = _text()
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # Every occupation of the person, in order; written with the contact in its unit of work.
    occupation_links: Mapped[list[ContactOccupationRecord]] = relationship(
        order_by="ContactOccupationRecord.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class ContactDetailRecord(Base):
    """Further ways to reach a contact beyond the main email and phone (vCards carry several)."""

    __tablename__ = "contact_details"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # email, phone, url, address
    label: Mapped[str] = _text()  # work, home, cell...
    value: Mapped[str] = mapped_column(Text, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class ContactOccupationRecord(Base):
    """Every occupation a person can tell the user about, in the order the user gave them."""

    __tablename__ = "contact_occupations"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    occupation_id: Mapped[int] = mapped_column(
        ForeignKey("occupations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class OutreachDraftRecord(Base):
    """The phone script or email draft the user edited for one prospect (kind: phone_script,
    email_subject, email_body)."""

    __tablename__ = "outreach_drafts"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    body: Mapped[str] = _text()
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class OutreachAttemptRecord(Base):
    """One call or message asking for 20 minutes, and how it went."""

    __tablename__ = "outreach_attempts"
    # Each person's latest interaction, read for every person of the People list at once.
    __table_args__ = (Index("ix_outreach_attempts_latest", "contact_id", "attempted_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True)
    attempted_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False, default="phone", server_default="phone")
    outcome: Mapped[str] = mapped_column(String(20), nullable=False, default="", server_default="")
    note: Mapped[str] = _text()


class InterviewRecord(Base):
    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="RESTRICT"), nullable=False, index=True)
    occupation_id: Mapped[int | None] = mapped_column(ForeignKey("occupations.id", ondelete="SET NULL"), index=True)
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    planned_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=20, server_default="20")
    reserve_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=5, server_default="5")
    location: Mapped[str] = _text()
    video_link: Mapped[str] = _text()
    # The interview's calendar event: one uid for good, a sequence that rises on each reschedule.
    calendar_uid: Mapped[str] = mapped_column(Text, nullable=False, default=new_event_uid, server_default="")
    calendar_sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default="planned", server_default="planned", index=True
    )
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    countdown_state: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class InterviewNotesRecord(Base):
    """The free-form notes of one interview, kept apart so lists of interviews stay light."""

    __tablename__ = "interview_notes"

    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    body: Mapped[str] = _text()
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class InterviewNoteChunkRecord(Base):
    """The notes of one interview again, cut into chunks of a few kilobytes (``app.core.note_chunks``)
    for the search index: a save rewrites, and the index re-reads, only the chunks that changed.

    ``interview_notes.body`` stays the whole text, the one that is read back. Triggers of
    migration 0006 keep the two in step: a write to the body that the chunks do not spell
    (one not made through the repository) makes the whole body one chunk."""

    __tablename__ = "interview_note_chunks"
    __table_args__ = (Index("ix_interview_note_chunks_order", "interview_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview_notes.interview_id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)


class QuestionRecord(Base):
    """A question of the bank: a built-in one (with its key from the bank file) or the user's own."""

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    builtin_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = _text()
    tiara: Mapped[str] = mapped_column(String(12), nullable=False, default="insights", server_default="insights")
    minutes: Mapped[float] = mapped_column(Float, nullable=False, default=2.0, server_default="2")
    is_custom: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default="1")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class InterviewQuestionRecord(Base):
    """A question picked for an interview, in order, with what was answered.

    The text is copied when picked, so editing the bank later never rewrites past interviews.
    """

    __tablename__ = "interview_questions"
    __table_args__ = (Index("ix_interview_questions_order", "interview_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False)
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = _text()
    tiara: Mapped[str] = mapped_column(String(12), nullable=False, default="insights", server_default="insights")
    minutes: Mapped[float] = mapped_column(Float, nullable=False, default=2.0, server_default="2")
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default="pending", server_default="pending")
    answer: Mapped[str] = _text()
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class QuestionSetRecord(Base):
    """A named, reusable choice of questions, optionally for one occupation."""

    __tablename__ = "question_sets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    occupation_id: Mapped[int | None] = mapped_column(ForeignKey("occupations.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class QuestionSetItemRecord(Base):
    __tablename__ = "question_set_items"
    __table_args__ = (Index("ix_question_set_items_order", "set_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"), nullable=False)
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = _text()
    tiara: Mapped[str] = mapped_column(String(12), nullable=False, default="insights", server_default="insights")
    minutes: Mapped[float] = mapped_column(Float, nullable=False, default=2.0, server_default="2")
    position: Mapped[int] = mapped_column(Integer, nullable=False)


class ActionItemRecord(Base):
    """A follow-up with an optional due date: research X, contact referral Y, send thanks."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interviews.id", ondelete="SET NULL"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="other", server_default="other")
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class WrapUpStepRecord(Base):
    """Where one wrap-up step of one interview stands: pending, done, skipped or later."""

    __tablename__ = "wrapup_steps"

    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    step: Mapped[str] = mapped_column(String(30), primary_key=True)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default="pending", server_default="pending")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class ThankYouNoteRecord(Base):
    __tablename__ = "thank_you_notes"

    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    template: Mapped[str] = _text()
    subject: Mapped[str] = _text()
    body: Mapped[str] = _text()
    sent_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class WrapUpDraftRecord(Base):
    """Text typed into one of the wrap-up's entry boxes (a takeaway, a next step...) but not yet
    added, so that it survives a crash and is there again when the step is reopened."""

    __tablename__ = "wrapup_drafts"

    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    box: Mapped[str] = mapped_column(String(30), primary_key=True)
    text: Mapped[str] = _text()
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class ChecklistMarkRecord(Base):
    """One item of an interview's preparation checklist: ticked or not, and the person's notes.

    Kept by item key (``app.core.checklist``), so rewording the checklist keeps what was ticked."""

    __tablename__ = "interview_checklist"

    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    item_key: Mapped[str] = mapped_column(String(60), primary_key=True)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    notes: Mapped[str] = _text()
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class SelfEvaluationRecord(Base):
    """How the user judged their own interview; the scores per aspect are in evaluation_scores."""

    __tablename__ = "self_evaluations"

    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True)
    reflection: Mapped[str] = _text()
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class EvaluationScoreRecord(Base):
    """One 1–5 score on one aspect (kept to time, asked good questions, ...)."""

    __tablename__ = "evaluation_scores"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("self_evaluations.interview_id", ondelete="CASCADE"), primary_key=True
    )
    aspect: Mapped[str] = mapped_column(String(40), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, nullable=False)


class TakeawayRecord(Base):
    __tablename__ = "takeaways"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False, index=True
    )
    text: Mapped[str] = mapped_column(Text, nullable=False)
    weight: Mapped[str] = mapped_column(String(10), nullable=False, default="trust", server_default="trust")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class JobOutcomeRecord(Base):
    """The end of the search: who hired the user, as what, from when."""

    __tablename__ = "job_outcomes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employer: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[str] = _text()
    started_on: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class OutcomeUpdateRecord(Base):
    """A note telling one interviewee or referrer how the search ended, and whether it went out."""

    __tablename__ = "outcome_updates"
    __table_args__ = (UniqueConstraint("outcome_id", "contact_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("job_outcomes.id", ondelete="CASCADE"), nullable=False)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    body: Mapped[str] = _text()
    told_on: Mapped[date | None] = mapped_column(Date)


class SettingRecord(Base):
    """User preferences (stage thresholds, sound on/off...) as JSON values by key.

    Window geometry is not a preference and lives in a separate settings file.
    """

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SuggestionDecisionRecord(Base):
    """A follow-up suggestion snoozed (until a day) or dismissed, kept as history.

    A suggestion is known by its kind, its subject (a contact, or an interview for confirming the
    time) and the day it became due; ``app.core.follow_up`` computes the suggestions themselves.
    """

    __tablename__ = "suggestion_decisions"
    __table_args__ = (UniqueConstraint("kind", "subject_id", "due_on", name="uq_suggestion_decisions_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    subject_id: Mapped[int] = mapped_column(Integer, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    decision: Mapped[str] = mapped_column(String(20), nullable=False)  # snoozed, dismissed
    until: Mapped[date | None] = mapped_column(Date)
    decided_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
