"""One interview, open: its questions to prepare, and the live page with the countdown and notes.

Built for one interview and thrown away when another is opened, so the countdown controller (the
only timer) and the autosaver belong to exactly one interview.

Writes the person triggers here (the countdown's state, "under way" when Start is first pressed)
never end in the generic error box: when the disk refuses, what they did is kept, the problem is
said in words above the tabs, and the write is tried again by itself until it goes through.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.core.countdown import CountdownState, with_planned_minutes
from app.core.entities import Interview, InterviewStatus
from app.core.question_bank import BankQuestion
from app.ui.countdown.countdown_controller import CountdownController
from app.ui.countdown.countdown_panel import CountdownPanel
from app.ui.countdown.next_steps_cue import NextStepsCue
from app.ui.countdown.stage_alert import StageAlert
from app.ui.interview.interview_view import InterviewView
from app.ui.interview.question_picker import QuestionPicker
from app.ui.widgets.retrying_write import EXPECTED_WRITE_ERRORS, RetryingWrite

if TYPE_CHECKING:
    from app.store.interview_content import InterviewContentRepository
    from app.store.question_repository import QuestionRepository
    from app.store.repositories import InterviewRepository
    from app.store.settings_repository import SettingsRepository

log = logging.getLogger(__name__)

PREPARE_TAB, LIVE_TAB = 0, 1

# The problems shown above the tabs, each cleared on its own.
RESTORE_PROBLEM, COUNTDOWN_SAVE_PROBLEM, STARTED_PROBLEM, RESUME_PROBLEM = "restore", "save", "started", "resume"


@dataclass(frozen=True, slots=True)
class SessionData:
    """What one open interview reads and writes."""

    interviews: InterviewRepository  # its countdown, started and resumed
    questions: QuestionRepository  # the questions picked for it
    content: InterviewContentRepository  # its notes and answers
    settings: SettingsRepository  # the countdown's settings


class InterviewSession(QWidget):
    started = Signal()  # the countdown started for the first time: the interview is under way
    finish_requested = Signal()  # "Finish and wrap up" in the countdown strip's time-up offer

    def __init__(
        self,
        clock,
        data: SessionData,
        bank: list[BankQuestion],
        interview: Interview,
        heading: str,
        occupation_title: str,
        alert_window: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._clock = clock
        self.interview = interview
        self.heading = heading
        settings = with_planned_minutes(data.settings.countdown_settings(), interview.planned_minutes)
        self.controller = CountdownController(
            clock,
            settings,
            save_state=lambda text: data.interviews.save_countdown_state(interview.id, text),
            saved_state=interview.countdown_state,
            parent=self,
        )
        self.panel = CountdownPanel(self.controller)
        self.cue = NextStepsCue(self.controller)
        self.alert = StageAlert(self.controller, alert_window or self, sound_enabled=settings.sound_enabled)
        self.picker = QuestionPicker(data.questions, bank, interview, occupation_title)
        self.live = InterviewView(
            clock,
            data.content,
            countdown=self.panel,
            next_steps=self.cue,
            elapsed_text=self.controller.elapsed_text,
        )
        self.live.load(interview.id, heading)
        self.picker.picked_changed.connect(lambda _picked: self.live.load(interview.id, heading))
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._problems: dict[str, str] = {}
        self.controller.save_failed.connect(lambda text: self._show_problem(COUNTDOWN_SAVE_PROBLEM, text))
        self.controller.save_recovered.connect(lambda: self._clear_problem(COUNTDOWN_SAVE_PROBLEM))
        self.panel.finish_requested.connect(self.finish_requested)
        self._marking_started = RetryingWrite(clock, self._write_started, "the interview's start", parent=self)
        self._marking_started.written.connect(self.started)
        self._marking_started.failed.connect(
            lambda: self._show_problem(
                STARTED_PROBLEM,
                self.tr(
                    "The interview could not be marked as under way because the disk refused the write. "
                    "Carry on: it is tried again by itself. Check that the disk is not full."
                ),
            )
        )
        self._marking_started.recovered.connect(lambda: self._clear_problem(STARTED_PROBLEM))
        self.controller.state_changed.connect(self._on_state_changed)
        if interview.status is InterviewStatus.FINISHED:
            self.controller.close_for_finished_interview()

        if self.controller.restore_error:
            self._show_problem(RESTORE_PROBLEM, self.controller.restore_error)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.picker, self.tr("Prepare questions"))
        self.tabs.addTab(self.live, self.tr("Live interview"))
        under_way = interview.status is InterviewStatus.IN_PROGRESS
        self.tabs.setCurrentIndex(LIVE_TAB if under_way or self.picker.picked() else PREPARE_TAB)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

    def set_sound_enabled(self, enabled: bool) -> None:
        """Chime (or not) at each stage of the countdown from now on."""
        self.alert.set_sound_enabled(enabled)

    def set_interview(self, interview: Interview) -> None:
        """The interview as now stored (started or finished elsewhere)."""
        self.interview = interview
        if interview.status is InterviewStatus.FINISHED:
            self.controller.close_for_finished_interview()

    def _on_tab_changed(self, index: int) -> None:
        if index == PREPARE_TAB:
            # Answers and asked/skipped marks made on the live page show in the picker too.
            self.live.autosaver.flush()
            self.picker.reload_picked()

    def problem_text(self) -> str:
        """The problems shown above the tabs, or "" when there are none."""
        return self.problem.text() if self.problem.isVisibleTo(self) else ""

    def _show_problem(self, key: str, text: str) -> None:
        self._problems[key] = text
        self._render_problems()

    def _clear_problem(self, key: str) -> None:
        if self._problems.pop(key, None) is not None:
            self._render_problems()

    def _render_problems(self) -> None:
        self.problem.setText("\n".join(f"⚠ {text}" for text in self._problems.values()))
        self.problem.setVisible(bool(self._problems))

    def poll_writes(self) -> bool:
        """Retry the failed writes that are due by the clock (their timers do this by themselves).

        True when nothing is left waiting.
        """
        saved = self.controller.poll_save()
        marked = self._marking_started.poll()
        return saved and marked

    def _on_state_changed(self, snapshot) -> None:
        if (
            snapshot.state is CountdownState.RUNNING
            and self.interview.status is InterviewStatus.PLANNED
            and not self._marking_started.pending  # already being retried by itself
        ):
            self._marking_started.run()

    def _write_started(self) -> None:
        self.interview = self._data.interviews.mark_started(self.interview.id)

    def resume(self) -> bool:
        """Reopen the finished interview: under way again, its count carrying on where it stopped.

        The interview and its reopened countdown are written in one transaction. Notes, answers and
        wrap-up progress are untouched. False (and nothing changed) when the write failed.
        """
        if self.interview.status is not InterviewStatus.FINISHED:
            return True
        interview_id = self.interview.id
        try:
            self.interview = self.controller.reopen_for_resumed_interview(
                lambda state: self._data.interviews.resume(interview_id, countdown_state=state)
            )
        except EXPECTED_WRITE_ERRORS:
            log.exception("could not resume interview %s", interview_id)
            self._show_problem(
                RESUME_PROBLEM,
                self.tr(
                    "The interview could not be reopened because the disk refused the write. "
                    "Check that the disk is not full, then press Resume interview again."
                ),
            )
            return False
        self._clear_problem(RESUME_PROBLEM)
        return True

    def close(self) -> bool:
        """Write what is unsaved and stop the timer; False (and nothing stopped) if the write failed."""
        if not self.live.autosaver.flush() or not self.live.close_interview():
            return False
        self.controller.stop()
        if self._marking_started.pending:
            self._marking_started.run()  # one last try: no timer will try it later
        self._marking_started.stop()
        projector = self.panel.projector_window()
        if projector is not None:
            projector.close()
        return True
