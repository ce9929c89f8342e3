"""The catalogues: loaded as the app loads them, complete where they must be, and current."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.paths import resource
from app.ui.shell.translations import install_translations, remove_translations

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "packaging" / "i18n"))
from english_plurals import forms  # noqa: E402


def test_english_counted_messages_read_naturally(qapp):
    translate = QCoreApplication.translate
    assert translate("HomeView", "%Ln person(s)", None, 1) == "1 person"
    assert translate("HomeView", "%Ln person(s)", None, 2) == "2 people"
    assert translate("SearchView", "%Ln match(es), best first — Enter or double-click opens one.", None, 3) == (
        "3 matches, best first — Enter or double-click opens one."
    )


def test_every_english_counted_message_has_both_forms():
    tree = ElementTree.parse(resource("translations", "infointerview_en.ts"))
    missing = [
        message.findtext("source")
        for message in tree.iter("message")
        if message.get("numerus") == "yes"
        and not all((form.text or "").strip() for form in message.find("translation").findall("numerusform"))
    ]
    assert missing == []


def test_plural_forms_are_derived_from_the_source():
    assert forms("%n match(es) for {words}") == ("%n match for {words}", "%n matches for {words}")
    assert forms("%Ln person(s), %Ln interview(s)") == ("%Ln person, %Ln interview", "%Ln people, %Ln interviews")


def test_a_language_without_a_catalogue_still_gets_english_plurals(qapp):
    translators = install_translations(resource("translations"), QLocale(QLocale.Language.German))
    try:
        assert QCoreApplication.translate("HomeView", "%Ln person(s)", None, 2) == "2 people"
    finally:
        remove_translations(translators)


@pytest.mark.slow
def test_the_catalogues_hold_every_string_in_the_code(tmp_path):
    # Run the same extraction as packaging/i18n/update.sh into a copy: nothing new may appear.
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    committed = resource("translations", "infointerview_en.ts")
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    sources = sorted(str(path) for path in (ROOT / "app").rglob("*.py"))
    result = subprocess.run(
        [
            str(lupdate),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "en",
            *sources,
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    new = [int(count) for count in re.findall(r"\((\d+) new and", result.stdout)]
    assert new and sum(new) == 0, "run `bash packaging/i18n/update.sh` and commit the catalogues:\n" + result.stdout


def unnamed_context_sources(catalogue: Path) -> list[str]:
    """Messages lupdate found outside any context it could name (a call through a local helper
    such as ``tr = lambda text: translate("Ctx", text)``): the app looks them up under a context,
    so their translations would never be found."""
    tree = ElementTree.parse(catalogue)
    return [
        message.findtext("source")
        for context in tree.iter("context")
        if not (context.findtext("name") or "").strip()
        for message in context.iter("message")
    ]


def test_every_message_has_the_context_the_app_looks_it_up_in():
    assert unnamed_context_sources(resource("translations", "infointerview_en.ts")) == []
