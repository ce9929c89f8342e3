"""The preparation checklist of an interview: its items, parsed from TOML text, and its progress.

The items come from ``resources/checklists/preparation.toml``, or from the person's own copy in
the data folder (read by ``app.files``; parsed here). Ticks are kept per interview by item key,
so rewording an item keeps what was ticked.

The shipped items' words are marked for translation below; the UI shows an item through Qt's
translation with this context, so a shipped item reads in the person's language and an item
the person wrote reads as written.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PreparationChecklist"
MAX_FILE_BYTES = 64 * 1024
MAX_ITEMS = 50
MAX_TEXT = 300
_KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")

SHIPPED_WORDS = (
    QT_TRANSLATE_NOOP("PreparationChecklist", "Research the occupation"),
    QT_TRANSLATE_NOOP("PreparationChecklist", "Research the organisation"),
    QT_TRANSLATE_NOOP("PreparationChecklist", "Pick your questions"),
    QT_TRANSLATE_NOOP("PreparationChecklist", "Bring paper and pen, or a charged laptop, and a watch"),
    QT_TRANSLATE_NOOP("PreparationChecklist", "Dress as for a job interview"),
    QT_TRANSLATE_NOOP("PreparationChecklist", "Confirm the time the day before"),
    QT_TRANSLATE_NOOP("PreparationChecklist", "Remember: do not ask for a job"),
)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    text: str
    has_notes: bool = False


@dataclass(frozen=True, slots=True)
class ChecklistMark:
    """What a person did with one item of one interview: ticked or not, and their notes."""

    key: str
    done: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistProgress:
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


class ChecklistFileError(ValueError):
    """The checklist file cannot be used; the message says why, for a person."""


def parse_checklist(raw: bytes, source: str = "preparation.toml") -> list[ChecklistItem]:
    if len(raw) > MAX_FILE_BYTES:
        raise ChecklistFileError(f"{source} is larger than {MAX_FILE_BYTES // 1024} KB; a checklist is a short list.")
    try:
        document = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ChecklistFileError(f"{source} is not UTF-8 text.") from error
    except tomllib.TOMLDecodeError as error:
        raise ChecklistFileError(f"{source} is not valid TOML ({error}).") from error
    entries = document.get("item")
    if not isinstance(entries, list) or not entries:
        raise ChecklistFileError(f"{source} has no [[item]] entries.")
    if len(entries) > MAX_ITEMS:
        raise ChecklistFileError(f"{source} has {len(entries)} items; at most {MAX_ITEMS} are read.")
    items: list[ChecklistItem] = []
    for number, entry in enumerate(entries, start=1):
        key = entry.get("key") if isinstance(entry, dict) else None
        text = entry.get("text") if isinstance(entry, dict) else None
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ChecklistFileError(f"Item {number} of {source} needs a key of small letters, digits and dashes.")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            raise ChecklistFileError(f"Item {number} of {source} needs a text of at most {MAX_TEXT} characters.")
        if any(item.key == key for item in items):
            raise ChecklistFileError(f"Item {number} of {source} repeats the key “{key}”.")
        items.append(ChecklistItem(key, text.strip(), bool(entry.get("notes", False))))
    return items


def checklist_progress(items: Iterable[ChecklistItem], marks: Iterable[ChecklistMark]) -> ChecklistProgress:
    """How many of the items are ticked (ticks of items no longer on the list do not count)."""
    keys = [item.key for item in items]
    ticked = {mark.key for mark in marks if mark.done}
    return ChecklistProgress(done=sum(key in ticked for key in keys), total=len(keys))
