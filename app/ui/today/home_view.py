"""Today: what is due, what is coming up, and how far each occupation has got, in words and pictures.

The page scrolls rather than clips on a small screen. Everything on it is read in one transaction
(``ReadModels.today``); the buttons write through the repositories, and the store's change reports
refresh the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.checklist import ChecklistItem, ChecklistMark, checklist_progress
from app.core.clock import Clock
from app.core.entities import ActionItem, InterviewStatus, InterviewSummary, TodaySummary
from app.ui.shell import events
from app.ui.today.actions_due import ActionsDuePanel, DueActionsData, ask_day
from app.ui.today.referral_tree import ReferralTree
from app.ui.widgets.bar_charts import ChartPanel, OccupationProgressChart, WeeklyBarChart
from app.ui.widgets.dates import due_words, when_words
from app.ui.widgets.refresh import RefreshWhenShown
from app.ui.widgets.table_model import Column, RowsTableModel

if TYPE_CHECKING:
    from app.store.read_models import ReadModels
    from app.store.repositories import ActionItemRepository
    from app.store.settings_repository import SettingsRepository
    from app.store.suggestion_repository import SuggestionRepository
    from app.store.wrapup_repository import WrapUpRepository

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10
MAX_ROWS_TALL = 8  # a longer list scrolls inside its box


@dataclass(frozen=True, slots=True)
class TodayData:
    """What Today reads and writes once the data file is open."""

    reads: ReadModels  # everything shown, and the dismissed follow-ups
    actions: ActionItemRepository  # ticking next steps off
    # Not read any more (the reminders and the follow-ups' business days come with ``reads``, in
    # Today's one transaction); kept so that callers written for the text-only Today still work.
    wrapups: WrapUpRepository | None = None
    suggestions: SuggestionRepository | None = None  # snoozing and dismissing follow-ups
    settings: SettingsRepository | None = None  # not read any more (see ``wrapups``)


def shipped_checklist() -> list[ChecklistItem]:
    from app.files import load_checklist

    return load_checklist(None)[0]


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setObjectName("sectionHeading")
    label.setWordWrap(True)  # on two lines rather than cut short at a large zoom
    return label


def _titled(title: str, widget: QWidget) -> QWidget:
    """A section: its heading over its content."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(_section(title))
    layout.addWidget(widget)
    return box


def _first_weekday() -> int:
    """The locale's first day of the week, Monday = 0 (Qt counts Monday = 1)."""
    return QLocale().firstDayOfWeek().value - 1


