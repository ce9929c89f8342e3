from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.core.entities import Tiara
from app.core.question_bank import BankQuestion
from app.ui.interview.custom_question_dialog import CustomQuestionDialog
from app.ui.interview.question_set_dialog import SaveSetDialog
from tests.fakes import installed_translation


def test_the_question_dialog_returns_what_was_typed(qtbot):
    dialog = CustomQuestionDialog(["Work", "Closing"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.text_edit, "What would you change?")
    dialog.category_box.setCurrentText("Work")
    dialog.tiara_box.setCurrentIndex(dialog.tiara_box.findData("advice"))
    dialog.minutes_box.setValue(2.5)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("What would you change?", "Work", "advice", 2.5)


def test_editing_starts_from_the_question(qtbot):
    question = BankQuestion("custom-3", "Mine?", "Own", Tiara.TRENDS, 1.5, id=3)
    dialog = CustomQuestionDialog([], question)
    qtbot.addWidget(dialog)
    assert dialog.values() == ("Mine?", "Own", "trends", 1.5)
    assert dialog.windowTitle() == "Edit your question"


def test_a_huge_paste_or_empty_text_is_refused_in_the_dialog_and_kept(qtbot):
    dialog = CustomQuestionDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "text is empty" in dialog.problem_label.text()

    huge = "مرحبا 😀 " * 120_000  # about 1 MB
    dialog.text_edit.setPlainText(huge)
    dialog.accept()
    assert dialog.isVisible()
    assert "the limit is 1000" in dialog.problem_label.text()
    assert dialog.text_edit.toPlainText() == huge  # nothing typed is lost


def test_the_set_dialog_offers_the_occupation_only_when_saving(qtbot):
    saving = SaveSetDialog("Nurse")
    qtbot.addWidget(saving)
    qtbot.keyClicks(saving.name_edit, "Nurse starter")
    assert saving.values() == ("Nurse starter", True)
    saving.tie_box.setChecked(False)
    assert saving.values() == ("Nurse starter", False)

    renaming = SaveSetDialog("Nurse", "Old name")
    qtbot.addWidget(renaming)
    assert renaming.values() == ("Old name", False)

    general = SaveSetDialog("")
    qtbot.addWidget(general)
    general.show()
    qtbot.keyClick(general.name_edit, Qt.Key.Key_Return)
    assert general.isVisible()
    assert "Give the set a name" in general.problem_label.text()


SPANISH = {
    ("Tiara", "Advice"): "Consejos",
    ("QuestionBank", "the question text is empty"): "el texto de la pregunta está vacío",
    ("QuestionBank", "the category is empty"): "la categoría está vacía",
}


def test_the_question_dialog_speaks_the_persons_language(qtbot):
    with installed_translation(SPANISH):
        dialog = CustomQuestionDialog([])
        qtbot.addWidget(dialog)
        assert dialog.tiara_box.itemText(dialog.tiara_box.findData("advice")) == "Consejos"
        dialog.category_box.setCurrentText(" ")
        dialog.accept()
        assert dialog.problem_label.text() == "⚠ El texto de la pregunta está vacío; la categoría está vacía."


def test_a_question_asking_for_a_job_gets_a_gentle_note_and_can_still_be_saved(qtbot):
    dialog = CustomQuestionDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text_edit, "How did you get this job?")
    assert not dialog.job_wording_note.isVisible()

    dialog.text_edit.setFocus()
    dialog.text_edit.setPlainText("Are you hiring at the moment?")
    assert dialog.job_wording_note.isVisible()
    note = dialog.job_wording_note.text()
    assert "“Are you hiring at the moment”" in note and "not a job request" in note
    assert dialog.focusWidget() is dialog.text_edit  # nothing takes the keyboard

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()[0] == "Are you hiring at the moment?"


def test_the_note_goes_when_the_wording_is_changed(qtbot):
    dialog = CustomQuestionDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_edit.setPlainText("Could you pass on my résumé?")
    assert dialog.job_wording_note.isVisible()
    dialog.text_edit.setPlainText("Who else should I talk to?")
    assert not dialog.job_wording_note.isVisible()
    assert dialog.job_wording_note.text() == ""
