"""Words from core, ready for translation, without Qt.

Core never formats a sentence a person reads into a final string. It returns a ``Text``: the
English source, marked so that ``pyside6-lupdate`` extracts it, plus the values to put in it.
The UI translates it (``app.ui.widgets.i18n.tr_text``); the command line and the logs use ``str(text)``,
the English.

Marking: ``QT_TRANSLATE_NOOP("Context", "source")`` returns the source unchanged, and
``translate("Context", "%n step(s) left", None, count)`` returns a ``Text`` for a sentence whose
wording changes with a count; lupdate finds both calls by their names (and takes the second as a
plural message). lupdate silently skips a call that has keyword arguments, so values are added
afterwards: ``translate(...).with_values(name=...)``. Placeholders are Python ``{name}`` fields,
filled after translation, so a translator may move them; a count is written ``%n`` (``%Ln`` for
the locale's digit grouping), as Qt's plural forms expect.
"""

from __future__ import annotations

import re
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

    def with_values(self, **args: object) -> Text:
        return Text(self.context, self.source, MappingProxyType({**self.args, **args}), self.n)

    def fill(self, translated: str) -> str:
        """Put the values into ``translated`` (the source, or its translation)."""
        if self.n >= 0:
            translated = translated.replace("%Ln", f"{self.n:,}").replace("%n", str(self.n))
        return translated.format(**self.args) if self.args else translated

    def __str__(self) -> str:
        """The English, a counted message in the form its count needs ("1 person", "2 people")."""
        return self.fill(english_form(self.source, self.n) if self.n >= 0 else self.source)


# As packaging/i18n/english_plurals.py derives the English catalogue's forms.
_IRREGULAR = {"person(s)": ("person", "people")}
_SUFFIX = re.compile(r"(\w+)\((e?s)\)")


def english_form(source: str, n: int) -> str:
    """The English of a counted source ("%n match(es)") for the count ``n``."""
    for counted, (one, many) in _IRREGULAR.items():
        source = source.replace(counted, one if n == 1 else many)
    return _SUFFIX.sub(lambda match: match.group(1) + ("" if n == 1 else match.group(2)), source)


def text(context: str, source: str, /, n: int = -1, **args: object) -> Text:
    """A sentence for a person; mark ``source`` with QT_TRANSLATE_NOOP at the call site."""
    return Text(context, source, MappingProxyType(dict(args)), n)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Text:
    """A sentence for a person, marked for lupdate (no keyword arguments: see the module's note)."""
    return Text(context, source, MappingProxyType({}), n)
