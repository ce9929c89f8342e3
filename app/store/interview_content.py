"""What is written during an interview: the free-form notes, each picked question's answer and
whether it was asked or skipped. Choosing and ordering the picked questions lives elsewhere;
this module reads them and writes what happens to them."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert

from app.core.entities import PickedQuestion, QuestionState, Tiara
from app.store.models import InterviewNotesRecord, InterviewQuestionRecord
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
                statement = insert(InterviewNotesRecord).values(interview_id=interview_id, body=notes, updated_at=now)
                session.execute(
                    statement.on_conflict_do_update(
                        index_elements=[InterviewNotesRecord.interview_id],
                        set_={"body": statement.excluded.body, "updated_at": statement.excluded.updated_at},
                    )
                )
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
    def _update_question(session, interview_id: int, picked_id: int, **values) -> bool:
        result = session.execute(
            update(InterviewQuestionRecord)
            .where(InterviewQuestionRecord.id == picked_id, InterviewQuestionRecord.interview_id == interview_id)
            .values(**values)
        )
        return result.rowcount == 1
