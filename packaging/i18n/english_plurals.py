"""Fill in the English plural forms of the catalogue's counted messages ("%n match(es)").

pyside6-lupdate marks a message as counted (plural) only when the count in a
``QCoreApplication.translate()`` call is a literal, so every message with ``%n`` or ``%Ln`` in its
source is marked counted here first.

Qt writes a counted message once, in the source language, with "(s)" where the word changes; the
English catalogue then says what the singular and the plural are. This fills the forms it can
derive ("match(es)" -> "match" / "matches"), using IRREGULAR for words that change otherwise,
and leaves alone any form a person already wrote.

    python packaging/i18n/english_plurals.py resources/translations/infointerview_en.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

IRREGULAR = {"person(s)": ("person", "people")}
_SUFFIX = re.compile(r"(\w+)\((e?s)\)")


def forms(source: str) -> tuple[str, str]:
    singular, plural = source, source
    for counted, (one, many) in IRREGULAR.items():
        singular = singular.replace(counted, one)
        plural = plural.replace(counted, many)
    singular = _SUFFIX.sub(lambda match: match.group(1), singular)
    plural = _SUFFIX.sub(lambda match: match.group(1) + match.group(2), plural)
    return singular, plural


def mark_counted(tree: ElementTree.ElementTree, forms_count: int = 2) -> None:
    """Make every message whose source holds a count a plural message, as Qt needs it to be."""
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes" or not re.search(r"%L?n", source):
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        old = (translation.text or "").strip()
        translation.text = None
        for _ in range(forms_count):
            ElementTree.SubElement(translation, "numerusform").text = old or None
        if not old:
            translation.set("type", "unfinished")


def fill(path: Path) -> int:
    tree = ElementTree.parse(path)
    mark_counted(tree)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        if all((form.text or "").strip() for form in numerus) and translation.get("type") != "unfinished":
            continue
        one, many = forms(message.findtext("source"))
        for form, text in zip(numerus, (one, many), strict=False):
            if not (form.text or "").strip():
                form.text = text
        translation.attrib.pop("type", None)
        filled += 1
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(f"{argument}: filled {fill(Path(argument))} counted message(s)")
