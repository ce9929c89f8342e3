"""The one registry of shortcuts: what the menus, the countdown, the sheet and the README say is
what the keys do."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.ui.countdown.countdown_keys import ADJUST, TOGGLE, key_action
from app.ui.shell.shortcuts import (
    AREAS,
    COUNTDOWN_FOCUSED,
    SHORTCUTS,
    markdown_table,
    shortcut,
    with_table,
)

README = Path(__file__).resolve().parents[3] / "README.md"
WINDOW_WIDE = {area for area in AREAS if area != COUNTDOWN_FOCUSED}


def test_the_readme_table_is_the_registry():
    readme = README.read_text(encoding="utf-8")
    assert markdown_table() in readme
    assert with_table(readme) == readme, "run: python -m app.ui.shell.shortcuts README.md"


def test_no_two_window_shortcuts_share_a_key():
    seen: dict[str, str] = {}
    clashes = []
    for item in SHORTCUTS:
        if item.area not in WINDOW_WIDE:
            continue
        for sequence in item.sequences():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert text, f"{item.id}: {sequence} is not a key"
            if text in seen:
                clashes.append(f"{text}: {seen[text]} and {item.id}")
            seen[text] = item.id
    assert clashes == []


def _key(text: str) -> tuple[int, Qt.KeyboardModifier]:
    combination = QKeySequence(text)[0]
    return combination.key(), combination.keyboardModifiers()


EXPECTED = {
    "focus.toggle": (TOGGLE, 0),
    "focus.add": (ADJUST, 1),
    "focus.take": (ADJUST, -1),
    "focus.add5": (ADJUST, 5),
    "focus.take5": (ADJUST, -5),
}


@pytest.mark.parametrize("shortcut_id", sorted(EXPECTED))
def test_the_countdowns_own_keys_do_what_the_sheet_says(shortcut_id):
    for text in shortcut(shortcut_id).keys:
        key, modifiers = _key(text)
        assert key_action(key, modifiers) == EXPECTED[shortcut_id], text
        if text in ("+", "="):  # typed with Shift on some layouts: the same promise
            assert key_action(key, modifiers | Qt.KeyboardModifier.ShiftModifier) == EXPECTED[shortcut_id]


@pytest.fixture
def window(make_app, qtbot):
    application = make_app()
    application.open_store()
    window = application.window
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: window.quit_action.shortcut() == QKeySequence("Ctrl+Q"))
    return window


def test_menus_carry_the_registry_keys(window):
    assert window.presentation_action.shortcuts() == shortcut("view.presentation").sequences()
    assert window.zoom_actions[1].shortcuts() == shortcut("view.zoom_in").sequences()
    assert window.shortcuts_action.shortcuts() == shortcut("help.shortcuts").sequences()
    assert window.area_actions["search"].shortcuts() == shortcut("go.search").sequences()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Question, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Question, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_the_shortcuts_sheet_opens_with_f1_and_ctrl_question_mark(window, qtbot, key, modifiers):
    qtbot.keyClick(window.navigation, key, modifiers)
    sheet = window.shortcuts_sheet()
    assert sheet is not None and sheet.isVisible()
    assert not sheet.isModal()  # the window stays usable beside it
    rows = sheet.rows()
    assert len(rows) == len(SHORTCUTS)
    assert ("Interview page (from anywhere on it)", "Ctrl+Space", "Start, pause or resume the countdown") in rows
    assert [area for area, _keys, _does in rows if area == "Everywhere"]
    sheet.close()


def test_the_countdown_shortcuts_work_while_typing_notes_and_only_on_the_interview_page(make_app, clock, qtbot):
    from tests.ui.shell.walk import open_interview, open_today, seed, settle

    application = make_app()
    application.open_store()
    ids = seed(application.store, clock)
    window = application.window
    with qtbot.waitSignal(window.first_painted):
        window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    open_interview(window, ids)
    settle()
    session = window.pane("interview").session
    controller = session.controller
    controller.pause()
    notes = session.live.notes_editor
    notes.setFocus()
    qtbot.keyClicks(notes, "a + b = c ")
    assert controller.snapshot().digits == "20:00"  # typing never reaches the countdown
    qtbot.keyClick(notes, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert controller.snapshot().state.name == "RUNNING"
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(notes, Qt.Key.Key_Up, ctrl_shift)
    assert controller.snapshot().digits == "21:00"
    qtbot.keyClick(notes, Qt.Key.Key_PageDown, ctrl_shift)
    assert controller.snapshot().digits == "16:00"
    qtbot.keyClick(notes, Qt.Key.Key_Down, ctrl_shift)
    assert controller.snapshot().digits == "15:00"
    assert "a + b = c" in notes.toPlainText()
    open_today(window, ids)
    settle()
    qtbot.keyClick(window.pane("today"), Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert controller.snapshot().state.name == "RUNNING"  # not paused from another page
    QApplication.processEvents()
