"""Saved question sets under the picked list: apply one, save the current pick as one, and pass
sets around as small files."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.core.entities import Interview
from app.core.question_plan import format_minutes
from app.core.question_set_file import FILE_FILTER, FILE_SUFFIX, QuestionSetFileError, read_set_file, write_set_file
from app.core.question_sets import QuestionSet
from app.store.question_repository import InvalidQuestion, QuestionRepository
from app.store.repositories import NotFound
from app.ui.question_prompts import QuestionPrompts

log = logging.getLogger(__name__)
Result = TypeVar("Result")

ADD_CHOICE = "Add to my list"
REPLACE_CHOICE = "Replace unasked questions"


class QuestionSetsPanel(QWidget):
    picked_changed = Signal()  # a set was applied to the interview
    status = Signal(str)  # a short line saying what just happened

    def __init__(
        self,
        repository: QuestionRepository,
        interview: Interview,
        prompts: QuestionPrompts,
        occupation_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._interview = interview
        self._prompts = prompts
        self._occupation_title = occupation_title
        self._sets: list[QuestionSet] = []

        self.set_box = QComboBox()
        self.set_box.setAccessibleName("Saved question sets")
        self.set_box.setMinimumContentsLength(16)
        self.set_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.apply_button = QPushButton("&Apply set")
        self.apply_button.setToolTip("Add the chosen set's questions to this interview")
        self.apply_button.clicked.connect(self.apply_selected)
        self.save_button = QPushButton("Save these as a se&t…")
        self.save_button.setToolTip("Keep the questions picked here as a set to reuse")
        self.save_button.clicked.connect(self.save_current)
        self.import_button = QPushButton("Imp&ort…")
        self.import_button.setToolTip("Add a set from a file someone gave you")
        self.import_button.clicked.connect(self.import_from_file)

        self.more_button = QToolButton()
        self.more_button.setText("More")
        self.more_button.setAccessibleName("More set actions")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.export_action = menu.addAction("Export set to a file…", self.export_selected)
        self.rename_action = menu.addAction("Rename set…", self.rename_selected)
        self.delete_action = menu.addAction("Delete set…", self.delete_selected)
        self.more_button.setMenu(menu)

        heading = QLabel("&Saved question sets")
        heading.setObjectName("sectionHeading")
        heading.setBuddy(self.set_box)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.set_box, 1)
        choose_row.addWidget(self.apply_button)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.save_button)
        actions_row.addWidget(self.import_button)
        actions_row.addWidget(self.more_button)
        actions_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(choose_row)
        layout.addLayout(actions_row)
        self.refresh()

    # --- state --------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected_set()
        select_id = select_id if select_id is not None else (current.id if current else None)
        sets = self._guard("Could not read the saved sets", lambda: self._repository.list_sets(self._occupation_id))
        self._sets = sets or []
        self.set_box.clear()
        for question_set in self._sets:
            self.set_box.addItem(self._describe(question_set), question_set.id)
        if not self._sets:
            self.set_box.addItem("No saved sets yet", None)
        index = self.set_box.findData(select_id) if select_id is not None else -1
        self.set_box.setCurrentIndex(max(0, index))
        has_sets = bool(self._sets)
        self.set_box.setEnabled(has_sets)
        self.apply_button.setEnabled(has_sets)
        for action in (self.export_action, self.rename_action, self.delete_action):
            action.setEnabled(has_sets)

    def selected_set(self) -> QuestionSet | None:
        set_id = self.set_box.currentData() if self.set_box.count() else None
        return next((question_set for question_set in self._sets if question_set.id == set_id), None)

    @property
    def _occupation_id(self) -> int | None:
        return self._interview.occupation_id

    def _describe(self, question_set: QuestionSet) -> str:
        count = len(question_set.items)
        words = f"{count} question{'s' if count != 1 else ''}, {format_minutes(question_set.total_minutes)} min"
        tied = question_set.occupation_id is not None and self._occupation_title
        mark = f" · {self._occupation_title}" if tied else ""
        return f"{question_set.name} ({words}){mark}"

    # --- actions ------------------------------------------------------------------------------

    def apply_selected(self) -> None:
        question_set = self.selected_set()
        if question_set is None:
            return
        current = self._guard("Could not read your questions", lambda: self._repository.list_picked(self._interview.id))
        replace = False
        if current:
            choice = self._prompts.choose(
                self,
                "Apply question set",
                f"You already have {len(current)} question(s) picked. Add the questions of “{question_set.name}” "
                "to them, or replace the ones not yet asked?",
                [ADD_CHOICE, REPLACE_CHOICE],
            )
            if choice is None:
                return
            replace = choice == REPLACE_CHOICE
        applied = self._guard(
            "Could not apply the set",
            lambda: self._repository.apply_set(question_set.id, self._interview.id, replace=replace),
        )
        if applied is not None:
            self.status.emit(f"Applied “{question_set.name}”.")
            self.picked_changed.emit()

    def save_current(self) -> None:
        answer = self._prompts.name_set(self, self._occupation_title if self._occupation_id is not None else "")
        if answer is None:
            return
        name, tie = answer
        occupation_id = self._occupation_id if tie else None
        saved = self._guard(
            "Could not save the set",
            lambda: self._repository.save_picked_as_set(self._interview.id, name, occupation_id=occupation_id),
        )
        if saved is not None:
            self.refresh(select_id=saved.id)
            self.status.emit(f"Saved “{saved.name}” with {len(saved.items)} questions.")

    def rename_selected(self) -> None:
        question_set = self.selected_set()
        if question_set is None:
            return
        answer = self._prompts.name_set(self, "", question_set.name)
        if answer is None:
            return
        renamed = self._guard(
            "Could not rename the set", lambda: self._repository.rename_set(question_set.id, answer[0])
        )
        if renamed is not None:
            self.refresh(select_id=renamed.id)

    def delete_selected(self) -> None:
        question_set = self.selected_set()
        if question_set is None:
            return
        if not self._prompts.confirm(
            self,
            "Delete question set",
            f"Delete the set “{question_set.name}”? Interviews that used it keep their questions.",
            "Delete set",
        ):
            return
        self._guard("Could not delete the set", lambda: self._repository.delete_set(question_set.id))
        self.refresh()
        self.status.emit(f"Deleted “{question_set.name}”.")

    def export_selected(self) -> None:
        question_set = self.selected_set()
        if question_set is None:
            return
        safe_name = " ".join(re.sub(r"[^\w\- ]+", " ", question_set.name).split())
        suggested = (safe_name or "question set") + FILE_SUFFIX
        path = self._prompts.save_file(self, "Export question set", suggested, FILE_FILTER)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(FILE_SUFFIX)
        occupation = self._repository.occupation_title(question_set.occupation_id)
        try:
            write_set_file(path, question_set, occupation)
        except QuestionSetFileError as exc:
            self._prompts.warn(self, "Could not export the set", str(exc))
            return
        self.status.emit(f"Exported “{question_set.name}” to {path.name}.")

    def import_from_file(self) -> None:
        path = self._prompts.open_file(self, "Import question set", FILE_FILTER)
        if path is None:
            return
        try:
            question_set, occupation = read_set_file(path)
        except QuestionSetFileError as exc:
            self._prompts.warn(self, "Could not import the set", f"{exc}\n\nNothing was imported.")
            return
        question_set.occupation_id = self._repository.occupation_id_for_title(occupation)

        def save_imported() -> QuestionSet:
            existing = {known.name.casefold() for known in self._repository.list_sets()}
            if question_set.name.casefold() in existing:
                question_set.name = f"{question_set.name} (imported)"
            return self._repository.create_set(question_set)

        saved = self._guard("Could not import the set", save_imported)
        if saved is not None:
            self.refresh(select_id=saved.id)
            self.status.emit(f"Imported “{saved.name}” with {len(saved.items)} questions.")

    def _guard(self, title: str, action: Callable[[], Result]) -> Result | None:
        """Run one store operation; tell the person, not a traceback, when it fails."""
        try:
            return action()
        except InvalidQuestion as exc:
            self._prompts.warn(self, title, str(exc))
        except NotFound:
            self._prompts.warn(self, title, "That set or interview no longer exists.")
            self.refresh()
        except Exception as exc:
            log.exception("%s", title)
            self._prompts.warn(self, title, f"Your data could not be read or saved ({type(exc).__name__}).")
        return None
