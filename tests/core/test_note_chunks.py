from __future__ import annotations

import random

import pytest

from app.core.note_chunks import MAX_CHUNK_CHARS, break_long_lines, chunk_changes, note_chunks


def paragraphs(count: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    words = ["nurse", "shift", "ward", "mentor", "Zoë", "😀", "budget", "training", "patients"]
    return "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(10, 80))) for _ in range(count))


@pytest.mark.parametrize(
    "text",
    ["", "short", "a\n" * 5_000, "x" * 20_000, "é😀 " * 5_000, paragraphs(3_000), "word " * 200_000],
    ids=["empty", "short", "many-lines", "no-spaces", "emoji", "paragraphs", "one-line"],
)
def test_chunks_spell_the_text_and_none_is_too_long(text):
    chunks = note_chunks(text)
    assert "".join(chunks) == text
    assert all(chunks)
    assert all(len(chunk) <= MAX_CHUNK_CHARS for chunk in chunks)


def test_a_long_line_is_cut_after_a_space_so_no_word_is_split():
    chunks = note_chunks("alpha beta " * 10_000)
    assert len(chunks) > 1
    assert all(chunk.endswith(" ") for chunk in chunks[:-1])


def test_an_edit_in_the_middle_of_long_notes_changes_only_the_chunks_around_it():
    text = paragraphs(4_000)
    middle = text.index("\n", len(text) // 2)
    edited = text[:middle] + " and one more thought" + text[middle:]
    changes = chunk_changes(note_chunks(text), note_chunks(edited))
    assert changes.removed <= 2
    assert len(changes.inserted) <= 2
    assert changes.kept_before + changes.kept_after >= len(note_chunks(text)) - 2


def test_typing_at_the_end_changes_only_the_last_chunk():
    text = paragraphs(4_000)
    changes = chunk_changes(note_chunks(text), note_chunks(text + " a"))
    assert (changes.kept_after, changes.removed, len(changes.inserted)) == (0, 1, 1)
    assert changes.kept_before == len(note_chunks(text)) - 1


def test_changes_between_chunk_lists():
    assert chunk_changes(["a", "b", "c"], ["a", "b", "c"]).unchanged
    changes = chunk_changes(["a", "b", "c"], ["a", "x", "y", "c"])
    assert (changes.kept_before, changes.kept_after, changes.removed, changes.inserted) == (1, 1, 1, ("x", "y"))
    assert changes.shift == 1
    assert chunk_changes([], ["a"]).inserted == ("a",)
    assert chunk_changes(["a", "a"], ["a"]).removed == 1


def test_a_long_line_broken_for_the_editor_keeps_its_chunk_boundaries():
    line = " ".join(f"word{index % 977}" for index in range(200_000))  # one line of about 1.6 MB
    broken, breaks = break_long_lines(line)
    assert breaks > 100
    stored, shown = note_chunks(line), note_chunks(broken)
    assert len(stored) == len(shown)
    # Each chunk differs at most by its last character, a space become a line break.
    assert all(a == b or (a[:-1] == b[:-1] and a[-1] == " ") for a, b in zip(stored, shown, strict=True))
    assert sum(a != b for a, b in zip(stored, shown, strict=True)) == breaks
