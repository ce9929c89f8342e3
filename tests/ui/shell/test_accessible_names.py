"""A screen reader gets a name for everything a person can use, in every view and dialog, and the
words of every status label as they change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.core.entities import Contact, Interview, Occupation
from app.ui.widgets.accessibility import name_clear_button

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


def _inside_a_qt_part(widget: QWidget, top: QWidget) -> bool:
    """Parts Qt builds inside a control (a spin box's editor, a combo box's list, a scroll bar):
    a screen reader hears the control they belong to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_") and not isinstance(widget, QAbstractButton)


def _is_used_by_people(widget: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE):
        return False
    clear_button = isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QLineEdit)
    if widget.isHidden() and not clear_button:  # put away on purpose (a line edit's clear button
        return False  # is hidden only while there is nothing to clear)
    if isinstance(widget, QAbstractButton):
        return True  # clickable whether or not Tab reaches it (a line edit's clear button)
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def _name(widget: QWidget, labelled: set[int] = frozenset()) -> str:
    if isinstance(widget, QComboBox) and widget.isEditable() and not _name(widget.lineEdit()):
        return ""  # typing goes to its line edit, which a reader announces on its own
    if id(widget) in labelled:
        return "(its label)"  # a label's buddy: readers say the label (Qt's "labelled by" relation)
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
    if isinstance(widget, QComboBox) and not widget.accessibleName() and name == widget.currentText().strip():
        return ""  # Qt falls back to the value, which does not say what the box is for
    return name


def nameless(top: QWidget) -> list[str]:
    """Every control in ``top`` (shown or on a page not shown yet) a screen reader gets no name for."""
    found = []
    labelled = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    for widget in top.findChildren(QWidget):
        if not _is_used_by_people(widget) or _inside_a_qt_part(widget, top):
            continue
        if not _name(widget, labelled):
            path = []
            node = widget
            while node is not None and node is not top:
                path.append(node.objectName() or type(node).__name__)
                node = node.parentWidget()
            found.append(f"{type(widget).__name__} in {' < '.join(path)}")
    return found


