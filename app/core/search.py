"""Search across every interview: what a person typed becomes a safe full-text query, and a
result says where the match was and carries a snippet with the matched words marked."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP

# Markers the store puts around matched words in a snippet. Control characters, so that no
# note can be mistaken for markup and the view can escape everything else.
MATCH_START = "\x02"
MATCH_END = "\x03"
ELLIPSIS = "…"

MAX_TERMS = 12
MAX_TERM_LENGTH = 60
# What the full-text tokenizer (unicode61) treats as part of a word: letters and digits.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


class MatchPlace(StrEnum):
    """Where in an interview a search matched, so the interview can open at that place."""

    NOTES = "notes"
    ANSWER = "answer"
    CONTACT = "contact"
    ORGANISATION = "organisation"
    OCCUPATION = "occupation"
    LOCATION = "location"
    TAKEAWAY = "takeaway"
    ACTION = "action"

    @property
    def label(self) -> str:
        return _PLACE_LABELS[self]


_PLACE_LABELS = {
    MatchPlace.NOTES: QT_TRANSLATE_NOOP("MatchPlace", "Notes"),
    MatchPlace.ANSWER: QT_TRANSLATE_NOOP("MatchPlace", "Answer"),
    MatchPlace.CONTACT: QT_TRANSLATE_NOOP("MatchPlace", "Person"),
    MatchPlace.ORGANISATION: QT_TRANSLATE_NOOP("MatchPlace", "Organisation"),
    MatchPlace.OCCUPATION: QT_TRANSLATE_NOOP("MatchPlace", "Occupation"),
    MatchPlace.LOCATION: QT_TRANSLATE_NOOP("MatchPlace", "Where"),
    MatchPlace.TAKEAWAY: QT_TRANSLATE_NOOP("MatchPlace", "Takeaway"),
    MatchPlace.ACTION: QT_TRANSLATE_NOOP("MatchPlace", "Next step"),
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    interview_id: int
    place: MatchPlace
    snippet: str  # with MATCH_START / MATCH_END around matched words
    contact_name: str
    organisation: str
    occupation_title: str
    scheduled_at: datetime | None = None
    picked_question_id: int | None = None  # for an answer: which picked question
    question_text: str = ""  # for an answer: the question it answers
    rank: float = 0.0  # lower is better (bm25)


@dataclass(frozen=True, slots=True)
class SearchResults:
    hits: list[SearchHit]
    matching_texts: int  # texts (notes, answers, names...) that match, counted up to a cap
    by_relevance: bool  # False: too many matches to rank, newest first
    has_more: bool  # another page is available

    @classmethod
    def empty(cls) -> SearchResults:
        return cls(hits=[], matching_texts=0, by_relevance=True, has_more=False)


def search_terms(text: str) -> list[str]:
    """The words of a search box's text, as the index sees words (punctuation dropped)."""
    # Composed first: a letter typed as base + combining accent (as some systems paste it) is one
    # letter to the index, but the accent would split the word for the pattern.
    text = unicodedata.normalize("NFC", text.replace("\x00", " "))
    terms = [term[:MAX_TERM_LENGTH] for term in _WORD.findall(text)]
    return terms[:MAX_TERMS]


def build_match_query(text: str) -> str | None:
    """An FTS5 MATCH expression finding rows holding every word, each also as a prefix, so
    results appear while the last word is still being typed. None if there is no word.

    Each word is quoted, so nothing a person types (quotes, AND, NEAR, *, -) is read as syntax.
    """
    terms = search_terms(text)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into (text, is_match) runs, dropping stray markers."""
    parts: list[tuple[str, bool]] = []
    matched = False
    buffer: list[str] = []
    for char in snippet:
        if char in (MATCH_START, MATCH_END):
            if buffer:
                parts.append(("".join(buffer), matched))
                buffer = []
            matched = char == MATCH_START
        else:
            buffer.append(char)
    if buffer:
        parts.append(("".join(buffer), matched))
    return parts


def plain_snippet(snippet: str) -> str:
    return "".join(text for text, _ in snippet_parts(snippet))


def _fold(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def find_words(text: str, query_text: str) -> tuple[int, int] | None:
    """Where the first word of a search first appears in ``text``, as (start, end) indexes
    into ``text``, ignoring case and accents as the index does. None if it does not appear."""
    terms = [_fold_text(term) for term in search_terms(query_text)]
    terms = [term for term in terms if term]
    if not terms:
        return None
    folded: list[str] = []
    origin: list[int] = []  # folded index -> index in text
    for index, char in enumerate(text):
        piece = _fold(char)
        folded.append(piece)
        origin.extend([index] * len(piece))
    haystack = "".join(folded)
    best: tuple[int, int] | None = None
    for term in terms:
        found = haystack.find(term)
        if found < 0:
            continue
        start = origin[found]
        after = found + len(term)
        # Up to the next folded character, so trailing combining accents are included.
        end = origin[after] if after < len(origin) else len(text)
        if best is None or start < best[0]:
            best = (start, end)
    return best


def _fold_text(text: str) -> str:
    return "".join(_fold(char) for char in text)
