"""The wrap-up pane: one page per step, each done, skipped or left for later, saved as it goes.

Everything typed on any step is written by one autosaver, within a second of the last keystroke,
with no Save button and no change of page needed. Keys are ``(step, interview id)``: the step's
page hands over its current values and knows how to store them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.autosave import AutosavePolicy, SaveStatus
from app.core.changes import Change
from app.core.entities import WrapUpState
from app.core.interview_export import suggested_file_name, to_markdown
from app.core.wrapup import STATE_LABELS, STEP_ORDER, WrapUpProgress, WrapUpStep, describe_progress
from app.ui.widgets.accessibility import StatusLabel
from app.ui.widgets.autosaver import Autosaver
from app.ui.widgets.dates import day_words, moment_words
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.i18n import tr_enum, tr_label, tr_text
from app.ui.widgets.reflow import mark_reflowing
from app.ui.wrapup.pdf_export import write_pdf
from app.ui.wrapup.steps.base import StepPage, WrapUpServices, write_text_file
from app.ui.wrapup.steps.card import CardPage
from app.ui.wrapup.steps.evaluate import EvaluatePage
from app.ui.wrapup.steps.next_step import NextStepPage
from app.ui.wrapup.steps.referrals import ReferralsPage
from app.ui.wrapup.steps.takeaways import TakeawaysPage
from app.ui.wrapup.steps.thank import ThankPage
from app.ui.wrapup.steps.thank_you_note import ThankYouNotePage

STEP_ROLE = Qt.ItemDataRole.UserRole + 40
# A mark as well as a word, so a state never depends on colour.
STATE_MARKS = {
    WrapUpState.PENDING: "○",
    WrapUpState.DONE: "✓",
    WrapUpState.SKIPPED: "–",
    WrapUpState.LATER: "…",
}
PAGE_TYPES: dict[WrapUpStep, type[StepPage]] = {
    WrapUpStep.THANK: ThankPage,
    WrapUpStep.REFERRALS: ReferralsPage,
    WrapUpStep.BUSINESS_CARD: CardPage,
    WrapUpStep.THANK_YOU_NOTE: ThankYouNotePage,
    WrapUpStep.EVALUATE: EvaluatePage,
    WrapUpStep.WEIGH: TakeawaysPage,
    WrapUpStep.NEXT_STEP: NextStepPage,
}


class WrapUpView(QWidget):
    completed = Signal(int)  # interview id: every step is now done or skipped
    close_requested = Signal()

    def __init__(
        self,
        services: WrapUpServices,
        parent: QWidget | None = None,
        *,
        autosave_policy: AutosavePolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.subject = None
        self.progress: WrapUpProgress | None = None
        self._steps_in_write: set[WrapUpStep] = set()
        self.autosaver = Autosaver(
            services.clock,
            self._snapshot,
            self._write,
            background=services.background_writes,
            policy=autosave_policy,
            parent=self,
        )

        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Wrap-up"))
        self.heading.setObjectName("pageHeading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.progress_label = StatusLabel()
        self.progress_label.setAccessibleName(self.tr("Wrap-up progress"))
        self.save_status = StatusLabel(tr_enum(SaveStatus.SAVED))
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.save_problem = StatusLabel()
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.setAccessibleName(self.tr("Save problem"))
        self.save_problem.setWordWrap(True)
        # Framed and worded (app.qss), so it does not rely on its colour to be noticed.
        self.save_problem.hide()
        layout.addWidget(self.heading)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label, 1)
        progress_row.addWidget(self.save_status)
        layout.addLayout(progress_row)
        layout.addWidget(self.save_problem)

        middle = QHBoxLayout()
        mark_reflowing(middle)  # the steps above the page when the window is narrow
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Wrap-up steps"))
        self.step_list.setMaximumWidth(250)
        self.step_list.setMinimumWidth(150)
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setSpacing(3)
        self.stack = QStackedWidget()
        self.pages: dict[WrapUpStep, StepPage] = {}
        for step in STEP_ORDER:
            page = PAGE_TYPES[step](services)
            page.edited.connect(self._on_page_edited)
            page.bind_autosave(lambda step=step: self._mark_dirty(step), self.autosaver.flush)
            self.pages[step] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(tr_enum(step))
            item.setData(STEP_ROLE, step)
            self.step_list.addItem(item)
        self.step_list.currentRowChanged.connect(self._on_row_changed)
        middle.addWidget(self.step_list)
        middle.addWidget(self.stack, 1)
        layout.addLayout(middle, 1)

        buttons = FlowLayout()  # wraps at a large zoom instead of running off the window
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Mark this step done"))
        self.done_button.clicked.connect(lambda: self.settle(WrapUpState.DONE))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this step"))
        self.skip_button.clicked.connect(lambda: self.settle(WrapUpState.SKIPPED))
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setAccessibleName(self.tr("Leave this step for later"))
        self.later_button.clicked.connect(lambda: self.settle(WrapUpState.LATER))
        self.markdown_button = QPushButton(self.tr("Export Mar&kdown…"))
        self.markdown_button.clicked.connect(self.export_markdown)
        self.pdf_button = QPushButton(self.tr("E&xport PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the wrap-up; progress is saved"))
        self.close_button.clicked.connect(self.close_requested)
        for button in (self.done_button, self.skip_button, self.later_button):
            buttons.addWidget(button)
        buttons.addSpacing(24)
        for button in (self.markdown_button, self.pdf_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.status = StatusLabel()
        self.status.setAccessibleName(self.tr("Wrap-up message"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._loading = False
        self.autosaver.status_changed.connect(lambda status: self.save_status.setText(tr_enum(SaveStatus(status))))
        self.autosaver.problem.connect(self._show_save_problem)
        self.autosaver.saved.connect(self._after_autosave)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.autosaver.flush)

    # ---- opening --------------------------------------------------------------------------

    def finish_and_open(self, interview_id: int) -> None:
        """The interview just ended: mark it finished, then start its wrap-up."""
        self.services.wrapups.finish_interview(interview_id)
        self.open_interview(interview_id)

    def open_interview(self, interview_id: int) -> None:
        """Show the wrap-up of an interview, resuming where it was left."""
        if not self.commit_current():
            # What was typed on the interview showing could not be written: stay on it, text kept.
            self.status.setText(
                self.tr("Still showing this wrap-up: what you typed here is not saved yet (see above).")
            )
            return
        self.subject = self.services.wrapups.subject(interview_id)
        self._show_heading()
        self._loading = True
        for page in self.pages.values():
            page.load(self.subject)
        self._loading = False
        self._refresh_progress()
        self.status.clear()
        self.go_to(self.progress.resume_step())

    def open_step(self, interview_id: int, step: WrapUpStep) -> None:
        """Show one step of an interview's wrap-up (opening that wrap-up first if need be)."""
        if self.subject is None or self.subject.interview.id != interview_id:
            self.open_interview(interview_id)
        if self.subject is not None and self.subject.interview.id == interview_id:
            self.go_to(step)

    def current_step(self) -> WrapUpStep:
        return STEP_ORDER[self.stack.currentIndex()]

    def current_page(self) -> StepPage:
        return self.pages[self.current_step()]

    def go_to(self, step: WrapUpStep) -> None:
        self.step_list.setCurrentRow(STEP_ORDER.index(step))
        self.stack.setCurrentIndex(STEP_ORDER.index(step))

    # ---- settling steps -------------------------------------------------------------------

    def settle(self, state: WrapUpState) -> None:
        if self.subject is None:
            return
        step = self.current_step()
        page = self.pages[step]
        if state is not WrapUpState.SKIPPED and not page.commit():
            if state is WrapUpState.DONE:
                words = self.tr("“{step}” needs a look before it can be marked done.")
            else:
                words = self.tr("“{step}” needs a look before it can be left for later.")
            self.status.setText(words.format(step=tr_enum(step)))
            return
        self.progress = self.services.wrapups.set_step(self.subject.interview.id, step, state)
        self._refresh_progress()
        if self.progress.is_complete:
            self.status.setText(self.tr("Wrap-up complete. Well done — remember to follow through on your next steps."))
            self.completed.emit(self.subject.interview.id)
            return
        following = self.progress.next_after(step)
        settled = {
            WrapUpState.DONE: self.tr("“{step}”: done."),
            WrapUpState.SKIPPED: self.tr("“{step}”: skipped."),
            WrapUpState.LATER: self.tr("“{step}”: left for later."),
            WrapUpState.PENDING: self.tr("“{step}”: to do."),
        }[state]
        self.status.setText(settled.format(step=tr_enum(step)))
        if following is not None:
            self.go_to(following)

    def _on_page_edited(self) -> None:
        # A step saved something: the name may have changed (a business card), and the lists
        # elsewhere (Today, finished interviews) show this wrap-up's progress.
        self.subject = self.services.wrapups.subject(self.subject.interview.id)
        self._show_heading()
        self._refresh_progress()

    def _show_heading(self) -> None:
        contact = self.subject.contact
        if self.subject.occupation_title:
            heading = self.tr("Wrap-up: {name} — {occupation}").format(
                name=contact.full_name, occupation=self.subject.occupation_title
            )
        else:
            heading = self.tr("Wrap-up: {name}").format(name=contact.full_name)
        self.heading.setText(heading)

    def _refresh_progress(self) -> None:
        if self.subject is None:
            return
        self.progress = self.services.wrapups.progress(self.subject.interview.id)
        self.progress_label.setText(tr_text(describe_progress(self.progress)))
        for row, step in enumerate(STEP_ORDER):
            state = self.progress.state(step)
            item = self.step_list.item(row)
            # The state's words stay together when a narrow list wraps ("To" / "do" read as two things).
            words = tr_label("WrapUpState", STATE_LABELS[state]).replace(" ", "\u00a0")
            item.setText(
                self.tr("{mark}  {step} — {state}").format(mark=STATE_MARKS[state], step=tr_enum(step), state=words)
            )
            item.setToolTip(tr_label("WrapUpStep", step.hint))

    def commit_current(self) -> bool:
        """Write everything typed now (before leaving, or quitting); True if it is all on disk."""
        return self.autosaver.flush()

    def close_wrapup(self) -> bool:
        """Write everything and stop the writer; True if it is all on disk."""
        return self.autosaver.close()

    # ---- autosave -------------------------------------------------------------------------

    def _mark_dirty(self, step: WrapUpStep) -> None:
        if self.subject is not None and not self._loading:
            self.autosaver.mark_dirty((step, self.subject.interview.id))

    def _snapshot(self, keys: set[Hashable]) -> Mapping[Hashable, Any]:
        payload: dict[Hashable, Any] = {}
        for key in keys:
            step, interview_id = key
            if self.subject is None or interview_id != self.subject.interview.id:
                continue  # written when that interview was left
            payload[key] = self.pages[step].autosave_values()
        self._steps_in_write = {step for step, _ in payload}
        return payload

    def _write(self, payload: Mapping[Hashable, Any]) -> None:
        """Runs on the writer thread: the store only, never a widget."""
        for (step, interview_id), values in payload.items():
            PAGE_TYPES[step].write_values(self.services, interview_id, values)

    def _after_autosave(self) -> None:
        written, self._steps_in_write = self._steps_in_write, set()
        if self.subject is None or not written:
            return
        for step in written:
            self.pages[step].on_saved()
        if WrapUpStep.BUSINESS_CARD in written:
            # The name on the card is the person's name: the heading and other lists show it.
            self.subject = self.services.wrapups.subject(self.subject.interview.id)
            for page in self.pages.values():
                page.subject = self.subject
            self._show_heading()

    def on_data_changed(self, kinds: frozenset) -> None:
        """Something changed in the store, perhaps elsewhere (a next step ticked on Today): show it
        on the pages that list it, without touching anything being typed."""
        if self.subject is None:
            return
        if Change.ACTIONS in kinds:
            self.pages[WrapUpStep.NEXT_STEP].show_actions()
        if Change.CONTACTS in kinds:
            self.pages[WrapUpStep.REFERRALS].show_referrals()
        if Change.CONTENT in kinds:
            self.pages[WrapUpStep.WEIGH].show_what_was_said()
        if kinds & {Change.INTERVIEWS, Change.WRAPUP}:
            self._refresh_progress()

    def _show_save_problem(self, text: str) -> None:
        self.save_problem.setText(text)
        self.save_problem.setVisible(bool(text))

    def hideEvent(self, event) -> None:
        # Another area, another interview or the window closing: nothing typed is left behind.
        self.commit_current()
        super().hideEvent(event)

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or self._loading:
            return
        self.stack.setCurrentIndex(row)  # what was typed is autosaved; moving on needs no save

    # ---- export ---------------------------------------------------------------------------

    def export_markdown(self) -> None:
        self._export(
            "md", self.tr("Export the interview as Markdown"), self.tr("Markdown (*.md)"), self._write_markdown
        )

    def export_pdf(self) -> None:
        self._export("pdf", self.tr("Export the interview as PDF"), self.tr("PDF (*.pdf)"), self._write_pdf)

    def _export(self, extension: str, caption: str, file_filter: str, writer: Callable) -> None:
        if self.subject is None:
            return
        if self.current_page().has_typed_entry():
            self.current_page().commit()  # what is typed in the box belongs in the export
        self.autosaver.flush()
        data = self.services.wrapups.export_data(self.subject.interview.id)
        zone = self.services.clock.local_zone()
        path = self.services.ask_save_path(self, caption, suggested_file_name(data, extension, zone), file_filter)
        if path is None:
            return
        try:
            writer(data, path, zone)
        except OSError as exc:
            self.status.setText(
                self.tr("Problem: the export could not be saved to {path}: {reason}.").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return
        self.status.setText(self.tr("Exported to {path}.").format(path=path))

    @staticmethod
    def _write_markdown(data, path, zone) -> None:
        write_text_file(path, _markdown_for_people(data, zone))

    def _write_pdf(self, data, path, zone) -> None:
        title = self.tr("Informational interview with {name}").format(name=data.contact.full_name)
        write_pdf(_markdown_for_people(data, zone), path, title=title)


def _markdown_for_people(data, zone) -> str:
    """The export in the person's language, with dates in their locale."""
    return to_markdown(data, zone, tr_text, day_words=day_words, moment_words=moment_words)
