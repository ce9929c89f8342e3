from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from app.core.entities import Contact, Interview, Occupation, QuestionState, Tiara
from app.core.question_bank import BankQuestion
from app.core.question_set_file import FORMAT_MARKER
from app.store.connection import create_store_engine, make_session_factory
from app.store.models import InterviewQuestionRecord
from app.store.question_repository import QuestionRepository
from app.ui.interview.question_picker import QuestionPicker
from app.ui.interview.question_prompts import QuestionPrompts
from app.ui.interview.question_sets_panel import REPLACE_CHOICE
from tests.fakes import installed_translation

BANK = [
    BankQuestion("path", "How did you get into this work?", "Getting in", Tiara.INSIGHTS, 3),
    BankQuestion("day", "Could you walk me through a typical day?", "The work itself", Tiara.INSIGHTS, 3),
    BankQuestion("outlook", "How is the economic outlook?", "The field", Tiara.TRENDS, 2),
    BankQuestion("resume", "What should my résumé show?", "Preparation", Tiara.ADVICE, 4),
    BankQuestion("referral", "Who else should I talk to?", "Closing", Tiara.RESOURCES, 1),
]


class ScriptedPrompts(QuestionPrompts):
    """Answers the picker's questions from lists a test fills in; records what it was told."""

    def __init__(self) -> None:
        self.confirm_answers: list[bool] = []
        self.choices: list[str | None] = []
        self.questions: list[tuple[str, str, str, float] | None] = []
        self.set_names: list[tuple[str, bool] | None] = []
        self.open_paths: list = []
        self.save_paths: list = []
        self.warnings: list[tuple[str, str]] = []
        self.confirmations: list[str] = []

    def open_file(self, parent, title, file_filter):
        return self.open_paths.pop(0)

    def save_file(self, parent, title, suggested_name, file_filter):
        self.suggested_name = suggested_name
        return self.save_paths.pop(0)

    def confirm(self, parent, title, text, accept_label):
        self.confirmations.append(text)
        return self.confirm_answers.pop(0)

    def choose(self, parent, title, text, choices):
        self.offered = choices
        return self.choices.pop(0)

    def warn(self, parent, title, text):
        self.warnings.append((title, text))

    def edit_question(self, parent, question, categories):
        self.edited = question
        return self.questions.pop(0)

    def name_set(self, parent, occupation_title, name=""):
        self.offered_occupation = occupation_title
        return self.set_names.pop(0)


@pytest.fixture
def sessions(store, tmp_path):
    engine = create_store_engine(tmp_path / "infointerview.db")
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def repository(sessions, clock) -> QuestionRepository:
    return QuestionRepository(sessions, clock)


@pytest.fixture
def nurse(store) -> Occupation:
    return store.occupations.add(Occupation("Nurse"))


@pytest.fixture
def interview(store, nurse) -> Interview:
    contact = store.contacts.add(Contact("Grace Hopper"))
    return store.interviews.add(Interview(contact_id=contact.id, occupation_id=nurse.id))


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def make_picker(qtbot, repository, prompts):
    def make(interview: Interview) -> QuestionPicker:
        picker = QuestionPicker(repository, BANK, interview, occupation_title="Nurse", prompts=prompts)
        qtbot.addWidget(picker)
        picker.resize(1024, 768)
        picker.show()
        qtbot.waitExposed(picker)
        return picker

    return make


@pytest.fixture
def picker(make_picker, interview) -> QuestionPicker:
    return make_picker(interview)


def _bank_texts(picker: QuestionPicker) -> list[str]:
    return [question.text for question in picker.bank_pane.shown_questions()]


def _select_bank(picker: QuestionPicker, key: str) -> None:
    picker.bank_pane.select_key(key)
    assert picker.bank_pane.current_question().key == key


def _stored_texts(repository, interview) -> list[str]:
    return [question.text for question in repository.list_picked(interview.id)]


def _pick(qtbot, picker, *keys: str) -> None:
    for key in keys:
        _select_bank(picker, key)
        qtbot.keyClick(picker.bank_pane.view, Qt.Key.Key_Return)


def test_lists_carry_their_accessible_names(picker):
    assert picker.bank_pane.view.accessibleName() == "Question bank"
    assert picker.picked_list.accessibleName() == "Picked questions"


