"""The preparation checklist: the shipped items, a person's own file, and progress."""

import re

import pytest

from app.core.checklist import (
    SHIPPED_WORDS,
    ChecklistFileError,
    ChecklistItem,
    ChecklistMark,
    checklist_progress,
    parse_checklist,
)
from app.files import load_checklist


def test_the_shipped_checklist_has_the_advice_of_the_issue_and_each_is_marked_for_translation():
    items, problem = load_checklist(None)
    assert problem == ""
    assert [item.text for item in items] == list(SHIPPED_WORDS)
    assert [item.key for item in items if item.has_notes] == ["research-occupation", "research-organisation"]
    assert "Remember: do not ask for a job" in SHIPPED_WORDS


def test_a_file_in_the_data_folder_replaces_the_shipped_one(tmp_path):
    (tmp_path / "preparation.toml").write_text(
        '[[item]]\nkey = "map"\ntext = "Print the map"\n\n'
        '[[item]]\nkey = "read"\ntext = "Read their blog"\nnotes = true\n',
        encoding="utf-8",
    )
    items, problem = load_checklist(tmp_path)
    assert problem == ""
    assert items == [ChecklistItem("map", "Print the map"), ChecklistItem("read", "Read their blog", True)]


def test_a_bad_file_in_the_data_folder_falls_back_to_the_shipped_one_and_says_why(tmp_path):
    (tmp_path / "preparation.toml").write_text("[[item]]\nkey = 'x'\n", encoding="utf-8")
    items, problem = load_checklist(tmp_path)
    assert items[0].key == "research-occupation"
    assert "needs a text" in problem


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"not toml [", "not valid TOML"),
        (b"\xff\xfe", "not UTF-8"),
        (b"title = 'x'", "no [[item]]"),
        (b"[[item]]\nkey = 'Bad Key'\ntext = 'x'", "needs a key"),
        (b"[[item]]\nkey = 'a'\ntext = 'x'\n[[item]]\nkey = 'a'\ntext = 'y'", "repeats the key"),
        (b"#" * 70_000, "larger than"),
    ],
)
def test_bad_files_are_refused_in_words(raw, words):
    with pytest.raises(ChecklistFileError, match=re.escape(words)):
        parse_checklist(raw)


def test_progress_counts_ticked_items_still_on_the_list():
    items = [ChecklistItem("a", "A"), ChecklistItem("b", "B"), ChecklistItem("c", "C")]
    marks = [ChecklistMark("a", True), ChecklistMark("b", False, "notes"), ChecklistMark("gone", True)]
    progress = checklist_progress(items, marks)
    assert (progress.done, progress.total, progress.complete) == (1, 3, False)
    assert checklist_progress(items[:1], marks).complete
