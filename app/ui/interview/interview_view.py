"""The live interview page: the picked questions, an answer for each, free-form notes.

The countdown panel sits at the top and a "next steps" cue beside the notes; both are built
elsewhere and handed in. Every change is saved by the autosaver without a Save button.

The interview session builds it with the interview's content repository and countdown. Before
the interview is left or the app quits, ``close_interview()`` writes what is unsaved; False means
it could not (``autosaver.problem_text`` says why) and the person is offered to stay.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QShortcut
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

from app.core.autosave import AutosavePolicy, SaveStatus
from app.core.clock import Clock
from app.core.entities import PickedQuestion, QuestionState
from app.core.search import MatchPlace, find_words
from app.ui.interview.notes_editor import NotesEditor
from app.ui.shell.shortcuts import sequences
from app.ui.widgets.accessibility import StatusLabel
from app.ui.widgets.autosaver import Autosaver
from app.ui.widgets.i18n import tr_enum
from app.ui.widgets.reflow import mark_reflowing

NOTES, ANSWER, STATE = "notes", "answer", "state"

_STATE_MARK = {QuestionState.PENDING: "○", QuestionState.ASKED: "✓", QuestionState.SKIPPED: "↷"}


def _timestamp(elapsed: str) -> str:
    elapsed = elapsed.strip()
    return f"{elapsed} " if elapsed.startswith("[") else f"[{elapsed}] "


class InterviewView(QWidget):
    current_question_changed = Signal(int)  # the index of the current picked question

    def __init__(
        self,
        clock: Clock,
        content,
        *,
        countdown: QWidget | None = None,
        next_steps: QWidget | None = None,
        elapsed_text: Callable[[], str] | None = None,
        background_writes: bool = True,
        autosave_policy: AutosavePolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``content`` is an InterviewContentRepository (or anything with its read and save methods)."""
        super().__init__(parent)
        self._content = content
        self._elapsed_text = elapsed_text
        self._interview_id: int | None = None
        self._questions: list[PickedQuestion] = []
        self._answer_editors: list[NotesEditor] = []
        self._current = -1
        self._last_editor: NotesEditor | None = None
        self.autosaver = Autosaver(
            clock, self._snapshot, self._write, background=background_writes, policy=autosave_policy, parent=self
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        if countdown is not None:
            layout.addWidget(countdown)

        header = QHBoxLayout()
        self.heading = QLabel(self.tr("Interview"))
        self.heading.setObjectName("interviewHeading")
        self.heading.setWordWrap(True)
        self.save_status = StatusLabel(tr_enum(SaveStatus.SAVED))
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Save status"))
        header.addWidget(self.heading, 1)
        header.addWidget(self.save_status)
        layout.addLayout(header)

        self.save_problem = StatusLabel()
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.setWordWrap(True)
        self.save_problem.setAccessibleName(self.tr("Save problem"))
        # Framed and worded (app.qss), so it does not rely on its colour to be noticed.
        self.save_problem.hide()
        layout.addWidget(self.save_problem)
        self.notice = QLabel()
        self.notice.setObjectName("editNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.question_list = QListWidget()
        self.question_list.setAccessibleName(self.tr("Picked questions"))
        self.question_list.setWordWrap(True)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.currentRowChanged.connect(self._on_row_changed)
        self.asked_button = QPushButton(self.tr("&Asked"))
        self.asked_button.setToolTip(self.tr("Mark the current question asked (Alt+A); again to undo"))
        self.asked_button.clicked.connect(lambda: self.toggle_state(QuestionState.ASKED))
        self.skipped_button = QPushButton(self.tr("&Skipped"))
        self.skipped_button.setToolTip(self.tr("Mark the current question skipped (Alt+S); again to undo"))
        self.skipped_button.clicked.connect(lambda: self.toggle_state(QuestionState.SKIPPED))
        questions_panel = QWidget()
        questions_layout = QVBoxLayout(questions_panel)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_heading = QLabel(self.tr("Questions  (Ctrl+↑ / Ctrl+↓ to move)"))
        questions_heading.setWordWrap(True)  # wraps at a large zoom rather than widening the page
        questions_layout.addWidget(questions_heading)
        questions_layout.addWidget(self.question_list, 1)
        legend = QLabel(self.tr("✓ asked   ↷ skipped   ○ not yet"))
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        questions_layout.addWidget(legend)
        buttons = QHBoxLayout()
        buttons.addWidget(self.asked_button)
        buttons.addWidget(self.skipped_button)
        questions_layout.addLayout(buttons)

        self.current_question = QLabel(self.tr("No questions picked for this interview."))
        self.current_question.setObjectName("currentQuestion")
        self.current_question.setWordWrap(True)
        bold = QFont(self.current_question.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.current_question.setFont(bold)
        self.answer_stack = QStackedWidget()
        no_questions = QLabel(self.tr("Pick questions before the interview to take notes per question."))
        no_questions.setWordWrap(True)
        no_questions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answer_stack.addWidget(no_questions)
        answer_panel = QWidget()
        answer_layout = QVBoxLayout(answer_panel)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self.current_question)
        answer_layout.addWidget(self.answer_stack, 1)

        self.notes_editor = NotesEditor(
            self.tr("Notes"), self.tr("Anything else they said: names, resources, ideas… (Ctrl+T: time)")
        )
        self._watch(self.notes_editor, lambda: (NOTES, self._interview_id))
        notes_panel = QWidget()
        notes_layout = QVBoxLayout(notes_panel)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes_editor)
        notes_layout.addWidget(notes_label)
        notes_row = QHBoxLayout()
        mark_reflowing(notes_row)  # the next-steps cue goes below the notes when the page is narrow
        notes_row.addWidget(self.notes_editor, 3)
        if next_steps is not None:
            notes_row.addWidget(next_steps, 1, Qt.AlignmentFlag.AlignTop)
        notes_layout.addLayout(notes_row, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(answer_panel)
        right.addWidget(notes_panel)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([500, 500])  # answer and notes share the height evenly at first
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(questions_panel)
        body.addWidget(right)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 5)
        body.setSizes([300, 700])
        body.setChildrenCollapsible(False)
        layout.addWidget(body, 1)

        self._shortcut("live.next_question", lambda: self.move_current(1))
        self._shortcut("live.previous_question", lambda: self.move_current(-1))
        self._shortcut("live.timestamp", self.insert_timestamp)
        self.autosaver.status_changed.connect(lambda status: self.save_status.setText(tr_enum(SaveStatus(status))))
        self.autosaver.problem.connect(self._show_problem)
        self.autosaver.written.connect(self._rescue_answers)
        application = QCoreApplication.instance()
        if application is not None:
            # Last chance to write on a normal quit; the main window should also call
            # close_interview() and ask the person if it returns False.
            application.aboutToQuit.connect(self.autosaver.flush)

    # Loading and moving -------------------------------------------------------------

    def load(self, interview_id: int, heading: str = "") -> bool:
        """Show an interview (or re-read the shown one), first writing whatever is unsaved.

        If that cannot be written, stays on the open interview, its text untouched and the
        warning showing, and returns False.
        """
        if self._interview_id is not None and not self.autosaver.flush():
            return False
        self._interview_id = interview_id
        self._last_editor = None
        self.heading.setText(heading or self.tr("Interview"))
        self._questions = self._content.picked_questions(interview_id)
        self.notes_editor.set_text_quietly(self._content.notes(interview_id))
        for editor in self._answer_editors:
            editor.removeEventFilter(self)
            editor.blockSignals(True)
            self.answer_stack.removeWidget(editor)
            editor.deleteLater()
        self._answer_editors = []
        self.question_list.blockSignals(True)
        self.question_list.clear()
        for index, question in enumerate(self._questions):
            editor = NotesEditor(question.text, self.tr("What they said…"))
            editor.setAccessibleDescription(self.tr("Answer notes"))
            self._watch(editor, lambda pid=question.id: (ANSWER, self._interview_id, pid))
            editor.set_text_quietly(question.answer)
            self.answer_stack.addWidget(editor)
            self._answer_editors.append(editor)
            self.question_list.addItem(QListWidgetItem())
            self._refresh_item(index)
        self.question_list.blockSignals(False)
        self._current = -1
        self.set_current(0 if self._questions else -1)
        return True

    def set_current(self, index: int) -> None:
        has_questions = bool(self._questions)
        self.asked_button.setEnabled(has_questions)
        self.skipped_button.setEnabled(has_questions)
        if not has_questions:
            self._current = -1
            self.current_question.setText(self.tr("No questions picked for this interview."))
            self.answer_stack.setCurrentIndex(0)
            return
        index = max(0, min(index, len(self._questions) - 1))
        previous, self._current = self._current, index
        if previous >= 0 and previous != index:
            self._refresh_item(previous)
        self._refresh_item(index)
        self.question_list.setCurrentRow(index)
        question = self._questions[index]
        self.current_question.setText(self.tr("{number}. {question}").format(number=index + 1, question=question.text))
        self.answer_stack.setCurrentWidget(self._answer_editors[index])
        if previous != index:
            self.current_question_changed.emit(index)

    def move_current(self, step: int) -> None:
        answering = self.focusWidget() in self._answer_editors
        self.set_current(self._current + step)
        if answering and self._current >= 0:
            self._answer_editors[self._current].setFocus()

    def _on_row_changed(self, row: int) -> None:
        if row >= 0 and row != self._current:
            self.set_current(row)

    def current_index(self) -> int:
        return self._current

    def answer_editor(self, index: int) -> NotesEditor:
        return self._answer_editors[index]

    def toggle_state(self, state: QuestionState) -> None:
        if self._current < 0:
            return
        question = self._questions[self._current]
        question.state = QuestionState.PENDING if question.state == state else state
        self._refresh_item(self._current)
        self.autosaver.mark_dirty((STATE, self._interview_id, question.id), urgent=True)

    def insert_timestamp(self) -> None:
        if self._elapsed_text is None:
            return
        editor = self._last_editor if self._is_live_editor(self._last_editor) else self.notes_editor
        editor.setFocus()
        editor.insert_at_cursor(_timestamp(self._elapsed_text()))

    def reveal(self, place: MatchPlace | str, picked_question_id: int | None = None, query_text: str = "") -> None:
        """Open at a search match: the answer or the notes, with the first matching word selected."""
        editor = self.notes_editor
        if MatchPlace(place) is MatchPlace.ANSWER:
            for index, question in enumerate(self._questions):
                if question.id == picked_question_id:
                    self.set_current(index)
                    editor = self._answer_editors[index]
        editor.setFocus()
        found = find_words(editor.toPlainText(), query_text) if query_text else None
        if found is not None:
            editor.select_range(*found)

    def close_interview(self) -> bool:
        """Write everything now and stop the writer; True if it is all on disk."""
        return self.autosaver.close()

    # Saving -----------------------------------------------------------------------

    def _watch(self, editor: NotesEditor, key: Callable[[], Hashable]) -> None:
        def changed() -> None:
            if self._interview_id is not None:
                self._last_editor = editor
                if self.notice.isVisible():
                    self.notice.hide()
                self.autosaver.mark_dirty(key())

        editor.textChanged.connect(changed)
        editor.notice.connect(self._show_notice)
        editor.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.FocusIn and self._is_live_editor(watched):
            self._last_editor = watched
        return False

    def _is_live_editor(self, widget) -> bool:
        return widget is self.notes_editor or any(widget is editor for editor in self._answer_editors)

    def _snapshot(self, keys: set[Hashable]) -> Mapping[Hashable, Any]:
        payload: dict[Hashable, Any] = {}
        answers = {question.id: editor for question, editor in zip(self._questions, self._answer_editors, strict=True)}
        states = {question.id: question.state for question in self._questions}
        for key in keys:
            kind, interview_id, *rest = key
            if interview_id != self._interview_id:
                continue  # flushed when the interview was left
            if kind == NOTES:
                payload[key] = self.notes_editor.toPlainText()
            elif kind == ANSWER and rest[0] in answers:
                payload[key] = answers[rest[0]].toPlainText()
            elif kind == STATE and rest[0] in states:
                payload[key] = states[rest[0]]
        return payload

    def _write(self, payload: Mapping[Hashable, Any]) -> dict[int, set[int]]:
        """Runs on the writer thread: touches the store only, never a widget. Returns the
        picked questions, per interview, that were removed meanwhile (their text is rescued)."""
        per_interview: dict[int, dict[str, Any]] = defaultdict(lambda: {"notes": None, "answers": {}, "states": {}})
        for (kind, interview_id, *rest), value in payload.items():
            target = per_interview[interview_id]
            if kind == NOTES:
                target["notes"] = value
            elif kind == ANSWER:
                target["answers"][rest[0]] = value
            else:
                target["states"][rest[0]] = value
        missing: dict[int, set[int]] = {}
        for interview_id, parts in per_interview.items():
            gone = self._content.save(interview_id, **parts, missing_ok=True)
            if gone:
                missing[interview_id] = gone
        return missing

    def _rescue_answers(self, missing: dict[int, set[int]]) -> None:
        """Questions removed while they held answer text: move that text into the notes, so
        nothing typed is lost, then show the interview's current questions."""
        gone = missing.get(self._interview_id, set()) if self._interview_id is not None else set()
        if not gone:
            return
        rescued = []
        for question, editor in zip(self._questions, self._answer_editors, strict=True):
            text = editor.toPlainText()
            if question.id in gone and text.strip():
                rescued.append(
                    self.tr("Answer to “{question}” (question since removed):\n{answer}").format(
                        question=question.text, answer=text
                    )
                )
        if rescued:
            notes = self.notes_editor.toPlainText().rstrip("\n")
            self.notes_editor.setPlainText("\n\n".join(part for part in (notes, *rescued) if part))
            self._show_notice(
                self.tr("A question was removed from this interview; its answer was moved into the notes.")
            )
        self.load(self._interview_id, self.heading.text())

    def _refresh_item(self, index: int) -> None:
        question = self._questions[index]
        item = self.question_list.item(index)
        current = index == self._current
        item.setText(
            self.tr("{mark}  {number}. {question}").format(
                mark=_STATE_MARK[question.state], number=index + 1, question=question.text
            )
        )
        words = self._state_words(question, current)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
        item.setToolTip(words)
        font = item.font()
        font.setBold(current)
        item.setFont(font)

    def _state_words(self, question: PickedQuestion, current: bool) -> str:
        """What a screen reader says for a question in the list: its text, state, and whether current."""
        if question.state is QuestionState.ASKED:
            if current:
                return self.tr("{question} — asked, current question").format(question=question.text)
            return self.tr("{question} — asked").format(question=question.text)
        if question.state is QuestionState.SKIPPED:
            if current:
                return self.tr("{question} — skipped, current question").format(question=question.text)
            return self.tr("{question} — skipped").format(question=question.text)
        if current:
            return self.tr("{question} — not asked yet, current question").format(question=question.text)
        return self.tr("{question} — not asked yet").format(question=question.text)

    def _show_problem(self, text: str) -> None:
        self.save_problem.setText("⚠ " + text if text else "")  # a sign before the whole sentence
        self.save_problem.setVisible(bool(text))

    def _show_notice(self, text: str) -> None:
        self.notice.setText("ⓘ " + text)  # a sign before the whole sentence
        self.notice.show()

    def _shortcut(self, shortcut_id: str, slot: Callable[[], None]) -> None:
        for keys in sequences(shortcut_id):  # from the one registry the shortcuts sheet lists
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
