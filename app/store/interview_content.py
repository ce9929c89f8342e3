"""What is written during an interview: the free-form notes, each picked question's answer and
whether it was asked or skipped. Choosing and ordering the picked questions lives elsewhere;
this module reads them and writes what happens to them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.core.entities import PickedQuestion, QuestionState, Tiara
from app.core.note_chunks import chunk_changes, note_chunks
from app.store.models import InterviewNoteChunkRecord, InterviewNotesRecord, InterviewQuestionRecord
from app.store.repositories import NotFound, _Repository

_TIARA = frozenset(item.value for item in Tiara)
_QUESTION_STATES = frozenset(item.value for item in QuestionState)


def picked_question(record: InterviewQuestionRecord) -> PickedQuestion:
    """The one conversion of a picked-question row; an unknown tag or state reads as the default."""
    return PickedQuestion(
        id=record.id,
        interview_id=record.interview_id,
        question_id=record.question_id,
        text=record.text,
        position=record.position,
        category=record.category,
        tiara=Tiara(record.tiara) if record.tiara in _TIARA else Tiara.INSIGHTS,
        minutes=record.minutes,
        state=QuestionState(record.state) if record.state in _QUESTION_STATES else QuestionState.PENDING,
        answer=record.answer,
    )


class InterviewContentRepository(_Repository):
    def picked_questions(self, interview_id: int) -> list[PickedQuestion]:
        statement = (
            select(InterviewQuestionRecord)
            .where(InterviewQuestionRecord.interview_id == interview_id)
            .order_by(InterviewQuestionRecord.position, InterviewQuestionRecord.id)
        )
        with self._sessions() as session:
            return [picked_question(record) for record in session.scalars(statement)]

    def notes(self, interview_id: int) -> str:
        with self._sessions() as session:
            body = session.scalar(
                select(InterviewNotesRecord.body).where(InterviewNotesRecord.interview_id == interview_id)
            )
            return body or ""

    def save(
        self,
        interview_id: int,
        *,
        notes: str | None = None,
        answers: Mapping[int, str] | None = None,
        states: Mapping[int, QuestionState] | None = None,
        missing_ok: bool = False,
    ) -> set[int]:
        """Write notes, answers and question states of one interview in one transaction.

        Answers and states are keyed by picked-question id. If one of them is not (or no
        longer) a picked question of this interview, raises NotFound and writes nothing; with
        ``missing_ok`` writes the rest and returns the ids that were not there.
        """
        now = self._now()
        missing: set[int] = set()
        with self._transaction() as session:
            if notes is not None:
                self._write_notes(session, interview_id, notes, now)
            for picked_id, text in (answers or {}).items():
                if not self._update_question(session, interview_id, picked_id, answer=text, updated_at=now):
                    missing.add(picked_id)
            for picked_id, state in (states or {}).items():
                values = {"state": QuestionState(state).value, "updated_at": now}
                if not self._update_question(session, interview_id, picked_id, **values):
                    missing.add(picked_id)
            if missing and not missing_ok:
                raise NotFound(f"picked questions {sorted(missing)} of interview {interview_id}")
        return missing

    def save_notes(self, interview_id: int, body: str) -> None:
        self.save(interview_id, notes=body)

    def save_answer(self, interview_id: int, picked_id: int, answer: str) -> None:
        self.save(interview_id, answers={picked_id: answer})

    def set_state(self, interview_id: int, picked_id: int, state: QuestionState) -> None:
        self.save(interview_id, states={picked_id: state})

    @staticmethod
    def _write_notes(session: Session, interview_id: int, notes: str, now: datetime) -> None:
        """The whole text into ``interview_notes``, and into ``interview_note_chunks`` only the
        chunks that changed: the search index follows the chunks, so a keystroke at the end of a
        megabyte of notes re-indexes a few kilobytes. The chunks are written first, so the
        trigger that re-cuts a body its chunks do not spell (a write from elsewhere) stays quiet."""
        session.execute(
            sqlite_insert(InterviewNotesRecord)
            .values(interview_id=interview_id, body="", updated_at=now)
            .on_conflict_do_nothing(index_elements=[InterviewNotesRecord.interview_id])
        )
        stored = session.execute(
            select(InterviewNoteChunkRecord.id, InterviewNoteChunkRecord.body, InterviewNoteChunkRecord.position)
            .where(InterviewNoteChunkRecord.interview_id == interview_id)
            .order_by(InterviewNoteChunkRecord.position, InterviewNoteChunkRecord.id)
        ).all()
        if [position for *_, position in stored] != list(range(len(stored))):
            stored = []  # numbered some other way: rewrite them all rather than trust the order
            session.execute(
                delete(InterviewNoteChunkRecord).where(InterviewNoteChunkRecord.interview_id == interview_id)
            )
        changes = chunk_changes([body for _, body, _ in stored], note_chunks(notes))
        replaced = [chunk_id for chunk_id, *_ in stored[changes.kept_before : len(stored) - changes.kept_after]]
        following = [chunk_id for chunk_id, *_ in stored[len(stored) - changes.kept_after :]]
        # A changed chunk is updated in place: its index entry is left alone when only a space
        # became a line break, or back (the trigger of migration 0006 sees the words are the same).
        rewritten = [
            {"id": chunk_id, "body": body, "position": changes.kept_before + offset}
            for offset, (chunk_id, body) in enumerate(zip(replaced, changes.inserted, strict=False))
        ]
        if rewritten:
            session.execute(update(InterviewNoteChunkRecord), rewritten)
        if len(replaced) > len(rewritten):
            gone = replaced[len(rewritten) :]
            session.execute(delete(InterviewNoteChunkRecord).where(InterviewNoteChunkRecord.id.in_(gone)))
        if changes.shift and following:
            session.execute(
                update(InterviewNoteChunkRecord)
                .where(InterviewNoteChunkRecord.id.in_(following))
                .values(position=InterviewNoteChunkRecord.position + changes.shift)
            )
        added = changes.inserted[len(rewritten) :]
        if added:
            first = changes.kept_before + len(rewritten)
            session.execute(
                insert(InterviewNoteChunkRecord),
                [
                    {"interview_id": interview_id, "position": first + offset, "body": body}
                    for offset, body in enumerate(added)
                ],
            )
        session.execute(
            update(InterviewNotesRecord)
            .where(InterviewNotesRecord.interview_id == interview_id)
            .values(body=notes, updated_at=now)
        )

    @staticmethod
    def _update_question(session, interview_id: int, picked_id: int, **values) -> bool:
        result = session.execute(
            update(InterviewQuestionRecord)
            .where(InterviewQuestionRecord.id == picked_id, InterviewQuestionRecord.interview_id == interview_id)
            .values(**values)
        )
        return result.rowcount == 1
