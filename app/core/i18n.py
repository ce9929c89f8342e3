"""Words from core, ready for translation, without Qt.

Core never formats a sentence a person reads into a final string. It returns a ``Text``: the
English source, marked so that ``pyside6-lupdate`` extracts it, plus the values to put in it.
The UI translates it (``app.ui.i18n.tr_text``); the command line and the logs use ``str(text)``,
the English.

Marking: ``QT_TRANSLATE_NOOP("Context", "source")`` returns the source unchanged; lupdate finds
the call by its name. Placeholders are Python ``{name}`` fields, filled after translation, so a
translator may move them. A count that changes the wording is ``n`` and written ``%n`` in the
source, as Qt's plural forms expect.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


@dataclass(frozen=True, slots=True)
class Text:
    context: str
    source: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    n: int = -1  # a count for plural forms (%n), or -1

    def fill(self, translated: str) -> str:
        """Put the values into ``translated`` (the source, or its translation)."""
        if self.n >= 0:
            translated = translated.replace("%n", str(self.n))
        return translated.format(**self.args) if self.args else translated

    def __str__(self) -> str:
        return self.fill(self.source)


def text(context: str, source: str, /, n: int = -1, **args: object) -> Text:
    """A sentence for a person; mark ``source`` with QT_TRANSLATE_NOOP at the call site."""
    return Text(context, source, MappingProxyType(dict(args)), n)
