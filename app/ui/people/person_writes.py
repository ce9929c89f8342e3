"""What the person form hands its autosaver: the fields typed, by person, written as changes.

Each edit is kept here by (person, field) until written, so switching people never mixes up whose
text is whose. A write sends only those fields (``ContactRepository.update_person``) and notes the
person first, so that the page can tell the change report of its own save from anyone else's.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.repositories import ContactRepository


class PersonWrites:
    def __init__(self) -> None:
        self.contacts: ContactRepository | None = None
        self._typed: dict[tuple[int, str], Any] = {}  # what was typed, until written again
        self._own: deque[int] = deque()  # appended on the autosaver's writer thread
        self._lock = threading.Lock()

    def typed(self, key: tuple[int, str], value: Any) -> None:
        self._typed[key] = value

    def snapshot(self, keys: set[Hashable]) -> Mapping[Hashable, Any]:
        return {key: self._typed[key] for key in keys if key in self._typed}

    def write(self, payload: Mapping[Hashable, Any]) -> None:
        if self.contacts is None:
            raise RuntimeError("no store to write to")
        by_person: dict[int, dict[str, Any]] = {}
        for (contact_id, name), value in payload.items():
            by_person.setdefault(contact_id, {})[name] = value
        for contact_id, changes in by_person.items():
            # Noted before writing: the change report may come while the write commits.
            with self._lock:
                self._own.append(contact_id)
            try:
                self.contacts.update_person(contact_id, changes)
            except BaseException as error:
                with self._lock, contextlib.suppress(ValueError):
                    self._own.remove(contact_id)  # nothing written, nothing reported
                if isinstance(error, LookupError):  # the person was removed meanwhile
                    continue
                raise

    def take_own_write(self) -> int | None:
        """The person of the oldest write whose change report has not been claimed yet."""
        with self._lock:
            return self._own.popleft() if self._own else None
