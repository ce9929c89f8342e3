"""A question set as a small JSON file, so a workshop facilitator can hand one to a room.

The file says what it is (``format``) and which version of the format it uses. Reading checks
everything before anything is returned: a malformed or foreign file raises QuestionSetFileError
with a message a person can act on, and nothing is imported.

    {"format": "infointerview-question-set", "version": 1, "name": "...", "occupation": "...",
     "questions": [{"text": "...", "category": "...", "tiara": "insights", "minutes": 2}]}
"""

from __future__ import annotations

import json

from app.core import i18n
from app.core.i18n import QT_TRANSLATE_NOOP, Text
from app.core.question_bank import parse_tiara, question_field_problems
from app.core.question_sets import MAX_SET_QUESTIONS, QuestionSet, QuestionSetItem, clean_set_name

FORMAT_MARKER = "infointerview-question-set"
FORMAT_VERSION = 1
FILE_SUFFIX = ".json"
FILE_FILTER = QT_TRANSLATE_NOOP("QuestionSetFile", "InfoInterview question sets (*.json);;All files (*)")
MAX_FILE_BYTES = 512 * 1024


class QuestionSetFileError(Exception):
    """The file cannot be used as a question set.

    ``text`` is the message for a person, to translate (some of its values are Texts too); str() is
    the same message in English, for the log and the command line.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def _refused(source: str, /, n: int = -1, **args: object) -> QuestionSetFileError:
    """The error for a message marked with QT_TRANSLATE_NOOP("QuestionSetFile", source)."""
    return QuestionSetFileError(i18n.text("QuestionSetFile", source, n, **args))


# Stands in for the file's name when the bytes came from somewhere else.
_THE_FILE = i18n.text("QuestionSetFile", QT_TRANSLATE_NOOP("QuestionSetFile", "The file"))


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


def _json_problem(message: str) -> str:
    """The JSON reader's own words, without its dangling "at" (the line is given separately)."""
    message = message.strip()
    if message.endswith(" at"):
        message = message[: -len(" at")]
    return message[:1].lower() + message[1:]


def parse_set_document(raw: bytes, name: str | Text = _THE_FILE) -> tuple[QuestionSet, str]:
    """The set in ``raw``; ``name`` is the file's name, for the messages."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _refused(
            QT_TRANSLATE_NOOP("QuestionSetFile", "{file} is not a question set: it is not UTF-8 text."), file=name
        ) from exc
    except json.JSONDecodeError as exc:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "QuestionSetFile",
                "{file} is not a readable question set: it is damaged or cut short near line {line} ({problem}).",
            ),
            file=name,
            line=exc.lineno,
            problem=_json_problem(exc.msg),  # the JSON reader's words, in English
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_MARKER:
        raise _refused(QT_TRANSLATE_NOOP("QuestionSetFile", "{file} is not an InfoInterview question set."), file=name)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _refused(
            QT_TRANSLATE_NOOP("QuestionSetFile", "{file} does not say which version of the format it uses."), file=name
        )
    if version > FORMAT_VERSION:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "QuestionSetFile",
                "{file} was made by a newer InfoInterview (format version {version}); update the app to open it.",
            ),
            file=name,
            version=version,
        )
    if version < 1:
        raise _refused(
            QT_TRANSLATE_NOOP("QuestionSetFile", "{file} has an unknown format version ({version})."),
            file=name,
            version=version,
        )

    raw_name = document.get("name")
    if not isinstance(raw_name, str):
        raise _refused(QT_TRANSLATE_NOOP("QuestionSetFile", "{file} has no set name."), file=name)
    try:
        set_name = clean_set_name(raw_name)
    except ValueError as exc:
        # clean_set_name's reason comes in English.
        raise _refused(QT_TRANSLATE_NOOP("QuestionSetFile", "{file}: {problem}"), file=name, problem=str(exc)) from exc
    occupation = document.get("occupation", "")
    if not isinstance(occupation, str) or len(occupation) > 200 or "\x00" in occupation:
        raise _refused(QT_TRANSLATE_NOOP("QuestionSetFile", "{file} has an unreadable occupation."), file=name)

    questions = document.get("questions")
    if not isinstance(questions, list) or not questions:
        raise _refused(QT_TRANSLATE_NOOP("QuestionSetFile", "{file} holds no questions."), file=name)
    if len(questions) > MAX_SET_QUESTIONS:
        raise _refused(
            QT_TRANSLATE_NOOP("QuestionSetFile", "{file} holds %n questions; a set can hold {limit}."),
            n=len(questions),
            file=name,
            limit=MAX_SET_QUESTIONS,
        )
    items: list[QuestionSetItem] = []
    for number, entry in enumerate(questions, start=1):
        if not isinstance(entry, dict):
            raise _refused(
                QT_TRANSLATE_NOOP("QuestionSetFile", "{file}: question {number} is not a question."),
                file=name,
                number=number,
            )
        text = entry.get("text")
        category = entry.get("category", "General") or "General"
        tiara = entry.get("tiara", "insights")
        minutes = entry.get("minutes", 2)
        problems = question_field_problems(text, category, tiara, minutes)
        if problems:
            raise _refused(
                QT_TRANSLATE_NOOP("QuestionSetFile", "{file}: question {number}: {problem}."),
                file=name,
                number=number,
                problem=problems[0],
            )
        items.append(
            QuestionSetItem(
                text=" ".join(text.split()),
                category=category.strip(),
                tiara=parse_tiara(tiara),
                minutes=float(minutes),
            )
        )
    return QuestionSet(name=set_name, items=items), " ".join(occupation.split())
