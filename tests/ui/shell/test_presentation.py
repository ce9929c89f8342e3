"""View ▸ Presentation mode: larger text and controls, live, kept for the next start; the
high-contrast theme asked for; personal details hidden wherever they are shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFormLayout

from app.ui.shell.zoom import apply_zoom, zoom_percent
from app.ui.widgets.privacy import presenting_flag
from tests.ui.shell.walk import open_interview, open_people, open_wrapup_card, open_wrapup_referrals, seed, settle

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
    assert zoom_percent() == 175  # presenting made it 150 %, one step larger was chosen
    again.window.presentation_action.trigger()  # off again
    assert not again.window.presentation_action.isChecked()


def test_presenting_makes_everything_larger_at_once_and_leaving_puts_it_back(make_app, qtbot):
    window = _shown(make_app, qtbot).window
    presenting = (Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.navigation, *presenting)
    assert zoom_percent() == 150
    qtbot.keyClick(window.navigation, *presenting)
    assert zoom_percent() == 100
    # A size chosen while presenting is the person's: it stays after presenting ends.
    qtbot.keyClick(window.navigation, *presenting)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(window.navigation, *presenting)
    assert zoom_percent() == 175


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


def test_the_person_form_and_outreach_hide_how_to_reach_people_and_private_notes_while_presenting(
    make_app, qtbot, clock
):
    from app.core.entities import Contact, ContactSource
    from app.core.pipeline import Channel, Outcome

    application = _shown(make_app, qtbot)
    ids = seed(application.store, clock)
    store = application.store
    window = application.window
    people = window.pane("people")
    leo = next(row.id for row in store.reads.people() if row.full_name == "Leo Chen")
    mia = store.contacts.add(
        Contact(
            "Mia Park",
            email="mia@example.org",
            phone="+1 555 010 4040",
            address="12 Elm Street",
            notes="Met at the fair",
            source=ContactSource.REFERRAL,
            referred_by_id=leo,
            may_use_referrer_name=False,
        )
    )
    store.outreach.log(mia.id, Channel.CALL, Outcome.NO_ANSWER, note="Try after lunch")
    open_people(window, ids)
    people.show_person(mia.id)
    settle()
    form = people.person_form
    form.notes.setPlainText("Met at the fair; prefers mornings")  # typed, not yet written
    personal = [form.emails, form.phones, form.address, form.notes]
    assert all(widget.isVisible() for widget in personal)
    labels = [form.findChild(QFormLayout).labelForField(widget) for widget in personal]

    window.presentation_action.trigger()
    settle()
    assert not any(widget.isVisible() for widget in personal)
    assert not any(label.isVisible() for label in labels)  # the whole row goes, label and all
    assert form.given_name.isVisible() and form.full_name.isVisible()  # the name stays
    people.person_tabs.setCurrentWidget(people.outreach_tab)
    settle()
    outreach = people.outreach_tab
    entries = [outreach.log.list.item(row).text() for row in range(outreach.log.list.count())]
    assert entries and not any("lunch" in entry for entry in entries)
    assert not outreach.texts.caution.isVisible()  # what the referrer said about their name
    shown = outreach.texts.phone_script.toPlainText() + outreach.texts.email_body.toPlainText()
    assert "mia@example.org" not in shown and "4040" not in shown and "Leo" not in shown

    window.presentation_action.trigger()  # the room has gone
    settle()
    entries = [outreach.log.list.item(row).text() for row in range(outreach.log.list.count())]
    assert any("Try after lunch" in entry for entry in entries)
    assert outreach.texts.caution.isVisible()
    people.person_tabs.setCurrentWidget(form)
    settle()
    assert all(widget.isVisible() for widget in personal)
    assert form.notes.toPlainText() == "Met at the fair; prefers mornings"  # hidden, never lost
    assert form.flush()
    assert store.contacts.get(mia.id).notes == "Met at the fair; prefers mornings"
