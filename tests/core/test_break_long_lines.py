"""Breaking lines too long to edit smoothly: only spaces become line breaks."""

from __future__ import annotations

from app.core.note_chunks import break_long_lines


def test_short_text_is_left_as_it_is():
    assert break_long_lines("Short notes\nin two lines", limit=20) == ("Short notes\nin two lines", 0)


def test_a_long_line_breaks_at_the_last_space_within_the_limit():
    assert break_long_lines("aaa bbb ccc ddd", limit=7) == ("aaa bbb\nccc ddd", 1)
    assert break_long_lines("one two three\nfour", limit=8) == ("one two\nthree\nfour", 1)


def test_a_run_with_no_space_is_cut_between_characters():
    assert break_long_lines("abcdefghij", limit=4) == ("abcd\nefgh\nij", 2)


def test_a_megabyte_line_keeps_every_word():
    line = ("Zoë said the night shift is hard, 😀 but rewarding. " * 20_000)[:1_000_000]
    shown, breaks = break_long_lines(line)
    assert breaks >= 100
    assert shown.replace("\n", " ") == line
    assert max(len(part) for part in shown.split("\n")) <= 10_000
