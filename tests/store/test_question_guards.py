"""The user's own questions, the questions picked for an interview and saved sets, as the question
pages see them: every field kept, lists in their order, and each refusal said in words.
"""

from __future__ import annotations

import pytest

from app.core.entities import Contact, Interview, Occupation, PickedQuestion, QuestionState, Tiara
from app.core.errors import AlreadyPicked, InvalidQuestion, NotFound
from app.core.question_bank import BankQuestion
from app.core.question_sets import MAX_SET_QUESTIONS, QuestionSet, QuestionSetItem


def _interview(store, title="Urban planner"):
    occupation = store.occupations.add(Occupation(title))
    contact = store.contacts.add(Contact("Ana Lima"))
    return store.interviews.add(Interview(contact_id=contact.id, occupation_id=occupation.id))


def _builtin(key="trend-1", text="What is changing in your field?", tiara=Tiara.TRENDS, minutes=3.0) -> BankQuestion:
    return BankQuestion(key=key, text=text, category="Trends", tiara=tiara, minutes=minutes)


# ---- the user's own questions ------------------------------------------------------------------


def test_own_questions_keep_every_field_tidied_and_are_listed_in_the_order_added(store):
    first = store.questions.add_custom("  How did   you start? ", " Path  in ", "ADVICE", 2.5)
    second = store.questions.add_custom("What would you change?", "Reflection", Tiara.ASSIGNMENTS, 4)
    assert first == BankQuestion(
        key=f"custom-{first.id}",
        text="How did you start?",
        category="Path in",
        tiara=Tiara.ADVICE,
        minutes=2.5,
        id=first.id,
    )
    assert second.minutes == 4.0 and isinstance(second.minutes, float)
    interview = _interview(store)
    store.questions.pick(interview.id, _builtin())  # a built-in question used once is not an own question
    assert store.questions.list_custom() == [first, second]


def test_an_own_question_is_updated_and_deleted_and_unknown_ones_are_not_found(store):
    question = store.questions.add_custom("How did you start?", "Path in", Tiara.ADVICE, 2)
    changed = store.questions.update_custom(
        BankQuestion(question.key, " Why this work? ", "Motive", Tiara.INSIGHTS, 1.5, id=question.id)
    )
    assert changed == BankQuestion(question.key, "Why this work?", "Motive", Tiara.INSIGHTS, 1.5, id=question.id)
    assert store.questions.list_custom() == [changed]
    store.questions.delete_custom(question.id)
    assert store.questions.list_custom() == []
    with pytest.raises(NotFound, match=f"custom question {question.id}"):
        store.questions.delete_custom(question.id)
    with pytest.raises(NotFound, match="custom question None"):
        store.questions.update_custom(BankQuestion("x", "Text", "Cat", Tiara.ADVICE, 2))


def test_a_built_in_question_is_not_an_own_question_to_edit(store):
    interview = _interview(store)
    picked = store.questions.pick(interview.id, _builtin())
    with pytest.raises(NotFound, match="custom question"):
        store.questions.delete_custom(picked.question_id)


def test_a_question_with_bad_fields_is_refused_with_every_problem_in_one_sentence(store):
    with pytest.raises(InvalidQuestion) as refused:
        store.questions.add_custom("", "", "nope", 99)
    assert str(refused.value) == (
        "The question text is empty; the category is empty; the TIARA tag 'nope' is not one of: trends, insights,"
        " advice, resources, assignments; the minutes estimate 99 is outside 0.5–20."
    )
    assert store.questions.list_custom() == []


# ---- picked questions --------------------------------------------------------------------------


