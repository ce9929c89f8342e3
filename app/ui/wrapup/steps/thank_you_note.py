"""Step four: the thank-you note — drafted, edited, sent through the person's own mail app."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.core.mailto import MailtoError, mailto_url
from app.core.thank_you import (
    MAX_CANDIDATE_POINTS,
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
from app.ui.widgets.calendar_popup import give_roomy_calendar
from app.ui.widgets.dates import day_words
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.i18n import tr_text
from app.ui.wrapup.steps.base import StepPage, WrapUpServices, write_text_file

# Mail apps cut off very long mailto: links; past this, copying is the reliable way.
MAILTO_BODY_LIMIT = 6000
POINT_ROLE = Qt.ItemDataRole.UserRole + 60  # the point as drafted into the note


def _to_qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day)


class ThankYouNotePage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.THANK_YOU_NOTE, services, parent)
        # The points run the full width above the note, each wrapped whole, so they can be read
        # before picking even on a 1024-pixel screen (side by side they were cut off).
        self.points = QListWidget()
        self.points.setAccessibleName(self.tr("Points from your notes to mention"))
        self.points.setWordWrap(True)
        self.points.setResizeMode(QListView.ResizeMode.Adjust)
        self.points.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.points.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.points.itemChanged.connect(self._on_point_ticked)
        pick = QLabel(self.tr("Pick up to %n point(s) from your notes to mention:", "", MAX_POINTS))
        pick.setWordWrap(True)
        self.more_points = QLabel(
            self.tr(
                "Only the first %n are offered; your notes have more. Type any other point into the note yourself.",
                "",
                MAX_CANDIDATE_POINTS,
            )
        )
        self.more_points.setWordWrap(True)
        self.more_points.hide()
        self.draft_button = QPushButton(self.tr("Write a draft"))
        self.draft_button.clicked.connect(self.write_draft)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.draft_button)
        draft_row.addStretch(1)
        self.body.addWidget(pick)
        self.body.addWidget(self.points, 2)
        self.body.addWidget(self.more_points)
        self.body.addLayout(draft_row)

        subject_row = QFormLayout()
        self.subject_line = QLineEdit()
        self.subject_line.setAccessibleName(self.tr("Subject"))
        self.subject_line.textChanged.connect(self.changed)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Thank-you note"))
        self.body_edit.textChanged.connect(self.changed)
        subject_row.addRow(self.tr("Su&bject:"), self.subject_line)
        self.body.addLayout(subject_row)
        self.body.addWidget(self.body_edit, 3)

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
        sent_row.addStretch(1)
        self.body.addLayout(sent_row)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Thank-you note status"))
        self.body.addWidget(self.status)

    # ---- filling --------------------------------------------------------------------------

    def refresh(self) -> None:
        wrapups = self.services.wrapups
        notes = wrapups.notes(self.interview_id)
        answers = [question.answer for question in wrapups.questions(self.interview_id)]
        self.points.blockSignals(True)
        self.points.clear()
        found = candidate_points(notes, answers)
        self.more_points.setVisible(found.more_exist)
        if not found.points:
            placeholder = QListWidgetItem(self.tr("Nothing in your notes yet; write your own points into the note."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.points.addItem(placeholder)
        for point in found.points:
            item = QListWidgetItem(point)
            item.setData(POINT_ROLE, point)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.points.addItem(item)
        self.points.blockSignals(False)

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
        return [
            self.points.item(row).data(POINT_ROLE)
            for row in range(self.points.count())
            if self.points.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
            and self.points.item(row).checkState() == Qt.CheckState.Checked
        ]

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
            points=self.chosen_points(),
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
        self.subject_line.setText(draft.subject)
        # Replace through the cursor so Undo brings back what was there before.
        cursor = self.body_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(draft.body)
        self.changed()
        self.say(self.tr("Drafted from your template. Make it your own; it is saved as you type."))

    # ---- actions --------------------------------------------------------------------------

    def autosave_values(self) -> tuple[str, str]:
        return self.subject_line.text().replace("\x00", ""), self.body_edit.toPlainText().replace("\x00", "")

    @staticmethod
    def write_values(services: WrapUpServices, interview_id: int, values: tuple[str, str]) -> None:
        subject, body = values
        services.wrapups.save_thank_you(interview_id, body, THANK_YOU_TEMPLATE, subject=subject)

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

    def _on_point_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.chosen_points()) > MAX_POINTS:
            self.points.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.points.blockSignals(False)
            self.warn(self.tr("Pick at most %n point(s); a short note reads as more personal.", "", MAX_POINTS))
            return
        self.say(self.tr("Press “Write a draft” to use the points you picked."))

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