def test_the_walk_finds_a_control_without_a_name(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    named = QLineEdit(page)
    named.setAccessibleName("Name")
    buddy_label = QLabel("&Email", page)
    with_buddy = QLineEdit(page)
    buddy_label.setBuddy(with_buddy)
    QLineEdit(page).setObjectName("anonymous")
    cleared = QLineEdit(page)
    cleared.setAccessibleName("Search")
    cleared.setClearButtonEnabled(True)
    category = QComboBox(page)
    category.setObjectName("category")
    category.addItems(["Day to day", "Getting in"])
    typed_category = QComboBox(page)
    typed_category.setObjectName("typed")
    typed_category.setEditable(True)
    typed_category.setAccessibleName("Category")
    named_clear = QLineEdit(page)
    named_clear.setAccessibleName("Filter")
    name_clear_button(named_clear)
    assert sorted(nameless(page)) == [
        "QComboBox in category",  # Qt says its value, "Day to day", which is not what it is for
        "QComboBox in typed",  # what is typed goes to its nameless line edit
        "QLineEdit in anonymous",
        "QToolButton in QToolButton < QLineEdit",  # a clear button Qt leaves nameless
    ]


@pytest.fixture
def seeded(make_app, clock, monkeypatch):
    first = make_app()
    first.open_store()
    store = first.store
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", organisation="City Hospital", occupation_id=nurse.id))
    store.contacts.add(Contact("Bo Lind", organisation="Clinic", occupation_id=nurse.id, referred_by_id=ana.id))
    done = store.interviews.add(Interview(ana.id, nurse.id, scheduled_at=clock.now() - timedelta(days=2)))
    store.interviews.add(Interview(ana.id, nurse.id, scheduled_at=clock.now() + timedelta(hours=1)))
    store.content.save_notes(done.id, "They recommend the night-shift rotation.")
    first.close()
    application = make_app()
    application.open_store()
    window = application.window
    window.show_area("interview")
    area = window.pane("interview")
    monkeypatch.setattr(area, "_confirm", lambda *args: True)
    return application, done


def test_every_view_names_every_control(seeded, qtbot):
    application, _interview = seeded
    window = application.window
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    for area in ("today", "people", "interview", "wrapup", "search"):
        window.show_area(area)
        QApplication.processEvents()
    # Finishing the open interview builds the wrap-up with all its steps.
    window.show_area("interview")
    window.pane("interview").finish_interview()
    assert window.current_area() == "wrapup"
    assert nameless(window) == []


def test_every_dialog_names_every_control(seeded, qtbot, clock, tmp_path):
    from app.core.checklist import ChecklistItem
    from app.core.csv_contacts import read_csv_table
    from app.core.data_safety import BackupInfo
    from app.core.vcard import CardDetails, read_vcard_file
    from app.ui.interview.custom_question_dialog import CustomQuestionDialog
    from app.ui.interview.preparation_dialog import PreparationDialog
    from app.ui.interview.question_set_dialog import SaveSetDialog
    from app.ui.people.csv_import_dialog import CsvImportDialog
    from app.ui.people.schedule_dialog import ScheduleDialog
    from app.ui.people.vcard_import_dialog import VCardImportDialog
    from app.ui.shell.about_dialog import AboutDialog
    from app.ui.shell.export_dialog import ExportDialog
    from app.ui.shell.preferences_dialog import PreferencesDialog
    from app.ui.shell.restore_dialog import RestoreDialog
    from app.ui.wrapup.steps.card_import_dialog import CardImportDialog

    application, interview = seeded
    store = application.store
    contact = store.contacts.get(interview.contact_id)
    card = CardDetails(full_name="Ana Ruiz", organisation="City Hospital")
    backup = BackupInfo(str(tmp_path / "b.db"), datetime(2026, 1, 1, tzinfo=UTC), "manual", 1000, None)
    dialogs = [
        PreferencesDialog(store.settings, sound_available=True),
        AboutDialog(tmp_path),
        ExportDialog(tmp_path, "2026-01-01"),
        RestoreDialog([backup], clock.local_zone()),
        CsvImportDialog(
            read_csv_table("First Name,Last Name,E-mail 1 - Value\nAna,Ruiz,ana@example.org\n"),
            "contacts.csv",
            store.contact_import,
            "US",
        ),
        VCardImportDialog(
            read_vcard_file("BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"),
            "cards.vcf",
            store.contact_import,
        ),
        ScheduleDialog(contact, clock.now(), clock.local_zone()),
        CustomQuestionDialog(["Day to day", "Getting in"]),
        SaveSetDialog("Nurse"),
        CardImportDialog(card, [card, CardDetails(full_name="Bo Lind")], "cards.vcf"),
        PreparationDialog(
            clock,
            store.interviews,
            interview.id,
            [ChecklistItem("research", "Read about their organisation", has_notes=True)],
            background_writes=False,
        ),
    ]
    found = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        if problems := nameless(dialog):
            found[type(dialog).__name__] = problems
    assert found == {}


def _description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_status_labels_tell_a_screen_reader_their_words_as_they_change(seeded, qtbot):
    application, _interview = seeded
    window = application.window
    window.pane("interview").finish_interview()
    wrapup = window.pane("wrapup").wrapup_view
    for label in (wrapup.progress_label, wrapup.save_status):
        assert label.text()
        assert _description(label) == label.text(), label.accessibleName()
    assert wrapup.save_status.accessibleName() == "Save status"  # what it is, and then what it says
    wrapup.autosaver.status_changed.emit("saving")
    assert _description(wrapup.save_status) == wrapup.save_status.text() == "Saving…"

    window.show_problem("The disk is full: your notes are kept here until it has room.", True)
    bar_label = window.findChild(QLabel, "messageText")
    assert (bar_label.accessibleName(), _description(bar_label)) == (
        "Message",
        "The disk is full: your notes are kept here until it has room.",
    )
    window.write_succeeded()
    assert _description(bar_label) == ""
