"""Finds user-visible strings in app/ui that do not go through Qt's translation.

A string counts as user-visible when it is a literal (or an f-string) handed straight to a Qt call
that shows text: a widget's constructor, setText, setToolTip, a message box, a menu, a tab, a form
row… Text passed through ``self.tr()`` / ``QCoreApplication.translate()`` is a call, not a literal,
so it is not reported.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[3] / "app" / "ui"

TEXT_METHODS = {
    "setText": 0,
    "setWindowTitle": 0,
    "setToolTip": 0,
    "setStatusTip": 0,
    "setWhatsThis": 0,
    "setPlaceholderText": 0,
    "setAccessibleName": 0,
    "setAccessibleDescription": 0,
    "setInformativeText": 0,
    "setDetailedText": 0,
    "setSuffix": 0,
    "setPrefix": 0,
    "setSpecialValueText": 0,
    "setTitle": 0,
    "setLabelText": 0,
    "setCancelButtonText": 0,
    "showMessage": 0,
    "addRow": 0,
    "addTab": 1,
    "insertTab": 2,
    "setTabText": 1,
    "addItem": 0,
    "addItems": 0,
    "insertItem": 1,
    "addButton": 0,
    "addMenu": 0,
    "addAction": 0,
    "addSection": 0,
    "setHorizontalHeaderLabels": 0,
    "setHeaderLabels": 0,
    "setItemText": 1,
    "setTabToolTip": 1,
    "setItemData": None,  # only tool tips, checked below
    "warning": 1,
    "information": 1,
    "critical": 1,
    "question": 1,
    "about": 1,
    "getText": 1,
    "getSaveFileName": 1,
    "getOpenFileName": 1,
}
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
    "QCommandLinkButton",
    "Column",  # a table column's heading (app/ui/table_model.py)
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _is_words(node: ast.AST) -> str | None:
    """The text of a literal a person would read (it has letters), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if any(ch.isalpha() for ch in node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str)]
        joined = "".join(parts)
        return ast.unparse(node) if any(ch.isalpha() for ch in joined) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_words(node.left) or _is_words(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            found = _is_words(element)
            if found:
                return found
    return None


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def findings_in(source: str, path: str) -> list[Finding]:
    found: list[Finding] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        candidates: list[ast.AST] = []
        if name in TEXT_WIDGETS and node.args:
            candidates.append(node.args[0])
        elif name == "setItemData" and len(node.args) >= 3 and "ToolTip" in ast.unparse(node.args[2]):
            candidates.append(node.args[1])
        elif name in TEXT_METHODS and TEXT_METHODS[name] is not None and len(node.args) > TEXT_METHODS[name]:
            candidates.append(node.args[TEXT_METHODS[name]])
        for keyword in node.keywords:
            if keyword.arg in ("text", "title", "toolTip", "placeholderText"):
                candidates.append(keyword.value)
        for candidate in candidates:
            text = _is_words(candidate)
            if text:
                found.append(Finding(path, node.lineno, text))
    return found


def untranslated(ui_dir: Path = UI_DIR) -> list[Finding]:
    results: list[Finding] = []
    for path in sorted(ui_dir.rglob("*.py")):
        relative = path.relative_to(ui_dir).as_posix()
        results += findings_in(path.read_text(encoding="utf-8"), relative)
    return results
