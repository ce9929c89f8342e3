"""Work on a translation catalogue (.ts) outside Qt Linguist: list what is left, fill it in, check it.

    python packaging/i18n/catalogue.py todo resources/translations/infointerview_es.ts > todo.json
    python packaging/i18n/catalogue.py fill resources/translations/infointerview_es.ts done.json
    python packaging/i18n/catalogue.py check resources/translations/infointerview_es.ts
    python packaging/i18n/catalogue.py counted resources/translations/infointerview_es.ts > kept.json
    python packaging/i18n/catalogue.py take resources/translations/infointerview_es.ts other_copy.ts

``todo`` writes a JSON list of the unfinished messages: ``{"context", "source", "comment",
"plural"}``. ``fill`` takes the same list with a ``translation`` added to each entry — a string,
or for a plural message a list of forms in the language's order (Spanish: one, other) — and
writes them into the catalogue as finished. ``check`` exits 1 and lists what is unfinished, or
whose placeholders ({name}, %n) differ from the source's. ``counted`` lists the finished plural
messages, which ``update.sh`` puts back after lupdate. ``take`` fills the unfinished messages from
another copy of the catalogue (two branches that each translated their own new messages). Run ``update.sh`` afterwards to compile.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")
# Values the code hands to a message beside the ones its English uses: a translation may use them
# instead. {role} carries the English article ("an urban planner"); {occupation} is the bare title.
STAND_INS = {"{role}": "{occupation}"}


def _messages(tree: ElementTree.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _key(context: str, message: ElementTree.Element) -> tuple[str, str, str]:
    return context, message.findtext("source", ""), message.findtext("comment", "")


def _is_plural(message: ElementTree.Element) -> bool:
    # lupdate marks a message counted only for a literal count; a %n in the source says it is.
    return message.get("numerus") == "yes" or bool(re.search(r"%L?n", message.findtext("source", "")))


def _texts(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if _is_plural(message):
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def unfinished(path: Path) -> list[dict]:
    tree = ElementTree.parse(path)
    left = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            name, source, comment = _key(context, message)
            left.append({"context": name, "source": source, "comment": comment, "plural": _is_plural(message)})
    return left


def counted(path: Path) -> list[dict]:
    """The finished plural messages with their forms, to be put back after lupdate (which drops
    the forms of a message it did not itself see as counted)."""
    kept = []
    for context, message in _messages(ElementTree.parse(path)):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not _is_plural(message):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if len(forms) > 1 and all(forms):
            name, source, comment = _key(context, message)
            kept.append({"context": name, "source": source, "comment": comment, "translation": forms})
    return kept


def finished(path: Path) -> list[dict]:
    """Every finished message with its translation (a list of forms for a plural one)."""
    found = []
    for context, message in _messages(ElementTree.parse(path)):
        translation = message.find("translation")
        texts = _texts(message)
        if translation is None or translation.get("type") == "unfinished" or not all(texts) or not texts:
            continue
        name, source, comment = _key(context, message)
        found.append(
            {
                "context": name,
                "source": source,
                "comment": comment,
                "translation": texts if _is_plural(message) and len(texts) > 1 else texts[0],
            }
        )
    return found


def fill(path: Path, done: list[dict]) -> int:
    wanted = {(entry["context"], entry["source"], entry.get("comment", "")): entry["translation"] for entry in done}
    tree = ElementTree.parse(path)
    filled = 0
    for context, message in _messages(tree):
        key = _key(context, message)
        if key not in wanted:
            continue
        value = wanted[key]
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if _is_plural(message):
            message.set("numerus", "yes")
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Qt's tools write the DOCTYPE; ElementTree drops it.
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        path.write_text(text, encoding="utf-8")
    return filled


def problems(path: Path) -> list[str]:
    found = []
    tree = ElementTree.parse(path)
    for context, message in _messages(tree):
        name, source, _comment = _key(context, message)
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not any(_texts(message)):
            found.append(f"unfinished: {name}: {source!r}")
            continue
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        expected = sorted(set(_PLACEHOLDER.findall(source)))
        for text in _texts(message):
            for placeholder, stand_in in STAND_INS.items():
                if placeholder in source and stand_in not in source:
                    text = text.replace(stand_in, placeholder)
            got = sorted(set(_PLACEHOLDER.findall(text)))
            # A plural form may leave %n out ("una persona"), never add one the source lacks.
            if got != expected and not (_is_plural(message) and set(got) | {"%n"} == set(expected) | {"%n"}):
                found.append(f"placeholders differ: {name}: {source!r} -> {text!r}")
    return found


def main(argv: list[str]) -> int:
    command, catalogue = argv[0], Path(argv[1])
    if command == "todo":
        json.dump(unfinished(catalogue), sys.stdout, ensure_ascii=False, indent=1)
        return 0
    if command == "counted":
        json.dump(counted(catalogue), sys.stdout, ensure_ascii=False, indent=1)
        return 0
    if command == "take":  # fill what is unfinished here from another copy of the catalogue
        left = {(entry["context"], entry["source"], entry["comment"]) for entry in unfinished(catalogue)}
        other = [entry for entry in finished(Path(argv[2])) if (entry["context"], entry["source"], entry["comment"]) in left]
        print(f"{fill(catalogue, other)} message(s) taken from {argv[2]}")
        return 0
    if command == "fill":
        done = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(catalogue, done)} message(s) filled in {catalogue}")
        return 0
    if command == "check":
        found = problems(catalogue)
        for line in found:
            print(line)
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
