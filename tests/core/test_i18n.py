"""Core's words: marked for extraction, filled after translation, English when shown without Qt."""

import ast
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, text, translate

APP = Path(__file__).resolve().parents[2] / "app"


def test_values_are_filled_after_translation():
    sentence = translate("Ctx", "{name}: %n step(s) left", None, 2).with_values(name="Ana")
    assert str(sentence) == "Ana: 2 steps left"  # the English form for the count
    assert str(translate("Ctx", "%n person(s), %n match(es)", None, 1)) == "1 person, 1 match"
    assert str(translate("Ctx", "%n person(s), %n match(es)", None, 3)) == "3 people, 3 matches"
    assert sentence.fill("{name} — quedan %n pasos") == "Ana — quedan 2 pasos"
    assert str(translate("Ctx", "%Ln people", None, 12345)) == "12,345 people"
    assert str(text("Ctx", QT_TRANSLATE_NOOP("Ctx", "Hello {who}"), who="you")) == "Hello you"


def test_no_translation_call_hides_from_lupdate():
    # lupdate skips a translate()/tr() call with keyword arguments without a word: the string
    # would silently never reach the translators.
    hidden = []
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP") and node.keywords:
                hidden.append(f"{path.relative_to(APP)}:{node.lineno}")
            # In translate() (not self.tr()) lupdate reads the count only from a plain name.
            marking = bool(node.args) and isinstance(node.args[0], ast.Constant)  # not a run-time lookup
            if (
                name == "translate"
                and marking
                and len(node.args) >= 4
                and not isinstance(node.args[3], ast.Name | ast.Constant)
            ):
                hidden.append(f"{path.relative_to(APP)}:{node.lineno} (count not a plain name)")
    assert hidden == []
