from __future__ import annotations

import pytest

from app.core.entities import Contact, Interview, Occupation, QuestionState, Tiara
from app.core.question_bank import BankQuestion
from app.core.question_sets import QuestionSet, QuestionSetItem
from app.store.connection import create_store_engine, make_session_factory
from app.store.models import InterviewQuestionRecord
from app.store.question_repository import AlreadyPicked, InvalidQuestion, QuestionRepository
from app.store.repositories import NotFound

DAY = BankQuestion("typical-day", "Could you walk me through a typical day?", "Work", Tiara.INSIGHTS, 3)
SKILLS = BankQuestion("skills", "Which three skills do you use most?", "Work", Tiara.INSIGHTS, 2)
OUTLOOK = BankQuestion("outlook", "How is the outlook?", "Future", Tiara.TRENDS, 2)
REFERRAL = BankQuestion("referral", "Who else should I talk to?", "Closing", Tiara.RESOURCES, 1)


@pytest.fixture
def engine(store, tmp_path):
    engine = create_store_engine(tmp_path / "infointerview.db")
    yield engine
    engine.dispose()


@pytest.fixture
def questions(engine, clock) -> QuestionRepository:
    return QuestionRepository(make_session_factory(engine), clock)


@pytest.fixture
def nurse(store) -> Occupation:
    return store.occupations.add(Occupation("Nurse"))


@pytest.fixture
def interview(store, nurse) -> Interview:
    contact = store.contacts.add(Contact("Ada Lovelace"))
    return store.interviews.add(Interview(contact_id=contact.id, occupation_id=nurse.id))


def _texts(picked) -> list[str]:
    return [question.text for question in picked]


def test_picking_copies_the_question_and_appends_it(questions, interview):
    first = questions.pick(interview.id, DAY)
    second = questions.pick(interview.id, OUTLOOK)

    assert first.position == 0 and second.position == 1
    assert second.text == OUTLOOK.text
    assert second.category == "Future" and second.tiara is Tiara.TRENDS and second.minutes == 2
    assert second.state is QuestionState.PENDING
    assert first.question_id is not None
    assert questions.list_picked(interview.id) == [first, second]


def test_picking_the_same_question_twice_is_refused_with_the_existing_one(questions, interview):
    first = questions.pick(interview.id, DAY)
    twin = BankQuestion("other", "  could you WALK me through a typical   day? ", "X", Tiara.ADVICE, 1)

    with pytest.raises(AlreadyPicked) as raised:
        questions.pick(interview.id, twin)

    assert raised.value.existing == first
    assert len(questions.list_picked(interview.id)) == 1


def test_picking_for_a_missing_interview_says_not_found(questions):
    with pytest.raises(NotFound):
        questions.pick(12345, DAY)


def test_move_reorder_and_remove_keep_positions_contiguous(questions, interview):
    for question in (DAY, SKILLS, OUTLOOK, REFERRAL):
        questions.pick(interview.id, question)
    picked = questions.list_picked(interview.id)

    moved = questions.move(picked[3].id, -1)
    assert _texts(moved) == [DAY.text, SKILLS.text, REFERRAL.text, OUTLOOK.text]
    assert questions.move(picked[0].id, -1) == moved  # already at the top: nothing changes
    assert _texts(questions.move(picked[0].id, 10))[-1] == DAY.text

    ids = [question.id for question in reversed(picked)]
    reordered = questions.reorder(interview.id, ids)
    assert [question.id for question in reordered] == ids
    assert [question.position for question in reordered] == [0, 1, 2, 3]

    remaining = questions.remove(ids[1])
    assert _texts(remaining) == [REFERRAL.text, SKILLS.text, DAY.text]
    assert [question.position for question in questions.list_picked(interview.id)] == [0, 1, 2]


def test_reorder_must_name_every_picked_question_once(questions, interview):
    a = questions.pick(interview.id, DAY)
    questions.pick(interview.id, SKILLS)

    with pytest.raises(ValueError, match="each picked question"):
        questions.reorder(interview.id, [a.id, a.id])
    assert _texts(questions.list_picked(interview.id)) == [DAY.text, SKILLS.text]


def test_custom_questions_are_added_edited_and_deleted(questions, interview):
    mine = questions.add_custom("  What surprised you\nmost?  ", "My own", "advice", 2.5)
    assert mine.is_custom and mine.key == f"custom-{mine.id}"
    assert mine.text == "What surprised you most?"
    assert questions.list_custom() == [mine]

    edited = questions.update_custom(BankQuestion(mine.key, "What surprised you?", "Mine", Tiara.TRENDS, 1, id=mine.id))
    assert questions.list_custom() == [edited]
    assert edited.category == "Mine" and edited.tiara is Tiara.TRENDS

    picked = questions.pick(interview.id, edited)
    assert picked.question_id == mine.id
    questions.delete_custom(mine.id)

    assert questions.list_custom() == []
    kept = questions.list_picked(interview.id)
    assert kept[0].text == "What surprised you?" and kept[0].question_id is None


def test_bad_custom_questions_are_refused_with_a_reason(questions):
    with pytest.raises(InvalidQuestion, match="text is empty"):
        questions.add_custom("   ", "Mine", "advice", 2)
    with pytest.raises(InvalidQuestion, match="control characters"):
        questions.add_custom("nul\x00here", "Mine", "advice", 2)
    with pytest.raises(InvalidQuestion, match="TIARA"):
        questions.add_custom("Fine?", "Mine", "nonsense", 2)
    with pytest.raises(NotFound):
        questions.update_custom(DAY)
    assert questions.list_custom() == []


