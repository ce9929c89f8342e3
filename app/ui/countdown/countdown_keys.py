"""The countdown's keys, shared by the panel and the projector window.

* Space starts, pauses and resumes.
* ``+`` or ``=`` adds a minute and ``-`` takes one away; with Shift they add or take five.
  Layouts differ on where ``+`` lives: on US and UK keyboards ``+`` is Shift+``=``, so the plain
  ``=`` key adds one and the same key with Shift (which types ``+``) adds five. Where ``+`` has its
  own key (German, Nordic layouts) it adds one and Shift with it adds five. Shift+``-`` types
  ``_`` on most layouts, so ``_`` takes five away. The keypad's ``+`` and ``-`` work the same way
  on every layout.
* Ctrl and Alt combinations are left to the window's own shortcuts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.widgets.i18n import tr_label

TOGGLE = "toggle"
ADJUST = "adjust"
# Marked here, translated when the hint is shown (under the panel's context).
KEYS_HINT_LEAD = QT_TRANSLATE_NOOP("CountdownPanel", "Click the time, then:")
KEYS_HINT_PARTS = (
    QT_TRANSLATE_NOOP("CountdownPanel", "Space start/pause"),
    QT_TRANSLATE_NOOP("CountdownPanel", "=/+ add 1 min"),
    QT_TRANSLATE_NOOP("CountdownPanel", "− take 1"),
    QT_TRANSLATE_NOOP("CountdownPanel", "with Shift: 5 min"),
)


def _held_together(text: str) -> str:
    """No-break spaces, and a word joiner after "/" (where a line may otherwise break)."""
    return text.replace(" ", "\u00a0").replace("/", "/\u2060")


def keys_hint() -> str:
    """The keys, in the person's language. Each part holds together, so a narrow screen wraps
    between parts and never leaves "min" alone on a line."""
    lead, *parts = (tr_label("CountdownPanel", text) for text in (KEYS_HINT_LEAD, *KEYS_HINT_PARTS))
    return _held_together(lead) + " " + "\u00a0· ".join(_held_together(part) for part in parts)


def key_action(key: int, modifiers: Qt.KeyboardModifier) -> tuple[str, int] | None:
    """What a key press does to the countdown: (TOGGLE, 0), (ADJUST, ±minutes) or None."""
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None  # leave shortcuts of the window alone
    shifted = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    step = 5 if shifted else 1
    if key == Qt.Key.Key_Space and not shifted:
        return (TOGGLE, 0)
    if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        return (ADJUST, step)
    if key == Qt.Key.Key_Minus:
        return (ADJUST, -step)
    if key == Qt.Key.Key_Underscore:
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
