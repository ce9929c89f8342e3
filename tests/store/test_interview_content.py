from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from app.core.entities import QuestionState
from app.store.repositories import NotFound
from tests.content_helpers import add_interview, content_repository, pick_questions

QUESTIONS = ["How did you get into this work?", "What does a typical week look like?", "Who else should I talk to?"]


@pytest.fixture
def content(store, clock):
    return content_repository(store, clock)


def test_picked_questions_come_back_in_order_with_answers_and_states(store, clock, content):
    interview_id = add_interview(store)
    ids = pick_questions(store, clock, interview_id, QUESTIONS)

    content.save(
        interview_id,
        answers={ids[1]: "Mornings on the ward, afternoons charting."},
        states={ids[0]: QuestionState.SKIPPED, ids[1]: QuestionState.ASKED},
    )

    picked = content.picked_questions(interview_id)
    assert [question.text for question in picked] == QUESTIONS
    assert [question.state for question in picked] == [
        QuestionState.SKIPPED,
        QuestionState.ASKED,
        QuestionState.PENDING,
    ]
    assert picked[1].answer == "Mornings on the ward, afternoons charting."
    assert picked[0].interview_id == interview_id


def test_notes_are_created_then_replaced(store, content):
    interview_id = add_interview(store)
    assert content.notes(interview_id) == ""
    content.save_notes(interview_id, "first draft")
    content.save_notes(interview_id, "second draft")
    assert content.notes(interview_id) == "second draft"


def test_an_answer_for_another_interviews_question_writes_nothing(store, clock, content):
    first = add_interview(store, name="A One")
    second = add_interview(store, name="B Two", occupation=None)
    (foreign,) = pick_questions(store, clock, second, ["Q"])

    with pytest.raises(NotFound):
        content.save(first, notes="kept?", answers={foreign: "stolen"})

    assert content.notes(first) == ""
    assert content.picked_questions(second)[0].answer == ""


@pytest.mark.parametrize(
    "text",
    [
        "Emoji 😀👩🏽‍⚕️ and flags 🇨🇦",
        "مرحبا بالعالم — right to left, with English mixed in",
        "NUL\x00in\x00the middle\x00",
        "x" * 1_000_000 + "end",
    ],
    ids=["emoji", "rtl", "nul", "one-megabyte"],
)
def test_odd_text_round_trips_intact(store, clock, content, text):
    interview_id = add_interview(store)
    (picked,) = pick_questions(store, clock, interview_id, ["Q"])
    content.save(interview_id, notes=text, answers={picked: text})
    assert content.notes(interview_id) == text
    assert content.picked_questions(interview_id)[0].answer == text


def test_a_failed_write_raises_and_leaves_the_previous_text(store, clock, content, monkeypatch):
    interview_id = add_interview(store)
    content.save_notes(interview_id, "before")

    def refuse(*args, **kwargs):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(content, "_update_question", refuse)
    (picked,) = pick_questions(store, clock, interview_id, ["Q"])
    with pytest.raises(OperationalError):
        content.save(interview_id, notes="after", answers={picked: "x"})
    assert content.notes(interview_id) == "before"


def test_missing_ok_writes_the_rest_and_names_what_was_gone(store, clock, content):
    interview_id = add_interview(store)
    kept, removed = pick_questions(store, clock, interview_id, ["kept", "removed"])
    with store.interviews._sessions.begin() as session:
        from app.store.models import InterviewQuestionRecord

        session.delete(session.get(InterviewQuestionRecord, removed))

    missing = content.save(interview_id, notes="notes", answers={kept: "yes", removed: "orphan"}, missing_ok=True)

    assert missing == {removed}
    assert content.notes(interview_id) == "notes"
    assert [question.answer for question in content.picked_questions(interview_id)] == ["yes"]
