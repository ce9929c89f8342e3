"""Drafting the thank-you note from a template the user can replace.

A template is a text file. An optional first line ``Subject: ...`` gives the email subject. Fields
are written ``$name``: ``$first_name``, ``$full_name``, ``$occupation``, ``$your_work`` ("your
work as an urban planner"), ``$organisation``, ``$points`` (one or two lines about what the
user picked from the notes: thank-you lines in the second person, or the points marked for the
user to put in their own words), ``$referral`` (a sentence about the person they suggested, or nothing) and
``$signature``. Unknown fields are left as typed, so a
mistake in a home-made template shows in the draft instead of breaking it.

The phrases the draft adds itself ("your work as …", the referral sentence, the marker around
points to word) are marked for translation (context "ThankYouNote"); ``ThankYouContext.words``
renders them, in English by default, and the UI passes its translator so that a note drafted from
a template in another language gets them in that language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from string import Template

from app.core.formatting import as_a, lower_first, shorten
from app.core.i18n import QT_TRANSLATE_NOOP, Text, text
from app.core.second_person import thank_you_line

THANK_YOU_TEMPLATE = "thank_you.txt"
OUTCOME_TEMPLATE = "outcome_update.txt"
DEFAULT_SUBJECT = "Thank you for your time"
MAX_POINTS = 2
# Points offered to pick from: enough to choose well, few enough to read. A long line is cut (at a
# word, with "…") to what fits a sentence of a letter.
MAX_CANDIDATE_POINTS = 12
POINT_LENGTH = 140
MAX_TEMPLATE_BYTES = 64 * 1024
_BLANK_RUNS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The time stamps Ctrl+T puts in notes ("[07:42] ", "[+01:10] ") are for the user, not the letter.
_TIME_STAMP = re.compile(r"\[\+?\d{1,3}:\d{2}\]\s*")


class TemplateError(Exception):
    """A template cannot be used; the message says which file and why.

    ``text`` is the message for a person, to translate; str() is the same message in English.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


@dataclass(frozen=True, slots=True)
class Draft:
    subject: str
    body: str


class PointWording(StrEnum):
    """How the points picked from the notes go into the note; the person chooses."""

    THANK_YOU_LINES = "thank_you_lines"  # "Thank you for explaining that ...", ready to edit
    OWN_WORDS = "own_words"  # left as points, marked for the person to word themselves


@dataclass(slots=True)
class ThankYouContext:
    full_name: str
    occupation: str = ""
    organisation: str = ""
    points: list[str] = field(default_factory=list)  # the lines as the person left them
    wording: PointWording = PointWording.THANK_YOU_LINES
    referral_names: list[str] = field(default_factory=list)
    signature: str = ""
    words: Callable[[Text], str] = str  # renders the draft's own phrases (English by default)

    @property
    def first_name(self) -> str:
        parts = self.full_name.split()
        return parts[0] if parts else self.full_name


def template_too_big(source: str) -> TemplateError:
    too_big = QT_TRANSLATE_NOOP(
        "TemplateError", "The template {path} is larger than 64 KB; a note template should be short."
    )
    return TemplateError(text("TemplateError", too_big, path=source))


def template_unreadable(source: str, reason: str) -> TemplateError:
    unreadable = QT_TRANSLATE_NOOP("TemplateError", "The template {path} cannot be read: {reason}")
    return TemplateError(text("TemplateError", unreadable, path=source, reason=reason))


def decode_template(raw: bytes, source: str) -> str:
    """The template's text from the file's bytes; ``source`` names the file in the error."""
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise template_too_big(source)
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        not_text = QT_TRANSLATE_NOOP("TemplateError", "The template {path} is not UTF-8 text.")
        raise TemplateError(text("TemplateError", not_text, path=source)) from exc
    return decoded.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")


def split_subject(template: str, default: str = DEFAULT_SUBJECT) -> tuple[str, str]:
    first, _, rest = template.partition("\n")
    if first.lower().startswith("subject:"):
        return first[len("subject:") :].strip(), rest.lstrip("\n")
    return default, template


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"


NOTE = "ThankYouNote"


