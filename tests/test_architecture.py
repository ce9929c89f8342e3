"""The layers keep to their rules: app/ui never imports the store at run time (only for
annotations, under ``if TYPE_CHECKING:``), and app/core reads no files (it is handed text or
bytes; the one place that asks the host is the clock)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "app" / "ui"
CORE = ROOT / "app" / "core"
# The clock asks the host for its time zone (it reads /etc/localtime through zoneinfo).
CORE_MAY_ASK_THE_HOST = {"clock.py"}
FILE_METHODS = {"read_text", "read_bytes", "write_text", "write_bytes", "open", "is_file", "exists", "stat", "iterdir"}
FILE_MODULES = {"sqlite3", "os", "shutil", "io", "tempfile", "glob", "sqlalchemy"}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _run_time_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of the module except what is under ``if TYPE_CHECKING:`` (functions included)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _imported_modules(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return []


def store_imports_at_run_time(source: str) -> list[int]:
    """The lines of ``source`` that import app.store other than for annotations."""
    lines = []
    for node in _run_time_nodes(ast.parse(source)):
        if any(name == "app.store" or name.startswith("app.store.") for name in _imported_modules(node)):
            lines.append(node.lineno)
    return sorted(set(lines))


def file_access(source: str) -> list[int]:
    """The lines of ``source`` that reach the disk: open(), Path methods that read or write,
    modules that do nothing else."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if any(name.split(".")[0] in FILE_MODULES for name in _imported_modules(node)):
            lines.append(node.lineno)
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "open":
            lines.append(node.lineno)
        if isinstance(node.func, ast.Attribute) and node.func.attr in FILE_METHODS:
            lines.append(node.lineno)
    return sorted(set(lines))


def _offenders(folder: Path, check, skip: set[str] = frozenset()) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        if path.name in skip and path.parent == folder:
            continue
        for line in check(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(ROOT)}:{line}")
    return found


def test_ui_imports_the_store_only_for_annotations():
    assert _offenders(UI, store_imports_at_run_time) == []


def test_core_reads_no_files():
    assert _offenders(CORE, file_access, CORE_MAY_ASK_THE_HOST) == []


def test_the_store_import_scan_sees_imports_in_functions_and_ignores_annotations():
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from app.store.store import Store\n"
        "import app.store.health\n"
        "def build():\n"
        "    from app.store import read_models\n"
        "    from app.core.errors import NotFound\n"
    )
    assert store_imports_at_run_time(source) == [4, 6]


def test_the_file_scan_sees_open_path_reads_and_sqlite():
    source = (
        "import sqlite3\n"
        "def f(path, text):\n"
        "    open(path)\n"
        "    path.read_text()\n"
        "    path.open('rb')\n"
        "    return text.splitlines()\n"
    )
    assert sorted(file_access(source)) == [1, 3, 4, 5]


def probes(source: str) -> list[int]:
    """The lines of ``source`` that ask an object whether it has an attribute."""
    return sorted(
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "hasattr"
    )


def test_the_composition_root_does_not_probe_what_it_wires():
    # Each pane's factory says what it takes (app/ui/shell/pane.py), typed.
    assert probes((ROOT / "app" / "bootstrap.py").read_text(encoding="utf-8")) == []
