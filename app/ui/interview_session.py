"""One interview, open: its questions to prepare, and the live page with the countdown and notes.

Built for one interview and thrown away when another is opened, so the countdown controller (the
only timer) and the autosaver belong to exactly one interview.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.core.countdown import CountdownStage, CountdownState, with_planned_minutes
from app.core.entities import Interview, InterviewStatus
from app.core.question_bank import BankQuestion
from app.ui.countdown_controller import CountdownController
from app.ui.countdown_panel import CountdownPanel
from app.ui.interview_view import InterviewView
from app.ui.next_steps_cue import NextStepsCue
from app.ui.question_picker import QuestionPicker
from app.ui.stage_alert import StageAlert

PREPARE_TAB, LIVE_TAB = 0, 1


class InterviewSession(QWidget):
    time_is_up = Signal()  # once, when the countdown first reaches overtime
    started = Signal()  # the countdown started for the first time: the interview is under way

    def __init__(
        self,
        clock,
        store,
        bank: list[BankQuestion],
        interview: Interview,
        heading: str,
        occupation_title: str,
        alert_window: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.interview = interview
        self.heading = heading
        settings = with_planned_minutes(store.settings.countdown_settings(), interview.planned_minutes)
        self.controller = CountdownController(
            clock,
            settings,
            save_state=lambda text: store.interviews.save_countdown_state(interview.id, text),
            saved_state=interview.countdown_state,
            parent=self,
        )
        self.panel = CountdownPanel(self.controller)
        self.cue = NextStepsCue(self.controller)
        self.alert = StageAlert(self.controller, alert_window or self, sound_enabled=settings.sound_enabled)
        self.picker = QuestionPicker(store.questions, bank, interview, occupation_title)
        self.live = InterviewView(
            clock,
            store.content,
            countdown=self.panel,
            next_steps=self.cue,
            elapsed_text=self.controller.elapsed_text,
        )
        self.live.load(interview.id, heading)
        self.picker.picked_changed.connect(lambda _picked: self.live.load(interview.id, heading))
        self.controller.state_changed.connect(self._on_state_changed)
        self.controller.stage_changed.connect(self._on_stage_changed)
        self._told_time_is_up = self.controller.snapshot().stage is CountdownStage.OVERTIME
        if interview.status is InterviewStatus.FINISHED:
            self.controller.close_for_finished_interview()

        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.controller.save_failed.connect(self._show_problem)
        if self.controller.restore_error:
            self._show_problem(self.controller.restore_error)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.picker, "&Prepare questions")
        self.tabs.addTab(self.live, "&Live interview")
        under_way = interview.status is InterviewStatus.IN_PROGRESS
        self.tabs.setCurrentIndex(LIVE_TAB if under_way or self.picker.picked() else PREPARE_TAB)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

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

    def _show_problem(self, text: str) -> None:
        self.problem.setText(f"⚠ {text}")
        self.problem.show()

    def _on_state_changed(self, snapshot) -> None:
        if snapshot.state is CountdownState.RUNNING and self.interview.status is InterviewStatus.PLANNED:
            self.interview = self._store.interviews.mark_started(self.interview.id)
            self.started.emit()

    def _on_stage_changed(self, snapshot) -> None:
        if snapshot.stage is CountdownStage.OVERTIME and not self._told_time_is_up:
            self._told_time_is_up = True
            # From the event loop: a dialog opened inside the timer's handler would stop the
            # countdown from being re-armed while it is open.
            QTimer.singleShot(0, self.time_is_up.emit)

    def close(self) -> bool:
        """Write what is unsaved and stop the timer; False (and nothing stopped) if the write failed."""
        if not self.live.autosaver.flush() or not self.live.close_interview():
            return False
        self.controller.stop()
        projector = self.panel.projector_window()
        if projector is not None:
            projector.close()
        return True
