"""Seeding interviews with picked questions for the notes, autosave and search tests.

Picking questions is another screen's job; these helpers write the rows directly so that the
tests here do not depend on it.
"""

from __future__ import annotations

from app.core.entities import Contact, Interview, Occupation
from app.store.interview_content import InterviewContentRepository
from app.store.models import InterviewQuestionRecord
from app.store.search_repository import SearchRepository


def sessions_of(store):
    return store.interviews._sessions


def content_repository(store, clock) -> InterviewContentRepository:
    return InterviewContentRepository(sessions_of(store), clock)


def search_repository(store, clock) -> SearchRepository:
    return store.search


def add_interview(
    store,
    name: str = "Dana Okafor",
    organisation: str = "Riverside Hospital",
    occupation: str | None = "Nurse practitioner",
    scheduled_at=None,
) -> int:
    occupation_id = store.occupations.add(Occupation(title=occupation)).id if occupation else None
    contact = store.contacts.add(Contact(full_name=name, organisation=organisation, occupation_id=occupation_id))
    interview = store.interviews.add(
        Interview(contact_id=contact.id, occupation_id=occupation_id, scheduled_at=scheduled_at)
    )
    return interview.id


def pick_questions(store, clock, interview_id: int, texts: list[str]) -> list[int]:
    """Add picked questions in order; returns their ids."""
    now = clock.now().replace(tzinfo=None)
    with sessions_of(store).begin() as session:
        records = [
            InterviewQuestionRecord(interview_id=interview_id, text=text, position=index, updated_at=now)
            for index, text in enumerate(texts)
        ]
        session.add_all(records)
        session.flush()
        return [record.id for record in records]