def _join_names(names: Sequence[str], words: Callable[[Text], str] = str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return words(
        text(NOTE, QT_TRANSLATE_NOOP("ThankYouNote", "{names} and {last}"), names=", ".join(names[:-1]), last=names[-1])
    )


def _sentence(line: str) -> str:
    line = line.strip()
    return line if line[-1:] in ".!?…" else line + "."


def _points_text(
    points: Sequence[str], wording: PointWording = PointWording.THANK_YOU_LINES, words: Callable[[Text], str] = str
) -> str:
    chosen = [point.strip() for point in points if point.strip()][:MAX_POINTS]
    if not chosen:
        return ""
    if wording is PointWording.OWN_WORDS:
        # Marked, so the note cannot go out with the notes' own words by mistake.
        marked = QT_TRANSLATE_NOOP("ThankYouNote", "[In your own words: {points}]")
        return words(text(NOTE, marked, points="; ".join(point.rstrip(".") for point in chosen)))
    return " ".join(_sentence(point) for point in chosen)


def _your_work_text(words: Callable[[Text], str] = str) -> str:
    return words(text(NOTE, QT_TRANSLATE_NOOP("ThankYouNote", "your work")))


# The occupation with its English article, by article; another language words it its own way.
_A_ROLE = {
    "a": QT_TRANSLATE_NOOP("ThankYouNote", "a {occupation}"),
    "an": QT_TRANSLATE_NOOP("ThankYouNote", "an {occupation}"),
}


def _your_work(occupation: str, words: Callable[[Text], str] = str) -> str:
    """'your work as an urban planner' from the occupation title 'Urban planner'."""
    article = as_a(occupation).partition(" ")[0]
    if not article:
        return _your_work_text(words)
    role = text(NOTE, _A_ROLE[article], occupation=lower_first(occupation.strip()))
    return words(text(NOTE, QT_TRANSLATE_NOOP("ThankYouNote", "your work as {role}"), role=role))


def _referral_text(names: Sequence[str], words: Callable[[Text], str] = str) -> str:
    names = [name.strip() for name in names if name.strip()]
    if not names:
        return ""
    referral = QT_TRANSLATE_NOOP(
        "ThankYouNote", "Thank you too for suggesting I talk with {names}; I will get in touch."
    )
    return words(text(NOTE, referral, names=_join_names(names, words)))


def draft_thank_you(template: str, context: ThankYouContext) -> Draft:
    subject_template, body_template = split_subject(template)
    values = {
        "first_name": context.first_name,
        "full_name": context.full_name,
        "occupation": context.occupation or _your_work_text(context.words),
        "your_work": _your_work(context.occupation, context.words),
        "organisation": context.organisation,
        "points": _points_text(context.points, context.wording, context.words),
        "referral": _referral_text(context.referral_names, context.words),
        "signature": context.signature,
    }
    subject = Template(subject_template).safe_substitute(values).strip() or DEFAULT_SUBJECT
    body = _tidy(Template(body_template).safe_substitute(values))
    return Draft(subject=subject, body=body)


@dataclass(frozen=True, slots=True)
class CandidatePoints:
    points: list[str]
    more_exist: bool  # the notes hold more than were offered


def candidate_points(
    notes: str, answers: Iterable[str] = (), limit: int = MAX_CANDIDATE_POINTS, length: int = POINT_LENGTH
) -> CandidatePoints:
    """The first lines and sentences of the notes and answers that could be mentioned in the note.

    At most ``limit`` of them, each shortened to ``length`` characters, however long the notes.
    """
    seen: set[str] = set()
    found: list[str] = []
    for chunk in [notes, *answers]:
        for line in chunk.replace("\r", "\n").split("\n"):
            line = _TIME_STAMP.sub("", line.strip().lstrip("-*•>#")).strip()
            for sentence in _SENTENCE_END.split(line):
                sentence = sentence.strip()
                key = sentence.casefold()
                if len(sentence) < 8 or key in seen:
                    continue
                if len(found) >= limit:
                    return CandidatePoints(found, more_exist=True)
                seen.add(key)
                found.append(shorten(sentence, length))
    return CandidatePoints(found, more_exist=False)


def point_line(point: str, wording: PointWording) -> str:
    """The line offered for a picked point: said to the person, or the point itself to reword."""
    if wording is PointWording.THANK_YOU_LINES:
        return thank_you_line(point)
    return point.strip()