def test_picking_copies_the_question_to_the_end_of_the_list(store):
    interview = _interview(store)
    own = store.questions.add_custom("How did you start?", "Path in", Tiara.ADVICE, 2)
    first = store.questions.pick(interview.id, _builtin())
    second = store.questions.pick(interview.id, own)
    assert first == PickedQuestion(
        interview.id,
        "What is changing in your field?",
        0,
        category="Trends",
        tiara=Tiara.TRENDS,
        minutes=3.0,
        state=QuestionState.PENDING,
        question_id=first.question_id,
        id=first.id,
    )
    assert first.question_id is not None
    assert (second.position, second.question_id, second.tiara) == (1, own.id, Tiara.ADVICE)
    assert store.questions.list_picked(interview.id) == [first, second]


def test_a_built_in_question_picked_twice_is_one_bank_row(store):
    one = _interview(store)
    two = _interview(store, title="Nurse")
    first = store.questions.pick(one.id, _builtin())
    second = store.questions.pick(two.id, _builtin(text="What is changing in your field today?"))
    other = store.questions.pick(two.id, _builtin(key="trend-2", text="Where is it going?"))
    assert first.question_id == second.question_id
    assert other.question_id != first.question_id


def test_a_question_whose_bank_row_is_gone_is_picked_without_a_link(store):
    interview = _interview(store)
    gone = BankQuestion("custom-999", "Lost question", "Cat", Tiara.ADVICE, 2, id=999)
    assert store.questions.pick(interview.id, gone).question_id is None


def test_the_same_question_twice_is_refused_carrying_the_one_already_there(store):
    interview = _interview(store)
    first = store.questions.pick(interview.id, _builtin())
    with pytest.raises(AlreadyPicked) as refused:
        store.questions.pick(interview.id, _builtin(key="other", text="  what is CHANGING in your   field? "))
    assert refused.value.existing == first
    assert str(refused.value) == "That question is already in your list."
    assert store.questions.list_picked(interview.id) == [first]


def test_picking_for_an_unknown_interview_is_not_found(store):
    with pytest.raises(NotFound, match="interview 404"):
        store.questions.pick(404, _builtin())


def _three(store):
    interview = _interview(store)
    picked = [store.questions.pick(interview.id, _builtin(key=f"q{n}", text=f"Question {n}?")) for n in range(3)]
    return interview, [question.id for question in picked]


def test_moving_a_question_stops_at_either_end(store):
    interview, (a, b, c) = _three(store)
    assert [q.id for q in store.questions.move(a, 1)] == [b, a, c]
    assert [q.id for q in store.questions.move(a, 5)] == [b, c, a]
    assert [q.id for q in store.questions.move(a, -9)] == [a, b, c]
    listed = store.questions.list_picked(interview.id)
    assert [(q.id, q.position) for q in listed] == [(a, 0), (b, 1), (c, 2)]
    with pytest.raises(NotFound, match="picked question 999"):
        store.questions.move(999, 1)


def test_reordering_needs_every_question_once(store):
    interview, (a, b, c) = _three(store)
    assert [(q.id, q.position) for q in store.questions.reorder(interview.id, [c, a, b])] == [(c, 0), (a, 1), (b, 2)]
    assert [q.id for q in store.questions.list_picked(interview.id)] == [c, a, b]
    with pytest.raises(ValueError, match=r"^the new order must name each picked question of the interview once$"):
        store.questions.reorder(interview.id, [c, a])
    assert [q.id for q in store.questions.list_picked(interview.id)] == [c, a, b]


def test_removing_a_question_closes_the_gap(store):
    interview, (a, b, c) = _three(store)
    assert [(q.id, q.position) for q in store.questions.remove(a)] == [(b, 0), (c, 1)]
    assert [q.id for q in store.questions.list_picked(interview.id)] == [b, c]
    with pytest.raises(NotFound, match=f"picked question {a}"):
        store.questions.remove(a)


# ---- saved sets --------------------------------------------------------------------------------


def _items(*texts, question_id=None):
    return [QuestionSetItem(text, "Cat", Tiara.RESOURCES, 1.5, question_id) for text in texts]