def test_enter_in_the_bank_picks_the_current_question(qtbot, picker, repository, interview):
    _select_bank(picker, "day")

    with qtbot.waitSignal(picker.picked_changed) as changed:
        qtbot.keyClick(picker.bank_pane.view, Qt.Key.Key_Return)

    assert [question.text for question in changed.args[0]] == [BANK[1].text]
    assert _stored_texts(repository, interview) == [BANK[1].text]
    assert picker.picked_list.item(0).text().startswith("1. Could you walk me through a typical day?")
    assert picker.budget_label.text() == "3 of 15 min planned; 5 min kept for closing"
    assert picker.empty_label.isHidden()


def test_double_click_picks_and_a_second_pick_of_the_same_question_is_refused(qtbot, picker, repository, interview):
    _select_bank(picker, "outlook")
    view = picker.bank_pane.view
    rect = view.visualRect(view.currentIndex())

    # A real double-click starts with a click; Qt's item views only act on a double-click that follows one.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _stored_texts(repository, interview) == [BANK[2].text]
    qtbot.keyClick(view, Qt.Key.Key_Enter)

    assert _stored_texts(repository, interview) == [BANK[2].text]
    assert picker.status_label.text() == "That question is already in your list."


def test_the_bank_filters_by_text_category_and_tiara(qtbot, picker):
    qtbot.keyClicks(picker.bank_pane.filter_edit, "RESUME")
    assert _bank_texts(picker) == ["What should my résumé show?"]

    picker.bank_pane.filter_edit.clear()
    category = picker.bank_pane.category_box
    category.setCurrentIndex(category.findData("Closing"))
    assert _bank_texts(picker) == ["Who else should I talk to?"]

    category.setCurrentIndex(0)
    tiara = picker.bank_pane.tiara_box
    tiara.setCurrentIndex(tiara.findData("insights"))
    assert _bank_texts(picker) == [BANK[0].text, BANK[1].text]


def test_from_the_filter_box_enter_picks_the_first_match_and_down_enters_the_list(qtbot, picker, repository, interview):
    box = picker.bank_pane.filter_edit
    box.setFocus()
    qtbot.keyClicks(box, "talk")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert _stored_texts(repository, interview) == [BANK[4].text]

    box.clear()
    qtbot.keyClicks(box, "a")
    shown = picker.bank_pane.shown_questions()
    highlighted = shown.index(picker.bank_pane.current_question())
    qtbot.keyClick(box, Qt.Key.Key_Down)
    view = picker.bank_pane.view
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Up if highlighted == len(shown) - 1 else Qt.Key.Key_Down)
    second = picker.bank_pane.current_question()
    assert second != shown[highlighted]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _stored_texts(repository, interview) == [BANK[4].text, second.text]


def test_a_filter_that_matches_nothing_says_so(qtbot, picker):
    pane = picker.bank_pane
    qtbot.keyClicks(pane.filter_edit, "salary")
    assert _bank_texts(picker) == []
    assert not pane.empty_label.isHidden()
    assert "No question matches “salary”" in pane.empty_label.text()
    assert not pane.pick_button.isEnabled()
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Return)  # nothing to pick: nothing happens
    assert picker.picked_list.count() == 0
    pane.filter_edit.clear()
    assert pane.empty_label.isHidden()
    pane.category_box.setCurrentIndex(pane.category_box.findData("__custom__"))
    assert "no questions of your own yet" in pane.empty_label.text()


def test_a_narrow_bank_gives_the_questions_the_categorys_room(qtbot, picker):
    view = picker.bank_pane.view
    assert not view.isColumnHidden(1)  # 1024 wide: room for every column
    picker.resize(700, 700)
    qtbot.waitUntil(lambda: view.isColumnHidden(1))
    assert view.columnWidth(0) > 200
    picker.resize(1366, 700)
    qtbot.waitUntil(lambda: not view.isColumnHidden(1))


