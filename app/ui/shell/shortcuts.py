"""Every keyboard shortcut of the app, in one place.

The menus, the countdown's window-wide keys, the shortcuts sheet (F1) and the README's table are
all made from this list, so what the sheet promises is what the keys do. Keys are written in
Qt's portable text form ("Ctrl+Shift+P"); a shortcut may have several (the first is the one menus
show). ``keys`` of a ``FOCUS_KEYS`` entry are pressed with the countdown focused, not window-wide.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from app.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Shortcut:
    id: str
    keys: tuple[str, ...]  # portable text, the first is shown in menus
    description: str  # marked for translation under "Shortcuts"
    area: str  # one of AREAS' keys

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(key) for key in self.keys]

    def shown_keys(self) -> str:
        """The keys as this platform writes them ("Ctrl+=" on Linux, "⌘=" on a Mac)."""
        return QCoreApplication.translate("Shortcuts", " or ").join(
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in self.keys
        )

    def translated_description(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.description)


GENERAL = "general"
VIEW = "view"
COUNTDOWN = "countdown"
COUNTDOWN_FOCUSED = "countdown_focused"
LIVE = "live"
PREPARE = "prepare"
SEARCH = "search"

AREAS = {
    GENERAL: QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
    VIEW: QT_TRANSLATE_NOOP("Shortcuts", "View and presentation"),
    COUNTDOWN: QT_TRANSLATE_NOOP("Shortcuts", "Interview page (from anywhere on it)"),
    COUNTDOWN_FOCUSED: QT_TRANSLATE_NOOP("Shortcuts", "Countdown, once clicked or reached with Tab"),
    LIVE: QT_TRANSLATE_NOOP("Shortcuts", "Live interview"),
    PREPARE: QT_TRANSLATE_NOOP("Shortcuts", "Prepare questions"),
    SEARCH: QT_TRANSLATE_NOOP("Shortcuts", "Search"),
}

SHORTCUTS = (
    Shortcut("go.today", ("Ctrl+1",), QT_TRANSLATE_NOOP("Shortcuts", "Go to Today"), GENERAL),
    Shortcut("go.people", ("Ctrl+2",), QT_TRANSLATE_NOOP("Shortcuts", "Go to People & occupations"), GENERAL),
    Shortcut("go.interview", ("Ctrl+3",), QT_TRANSLATE_NOOP("Shortcuts", "Go to Interview"), GENERAL),
    Shortcut("go.wrapup", ("Ctrl+4",), QT_TRANSLATE_NOOP("Shortcuts", "Go to Wrap-up & follow-ups"), GENERAL),
    Shortcut("go.search", ("Ctrl+5",), QT_TRANSLATE_NOOP("Shortcuts", "Go to Search"), GENERAL),
    Shortcut("app.preferences", ("Ctrl+,",), QT_TRANSLATE_NOOP("Shortcuts", "Preferences"), GENERAL),
    Shortcut(
        "help.shortcuts",
        ("F1", "Ctrl+?", "Ctrl+Shift+?", "Ctrl+Shift+/"),
        QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"),
        GENERAL,
    ),
    Shortcut("app.quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit"), GENERAL),
    Shortcut(
        "view.presentation", ("Ctrl+Shift+P",), QT_TRANSLATE_NOOP("Shortcuts", "Presentation mode on or off"), VIEW
    ),
    Shortcut(
        "view.zoom_in",
        ("Ctrl+=", "Ctrl++", "Ctrl+Shift+=", "Ctrl+Shift++"),
        QT_TRANSLATE_NOOP("Shortcuts", "Larger text and controls"),
        VIEW,
    ),
    Shortcut("view.zoom_out", ("Ctrl+-",), QT_TRANSLATE_NOOP("Shortcuts", "Smaller text and controls"), VIEW),
    Shortcut("view.zoom_reset", ("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Text and controls at 100 %"), VIEW),
    Shortcut(
        "countdown.toggle",
        ("Ctrl+Space",),
        QT_TRANSLATE_NOOP("Shortcuts", "Start, pause or resume the countdown"),
        COUNTDOWN,
    ),
    Shortcut("countdown.add", ("Ctrl+Shift+Up",), QT_TRANSLATE_NOOP("Shortcuts", "Add 1 minute"), COUNTDOWN),
    Shortcut("countdown.take", ("Ctrl+Shift+Down",), QT_TRANSLATE_NOOP("Shortcuts", "Take away 1 minute"), COUNTDOWN),
    Shortcut("countdown.add5", ("Ctrl+Shift+PgUp",), QT_TRANSLATE_NOOP("Shortcuts", "Add 5 minutes"), COUNTDOWN),
    Shortcut(
        "countdown.take5", ("Ctrl+Shift+PgDown",), QT_TRANSLATE_NOOP("Shortcuts", "Take away 5 minutes"), COUNTDOWN
    ),
    Shortcut(
        "countdown.projector", ("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Open or close the projector view"), COUNTDOWN
    ),
    Shortcut("live.next_question", ("Ctrl+Down",), QT_TRANSLATE_NOOP("Shortcuts", "Next question"), LIVE),
    Shortcut("live.previous_question", ("Ctrl+Up",), QT_TRANSLATE_NOOP("Shortcuts", "Previous question"), LIVE),
    Shortcut("live.timestamp", ("Ctrl+T",), QT_TRANSLATE_NOOP("Shortcuts", "Stamp the time in the notes"), LIVE),
    Shortcut(
        "picker.move", ("Alt+Up", "Alt+Down"), QT_TRANSLATE_NOOP("Shortcuts", "Move the picked question"), PREPARE
    ),
    Shortcut("search.focus", ("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Go to the search box"), SEARCH),
    Shortcut("focus.toggle", ("Space",), QT_TRANSLATE_NOOP("Shortcuts", "Start, pause or resume"), COUNTDOWN_FOCUSED),
    Shortcut(
        "focus.add",
        ("+", "=", "Up"),
        QT_TRANSLATE_NOOP("Shortcuts", "Add 1 minute (with or without Shift)"),
        COUNTDOWN_FOCUSED,
    ),
    Shortcut("focus.take", ("-", "Down"), QT_TRANSLATE_NOOP("Shortcuts", "Take away 1 minute"), COUNTDOWN_FOCUSED),
    Shortcut("focus.add5", ("PgUp", "Shift+Up"), QT_TRANSLATE_NOOP("Shortcuts", "Add 5 minutes"), COUNTDOWN_FOCUSED),
    Shortcut(
        "focus.take5",
        ("PgDown", "Shift+Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Take away 5 minutes"),
        COUNTDOWN_FOCUSED,
    ),
)

_BY_ID = {shortcut.id: shortcut for shortcut in SHORTCUTS}


def shortcut(shortcut_id: str) -> Shortcut:
    return _BY_ID[shortcut_id]


def sequences(shortcut_id: str) -> list[QKeySequence]:
    return _BY_ID[shortcut_id].sequences()


def by_area() -> list[tuple[str, list[Shortcut]]]:
    """(area key, its shortcuts) in the order the sheet and the README show them."""
    return [(area, [s for s in SHORTCUTS if s.area == area]) for area in AREAS]


def markdown_table() -> str:
    """The README's table, in English (portable key names, as the README is read on any system)."""
    lines = ["| Where | Keys | Does |", "| --- | --- | --- |"]
    for area, shortcuts in by_area():
        for item in shortcuts:
            keys = " or ".join(f"`{key}`" for key in item.keys)
            lines.append(f"| {AREAS[area]} | {keys} | {item.description} |")
    return "\n".join(lines)


TABLE_START = "<!-- shortcuts table: made by `python -m app.ui.shell.shortcuts README.md` -->"
TABLE_END = "<!-- end of shortcuts table -->"


def with_table(readme: str) -> str:
    """``readme`` with the text between the table's markers replaced by the registry's table."""
    before, rest = readme.split(TABLE_START, 1)
    _old, after = rest.split(TABLE_END, 1)
    return f"{before}{TABLE_START}\n{markdown_table()}\n{TABLE_END}{after}"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    target = Path(sys.argv[1])
    target.write_text(with_table(target.read_text(encoding="utf-8")), encoding="utf-8")
