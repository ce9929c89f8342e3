"""Step four: the thank-you note — drafted, edited, sent through the person's own mail app."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.mailto import MailtoError, mailto_url
from app.core.thank_you import (
    MAX_POINTS,
    THANK_YOU_TEMPLATE,
    TemplateError,
    ThankYouContext,
    candidate_points,
    draft_thank_you,
    split_subject,
)
from app.core.wrapup import WrapUpStep, describe_thank_you
from app.files import load_template
from app.ui.widgets.accessibility import StatusLabel
from app.ui.widgets.calendar_popup import give_roomy_calendar
from app.ui.widgets.dates import day_words
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.i18n import tr_text
from app.ui.wrapup.steps.base import StepPage, WrapUpServices, write_text_file
from app.ui.wrapup.steps.note_points import DRAFT_BOXES, NotePoints

# Mail apps cut off very long mailto: links; past this, copying is the reliable way.
MAILTO_BODY_LIMIT = 6000


def _to_qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day)


class ThankYouNotePage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.THANK_YOU_NOTE, services, parent)
        pick = QLabel(self.tr("Pick up to %n point(s) from your notes to mention:", "", MAX_POINTS))
        pick.setWordWrap(True)
        self.picker = NotePoints()
        self.picker.edited.connect(self.changed)
        self.picker.said.connect(self.say)
        self.picker.warned.connect(self.warn)
        self.points, self.lines = self.picker.points, self.picker.lines
        self.as_lines, self.as_points, self.more_points = self.picker.as_lines, self.picker.as_points, self.picker.more
        self.draft_button = QPushButton(self.tr("Write a draft"))
        self.draft_button.setAccessibleName(self.tr("Write a draft of the note with these lines"))
        self.draft_button.clicked.connect(self.write_draft)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.draft_button)
        draft_row.addStretch(1)
        picking = QWidget()
        picking_column = QVBoxLayout(picking)
        picking_column.setContentsMargins(0, 0, 0, 0)
        picking_column.addWidget(pick)
        picking_column.addWidget(self.picker, 1)
        picking_column.addLayout(draft_row)

        subject_row = QFormLayout()
        self.subject_line = QLineEdit()
        self.subject_line.setAccessibleName(self.tr("Subject"))
        self.subject_line.textChanged.connect(self._on_note_edited)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Thank-you note"))
        self.body_edit.textChanged.connect(self._on_note_edited)
        self._note_touched = False  # the offered draft is stored once the person edits it
        subject_row.addRow(self.tr("Su&bject:"), self.subject_line)
        writing = QWidget()
        writing_column = QVBoxLayout(writing)
        writing_column.setContentsMargins(0, 0, 0, 0)
        writing_column.addLayout(subject_row)
        writing_column.addWidget(self.body_edit, 1)
        # On a 768-pixel-high screen the points and the note cannot both be shown whole: the person
        # drags the line between them; the note gets the larger share to start with.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(picking)
        self.splitter.addWidget(writing)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.body.addWidget(self.splitter, 1)

        actions = FlowLayout()  # wraps at a large zoom instead of running off the window
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.clicked.connect(self.save)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the note to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton(self.tr("Open in mail app"))
        self.mail_button.clicked.connect(self.open_in_mail)
        self.file_button = QPushButton(self.tr("Save as text file…"))
        self.file_button.clicked.connect(self.save_as_text)
        for button in (self.save_button, self.copy_button, self.mail_button, self.file_button):
            actions.addWidget(button)
        self.sent = QCheckBox(self.tr("Sent on"))
        self.sent.setAccessibleName(self.tr("Thank-you note sent"))
        self.sent.toggled.connect(self._on_sent_changed)
        self.sent_on = QDateEdit()
        self.sent_on.setAccessibleName(self.tr("Date the note was sent"))
        self.sent_on.setCalendarPopup(True)
        give_roomy_calendar(self.sent_on)  # its pop-up shows the last week whole
        self.sent_on.setDisplayFormat("d MMM yyyy")
        self.sent_on.dateChanged.connect(self._on_sent_date_changed)
        self.body.addLayout(actions)
        sent_row = QHBoxLayout()  # its own row, so the page fits a projector's width
        sent_row.addWidget(self.sent)
        sent_row.addWidget(self.sent_on)
        self.status = StatusLabel()
        self.status.setAccessibleName(self.tr("Thank-you note status"))
        sent_row.addSpacing(12)
        sent_row.addWidget(self.status)
        sent_row.addStretch(1)
        self.body.addLayout(sent_row)

    # ---- filling --------------------------------------------------------------------------

    def refresh(self) -> None:
        wrapups = self.services.wrapups
        notes = wrapups.notes(self.interview_id)
        answers = [question.answer for question in wrapups.questions(self.interview_id)]
        saved = {box: wrapups.draft(self.interview_id, box) for box in DRAFT_BOXES}
        self.picker.show_points(candidate_points(notes, answers), saved)

        self._note_touched = False
        note = wrapups.thank_you_note(self.interview_id)
        self.body_edit.blockSignals(True)
        self.body_edit.setPlainText(note.body if note else "")
        self.body_edit.blockSignals(False)
        self.subject_line.setText(note.subject if note and note.subject else self._default_subject())
        self._show_sent(note.sent_on if note else None)
        if note is None or not note.body.strip():
            # Offered, not stored: the note is saved once the person edits it or settles the step.
            self.write_draft()
        self._show_status()

    def chosen_points(self) -> list[str]:
        return self.picker.chosen_points()

    def _template(self) -> str | None:
        try:
            return load_template(THANK_YOU_TEMPLATE, self.services.user_templates, self.services.builtin_templates)
        except TemplateError as exc:
            self.warn(tr_text(exc.text))
            return None

    def _context(self) -> ThankYouContext:
        subject = self.subject
        return ThankYouContext(
            full_name=subject.contact.full_name,
            occupation=subject.occupation_title,
            organisation=subject.contact.organisation,
            points=self.picker.note_lines(),
            wording=self.picker.wording_chosen(),
            referral_names=[person.full_name for person in self.services.wrapups.referrals(self.interview_id)],
            signature=self.services.signature,
        )

    def _default_subject(self) -> str:
        template = self._template()
        if template is None:
            return self.tr("Thank you for your time")
        return draft_thank_you(split_subject(template)[0] + "\n", self._context()).subject

    def write_draft(self) -> None:
        template = self._template()
        if template is None:
            return
        draft = draft_thank_you(template, self._context())
        had_words = bool(self.body_edit.toPlainText().strip()) and not self._filling
        self.subject_line.setText(draft.subject)
        # Replace through the cursor so Undo brings back what was there before.
        cursor = self.body_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(draft.body)
        self.changed()
        if had_words:
            self.say(self.tr("Drafted afresh; Ctrl+Z in the note brings back what was there."))
        else:
            self.say(self.tr("Drafted from your template. Make it your own; it is saved as you type."))

    # ---- actions --------------------------------------------------------------------------

    def autosave_values(self) -> tuple[tuple[str, str] | None, dict[str, str]]:
        """The note (once the person has touched it) and the lines for it, as typed."""
        note = None
        if self._note_touched:
            note = self.subject_line.text().replace("\x00", ""), self.body_edit.toPlainText().replace("\x00", "")
        return note, self.picker.values()

    @staticmethod
    def write_values(
        services: WrapUpServices, interview_id: int, values: tuple[tuple[str, str] | None, dict[str, str]]
    ) -> None:
        note, lines = values
        if note is not None:
            subject, body = note
            services.wrapups.save_thank_you(interview_id, body, THANK_YOU_TEMPLATE, subject=subject)
        services.wrapups.save_drafts(interview_id, lines)

    def save_now(self) -> bool:
        # Saving, mailing, marking sent or settling the step keeps the note shown, drafted or typed.
        self._note_touched = True
        return super().save_now()

    def on_saved(self) -> None:
        self._show_status()

    def save(self) -> bool:
        saved = self.save_now()
        self._show_status()
        if saved:
            self.say(self.tr("Note saved."))
            self.edited.emit()
        return saved

    def copy(self) -> None:
        self.services.copy_text(self.body_edit.toPlainText())
        self.say(self.tr("Copied the note. Paste it into your email or card."))

    def open_in_mail(self) -> None:
        body = self.body_edit.toPlainText()
        if len(body) > MAILTO_BODY_LIMIT:
            self.warn(self.tr("The note is too long for a mail link; use Copy and paste it into a new email instead."))
            return
        try:
            url = mailto_url(self.subject.contact.email, self.subject_line.text(), body)
        except MailtoError as exc:
            self.warn(self.tr("{problem} Fix the address on the business card step, or use Copy.").format(problem=exc))
            return
        self.save_now()
        if self.services.open_url(url):
            self.say(self.tr("Opened your mail app. Once you have sent it, tick “Sent on”."))
        else:
            self.warn(self.tr("No mail app opened. Use Copy and paste the note into your email instead."))

    def save_as_text(self) -> None:
        name = re.sub(r"[^\w\- ]+", "", self.subject.contact.full_name).strip().replace(" ", "-") or "note"
        path = self.services.ask_save_path(
            self, self.tr("Save the note as text"), f"thank-you-{name}.txt", self.tr("Text (*.txt)")
        )
        if path is None:
            return
        # "Subject:" stays English: it is the line a note template starts with, so the file can be one.
        text = f"Subject: {self.subject_line.text()}\n\n{self.body_edit.toPlainText()}"
        try:
            write_text_file(path, text)
        except OSError as exc:
            self.warn(
                self.tr("The note could not be saved to {path}: {reason}.").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return
        self.say(self.tr("Saved the note as {path}.").format(path=path))

    def _on_note_edited(self, *_args) -> None:
        if not self._filling:
            self._note_touched = True
        self.changed()

    def _on_sent_changed(self, checked: bool) -> None:
        self.sent_on.setEnabled(checked)
        if self.subject is None:
            return
        self.save_now()
        sent_on = self.sent_on.date().toPython() if checked else None
        self.services.wrapups.mark_thank_you_sent(self.interview_id, sent_on)
        self._show_status()
        self.edited.emit()

    def _on_sent_date_changed(self, _date) -> None:
        if self.subject is not None and self.sent.isChecked():
            self.services.wrapups.mark_thank_you_sent(self.interview_id, self.sent_on.date().toPython())
            self._show_status()

    def _show_sent(self, sent_on) -> None:
        today = self.services.clock.today()
        for widget in (self.sent, self.sent_on):
            widget.blockSignals(True)
        self.sent.setChecked(sent_on is not None)
        self.sent_on.setDate(_to_qdate(sent_on or today))
        self.sent_on.setEnabled(sent_on is not None)
        for widget in (self.sent, self.sent_on):
            widget.blockSignals(False)

    def _show_status(self) -> None:
        note = self.services.wrapups.thank_you_note(self.interview_id)
        self.status.setText(self.tr("Status: {state}").format(state=tr_text(describe_thank_you(note, day_words))))
