"""Saved question sets: a named, ordered choice of questions to reuse for the next interview."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.entities import Tiara

MAX_SET_NAME_LENGTH = 200
MAX_SET_QUESTIONS = 100


@dataclass(frozen=True, slots=True)
class QuestionSetItem:
    text: str
    category: str = ""
    tiara: Tiara = Tiara.INSIGHTS
    minutes: float = 2.0
    question_id: int | None = None  # the bank question it came from, if it is still there


@dataclass(slots=True)
class QuestionSet:
    name: str
    items: list[QuestionSetItem] = field(default_factory=list)
    occupation_id: int | None = None  # None: a set for any occupation
    id: int | None = None

    @property
    def total_minutes(self) -> float:
        return sum(item.minutes for item in self.items)


def clean_set_name(name: str) -> str:
    """The name as stored: one line, trimmed; raises ValueError with a reason a person can act on."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("Give the set a name.")
    if len(cleaned) > MAX_SET_NAME_LENGTH:
        raise ValueError(f"A set's name can be at most {MAX_SET_NAME_LENGTH} characters.")
    if "\x00" in cleaned:
        raise ValueError("A set's name cannot contain NUL characters.")
    return cleaned