class HomeView(QWidget):
    """The home/Today view. Shows "Opening your data…" until the read models or its data arrive."""

    go_to_people = Signal()
    open_wrapup = Signal(int)  # interview id, from an unfinished wrap-up
    open_thank_you_note = Signal(int)  # interview id: its wrap-up at the thank-you note step
    open_interview = Signal(int)  # interview id, from the upcoming list or an interview today
    summary_shown = Signal()  # after the view has been filled with data from the store

    def __init__(
        self,
        clock: Clock,
        data_events: events.DataEvents,
        parent: QWidget | None = None,
        *,
        load_checklist: Callable[[], list[ChecklistItem]] = shipped_checklist,
        ask_day=ask_day,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._load_checklist = load_checklist
        self._checklist: list[ChecklistItem] | None = None
        self._data: TodayData | None = None
        self._reads: ReadModels | None = None
        self._summary = TodaySummary()
        self._refresher = RefreshWhenShown(self, self.refresh)
        data_events.changed.connect(self._on_data_changed)
        self._data_events = data_events

        self._pages = QStackedLayout(self)
        self._loading = QLabel(self.tr("Opening your data…"))
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._loading.setWordWrap(True)
        self._pages.addWidget(self._loading)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        content = QWidget()
        content.setMinimumWidth(640)
        layout = QVBoxLayout(content)
        heading = QLabel(self.tr("Today"))
        heading.setObjectName("pageHeading")
        self._totals = QLabel()
        self._totals.setObjectName("totals")
        layout.addWidget(heading)
        layout.addWidget(self._totals)
        layout.addWidget(self._build_welcome())

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.actions_due = ActionsDuePanel(ask_day)
        self.actions_due.setAccessibleName(self.tr("Actions due"))
        self.actions_due.open_thank_you_note.connect(self.open_thank_you_note)
        self.actions_due.open_wrapup.connect(self.open_wrapup)
        self.actions_due.open_interview.connect(self.open_interview)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(_titled(self.tr("Actions due"), self.actions_due), 0, 0, top)

        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("Next steps due"))
        self.action_list.setWordWrap(True)
        self.action_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.action_list.itemChanged.connect(self._on_action_ticked)
        grid.addWidget(_titled(self.tr("Next steps due"), self.action_list), 0, 1, top)

        grid.addWidget(_titled(self.tr("Upcoming interviews"), self._build_upcoming()), 1, 0, top)
        self.weekly_chart = WeeklyBarChart()
        self.weekly_panel = ChartPanel(self.tr("Interviews per week"), self.weekly_chart)
        grid.addWidget(self.weekly_panel, 1, 1, top)

        self.occupation_chart = OccupationProgressChart()
        self.occupation_panel = ChartPanel(self.tr("Progress per occupation"), self.occupation_chart)
        grid.addWidget(self.occupation_panel, 2, 0, top)
        self.referral_tree = ReferralTree()
        self.referral_panel = ChartPanel(self.tr("Who led to whom"), self.referral_tree)
        grid.addWidget(self.referral_panel, 2, 1, top)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.scroll.setWidget(content)
        self._pages.addWidget(self.scroll)
        self._content = self.scroll

    def _build_welcome(self) -> QWidget:
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
        return self._welcome

    def _build_upcoming(self) -> QTableView:
        self._upcoming_model: RowsTableModel[InterviewSummary] = RowsTableModel(
            [
                Column(self.tr("When"), self._when),
                Column(self.tr("With"), lambda row: row.contact_name),
                Column(self.tr("Occupation"), lambda row: row.occupation_title or row.organisation),
                Column(self.tr("Preparation"), lambda row: self.preparation_words(row.interview.id)),
            ]
        )
        self.upcoming_table = QTableView()
        self.upcoming_table.setAccessibleName(self.tr("Upcoming interviews"))
        self.upcoming_table.setModel(self._upcoming_model)
        self.upcoming_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming_table.verticalHeader().hide()
        self.upcoming_table.setWordWrap(False)
        self.upcoming_table.setTabKeyNavigation(False)  # arrows move inside; Tab leaves the table
        self.upcoming_table.activated.connect(
            lambda index: self.open_interview.emit(self._upcoming_model.row_at(index.row()).interview.id)
        )
        self.upcoming_table.setToolTip(self.tr("Double-click or press Enter to open the interview"))
        header = self.upcoming_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return self.upcoming_table

    @staticmethod
    def _fit_height(view: QAbstractItemView, rows: int, row_height: int, extra: int = 0) -> None:
        """As tall as its rows (a few at least, at most ``MAX_ROWS_TALL``), so no box stands empty."""
        shown = min(max(rows, 2), MAX_ROWS_TALL)
        view.setFixedHeight(shown * row_height + extra + 2 * view.frameWidth() + 4)

    def _when(self, row: InterviewSummary) -> str:
        if row.interview.status is InterviewStatus.IN_PROGRESS:
            return self.tr("Under way now")
        return when_words(row.interview.scheduled_at, self._clock.now().astimezone(self._clock.local_zone()))

    def checklist(self) -> list[ChecklistItem]:
        if self._checklist is None:
            self._checklist = self._load_checklist()
        return self._checklist

    def preparation_words(self, interview_id: int) -> str:
        """ "Preparation 3 of 7", from the interview's ticks on the preparation checklist."""
        ticked = self._summary.checklist_ticked.get(interview_id, frozenset())
        progress = checklist_progress(self.checklist(), [ChecklistMark(key, True) for key in ticked])
        if progress.complete:
            return self.tr("✓ Prepared ({done} of {total})").format(
                done=QLocale().toString(progress.done), total=QLocale().toString(progress.total)
            )
        return self.tr("Preparation {done} of {total}").format(
            done=QLocale().toString(progress.done), total=QLocale().toString(progress.total)
        )

    def show_loading(self, text: str) -> None:
        """Say what is happening while the data file is being opened (or updated)."""
        self._loading.setText(text)
        self._pages.setCurrentWidget(self._loading)

    def set_reads(self, reads: ReadModels) -> None:
        """Enough to show the page; ticking items off waits for ``set_data``."""
        self._reads = reads
        self.refresh()

    def set_data(self, data: TodayData) -> None:
        """The data file is open: next steps can be ticked off, follow-ups snoozed or dismissed."""
        self._data = data
        self._reads = data.reads
        if data.suggestions is not None:
            self.actions_due.set_data(
                DueActionsData(
                    snooze=data.suggestions.snooze,
                    dismiss=data.suggestions.dismiss,
                    dismissed=data.reads.dismissed_follow_ups,
                )
            )
        self.refresh()

    def refresh(self) -> None:
        if self._reads is not None:
            self.show_summary(self._reads.today(self._clock, _first_weekday()))

    def show_summary(self, summary: TodaySummary) -> None:
        self._summary = summary
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
        header = self.upcoming_table.horizontalHeader()
        row_height = self.upcoming_table.verticalHeader().defaultSectionSize()
        self._fit_height(self.upcoming_table, len(summary.upcoming), row_height, header.sizeHint().height())
        self._fill_actions(summary.due_actions)
        now = self._clock.now().astimezone(self._clock.local_zone())
        self.actions_due.show_actions(summary, now, self._clock.today(), self.preparation_words)
        self.occupation_chart.set_rows(summary.occupations)
        self.weekly_chart.set_weeks(summary.interviews_per_week)
        self.referral_tree.set_forest(summary.referrals)
        for panel in (self.occupation_panel, self.weekly_panel, self.referral_panel):
            panel.refresh_words()
        self.summary_shown.emit()

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
        # Room for two lines an item: a long next step wraps.
        self._fit_height(self.action_list, self.action_list.count(), 2 * self.fontMetrics().lineSpacing() + 6)

    def _on_action_ticked(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(ITEM_ID_ROLE)
        if item_id is None or self._data is None:
            return
        self._data.actions.set_done(item_id, entry.checkState() == Qt.CheckState.Checked)

    def _on_data_changed(self, kinds: frozenset) -> None:
        # Preparation ticks are interview content; the follow-ups' business days are a setting.
        shown = {events.OCCUPATIONS, events.CONTACTS, events.INTERVIEWS, events.ACTIONS, events.WRAPUP}
        if kinds & (shown | {events.CONTENT, events.SETTINGS}):
            self._refresher.request()
