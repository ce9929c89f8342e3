"""A question set as a small JSON file, so a workshop facilitator can hand one to a room.

The file says what it is (``format``) and which version of the format it uses. Reading checks
everything before anything is returned: a malformed or foreign file raises QuestionSetFileError
with a message a person can act on, and nothing is imported.

    {"format": "infointerview-question-set", "version": 1, "name": "...", "occupation": "...",
     "questions": [{"text": "...", "category": "...", "tiara": "insights", "minutes": 2}]}
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.question_bank import check_question_fields, parse_tiara
from app.core.question_sets import MAX_SET_QUESTIONS, QuestionSet, QuestionSetItem, clean_set_name

FORMAT_MARKER = "infointerview-question-set"
FORMAT_VERSION = 1
FILE_SUFFIX = ".json"
FILE_FILTER = "InfoInterview question sets (*.json);;All files (*)"
MAX_FILE_BYTES = 512 * 1024


class QuestionSetFileError(Exception):
    """The file cannot be used as a question set; str() is the message to show."""


def set_to_document(question_set: QuestionSet, occupation_title: str = "") -> dict:
    return {
        "format": FORMAT_MARKER,
        "version": FORMAT_VERSION,
        "name": question_set.name,
        "occupation": occupation_title,
        "questions": [
            {"text": item.text, "category": item.category, "tiara": item.tiara.value, "minutes": item.minutes}
            for item in question_set.items
        ],
    }


def write_set_file(path: Path, question_set: QuestionSet, occupation_title: str = "") -> None:
    """Write atomically: the file is either the old one or the whole new one."""
    text = json.dumps(set_to_document(question_set, occupation_title), ensure_ascii=False, indent=2) + "\n"
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise QuestionSetFileError(f"Could not write {path.name}: {exc.strerror or exc}.") from exc


def read_set_file(path: Path) -> tuple[QuestionSet, str]:
    """The set in ``path`` (not yet saved anywhere) and the occupation title it was made for."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise QuestionSetFileError(f"Could not open {path.name}: {exc.strerror or exc}.") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise QuestionSetFileError(f"{path.name} is too large to be a question set (over 512 KB).")
    return parse_set_document(raw, path.name)


def _json_problem(message: str) -> str:
    """The JSON reader's own words, without its dangling "at" (the line is given separately)."""
    message = message.strip()
    if message.endswith(" at"):
        message = message[: -len(" at")]
    return message[:1].lower() + message[1:]


def parse_set_document(raw: bytes, name: str = "The file") -> tuple[QuestionSet, str]:
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise QuestionSetFileError(f"{name} is not a question set: it is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise QuestionSetFileError(
            f"{name} is not a readable question set: it is damaged or cut short near line {exc.lineno} "
            f"({_json_problem(exc.msg)})."
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_MARKER:
        raise QuestionSetFileError(f"{name} is not an InfoInterview question set.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise QuestionSetFileError(f"{name} does not say which version of the format it uses.")
    if version > FORMAT_VERSION:
        raise QuestionSetFileError(
            f"{name} was made by a newer InfoInterview (format version {version}); update the app to open it."
        )
    if version < 1:
        raise QuestionSetFileError(f"{name} has an unknown format version ({version}).")

    raw_name = document.get("name")
    if not isinstance(raw_name, str):
        raise QuestionSetFileError(f"{name} has no set name.")
    try:
        set_name = clean_set_name(raw_name)
    except ValueError as exc:
        raise QuestionSetFileError(f"{name}: {exc}") from exc
    occupation = document.get("occupation", "")
    if not isinstance(occupation, str) or len(occupation) > 200 or "\x00" in occupation:
        raise QuestionSetFileError(f"{name} has an unreadable occupation.")

    questions = document.get("questions")
    if not isinstance(questions, list) or not questions:
        raise QuestionSetFileError(f"{name} holds no questions.")
    if len(questions) > MAX_SET_QUESTIONS:
        raise QuestionSetFileError(f"{name} holds {len(questions)} questions; a set can hold {MAX_SET_QUESTIONS}.")
    items: list[QuestionSetItem] = []
    for number, entry in enumerate(questions, start=1):
        if not isinstance(entry, dict):
            raise QuestionSetFileError(f"{name}: question {number} is not a question.")
        text = entry.get("text")
        category = entry.get("category", "General") or "General"
        tiara = entry.get("tiara", "insights")
        minutes = entry.get("minutes", 2)
        problems = check_question_fields(text, category, tiara, minutes)
        if problems:
            raise QuestionSetFileError(f"{name}: question {number}: {problems[0]}.")
        items.append(
            QuestionSetItem(
                text=" ".join(text.split()),
                category=category.strip(),
                tiara=parse_tiara(tiara),
                minutes=float(minutes),
            )
        )
    return QuestionSet(name=set_name, items=items), " ".join(occupation.split())
