"""The question bank: the built-in questions from a TOML file, checked entry by entry.

The file is a list of ``[[question]]`` tables, each with ``key``, ``text``, ``category``,
``tiara`` and ``minutes``. A bad entry is reported with the line it starts on (or the line of
the offending field) and left out; every good entry still loads. A file that is not valid TOML
as a whole is cut at its ``[[question]]`` headers and each piece is read on its own, so one
broken quote costs one question, not the bank.

``tomllib`` reports no line numbers for values, so the lines are found from the text itself.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.core import i18n
from app.core.entities import Tiara
from app.core.i18n import QT_TRANSLATE_NOOP, Text

MAX_TEXT_LENGTH = 1000
MAX_CATEGORY_LENGTH = 60
MIN_MINUTES = 0.5
MAX_MINUTES = 20.0
MAX_FILE_BYTES = 1_000_000

_KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
_HEADER_PATTERN = re.compile(r"^\s*\[\[\s*question\s*\]\]\s*(#.*)?$")
_FIELDS = ("key", "text", "category", "tiara", "minutes")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class BankQuestion:
    """A question a person can pick: from the built-in bank (``key``) or their own (``id``)."""

    key: str
    text: str
    category: str
    tiara: Tiara
    minutes: float
    id: int | None = None  # the store's id of a custom question

    @property
    def is_custom(self) -> bool:
        return self.id is not None


@dataclass(frozen=True, slots=True)
class BankProblem:
    line: int  # 1-based; 0 when the problem concerns the file as a whole
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(slots=True)
class BankLoadResult:
    questions: list[BankQuestion] = field(default_factory=list)
    problems: list[BankProblem] = field(default_factory=list)

    @property
    def categories(self) -> list[str]:
        return categories_of(self.questions)


def categories_of(questions: Iterable[BankQuestion]) -> list[str]:
    """Categories in the order they first appear."""
    seen: dict[str, None] = {}
    for question in questions:
        seen.setdefault(question.category, None)
    return list(seen)


def folded(text: str) -> str:
    """Text for matching: case, accents and spacing do not matter ("Résumé" finds "resume")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())


def filter_questions(
    questions: Iterable[BankQuestion],
    text: str = "",
    category: str | None = None,
    tiara: Tiara | None = None,
    *,
    custom_only: bool = False,
) -> list[BankQuestion]:
    """The questions matching every given filter; ``text`` matches words in the text or category."""
    words = folded(text).split()
    matches = []
    for question in questions:
        if category is not None and question.category != category:
            continue
        if tiara is not None and question.tiara != tiara:
            continue
        if custom_only and not question.is_custom:
            continue
        haystack = folded(f"{question.text} {question.category}")
        if all(word in haystack for word in words):
            matches.append(question)
    return matches


TIARA_CONTEXT = "Tiara"
_TIARA_LABELS = {
    Tiara.TRENDS: QT_TRANSLATE_NOOP("Tiara", "Trends"),
    Tiara.INSIGHTS: QT_TRANSLATE_NOOP("Tiara", "Insights"),
    Tiara.ADVICE: QT_TRANSLATE_NOOP("Tiara", "Advice"),
    Tiara.RESOURCES: QT_TRANSLATE_NOOP("Tiara", "Resources"),
    Tiara.ASSIGNMENTS: QT_TRANSLATE_NOOP("Tiara", "Assignments"),
}


def tiara_label(tag: Tiara) -> str:
    """The tag's name for a person, marked for translation under ``TIARA_CONTEXT`` (the UI shows it
    with ``tr_label(TIARA_CONTEXT, tiara_label(tag))``)."""
    return _TIARA_LABELS[Tiara(tag)]


