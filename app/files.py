"""Reading and writing the files whose formats app/core parses: the question bank, note templates
and question-set files. Core takes their text or bytes; the reading is done here, by its callers'
side (the composition root and the UI), so core never touches the disk.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.checklist import ChecklistFileError, ChecklistItem, parse_checklist
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.question_bank import BankLoadResult, BankProblem, parse_bank_bytes
from app.core.question_set_file import MAX_FILE_BYTES as MAX_SET_FILE_BYTES
from app.core.question_set_file import _refused, parse_set_document, set_to_document
from app.core.question_sets import QuestionSet
from app.core.thank_you import MAX_TEMPLATE_BYTES, decode_template, template_too_big, template_unreadable


def load_bank(path: Path) -> BankLoadResult:
    """Read the bank at ``path``. Never raises for a bad file: problems come back in the result."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return BankLoadResult(problems=[BankProblem(0, f"cannot read the question bank {path}: {exc.strerror}")])
    return parse_bank_bytes(raw, str(path))


def in_language(path: Path, language: str) -> Path:
    """The shipped file written in ``language`` ("es": ``questions.es.toml`` beside
    ``questions.toml``) when there is one, else the file itself (English)."""
    if language and language != "en":
        candidate = path.with_name(f"{path.stem}.{language}{path.suffix}")
        if candidate.is_file():
            return candidate
    return path


def load_builtin_bank(language: str = "") -> BankLoadResult:
    """The bank shipped with the app (resources/questions.toml), in ``language`` when shipped in it."""
    from app.paths import resource

    return load_bank(in_language(resource("questions.toml"), language))


def find_template(name: str, user_dir: Path | None, builtin_dir: Path, language: str = "") -> Path:
    """The user's copy in the data directory's templates folder wins over the shipped one, which
    is read in the person's language when it is shipped in it."""
    if user_dir is not None:
        candidate = user_dir / name
        if candidate.is_file():
            return candidate
    return in_language(builtin_dir / name, language)


def load_template(name: str, user_dir: Path | None, builtin_dir: Path, language: str = "") -> str:
    path = find_template(name, user_dir, builtin_dir, language)
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise template_too_big(str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise template_unreadable(str(path), str(exc.strerror or exc)) from exc
    return decode_template(raw, str(path))


def write_set_file(path: Path, question_set: QuestionSet, occupation_title: str = "") -> None:
    """Write atomically: the file is either the old one or the whole new one."""
    text = json.dumps(set_to_document(question_set, occupation_title), ensure_ascii=False, indent=2) + "\n"
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _refused(
            QT_TRANSLATE_NOOP("QuestionSetFile", "Could not write {file}: {reason}."),
            file=path.name,
            reason=exc.strerror or exc,
        ) from exc


def read_set_file(path: Path) -> tuple[QuestionSet, str]:
    """The set in ``path`` (not yet saved anywhere) and the occupation title it was made for."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SET_FILE_BYTES + 1)
    except OSError as exc:
        raise _refused(
            QT_TRANSLATE_NOOP("QuestionSetFile", "Could not open {file}: {reason}."),
            file=path.name,
            reason=exc.strerror or exc,
        ) from exc
    if len(raw) > MAX_SET_FILE_BYTES:
        raise _refused(
            QT_TRANSLATE_NOOP("QuestionSetFile", "{file} is too large to be a question set (over 512 KB)."),
            file=path.name,
        )
    return parse_set_document(raw, path.name)


CHECKLIST_FILE = "preparation.toml"


def load_checklist(data_dir: Path | None) -> tuple[list[ChecklistItem], str]:
    """The preparation checklist: the person's own copy in the data folder when there is a good one,
    else the shipped one. Returns the items and, when the person's copy was refused, why (else "")."""
    from app.paths import resource

    problem = ""
    if data_dir is not None:
        own = data_dir / CHECKLIST_FILE
        if own.is_file():
            try:
                return parse_checklist(own.read_bytes(), str(own)), ""
            except OSError as error:
                problem = f"cannot read {own}: {error.strerror or error}"
            except ChecklistFileError as error:
                problem = str(error)
    return parse_checklist(resource("checklists", CHECKLIST_FILE).read_bytes(), CHECKLIST_FILE), problem
