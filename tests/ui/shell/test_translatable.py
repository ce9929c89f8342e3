"""Every string a person reads goes through Qt's translation, in a context lupdate can find."""

import ast

from app.core.entities import ContactSource, ContactStatus
from app.ui.widgets.i18n import tr_enum
from tests.fakes import installed_translation
from tests.ui.shell.untranslated import UI_DIR, findings_in, untranslated

# Files whose strings are still to be wrapped; each leaves this list as it is converted.
STILL_TO_TRANSLATE = {}


def test_no_user_visible_literal_escapes_translation():
    escaped = [finding for finding in untranslated() if finding.path not in STILL_TO_TRANSLATE]
    assert escaped == [], "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(map(str, escaped))


def test_the_finder_sees_the_shapes_people_read():
    source = """
class Page(QWidget):
    def build(self, name):
        QLabel("Hello")
        self.button.setToolTip(f"Open {name}")
        form.addRow("&Name:", edit)
        tabs.addTab(page, "Notes")
        QMessageBox.warning(self, "Oops", self.tr("fine"))
        QLabel(self.tr("Translated"))
        QLabel("")
        QLabel("—")
"""
    texts = [finding.text for finding in findings_in(source, "page.py")]
    assert texts == ["Hello", "f'Open {name}'", "&Name:", "Notes", "Oops"]


def test_classes_others_inherit_from_do_not_use_self_tr():
    # self.tr() takes its context from the class of the object at run time, so a base class's
    # words would be looked up under each subclass's name and never found.
    classes = {}
    for path in UI_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = node
    bases = {base.id for node in classes.values() for base in node.bases if isinstance(base, ast.Name)}
    offenders = []
    for name in bases & classes.keys():
        for node in ast.walk(classes[name]):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
            ):
                offenders.append(f"{name}: line {node.lineno}")
    assert offenders == []


def test_core_labels_are_translated_under_their_enum(qapp):
    words = {("ContactSource", "Neighbour"): "Vecino", ("ContactStatus", "Scheduled"): "Programada"}
    with installed_translation(words):
        assert tr_enum(ContactSource.NEIGHBOUR) == "Vecino"
        assert tr_enum(ContactStatus.SCHEDULED) == "Programada"
        assert tr_enum(ContactSource.FRIEND) == "Friend"
