"""View ▸ Presentation mode: larger text and controls, live, kept for the next start; the
high-contrast theme asked for; personal details hidden wherever they are shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.ui.shell.zoom import apply_zoom, zoom_percent
from app.ui.widgets.privacy import presenting_flag
from tests.ui.shell.walk import open_interview, open_wrapup_card, open_wrapup_referrals, seed, settle

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def back_to_actual_size():
    yield
    apply_zoom(100)
    presenting_flag().set(False)  # one flag per application: the next test starts with a private view


def _shown(make_app, qtbot, paths=None):
    application = make_app(paths=paths)
    application.open_store()
    window = application.window
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: window.presentation_action.shortcut() == QKeySequence("Ctrl+Shift+P"))
    return application


def test_ctrl_plus_minus_and_zero_scale_text_and_controls_live(make_app, qtbot, clock):
    application = _shown(make_app, qtbot)
    ids = seed(application.store, clock)
    window = application.window
    open_interview(window, ids)
    settle()
    base = QApplication.font().pointSizeF()
    digits = window.pane("interview").session.panel.findChild(object, "countdownDigits")
    digits_at_100 = digits.fontMetrics().height()
    button = window.pane("interview").finish_button
    height_at_100 = button.sizeHint().height()
    for _ in range(4):  # 110, 125, 150, 175 %
        qtbot.keyClick(window.navigation, Qt.Key.Key_Equal, CTRL)
    settle()
    assert zoom_percent() == 175
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.75)
    assert digits.fontMetrics().height() > digits_at_100 * 1.6
    assert button.sizeHint().height() > height_at_100 * 1.4
    qtbot.keyClick(window.navigation, Qt.Key.Key_Minus, CTRL)
    assert zoom_percent() == 150
    for _ in range(6):
        qtbot.keyClick(window.navigation, Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.ShiftModifier)  # "+" on US
    assert zoom_percent() == 300  # no further
    qtbot.keyClick(window.navigation, Qt.Key.Key_0, CTRL)
    assert zoom_percent() == 100
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_presentation_mode_and_zoom_are_kept_for_the_next_start(make_app, qtbot, app_paths):
    first = _shown(make_app, qtbot)
    themes = []
    first.window.presentation_theme_requested.connect(themes.append)
    qtbot.keyClick(first.window.navigation, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(first.window.navigation, Qt.Key.Key_Equal, CTRL)
    assert first.window.presentation_action.isChecked()
    assert themes == [True]  # the high-contrast theme is asked for
    first.close()
    apply_zoom(100)
    again = _shown(make_app, qtbot, paths=app_paths)
    assert again.window.presentation_action.isChecked()
    assert zoom_percent() == 110
    again.window.presentation_action.trigger()  # off again
    assert not again.window.presentation_action.isChecked()


def test_presenting_hides_emails_phones_and_how_to_reach_referrals(make_app, qtbot, clock):
    application = _shown(make_app, qtbot)
    ids = seed(application.store, clock)
    store = application.store
    from app.core.wrapup import Referral

    store.wrapups.add_referral(ids["finished"], Referral("Mia Park", "mia@example.org", True))
    window = application.window
    open_wrapup_card(window, ids)
    settle()
    card = window.pane("wrapup").wrapup_view.current_page()
    card.emails.setPlainText("work: leo@example.org")
    assert card.emails.isVisible() and card.phones.isVisible()
    window.presentation_action.trigger()
    settle()
    assert not card.emails.isVisible() and not card.phones.isVisible()
    assert card.full_name.isVisible()  # the name stays
    open_wrapup_referrals(window, ids)
    settle()
    referrals = window.pane("wrapup").wrapup_view.current_page()
    texts = [referrals.list.item(row).text() for row in range(referrals.list.count())]
    assert texts == ["Mia Park"]
    assert not referrals.reach.isVisible()
    window.presentation_action.trigger()  # the room has gone
    settle()
    texts = [referrals.list.item(row).text() for row in range(referrals.list.count())]
    assert texts == ["Mia Park — mia@example.org"]
    assert referrals.reach.isVisible()
    open_wrapup_card(window, ids)
    settle()
    assert card.emails.isVisible()
    assert card.emails.toPlainText() == "work: leo@example.org"  # hidden, never lost


def test_the_person_dialog_hides_email_phone_and_notes_while_presenting(make_app, qtbot):
    from app.ui.people.contact_dialog import ContactDialog

    from app.core.entities import Contact

    application = _shown(make_app, qtbot)
    application.window.presentation_action.trigger()
    person = Contact("Ana Ruiz", email="ana@example.org", phone="+1 555 010 2030", notes="Met at the fair")
    dialog = ContactDialog([], person, parent=application.window)
    dialog.show()
    assert not dialog.email.isVisible() and not dialog.phone.isVisible() and not dialog.notes.isVisible()
    assert dialog.name.isVisible()
    dialog.reject()
