"""Core sentences as the UI shows them in Spanish, looked up in the shipped catalogue.

The UI translates a ``Text`` by its context and source (``app.ui.widgets.i18n.tr_text``); this does
the same lookup without Qt, so a core test can show that a sentence reaches a Spanish speaker: a
sentence under the wrong context, or with words the catalogue does not hold, is not found.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from app.core.i18n import Text
from app.paths import resource


@cache
def _catalogue() -> dict[tuple[str, str], list[str]]:
    root = ET.parse(resource("translations", "infointerview_es.ts")).getroot()
    found: dict[tuple[str, str], list[str]] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found[(context.findtext("name"), message.findtext("source"))] = forms
    return found


def in_spanish(line: Text | str | None) -> str | None:
    """A line in Spanish: a marked sentence translated (Spanish: one form for 1, another for the
    rest) with its values filled in; what the person typed, and blank lines, as they are."""
    if line is None or isinstance(line, str):
        return line
    forms = _catalogue()[(line.context, line.source)]
    return line.fill(forms[0] if line.n == 1 or len(forms) == 1 else forms[1])