def question_field_problems(text: object, category: object, tiara: object, minutes: object) -> list[Text]:
    """What is wrong with these values for a question, in words a person can act on; [] if nothing.

    Each problem is a clause ("the category is empty"), for the UI to translate (``tr_text``).
    """
    problems: list[Text] = []
    if not isinstance(text, str) or not text.strip():
        problems.append(i18n.text("QuestionBank", QT_TRANSLATE_NOOP("QuestionBank", "the question text is empty")))
    elif len(text) > MAX_TEXT_LENGTH:
        problems.append(
            i18n.text(
                "QuestionBank",
                QT_TRANSLATE_NOOP("QuestionBank", "the question text is %n characters long; the limit is {limit}"),
                n=len(text),
                limit=MAX_TEXT_LENGTH,
            )
        )
    elif _CONTROL_CHARACTERS.search(text):
        problems.append(
            i18n.text(
                "QuestionBank",
                QT_TRANSLATE_NOOP("QuestionBank", "the question text contains control characters (such as NUL)"),
            )
        )
    if not isinstance(category, str) or not category.strip():
        problems.append(i18n.text("QuestionBank", QT_TRANSLATE_NOOP("QuestionBank", "the category is empty")))
    elif len(category) > MAX_CATEGORY_LENGTH:
        problems.append(
            i18n.text(
                "QuestionBank",
                QT_TRANSLATE_NOOP("QuestionBank", "the category is longer than %n characters"),
                n=MAX_CATEGORY_LENGTH,
            )
        )
    elif _CONTROL_CHARACTERS.search(category) or "\n" in category:
        problems.append(
            i18n.text(
                "QuestionBank",
                QT_TRANSLATE_NOOP("QuestionBank", "the category contains control characters or line breaks"),
            )
        )
    if parse_tiara(tiara) is None:
        problems.append(
            i18n.text(
                "QuestionBank",
                QT_TRANSLATE_NOOP("QuestionBank", "the TIARA tag {tag} is not one of: {choices}"),
                tag=repr(tiara),
                choices=", ".join(tag.value for tag in Tiara),  # the words the file uses, not translated
            )
        )
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        problems.append(
            i18n.text(
                "QuestionBank",
                QT_TRANSLATE_NOOP("QuestionBank", "the minutes estimate {minutes} is not a number"),
                minutes=repr(minutes),
            )
        )
    elif not MIN_MINUTES <= minutes <= MAX_MINUTES:
        problems.append(
            i18n.text(
                "QuestionBank",
                QT_TRANSLATE_NOOP("QuestionBank", "the minutes estimate {minutes} is outside {low}–{high}"),
                minutes=f"{minutes:g}",
                low=f"{MIN_MINUTES:g}",
                high=f"{MAX_MINUTES:g}",
            )
        )
    return problems


def check_question_fields(text: object, category: object, tiara: object, minutes: object) -> list[str]:
    """The problems of ``question_field_problems`` in English, for the store's errors and the log."""
    return [str(problem) for problem in question_field_problems(text, category, tiara, minutes)]


def parse_tiara(value: object) -> Tiara | None:
    if not isinstance(value, str):
        return None
    try:
        return Tiara(value.strip().lower())
    except ValueError:
        return None


