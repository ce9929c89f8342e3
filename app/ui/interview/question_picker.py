"""The question picker: browse the bank, pick a few questions for one interview, order them, and
see whether they fit the time.

Keyboard: in the bank, Enter (or a double-click) picks the current question. In the picked list,
Alt+Up and Alt+Down move the current question, Delete takes it off; dragging reorders too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.entities import Interview, PickedQuestion, QuestionState
from app.core.errors import AlreadyPicked
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.question_bank import BankQuestion
from app.core.question_plan import TimeBudget, format_minutes, plan_budget
from app.ui.interview.question_bank_pane import QuestionBankPane, report_failure, tiara_label
from app.ui.interview.question_prompts import QuestionPrompts
from app.ui.interview.question_sets_panel import QuestionSetsPanel
from app.ui.widgets.accessibility import StatusLabel
from app.ui.widgets.i18n import tr_label, tr_text
from app.ui.widgets.palette import active_palette

if TYPE_CHECKING:
    from app.store.question_repository import QuestionRepository

Result = TypeVar("Result")
PICKED_ID_ROLE = Qt.ItemDataRole.UserRole + 20
OVER_BUDGET_ROLE = "warning_border"  # the theme's warm amber: noticeable, not alarming; the text says the same
# A picked question's first line, by its state (translated in the context "QuestionPicker").
_FIRST_LINES = {
    QuestionState.PENDING: QT_TRANSLATE_NOOP("QuestionPicker", "{number}. {text}"),
    QuestionState.ASKED: QT_TRANSLATE_NOOP("QuestionPicker", "{number}. {text}  ✓ asked"),
    QuestionState.SKIPPED: QT_TRANSLATE_NOOP("QuestionPicker", "{number}. {text}  – skipped"),
}


class PickedList(QListWidget):
    """The picked questions in order; Delete removes, Alt+Up/Down and dragging reorder."""

    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    order_changed = Signal(list)  # picked ids in their new order, after a drag

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        # Announce a drag's new order once the drop has finished, before the list is rebuilt.
        self._order_timer = QTimer(self)
        self._order_timer.setSingleShot(True)
        self._order_timer.setInterval(0)
        self._order_timer.timeout.connect(lambda: self.order_changed.emit(self.picked_ids()))
        self.model().rowsMoved.connect(lambda *_moved: self._order_timer.start())

    def picked_ids(self) -> list[int]:
        return [self.item(row).data(PICKED_ID_ROLE) for row in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_Delete and self.currentItem() is not None:
            self.remove_requested.emit()
        elif alt and event.key() == Qt.Key.Key_Up:
            self.move_requested.emit(-1)
        elif alt and event.key() == Qt.Key.Key_Down:
            self.move_requested.emit(1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class QuestionPicker(QWidget):
    picked_changed = Signal(list)  # the interview's PickedQuestion list, in order, after any change
    custom_questions_changed = Signal()

    def __init__(
        self,
        repository: QuestionRepository,
        bank: Sequence[BankQuestion],
        interview: Interview,
        occupation_title: str = "",
        prompts: QuestionPrompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._interview = replace(interview)  # a private copy: the budget may change its length
        self._prompts = prompts or QuestionPrompts()
        self._picked: list[PickedQuestion] = []
        self.status_label = StatusLabel()
        self.status_label.setAccessibleName(self.tr("Picker status"))

        self.bank_pane = QuestionBankPane(repository, bank, self._prompts)
        self.bank_pane.setContentsMargins(0, 0, 6, 0)
        self.bank_pane.pick_requested.connect(self.pick)
        self.bank_pane.custom_questions_changed.connect(self.custom_questions_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.bank_pane)
        splitter.addWidget(self._build_picked_side(occupation_title))
        splitter.setChildrenCollapsible(False)
        # The bank's rows are long sentences; the picked list's are numbered and short.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        self.bank_pane.status.connect(self.status_label.setText)
        self.reload_picked()

    # --- building -----------------------------------------------------------------------------

    def _build_picked_side(self, occupation_title: str) -> QWidget:
        side = QWidget()
        heading = QLabel(self.tr("Pic&ked for this interview"))
        heading.setObjectName("sectionHeading")
        self.picked_list = PickedList()
        self.picked_list.setAccessibleName(self.tr("Picked questions"))
        heading.setBuddy(self.picked_list)
        self.picked_list.remove_requested.connect(self.remove_current)
        self.picked_list.move_requested.connect(self.move_current)
        self.picked_list.order_changed.connect(self._save_dragged_order)
        self.picked_list.currentRowChanged.connect(self._update_order_buttons)
        self.empty_label = QLabel(
            self.tr(
                "Nothing picked yet. Choose a few questions that matter most to you: "
                "select one in the bank and press Enter, or double-click it."
            )
        )
        self.empty_label.setWordWrap(True)

        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.remove_button.clicked.connect(self.remove_current)
        order_buttons = QHBoxLayout()
        order_buttons.addWidget(self.up_button)
        order_buttons.addWidget(self.down_button)
        order_buttons.addStretch(1)
        order_buttons.addWidget(self.remove_button)

        self.budget_bar = QProgressBar()
        self.budget_bar.setAccessibleName(self.tr("Time budget"))
        self.budget_bar.setTextVisible(False)
        self.budget_bar.setMaximumHeight(10)
        self.budget_label = QLabel()
        self.budget_label.setObjectName("budgetLabel")
        self.budget_warning = StatusLabel()
        self.budget_warning.setObjectName("gentleWarning")
        self.budget_warning.setAccessibleName(self.tr("Time budget warning"))
        self.budget_warning.setWordWrap(True)
        self.budget_warning.hide()

        self.sets_panel = QuestionSetsPanel(self._repository, self._interview, self._prompts, occupation_title)
        self.sets_panel.picked_changed.connect(self.reload_picked)
        self.sets_panel.status.connect(self.status_label.setText)

        layout = QVBoxLayout(side)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.picked_list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(order_buttons)
        layout.addWidget(self.budget_label)
        layout.addWidget(self.budget_bar)
        layout.addWidget(self.budget_warning)
        layout.addWidget(self.sets_panel)
        return side

    # --- the bank -----------------------------------------------------------------------------

    def pick(self, question: BankQuestion) -> None:
        try:
            picked = self._repository.pick(self._interview.id, question)
        except AlreadyPicked as already:
            self.status_label.setText(self.tr("That question is already in your list."))
            self.reload_picked(select_id=already.existing.id)
            return
        except Exception as exc:
            report_failure(self._prompts, self, self.tr("Could not pick the question"), exc)
            return
        self.status_label.setText(self.tr("Picked: {text}").format(text=picked.text))
        self.reload_picked(select_id=picked.id)

    # --- the picked list ----------------------------------------------------------------------

    def picked(self) -> list[PickedQuestion]:
        return list(self._picked)

    def reload_picked(self, select_id: int | None = None) -> None:
        picked = self._guard(
            self.tr("Could not read your questions"), lambda: self._repository.list_picked(self._interview.id)
        )
        self._show_picked(picked or [], select_id)

    def _show_picked(self, picked: list[PickedQuestion], select_id: int | None = None) -> None:
        if select_id is None and self.picked_list.currentItem() is not None:
            select_id = self.picked_list.currentItem().data(PICKED_ID_ROLE)
        self._picked = picked
        self.picked_list.blockSignals(True)
        self.picked_list.clear()
        for number, question in enumerate(picked, start=1):
            first_line = tr_label("QuestionPicker", _FIRST_LINES[question.state]).format(
                number=number, text=question.text
            )
            details = self.tr("{minutes} min · {tiara} · {category}").format(
                minutes=f"{question.minutes:g}", tiara=tiara_label(question.tiara), category=question.category
            )
            item = QListWidgetItem(f"{first_line}\n      {details}")
            item.setData(PICKED_ID_ROLE, question.id)
            item.setToolTip(question.text)
            self.picked_list.addItem(item)
            if question.id == select_id:
                self.picked_list.setCurrentItem(item)
        self.picked_list.blockSignals(False)
        self.empty_label.setVisible(not picked)
        self._update_order_buttons()
        self._show_budget()
        self.picked_changed.emit(list(picked))

    def _update_order_buttons(self, *_args) -> None:
        row = self.picked_list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.picked_list.count() - 1)
        self.remove_button.setEnabled(row >= 0)

    def current_picked(self) -> PickedQuestion | None:
        item = self.picked_list.currentItem()
        if item is None:
            return None
        return next((q for q in self._picked if q.id == item.data(PICKED_ID_ROLE)), None)

    def move_current(self, offset: int) -> None:
        question = self.current_picked()
        if question is None:
            return
        moved = self._guard(
            self.tr("Could not reorder your questions"), lambda: self._repository.move(question.id, offset)
        )
        if moved is not None:
            self._show_picked(moved, question.id)

    def _save_dragged_order(self, ids: list[int]) -> None:
        current = self.current_picked()
        ordered = self._guard(
            self.tr("Could not reorder your questions"), lambda: self._repository.reorder(self._interview.id, ids)
        )
        if ordered is None:
            self.reload_picked()
        else:
            self._show_picked(ordered, current.id if current else None)

    def remove_current(self) -> None:
        question = self.current_picked()
        if question is None:
            return
        # The live page may have written an answer or a mark since this list was read.
        stored = self._guard(
            self.tr("Could not read your questions"), lambda: self._repository.list_picked(self._interview.id)
        )
        question = next((p for p in stored or [] if p.id == question.id), question)
        if (question.answer.strip() or question.state is not QuestionState.PENDING) and not self._prompts.confirm(
            self,
            self.tr("Remove question"),
            self.tr("“{text}” already has notes or was asked. Remove it and its notes?").format(text=question.text),
            self.tr("Remove"),
        ):
            return
        row = self.picked_list.currentRow()
        remaining = self._guard(self.tr("Could not remove the question"), lambda: self._repository.remove(question.id))
        if remaining is None:
            return
        next_id = remaining[min(row, len(remaining) - 1)].id if remaining else None
        self._show_picked(remaining, next_id)
        self.status_label.setText(self.tr("Removed: {text}").format(text=question.text))

    # --- time budget --------------------------------------------------------------------------

    def set_planned_minutes(self, planned_minutes: int, reserve_minutes: int | None = None) -> None:
        self._interview.planned_minutes = planned_minutes
        if reserve_minutes is not None:
            self._interview.reserve_minutes = reserve_minutes
        self._show_budget()

    def budget(self) -> TimeBudget:
        return plan_budget(
            (q.minutes for q in self._picked), self._interview.planned_minutes, self._interview.reserve_minutes
        )

    def _show_budget(self) -> None:
        budget = self.budget()
        label = tr_text(budget.label)
        self.budget_label.setText(label)
        half_minutes = max(1, round(budget.available_minutes * 2))
        self.budget_bar.setRange(0, half_minutes)
        self.budget_bar.setValue(min(half_minutes, round(budget.picked_minutes * 2)))
        self.budget_bar.setAccessibleDescription(label)
        warning = budget.warning
        self.budget_warning.setText(f"⚠ {tr_text(warning)}" if warning is not None else "")
        self.budget_warning.setVisible(warning is not None)
        palette = self.budget_bar.palette()
        palette.setColor(
            QPalette.ColorRole.Highlight, active_palette().colour("highlight" if budget.fits else OVER_BUDGET_ROLE)
        )
        self.budget_bar.setPalette(palette)
        self.budget_bar.setToolTip(
            self.tr(
                "{picked} min of questions; the conversation is {planned} min with %n min kept for closing",
                "",
                budget.reserve_minutes,
            ).format(picked=format_minutes(budget.picked_minutes), planned=budget.planned_minutes)
        )

    # --- errors -------------------------------------------------------------------------------

    def _guard(self, title: str, action: Callable[[], Result]) -> Result | None:
        try:
            return action()
        except Exception as exc:
            report_failure(self._prompts, self, title, exc)
            return None
