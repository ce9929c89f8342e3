"""A person's interaction log: log a call or an email in one step, then say how it went inline.

The list shows the newest first. The entry picked in the list is edited in the row below it
(channel, when, outcome, note); those edits go through the outreach tab's autosaver, a new
outcome at once (it may move the person's status), the note within a second.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.entities import ContactStatus
from app.core.pipeline import Channel, Interaction, Outcome
from app.ui.widgets.dates import when_words
from app.ui.widgets.i18n import tr_enum
from app.ui.widgets.privacy import is_presenting, mark_personal, refresh_on_presenting

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 31
MAX_NOTE = 2000


def _local_naive(moment: datetime, zone: tzinfo) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


class InteractionLog(QWidget):
    """The log of one person. Emits ``log_requested(channel)``, ``remove_requested(entry id)``;
    ``entry_edited(entry id, urgent)`` when the inline editor changed."""

    log_requested = Signal(str)  # a Channel value
    remove_requested = Signal(int)
    entry_edited = Signal(int, bool)
    leaving_entry = Signal(int)  # the editor is about to show another entry (or none)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._entries: dict[int, Interaction] = {}
        self._editing: Interaction | None = None
        self._filling = False
        self._status: ContactStatus | None = None

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.log_call_button = QPushButton(self.tr("Log call…"))
        self.log_call_button.setToolTip(self.tr("Add a call at this moment, then say how it went"))
        self.log_call_button.clicked.connect(lambda: self.log_requested.emit(Channel.CALL.value))
        self.log_email_button = QPushButton(self.tr("Log email sent"))
        self.log_email_button.setToolTip(self.tr("Add an email sent at this moment"))
        self.log_email_button.clicked.connect(lambda: self.log_requested.emit(Channel.EMAIL.value))
        self.log_other_button = QPushButton(self.tr("Log other"))
        other = QMenu(self.log_other_button)
        for channel in (Channel.MESSAGE, Channel.MEETING):
            action = other.addAction(tr_enum(channel))
            action.triggered.connect(lambda _checked=False, c=channel: self.log_requested.emit(c.value))
        self.log_other_button.setMenu(other)
        buttons = QGridLayout()  # two rows keep the log narrow beside the texts
        buttons.addWidget(self.log_call_button, 0, 0)
        buttons.addWidget(self.log_other_button, 0, 1)
        buttons.addWidget(self.log_email_button, 1, 0, 1, 2)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Interaction log, newest first"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self._edit_current())

        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("How"))
        for channel in Channel:
            self.channel.addItem(tr_enum(channel), channel.value)
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("When"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy HH:mm")
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for outcome in Outcome:
            self.outcome.addItem(tr_enum(outcome), outcome.value)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("A note: what was said, when to try again"))
        self.note.setMaxLength(MAX_NOTE)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove this entry"))
        self.remove_button.clicked.connect(self._remove)
        self.channel.currentIndexChanged.connect(lambda _i: self._edited(urgent=True))
        self.outcome.currentIndexChanged.connect(lambda _i: self._edited(urgent=True))
        self.when.dateTimeChanged.connect(lambda _value: self._edited(urgent=False))
        self.note.textEdited.connect(lambda _text: self._edited(urgent=False))

        self.editor = QWidget()
        editor = QGridLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        # One column, so a picked entry does not widen the person's tabs beside the list.
        editor.addWidget(self.channel, 0, 0)
        editor.addWidget(self.when, 1, 0)
        editor.addWidget(self.outcome, 2, 0)
        editor.addWidget(self.note, 3, 0)
        editor.addWidget(self.remove_button, 4, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        # The notes on each try are private: hidden while presenting (the note being typed is kept).
        mark_personal(self.note)
        refresh_on_presenting(self, lambda: self.set_entries(list(self._entries.values()), self._status))
        self.set_entries([], None)

    # ---- showing ------------------------------------------------------------------------------

    def set_entries(self, entries: list[Interaction], status: ContactStatus | None) -> None:
        """Show ``entries`` (newest first); the entry being edited stays picked."""
        enabled = status is not None
        self._status = status
        for button in (self.log_call_button, self.log_email_button, self.log_other_button):
            button.setEnabled(enabled)
        self.status.setText(self.tr("Status: {status}").format(status=tr_enum(status)) if enabled else "")
        keep = self._editing.id if self._editing is not None else None
        self._entries = {entry.id: entry for entry in entries}
        self.list.blockSignals(True)
        self.list.clear()
        now = self._clock.now().astimezone(self._clock.local_zone())
        for entry in entries:
            item = QListWidgetItem(self._describe(entry, now))
            item.setData(ENTRY_ROLE, entry.id)
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        if not entries and enabled:
            placeholder = QListWidgetItem(self.tr("Nothing logged yet. Log each call or email here."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self.list.blockSignals(False)
        if keep in self._entries:
            # The editor keeps what it shows (perhaps being typed); it now edits the saved entry.
            self._editing = self._entries[keep]
        else:
            self._editing = None
            self._show_editor()

    def _describe(self, entry: Interaction, now: datetime) -> str:
        words = self.tr("{when} · {channel} · {outcome}").format(
            when=when_words(entry.at, now), channel=tr_enum(entry.channel), outcome=tr_enum(entry.outcome)
        )
        if not entry.note.strip() or is_presenting():
            return words
        return self.tr("{entry} — {note}").format(entry=words, note=entry.note)

    def pick(self, entry_id: int) -> None:
        """Pick an entry for editing (after logging it) and put the keyboard on its outcome."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ENTRY_ROLE) == entry_id:
                self.list.setCurrentRow(row)
                self.outcome.setFocus()
                return

    def picked_id(self) -> int | None:
        return self._editing.id if self._editing is not None else None

    def _edit_current(self) -> None:
        item = self.list.currentItem()
        entry_id = item.data(ENTRY_ROLE) if item is not None else None
        if self._editing is not None and self._editing.id != entry_id:
            self.leaving_entry.emit(self._editing.id)
        self._editing = self._entries.get(entry_id)
        self._show_editor()

    def _show_editor(self) -> None:
        entry = self._editing
        self._filling = True
        try:
            self.editor.setVisible(entry is not None)
            if entry is None:
                self.note.clear()
                return
            self.channel.setCurrentIndex(self.channel.findData(entry.channel.value))
            self.outcome.setCurrentIndex(self.outcome.findData(entry.outcome.value))
            self.when.setDateTime(_local_naive(entry.at, self._clock.local_zone()))
            if self.note.text() != entry.note:
                self.note.setText(entry.note)
        finally:
            self._filling = False

    # ---- editing ------------------------------------------------------------------------------

    def _edited(self, urgent: bool) -> None:
        if self._filling or self._editing is None:
            return
        self.entry_edited.emit(self._editing.id, urgent)

    def edited_entry(self, entry_id: int) -> Interaction | None:
        """The entry as the editor holds it now (for the autosaver), or None if it shows another."""
        entry = self._editing
        if entry is None or entry.id != entry_id:
            return None
        chosen = self.when.dateTime().toPython().replace(tzinfo=self._clock.local_zone())
        # Minutes are what the editor shows; an unchanged minute keeps the logged second.
        same_minute = chosen == entry.at.astimezone(self._clock.local_zone()).replace(second=0, microsecond=0)
        return Interaction(
            id=entry.id,
            contact_id=entry.contact_id,
            at=entry.at if same_minute else chosen,
            channel=Channel(self.channel.currentData()),
            outcome=Outcome(self.outcome.currentData()),
            note=self.note.text().replace("\x00", ""),
        )

    def _remove(self) -> None:
        if self._editing is not None:
            self.remove_requested.emit(self._editing.id)
