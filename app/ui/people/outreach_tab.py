"""A person's outreach: the call script and the email to ask for 20 minutes, and the interaction log.

The script and the email are made from the person's details until the person edits them; from
then on their own words are kept (autosaved within a second through the one autosaver) until they
start again from the template. A gentle note under each says when the wording asks for a job; it
never stops anyone. Calls and emails are logged in one step, at the injected clock's now.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.autosave import AutosavePolicy
from app.core.clock import Clock
from app.core.errors import NotFound
from app.core.i18n import Text
from app.core.mailto import MailtoError, mailto_url
from app.core.outreach import (
    YOUR_NAME_PLACEHOLDER,
    DraftKind,
    OutreachSubject,
    call_script,
    email_draft,
    join_paragraphs,
    referrer_caution,
)
from app.core.pipeline import FIRST_OUTCOME, Channel
from app.core.preferences import PROFILE_NAME_KEY
from app.ui.people.interaction_log import InteractionLog
from app.ui.people.outreach_texts import EMAIL_KINDS, PHONE_KINDS, OutreachTexts
from app.ui.shell import events
from app.ui.widgets.autosaver import Autosaver
from app.ui.widgets.i18n import tr_label, tr_text
from app.ui.widgets.privacy import is_presenting
from app.ui.widgets.refresh import RefreshWhenShown

if TYPE_CHECKING:
    from app.store.outreach_repository import OutreachRepository
    from app.store.settings_repository import SettingsRepository

UrlOpener = Callable[[str], bool]
Confirm = Callable[[QWidget, str, str], bool]


@dataclass(frozen=True, slots=True)
class OutreachData:
    outreach: OutreachRepository
    settings: SettingsRepository  # the person's own name, to introduce themselves


def open_url_with_desktop(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def ask_to_confirm(parent: QWidget, question: str, detail: str) -> bool:
    title = QCoreApplication.translate("OutreachTab", "Please confirm")
    return QMessageBox.question(parent, title, f"{question}\n\n{detail}") == QMessageBox.StandardButton.Yes


def _said(line: Text | str | None) -> str | None:
    # The sentences in the person's language; what they wrote themselves, as written.
    return tr_text(line) if isinstance(line, Text) else line


class OutreachTab(QWidget):
    def __init__(
        self,
        clock: Clock,
        data_events: events.DataEvents,
        *,
        open_url: UrlOpener = open_url_with_desktop,
        copy_text: Callable[[str], None] = copy_to_clipboard,
        confirm: Confirm = ask_to_confirm,
        background_writes: bool = True,
        autosave_policy: AutosavePolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._open_url = open_url
        self._copy_text = copy_text
        self._confirm = confirm
        self._data: OutreachData | None = None
        self._contact_id: int | None = None
        self.subject: OutreachSubject | None = None
        self._edited: set[DraftKind] = set()  # kinds holding the person's own words
        # What the editors held for a person or an entry no longer shown, while its write is still
        # to succeed (a full disk): the autosaver writes it from here, and it is shown again from here.
        self._carried: dict[Hashable, object] = {}
        self._filling = False
        self.autosaver = Autosaver(
            clock, self._snapshot, self._write, background=background_writes, policy=autosave_policy, parent=self
        )
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.autosaver.flush)
        self._refresher = RefreshWhenShown(self, self.refresh)
        data_events.changed.connect(self._on_data_changed)

        self.texts = OutreachTexts()
        texts = self.texts
        texts.allow_button.clicked.connect(self.allow_referrer_name)
        texts.phone_script.textChanged.connect(lambda: self._typed(DraftKind.PHONE_SCRIPT))
        texts.email_subject.textChanged.connect(lambda _text: self._typed(DraftKind.EMAIL_SUBJECT))
        texts.email_body.textChanged.connect(lambda: self._typed(DraftKind.EMAIL_BODY))
        texts.copy_script_button.clicked.connect(lambda: self._copy_text(texts.phone_script.toPlainText()))
        texts.copy_email_button.clicked.connect(lambda: self._copy_text(texts.email_body.toPlainText()))
        texts.mail_button.clicked.connect(self.open_in_mail_client)
        texts.reset_script_button.clicked.connect(lambda: self.start_again(PHONE_KINDS))
        texts.reset_email_button.clicked.connect(lambda: self.start_again(EMAIL_KINDS))

        self.autosaver.problem.connect(texts.say)  # a write that failed, in words; "" once saved again

        self.log = InteractionLog(clock)
        self.log.log_requested.connect(lambda channel: self.log_now(Channel(channel)))
        self.log.remove_requested.connect(self.remove_entry)
        self.log.leaving_entry.connect(lambda entry_id: self._keep_typed({("entry", entry_id)}))
        self.log.entry_edited.connect(
            lambda entry_id, urgent: self.autosaver.mark_dirty(("entry", entry_id), urgent=urgent)
        )

        splitter = QSplitter()
        splitter.addWidget(self.texts)
        splitter.addWidget(self.log)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_nobody()

    # ---- data -------------------------------------------------------------------------------

    def set_data(self, data: OutreachData) -> None:
        self._data = data
        self.refresh()

    def show_person(self, contact_id: int | None) -> None:
        """Show this person's outreach (None: nobody picked)."""
        if contact_id == self._contact_id:
            return
        if self._contact_id is not None:
            # The words typed for the last person are theirs, written now or kept until they can be.
            typed: set[Hashable] = {("draft", self._contact_id, kind) for kind in self._edited}
            if self.log.picked_id() is not None:
                typed.add(("entry", self.log.picked_id()))
            self._keep_typed(typed)
        self._contact_id = contact_id
        self._edited = set()
        self.subject = None
        self.log.set_entries([], None)
        self.texts.say(self.autosaver.problem_text)  # a failed write still waiting stays said
        self.refresh()

    def refresh(self) -> None:
        if self._data is None or self._contact_id is None:
            self._show_nobody()
            return
        try:
            subject = self._data.outreach.subject(self._contact_id)
        except NotFound:
            self._contact_id = None
            self._show_nobody()
            return
        first = self.subject is None
        self.subject = subject
        self.texts.set_editable(True)
        self._edited |= set(subject.drafts)
        generated = self._generated(subject)
        self._filling = True
        try:
            for kind, editor in self.texts.editors().items():
                # The person's own words are never replaced here; the template follows their details.
                carried = self._carried.get(("draft", self._contact_id, kind))
                if first and isinstance(carried, str):
                    self._edited.add(kind)
                    self.texts.set_text(editor, carried)
                elif first and kind in subject.drafts:
                    self.texts.set_text(editor, subject.drafts[kind])
                elif kind not in self._edited:
                    self.texts.set_text(editor, generated[kind])
        finally:
            self._filling = False
        caution = referrer_caution(subject.contact, subject.referrer_name)
        self.texts.show_caution(
            tr_text(caution) if caution is not None else "",
            can_allow=caution is not None and subject.contact.may_use_referrer_name is None,
        )
        self.texts.show_edited(self._edited)
        self.log.set_entries(subject.interactions, subject.contact.status)
        self.texts.check_wording(self.subject is not None)

    def _show_nobody(self) -> None:
        self.subject = None
        self._filling = True
        try:
            hint = self.tr("Choose a person to see what to say when you ask for 20 minutes.")
            self.texts.phone_script.setPlainText(hint)
            self.texts.email_subject.clear()
            self.texts.email_body.clear()
        finally:
            self._filling = False
        self.texts.set_editable(False)
        self.texts.show_caution("", can_allow=False)
        self.texts.show_edited(self._edited)
        self.log.set_entries([], None)
        self.texts.check_wording(self.subject is not None)

    def _generated(self, subject: OutreachSubject) -> dict[DraftKind, str]:
        your_name = self._data.settings.get_json(PROFILE_NAME_KEY, "") if self._data is not None else ""
        if not isinstance(your_name, str):
            your_name = ""
        placeholder = tr_label("CallScript", YOUR_NAME_PLACEHOLDER)
        args = (subject.contact, subject.occupation_title, subject.referrer_name)
        script = call_script(*args, your_name=your_name, placeholder_name=placeholder)
        email = email_draft(*args, your_name=your_name, placeholder_name=placeholder)
        return {
            DraftKind.PHONE_SCRIPT: "\n".join(_said(line) for line in script),
            DraftKind.EMAIL_SUBJECT: tr_text(email.subject),
            DraftKind.EMAIL_BODY: join_paragraphs([_said(line) for line in email.body]),
        }

    def _on_data_changed(self, kinds: frozenset) -> None:
        if kinds & {events.CONTACTS, events.OCCUPATIONS, events.SETTINGS}:
            self._refresher.request()

    # ---- typing and autosave ----------------------------------------------------------------

    def _typed(self, kind: DraftKind) -> None:
        self.texts.check_wording(self.subject is not None)
        if self._filling or self._contact_id is None:
            return
        self._edited.add(kind)
        self.texts.show_edited(self._edited)
        self.autosaver.mark_dirty(("draft", self._contact_id, kind))

    def _snapshot(self, keys: set[Hashable]) -> Mapping[Hashable, object]:
        payload: dict[Hashable, object] = {}
        editors = self.texts.editors()
        for key in keys:
            if key[0] == "draft" and key[1] == self._contact_id:
                payload[key] = self.texts.text_of(editors[key[2]])
            elif key[0] == "entry" and (entry := self.log.edited_entry(key[1])) is not None:
                payload[key] = entry
            elif key in self._carried:
                payload[key] = self._carried[key]
        return payload

    def _keep_typed(self, keys: set[Hashable]) -> None:
        """Before the editors show someone or something else: write what they hold, or keep it."""
        self._carried.update(self._snapshot(keys))
        if self.autosaver.flush():
            self._carried.clear()

    def _write(self, payload: Mapping[Hashable, object]) -> None:
        """Runs on the writer thread: no widgets here."""
        if self._data is None:
            return
        drafts: dict[int, dict[DraftKind, str]] = {}
        for key, value in payload.items():
            if key[0] == "draft":
                drafts.setdefault(key[1], {})[key[2]] = value
            else:
                with contextlib.suppress(NotFound):  # removed meanwhile: nothing to keep it in
                    self._data.outreach.update(value)
        for contact_id, bodies in drafts.items():
            self._data.outreach.save_drafts(contact_id, bodies)

    def write_typed_text(self) -> bool:
        """Write what was typed and is not saved yet (leaving the app)."""
        return self.autosaver.flush()

    # ---- actions ----------------------------------------------------------------------------

    def start_again(self, kinds: tuple[DraftKind, ...]) -> None:
        if self._data is None or self.subject is None or self._contact_id is None:
            return
        if not (set(kinds) & self._edited):
            return  # still the template: nothing to start again from
        if not self._confirm(
            self,
            self.tr("Start again from the template?"),
            self.tr("The words you changed here are replaced by the text made from this person's details."),
        ):
            return
        self.autosaver.flush()
        self._edited -= set(kinds)
        self._data.outreach.reset_drafts(self._contact_id, kinds)
        self.refresh()

    def allow_referrer_name(self) -> None:
        """The referrer said yes to "may I use your name?" (asked after the interview)."""
        if self._data is not None and self._contact_id is not None:
            self._data.outreach.set_may_use_referrer_name(self._contact_id, True)

    def open_in_mail_client(self) -> None:
        if self.subject is None:
            return
        subject, body = self.texts.email_subject.text(), self.texts.email_body.toPlainText()
        try:
            url = mailto_url(self.subject.contact.email, subject, body)
            problem = ""
        except MailtoError:
            url = mailto_url("", subject, body)
            if is_presenting():  # the address is not for a room
                problem = self.tr("The email address could not be used; add it in your mail program.")
            else:
                problem = self.tr(
                    "The email address “{address}” could not be used; add it in your mail program."
                ).format(address=self.subject.contact.email)
        if not self._open_url(url):
            problem = self.tr("No mail program opened. Copy the text and paste it into your email instead.")
        self.texts.say(problem)

    def log_now(self, channel: Channel) -> None:
        """Add a try at this moment; the person then says how it went in the log, inline."""
        if self._data is None or self._contact_id is None:
            return
        self.autosaver.flush()
        entry = self._data.outreach.log(self._contact_id, channel, FIRST_OUTCOME[channel], at=self._clock.now())
        self.refresh()  # at once, not only when the change report arrives: the entry is picked next
        self.log.pick(entry.id)

    def remove_entry(self, entry_id: int) -> None:
        if self._data is None:
            return
        if not self._confirm(
            self,
            self.tr("Remove this entry from the log?"),
            self.tr("The person's status stays as it is; you can change it in their details."),
        ):
            return
        self.autosaver.flush()
        self._data.outreach.remove(entry_id)
        self.refresh()
