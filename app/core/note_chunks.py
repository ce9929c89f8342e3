"""Notes cut into chunks of a few kilobytes, so that saving a long text rewrites (and the search
index re-reads) only the chunks that changed, not the whole text.

Where a chunk ends depends on the text around it, not on its offset from the start: after a
line break whose line hashes to a chosen value, once the chunk is long enough. So an
edit in the middle of a megabyte of notes changes the chunk it is in, and the chunks after it
stay the same. A chunk that grows too long without such a line break ends after a space, so a
word is never split between two chunks (search finds whole words within one chunk).

Joined in order, the chunks are exactly the text.

A line longer than the notes editor can lay out smoothly is shown broken at spaces
(``break_long_lines``). Such a line is cut into chunks at those very spaces, so when the broken
text is saved its chunks differ from the stored ones only by a space become a line break, which
the search index need not re-read.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

MAX_LINE_CHARS = 10_000  # longer lines make every keystroke slow in the editor
MIN_CHUNK_CHARS = 2_000
MAX_CHUNK_CHARS = MAX_LINE_CHARS + 1  # a broken line and the space that became its break
_BOUNDARY_MASK = 3  # about one line break in four, past the minimum, ends a chunk


def note_chunks(text: str) -> list[str]:
    """``text`` in chunks; ``"".join(note_chunks(text)) == text``, and "" has no chunks."""
    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = _chunk_end(text, start)
        chunks.append(text[start:end])
        start = end
    return chunks


def _chunk_end(text: str, start: int) -> int:
    limit = start + MAX_CHUNK_CHARS
    if len(text) <= limit and "\n" not in text[start + MIN_CHUNK_CHARS - 1 : -1]:
        return len(text)
    line_break = text.find("\n", start + MIN_CHUNK_CHARS - 1, limit)
    while line_break != -1:
        line = text[max(start, text.rfind("\n", start, line_break) + 1) : line_break + 1]
        if zlib.crc32(line.encode("utf-8", "surrogatepass")) & _BOUNDARY_MASK == 0:
            return line_break + 1
        line_break = text.find("\n", line_break + 1, limit)
    if len(text) <= limit:
        return len(text)
    for separator in ("\n", " "):
        last = text.rfind(separator, start + 1, limit)
        if last != -1:
            return last + 1
    return limit


def break_long_lines(text: str, limit: int = MAX_LINE_CHARS) -> tuple[str, int]:
    """``text`` with each line longer than ``limit`` broken into lines of at most ``limit``, and
    how many breaks that took. A break replaces the last space within the limit, so no word
    changes; only a run of ``limit`` characters with no space at all is cut between two of them."""
    if len(text) <= limit:
        return text, 0
    lines: list[str] = []
    breaks = 0
    for line in text.split("\n"):
        start = 0
        while len(line) - start > limit:
            space = line.rfind(" ", start + 1, start + limit + 1)
            end, resume = (space, space + 1) if space > start else (start + limit, start + limit)
            lines.append(line[start:end])
            start = resume
            breaks += 1
        lines.append(line[start:] if start else line)
    return ("\n".join(lines), breaks) if breaks else (text, 0)


@dataclass(frozen=True, slots=True)
class ChunkChanges:
    """How to turn the stored chunks into the new ones: keep the first ``kept_before`` and the
    last ``kept_after`` (whose positions move by ``shift``), and replace the ones between with
    ``inserted``, numbered from position ``kept_before``."""

    kept_before: int
    kept_after: int
    removed: int
    inserted: tuple[str, ...]

    @property
    def shift(self) -> int:
        return len(self.inserted) - self.removed

    @property
    def unchanged(self) -> bool:
        return not self.removed and not self.inserted


def chunk_changes(stored: Sequence[str], new: Sequence[str]) -> ChunkChanges:
    """The fewest chunks to rewrite: what the two lists share at their start and at their end is kept."""
    before = 0
    most = min(len(stored), len(new))
    while before < most and stored[before] == new[before]:
        before += 1
    after = 0
    while after < most - before and stored[-1 - after] == new[-1 - after]:
        after += 1
    return ChunkChanges(
        kept_before=before,
        kept_after=after,
        removed=len(stored) - before - after,
        inserted=tuple(new[before : len(new) - after]),
    )
