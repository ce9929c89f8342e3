"""Panes are handed the repositories and read models they use, never the whole store: in app/ui
only the shell's pane hooks, which hand each pane its part, name the Store."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
MAY_NAME_THE_STORE = {Path("shell", "pane.py")}


def names_the_store(source: str) -> list[int]:
    """The lines of ``source`` that import the whole store (for annotations too)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "app.store.store":
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "app.store":
            lines += [node.lineno for alias in node.names if alias.name == "store"]
        elif isinstance(node, ast.Import):
            lines += [node.lineno for alias in node.names if alias.name == "app.store.store"]
    return sorted(set(lines))


def test_no_pane_is_handed_the_whole_store():
    found = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if path.relative_to(UI) not in MAY_NAME_THE_STORE
        and (lines := names_the_store(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_store_scan_sees_each_way_of_naming_it():
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from app.store.store import Store\n"
        "from app.store import store\n"
        "import app.store.store\n"
        "from app.store.repositories import ContactRepository\n"
    )
    assert names_the_store(source) == [3, 4, 5]