def test_a_set_keeps_its_items_in_order_with_every_field(store):
    occupation = store.occupations.add(Occupation("Nurse"))
    own = store.questions.add_custom("How did you start?", "Path in", Tiara.ADVICE, 2)
    items = [
        QuestionSetItem("  Second   question? ", " Cat ", Tiara.TRENDS, 3, own.id),
        QuestionSetItem("First question?", "Other", Tiara.ASSIGNMENTS, 0.5, 999),  # 999 no longer exists
    ]
    saved = store.questions.create_set(QuestionSet("  My   set ", items, occupation_id=occupation.id))
    assert saved == QuestionSet(
        "My set",
        [
            QuestionSetItem("Second question?", "Cat", Tiara.TRENDS, 3.0, own.id),
            QuestionSetItem("First question?", "Other", Tiara.ASSIGNMENTS, 0.5, None),
        ],
        occupation_id=occupation.id,
        id=saved.id,
    )
    assert store.questions.get_set(saved.id) == saved
    assert store.questions.list_sets() == [saved]


def test_a_set_for_a_missing_occupation_is_kept_for_any_occupation(store):
    saved = store.questions.create_set(QuestionSet("Loose", _items("A?"), occupation_id=999))
    assert saved.occupation_id is None
    assert store.questions.get_set(saved.id).occupation_id is None


def test_a_set_holds_at_most_its_limit(store):
    texts = [f"Question {n}?" for n in range(MAX_SET_QUESTIONS)]
    full = store.questions.create_set(QuestionSet("Full", _items(*texts)))
    assert len(store.questions.get_set(full.id).items) == MAX_SET_QUESTIONS
    with pytest.raises(InvalidQuestion, match=f"^A set can hold at most {MAX_SET_QUESTIONS} questions\\.$"):
        store.questions.create_set(QuestionSet("Too many", _items(*texts, "One more?")))
    assert [s.name for s in store.questions.list_sets()] == ["Full"]


def test_a_set_needs_a_name_and_good_questions(store):
    with pytest.raises(InvalidQuestion, match=r"^Give the set a name\.$"):
        store.questions.create_set(QuestionSet("  ", _items("A?")))
    with pytest.raises(InvalidQuestion, match=r"^The question text is empty\.$"):
        store.questions.create_set(QuestionSet("Named", _items("")))
    assert store.questions.list_sets() == []


def test_sets_are_listed_by_name_and_an_occupations_own_sets_come_first(store):
    nurse = store.occupations.add(Occupation("Nurse"))
    baker = store.occupations.add(Occupation("Baker"))
    general_b = store.questions.create_set(QuestionSet("beta", _items("B?")))
    general_a = store.questions.create_set(QuestionSet("Alpha", _items("A?")))
    nurse_z = store.questions.create_set(QuestionSet("Zulu", _items("Z?"), occupation_id=nurse.id))
    twin = store.questions.create_set(QuestionSet("alpha", _items("A2?")))
    store.questions.create_set(QuestionSet("Bread", _items("C?"), occupation_id=baker.id))
    assert [s.id for s in store.questions.list_sets(nurse.id)] == [nurse_z.id, general_a.id, twin.id, general_b.id]
    everything = store.questions.list_sets()
    assert [s.name for s in everything] == ["Alpha", "alpha", "beta", "Bread", "Zulu"]
    assert everything[0].items == _items("A?")
    assert everything[4].items == _items("Z?")


def test_a_set_is_renamed_and_deleted_and_unknown_sets_are_not_found(store):
    saved = store.questions.create_set(QuestionSet("Mine", _items("A?", "B?")))
    renamed = store.questions.rename_set(saved.id, "  Ours ")
    assert renamed == QuestionSet("Ours", _items("A?", "B?"), id=saved.id)
    assert store.questions.get_set(saved.id) == renamed
    with pytest.raises(InvalidQuestion, match="Give the set a name"):
        store.questions.rename_set(saved.id, "")
    store.questions.delete_set(saved.id)
    assert store.questions.list_sets() == []
    for call in (
        lambda: store.questions.get_set(saved.id),
        lambda: store.questions.rename_set(saved.id, "Again"),
        lambda: store.questions.delete_set(saved.id),
    ):
        with pytest.raises(NotFound, match=f"question set {saved.id}"):
            call()


