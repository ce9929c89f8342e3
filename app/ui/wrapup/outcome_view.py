"""“I got the job”: record the outcome, then tell everyone who helped, one drafted note each.

The outcome and each note are saved as they are typed, by one autosaver, within a second.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.autosave import AutosavePolicy
from app.core.clock import Clock
from app.core.mailto import MailtoError, mailto_url
from app.core.outcome import JobOutcome, OutcomeRecipient, told_count
from app.core.thank_you import OUTCOME_TEMPLATE, TemplateError
from app.files import load_template
from app.ui.widgets.accessibility import StatusLabel
from app.ui.widgets.autosaver import Autosaver
from app.ui.widgets.calendar_popup import give_roomy_calendar
from app.ui.widgets.dates import day_words
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.i18n import tr_text
from app.ui.widgets.reflow import mark_reflowing
from app.ui.widgets.table_model import Column, RowsTableModel
from app.ui.wrapup.steps.base import UrlOpener, copy_to_clipboard, open_url_with_desktop

if TYPE_CHECKING:
    from app.store.outcome_repository import OutcomeRepository

OUTCOME = "outcome"  # autosave key: the employer, role and start date
NOTE = "note"  # autosave key: (NOTE, outcome id, contact id), one person's update note


def _told_text(person: OutcomeRecipient) -> str:
    if person.told_on is None:
        return QCoreApplication.translate("OutcomeView", "Not yet")
    return QCoreApplication.translate("OutcomeView", "✓ Told {day}").format(day=day_words(person.told_on))


def _join_names(names: Sequence[str]) -> str:
    """'Ana', 'Ana and Bo', 'Ana, Bo and Cy' in the person's language."""
    if len(names) <= 1:
        return "".join(names)
    head = QCoreApplication.translate("OutcomeView", ", ").join(names[:-1])
    return QCoreApplication.translate("OutcomeView", "{names} and {last}").format(names=head, last=names[-1])


def _reason_text(person: OutcomeRecipient) -> str:
    return tr_text(person.describe_reason(_join_names))


