"""Questions in the store: the user's own questions, the questions picked for each interview (in
order) and saved question sets. Each public method is one short transaction.

Picked questions and set items keep a copy of the question's text, category, TIARA tag and
estimate, so editing or deleting a bank question never rewrites a past interview or a set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.core.entities import PickedQuestion, QuestionState, Tiara
from app.core.errors import AlreadyPicked, InvalidQuestion
from app.core.question_bank import BankQuestion, check_question_fields, parse_tiara
from app.core.question_sets import MAX_SET_QUESTIONS, QuestionSet, QuestionSetItem, clean_set_name
from app.store.interview_content import picked_question
from app.store.models import (
    InterviewQuestionRecord,
    InterviewRecord,
    OccupationRecord,
    QuestionRecord,
    QuestionSetItemRecord,
    QuestionSetRecord,
)
from app.store.repositories import NotFound, _Repository

CUSTOM_KEY_PREFIX = "custom-"


def same_question_text(text: str) -> str:
    """The form two question texts are compared in: case and spacing do not matter."""
    return " ".join(text.split()).casefold()


def _custom(record: QuestionRecord) -> BankQuestion:
    return BankQuestion(
        key=f"{CUSTOM_KEY_PREFIX}{record.id}",
        text=record.text,
        category=record.category,
        tiara=parse_tiara(record.tiara) or Tiara.INSIGHTS,
        minutes=record.minutes,
        id=record.id,
    )


def _set_item(record: QuestionSetItemRecord) -> QuestionSetItem:
    return QuestionSetItem(
        text=record.text,
        category=record.category,
        tiara=parse_tiara(record.tiara) or Tiara.INSIGHTS,
        minutes=record.minutes,
        question_id=record.question_id,
    )


def _checked(text: str, category: str, tiara: object, minutes: object) -> tuple[str, str, Tiara, float]:
    problems = check_question_fields(text, category, tiara, minutes)
    if problems:
        message = "; ".join(problems)
        raise InvalidQuestion(message[0].upper() + message[1:] + ".")
    return " ".join(text.split()), " ".join(category.split()), parse_tiara(tiara), float(minutes)


class QuestionRepository(_Repository):
    # --- the user's own questions -------------------------------------------------------------

    def list_custom(self) -> list[BankQuestion]:
        statement = (
            select(QuestionRecord)
            .where(QuestionRecord.is_custom.is_(True), QuestionRecord.archived.is_(False))
            .order_by(QuestionRecord.id)
        )
        with self._sessions() as session:
            return [_custom(record) for record in session.scalars(statement)]

    def add_custom(self, text: str, category: str, tiara: Tiara | str, minutes: float) -> BankQuestion:
        text, category, tag, minutes = _checked(text, category, tiara, minutes)
        with self._transaction() as session:
            record = QuestionRecord(
                text=text, category=category, tiara=tag.value, minutes=minutes, is_custom=True, created_at=self._now()
            )
            session.add(record)
            session.flush()
            return _custom(record)

    def update_custom(self, question: BankQuestion) -> BankQuestion:
        text, category, tag, minutes = _checked(question.text, question.category, question.tiara, question.minutes)
        with self._transaction() as session:
            record = self._custom_record(session, question.id)
            record.text, record.category, record.tiara, record.minutes = text, category, tag.value, minutes
            return _custom(record)

    def delete_custom(self, question_id: int) -> None:
        """Delete one of the user's questions; interviews and sets that picked it keep their copy."""
        with self._transaction() as session:
            session.delete(self._custom_record(session, question_id))

    def _custom_record(self, session: Session, question_id: int | None) -> QuestionRecord:
        record = session.get(QuestionRecord, question_id) if question_id is not None else None
        if record is None or not record.is_custom:
            raise NotFound(f"custom question {question_id}")
        return record

    def _bank_question_id(self, session: Session, question: BankQuestion) -> int | None:
        """The store's id for a bank question; a built-in one gets a row the first time it is used."""
        if question.id is not None:
            return question.id if session.get(QuestionRecord, question.id) is not None else None
        record = session.scalar(select(QuestionRecord).where(QuestionRecord.builtin_key == question.key))
        if record is None:
            record = QuestionRecord(builtin_key=question.key, is_custom=False, created_at=self._now())
            session.add(record)
        record.text = question.text
        record.category = question.category
        record.tiara = Tiara(question.tiara).value
        record.minutes = question.minutes
        session.flush()
        return record.id

    # --- picked questions ---------------------------------------------------------------------

    def list_picked(self, interview_id: int) -> list[PickedQuestion]:
        with self._sessions() as session:
            return [picked_question(record) for record in self._picked_records(session, interview_id)]

    def pick(self, interview_id: int, question: BankQuestion) -> PickedQuestion:
        """Add a copy of ``question`` at the end of the interview's list.

        Raises AlreadyPicked (carrying the existing one) when the same text is already there.
        """
        text, category, tag, minutes = _checked(question.text, question.category, question.tiara, question.minutes)
        with self._transaction() as session:
            self._require_interview(session, interview_id)
            records = self._picked_records(session, interview_id)
            for record in records:
                if same_question_text(record.text) == same_question_text(text):
                    raise AlreadyPicked(picked_question(record))
            record = InterviewQuestionRecord(
                interview_id=interview_id,
                question_id=self._bank_question_id(session, question),
                text=text,
                category=category,
                tiara=tag.value,
                minutes=minutes,
                position=len(records),
                state=QuestionState.PENDING.value,
                updated_at=self._now(),
            )
            session.add(record)
            session.flush()
            return picked_question(record)

    def move(self, picked_id: int, offset: int) -> list[PickedQuestion]:
        """Move one picked question ``offset`` places (negative: up), stopping at either end."""
        with self._transaction() as session:
            moving = self._picked_record(session, picked_id)
            records = self._picked_records(session, moving.interview_id)
            index = records.index(moving)
            target = max(0, min(len(records) - 1, index + offset))
            records.insert(target, records.pop(index))
            self._renumber(records)
            return [picked_question(record) for record in records]

    def reorder(self, interview_id: int, ordered_ids: Sequence[int]) -> list[PickedQuestion]:
        """Put the interview's picked questions in the given order (every one, each once)."""
        with self._transaction() as session:
            records = {record.id: record for record in self._picked_records(session, interview_id)}
            if sorted(ordered_ids) != sorted(records):
                raise ValueError("the new order must name each picked question of the interview once")
            ordered = [records[picked_id] for picked_id in ordered_ids]
            self._renumber(ordered)
            return [picked_question(record) for record in ordered]

    def remove(self, picked_id: int) -> list[PickedQuestion]:
        """Take one question off its interview's list (its answer goes with it)."""
        with self._transaction() as session:
            record = self._picked_record(session, picked_id)
            interview_id = record.interview_id
            session.delete(record)
            session.flush()
            records = self._picked_records(session, interview_id)
            self._renumber(records)
            return [picked_question(record) for record in records]

    def _picked_records(self, session: Session, interview_id: int) -> list[InterviewQuestionRecord]:
        statement = (
            select(InterviewQuestionRecord)
            .where(InterviewQuestionRecord.interview_id == interview_id)
            .order_by(InterviewQuestionRecord.position, InterviewQuestionRecord.id)
        )
        return list(session.scalars(statement))

    def _picked_record(self, session: Session, picked_id: int) -> InterviewQuestionRecord:
        record = session.get(InterviewQuestionRecord, picked_id)
        if record is None:
            raise NotFound(f"picked question {picked_id}")
        return record

    def _renumber(self, records: Iterable[InterviewQuestionRecord]) -> None:
        now = self._now()
        for position, record in enumerate(records):
            if record.position != position:
                record.position = position
                record.updated_at = now

    @staticmethod
    def _require_interview(session: Session, interview_id: int) -> None:
        if session.get(InterviewRecord, interview_id) is None:
            raise NotFound(f"interview {interview_id}")

    # --- saved sets ---------------------------------------------------------------------------

    def list_sets(self, occupation_id: int | None = None) -> list[QuestionSet]:
        """All sets by name; given an occupation, its own sets first, then the general ones."""
        statement = select(QuestionSetRecord)
        if occupation_id is not None:
            statement = statement.where(
                (QuestionSetRecord.occupation_id == occupation_id) | QuestionSetRecord.occupation_id.is_(None)
            ).order_by(QuestionSetRecord.occupation_id.is_(None))
        statement = statement.order_by(func.lower(QuestionSetRecord.name), QuestionSetRecord.id)
        with self._sessions() as session:
            records = list(session.scalars(statement))
            items = self._items_by_set(session, [record.id for record in records])
            return [self._set(record, items.get(record.id, [])) for record in records]

    def get_set(self, set_id: int) -> QuestionSet:
        with self._sessions() as session:
            record = self._set_record(session, set_id)
            return self._set(record, self._items_by_set(session, [set_id]).get(set_id, []))

    def create_set(self, question_set: QuestionSet) -> QuestionSet:
        name = self._checked_name(question_set.name)
        if len(question_set.items) > MAX_SET_QUESTIONS:
            raise InvalidQuestion(f"A set can hold at most {MAX_SET_QUESTIONS} questions.")
        items = [
            QuestionSetItem(*_checked(item.text, item.category, item.tiara, item.minutes), item.question_id)
            for item in question_set.items
        ]
        with self._transaction() as session:
            now = self._now()
            occupation_id = question_set.occupation_id
            if occupation_id is not None and session.get(OccupationRecord, occupation_id) is None:
                occupation_id = None
            record = QuestionSetRecord(name=name, occupation_id=occupation_id, created_at=now, updated_at=now)
            session.add(record)
            session.flush()
            for position, item in enumerate(items):
                question_id = item.question_id
                if question_id is not None and session.get(QuestionRecord, question_id) is None:
                    question_id = None
                session.add(
                    QuestionSetItemRecord(
                        set_id=record.id,
                        question_id=question_id,
                        text=item.text,
                        category=item.category,
                        tiara=item.tiara.value,
                        minutes=item.minutes,
                        position=position,
                    )
                )
            session.flush()
            return self._set(record, self._items_by_set(session, [record.id]).get(record.id, []))

    def save_picked_as_set(self, interview_id: int, name: str, occupation_id: int | None = None) -> QuestionSet:
        picked = self.list_picked(interview_id)
        if not picked:
            raise InvalidQuestion("Pick some questions first, then save them as a set.")
        items = [QuestionSetItem(q.text, q.category, q.tiara, q.minutes, q.question_id) for q in picked]
        return self.create_set(QuestionSet(name=name, items=items, occupation_id=occupation_id))

    def rename_set(self, set_id: int, name: str) -> QuestionSet:
        name = self._checked_name(name)
        with self._transaction() as session:
            record = self._set_record(session, set_id)
            record.name = name
            record.updated_at = self._now()
            return self._set(record, self._items_by_set(session, [set_id]).get(set_id, []))

    def delete_set(self, set_id: int) -> None:
        with self._transaction() as session:
            session.execute(delete(QuestionSetItemRecord).where(QuestionSetItemRecord.set_id == set_id))
            session.delete(self._set_record(session, set_id))

    def apply_set(self, set_id: int, interview_id: int, *, replace: bool = False) -> list[PickedQuestion]:
        """Add the set's questions to the interview's list, skipping ones already there.

        With ``replace``, first take off the picked questions that are still untouched (pending,
        no answer); anything already asked or answered stays.
        """
        with self._transaction() as session:
            self._require_interview(session, interview_id)
            self._set_record(session, set_id)
            items = self._items_by_set(session, [set_id]).get(set_id, [])
            records = self._picked_records(session, interview_id)
            if replace:
                for record in records:
                    if record.state == QuestionState.PENDING.value and not record.answer.strip():
                        session.delete(record)
                session.flush()
                records = self._picked_records(session, interview_id)
            present = {same_question_text(record.text) for record in records}
            now = self._now()
            for item in items:
                if same_question_text(item.text) in present:
                    continue
                present.add(same_question_text(item.text))
                record = InterviewQuestionRecord(
                    interview_id=interview_id,
                    question_id=item.question_id,
                    text=item.text,
                    category=item.category,
                    tiara=item.tiara.value,
                    minutes=item.minutes,
                    position=len(records),
                    state=QuestionState.PENDING.value,
                    updated_at=now,
                )
                session.add(record)
                records.append(record)
            self._renumber(records)
            session.flush()
            return [picked_question(record) for record in records]

    def occupation_title(self, occupation_id: int | None) -> str:
        if occupation_id is None:
            return ""
        with self._sessions() as session:
            record = session.get(OccupationRecord, occupation_id)
            return record.title if record is not None else ""

    def occupation_id_for_title(self, title: str) -> int | None:
        """The occupation with this title (case and spacing ignored), to tie an imported set to it."""
        wanted = same_question_text(title)
        if not wanted:
            return None
        with self._sessions() as session:
            for record in session.scalars(select(OccupationRecord).where(OccupationRecord.archived.is_(False))):
                if same_question_text(record.title) == wanted:
                    return record.id
        return None

    @staticmethod
    def _checked_name(name: str) -> str:
        try:
            return clean_set_name(name)
        except ValueError as exc:
            raise InvalidQuestion(str(exc)) from exc

    @staticmethod
    def _set_record(session: Session, set_id: int) -> QuestionSetRecord:
        record = session.get(QuestionSetRecord, set_id)
        if record is None:
            raise NotFound(f"question set {set_id}")
        return record

    @staticmethod
    def _items_by_set(session: Session, set_ids: list[int]) -> dict[int, list[QuestionSetItem]]:
        if not set_ids:
            return {}
        statement = (
            select(QuestionSetItemRecord)
            .where(QuestionSetItemRecord.set_id.in_(set_ids))
            .order_by(QuestionSetItemRecord.set_id, QuestionSetItemRecord.position, QuestionSetItemRecord.id)
        )
        grouped: dict[int, list[QuestionSetItem]] = {}
        for record in session.scalars(statement):
            grouped.setdefault(record.set_id, []).append(_set_item(record))
        return grouped

    @staticmethod
    def _set(record: QuestionSetRecord, items: list[QuestionSetItem]) -> QuestionSet:
        return QuestionSet(name=record.name, items=items, occupation_id=record.occupation_id, id=record.id)