def test_saving_the_picked_questions_as_a_set(store):
    interview = _interview(store)
    with pytest.raises(InvalidQuestion, match="Pick some questions first"):
        store.questions.save_picked_as_set(interview.id, "Empty")
    first = store.questions.pick(interview.id, _builtin())
    store.questions.pick(interview.id, BankQuestion("k", "Second?", "Cat", Tiara.ADVICE, 1))
    saved = store.questions.save_picked_as_set(interview.id, "From the interview", interview.occupation_id)
    assert saved == QuestionSet(
        "From the interview",
        [
            QuestionSetItem("What is changing in your field?", "Trends", Tiara.TRENDS, 3.0, first.question_id),
            QuestionSetItem("Second?", "Cat", Tiara.ADVICE, 1.0, saved.items[1].question_id),
        ],
        occupation_id=interview.occupation_id,
        id=saved.id,
    )


def test_applying_a_set_adds_what_is_missing_at_the_end(store):
    interview = _interview(store)
    kept = store.questions.pick(interview.id, _builtin(text="B?"))
    question_set = store.questions.create_set(QuestionSet("Set", _items("A?", " b? ", "C?", "c?")))
    listed = store.questions.apply_set(question_set.id, interview.id)
    assert [(q.text, q.position, q.state) for q in listed] == [
        ("B?", 0, QuestionState.PENDING),
        ("A?", 1, QuestionState.PENDING),
        ("C?", 2, QuestionState.PENDING),
    ]
    assert listed[0] == kept
    assert (listed[1].category, listed[1].tiara, listed[1].minutes) == ("Cat", Tiara.RESOURCES, 1.5)
    assert store.questions.list_picked(interview.id) == listed


def test_applying_a_set_in_place_keeps_only_questions_already_used(store):
    interview = _interview(store)
    asked = store.questions.pick(interview.id, _builtin(key="a", text="Asked?"))
    answered = store.questions.pick(interview.id, _builtin(key="b", text="Answered?"))
    store.questions.pick(interview.id, _builtin(key="c", text="Untouched?"))
    store.content.set_state(interview.id, asked.id, QuestionState.ASKED)
    store.content.save_answer(interview.id, answered.id, "Yes, long hours.")
    question_set = store.questions.create_set(QuestionSet("Set", _items("New?", "Asked?")))
    listed = store.questions.apply_set(question_set.id, interview.id, replace=True)
    assert [(q.text, q.position) for q in listed] == [("Asked?", 0), ("Answered?", 1), ("New?", 2)]
    assert listed[0].state is QuestionState.ASKED
    assert listed[1].answer == "Yes, long hours."


def test_applying_needs_both_the_set_and_the_interview(store):
    interview = _interview(store)
    question_set = store.questions.create_set(QuestionSet("Set", _items("A?")))
    with pytest.raises(NotFound, match="interview 404"):
        store.questions.apply_set(question_set.id, 404)
    with pytest.raises(NotFound, match="question set 404"):
        store.questions.apply_set(404, interview.id)
    assert store.questions.list_picked(interview.id) == []


def test_occupation_titles_are_looked_up_both_ways(store):
    nurse = store.occupations.add(Occupation("Night Nurse"))
    assert store.questions.occupation_title(nurse.id) == "Night Nurse"
    assert store.questions.occupation_title(None) == ""
    assert store.questions.occupation_title(999) == ""
    assert store.questions.occupation_id_for_title("  night   NURSE ") == nurse.id
    assert store.questions.occupation_id_for_title("Baker") is None
    assert store.questions.occupation_id_for_title("  ") is None