def test_odd_text_is_stored_intact(questions, interview):
    text = "¿Qué te motiva? 😀 — מה מניע אותך? " + "é" * 900
    mine = questions.add_custom(text, "Ünïcode", "insights", 2)
    picked = questions.pick(interview.id, mine)
    assert questions.list_picked(interview.id)[0].text == picked.text == text.strip()


def test_saved_sets_round_trip_and_apply_without_duplicates(questions, interview, store, nurse):
    for question in (DAY, OUTLOOK):
        questions.pick(interview.id, question)
    saved = questions.save_picked_as_set(interview.id, "  Nurse   starter ", occupation_id=nurse.id)
    assert saved.name == "Nurse starter"
    assert [item.text for item in saved.items] == [DAY.text, OUTLOOK.text]
    assert saved.occupation_id == nurse.id
    assert saved.total_minutes == 5

    other = store.interviews.add(Interview(contact_id=interview.contact_id))
    questions.pick(other.id, OUTLOOK)
    applied = questions.apply_set(saved.id, other.id)
    assert _texts(applied) == [OUTLOOK.text, DAY.text]
    assert _texts(questions.list_picked(other.id)) == [OUTLOOK.text, DAY.text]


def test_apply_with_replace_keeps_what_was_already_asked_or_answered(questions, interview, engine):
    kept = questions.pick(interview.id, SKILLS)
    questions.pick(interview.id, REFERRAL)
    with make_session_factory(engine).begin() as session:
        session.get(InterviewQuestionRecord, kept.id).state = QuestionState.ASKED.value
    question_set = questions.create_set(QuestionSet("Short", [QuestionSetItem(DAY.text, "Work", Tiara.INSIGHTS, 3)]))

    applied = questions.apply_set(question_set.id, interview.id, replace=True)

    assert _texts(applied) == [SKILLS.text, DAY.text]
    assert [question.position for question in applied] == [0, 1]


def test_sets_are_listed_for_an_occupation_with_general_ones_after(questions, store, nurse):
    welder = store.occupations.add(Occupation("Welder"))
    item = [QuestionSetItem("Why?", "General", Tiara.INSIGHTS, 1)]
    general = questions.create_set(QuestionSet("any occupation", item))
    mine = questions.create_set(QuestionSet("Zeta nurse set", item, occupation_id=nurse.id))
    theirs = questions.create_set(QuestionSet("Alpha welder set", item, occupation_id=welder.id))

    assert [s.id for s in questions.list_sets(nurse.id)] == [mine.id, general.id]
    assert [s.id for s in questions.list_sets()] == [theirs.id, general.id, mine.id]


def test_sets_are_renamed_and_deleted(questions):
    created = questions.create_set(QuestionSet("Old", [QuestionSetItem("Why?", "G", Tiara.ADVICE, 1)]))

    renamed = questions.rename_set(created.id, "New")
    assert questions.get_set(created.id) == renamed
    assert renamed.name == "New" and renamed.items == created.items

    with pytest.raises(InvalidQuestion, match="name"):
        questions.rename_set(created.id, "   ")
    questions.delete_set(created.id)
    assert questions.list_sets() == []
    with pytest.raises(NotFound):
        questions.get_set(created.id)


def test_saving_an_empty_pick_as_a_set_is_refused(questions, interview):
    with pytest.raises(InvalidQuestion, match="Pick some questions first"):
        questions.save_picked_as_set(interview.id, "Empty")
    assert questions.list_sets() == []


def test_occupation_titles_for_set_files(questions, nurse):
    assert questions.occupation_title(nurse.id) == "Nurse"
    assert questions.occupation_id_for_title("  nurse ") == nurse.id
    assert questions.occupation_id_for_title("Astronaut") is None


def test_replacing_with_a_set_never_takes_off_a_question_answered_asked_or_skipped(questions, interview, store):
    answered = questions.pick(interview.id, SKILLS)
    asked = questions.pick(interview.id, REFERRAL)
    skipped = questions.pick(interview.id, OUTLOOK)
    questions.pick(interview.id, DAY)  # untouched: the only one replace may take off
    store.content.save_answer(interview.id, answered.id, "Listening, triage, charting.")
    store.content.set_state(interview.id, asked.id, QuestionState.ASKED)
    store.content.set_state(interview.id, skipped.id, QuestionState.SKIPPED)
    surprise = QuestionSetItem("What surprised you most?", "Work", Tiara.INSIGHTS, 2)
    same_as_answered = QuestionSetItem(SKILLS.text.upper(), "Work", Tiara.INSIGHTS, 2)
    question_set = questions.create_set(QuestionSet("Follow-up", [same_as_answered, surprise]))

    applied = questions.apply_set(question_set.id, interview.id, replace=True)

    assert _texts(applied) == [SKILLS.text, REFERRAL.text, OUTLOOK.text, surprise.text]
    kept = {question.id: question for question in questions.list_picked(interview.id)}
    assert kept[answered.id].answer == "Listening, triage, charting."
    assert kept[asked.id].state == QuestionState.ASKED
    assert kept[skipped.id].state == QuestionState.SKIPPED
    assert [question.position for question in applied] == [0, 1, 2, 3]
