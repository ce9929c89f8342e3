"""Wrap-up & follow-ups: the finished interviews, each one's wrap-up, and "I got the job"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.entities import InterviewStatus
from app.ui.shell import events
from app.ui.widgets.dates import when_words

if TYPE_CHECKING:
    from app.store.business_card_repository import BusinessCardRepository
    from app.store.outcome_repository import OutcomeRepository
    from app.store.read_models import ReadModels
    from app.store.wrapup_repository import WrapUpRepository
    from app.ui.wrapup.outcome_view import OutcomeView
    from app.ui.wrapup.wrapup_view import WrapUpView

INTERVIEW_ROLE = Qt.ItemDataRole.UserRole + 50
INCOMPLETE_ROLE = Qt.ItemDataRole.UserRole + 51  # True while the wrap-up has steps left


@dataclass(frozen=True, slots=True)
class FollowUpData:
    """What the Wrap-up area reads and writes, its wrap-up and outcome panes included."""

    reads: ReadModels  # the finished interviews
    wrapups: WrapUpRepository  # which wrap-ups are unfinished; each wrap-up's steps
    cards: BusinessCardRepository  # the business-card step
    outcomes: OutcomeRepository  # "I got the job"


class FollowUpArea(QWidget):
    """Lists finished interviews (unfinished wrap-ups marked) beside the wrap-up of the chosen one.

    The wrap-up and outcome panes need the data file open, so they come from factories called
    with this area's data once it is there.
    """

    def __init__(
        self,
        clock,
        data_events: events.DataEvents,
        make_wrapup_view: Callable[[FollowUpData], WrapUpView],
        make_outcome_view: Callable[[FollowUpData], OutcomeView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._make_wrapup_view = make_wrapup_view
        self._make_outcome_view = make_outcome_view
        self._data: FollowUpData | None = None
        self.wrapup_view: WrapUpView | None = None
        self.outcome_view: OutcomeView | None = None
        data_events.changed.connect(self._on_data_changed)

        heading = QLabel(self.tr("Wrap-up & follow-ups"))
        heading.setObjectName("pageHeading")
        self.interview_list = QListWidget()
        self.interview_list.setAccessibleName(self.tr("Finished interviews"))
        self.interview_list.setWordWrap(True)
        self.interview_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.interview_list.setMinimumWidth(160)
        self.interview_list.currentItemChanged.connect(lambda current, _previous: self._open_current(current))
        self.interview_list.itemClicked.connect(self._open_current)
        self.got_the_job = QPushButton(self.tr("I got the job…"))
        self.got_the_job.setToolTip(self.tr("Record how your search ended and tell everyone who helped"))
        self.got_the_job.clicked.connect(self.show_outcome)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Finished interviews")))
        left_layout.addWidget(self.interview_list, 1)
        left_layout.addWidget(self.got_the_job)

        self.pages = QStackedWidget()
        self.empty = QLabel(
            self.tr(
                "When you finish an interview, its wrap-up appears here: thank them, note referrals and their "
                "business card, send a thank-you note, judge how it went, weigh what you heard and decide the "
                "next step."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.empty)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([230, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

    def set_data(self, data: FollowUpData) -> None:
        self._data = data
        self.wrapup_view = self._make_wrapup_view(data)
        self.outcome_view = self._make_outcome_view(data)
        self.pages.addWidget(self.wrapup_view)
        self.pages.addWidget(self.outcome_view)
        self.wrapup_view.close_requested.connect(self.close_wrapup)
        self.refresh()
        # Open the most recent unfinished wrap-up, so the next thing to do is on screen.
        for row in range(self.interview_list.count()):
            item = self.interview_list.item(row)
            if item.data(INCOMPLETE_ROLE):
                self.interview_list.setCurrentItem(item)
                break

    def refresh(self) -> None:
        if self._data is None:
            return
        selected = self.selected_interview_id()
        incomplete = {progress.interview_id: progress for progress in self._data.wrapups.incomplete()}
        rows = self._data.reads.interviews_with_status(InterviewStatus.FINISHED)
        now = self._clock.now().astimezone(self._clock.local_zone())
        self.interview_list.blockSignals(True)
        self.interview_list.clear()
        for row in rows:
            progress = incomplete.get(row.interview.id)
            if progress:
                state = self.tr("○ Wrap-up incomplete: %n step(s) left", "", len(progress.remaining()))
            else:
                state = self.tr("✓ Wrap-up complete")
            when = when_words(row.interview.finished_at or row.interview.scheduled_at, now)
            about = row.occupation_title or row.organisation
            item = QListWidgetItem(
                self.tr("{name}\n{about} · {when}\n{state}").format(
                    name=row.contact_name, about=about, when=when, state=state
                )
            )
            item.setData(INTERVIEW_ROLE, row.interview.id)
            item.setData(INCOMPLETE_ROLE, progress is not None)
            self.interview_list.addItem(item)
            if row.interview.id == selected:
                self.interview_list.setCurrentItem(item)
        self.interview_list.blockSignals(False)

    def selected_interview_id(self) -> int | None:
        item = self.interview_list.currentItem()
        return None if item is None else item.data(INTERVIEW_ROLE)

    def open_wrapup(self, interview_id: int, *, finishing: bool = False) -> None:
        """Show the wrap-up of one interview; ``finishing`` also marks the interview finished."""
        if self.wrapup_view is None:
            return
        if finishing:
            self.wrapup_view.finish_and_open(interview_id)
        else:
            self.wrapup_view.open_interview(interview_id)
        self.refresh()
        self._select(interview_id)
        self.pages.setCurrentWidget(self.wrapup_view)

    def show_outcome(self) -> None:
        if self.outcome_view is None:
            return
        self.interview_list.blockSignals(True)
        self.interview_list.setCurrentRow(-1)  # so choosing any interview next opens it
        self.interview_list.blockSignals(False)
        self.outcome_view.refresh()
        self.pages.setCurrentWidget(self.outcome_view)

    def close_wrapup(self) -> None:
        self.wrapup_view.commit_current()
        self.interview_list.blockSignals(True)
        self.interview_list.setCurrentRow(-1)
        self.interview_list.blockSignals(False)
        self.pages.setCurrentWidget(self.empty)

    def write_typed_text(self) -> bool:
        """Write what was typed on the wrap-up and the outcome; False if some of it could not be."""
        saved = self.wrapup_view is None or self.wrapup_view.commit_current()
        return (self.outcome_view is None or self.outcome_view.autosaver.flush()) and saved

    def _select(self, interview_id: int) -> None:
        self.interview_list.blockSignals(True)
        for row in range(self.interview_list.count()):
            if self.interview_list.item(row).data(INTERVIEW_ROLE) == interview_id:
                self.interview_list.setCurrentRow(row)
        self.interview_list.blockSignals(False)

    def _open_current(self, item: QListWidgetItem | None) -> None:
        if item is None or self.wrapup_view is None:
            return
        interview_id = item.data(INTERVIEW_ROLE)
        showing = self.wrapup_view.subject
        if self.pages.currentWidget() is self.wrapup_view and showing and showing.interview.id == interview_id:
            return  # already open: keep the step the person is on
        self.wrapup_view.open_interview(interview_id)
        self.pages.setCurrentWidget(self.wrapup_view)

    def _on_data_changed(self, kinds: frozenset) -> None:
        if kinds & {events.INTERVIEWS, events.CONTACTS, events.WRAPUP}:
            self.refresh()
        if self.wrapup_view is not None:
            self.wrapup_view.on_data_changed(kinds)