def test_alt_arrows_reorder_and_delete_removes(qtbot, picker, repository, interview):
    _pick(qtbot, picker, "path", "day", "outlook")
    picker.picked_list.setFocus()
    picker.picked_list.setCurrentRow(2)

    qtbot.keyClick(picker.picked_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _stored_texts(repository, interview) == [BANK[0].text, BANK[2].text, BANK[1].text]
    assert picker.picked_list.currentRow() == 1  # the moved question stays current

    qtbot.keyClick(picker.picked_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(picker.picked_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(picker.picked_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _stored_texts(repository, interview) == [BANK[0].text, BANK[1].text, BANK[2].text]

    qtbot.keyClick(picker.picked_list, Qt.Key.Key_Delete)
    assert _stored_texts(repository, interview) == [BANK[0].text, BANK[1].text]
    assert picker.picked_list.count() == 2
    assert picker.picked_list.item(1).text().startswith("2. ")


def test_a_drag_reorder_is_saved(qtbot, picker, repository, interview):
    _pick(qtbot, picker, "path", "day", "outlook")

    from PySide6.QtWidgets import QAbstractItemView

    # Rows can be dragged within the list (and only there)...
    assert picker.picked_list.dragDropMode() is QAbstractItemView.DragDropMode.InternalMove
    # ...and what a drop does to the list's model: move row 0 below the last row.
    assert picker.picked_list.model().moveRow(picker.picked_list.rootIndex(), 0, picker.picked_list.rootIndex(), 3)

    qtbot.waitUntil(lambda: _stored_texts(repository, interview) == [BANK[1].text, BANK[2].text, BANK[0].text])
    assert picker.picked_list.item(0).text().startswith("1. Could you walk me through")


def test_removing_an_asked_question_asks_first(qtbot, picker, prompts, repository, interview, sessions):
    _pick(qtbot, picker, "path")
    with sessions.begin() as session:
        record = session.query(InterviewQuestionRecord).one()
        record.state = QuestionState.ASKED.value
        record.answer = "Started as a volunteer."
    picker.reload_picked()
    picker.picked_list.setCurrentRow(0)

    prompts.confirm_answers = [False]
    qtbot.keyClick(picker.picked_list, Qt.Key.Key_Delete)
    assert _stored_texts(repository, interview) == [BANK[0].text]
    assert "already has notes" in prompts.confirmations[0]

    prompts.confirm_answers = [True]
    qtbot.keyClick(picker.picked_list, Qt.Key.Key_Delete)
    assert _stored_texts(repository, interview) == []
    assert picker.empty_label.isVisibleTo(picker)


def test_the_budget_warns_gently_when_the_plan_does_not_fit(qtbot, picker):
    _pick(qtbot, picker, "path", "day", "outlook", "resume")
    assert picker.budget_label.text() == "12 of 15 min planned; 5 min kept for closing"
    assert picker.budget_warning.isHidden()
    assert picker.budget_bar.value() == picker.budget_bar.maximum() * 12 // 15

    _pick(qtbot, picker, "referral")
    picker.set_planned_minutes(15)
    assert picker.budget_label.text() == "13 of 10 min planned; 5 min kept for closing"
    assert picker.budget_warning.isVisibleTo(picker)
    assert "about 3 min over" in picker.budget_warning.text()
    assert picker.budget_warning.text().startswith("⚠")  # not colour alone
    assert picker.budget_bar.value() == picker.budget_bar.maximum()


def test_own_questions_are_added_edited_and_deleted(qtbot, picker, prompts, repository):
    prompts.questions = [("What surprised you most?", "Mine", "advice", 2.5)]
    with qtbot.waitSignal(picker.custom_questions_changed):
        qtbot.mouseClick(picker.bank_pane.new_button, Qt.MouseButton.LeftButton)
    assert [q.text for q in repository.list_custom()] == ["What surprised you most?"]
    assert picker.bank_pane.current_question().text == "What surprised you most?"
    assert picker.bank_pane.edit_button.isEnabled()

    category = picker.bank_pane.category_box
    category.setCurrentIndex(category.findText("Your own questions"))
    assert _bank_texts(picker) == ["What surprised you most?"]
    assert picker.bank_pane.model.index(0, 0).data().startswith("✎ ")

    prompts.questions = [("What surprised you in year one?", "Mine", "trends", 1)]
    qtbot.mouseClick(picker.bank_pane.edit_button, Qt.MouseButton.LeftButton)
    assert prompts.edited.text == "What surprised you most?"
    assert [(q.text, q.tiara) for q in repository.list_custom()] == [("What surprised you in year one?", Tiara.TRENDS)]

    prompts.confirm_answers = [True]
    qtbot.mouseClick(picker.bank_pane.delete_button, Qt.MouseButton.LeftButton)
    assert repository.list_custom() == []
    assert _bank_texts(picker) == []


def test_a_bad_own_question_is_refused_with_a_message(qtbot, picker, prompts, repository):
    prompts.questions = [("has a \x00 NUL", "Mine", "advice", 2)]
    qtbot.mouseClick(picker.bank_pane.new_button, Qt.MouseButton.LeftButton)

    assert repository.list_custom() == []
    assert "control characters" in prompts.warnings[0][1]


def test_built_in_questions_cannot_be_edited_or_deleted(picker):
    _select_bank(picker, "day")
    assert not picker.bank_pane.edit_button.isEnabled()
    assert not picker.bank_pane.delete_button.isEnabled()


def test_save_a_set_and_apply_it_to_the_next_interview(qtbot, picker, prompts, make_picker, store, repository):
    _pick(qtbot, picker, "path", "outlook")
    prompts.set_names = [("Nurse starter", True)]
    qtbot.mouseClick(picker.sets_panel.save_button, Qt.MouseButton.LeftButton)
    assert prompts.offered_occupation == "Nurse"
    (saved,) = repository.list_sets()
    assert saved.name == "Nurse starter" and saved.occupation_id == picker._interview.occupation_id

    other = store.interviews.add(Interview(contact_id=picker._interview.contact_id))
    second = make_picker(other)
    second.pick(BANK[4])
    assert second.sets_panel.set_box.currentText().startswith("Nurse starter")

    prompts.choices = [REPLACE_CHOICE]
    qtbot.mouseClick(second.sets_panel.apply_button, Qt.MouseButton.LeftButton)
    assert _stored_texts(repository, other) == [BANK[0].text, BANK[2].text]
    assert second.picked_list.count() == 2


def test_export_then_import_a_set_file(qtbot, picker, prompts, repository, tmp_path):
    _pick(qtbot, picker, "day", "referral")
    prompts.set_names = [("Workshop — set", False)]
    picker.sets_panel.save_current()

    prompts.save_paths = [tmp_path / "handout"]
    picker.sets_panel.export_action.trigger()
    document = json.loads((tmp_path / "handout.json").read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_MARKER
    assert [q["text"] for q in document["questions"]] == [BANK[1].text, BANK[4].text]
    assert prompts.suggested_name == "Workshop set.json"

    prompts.open_paths = [tmp_path / "handout.json"]
    picker.sets_panel.import_from_file()
    names = sorted(question_set.name for question_set in repository.list_sets())
    assert names == ["Workshop — set", "Workshop — set (imported)"]
    assert picker.sets_panel.set_box.currentText().startswith("Workshop — set (imported)")


@pytest.mark.parametrize(
    "content",
    [b"{oops", json.dumps({"format": "someone-else", "version": 1}).encode(), b"\x00\x01\x02"],
)
def test_a_malformed_or_foreign_file_imports_nothing(picker, prompts, repository, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    prompts.open_paths = [path]

    picker.sets_panel.import_from_file()

    assert repository.list_sets() == []
    title, message = prompts.warnings[0]
    assert title == "Could not import the set"
    assert "Nothing was imported." in message


def test_rename_and_delete_a_set(qtbot, picker, prompts, repository):
    _pick(qtbot, picker, "day")
    prompts.set_names = [("Old", False), ("New name", False)]
    picker.sets_panel.save_current()

    picker.sets_panel.rename_action.trigger()
    assert [s.name for s in repository.list_sets()] == ["New name"]

    prompts.confirm_answers = [True]
    picker.sets_panel.delete_action.trigger()
    assert repository.list_sets() == []
    assert not picker.sets_panel.apply_button.isEnabled()
    assert picker.sets_panel.set_box.currentText() == "No saved sets yet"


def test_fits_a_projector_screen(picker):
    hint = picker.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700


def test_a_failing_store_gives_a_message_and_the_list_stays_as_it_was(qtbot, picker, prompts, monkeypatch):
    from sqlalchemy.exc import OperationalError

    _pick(qtbot, picker, "path")

    def disk_full(*_args, **_kwargs):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(picker._repository, "pick", disk_full)
    _pick(qtbot, picker, "day")

    title, message = prompts.warnings[0]
    assert title == "Could not pick the question"
    assert "could not be read or saved" in message
    assert [question.text for question in picker.picked()] == [BANK[0].text]


SPANISH = {
    ("Tiara", "Insights"): "Perspectivas",
    ("TimeBudget", "{picked} of {available} min planned; %n min kept for closing"): (
        "{picked} de {available} min previstos; %n min para cerrar"
    ),
    ("QuestionPicker", "{number}. {text}"): "{number}) {text}",
    ("QuestionSetsPanel", "{name} (%n question(s), {minutes} min) · {occupation}"): lambda n: (
        "{name} (%n pregunta, {minutes} min) · {occupation}"
        if n == 1
        else "{name} (%n preguntas, {minutes} min) · {occupation}"
    ),
    ("QuestionSetsPanel", "Add to my list"): "Añadir a mi lista",
    ("QuestionSetsPanel", "Replace unasked questions"): "Sustituir las no hechas",
    ("QuestionSetsPanel", "{problem}\n\nNothing was imported."): "{problem}\n\nNo se importó nada.",
    ("QuestionSetFile", "{file}: question {number}: {problem}."): "{file}: pregunta {number}: {problem}.",
    ("QuestionBank", "the TIARA tag {tag} is not one of: {choices}"): "la etiqueta TIARA {tag} no es una de: {choices}",
}


@pytest.fixture
def spanish(qapp):
    with installed_translation(SPANISH):
        yield


def test_the_picker_speaks_the_persons_language(qtbot, spanish, make_picker, interview, prompts):
    picker = make_picker(interview)
    tiara = picker.bank_pane.tiara_box
    assert tiara.itemText(tiara.findData("insights")) == "Perspectivas"

    _pick(qtbot, picker, "path")

    first, details = picker.picked_list.item(0).text().split("\n")
    assert first == "1) How did you get into this work?"
    assert "Perspectivas" in details
    assert picker.budget_label.text() == "3 de 15 min previstos; 5 min para cerrar"


def test_a_set_is_described_with_the_plural_its_count_needs(qtbot, spanish, picker, prompts):
    _pick(qtbot, picker, "path")
    prompts.set_names = [("Uno", True)]
    picker.sets_panel.save_current()
    assert picker.sets_panel.set_box.currentText() == "Uno (1 pregunta, 3 min) · Nurse"

    _pick(qtbot, picker, "day")
    prompts.set_names = [("Dos", True)]
    picker.sets_panel.save_current()
    assert picker.sets_panel.set_box.currentText() == "Dos (2 preguntas, 6 min) · Nurse"


def test_applying_a_set_acts_on_the_choice_not_on_its_translated_label(
    qtbot, spanish, picker, prompts, make_picker, store, repository
):
    _pick(qtbot, picker, "path", "outlook")
    prompts.set_names = [("Starter", True)]
    picker.sets_panel.save_current()
    other = store.interviews.add(Interview(contact_id=picker._interview.contact_id))
    second = make_picker(other)
    second.pick(BANK[4])

    prompts.choices = [REPLACE_CHOICE]
    second.sets_panel.apply_selected()

    assert [label for _key, label in prompts.offered] == ["Añadir a mi lista", "Sustituir las no hechas"]
    assert _stored_texts(repository, other) == [BANK[0].text, BANK[2].text]


def test_a_refused_file_is_explained_in_the_persons_language_down_to_the_reason(spanish, picker, prompts, tmp_path):
    path = tmp_path / "taller.json"
    path.write_text(
        json.dumps(
            {"format": FORMAT_MARKER, "version": 1, "name": "Taller", "questions": [{"text": "¿Y?", "tiara": "gossip"}]}
        ),
        encoding="utf-8",
    )
    prompts.open_paths = [path]

    picker.sets_panel.import_from_file()

    _title, message = prompts.warnings[0]
    assert message.startswith("taller.json: pregunta 1: la etiqueta TIARA 'gossip' no es una de: trends, ")
    assert message.endswith(".\n\nNo se importó nada.")


def test_the_real_prompt_returns_the_key_of_the_button_clicked(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)

    def click(label):
        def exec_(box):
            next(button for button in box.buttons() if button.text() == label).click()
            return 0

        return exec_

    choices = [("add", "Añadir"), ("replace", "Sustituir")]
    monkeypatch.setattr(QMessageBox, "exec", click("Sustituir"))
    assert QuestionPrompts().choose(parent, "Aplicar", "¿Qué hago?", choices) == "replace"
    monkeypatch.setattr(QMessageBox, "exec", click("Cancel"))
    assert QuestionPrompts().choose(parent, "Aplicar", "¿Qué hago?", choices) is None
