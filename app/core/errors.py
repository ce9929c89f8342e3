"""The errors the store's operations raise for the UI to act on; plain Python, so the UI can catch
them without importing the store."""

from __future__ import annotations

from app.core.entities import PickedQuestion


class NotFound(LookupError):
    """The record asked for is not there (deleted meanwhile, or never was)."""


class InvalidQuestion(ValueError):
    """The values cannot make a question; str() says why, for a person to read."""


class AlreadyPicked(ValueError):
    """The same question is already picked for this interview."""

    def __init__(self, existing: PickedQuestion) -> None:
        super().__init__("That question is already in your list.")
        self.existing = existing


class SearchUnavailable(Exception):
    """The index could not be read; the message is for the log."""


class AttachmentError(Exception):
    """A card image cannot be attached; the message says why in one sentence."""