class OutcomeView(QWidget):
    def __init__(
        self,
        outcomes: OutcomeRepository,
        clock: Clock,
        builtin_templates: Path,
        user_templates: Path | None = None,
        *,
        signature: str = "",
        open_url: UrlOpener = open_url_with_desktop,
        copy_text: Callable[[str], None] = copy_to_clipboard,
        background_writes: bool = True,
        autosave_policy: AutosavePolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outcomes = outcomes
        self._clock = clock
        self._builtin_templates = builtin_templates
        self._user_templates = user_templates
        self._signature = signature
        self._open_url = open_url
        self._copy_text = copy_text
        self.outcome: JobOutcome | None = None
        self._recipients: list[OutcomeRecipient] = []
        self._shown: OutcomeRecipient | None = None  # whose note the editor holds
        self._filling = False
        self._outcome_in_write = False
        self.autosaver = Autosaver(
            clock, self._snapshot, self._write, background=background_writes, policy=autosave_policy, parent=self
        )

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("I got the job"))
        heading.setObjectName("pageHeading")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Congratulations. The people you interviewed, and those who put you in touch with them, "
                "will want to hear how your search ended."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.employer = QLineEdit()
        self.employer.setAccessibleName(self.tr("Employer"))
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Role"))
        start_row = QHBoxLayout()
        self.has_start = QCheckBox(self.tr("Known"))
        self.has_start.setAccessibleName(self.tr("Start date known"))
        self.start = QDateEdit()
        self.start.setAccessibleName(self.tr("Start date"))
        self.start.setCalendarPopup(True)
        give_roomy_calendar(self.start)  # its pop-up shows the last week whole
        self.start.setDisplayFormat("d MMM yyyy")
        self.start.setEnabled(False)
        self.has_start.toggled.connect(self.start.setEnabled)
        start_row.addWidget(self.has_start)
        start_row.addWidget(self.start)
        start_row.addStretch(1)
        self.save_outcome_button = QPushButton(self.tr("Save outcome"))
        self.save_outcome_button.clicked.connect(self.save_outcome)
        form.addRow(self.tr("&Employer:"), self.employer)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Start date:"), start_row)
        form.addRow("", self.save_outcome_button)
        layout.addLayout(form)

        self.tally = StatusLabel()
        self.tally.setAccessibleName(self.tr("Who has been told"))
        layout.addWidget(self.tally)
        columns = QHBoxLayout()
        mark_reflowing(columns)  # the note below the people when the window is narrow
        self.model: RowsTableModel[OutcomeRecipient] = RowsTableModel(
            [
                Column(self.tr("Name"), lambda person: person.name),
                Column(self.tr("Why they should hear"), _reason_text),
                Column(self.tr("Told"), _told_text),
            ]
        )
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("People to tell"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # arrows move inside; Tab leaves the table
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        columns.addWidget(self.table, 3)

        editor = QVBoxLayout()
        self.subject_line = QLineEdit()
        self.subject_line.setAccessibleName(self.tr("Subject"))
        self.subject_line.setPlaceholderText(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Update note"))
        self.body.setPlaceholderText(self.tr("Pick a person in the list to see the note telling them your news."))
        editor.addWidget(self.subject_line)
        editor.addWidget(self.body, 1)
        buttons = FlowLayout()  # wraps at a large zoom instead of running off the window
        self.save_note_button = QPushButton(self.tr("Save note"))
        self.save_note_button.clicked.connect(self.save_note)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the note to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton(self.tr("Open in mail app"))
        self.mail_button.clicked.connect(self.open_in_mail)
        self.told_button = QPushButton(self.tr("Mark as told"))
        self.told_button.clicked.connect(self.toggle_told)
        # They wrap onto a second row when one row would push the list of people off the screen.
        for button in (self.save_note_button, self.copy_button, self.mail_button, self.told_button):
            buttons.addWidget(button)
        editor.addLayout(buttons)
        columns.addLayout(editor, 2)
        layout.addLayout(columns, 1)
        self.message = StatusLabel()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._set_editor_enabled(False)
        self.employer.textChanged.connect(self._on_outcome_edited)
        self.role.textChanged.connect(self._on_outcome_edited)
        self.has_start.toggled.connect(self._on_outcome_edited)
        self.start.dateChanged.connect(self._on_outcome_edited)
        self.body.textChanged.connect(self._on_note_edited)
        self.autosaver.saved.connect(self._after_autosave)
        self.autosaver.problem.connect(self._show_save_problem)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.autosaver.flush)

    # ---- data -----------------------------------------------------------------------------

    def set_signature(self, signature: str) -> None:
        """The name update notes are signed with, from now on."""
        self._signature = signature

    def refresh(self) -> None:
        self.autosaver.flush()  # what is typed is written before the page is filled again
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False

    def _fill(self) -> None:
        self.outcome = self._outcomes.latest()
        if self.outcome is not None:
            self.employer.setText(self.outcome.employer)
            self.role.setText(self.outcome.role)
            self.has_start.setChecked(self.outcome.started_on is not None)
            if self.outcome.started_on is not None:
                started = self.outcome.started_on
                self.start.setDate(QDate(started.year, started.month, started.day))
        else:
            today = self._clock.today()
            self.start.setDate(QDate(today.year, today.month, today.day))
        self._load_recipients()

    def _load_recipients(self, keep_row: int | None = None) -> None:
        if self.outcome is None:
            self._recipients = []
            self.tally.setText(self.tr("Record the outcome to see whom to tell."))
        else:
            try:
                template = load_template(OUTCOME_TEMPLATE, self._user_templates, self._builtin_templates)
            except TemplateError as exc:
                self.message.setText(self.tr("Problem: {problem}").format(problem=tr_text(exc.text)))
                return
            self._recipients = self._outcomes.recipients(self.outcome, template, self._signature)
            told, everyone = told_count(self._recipients)
            if everyone:
                # The count that changes the wording is everyone ("Told 1 of 1 person" / "of 3 people").
                tally = self.tr("Told {told} of %n.", "", everyone).format(told=told)
            else:
                tally = self.tr("No finished interviews yet, so no one to tell.")
            self.tally.setText(tally)
        self.model.set_rows(self._recipients)
        if keep_row is not None and 0 <= keep_row < len(self._recipients):
            self.table.selectRow(keep_row)
        elif self._recipients:
            self.table.selectRow(0)
        else:
            self._set_editor_enabled(False)

    def recipients(self) -> list[OutcomeRecipient]:
        return list(self._recipients)

    # ---- actions --------------------------------------------------------------------------

    def save_outcome(self) -> None:
        if not self.employer.text().strip():
            self.message.setText(self.tr("Problem: say who hired you first."))
            self.employer.setFocus()
            return
        self.autosaver.mark_dirty((OUTCOME,))
        if self.autosaver.flush():
            self.outcome = self._outcomes.latest()
            self.message.setText(self.tr("Saved. Now tell the people who helped you."))
            self._load_recipients()

    def current(self) -> OutcomeRecipient | None:
        row = self.table.currentIndex().row()
        return self._recipients[row] if 0 <= row < len(self._recipients) else None

    def save_note(self) -> None:
        person = self._shown
        if person is None or self.outcome is None:
            return
        self.autosaver.mark_dirty((NOTE, self.outcome.id, person.contact_id))
        if self.autosaver.flush():
            self.message.setText(self.tr("Saved the note to {name}.").format(name=person.name))

    def copy(self) -> None:
        self._copy_text(self.body.toPlainText())
        self.message.setText(self.tr("Copied the note."))

    def open_in_mail(self) -> None:
        person = self.current()
        if person is None:
            return
        try:
            url = mailto_url(person.email, self.subject_line.text(), self.body.toPlainText())
        except MailtoError as exc:
            self.message.setText(self.tr("Problem: {problem} Use Copy instead.").format(problem=exc))
            return
        if self._open_url(url):
            self.message.setText(self.tr("Opened your mail app. Once it is sent, mark them as told."))
        else:
            self.message.setText(self.tr("Problem: no mail app opened. Use Copy and paste the note into an email."))

    def toggle_told(self) -> None:
        person = self.current()
        if person is None or self.outcome is None:
            return
        told_on = None if person.is_told else self._clock.today()
        row = self.table.currentIndex().row()
        self.autosaver.flush()  # the list is read again below: the note typed is written first
        self._outcomes.mark_told(self.outcome.id, person.contact_id, told_on)
        self._load_recipients(row)
        if told_on:
            self.message.setText(self.tr("{name}: told.").format(name=person.name))
        else:
            self.message.setText(self.tr("{name}: not told yet.").format(name=person.name))

    def _on_row(self, current, _previous) -> None:
        if self._shown is not None:
            self.autosaver.flush()  # the note of the person shown until now is written first
        person = self.current()
        self._shown = person
        self._set_editor_enabled(person is not None)
        if person is None:
            return
        self._filling = True
        try:
            self.subject_line.setText(person.subject)
            self.body.setPlainText(person.body)
        finally:
            self._filling = False
        self.told_button.setText(self.tr("Mark as not told") if person.is_told else self.tr("Mark as told"))
        self.mail_button.setEnabled(bool(person.email))
        self.mail_button.setToolTip("" if person.email else self.tr("No email address for this person; use Copy."))

    def _set_editor_enabled(self, enabled: bool) -> None:
        for widget in (self.subject_line, self.body, self.save_note_button, self.copy_button, self.told_button):
            widget.setEnabled(enabled)
        self.mail_button.setEnabled(enabled)

    # ---- autosave -------------------------------------------------------------------------

    def _on_outcome_edited(self, *_args) -> None:
        if not self._filling:
            self.autosaver.mark_dirty((OUTCOME,))

    def _on_note_edited(self) -> None:
        if not self._filling and self._shown is not None and self.outcome is not None:
            self.autosaver.mark_dirty((NOTE, self.outcome.id, self._shown.contact_id))

    def _snapshot(self, keys: set[Hashable]) -> Mapping[Hashable, Any]:
        payload: dict[Hashable, Any] = {}
        self._outcome_in_write = (OUTCOME,) in keys
        for key in keys:
            if key == (OUTCOME,):
                employer = self.employer.text().strip()
                if not employer:
                    continue  # an outcome names who hired you; until then there is nothing to record
                started = self.start.date().toPython() if self.has_start.isChecked() else None
                outcome_id = self.outcome.id if self.outcome else None
                payload[key] = JobOutcome(employer, self.role.text().strip(), started, id=outcome_id)
            else:
                _, outcome_id, contact_id = key
                person = self._shown
                if (
                    person is None
                    or self.outcome is None
                    or (outcome_id, contact_id)
                    != (
                        self.outcome.id,
                        person.contact_id,
                    )
                ):
                    continue  # written when that person's note was left
                person.body = self.body.toPlainText().replace("\x00", "")
                person.saved = True
                payload[key] = person.body
        return payload

    def _write(self, payload: Mapping[Hashable, Any]) -> None:
        """Runs on the writer thread: the store only, never a widget."""
        for key, value in payload.items():
            if key == (OUTCOME,):
                self._outcomes.record(value)
            else:
                _, outcome_id, contact_id = key
                self._outcomes.save_update(outcome_id, contact_id, value)

    def _after_autosave(self) -> None:
        if self.outcome is None:
            # The first write of the outcome created it: now there are people to tell.
            self.outcome = self._outcomes.latest()
            if self.outcome is not None:
                self._load_recipients()
        elif self._outcome_in_write:
            self.outcome = self._outcomes.latest()  # later notes are drafted with what was typed
        self._outcome_in_write = False

    def _show_save_problem(self, text: str) -> None:
        if text:
            self.message.setText(text)

    def hideEvent(self, event) -> None:
        self.autosaver.flush()  # another area, or the window closing: nothing typed is left behind
        super().hideEvent(event)
