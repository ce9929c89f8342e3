"""The words of an outreach tab: the call script and the email, each with its gentle job-wording
note and its buttons, and the note about a referrer's name. Widgets only; the outreach tab fills
them, saves what is typed and acts on the buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.job_wording import check as job_wording
from app.core.outreach import DraftKind
from app.ui.widgets.i18n import tr_text
from app.ui.widgets.privacy import is_presenting, refresh_on_presenting

CHECKED_LENGTH = 20_000  # the job-wording check reads this much of a long text
PHONE_KINDS = (DraftKind.PHONE_SCRIPT,)
EMAIL_KINDS = (DraftKind.EMAIL_SUBJECT, DraftKind.EMAIL_BODY)

Editor = QPlainTextEdit | QLineEdit


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _gentle_note() -> QLabel:
    note = QLabel()
    note.setWordWrap(True)
    note.setObjectName("gentleNote")
    note.hide()
    return note


class OutreachTexts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caution = QLabel()
        self.caution.setWordWrap(True)
        self.caution.setObjectName("gentleNote")
        self.allow_button = QPushButton(self.tr("They said I may mention them"))
        self.allow_button.setToolTip(self.tr("Record their yes: the texts then say who suggested the call"))
        self.allow_button.hide()
        self._caution_words = ""
        self._can_allow = False
        # What the referrer said about their name is a private note: not for a room.
        refresh_on_presenting(self, self._show_caution)

        # The call script.
        self.phone_script = QPlainTextEdit()
        self.phone_script.setAccessibleName(self.tr("Call script"))
        self.phone_note = _gentle_note()
        self.copy_script_button = QPushButton(self.tr("Copy"))
        self.copy_script_button.setAccessibleName(self.tr("Copy the call script"))
        self.reset_script_button = QPushButton(self.tr("Start again from the template"))
        phone_page = QWidget()
        phone_layout = QVBoxLayout(phone_page)
        phone_layout.addWidget(self.phone_script, 1)
        phone_layout.addWidget(self.phone_note)
        phone_layout.addLayout(button_row(self.copy_script_button))
        phone_layout.addLayout(button_row(self.reset_script_button))  # a row of its own keeps the tab narrow

        # The email.
        self.email_subject = QLineEdit()
        self.email_subject.setAccessibleName(self.tr("Email subject"))
        self.email_body = QPlainTextEdit()
        self.email_body.setAccessibleName(self.tr("Email text"))
        self.email_note = _gentle_note()
        self.copy_email_button = QPushButton(self.tr("Copy"))
        self.copy_email_button.setAccessibleName(self.tr("Copy the email text"))
        self.mail_button = QPushButton(self.tr("Open in mail client"))
        self.reset_email_button = QPushButton(self.tr("Start again from the template"))
        self.reset_email_button.setAccessibleName(self.tr("Start the email again from the template"))
        email_page = QWidget()
        email_layout = QVBoxLayout(email_page)
        subject_row = QHBoxLayout()
        subject_label = QLabel(self.tr("Su&bject:"))
        subject_label.setBuddy(self.email_subject)
        subject_row.addWidget(subject_label)
        subject_row.addWidget(self.email_subject, 1)
        email_layout.addLayout(subject_row)
        email_layout.addWidget(self.email_body, 1)
        email_layout.addWidget(self.email_note)
        email_layout.addLayout(button_row(self.copy_email_button, self.mail_button))
        email_layout.addLayout(button_row(self.reset_email_button))

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(phone_page, self.tr("Call script"))
        self.pages.addTab(email_page, self.tr("Email"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caution)
        layout.addLayout(button_row(self.allow_button))
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)

    def editors(self) -> dict[DraftKind, Editor]:
        return {
            DraftKind.PHONE_SCRIPT: self.phone_script,
            DraftKind.EMAIL_SUBJECT: self.email_subject,
            DraftKind.EMAIL_BODY: self.email_body,
        }

    @staticmethod
    def set_text(editor: Editor, words: str) -> None:
        if isinstance(editor, QLineEdit):
            if editor.text() != words:
                editor.setText(words)
                editor.setCursorPosition(0)  # the subject read from its start
        elif editor.toPlainText() != words:
            editor.setPlainText(words)

    @staticmethod
    def text_of(editor: Editor) -> str:
        words = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        return words.replace("\x00", "")

    def set_editable(self, editable: bool) -> None:
        for widget in (self.pages, self.phone_script, self.email_subject, self.email_body):
            widget.setEnabled(editable)

    def show_edited(self, edited: set[DraftKind]) -> None:
        # Starting again is offered only where there are the person's own words to give up.
        self.reset_script_button.setEnabled(bool(edited & set(PHONE_KINDS)))
        self.reset_email_button.setEnabled(bool(edited & set(EMAIL_KINDS)))

    def show_caution(self, words: str, can_allow: bool) -> None:
        self._caution_words, self._can_allow = words, can_allow
        self._show_caution()

    def _show_caution(self) -> None:
        presenting = is_presenting()
        self.caution.setText("" if presenting else self._caution_words)
        self.caution.setVisible(bool(self._caution_words) and not presenting)
        self.allow_button.setVisible(self._can_allow and not presenting)

    def say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setVisible(bool(words))

    def check_wording(self, enabled: bool) -> None:
        """The gentle note under each text: shown while it asks for a job, gone once it does not."""
        self._show_wording(self.phone_note, self.phone_script.toPlainText() if enabled else "")
        subject_and_body = f"{self.email_subject.text()}\n{self.email_body.toPlainText()}" if enabled else ""
        self._show_wording(self.email_note, subject_and_body)

    def _show_wording(self, note: QLabel, words: str) -> None:
        words = words[:CHECKED_LENGTH]
        flags = job_wording(words)
        if not flags:
            note.hide()
            note.clear()
            return
        first = flags[0]
        note.setText(
            self.tr("A gentle note on “{words}”: {why} You can still use it as it is.").format(
                words=words[first.start : first.end], why=tr_text(first.reason)
            )
        )
        note.show()
