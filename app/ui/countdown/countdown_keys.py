"""The countdown's keys, shared by the panel and the projector window, and its window-wide shortcuts.

With the countdown focused (clicked, or reached with Tab):

* Space starts, pauses and resumes.
* ``+``, ``=`` and Up add a minute; ``-`` and Down take one away. The promise holds on every
  layout: on US and UK keyboards ``+`` is Shift+``=``, so Shift never changes the step of these
  keys (it would make "+" add five where the hint says one). The keypad's ``+`` and ``-`` work
  the same way.
* Five minutes are on keys no layout moves: Page Up / Page Down, or Shift with Up / Down.
* Ctrl and Alt combinations are left to the window's shortcuts.

Window-wide, from anywhere on the interview page, even while typing notes: the combinations with
Ctrl in ``app/ui/shell/shortcuts.py`` (Ctrl+Space, Ctrl+Shift+Up/Down, …), which type nothing
(Ctrl+Up/Down alone move between questions).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import QWidget

from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.shell.shortcuts import sequences
from app.ui.widgets.i18n import tr_label

TOGGLE = "toggle"
ADJUST = "adjust"
# Marked here, translated when the hint is shown (under the panel's context).
KEYS_HINT_LEAD = QT_TRANSLATE_NOOP("CountdownPanel", "Click the time, then:")
KEYS_HINT_PARTS = (
    QT_TRANSLATE_NOOP("CountdownPanel", "Space start/pause"),
    QT_TRANSLATE_NOOP("CountdownPanel", "+/↑ add 1 min"),
    QT_TRANSLATE_NOOP("CountdownPanel", "−/↓ take 1"),
    QT_TRANSLATE_NOOP("CountdownPanel", "PgUp/PgDn 5 min"),
)
PAGE_KEYS_LEAD = QT_TRANSLATE_NOOP("CountdownPanel", "from anywhere on the page:")
PAGE_KEYS_PARTS = (
    QT_TRANSLATE_NOOP("CountdownPanel", "Ctrl+Space"),
    QT_TRANSLATE_NOOP("CountdownPanel", "Ctrl+Shift+↑/↓"),
)

_ADD_ONE = (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up)
_TAKE_ONE = (Qt.Key.Key_Minus, Qt.Key.Key_Down)


def _held_together(text: str) -> str:
    """No-break spaces, and a word joiner after "/" (where a line may otherwise break)."""
    return text.replace(" ", "\u00a0").replace("/", "/\u2060")


def keys_hint() -> str:
    """The keys, in the person's language. Each part holds together, so a narrow screen wraps
    between parts and never leaves "min" alone on a line."""

    def group(lead: str, parts: tuple[str, ...]) -> str:
        words = [_held_together(tr_label("CountdownPanel", part)) for part in parts]
        return _held_together(tr_label("CountdownPanel", lead)) + " " + "\u00a0· ".join(words)

    return group(KEYS_HINT_LEAD, KEYS_HINT_PARTS) + "\u00a0· " + group(PAGE_KEYS_LEAD, PAGE_KEYS_PARTS)


def key_action(key: int, modifiers: Qt.KeyboardModifier) -> tuple[str, int] | None:
    """What a key press does to the countdown: (TOGGLE, 0), (ADJUST, ±minutes) or None."""
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None  # leave shortcuts of the window alone
    shifted = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    if key == Qt.Key.Key_Space and not shifted:
        return (TOGGLE, 0)
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and shifted:
        return (ADJUST, 5 if key == Qt.Key.Key_Up else -5)
    if key in _ADD_ONE:
        return (ADJUST, 1)
    if key in _TAKE_ONE:
        return (ADJUST, -1)
    if key == Qt.Key.Key_PageUp:
        return (ADJUST, 5)
    if key == Qt.Key.Key_PageDown:
        return (ADJUST, -5)
    return None


def apply_key(controller: CountdownController, event: QKeyEvent) -> bool:
    """Run the key's action on the controller; True when the key was one of ours."""
    action = key_action(event.key(), event.modifiers())
    if action is None:
        return False
    if action[0] == TOGGLE:
        controller.toggle()
    else:
        controller.adjust_minutes(action[1])
    return True


def install_window_shortcuts(
    page: QWidget, controller: CountdownController, toggle_projector: Callable[[], None]
) -> list[QShortcut]:
    """The countdown's Ctrl shortcuts, heard anywhere in ``page``'s window while ``page`` is shown
    (Qt ignores the shortcuts of a hidden widget), so they reach it from the notes as well."""
    actions: dict[str, Callable[[], None]] = {
        "countdown.toggle": controller.toggle,
        "countdown.add": lambda: controller.adjust_minutes(1),
        "countdown.take": lambda: controller.adjust_minutes(-1),
        "countdown.add5": lambda: controller.adjust_minutes(5),
        "countdown.take5": lambda: controller.adjust_minutes(-5),
        "countdown.projector": toggle_projector,
    }
    made = []
    for shortcut_id, run in actions.items():
        for sequence in sequences(shortcut_id):
            shortcut = QShortcut(sequence, page)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(run)
            made.append(shortcut)
    return made
