"""Add or edit one of the user's own questions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.entities import Tiara
from app.core.job_wording import check as job_wording
from app.core.question_bank import MAX_MINUTES, MIN_MINUTES, BankQuestion, question_field_problems
from app.ui.interview.question_bank_pane import tiara_label
from app.ui.widgets.i18n import tr_text

# The check reads this much of the text; a question is far shorter, a huge paste is refused anyway.
CHECKED_LENGTH = 4000


class CustomQuestionDialog(QDialog):
    def __init__(self, categories: list[str], question: BankQuestion | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit your question") if question else self.tr("New question"))
        self.setMinimumWidth(460)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Question text"))
        self.text_edit.setPlaceholderText(self.tr("What would you like to ask?"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(90)

        self.category_box = QComboBox()
        self.category_box.setEditable(True)
        self.category_box.setAccessibleName(self.tr("Category"))
        self.category_box.lineEdit().setAccessibleName(self.tr("Category"))  # where the typing goes
        # The category offered first; what the person keeps is stored as they see it.
        names = list(dict.fromkeys([self.tr("My questions"), *categories]))
        self.category_box.addItems(names)

        self.tiara_box = QComboBox()
        self.tiara_box.setAccessibleName(self.tr("TIARA tag"))
        for tag in Tiara:
            self.tiara_box.addItem(tiara_label(tag), tag.value)

        self.minutes_box = QDoubleSpinBox()
        self.minutes_box.setAccessibleName(self.tr("Minutes estimate"))
        self.minutes_box.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_box.setSingleStep(0.5)
        self.minutes_box.setDecimals(1)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.minutes_box.setValue(2.0)

        # A gentle note when the question asks for a job; it never stops the question being saved.
        self.job_wording_note = QLabel()
        self.job_wording_note.setWordWrap(True)
        self.job_wording_note.setObjectName("gentleNote")
        self.job_wording_note.hide()
        self.text_edit.textChanged.connect(self._check_job_wording)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("formProblem")
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Question:"), self.text_edit)
        form.addRow(self.tr("&Category:"), self.category_box)
        form.addRow(self.tr("&TIARA tag:"), self.tiara_box)
        form.addRow(self.tr("&Minutes:"), self.minutes_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.job_wording_note)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

        if question is not None:
            self.text_edit.setPlainText(question.text)
            self.category_box.setCurrentText(question.category)
            self.tiara_box.setCurrentIndex(self.tiara_box.findData(Tiara(question.tiara).value))
            self.minutes_box.setValue(question.minutes)
        else:
            self.tiara_box.setCurrentIndex(self.tiara_box.findData(Tiara.INSIGHTS.value))

    def _check_job_wording(self) -> None:
        words = self.text_edit.toPlainText()[:CHECKED_LENGTH]
        flags = job_wording(words)
        if not flags:
            self.job_wording_note.hide()
            self.job_wording_note.clear()
            return
        first = flags[0]
        self.job_wording_note.setText(
            self.tr("A gentle note on “{words}”: {why} You can still keep the question as it is.").format(
                words=words[first.start : first.end], why=tr_text(first.reason)
            )
        )
        self.job_wording_note.show()

    def values(self) -> tuple[str, str, str, float]:
        return (
            self.text_edit.toPlainText(),
            self.category_box.currentText(),
            self.tiara_box.currentData(),
            self.minutes_box.value(),
        )

    def accept(self) -> None:
        problems = question_field_problems(*self.values())
        if problems:
            message = "; ".join(tr_text(problem) for problem in problems)
            self.problem_label.setText("⚠ " + message[0].upper() + message[1:] + ".")
            self.problem_label.show()
            self.text_edit.setFocus()
            return
        super().accept()
