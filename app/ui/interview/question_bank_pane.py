"""The question bank side of the picker: filter by text, category or TIARA tag, and keep the
user's own questions (add, edit, delete). Enter or a double-click asks for the current question
to be picked."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.entities import Tiara
from app.core.errors import InvalidQuestion, NotFound
from app.core.question_bank import TIARA_CONTEXT, BankQuestion, categories_of, filter_questions
from app.core.question_bank import tiara_label as tiara_source
from app.ui.interview.question_prompts import QuestionPrompts
from app.ui.widgets.accessibility import name_clear_button
from app.ui.widgets.i18n import tr_label
from app.ui.widgets.table_model import Column, RowsTableModel

if TYPE_CHECKING:
    from app.store.question_repository import QuestionRepository

log = logging.getLogger(__name__)
Result = TypeVar("Result")
CUSTOM_FILTER = "__custom__"


def tiara_label(tag: Tiara) -> str:
    """The TIARA tag's name in the person's language."""
    return tr_label(TIARA_CONTEXT, tiara_source(tag))


def _bank_text(question: BankQuestion) -> str:
    return f"✎ {question.text}" if question.is_custom else question.text


def _bank_tooltip(question: BankQuestion) -> str:
    if question.is_custom:
        details = QCoreApplication.translate(
            "QuestionBankPane", "{category} · {tiara} · about {minutes} min · Your own question"
        )
    else:
        details = QCoreApplication.translate(
            "QuestionBankPane", "{category} · {tiara} · about {minutes} min · Built-in question"
        )
    details = details.format(
        category=question.category, tiara=tiara_label(question.tiara), minutes=f"{question.minutes:g}"
    )
    return f"{question.text}\n{details}"


def report_failure(prompts: QuestionPrompts, parent: QWidget, title: str, exc: Exception) -> None:
    """Tell the person what went wrong, in words; the traceback goes to the log."""
    if isinstance(exc, InvalidQuestion):
        prompts.warn(parent, title, str(exc))
    elif isinstance(exc, NotFound):
        prompts.warn(
            parent,
            title,
            QCoreApplication.translate(
                "QuestionBankPane", "That question or interview no longer exists; the list has been refreshed."
            ),
        )
    else:
        log.error("%s", title, exc_info=exc)
        prompts.warn(
            parent,
            title,
            QCoreApplication.translate(
                "QuestionBankPane", "Your questions could not be read or saved ({error})."
            ).format(error=type(exc).__name__),
        )


# Below this width the table drops its Category column (still in each row's tooltip and in the
# category filter), so that questions get room to read on a projector's 1024-pixel screen.
CATEGORY_COLUMN_MIN_TABLE_WIDTH = 560


class BankView(QTableView):
    """The bank's table; Enter picks, as a double-click does. Rows grow to show whole questions."""

    pick_requested = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setColumnHidden(1, self.width() < CATEGORY_COLUMN_MIN_TABLE_WIDTH)
        self.resizeRowsToContents()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.pick_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class QuestionBankPane(QWidget):
    pick_requested = Signal(object)  # the BankQuestion to pick
    custom_questions_changed = Signal()
    status = Signal(str)

    def __init__(
        self,
        repository: QuestionRepository,
        bank: Sequence[BankQuestion],
        prompts: QuestionPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._builtin = list(bank)
        self._custom: list[BankQuestion] = []
        self._prompts = prompts

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter questions…"))
        self.filter_edit.setAccessibleName(self.tr("Filter questions"))
        name_clear_button(self.filter_edit)
        self.filter_edit.setToolTip(self.tr("Enter picks the highlighted question; Down moves into the list"))
        self.filter_edit.returnPressed.connect(self._request_pick)
        self.filter_edit.installEventFilter(self)
        self.category_box = QComboBox()
        self.category_box.setAccessibleName(self.tr("Category filter"))
        self.tiara_box = QComboBox()
        self.tiara_box.setAccessibleName(self.tr("TIARA filter"))
        self.tiara_box.setToolTip(
            self.tr(
                "TIARA sorts questions by what they draw out: Trends in the field, Insights from their "
                "own experience, Advice for you, Resources to learn more, and Assignments (small tasks) "
                "to try. A good interview mixes them."
            )
        )
        self.tiara_box.addItem(self.tr("All TIARA tags"), None)
        for tag in Tiara:
            self.tiara_box.addItem(tiara_label(tag), tag.value)

        self.model: RowsTableModel[BankQuestion] = RowsTableModel(
            [
                Column(self.tr("Question"), _bank_text, _bank_tooltip),
                Column(self.tr("Category"), lambda q: q.category, _bank_tooltip),
                Column(self.tr("TIARA"), lambda q: tiara_label(q.tiara), _bank_tooltip),
                Column(self.tr("Min"), lambda q: f"{q.minutes:g}", _bank_tooltip),
            ]
        )
        self.view = BankView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Question bank"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("Preparation and more"))
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())

        self.pick_button = QPushButton(self.tr("&Pick →"))
        self.pick_button.setToolTip(self.tr("Add the selected question to this interview (Enter)"))
        self.new_button = QPushButton(self.tr("&New question…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setToolTip(self.tr("Edit one of your own questions"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Delete one of your own questions"))

        heading = QLabel(self.tr("&Question bank"))
        heading.setObjectName("sectionHeading")
        heading.setBuddy(self.view)
        filters = QHBoxLayout()
        filters.addWidget(self.category_box, 3)
        filters.addWidget(self.tiara_box, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.category_box.currentIndexChanged.connect(self._apply_filter)
        self.tiara_box.currentIndexChanged.connect(self._apply_filter)
        self.view.pick_requested.connect(self._request_pick)
        self.view.doubleClicked.connect(lambda _index: self._request_pick())
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.pick_button.clicked.connect(self._request_pick)
        self.new_button.clicked.connect(self.add_custom)
        self.edit_button.clicked.connect(self.edit_custom)
        self.delete_button.clicked.connect(self.delete_custom)
        self.reload_custom()

    def questions(self) -> list[BankQuestion]:
        return [*self._builtin, *self._custom]

    def shown_questions(self) -> list[BankQuestion]:
        return [self.model.row_at(row) for row in range(self.model.rowCount())]

    def current_question(self) -> BankQuestion | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_key(self, key: str) -> None:
        keys = [question.key for question in self.shown_questions()]
        if key in keys:
            self.view.setCurrentIndex(self.model.index(keys.index(key), 0))

    def reload_custom(self) -> None:
        self._custom = self._guard(self.tr("Could not read your questions"), self._repository.list_custom) or []
        chosen = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(self.tr("All categories"), None)
        self.category_box.addItem(self.tr("Your own questions"), CUSTOM_FILTER)
        for category in categories_of(self.questions()):
            self.category_box.addItem(category, category)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(chosen)))
        self.category_box.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self, *_args) -> None:
        current = self.current_question()
        category = self.category_box.currentData()
        tiara = self.tiara_box.currentData()
        rows = filter_questions(
            self.questions(),
            self.filter_edit.text(),
            None if category in (None, CUSTOM_FILTER) else category,
            Tiara(tiara) if tiara else None,
            custom_only=category == CUSTOM_FILTER,
        )
        self.model.set_rows(rows)
        self.view.resizeRowsToContents()
        if rows:
            keys = [row.key for row in rows]
            row = keys.index(current.key) if current is not None and current.key in keys else 0
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.empty_label.setText(self._nothing_matches_text() if not rows else "")
        self.empty_label.setVisible(not rows)
        self._update_buttons()

    def _nothing_matches_text(self) -> str:
        typed = self.filter_edit.text().strip()
        if self.category_box.currentData() == CUSTOM_FILTER and not typed and not self._custom:
            return self.tr("You have no questions of your own yet. New question… adds one.")
        if typed:
            return self.tr(
                "No question matches “{typed}”. Try another word or “All categories”, "
                "or add it as your own with New question…"
            ).format(typed=typed)
        return self.tr(
            "No question matches these filters. Try another word or “All categories”, "
            "or add it as your own with New question…"
        )

    def eventFilter(self, watched, event) -> bool:
        # From the filter box, Down and Up move through the matching questions, as in a
        # browser's address bar; typing stays in the box until Down is pressed.
        if (
            watched is self.filter_edit
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.model.rowCount()
        ):
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _update_buttons(self, *_args: QModelIndex) -> None:
        question = self.current_question()
        self.pick_button.setEnabled(question is not None)
        self.edit_button.setEnabled(question is not None and question.is_custom)
        self.delete_button.setEnabled(question is not None and question.is_custom)

    def _request_pick(self) -> None:
        question = self.current_question()
        if question is not None:
            self.pick_requested.emit(question)

    def add_custom(self) -> None:
        values = self._prompts.edit_question(self, None, categories_of(self.questions()))
        if values is None:
            return
        added = self._guard(self.tr("Could not add your question"), lambda: self._repository.add_custom(*values))
        if added is not None:
            self._after_change(self.tr("Added your question: {text}").format(text=added.text), added.key)

    def edit_custom(self) -> None:
        question = self.current_question()
        if question is None or not question.is_custom:
            return
        values = self._prompts.edit_question(self, question, categories_of(self.questions()))
        if values is None:
            return
        text, category, tiara, minutes = values
        edited = BankQuestion(question.key, text, category, Tiara(tiara), minutes, id=question.id)
        saved = self._guard(self.tr("Could not save your question"), lambda: self._repository.update_custom(edited))
        if saved is not None:
            self._after_change(
                self.tr("Saved your question. Interviews that already picked it keep their copy."), saved.key
            )

    def delete_custom(self) -> None:
        question = self.current_question()
        if question is None or not question.is_custom:
            return
        if not self._prompts.confirm(
            self,
            self.tr("Delete your question"),
            self.tr("Delete “{text}” from your questions? Interviews that picked it keep their copy.").format(
                text=question.text
            ),
            self.tr("Delete question"),
        ):
            return
        self._guard(self.tr("Could not delete your question"), lambda: self._repository.delete_custom(question.id))
        self._after_change(self.tr("Deleted your question."), None)

    def _after_change(self, message: str, select_key: str | None) -> None:
        self.reload_custom()
        if select_key is not None:
            self.select_key(select_key)
        self.status.emit(message)
        self.custom_questions_changed.emit()

    def _guard(self, title: str, action: Callable[[], Result]) -> Result | None:
        try:
            return action()
        except Exception as exc:
            report_failure(self._prompts, self, title, exc)
            return None
