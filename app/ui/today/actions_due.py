"""Today's "Actions due": thank-you notes not sent, unfinished wrap-ups, interviews today, and the
follow-up suggestions, each with a button that does it, and Snooze / Dismiss for the suggestions.
Dismissed suggestions are kept and listed under "Dismissed"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.follow_up import FollowUpSettings, Suggestion, SuggestionKey, SuggestionKind
from app.core.follow_up import describe as describe_suggestion
from app.core.today import DismissedFollowUp
from app.ui.widgets.dates import day_words, when_words
from app.ui.widgets.i18n import tr_text

if TYPE_CHECKING:
    from app.core.entities import InterviewSummary, TodaySummary
    from app.core.wrapup import ThankYouNudge

SHOWN_AT_FIRST = 8  # rows of each kind before "Show more"
MORE_STEP = 20


class RowKind(StrEnum):
    THANK_YOU = "thank_you"
    UNFINISHED_WRAPUP = "unfinished_wrapup"
    INTERVIEW_TODAY = "interview_today"
    FOLLOW_UP = "follow_up"
    MORE = "more"


def ask_day(parent: QWidget, earliest: date) -> date | None:
    """A day chosen on a calendar, from ``earliest`` on; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("Snooze until"))
    calendar = QCalendarWidget()
    first = QDate(earliest.year, earliest.month, earliest.day)
    calendar.setMinimumDate(first)
    calendar.setSelectedDate(first)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    calendar.activated.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(calendar)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = calendar.selectedDate()
    return date(chosen.year(), chosen.month(), chosen.day())


@dataclass(frozen=True, slots=True)
class DueActionsData:
    """What the buttons write and the history reads."""

    snooze: Callable[[SuggestionKey, date], object]
    dismiss: Callable[[SuggestionKey], object]
    dismissed: Callable[[], list[DismissedFollowUp]]


