"""Today: what is coming up, what is due, and how far each occupation has got."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.entities import ActionItem, InterviewStatus, InterviewSummary, OccupationProgress, TodaySummary
from app.core.follow_up import FollowUpSettings
from app.core.follow_up import describe as describe_suggestion
from app.ui.shell import events
from app.ui.widgets.dates import due_words, when_words
from app.ui.widgets.i18n import tr_text
from app.ui.widgets.refresh import RefreshWhenShown
from app.ui.widgets.table_model import Column, RowsTableModel

if TYPE_CHECKING:
    from app.store.read_models import ReadModels
    from app.store.repositories import ActionItemRepository
    from app.store.settings_repository import SettingsRepository
    from app.store.suggestion_repository import SuggestionRepository
    from app.store.wrapup_repository import WrapUpRepository

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10
SUGGESTION_KIND_ROLE = Qt.ItemDataRole.UserRole + 11  # a follow-up line: its SuggestionKind value


@dataclass(frozen=True, slots=True)
class TodayData:
    """What Today reads and writes once the data file is open."""

    reads: ReadModels  # the summary
    actions: ActionItemRepository  # ticking next steps off
    wrapups: WrapUpRepository  # thank-you reminders and unfinished wrap-ups
    suggestions: SuggestionRepository | None = None  # follow-ups due (shown as lines, no buttons yet)
    settings: SettingsRepository | None = None  # the follow-ups' business-day numbers


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setObjectName("sectionHeading")
    return label


class HomeView(QWidget):
    """The home/Today view. Shows "Opening your data…" until the read models or its data arrive."""

    go_to_people = Signal()
    open_wrapup = Signal(int)  # interview id, from a reminder
    open_interview = Signal(int)  # interview id, from the upcoming list
    summary_shown = Signal()  # after the view has been filled with data from the store

    def __init__(self, clock: Clock, data_events: events.DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._data: TodayData | None = None
        self._reads: ReadModels | None = None
        self._refresher = RefreshWhenShown(self, self.refresh)
        data_events.changed.connect(self._on_data_changed)
        self._data_events = data_events

        self._pages = QStackedLayout(self)
        self._loading = QLabel(self.tr("Opening your data…"))
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._loading.setWordWrap(True)
        self._pages.addWidget(self._loading)

        content = QWidget()
        layout = QVBoxLayout(content)
        heading = QLabel(self.tr("Today"))
        heading.setObjectName("pageHeading")
        self._totals = QLabel()
        self._totals.setObjectName("totals")
        layout.addWidget(heading)
        layout.addWidget(self._totals)

        self._welcome = QWidget()
        self._welcome.setObjectName("welcome")
        self._welcome.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        welcome_layout = QVBoxLayout(self._welcome)
        welcome_text = QLabel(
            self.tr(
                "Start by listing the occupations you want to explore — the advice is to talk with three "
                "people in each — then add the people who could tell you about them: friends, family, "
                "neighbours, supervisors, coworkers, or names from a directory."
            )
        )
        welcome_text.setWordWrap(True)
        start = QPushButton(self.tr("Add occupations and people…"))
        start.clicked.connect(self.go_to_people)
        welcome_layout.addWidget(welcome_text)
        welcome_layout.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._welcome)

        self.reminder_list = QListWidget()
        self.reminder_list.setObjectName("reminders")
        self.reminder_list.setAccessibleName(self.tr("Reminders"))
        self.reminder_list.setWordWrap(True)
        self.reminder_list.itemActivated.connect(self._open_reminder)
        self.reminder_list.hide()
        layout.addWidget(self.reminder_list)

        grid = QGridLayout()
        self._upcoming_model: RowsTableModel[InterviewSummary] = RowsTableModel(
            [
                Column(self.tr("When"), self._when),
                Column(self.tr("With"), lambda row: row.contact_name),
                Column(self.tr("Organisation"), lambda row: row.organisation),
                Column(self.tr("Occupation"), lambda row: row.occupation_title),
            ]
        )
        self.upcoming_table = QTableView()
        self.upcoming_table.setAccessibleName(self.tr("Upcoming interviews"))
        self.upcoming_table.setModel(self._upcoming_model)
        self.upcoming_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming_table.verticalHeader().hide()
        self.upcoming_table.setTabKeyNavigation(False)  # arrows move inside; Tab leaves the table
        self.upcoming_table.activated.connect(
            lambda index: self.open_interview.emit(self._upcoming_model.row_at(index.row()).interview.id)
        )
        self.upcoming_table.setToolTip(self.tr("Double-click or press Enter to open the interview"))
        self.upcoming_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.addWidget(_section(self.tr("Upcoming interviews")), 0, 0)
        grid.addWidget(self.upcoming_table, 1, 0)

        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("Action items"))
        self.action_list.setWordWrap(True)
        self.action_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.action_list.itemChanged.connect(self._on_action_ticked)
        grid.addWidget(_section(self.tr("Next steps due")), 0, 1)
        grid.addWidget(self.action_list, 1, 1)

        self.occupation_list = QListWidget()
        self.occupation_list.setAccessibleName(self.tr("Occupations"))
        grid.addWidget(_section(self.tr("Occupations")), 2, 0, 1, 2)
        grid.addWidget(self.occupation_list, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        layout.addLayout(grid, 1)
        self._pages.addWidget(content)
        self._content = content

    def _when(self, row: InterviewSummary) -> str:
        if row.interview.status is InterviewStatus.IN_PROGRESS:
            return self.tr("Under way now")
        return when_words(row.interview.scheduled_at, self._clock.now().astimezone(self._clock.local_zone()))

    def show_loading(self, text: str) -> None:
        """Say what is happening while the data file is being opened (or updated)."""
        self._loading.setText(text)
        self._pages.setCurrentWidget(self._loading)

    def set_reads(self, reads: ReadModels) -> None:
        """Enough to show the page; ticking items off waits for ``set_data``."""
        self._reads = reads
        self.refresh()

    def set_data(self, data: TodayData) -> None:
        """The data file is open: next steps can be ticked off and reminders shown."""
        self._data = data
        self._reads = data.reads
        self.refresh()

    def refresh(self) -> None:
        if self._reads is not None:
            self.show_summary(self._reads.today())

    def show_summary(self, summary: TodaySummary) -> None:
        self._pages.setCurrentWidget(self._content)
        self._totals.setText(
            self.tr("{people} · {interviews} · {done} done").format(
                people=self.tr("%Ln person(s)", "", summary.contact_count),
                interviews=self.tr("%Ln interview(s)", "", summary.interview_count),
                done=QLocale().toString(summary.finished_count),
            )
        )
        empty = summary.contact_count == 0 and not summary.occupations
        self._welcome.setVisible(empty)
        self._upcoming_model.set_rows(summary.upcoming)
        self._fill_actions(summary.due_actions)
        self._fill_occupations(summary.occupations)
        self._fill_reminders()
        self.summary_shown.emit()

    def _fill_reminders(self) -> None:
        """Thank-you notes overdue, wrap-ups left unfinished and follow-ups due (these wait for
        ``set_data``)."""
        self.reminder_list.clear()
        if self._data is None:
            self.reminder_list.hide()
            return
        now = self._clock.now()
        nudged = set()
        for nudge in self._data.wrapups.nudges(now):
            nudged.add(nudge.interview_id)
            item = QListWidgetItem(
                self.tr("✉ {reminder} — press Enter to write it now").format(reminder=tr_text(nudge.describe()))
            )
            item.setData(ITEM_ID_ROLE, nudge.interview_id)
            self.reminder_list.addItem(item)
        unfinished = [p for p in self._data.wrapups.incomplete() if p.interview_id not in nudged]
        if unfinished:
            item = QListWidgetItem(
                self.tr("○ %n interview(s) with an unfinished wrap-up — open the first", "", len(unfinished))
            )
            item.setData(ITEM_ID_ROLE, unfinished[0].interview_id)
            self.reminder_list.addItem(item)
        if self._data.suggestions is not None:
            settings = self._data.settings.follow_up_settings() if self._data.settings else FollowUpSettings()
            for suggestion in self._data.suggestions.due(settings):
                words = tr_text(describe_suggestion(suggestion, settings))
                item = QListWidgetItem(self.tr("→ {suggestion}").format(suggestion=words))
                item.setData(SUGGESTION_KIND_ROLE, suggestion.kind.value)
                self.reminder_list.addItem(item)
        count = self.reminder_list.count()
        self.reminder_list.setVisible(count > 0)
        if count:
            rows = sum(self.reminder_list.sizeHintForRow(row) for row in range(min(count, 3)))
            self.reminder_list.setFixedHeight(rows + 2 * self.reminder_list.frameWidth() + 6)

    def _open_reminder(self, item: QListWidgetItem) -> None:
        interview_id = item.data(ITEM_ID_ROLE)
        if interview_id is not None:  # follow-up lines open nothing yet
            self.open_wrapup.emit(interview_id)

    def _fill_actions(self, items: list[ActionItem]) -> None:
        today = self._clock.today()
        self.action_list.blockSignals(True)
        self.action_list.clear()
        if not items:
            placeholder = QListWidgetItem(self.tr("Nothing due. Next steps from your interviews will appear here."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.action_list.addItem(placeholder)
        for item in items:
            entry = QListWidgetItem(
                self.tr("{title} — {due}").format(title=item.title, due=due_words(item.due_on, today))
            )
            checkable = Qt.ItemFlag.ItemIsUserCheckable if self._data is not None else Qt.ItemFlag.NoItemFlags
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | checkable)
            entry.setCheckState(Qt.CheckState.Checked if item.is_done else Qt.CheckState.Unchecked)
            entry.setData(ITEM_ID_ROLE, item.id)
            self.action_list.addItem(entry)
        self.action_list.blockSignals(False)

    def _fill_occupations(self, rows: list[OccupationProgress]) -> None:
        self.occupation_list.clear()
        if not rows:
            placeholder = QListWidgetItem(self.tr("No occupations yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.occupation_list.addItem(placeholder)
        for row in rows:
            target = row.occupation.target_interviews
            if row.planned_interviews:
                text = self.tr("{title} — {done} of %n interviews done, {planned} planned", "", target)
            else:
                text = self.tr("{title} — {done} of %n interviews done", "", target)
            text = text.format(title=row.occupation.title, done=row.finished_interviews, planned=row.planned_interviews)
            self.occupation_list.addItem(text)

    def _on_action_ticked(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(ITEM_ID_ROLE)
        if item_id is None or self._data is None:
            return
        self._data.actions.set_done(item_id, entry.checkState() == Qt.CheckState.Checked)

    def _on_data_changed(self, kinds: frozenset) -> None:
        if kinds & {events.OCCUPATIONS, events.CONTACTS, events.INTERVIEWS, events.ACTIONS, events.WRAPUP}:
            self._refresher.request()
