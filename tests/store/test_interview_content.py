from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from app.core.entities import QuestionState
from app.core.note_chunks import break_long_lines
from app.core.search import MatchPlace, plain_snippet
from app.store.interview_content import InterviewContentRepository
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


def long_notes(paragraph_count: int, marker: str = "") -> str:
    lines = [
        f"Paragraph {index} about shifts, mentors and the budget of the ward." * 5 for index in range(paragraph_count)
    ]
    if marker:
        lines[paragraph_count // 2] += f" {marker}"
    return "\n".join(lines)


@pytest.fixture
def database(store, tmp_path):
    return tmp_path / "infointerview.db"  # the file the store fixture opened


def stored_chunks(database, interview_id: int) -> list[tuple[int, str]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT id, body FROM interview_note_chunks WHERE interview_id = ? ORDER BY position", (interview_id,)
        ).fetchall()


def test_saving_long_notes_rewrites_only_the_chunks_that_changed(store, content, database):
    interview_id = add_interview(store)
    text = long_notes(3_000)  # about 1 MB
    content.save_notes(interview_id, text)
    before = stored_chunks(database, interview_id)
    assert len(before) > 50
    assert "".join(body for _, body in before) == text

    middle = text.index("\n", len(text) // 2)
    new_paragraphs = "\n" + "\n".join(f"Inserted paragraph {index} of nightingale awards." * 20 for index in range(8))
    edited = text[:middle] + new_paragraphs + text[middle:]  # more chunks, in the middle only
    content.save_notes(interview_id, edited)
    after = stored_chunks(database, interview_id)
    assert content.notes(interview_id) == edited
    assert "".join(body for _, body in after) == edited
    assert len(after) > len(before)
    assert sum(chunk not in after for chunk in before) <= 3  # the rest kept their rows and index entries
    assert index_is_consistent(database)

    edited += " One more thought."
    content.save_notes(interview_id, edited)
    assert "".join(body for _, body in stored_chunks(database, interview_id)) == edited

    hits = store.search.search("nightingale").hits
    assert [(hit.interview_id, hit.place) for hit in hits] == [(interview_id, MatchPlace.NOTES)]
    assert "nightingale" in plain_snippet(hits[0].snippet).lower()
    content.save_notes(interview_id, "")
    assert stored_chunks(database, interview_id) == []
    assert store.search.search("nightingale").hits == []
    assert store.search.search("mentors").hits == []


def index_is_consistent(database) -> bool:
    with sqlite3.connect(database) as connection:
        connection.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")  # raises
    return True


def test_a_long_line_broken_at_spaces_is_saved_without_re_indexing_it(store, content, database):
    interview_id = add_interview(store)
    line = " ".join(f"word{index % 977} nightingale{index}" for index in range(60_000))  # one line, 1 MB
    content.save_notes(interview_id, line)
    before = stored_chunks(database, interview_id)
    broken, breaks = break_long_lines(line)  # as the notes editor shows it
    content.save_notes(interview_id, broken)
    after = stored_chunks(database, interview_id)
    assert content.notes(interview_id) == broken
    assert "".join(body for _, body in after) == broken
    assert [chunk_id for chunk_id, _ in after] == [chunk_id for chunk_id, _ in before]
    assert sum(a != b for (_, a), (_, b) in zip(before, after, strict=True)) == breaks
    assert index_is_consistent(database)
    assert [hit.interview_id for hit in store.search.search("nightingale59999").hits] == [interview_id]


def test_a_word_in_many_chunks_of_one_interview_is_one_result(store, content):
    interview_id = add_interview(store)
    content.save_notes(interview_id, long_notes(600))
    assert [hit.interview_id for hit in store.search.search("mentors").hits] == [interview_id]


def test_notes_written_without_the_repository_are_still_searched(store, content, database):
    interview_id = add_interview(store)
    content.save_notes(interview_id, long_notes(600, "firstmarker"))
    with sqlite3.connect(database) as connection:
        connection.execute(
            "UPDATE interview_notes SET body = 'secondmarker written by another tool' WHERE interview_id = ?",
            (interview_id,),
        )
    assert store.search.search("firstmarker").hits == []
    assert [hit.interview_id for hit in store.search.search("secondmarker").hits] == [interview_id]
    content.save_notes(interview_id, long_notes(600, "thirdmarker"))  # back to many chunks
    assert len(stored_chunks(database, interview_id)) > 10
    assert store.search.search("secondmarker").hits == []
    assert [hit.interview_id for hit in store.search.search("thirdmarker").hits] == [interview_id]


def test_a_save_that_fails_part_way_leaves_the_old_text_and_its_chunks(store, content, database, monkeypatch):
    interview_id = add_interview(store)
    old = long_notes(600, "oldmarker")
    content.save_notes(interview_id, old)
    write_notes = InterviewContentRepository._write_notes

    def fail_after_the_chunks(session, *args):
        write_notes(session, *args)
        raise OperationalError("UPDATE interview_notes", {}, Exception("database or disk is full"))

    monkeypatch.setattr(InterviewContentRepository, "_write_notes", staticmethod(fail_after_the_chunks))
    with pytest.raises(OperationalError):
        content.save_notes(interview_id, long_notes(600, "newmarker") + " more")
    assert content.notes(interview_id) == old
    assert "".join(body for _, body in stored_chunks(database, interview_id)) == old
    assert store.search.search("newmarker").hits == []
    assert [hit.interview_id for hit in store.search.search("oldmarker").hits] == [interview_id]