def parse_bank_bytes(raw: bytes, source: str) -> BankLoadResult:
    """The bank in ``raw``, read from ``source`` (named in the problems). Never raises for a bad
    file: problems come back in the result."""
    if len(raw) > MAX_FILE_BYTES:
        return BankLoadResult(problems=[BankProblem(0, f"the question bank {source} is larger than 1 MB")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return BankLoadResult(problems=[BankProblem(line, "the file is not UTF-8 text")])
    return parse_bank(text)


def parse_bank(text: str) -> BankLoadResult:
    lines = text.splitlines()
    headers = [number for number, line in enumerate(lines, start=1) if _HEADER_PATTERN.match(line)]
    result = BankLoadResult()
    loaded: list[tuple[int, BankQuestion | None]] = []
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        document = None

    if document is not None:
        entries = document.get("question", [])
        extra = sorted(set(document) - {"question", "version"})
        if extra:
            result.problems.append(BankProblem(1, f"unknown top-level entries ignored: {', '.join(extra)}"))
        if not isinstance(entries, list) or len(entries) != len(headers):
            # A [[question]] written some other way (inline, dotted); fall back to piecewise reading.
            document = None
        else:
            blocks = [(start, _block_end(headers, index, len(lines))) for index, start in enumerate(headers)]
            for entry, (start, end) in zip(entries, blocks, strict=True):
                loaded.append((start, _read_entry(result, entry, lines, start, end)))

    if document is None:
        result = BankLoadResult()
        loaded = []
        preamble_end = headers[0] - 1 if headers else len(lines)
        _check_preamble(result, lines[:preamble_end])
        for index, start in enumerate(headers):
            end = _block_end(headers, index, len(lines))
            block = "\n".join(lines[start - 1 : end])
            try:
                piece = tomllib.loads(block)
            except tomllib.TOMLDecodeError as exc:
                result.problems.append(BankProblem(_error_line(exc, start), f"this question is not valid TOML: {exc}"))
                continue
            entries = piece.get("question", [])
            if len(entries) != 1:
                result.problems.append(BankProblem(start, "expected exactly one question after this header"))
                continue
            loaded.append((start, _read_entry(result, entries[0], lines, start, end)))

    if not headers and not result.problems:
        result.problems.append(BankProblem(0, "the question bank has no [[question]] entries"))
    seen: set[str] = set()
    for start, question in loaded:
        if question is None:
            continue
        if question.key in seen:
            result.problems.append(BankProblem(start, f"the key {question.key!r} is used twice; this one is left out"))
            continue
        seen.add(question.key)
        result.questions.append(question)
    result.problems.sort(key=lambda problem: problem.line)
    return result


def _block_end(headers: list[int], index: int, line_count: int) -> int:
    return headers[index + 1] - 1 if index + 1 < len(headers) else line_count


def _check_preamble(result: BankLoadResult, preamble: list[str]) -> None:
    try:
        tomllib.loads("\n".join(preamble))
    except tomllib.TOMLDecodeError as exc:
        result.problems.append(BankProblem(_error_line(exc, 1), f"the start of the file is not valid TOML: {exc}"))


def _error_line(exc: tomllib.TOMLDecodeError, block_start: int) -> int:
    match = re.search(r"line (\d+)", str(exc))
    return block_start + int(match.group(1)) - 1 if match else block_start


def _field_line(lines: list[str], start: int, end: int, name: str) -> int:
    pattern = re.compile(rf"^\s*{name}\s*=")
    for number in range(start, end + 1):
        if pattern.match(lines[number - 1]):
            return number
    return start


def _read_entry(result: BankLoadResult, entry: object, lines: list[str], start: int, end: int) -> BankQuestion | None:
    """The question in ``entry``, or None after noting in ``result`` what is wrong with it."""
    if not isinstance(entry, dict):
        result.problems.append(BankProblem(start, "this question is not a table of fields"))
        return None
    key = entry.get("key")
    label = f"question {key!r}" if isinstance(key, str) and key else "this question"
    missing = [name for name in _FIELDS if name not in entry]
    if missing:
        result.problems.append(BankProblem(start, f"{label} is missing {', '.join(missing)}"))
        return None
    if not isinstance(key, str) or not _KEY_PATTERN.match(key):
        line = _field_line(lines, start, end, "key")
        result.problems.append(
            BankProblem(line, f"the key {key!r} must be lower-case letters, digits, '-' or '_' (up to 80)")
        )
        return None
    bad = False
    for name in ("text", "category", "tiara", "minutes"):
        # Check one field at a time so each message can point at that field's own line.
        for message in check_question_fields(**{**_VALID_SAMPLE, name: entry[name]}):
            result.problems.append(BankProblem(_field_line(lines, start, end, name), f"{label}: {message}"))
            bad = True
    if bad:
        return None
    unknown = sorted(set(entry) - set(_FIELDS))
    if unknown:
        result.problems.append(BankProblem(start, f"{label}: unknown fields ignored: {', '.join(unknown)}"))
    return BankQuestion(
        key=key,
        text=" ".join(entry["text"].split()),
        category=entry["category"].strip(),
        tiara=parse_tiara(entry["tiara"]) or Tiara.INSIGHTS,
        minutes=float(entry["minutes"]),
    )


_VALID_SAMPLE = {"text": "?", "category": "c", "tiara": "trends", "minutes": 1}
