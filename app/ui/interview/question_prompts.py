"""The small questions the picker asks a person: which file, what name, are you sure.

Every dialog the picker opens goes through one QuestionPrompts object, so tests hand the picker
a scripted one and no real dialog ever opens during the suite.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.question_bank import BankQuestion


class QuestionPrompts:
    def open_file(self, parent: QWidget, title: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
        return Path(name) if name else None

    def save_file(self, parent: QWidget, title: str, suggested_name: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested_name), file_filter)
        return Path(name) if name else None

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def choose(self, parent: QWidget, title: str, text: str, choices: list[tuple[str, str]]) -> str | None:
        """The key of one of ``choices``, given as (key, button label) with the first the default, or
        None for Cancel. The key is what the caller acts on; the label is only shown."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        buttons = {key: box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for key, label in choices}
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[choices[0][0]])
        box.exec()
        clicked = box.clickedButton()
        return next((key for key, button in buttons.items() if button is clicked), None)

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def edit_question(
        self, parent: QWidget, question: BankQuestion | None, categories: list[str]
    ) -> tuple[str, str, str, float] | None:
        """(text, category, tiara, minutes) for a new or edited question of the user's, or None."""
        from app.ui.interview.custom_question_dialog import CustomQuestionDialog

        dialog = CustomQuestionDialog(categories, question, parent)
        return dialog.values() if dialog.exec() else None

    def name_set(self, parent: QWidget, occupation_title: str, name: str = "") -> tuple[str, bool] | None:
        """(name, tie to the occupation) for a set being saved or renamed, or None."""
        from app.ui.interview.question_set_dialog import SaveSetDialog

        dialog = SaveSetDialog(occupation_title, name, parent)
        return dialog.values() if dialog.exec() else None