class ActionRow(QFrame):
    """One line of Actions due: what to do, in words, and the buttons that do it."""

    def __init__(self, kind: RowKind, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.interview_id: int | None = None
        self.key: SuggestionKey | None = None  # a follow-up's
        self.snooze_button: QToolButton | None = None
        self.dismiss_button: QPushButton | None = None
        self.setObjectName("actionRow")
        self.label = QLabel(words)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons: list[QPushButton | QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()

    def resizeEvent(self, event) -> None:
        # A wrapped line is as tall as its text at this width: layouts inside a scroll area do not
        # ask a label for that by themselves.
        super().resizeEvent(event)
        needed = self.label.heightForWidth(self.label.width())
        if needed > 0 and needed != self.label.minimumHeight():
            self.label.setMinimumHeight(needed)

    def add_button(self, button: QPushButton | QToolButton) -> None:
        button.setAccessibleDescription(self.label.text())
        self.buttons.append(button)
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)


class ActionsDuePanel(QWidget):
    open_thank_you_note = Signal(int)  # interview id
    open_wrapup = Signal(int)  # interview id
    open_interview = Signal(int)  # interview id

    def __init__(
        self, ask_day: Callable[[QWidget, date], date | None] = ask_day, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ask_day = ask_day
        self._data: DueActionsData | None = None
        self._today: date | None = None
        self._last: tuple | None = None
        self._shown = {RowKind.THANK_YOU: SHOWN_AT_FIRST, RowKind.FOLLOW_UP: SHOWN_AT_FIRST}
        self.rows: list[ActionRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(2)
        self.empty = QLabel(self.tr("Nothing to do today. Follow-ups and reminders will appear here."))
        self.empty.setWordWrap(True)
        self.history_button = QPushButton()
        self.history_button.setCheckable(True)
        self.history_button.setToolTip(self.tr("The follow-up suggestions you dismissed"))
        self.history_button.toggled.connect(self._show_history)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Dismissed follow-ups"))
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(140)
        self.history.hide()
        history_row = QHBoxLayout()
        history_row.addStretch(1)
        history_row.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows_box)
        layout.addLayout(history_row)
        layout.addWidget(self.history)
        self._set_history_count(0)

    def set_data(self, data: DueActionsData) -> None:
        self._data = data

    # ---- filling ----------------------------------------------------------------------------

    def show_actions(self, summary: TodaySummary, now: datetime, today: date, preparation: Callable) -> None:
        """``preparation(interview_id)`` gives the "Preparation 3 of 7" words of an interview."""
        if today != self._today:
            self._shown = {RowKind.THANK_YOU: SHOWN_AT_FIRST, RowKind.FOLLOW_UP: SHOWN_AT_FIRST}
        self._today = today
        self._last = (summary, now, today, preparation)
        for row in self.rows:
            self._rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self._add_thank_yous(summary.thank_you_nudges)
        if summary.unfinished_wrapups:
            count = len(summary.unfinished_wrapups)
            row = self._add_row(
                RowKind.UNFINISHED_WRAPUP, self.tr("○ %n interview(s) with an unfinished wrap-up", "", count)
            )
            first = summary.unfinished_wrapups[0]
            self._button(row, self.tr("Open the first"), lambda: self.open_wrapup.emit(first))
        for interview in summary.upcoming:
            scheduled = interview.interview.scheduled_at
            if scheduled is not None and scheduled.astimezone(now.tzinfo).date() == today and scheduled >= now:
                self._add_interview_today(interview, now, preparation(interview.interview.id))
        settings = summary.follow_up_settings or FollowUpSettings()
        self._add_follow_ups(summary.follow_ups, settings)
        self.empty.setVisible(not self.rows)
        self._set_history_count(summary.dismissed_count)
        if self.history_button.isChecked():
            self._fill_history()

    def _add_row(self, kind: RowKind, words: str) -> ActionRow:
        row = ActionRow(kind, words)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        return row

    def _button(self, row: ActionRow, words: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(words)
        button.clicked.connect(lambda _checked=False: action())
        row.add_button(button)
        return button

    def _add_more(self, kind: RowKind, left: int) -> None:
        row = self._add_row(RowKind.MORE, self.tr("… and %n more", "", left))

        def more() -> None:
            self._shown[kind] += MORE_STEP
            self._more_requested()

        self._button(row, self.tr("Show more"), more)

    def _more_requested(self) -> None:
        if self._last is not None:
            self.show_actions(*self._last)

    def _add_thank_yous(self, nudges: list[ThankYouNudge]) -> None:
        limit = self._shown[RowKind.THANK_YOU]
        for nudge in nudges[:limit]:
            row = self._add_row(RowKind.THANK_YOU, self.tr("✉ {reminder}").format(reminder=tr_text(nudge.describe())))
            row.interview_id = nudge.interview_id
            interview_id = nudge.interview_id
            self._button(row, self.tr("Write it…"), lambda i=interview_id: self.open_thank_you_note.emit(i))
        if len(nudges) > limit:
            self._add_more(RowKind.THANK_YOU, len(nudges) - limit)

    def _add_interview_today(self, interview: InterviewSummary, now: datetime, preparation: str) -> None:
        words = self.tr("◷ {when}: interview with {name} · {preparation}").format(
            name=interview.contact_name, when=when_words(interview.interview.scheduled_at, now), preparation=preparation
        )
        row = self._add_row(RowKind.INTERVIEW_TODAY, words)
        interview_id = interview.interview.id
        row.interview_id = interview_id
        self._button(row, self.tr("Open"), lambda: self.open_interview.emit(interview_id))

    def _add_follow_ups(self, follow_ups: list[Suggestion], settings: FollowUpSettings) -> None:
        limit = self._shown[RowKind.FOLLOW_UP]
        for suggestion in follow_ups[:limit]:
            words = self.tr("→ {suggestion}").format(suggestion=tr_text(describe_suggestion(suggestion, settings)))
            row = self._add_row(RowKind.FOLLOW_UP, words)
            row.key = suggestion.key
            if suggestion.interview_id is not None:  # an interview whose time to confirm
                row.interview_id = interview_id = suggestion.interview_id
                self._button(row, self.tr("Open"), lambda i=interview_id: self.open_interview.emit(i))
            row.snooze_button = self._snooze_button(row, suggestion.key)
            row.dismiss_button = self._button(row, self.tr("Dismiss"), lambda key=suggestion.key: self.dismiss(key))
            row.dismiss_button.setToolTip(self.tr("Hide this suggestion for good; it stays under Dismissed"))
        if len(follow_ups) > limit:
            self._add_more(RowKind.FOLLOW_UP, len(follow_ups) - limit)

    def _snooze_button(self, row: ActionRow, key: SuggestionKey) -> QToolButton:
        button = QToolButton()
        button.setText(self.tr("Snooze"))
        button.setToolTip(self.tr("Hide this suggestion until a later day"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        today = self._today
        tomorrow = today + timedelta(days=1)
        next_week = today + timedelta(days=7)
        menu.addAction(
            self.tr("Until tomorrow ({day})").format(day=day_words(tomorrow)), lambda: self.snooze(key, tomorrow)
        )
        menu.addAction(
            self.tr("Until next week ({day})").format(day=day_words(next_week)), lambda: self.snooze(key, next_week)
        )
        menu.addAction(self.tr("Until a day you choose…"), lambda: self._snooze_until_chosen(key))
        button.setMenu(menu)
        row.add_button(button)
        return button

    # ---- deciding -----------------------------------------------------------------------------

    def snooze(self, key: SuggestionKey, until: date) -> None:
        """Hide a suggestion until ``until``; the store's change report refreshes Today."""
        if self._data is not None:
            self._data.snooze(key, until)

    def _snooze_until_chosen(self, key: SuggestionKey) -> None:
        chosen = self._ask_day(self, self._today + timedelta(days=1))
        if chosen is not None:
            self.snooze(key, chosen)

    def dismiss(self, key: SuggestionKey) -> None:
        if self._data is not None:
            self._data.dismiss(key)

    # ---- history ------------------------------------------------------------------------------

    def _set_history_count(self, count: int) -> None:
        self.history_button.setText(self.tr("Dismissed (%n)", "", count))
        self.history_button.setEnabled(count > 0 or self.history_button.isChecked())

    def _show_history(self, on: bool) -> None:
        if on:
            self._fill_history()
        self.history.setVisible(on)

    def _fill_history(self) -> None:
        self.history.clear()
        if self._data is None:
            return
        for dismissed in self._data.dismissed():
            self.history.addItem(self.history_words(dismissed))

    def history_words(self, dismissed: DismissedFollowUp) -> str:
        name = dismissed.contact_name
        kind = dismissed.key.kind
        if kind is SuggestionKind.TRY_ANOTHER_PERSON:
            what = self.tr("Contact another person (no reply from {name})").format(name=name)
        elif kind is SuggestionKind.FOLLOW_UP:
            what = self.tr("Send one polite follow-up to {name}").format(name=name)
        else:
            what = self.tr("Confirm the time with {name}").format(name=name)
        return self.tr("{what} — due {due}").format(what=what, due=day_words(dismissed.key.due_on))
