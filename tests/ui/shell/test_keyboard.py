"""The keyboard reaches everything: unique mnemonics per window, tables that Tab leaves, visible
focus, no invisible Tab stops, and the countdown's shortcuts from anywhere on the interview page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton

from app.paths import resource
from app.ui.shell.translations import install_translations, remove_translations
from tests.ui.shell.walk import (
    VIEWS,
    WINDOW_SIZE,
    clashes,
    inside_scrolled,
    keyboard_focusable,
    mnemonic,
    seed,
    settle,
    visible_rect,
)


@pytest.fixture
def seeded(make_app, clock, qtbot):
    application = make_app()
    application.open_store()
    ids = seed(application.store, clock)
    window = application.window
    window.resize(*WINDOW_SIZE)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    return window, ids


def test_mnemonic_reads_the_letter_after_a_single_ampersand():
    assert mnemonic("&File") == "f"
    assert mnemonic("Fi&nish interview…") == "n"
    assert mnemonic("People && occupations") is None
    assert mnemonic("Q && &A") == "a"


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    """The window as it is in English, and as it is with the Spanish catalogue installed."""
    if request.param == "en":
        yield request.param
        return
    translators = install_translations(resource("translations"), QLocale(QLocale.Language.Spanish))
    yield request.param
    remove_translations(translators)


def test_no_two_things_in_a_view_answer_the_same_alt_letter(language, seeded):
    window, ids = seeded
    assert window.menuBar().actions()[0].text() == {"en": "&File", "es": "&Archivo"}[language]
    found = []
    for name, open_view in VIEWS.items():
        open_view(window, ids)
        settle()
        found += [f"{name}: {clash}" for clash in clashes(window)]
    assert found == [], "\n".join(found)


def test_each_menu_answers_each_letter_once(seeded):
    window, _ids = seeded
    found = []
    for menu_action in window.menuBar().actions():
        letters = [mnemonic(action.text()) for action in menu_action.menu().actions() if not action.isSeparator()]
        letters = [letter for letter in letters if letter]
        found += [f"{menu_action.text()}: Alt+{letter.upper()}" for letter in set(letters) if letters.count(letter) > 1]
    assert found == []


def test_tab_leaves_the_tables_arrows_move_inside_and_enter_opens_the_row(seeded, qtbot):
    window, ids = seeded
    window.activateWindow()
    qtbot.waitActive(window)
    VIEWS["today"](window, ids)
    settle()
    table = window.pane("today").upcoming_table
    assert not table.tabKeyNavigation()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # Tab went on to the next control
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_area() == "interview"  # Enter opened the upcoming interview

    VIEWS["people"](window, ids)
    settle()
    people = window.pane("people")
    opened = []
    people.edit_contact = lambda: opened.append(people.selected_contact().full_name)
    people.contact_table.setFocus()
    people.contact_table.selectRow(0)
    qtbot.keyClick(people.contact_table, Qt.Key.Key_Down)
    assert people.selected_contact().full_name == "Leo Chen"  # arrows move between people
    qtbot.keyClick(people.contact_table, Qt.Key.Key_Return)
    assert opened == ["Leo Chen"]
    qtbot.keyClick(people.contact_table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not people.contact_table


def test_every_table_in_every_view_lets_tab_leave(seeded):
    window, ids = seeded
    trapping = []
    for name, open_view in VIEWS.items():
        open_view(window, ids)
        settle()
        trapping += [
            f"{name}: {view.accessibleName() or type(view).__name__}"
            for view in window.findChildren(QAbstractItemView)
            if view.isVisibleTo(window) and view.tabKeyNavigation()
        ]
    assert trapping == []


def test_focus_on_the_area_list_can_be_seen(seeded, qtbot):
    window, _ids = seeded
    window.activateWindow()
    qtbot.waitActive(window)
    navigation = window.navigation
    window.pane("today").setFocus()
    settle()
    unfocused = navigation.grab().toImage()
    navigation.setFocus()
    settle()
    assert navigation.hasFocus()
    focused = navigation.grab().toImage()
    width, height = focused.width(), focused.height()
    changed = sum(focused.pixel(x, y) != unfocused.pixel(x, y) for x in range(0, width) for y in range(0, height, 1))
    # At least a ring two pixels wide all round: more than a hairline a person could miss.
    assert changed >= 2 * 2 * (width + height) - 16


def tab_stops(window) -> list:
    """The controls Tab visits, in order, starting from the area list, until it comes round."""
    window.navigation.setFocus()
    stops = []
    widget = window.navigation
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is window.navigation:
            break
        if widget.isVisible() and widget.isEnabled() and keyboard_focusable(widget) and widget.window() is window:
            stops.append(widget)
    return stops


def test_no_invisible_tab_stops_in_any_view(seeded):
    window, ids = seeded
    found = []
    for name, open_view in VIEWS.items():
        open_view(window, ids)
        settle()
        for widget in tab_stops(window):
            scrolled = inside_scrolled(widget)  # a scroll area brings it into view when it gets focus
            if widget.width() < 4 or widget.height() < 4 or (not scrolled and visible_rect(widget).isEmpty()):
                found.append(f"{name}: {type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}")
    assert found == [], "\n".join(found)


def test_tab_reaches_the_countdown_and_every_countdown_button(seeded):
    window, ids = seeded
    VIEWS["interview"](window, ids)
    settle()
    stops = tab_stops(window)
    panel = window.pane("interview").session.panel
    buttons = [button for button in panel.findChildren(QPushButton) if button.isVisible() and button.isEnabled()]
    assert panel in stops
    assert all(button in stops for button in buttons)
    assert window.pane("interview").finish_button in stops
    # In reading order: the countdown before its buttons, the buttons left to right.
    positions = [stops.index(button) for button in buttons]
    assert stops.index(panel) < min(positions)
