"""Notes cut into chunks of a few kilobytes, so that saving a long text rewrites (and the search
index re-reads) only the chunks that changed, not the whole text.

Where a chunk ends depends on the text around it, not on its offset from the start: after a
line break whose line ending hashes to a chosen value, once the chunk is long enough. So an
edit in the middle of a megabyte of notes changes the chunk it is in, and the chunks after it
stay the same. A chunk that grows too long without such a line break ends after a space, so a
word is never split between two chunks (search finds whole words within one chunk).

Joined in order, the chunks are exactly the text.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

MIN_CHUNK_CHARS = 2_000
MAX_CHUNK_CHARS = 8_000
_BOUNDARY_MASK = 3  # about one line break in four, past the minimum, ends a chunk
_HASHED_CHARS = 32  # of the line that a break ends


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
        ending = text[max(start, line_break - _HASHED_CHARS) : line_break + 1]
        if zlib.crc32(ending.encode("utf-8", "surrogatepass")) & _BOUNDARY_MASK == 0:
            return line_break + 1
        line_break = text.find("\n", line_break + 1, limit)
    if len(text) <= limit:
        return len(text)
    for separator in ("\n", " "):
        last = text.rfind(separator, start + 1, limit)
        if last != -1:
            return last + 1
    return limit


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
