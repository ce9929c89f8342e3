"""Business cards, preferences, the job outcome and what was said in an interview, as the pages
that edit them read them back: every field kept, lists in order, refusals in words.
"""

from __future__ import annotations

import logging
from datetime import date

import pytest

from app.core.countdown import CountdownSettings
from app.core.entities import Contact, Interview, InterviewStatus, Occupation, QuestionState, Tiara
from app.core.errors import AttachmentError, NotFound
from app.core.outcome import JobOutcome, RecipientReason
from app.core.question_bank import BankQuestion
from app.core.vcard import CardDetails, LabelledValue
from app.store.settings_repository import MAX_KEY_LENGTH, MAX_VALUE_LENGTH, SettingsError

# ---- business cards ----------------------------------------------------------------------------


def test_a_card_is_kept_as_typed_with_every_label_and_in_order(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    card = CardDetails(
        full_name="  Ana  Lima ",
        organisation=" City Hall ",
        job_title=" Planner ",
        emails=[LabelledValue(" ana@city.example ", "work"), LabelledValue("ana@home.example", "home")],
        phones=[LabelledValue("+1 555 0100", "cell"), LabelledValue("  ", "fax"), LabelledValue("+1 555 0101", "desk")],
        address=" 1 Main St ",
        websites=[" https://city.example ", "https://ana.example", "https://blog.example"],
    )
    saved = store.cards.save_card(contact.id, card)
    assert (saved.full_name, saved.organisation, saved.job_title) == ("Ana  Lima", "City Hall", "Planner")
    assert (saved.email, saved.phone, saved.address, saved.website) == (
        "ana@city.example",
        "+1 555 0100",
        "1 Main St",
        "https://city.example",
    )
    assert store.contacts.get(contact.id) == saved
    assert store.cards.card(contact.id) == CardDetails(
        full_name="Ana  Lima",
        organisation="City Hall",
        job_title="Planner",
        emails=[LabelledValue("ana@city.example", "work"), LabelledValue("ana@home.example", "home")],
        phones=[LabelledValue("+1 555 0100", "cell"), LabelledValue("+1 555 0101", "desk")],
        address="1 Main St",
        websites=["https://city.example", "https://ana.example", "https://blog.example"],
    )


def test_saving_a_card_again_replaces_its_details_and_an_empty_name_keeps_the_old_one(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    store.cards.save_card(
        contact.id, CardDetails("Ana", emails=[LabelledValue("a@x.example"), LabelledValue("b@x.example")])
    )
    saved = store.cards.save_card(contact.id, CardDetails("  ", phones=[LabelledValue("555", "cell")]))
    assert saved.full_name == "Ana"
    assert store.cards.card(contact.id) == CardDetails(full_name="Ana", phones=[LabelledValue("555", "cell")])


def test_a_contact_typed_without_a_card_reads_as_a_card(store):
    contact = store.contacts.add(
        Contact(
            "Li Wei",
            organisation="Port",
            job_title="Pilot",
            email="li@port.example",
            phone="555",
            website="https://p.example",
        )
    )
    assert store.cards.card(contact.id) == CardDetails(
        full_name="Li Wei",
        organisation="Port",
        job_title="Pilot",
        emails=[LabelledValue("li@port.example")],
        phones=[LabelledValue("555")],
        websites=["https://p.example"],
    )
    bare = store.contacts.add(Contact("No Details"))
    assert store.cards.card(bare.id) == CardDetails(full_name="No Details")


def test_a_card_of_an_unknown_contact_is_not_found(store, tmp_path):
    with pytest.raises(NotFound, match="contact 404"):
        store.cards.card(404)
    with pytest.raises(NotFound, match="contact 404"):
        store.cards.save_card(404, CardDetails("Ghost"))
    picture = tmp_path / "card.png"
    picture.write_bytes(b"png")
    with pytest.raises(NotFound, match="contact 404"):
        store.cards.attach_card_image(404, picture)


def test_a_card_picture_is_copied_privately_and_replaces_the_last_one(store, tmp_path):
    contact = store.contacts.add(Contact("Ana Lima"))
    first_source = tmp_path / "Front.JPG"
    first_source.write_bytes(b"first")
    first = store.cards.attach_card_image(contact.id, first_source)
    first_file = store.cards.card_image_file(first)
    assert first_file.read_bytes() == b"first"
    assert first_file.suffix == ".jpg"
    assert first_file.name.startswith(f"card-{contact.id}-")
    assert first_file.stat().st_mode & 0o777 == 0o600
    assert first_source.exists()
    second_source = tmp_path / "back.pdf"
    second_source.write_bytes(b"second")
    second = store.cards.attach_card_image(contact.id, second_source)
    assert store.contacts.get(contact.id).card_image_path == second.card_image_path != first.card_image_path
    assert store.cards.card_image_file(second).read_bytes() == b"second"
    assert not first_file.exists()
    assert store.cards.card_image_file(store.contacts.add(Contact("No Card"))) is None


def test_a_card_picture_that_is_not_a_picture_or_is_missing_is_refused_in_words(store, tmp_path):
    contact = store.contacts.add(Contact("Ana Lima"))
    text = tmp_path / "notes.txt"
    text.write_text("x")
    with pytest.raises(AttachmentError, match=r"^“notes\.txt” is not an image or PDF file\.$"):
        store.cards.attach_card_image(contact.id, text)
    with pytest.raises(AttachmentError, match=r"^“gone\.png” cannot be read: "):
        store.cards.attach_card_image(contact.id, tmp_path / "gone.png")
    assert store.contacts.get(contact.id).card_image_path == ""


def test_a_card_picture_over_25_mb_is_refused(store, tmp_path):
    contact = store.contacts.add(Contact("Ana Lima"))
    big = tmp_path / "big.png"
    with big.open("wb") as file:
        file.truncate(25 * 1024 * 1024 + 1)
    with pytest.raises(AttachmentError, match="larger than 25 MB"):
        store.cards.attach_card_image(contact.id, big)
    exact = tmp_path / "exact.png"
    with exact.open("wb") as file:
        file.truncate(25 * 1024 * 1024)
    assert store.cards.attach_card_image(contact.id, exact).card_image_path


# ---- preferences -------------------------------------------------------------------------------


def test_a_preference_is_kept_as_json_and_replaced(store):
    assert store.settings.get_json("missing") is None
    assert store.settings.get_json("missing", {"a": 1}) == {"a": 1}
    store.settings.set_json("name", {"b": "café", "a": [1, 2.5, None, True]})
    assert store.settings.get_json("name") == {"a": [1, 2.5, None, True], "b": "café"}
    store.settings.set_json("name", "plain")
    assert store.settings.get_json("name", "default") == "plain"
    store.settings.delete("name")
    store.settings.delete("never there")
    assert store.settings.get_json("name", "default") == "default"


def test_a_preference_is_stored_in_a_stable_readable_form(store):
    store.settings.set_json("k", {"z": "é", "a": 1})
    with store.contacts._sessions() as session:
        text = session.connection().exec_driver_sql("SELECT value FROM app_settings WHERE key = 'k'").scalar()
    assert text == '{"a": 1, "z": "é"}'


def test_bad_preference_names_and_values_are_refused_in_words(store):
    with pytest.raises(SettingsError, match=f"^a preference name must be 1 to {MAX_KEY_LENGTH} characters$"):
        store.settings.set_json("", 1)
    with pytest.raises(SettingsError, match="must be 1 to"):
        store.settings.set_json("k" * (MAX_KEY_LENGTH + 1), 1)
    store.settings.set_json("k" * MAX_KEY_LENGTH, 1)
    assert store.settings.get_json("k" * MAX_KEY_LENGTH) == 1
    with pytest.raises(SettingsError, match=r"^the preference 'nan' cannot be saved: "):
        store.settings.set_json("nan", float("nan"))
    with pytest.raises(SettingsError, match=r"^the preference 'set' cannot be saved: "):
        store.settings.set_json("set", {1, 2})
    with pytest.raises(SettingsError, match=r"^the preference 'big' is too large to save$"):
        store.settings.set_json("big", "x" * MAX_VALUE_LENGTH)
    store.settings.set_json("fits", "x" * (MAX_VALUE_LENGTH - 2))  # two quotes make it exactly the limit
    assert len(store.settings.get_json("fits")) == MAX_VALUE_LENGTH - 2
    assert store.settings.get_json("big", "none") == "none"


def test_an_unreadable_preference_falls_back_to_its_default_and_is_logged(store, caplog):
    with store.contacts._sessions.begin() as session:
        session.connection().exec_driver_sql("INSERT INTO app_settings (key, value) VALUES ('broken', '{not json')")
    with caplog.at_level(logging.WARNING, logger="app.store.settings_repository"):
        assert store.settings.get_json("broken", 7) == 7
    assert "the preference 'broken' is unreadable; using its default" in caplog.text


def test_countdown_preferences_round_trip_and_fall_back_when_unusable(store, caplog):
    assert store.settings.countdown_settings() == CountdownSettings()
    custom = store.settings.countdown_settings()
    fields = {name: getattr(custom, name) for name in custom.__dataclass_fields__}
    store.settings.set_json("countdown", {**fields, "unknown": 1})
    assert store.settings.countdown_settings() == custom
    store.settings.save_countdown_settings(custom)
    assert store.settings.countdown_settings() == custom
    store.settings.set_json("countdown", [1, 2])
    with caplog.at_level(logging.WARNING):
        assert store.settings.countdown_settings() == CountdownSettings()
    assert "not a mapping" in caplog.text


# ---- the job outcome ---------------------------------------------------------------------------


def test_the_outcome_is_kept_trimmed_and_edited_in_place(store, clock):
    assert store.outcomes.latest() is None
    first = store.outcomes.record(JobOutcome("  City Hall ", " Planner ", date(2027, 1, 4)))
    assert first == JobOutcome("City Hall", "Planner", date(2027, 1, 4), clock.now(), first.id)
    clock.advance(60)
    edited = store.outcomes.record(JobOutcome("City Hall", "Senior planner", None, id=first.id))
    assert edited == JobOutcome("City Hall", "Senior planner", None, first.recorded_at, first.id)
    assert store.outcomes.latest() == edited


def test_the_latest_outcome_is_the_last_recorded(store, clock):
    store.outcomes.record(JobOutcome("First"))
    clock.advance(60)
    second = store.outcomes.record(JobOutcome("Second"))
    assert store.outcomes.latest() == second
    third = store.outcomes.record(JobOutcome("Third"))  # same instant: the later one wins
    assert store.outcomes.latest() == third


@pytest.mark.parametrize("employer", ["", "  "])
def test_an_outcome_needs_an_employer(store, employer):
    with pytest.raises(ValueError, match=r"^Say who hired you\.$"):
        store.outcomes.record(JobOutcome(employer))
    assert store.outcomes.latest() is None


def test_everyone_interviewed_and_their_referrers_are_told_with_saved_notes_kept(store):
    occupation = store.occupations.add(Occupation("Planner"))
    referrer = store.contacts.add(Contact("Mo Chen", email="mo@example.org"))
    ana = store.contacts.add(Contact("Ana Lima", email="ana@example.org", referred_by_id=referrer.id))
    not_yet = store.contacts.add(Contact("Not Yet"))
    for person, status in ((ana, InterviewStatus.FINISHED), (not_yet, InterviewStatus.PLANNED)):
        store.interviews.add(Interview(contact_id=person.id, occupation_id=occupation.id, status=status))
    with pytest.raises(ValueError, match=r"^record the outcome before listing whom to tell$"):
        store.outcomes.recipients(JobOutcome("City Hall"), "Hello {first_name}")
    outcome = store.outcomes.record(JobOutcome("City Hall", "Planner"))
    other = store.outcomes.record(JobOutcome("Elsewhere"))
    store.outcomes.save_update(outcome.id, referrer.id, "My own words")
    store.outcomes.mark_told(outcome.id, referrer.id, date(2027, 1, 5))
    store.outcomes.save_update(other.id, ana.id, "For the other outcome")
    store.outcomes.mark_told(outcome.id, ana.id, None)
    people = store.outcomes.recipients(
        outcome, "Subject: News for $first_name\n$first_name: $employer", signature="Sam"
    )
    assert [(p.contact_id, p.name, p.email, p.reason) for p in people] == [
        (ana.id, "Ana Lima", "ana@example.org", RecipientReason.INTERVIEWED),
        (referrer.id, "Mo Chen", "mo@example.org", RecipientReason.REFERRED),
    ]
    assert (people[0].body, people[0].saved, people[0].told_on) == ("Ana: City Hall\n", False, None)
    assert (people[1].body, people[1].saved, people[1].told_on) == ("My own words", True, date(2027, 1, 5))
    assert people[0].subject == "News for Ana"
    assert store.outcomes.recipients(outcome, "Hi $signature")[0].body == "Hi\n"
    assert store.outcomes.recipients(outcome, "Hi $signature", "Sam")[0].body == "Hi Sam\n"


def test_telling_about_an_unknown_outcome_or_person_is_not_found(store):
    person = store.contacts.add(Contact("Ana Lima"))
    outcome = store.outcomes.record(JobOutcome("City Hall"))
    with pytest.raises(NotFound, match="outcome 404"):
        store.outcomes.save_update(404, person.id, "x")
    with pytest.raises(NotFound, match="contact 404"):
        store.outcomes.mark_told(outcome.id, 404, date(2027, 1, 5))


# ---- what was said -----------------------------------------------------------------------------


def test_answers_states_and_notes_are_kept_per_question_in_order(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    other = store.interviews.add(Interview(contact_id=contact.id))
    picked = [
        store.questions.pick(interview.id, BankQuestion(f"k{n}", f"Question {n}?", "Cat", Tiara.ADVICE, 2))
        for n in range(3)
    ]
    store.questions.move(picked[2].id, -2)
    store.content.save_answer(interview.id, picked[0].id, "Long hours")
    store.content.set_state(interview.id, picked[1].id, QuestionState.SKIPPED)
    store.content.save_notes(interview.id, "Met at noon")
    listed = store.content.picked_questions(interview.id)
    assert [q.id for q in listed] == [picked[2].id, picked[0].id, picked[1].id]
    assert [(q.answer, q.state) for q in listed] == [
        ("", QuestionState.PENDING),
        ("Long hours", QuestionState.PENDING),
        ("", QuestionState.SKIPPED),
    ]
    assert store.content.notes(interview.id) == "Met at noon"
    assert store.content.notes(other.id) == ""
    assert store.content.picked_questions(other.id) == []


def test_an_answer_for_a_question_of_another_interview_is_refused(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    other = store.interviews.add(Interview(contact_id=contact.id))
    question = store.questions.pick(interview.id, BankQuestion("k", "Question?", "Cat", Tiara.ADVICE, 2))
    with pytest.raises(NotFound):
        store.content.save_answer(other.id, question.id, "Wrong place")
    with pytest.raises(NotFound):
        store.content.set_state(other.id, question.id, QuestionState.ASKED)
    assert store.content.picked_questions(interview.id)[0].answer == ""
    assert store.content.picked_questions(interview.id)[0].state is QuestionState.PENDING


def test_saving_with_missing_ok_writes_the_rest_and_names_what_was_not_there(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    question = store.questions.pick(interview.id, BankQuestion("k", "Question?", "Cat", Tiara.ADVICE, 2))
    with pytest.raises(NotFound, match=rf"^picked questions \[998, 999\] of interview {interview.id}$"):
        store.content.save(
            interview.id, notes="Lost", answers={999: "x", question.id: "Lost too"}, states={998: "asked"}
        )
    assert store.content.notes(interview.id) == ""
    assert store.content.picked_questions(interview.id)[0].answer == ""
    missing = store.content.save(
        interview.id,
        notes="Kept",
        answers={999: "x", question.id: "Kept too"},
        states={998: QuestionState.ASKED, question.id: QuestionState.ASKED},
        missing_ok=True,
    )
    assert missing == {998, 999}
    assert store.content.notes(interview.id) == "Kept"
    [kept] = store.content.picked_questions(interview.id)
    assert (kept.answer, kept.state) == ("Kept too", QuestionState.ASKED)
    assert store.content.save(interview.id, answers={question.id: "Again"}) == set()
