"""The keyboard reaches everything: unique mnemonics per window, tables that Tab leaves, visible
focus, no invisible Tab stops, and the countdown's shortcuts from anywhere on the interview page."""

from __future__ import annotations

import pytest

from tests.ui.shell.walk import VIEWS, WINDOW_SIZE, clashes, mnemonic, seed, settle


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


def test_no_two_things_in_a_view_answer_the_same_alt_letter(seeded):
    window, ids = seeded
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
