"""Saved question sets under the picked list: apply one, save the current pick as one, and pass
sets around as small files."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.core.entities import Interview
from app.core.errors import InvalidQuestion, NotFound
from app.core.i18n import Text
from app.core.question_plan import format_minutes
from app.core.question_set_file import FILE_FILTER, FILE_SUFFIX, QuestionSetFileError
from app.core.question_sets import QuestionSet
from app.files import read_set_file, write_set_file
from app.ui.interview.question_prompts import QuestionPrompts
from app.ui.widgets.i18n import tr_label, tr_text

if TYPE_CHECKING:
    from app.store.question_repository import QuestionRepository

log = logging.getLogger(__name__)
Result = TypeVar("Result")

# What applying a set to an interview that already has questions does (the labels are the panel's).
ADD_CHOICE = "add"
REPLACE_CHOICE = "replace"


def _tr_message(text: Text) -> str:
    """A core message in the person's language, with any of its values that are core words too."""
    args = {name: _tr_message(value) if isinstance(value, Text) else value for name, value in text.args.items()}
    return tr_text(dataclasses.replace(text, args=args))


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
        self.set_box.setAccessibleName(self.tr("Saved question sets"))
        self.set_box.setMinimumContentsLength(16)
        self.set_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.apply_button = QPushButton(self.tr("&Apply set"))
        self.apply_button.setToolTip(self.tr("Add the chosen set's questions to this interview"))
        self.apply_button.clicked.connect(self.apply_selected)
        self.save_button = QPushButton(self.tr("Save these as a se&t…"))
        self.save_button.setToolTip(self.tr("Keep the questions picked here as a set to reuse"))
        self.save_button.clicked.connect(self.save_current)
        self.import_button = QPushButton(self.tr("Imp&ort…"))
        self.import_button.setToolTip(self.tr("Add a set from a file someone gave you"))
        self.import_button.clicked.connect(self.import_from_file)

        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More set actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.export_action = menu.addAction(self.tr("Export set to a file…"), self.export_selected)
        self.rename_action = menu.addAction(self.tr("Rename set…"), self.rename_selected)
        self.delete_action = menu.addAction(self.tr("Delete set…"), self.delete_selected)
        self.more_button.setMenu(menu)

        heading = QLabel(self.tr("&Saved question sets"))
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
        sets = self._guard(
            self.tr("Could not read the saved sets"), lambda: self._repository.list_sets(self._occupation_id)
        )
        self._sets = sets or []
        self.set_box.clear()
        for question_set in self._sets:
            self.set_box.addItem(self._describe(question_set), question_set.id)
        if not self._sets:
            self.set_box.addItem(self.tr("No saved sets yet"), None)
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
        minutes = format_minutes(question_set.total_minutes)
        if question_set.occupation_id is not None and self._occupation_title:
            return self.tr("{name} (%n question(s), {minutes} min) · {occupation}", "", count).format(
                name=question_set.name, minutes=minutes, occupation=self._occupation_title
            )
        return self.tr("{name} (%n question(s), {minutes} min)", "", count).format(
            name=question_set.name, minutes=minutes
        )

    # --- actions ------------------------------------------------------------------------------

    def apply_selected(self) -> None:
        question_set = self.selected_set()
        if question_set is None:
            return
        current = self._guard(
            self.tr("Could not read your questions"), lambda: self._repository.list_picked(self._interview.id)
        )
        replace = False
        if current:
            choice = self._prompts.choose(
                self,
                self.tr("Apply question set"),
                self.tr(
                    "You already have %n question(s) picked. Add the questions of “{name}” to them, "
                    "or replace the ones not yet asked?",
                    "",
                    len(current),
                ).format(name=question_set.name),
                [(ADD_CHOICE, self.tr("Add to my list")), (REPLACE_CHOICE, self.tr("Replace unasked questions"))],
            )
            if choice is None:
                return
            replace = choice == REPLACE_CHOICE
        applied = self._guard(
            self.tr("Could not apply the set"),
            lambda: self._repository.apply_set(question_set.id, self._interview.id, replace=replace),
        )
        if applied is not None:
            self.status.emit(self.tr("Applied “{name}”.").format(name=question_set.name))
            self.picked_changed.emit()

    def save_current(self) -> None:
        answer = self._prompts.name_set(self, self._occupation_title if self._occupation_id is not None else "")
        if answer is None:
            return
        name, tie = answer
        occupation_id = self._occupation_id if tie else None
        saved = self._guard(
            self.tr("Could not save the set"),
            lambda: self._repository.save_picked_as_set(self._interview.id, name, occupation_id=occupation_id),
        )
        if saved is not None:
            self.refresh(select_id=saved.id)
            self.status.emit(
                self.tr("Saved “{name}” with %n question(s).", "", len(saved.items)).format(name=saved.name)
            )

    def rename_selected(self) -> None:
        question_set = self.selected_set()
        if question_set is None:
            return
        answer = self._prompts.name_set(self, "", question_set.name)
        if answer is None:
            return
        renamed = self._guard(
            self.tr("Could not rename the set"), lambda: self._repository.rename_set(question_set.id, answer[0])
        )
        if renamed is not None:
            self.refresh(select_id=renamed.id)

    def delete_selected(self) -> None:
        question_set = self.selected_set()
        if question_set is None:
            return
        if not self._prompts.confirm(
            self,
            self.tr("Delete question set"),
            self.tr("Delete the set “{name}”? Interviews that used it keep their questions.").format(
                name=question_set.name
            ),
            self.tr("Delete set"),
        ):
            return
        self._guard(self.tr("Could not delete the set"), lambda: self._repository.delete_set(question_set.id))
        self.refresh()
        self.status.emit(self.tr("Deleted “{name}”.").format(name=question_set.name))

    def export_selected(self) -> None:
        question_set = self.selected_set()
        if question_set is None:
            return
        safe_name = " ".join(re.sub(r"[^\w\- ]+", " ", question_set.name).split())
        suggested = (safe_name or self.tr("question set")) + FILE_SUFFIX
        path = self._prompts.save_file(
            self, self.tr("Export question set"), suggested, tr_label("QuestionSetFile", FILE_FILTER)
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(FILE_SUFFIX)
        occupation = self._repository.occupation_title(question_set.occupation_id)
        try:
            write_set_file(path, question_set, occupation)
        except QuestionSetFileError as exc:
            self._prompts.warn(self, self.tr("Could not export the set"), _tr_message(exc.text))
            return
        self.status.emit(self.tr("Exported “{name}” to {file}.").format(name=question_set.name, file=path.name))

    def import_from_file(self) -> None:
        path = self._prompts.open_file(self, self.tr("Import question set"), tr_label("QuestionSetFile", FILE_FILTER))
        if path is None:
            return
        try:
            question_set, occupation = read_set_file(path)
        except QuestionSetFileError as exc:
            self._prompts.warn(
                self,
                self.tr("Could not import the set"),
                self.tr("{problem}\n\nNothing was imported.").format(problem=_tr_message(exc.text)),
            )
            return
        question_set.occupation_id = self._repository.occupation_id_for_title(occupation)
        # The name the set is kept under when one of that name exists, in the person's language.
        imported_name = self.tr("{name} (imported)").format(name=question_set.name)

        def save_imported() -> QuestionSet:
            existing = {known.name.casefold() for known in self._repository.list_sets()}
            if question_set.name.casefold() in existing:
                question_set.name = imported_name
            return self._repository.create_set(question_set)

        saved = self._guard(self.tr("Could not import the set"), save_imported)
        if saved is not None:
            self.refresh(select_id=saved.id)
            self.status.emit(
                self.tr("Imported “{name}” with %n question(s).", "", len(saved.items)).format(name=saved.name)
            )

    def _guard(self, title: str, action: Callable[[], Result]) -> Result | None:
        """Run one store operation; tell the person, not a traceback, when it fails."""
        try:
            return action()
        except InvalidQuestion as exc:
            self._prompts.warn(self, title, str(exc))
        except NotFound:
            self._prompts.warn(self, title, self.tr("That set or interview no longer exists."))
            self.refresh()
        except Exception as exc:
            log.exception("%s", title)
            self._prompts.warn(
                self, title, self.tr("Your data could not be read or saved ({error}).").format(error=type(exc).__name__)
            )
        return None
