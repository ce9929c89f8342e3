from __future__ import annotations

import json

import pytest

from app.core.entities import Tiara
from app.core.question_set_file import (
    FORMAT_MARKER,
    QuestionSetFileError,
    set_to_document,
)
from app.core.question_sets import QuestionSet, QuestionSetItem
from app.files import read_set_file, write_set_file


def _set() -> QuestionSet:
    return QuestionSet(
        name="Nursing — first talks",
        items=[
            QuestionSetItem("How did you get into nursing?", "Getting in", Tiara.INSIGHTS, 3, question_id=7),
            QuestionSetItem("¿Qué cambia? 😀 מה חדש", "The field", Tiara.TRENDS, 2.5),
        ],
        occupation_id=4,
        id=9,
    )


def _write(tmp_path, document) -> object:
    path = tmp_path / "set.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_set_round_trips_through_a_file(tmp_path):
    path = tmp_path / "nursing.json"

    write_set_file(path, _set(), occupation_title="Registered nurse")
    loaded, occupation = read_set_file(path)

    assert occupation == "Registered nurse"
    assert loaded.name == "Nursing — first talks"
    assert loaded.id is None and loaded.occupation_id is None
    assert [(item.text, item.category, item.tiara, item.minutes) for item in loaded.items] == [
        ("How did you get into nursing?", "Getting in", Tiara.INSIGHTS, 3.0),
        ("¿Qué cambia? 😀 מה חדש", "The field", Tiara.TRENDS, 2.5),
    ]
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT_MARKER
    assert not (tmp_path / "nursing.json.part").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not a readable question set"),
        (b"\xff\xfe garbage", "not UTF-8"),
        (json.dumps({"format": "something-else", "version": 1}).encode(), "not an InfoInterview question set"),
        (json.dumps([1, 2, 3]).encode(), "not an InfoInterview question set"),
        (json.dumps({"format": FORMAT_MARKER}).encode(), "which version"),
        (json.dumps({"format": FORMAT_MARKER, "version": 99}).encode(), "newer InfoInterview"),
        (json.dumps({"format": FORMAT_MARKER, "version": 1, "name": "x", "questions": []}).encode(), "no questions"),
        (json.dumps({"format": FORMAT_MARKER, "version": 1, "name": " ", "questions": [{}]}).encode(), "name"),
    ],
)
def test_foreign_or_malformed_files_are_refused_with_a_clear_message(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)

    with pytest.raises(QuestionSetFileError, match=message):
        read_set_file(path)


def test_a_file_cut_short_says_where_in_plain_words(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{"format": "x",\n "name": "Nursing', encoding="utf-8")
    with pytest.raises(QuestionSetFileError) as raised:
        read_set_file(path)
    message = str(raised.value)
    assert message == (
        "cut.json is not a readable question set: it is damaged or cut short near line 2 "
        "(unterminated string starting)."
    )
    assert "at at" not in message and "column" not in message


def test_one_bad_question_refuses_the_whole_file_and_names_it(tmp_path):
    document = set_to_document(_set())
    document["questions"].append({"text": "ok\u0000not", "tiara": "insights", "minutes": 2})

    with pytest.raises(QuestionSetFileError, match=r"question 3: .*control characters"):
        read_set_file(_write(tmp_path, document))

    document["questions"][-1] = {"text": "Fine?", "tiara": "gossip"}
    with pytest.raises(QuestionSetFileError, match="question 3: the TIARA tag 'gossip'"):
        read_set_file(_write(tmp_path, document))


def test_huge_and_missing_files_are_refused(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (600 * 1024))
    with pytest.raises(QuestionSetFileError, match="too large"):
        read_set_file(big)
    with pytest.raises(QuestionSetFileError, match="Could not open"):
        read_set_file(tmp_path / "absent.json")


def test_writing_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(QuestionSetFileError, match="Could not write"):
        write_set_file(tmp_path / "no" / "such" / "set.json", _set())


def test_the_message_for_a_person_is_marked_for_translation_and_keeps_the_problem_apart(tmp_path):
    document = set_to_document(_set())
    document["questions"].append({"text": "Fine?", "tiara": "gossip"})

    with pytest.raises(QuestionSetFileError) as raised:
        read_set_file(_write(tmp_path, document))

    text = raised.value.text
    assert (text.context, text.source) == ("QuestionSetFile", "{file}: question {number}: {problem}.")
    assert text.args["file"] == "set.json" and text.args["number"] == 3
    assert text.args["problem"].context == "QuestionBank"  # translated on its own
    assert str(raised.value) == str(text)
    assert str(text).startswith("set.json: question 3: the TIARA tag 'gossip' is not one of: ")
