"""The Interview area: choose an interview, prepare its questions, then run it live.

An interview is finished only by something the person does on purpose: a press of "Finish
interview…" (then a confirmation they asked for), or of "Finish and wrap up" in the countdown
strip at 0:00. Nothing pops up by itself, so no key typed into the notes can finish it. A finished
interview can be resumed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.checklist import ChecklistItem, checklist_progress
from app.core.countdown import CountdownState
from app.core.entities import InterviewStatus, InterviewSummary
from app.core.formatting import shorten
from app.core.question_bank import BankQuestion
from app.ui.interview.interview_session import InterviewSession, SessionData
from app.ui.interview.preparation_dialog import PreparationDialog
from app.ui.shell import events
from app.ui.shell.confirm import confirm
from app.ui.widgets.calendar_export import CalendarExport, SavePathAsker, ask_save_path
from app.ui.widgets.dates import when_words
from app.ui.widgets.flow_layout import FlowLayout

# A chooser line shows at most this much of the person's name (the tooltip has it whole).
CHOICE_NAME_LIMIT = 24

if TYPE_CHECKING:
    from app.store.interview_content import InterviewContentRepository
    from app.store.question_repository import QuestionRepository
    from app.store.read_models import ReadModels
    from app.store.repositories import ContactRepository, InterviewRepository, OccupationRepository
    from app.store.settings_repository import SettingsRepository
    from app.ui.shell.preferences import Preferences, PreferenceValues


@dataclass(frozen=True, slots=True)
class InterviewData:
    """What the Interview area reads and writes: the chooser's lists and each open interview's data."""

    reads: ReadModels  # the interviews to choose from
    interviews: InterviewRepository
    contacts: ContactRepository  # the heading's name
    occupations: OccupationRepository  # the heading's occupation
    questions: QuestionRepository
    content: InterviewContentRepository
    settings: SettingsRepository  # the countdown's settings

    def for_session(self) -> SessionData:
        return SessionData(
            interviews=self.interviews, questions=self.questions, content=self.content, settings=self.settings
        )


def interview_choice_label(row: InterviewSummary, now: datetime, locale: QLocale | None = None) -> str:
    """A short line for choosing an interview: the person, then its state or, if planned, its time.

    Kept short so the closed chooser shows it whole on a 1024-pixel screen; the occupation and
    organisation go in ``interview_choice_details``.
    """
    translate = QCoreApplication.translate
    name = shorten(row.contact_name, CHOICE_NAME_LIMIT)
    interview = row.interview
    if interview.status is InterviewStatus.IN_PROGRESS:
        return translate("InterviewArea", "{name} — under way").format(name=name)
    if interview.status is InterviewStatus.FINISHED:
        moment = interview.finished_at or interview.scheduled_at
        if moment is None:
            return translate("InterviewArea", "{name} — finished").format(name=name)
        when = when_words(moment, now, locale)
        return translate("InterviewArea", "{name} — finished {when}").format(name=name, when=when)
    when = when_words(interview.scheduled_at, now, locale)
    return translate("InterviewArea", "{name} — {when}").format(name=name, when=when)


def interview_choice_details(row: InterviewSummary, now: datetime, locale: QLocale | None = None) -> str:
    """The whole description of a chooser line, for its tooltip."""
    translate = QCoreApplication.translate
    about = ", ".join(part for part in (row.occupation_title, row.organisation) if part)
    person = row.contact_name
    if about:
        person = translate("InterviewArea", "{name} ({about})").format(name=row.contact_name, about=about)
    when = when_words(row.interview.scheduled_at, now, locale)
    if row.interview.status is InterviewStatus.IN_PROGRESS:
        return translate("InterviewArea", "{person} — {when}, under way").format(person=person, when=when)
    if row.interview.status is InterviewStatus.FINISHED:
        return translate("InterviewArea", "{person} — {when}, finished").format(person=person, when=when)
    return translate("InterviewArea", "{person} — {when}").format(person=person, when=when)


def shipped_checklist() -> list[ChecklistItem]:
    from app.files import load_checklist

    return load_checklist(None)[0]


def open_preparation(dialog: QDialog) -> None:
    dialog.exec()


def confirm_finish(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """Finishing is asked on purpose, and Enter or Escape keeps the interview going."""
    return confirm(parent, title, text, yes, no, default_is_yes=False)


class InterviewArea(QWidget):
    finished = Signal(int)  # interview id: the person finished it; its wrap-up should open

    def __init__(
        self,
        clock,
        data_events: events.DataEvents,
        load_bank: Callable[[], list[BankQuestion]],
        preferences: Preferences,
        confirm: Callable[[QWidget, str, str, str, str], bool] = confirm_finish,
        warn: Callable[[QWidget, str, str], object] = QMessageBox.warning,
        ask_save_path: SavePathAsker = ask_save_path,
        load_checklist: Callable[[], list[ChecklistItem]] = shipped_checklist,
        show_preparation: Callable[[QDialog], object] = open_preparation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._calendar = CalendarExport(clock, ask_save_path, self)
        self._load_checklist = load_checklist
        self._checklist: list[ChecklistItem] | None = None
        self._show_preparation = show_preparation
        self._events = data_events
        self._load_bank = load_bank
        self._bank: list[BankQuestion] | None = None
        self._confirm = confirm
        self._warn = warn
        self._data: InterviewData | None = None
        self.session: InterviewSession | None = None
        data_events.changed.connect(self._on_data_changed)
        preferences.changed.connect(self._apply_preferences)

        heading = QLabel(self.tr("Interview"))
        heading.setObjectName("pageHeading")
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Interview to open"))
        # The lines are short (person — state or time), so the box is as wide as the longest and
        # shows the chosen one whole; the full description is in each line's tooltip.
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.activated.connect(lambda index: self.open_interview(self.chooser.itemData(index)))
        self.finish_button = QPushButton(self.tr("Finish inte&rview…"))
        self.finish_button.setToolTip(self.tr("End the conversation and start its wrap-up"))
        self.finish_button.clicked.connect(self.finish_interview)
        self.resume_button = QPushButton(self.tr("&Resume interview"))
        self.resume_button.setToolTip(
            self.tr("Reopen this finished interview: its countdown carries on where it stopped, notes as they were")
        )
        self.resume_button.clicked.connect(self.resume_interview)
        self.calendar_button = QPushButton(self.tr("Add to &calendar…"))
        self.calendar_button.setToolTip(self.tr("Save this interview as a file for your calendar"))
        self.calendar_button.clicked.connect(self.add_to_calendar)
        self.calendar_message = QLabel()
        self.calendar_message.setWordWrap(True)
        self.calendar_message.hide()
        self.preparation_button = QPushButton()
        self.preparation_button.setToolTip(self.tr("Tick what you have done to prepare, and keep your research notes"))
        self.preparation_button.clicked.connect(self.open_preparation)
        self.preparation_button.hide()
        below_header = QHBoxLayout()
        below_header.addWidget(self.preparation_button)
        below_header.addWidget(self.calendar_message, 1)
        below_header.addStretch(0)  # the button keeps its own width when no message is shown
        self.preparation_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        header = FlowLayout()  # wraps at a large zoom instead of running off the window
        header.addWidget(heading)
        header.addSpacing(24)
        with_chooser = QWidget()  # the label wraps with its box, never apart from it
        with_row = QHBoxLayout(with_chooser)
        with_row.setContentsMargins(0, 0, 0, 0)
        with_row.addWidget(QLabel(self.tr("&With:"), buddy=self.chooser))
        with_row.addWidget(self.chooser)
        header.addWidget(with_chooser)
        header.addWidget(self.calendar_button)
        header.addWidget(self.finish_button)
        header.addWidget(self.resume_button)  # shown in Finish's place when the open interview is finished

        self.pages = QStackedWidget()
        self.empty = QLabel(
            self.tr(
                "No interview is open. Schedule one from People & occupations, then choose it above to "
                "prepare its questions and run it with the twenty-minute countdown."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(below_header)
        layout.addWidget(self.pages, 1)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------------
    def set_data(self, data: InterviewData) -> None:
        self._data = data
        self.refresh_choices()
        # Open the interview under way (after a crash or quit it resumes here), else the next one.
        first = self.chooser.itemData(1) if self.chooser.itemData(0) is None else self.chooser.itemData(0)
        if first is not None:
            self.open_interview(first)

    def bank(self) -> list[BankQuestion]:
        if self._bank is None:
            self._bank = self._load_bank()
        return self._bank

    def refresh_choices(self) -> None:
        if self._data is None:
            return
        reads = self._data.reads
        rows = reads.interviews_with_status(InterviewStatus.IN_PROGRESS) + sorted(
            reads.interviews_with_status(InterviewStatus.PLANNED),
            key=lambda row: (row.interview.scheduled_at is None, row.interview.scheduled_at or self._clock.now()),
        )
        rows += reads.interviews_with_status(InterviewStatus.FINISHED, limit=50)
        open_id = self.session.interview.id if self.session else None
        if open_id is not None and all(row.interview.id != open_id for row in rows):
            rows.append(reads.interview_summary(open_id))  # an older one, e.g. from search
        now = self._clock.now().astimezone(self._clock.local_zone())
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for row in rows:
            self.chooser.addItem(interview_choice_label(row, now), row.interview.id)
            self.chooser.setItemData(
                self.chooser.count() - 1, interview_choice_details(row, now), Qt.ItemDataRole.ToolTipRole
            )
        if open_id is None:
            self.chooser.insertItem(0, self.tr("Choose an interview…"), None)
        self.chooser.setCurrentIndex(max(self.chooser.findData(open_id), 0))
        self.chooser.setToolTip(self.chooser.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        self.chooser.blockSignals(False)

    # -- opening and finishing ---------------------------------------------------------------
    def open_interview(self, interview_id: int | None) -> bool:
        if interview_id is None or self._data is None:
            return False
        if self.session is not None:
            if self.session.interview.id == interview_id:
                return True
            if not self.session.close():
                self._warn(
                    self,
                    self.tr("Notes not saved"),
                    self.tr("The notes of the open interview could not be written, so it stays open. {problem}")
                    .format(problem=self.session.live.autosaver.problem_text or "")
                    .strip(),
                )
                self.refresh_choices()
                return False
            self.pages.removeWidget(self.session)
            self.session.deleteLater()
            self.session = None
        interview = self._data.interviews.get(interview_id)
        contact = self._data.contacts.get(interview.contact_id)
        occupation_title = ""
        if interview.occupation_id is not None:
            occupation_title = next(
                (o.title for o in self._data.occupations.list() if o.id == interview.occupation_id), ""
            )
        if occupation_title:
            heading = self.tr("Interview with {name}, {occupation}").format(
                name=contact.full_name, occupation=occupation_title
            )
        else:
            heading = self.tr("Interview with {name}").format(name=contact.full_name)
        self.session = InterviewSession(
            self._clock,
            self._data.for_session(),
            self.bank(),
            interview,
            heading,
            occupation_title,
            alert_window=self.window(),
        )
        self.session.finish_requested.connect(self._finish_now)  # a click on "Finish and wrap up"
        self.session.controller.state_changed.connect(lambda _snapshot: self._update_buttons())
        self.calendar_message.hide()  # it spoke of the interview open before
        self._show_preparation_progress()
        self.pages.addWidget(self.session)
        self.pages.setCurrentWidget(self.session)
        self.refresh_choices()
        self._update_buttons()
        return True

    def reveal(self, interview_id: int, place: str, picked_question_id: int | None, query: str) -> None:
        """Open an interview at a search match."""
        if self.open_interview(interview_id):
            self.session.tabs.setCurrentWidget(self.session.live)
            self.session.live.reveal(place, picked_question_id, query)

    def finish_interview(self) -> None:
        if self.session is None:
            return
        snapshot = self.session.controller.snapshot()
        if snapshot.state is CountdownState.RUNNING and snapshot.remaining_seconds > 0:
            question = self.tr("There are still {time} left on the countdown. Finish the interview now?").format(
                time=snapshot.digits
            )
        else:
            question = self.tr("Finish this interview and start its wrap-up?")
        if self._confirm(
            self, self.tr("Finish interview"), question, self.tr("Finish and wrap up"), self.tr("Not yet")
        ):
            self._finish_now()

    def resume_interview(self) -> bool:
        """Reopen the finished interview; False when it could not be written (the page says why)."""
        session = self.session
        if session is None or session.interview.status is not InterviewStatus.FINISHED:
            return False
        if not session.resume():
            return False
        self._update_buttons()
        session.tabs.setCurrentWidget(session.live)
        return True

    def _finish_now(self) -> None:
        session = self.session
        if session is None or session.interview.status is InterviewStatus.FINISHED:
            return
        if session.controller.snapshot().state is not CountdownState.FINISHED:
            session.controller.finish()
        session.live.autosaver.flush()
        self._update_buttons()
        self.finished.emit(session.interview.id)

    def close_session(self) -> bool:
        """Before quitting: write what is unsaved. False if it could not be written."""
        return self.session is None or self.session.close()

    def add_to_calendar(self) -> None:
        """Save the open interview as a calendar file; the line under the header says where."""
        if self.session is None or self._data is None:
            return
        said = self._calendar.save_interview(self, self._data.interviews, self.session.interview.id)
        if said is not None:
            self.calendar_message.setText(said)
            self.calendar_message.show()

    def checklist(self) -> list[ChecklistItem]:
        if self._checklist is None:
            self._checklist = self._load_checklist()
        return self._checklist

    def open_preparation(self) -> None:
        """The open interview's preparation checklist; its progress shows on the button after."""
        if self.session is None or self._data is None:
            return
        dialog = PreparationDialog(
            self._clock, self._data.interviews, self.session.interview.id, self.checklist(), parent=self
        )
        self._show_preparation(dialog)
        dialog.deleteLater()
        self._show_preparation_progress()

    def _show_preparation_progress(self) -> None:
        if self.session is None or self._data is None:
            self.preparation_button.hide()
            return
        items = self.checklist()
        marks = self._data.interviews.checklist_marks(self.session.interview.id).values()
        progress = checklist_progress(items, marks)
        self.preparation_button.setText(
            self.tr("Preparation: {done} of %n done…", "", progress.total).format(done=progress.done)
        )
        self.preparation_button.show()

    def _update_buttons(self) -> None:
        finished = self.session is not None and self.session.interview.status is InterviewStatus.FINISHED
        self.calendar_button.setEnabled(
            self.session is not None and not finished and self.session.interview.scheduled_at is not None
        )
        self.finish_button.setEnabled(self.session is not None and not finished)
        self.finish_button.setHidden(finished)
        self.resume_button.setVisible(finished)

    def _apply_preferences(self, values: PreferenceValues) -> None:
        # The interview under way chimes (or not) from now on; the next one reads the saved setting.
        if self.session is not None:
            self.session.set_sound_enabled(values.sound_enabled)

    def _on_data_changed(self, kinds: frozenset) -> None:
        if kinds & {events.INTERVIEWS, events.CONTACTS, events.OCCUPATIONS}:
            if self.session is not None and events.INTERVIEWS in kinds and self._data is not None:
                self.session.set_interview(self._data.interviews.get(self.session.interview.id))
            self.refresh_choices()
            self._update_buttons()
