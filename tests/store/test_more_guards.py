"""Smaller promises of the store that a slip would break quietly: which outcome is the latest,
whose note is whose, what deleting or renaming a set leaves, the backup retention numbers, and
how a cut-off import file is told apart from one that is not JSON.
"""

from __future__ import annotations

import csv
import logging
import re
import shutil
import sqlite3
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.countdown import CountdownSettings
from app.core.entities import Contact, Interview, InterviewStatus, Occupation, Tiara
from app.core.errors import AttachmentError, InvalidQuestion
from app.core.outcome import JobOutcome
from app.core.question_sets import QuestionSet, QuestionSetItem
from app.core.retention import BackupReason, RetentionPolicy
from app.core.vcard import CardDetails, LabelledValue
from app.core.wrapup import EvaluationAspect, SelfEvaluation
from app.store import backups, portability
from app.store import connection as connection_module
from app.store.business_card_repository import BusinessCardRepository
from app.store.settings_repository import BACKUP_RETENTION_KEY, MAX_RETENTION, SettingsError
from tests.fakes import FakeClock

NOON = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

# ---- the job outcome ---------------------------------------------------------------------------


def test_the_latest_outcome_goes_by_when_it_was_recorded_not_by_its_number(store, clock):
    first = store.outcomes.record(JobOutcome("City Hall"))
    clock.jump_wall(-3600)  # the computer's clock was put back an hour
    store.outcomes.record(JobOutcome("Port Authority"))
    assert store.outcomes.latest() == first


def test_notes_to_one_person_are_kept_apart_for_each_outcome(store):
    person = store.contacts.add(Contact("Ana Lima"))
    store.interviews.add(Interview(contact_id=person.id, status=InterviewStatus.FINISHED))
    first = store.outcomes.record(JobOutcome("City Hall"))
    second = store.outcomes.record(JobOutcome("Port Authority"))
    store.outcomes.save_update(first.id, person.id, "About City Hall")
    store.outcomes.save_update(second.id, person.id, "About the port")
    [told_first] = store.outcomes.recipients(first, "Hi $first_name")
    [told_second] = store.outcomes.recipients(second, "Hi $first_name")
    assert (told_first.body, told_second.body) == ("About City Hall", "About the port")


# ---- question sets -----------------------------------------------------------------------------


def test_deleting_a_set_leaves_the_other_sets_whole(store):
    items = [QuestionSetItem("A?", "Cat", Tiara.ADVICE, 2), QuestionSetItem("B?", "Cat", Tiara.TRENDS, 1)]
    gone = store.questions.create_set(QuestionSet("Gone", items))
    kept = store.questions.create_set(QuestionSet("Kept", items))
    store.questions.delete_set(gone.id)
    assert store.questions.list_sets() == [kept]
    assert store.questions.get_set(kept.id).items == items


def test_an_empty_set_is_renamed_and_still_has_no_questions(store):
    empty = store.questions.create_set(QuestionSet("Empty", []))
    assert empty == QuestionSet("Empty", [], id=empty.id)
    renamed = store.questions.rename_set(empty.id, "Still empty")
    assert renamed == QuestionSet("Still empty", [], id=empty.id)
    assert store.questions.get_set(empty.id).items == []
    assert store.questions.list_sets()[0].items == []


def test_saving_no_picked_questions_as_a_set_says_what_to_do(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    with pytest.raises(InvalidQuestion) as refused:
        store.questions.save_picked_as_set(interview.id, "Empty")
    assert str(refused.value) == "Pick some questions first, then save them as a set."


def test_a_new_occupation_found_by_title_keeps_its_notes_and_target(store):
    store.occupations.add(Occupation("Nurse"))
    added, was_added = store.occupations.add_or_find(Occupation("Baker", notes="early", target_interviews=7))
    assert was_added
    assert store.occupations.list()[0] == added == Occupation("Baker", notes="early", target_interviews=7, id=added.id)


# ---- backup retention --------------------------------------------------------------------------


def test_backup_retention_keeps_each_usable_number_and_logs_the_others(store, caplog):
    assert store.settings.retention_policy() == RetentionPolicy()
    store.settings.set_json(
        BACKUP_RETENTION_KEY, {"recent_days": 0, "daily": MAX_RETENTION, "weekly": True, "monthly": "9", "x": 1}
    )
    with caplog.at_level(logging.WARNING, logger="app.store.settings_repository"):
        policy = store.settings.retention_policy()
    assert policy == RetentionPolicy(recent_days=0, daily=MAX_RETENTION)
    assert "the backup retention preference 'weekly' is unusable; using its default" in caplog.messages
    assert "the backup retention preference 'monthly' is unusable; using its default" in caplog.messages
    assert "'recent_days'" not in caplog.text and "'daily'" not in caplog.text
    store.settings.set_json(BACKUP_RETENTION_KEY, {"daily": MAX_RETENTION + 1, "weekly": -1})
    assert store.settings.retention_policy() == RetentionPolicy()


def test_backup_retention_that_is_not_a_mapping_falls_back_and_is_logged(store, caplog):
    store.settings.set_json(BACKUP_RETENTION_KEY, [1, 2])
    with caplog.at_level(logging.WARNING, logger="app.store.settings_repository"):
        assert store.settings.retention_policy() == RetentionPolicy()
    assert caplog.messages == ["the backup retention preferences are not a mapping; using the defaults"]


def test_backup_retention_is_saved_up_to_its_limit(store):
    store.settings.save_retention_policy(RetentionPolicy(recent_days=MAX_RETENTION, daily=0, weekly=1, monthly=2))
    assert store.settings.retention_policy() == RetentionPolicy(MAX_RETENTION, 0, 1, 2)
    with pytest.raises(SettingsError, match=rf"^daily must be between 0 and {MAX_RETENTION}$"):
        store.settings.save_retention_policy(RetentionPolicy(daily=MAX_RETENTION + 1))
    with pytest.raises(SettingsError, match=r"^weekly must be between"):
        store.settings.save_retention_policy(RetentionPolicy(weekly=-1))
    assert store.settings.retention_policy() == RetentionPolicy(MAX_RETENTION, 0, 1, 2)


# ---- import files cut off or not JSON ----------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "infointerview-export", "tables": {"a": fa',
        '{"format": "infointerview-export", "tables": {"a": nu',
        '{"format": "infointerview-export", "tables": {"a": [1, 2.5e',
        '{"format": "infointerview-export", "tables": {"a": [1, 2.5E',
        '{"format": "infointerview-export", "tables": {"a": "half a str',
        '{"format": "infointerview-export", "tables": {"a": ',
    ],
)
def test_an_import_file_that_stops_early_is_said_to_be_cut_off(tmp_path, content):
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(portability.BadImportFile, match=r"^This file ends too early: it was cut off"):
        portability.read_import(path)


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "infointerview-export", "tables": {"a": X',
        '{"format": "infointerview-export", "tables": {"a": FALSE',
        '{"format": "infointerview-export", "tables": {"a": [1, 2] oops}}',
    ],
)
def test_an_import_file_with_a_mistake_is_said_not_to_be_json(tmp_path, content):
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(portability.BadImportFile, match=r"^This file is not valid JSON \(line 1, column \d+\)\.$"):
        portability.read_import(path)


# ---- own questions put away, card pictures, Markdown files -------------------------------------


def test_own_questions_put_away_are_not_listed(store):
    kept = store.questions.add_custom("How did you start?", "Path in", Tiara.ADVICE, 2)
    put_away = store.questions.add_custom("What would you change?", "Reflection", Tiara.INSIGHTS, 2)
    with store.contacts._sessions.begin() as session:
        session.connection().exec_driver_sql("UPDATE questions SET archived = 1 WHERE id = ?", (put_away.id,))
    assert store.questions.list_custom() == [kept]


def test_a_card_picture_goes_in_a_private_folder_even_when_the_last_one_was_removed(store, tmp_path):
    contact = store.contacts.add(Contact("Ana Lima"))
    first = tmp_path / "front.png"
    first.write_bytes(b"front")
    attached = store.cards.attach_card_image(contact.id, first)
    folder = store.cards.card_image_file(attached).parent
    assert folder.stat().st_mode & 0o777 == 0o700
    store.cards.card_image_file(attached).unlink()  # removed by hand
    second = tmp_path / "back.png"
    second.write_bytes(b"back")
    again = store.cards.attach_card_image(contact.id, second)
    assert store.cards.card_image_file(again).read_bytes() == b"back"


def test_a_missing_card_picture_is_refused_naming_the_reason_in_words(store, tmp_path):
    contact = store.contacts.add(Contact("Ana Lima"))
    with pytest.raises(AttachmentError) as refused:
        store.cards.attach_card_image(contact.id, tmp_path / "gone.png")
    assert str(refused.value) == "“gone.png” cannot be read: No such file or directory."


def test_without_an_attachments_folder_a_card_picture_is_refused(store, tmp_path):
    cards = BusinessCardRepository(store.contacts._sessions, FakeClock(), None)
    contact = store.contacts.add(Contact("Ana Lima"))
    picture = tmp_path / "card.png"
    picture.write_bytes(b"png")
    with pytest.raises(AttachmentError) as refused:
        cards.attach_card_image(contact.id, picture)
    assert str(refused.value) == "There is no attachments folder to keep the card image in."
    assert cards.card_image_file(Contact("Ana Lima", card_image_path="card-1.png")) is None


def test_a_markdown_export_is_utf8_in_the_local_zone_and_refuses_an_existing_folder(store, tmp_path):
    evening = FakeClock(datetime(2026, 11, 26, 2, 30, tzinfo=UTC), zone="America/New_York")
    contact = store.contacts.add(Contact("José Núñez"))
    interview = store.interviews.add(Interview(contact_id=contact.id, scheduled_at=evening.now()))
    target = tmp_path / "md"
    [name] = portability.export_markdown(store, [interview.id], target, evening.local_zone())
    assert name == "interview-José-Núñez-2026-11-25.md"
    text = (target / name).read_bytes().decode("utf-8")
    assert "José Núñez" in text
    assert "25 November 2026" in text
    with pytest.raises(portability.ExportTargetExists):
        portability.export_markdown(store, [interview.id], target, evening.local_zone())
    with pytest.raises(portability.ExportTargetExists):
        portability.export_csv(tmp_path / "infointerview.db", target, evening.now())


def test_csv_lists_keep_their_headings_when_empty_and_rate_each_evaluation(store, tmp_path):
    contact = store.contacts.add(Contact("Ana Lima"))
    rated = store.interviews.add(Interview(contact_id=contact.id))
    unrated = store.interviews.add(Interview(contact_id=contact.id))
    store.wrapups.save_evaluation(SelfEvaluation(rated.id, {EvaluationAspect.LISTENED: 4}, "Fine"))
    store.wrapups.save_evaluation(SelfEvaluation(unrated.id, {}, "No scores"))
    target = tmp_path / "lists"
    portability.export_csv(tmp_path / "infointerview.db", target, datetime(2026, 11, 25, tzinfo=UTC))
    with (target / "thank-you-notes.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["interview_id", "template", "body", "sent_on", "updated_at", "subject"]]
    with (target / "people.csv").open(encoding="utf-8-sig", newline="") as handle:
        [person] = list(csv.DictReader(handle))
    assert person["full_name"] == "Ana Lima"
    with (target / "evaluations.csv").open(encoding="utf-8-sig", newline="") as handle:
        evaluations = list(csv.DictReader(handle))
    assert [(row["interview_id"], row["reflection"], row["listened_more"]) for row in evaluations] == [
        (str(rated.id), "Fine", "4"),
        (str(unrated.id), "No scores", ""),
    ]


def test_an_export_over_a_folder_says_it_could_not_be_written(store, tmp_path):
    target = tmp_path / "export.json"
    (target / "inside").mkdir(parents=True)
    with pytest.raises(portability.PortabilityError) as refused:
        portability.export_json(tmp_path / "infointerview.db", tmp_path / "attachments", target, NOON, force=True)
    assert str(refused.value) == f"{target} could not be written: Is a directory."
    assert (target / "inside").is_dir()


def test_an_export_whose_folder_disappears_says_so(store, tmp_path):
    folder = tmp_path / "usb stick"
    folder.mkdir()
    asked = []

    def pulled_out() -> bool:  # pulled out once the file has been started in it
        asked.append(True)
        if len(asked) == 2:
            shutil.rmtree(folder, ignore_errors=True)
        return False

    with pytest.raises(portability.PortabilityError) as refused:
        portability.export_json(
            tmp_path / "infointerview.db", tmp_path / "attachments", folder / "export.json", NOON, cancelled=pulled_out
        )
    assert str(refused.value) == f"The folder {folder} does not exist."


# ---- search counts -----------------------------------------------------------------------------


def test_a_common_word_is_counted_only_as_far_as_the_page_needs(store, monkeypatch):
    from app.store import search_repository

    monkeypatch.setattr(search_repository, "RANKING_LIMIT", 3)
    for n in range(8):
        contact = store.contacts.add(Contact(f"Person {n}"))
        interview = store.interviews.add(Interview(contact_id=contact.id))
        store.content.save_notes(interview.id, "orchard visit")
    first = store.search.search("orchard", rows=1)
    assert (first.matching_texts, first.by_relevance, first.has_more) == (4, False, True)
    fourth = store.search.search("orchard", page=3, rows=1)
    assert (fourth.matching_texts, fourth.has_more) == (5, True)
    assert len(fourth.hits) == 1
    assert fourth.hits[0].question_text == ""
    assert fourth.hits[0].snippet


# ---- cards of two people, and text that is not UTF-8 ---------------------------------------------


def test_saving_one_persons_card_leaves_anothers_details_alone(store):
    ana = store.contacts.add(Contact("Ana Lima"))
    li = store.contacts.add(Contact("Li Wei"))
    card = CardDetails("Li Wei", emails=[LabelledValue("li@a.example", "work"), LabelledValue("li@b.example", "home")])
    store.cards.save_card(li.id, card)
    store.cards.save_card(ana.id, CardDetails("Ana Lima", emails=[LabelledValue("ana@example.org", "work")]))
    assert store.cards.card(li.id) == card


def _bad_note(store, tmp_path, prefix: bytes) -> None:
    contact = store.contacts.add(Contact("Ana Lima"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    store.content.save_notes(interview.id, "placeholder")
    with closing(sqlite3.connect(tmp_path / "infointerview.db")) as raw, raw:
        raw.execute("UPDATE interview_notes SET body = CAST(? AS TEXT) WHERE interview_id = ?", (prefix, interview.id))


def test_a_value_that_is_not_utf8_is_logged_with_the_bytes_around_it(store, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(connection_module, "_reported", set())
    before = b"a" * 50
    after = b"z" * 50
    _bad_note(store, tmp_path, before + b"\xe9" + after)
    with caplog.at_level(logging.WARNING, logger="app.store.connection"):
        store.wrapups.notes(1)
    sample = b"a" * 40 + b"\xe9" + b"z" * 40
    assert f"Bytes around it: {sample!r}." in caplog.text
    assert "byte 0xe9 at position 50" in caplog.text
    assert "a text of 101 bytes" in caplog.text


def test_a_bad_first_byte_is_quoted_from_the_start(store, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(connection_module, "_reported", set())
    _bad_note(store, tmp_path, b"\xe9" + b"z" * 50)
    with caplog.at_level(logging.WARNING, logger="app.store.connection"):
        store.wrapups.notes(1)
    sample = b"\xe9" + b"z" * 40
    assert f"Bytes around it: {sample!r}." in caplog.text


def test_at_most_twenty_bad_values_are_logged_each_once(store, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(connection_module, "_reported", set())
    for n in range(connection_module.MAX_UNDECODABLE_REPORTS + 1):
        _bad_note(store, tmp_path, f"note {n} ".encode() + b"\xe9")
    with caplog.at_level(logging.WARNING, logger="app.store.connection"):
        for interview_id in range(1, connection_module.MAX_UNDECODABLE_REPORTS + 2):
            store.wrapups.notes(interview_id)
            store.wrapups.notes(interview_id)
    assert caplog.text.count("is not valid UTF-8") == connection_module.MAX_UNDECODABLE_REPORTS


def test_a_bad_value_is_logged_with_where_it_is_stored_for_the_first_three_only(store, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(connection_module, "_reported", set())
    for n in range(4):
        _bad_note(store, tmp_path, f"note {n} ".encode() + b"\xe9")
    with caplog.at_level(logging.WARNING, logger="app.store.connection"):
        for interview_id in range(1, 5):
            store.wrapups.notes(interview_id)
    messages = [record.getMessage() for record in caplog.records if "UTF-8" in record.getMessage()]
    assert messages[0] == (
        "a text of 8 bytes in the data file is not valid UTF-8 (byte 0xe9 at position 7); it is shown with "
        "replacement characters. Bytes around it: b'note 0 \\xe9'. Found in: interview_notes.body rowid 1, "
        "interview_note_chunks.body rowid 1"
    )
    assert messages[2].endswith("Found in: interview_notes.body rowid 3, interview_note_chunks.body rowid 3")
    assert messages[3].endswith("Found in: not looked up (search the bytes above)")


def test_where_a_bad_value_is_stored_lists_five_places_at_most(store, tmp_path):
    for _ in range(7):
        _bad_note(store, tmp_path, b"same \xe9")
    places = connection_module.locate_text(tmp_path / "infointerview.db", b"same \xe9")
    assert places == [f"interview_notes.body rowid {n}" for n in range(1, 6)]  # the first table is full
    assert len(connection_module.locate_text(tmp_path / "infointerview.db", b"same \xe9", limit=7)) == 7


# ---- countdown preferences and whether anything changed since the last backup -------------------


def test_no_countdown_preferences_saved_is_not_a_problem_worth_logging(store, caplog):
    with caplog.at_level(logging.WARNING, logger="app.store.settings_repository"):
        assert store.settings.countdown_settings() == CountdownSettings()
    assert caplog.text == ""


def test_countdown_preferences_that_do_not_fit_say_why_in_the_log(store, caplog):
    store.settings.set_json("countdown", {"planned_seconds": 5})
    with caplog.at_level(logging.WARNING, logger="app.store.settings_repository"):
        assert store.settings.countdown_settings() == CountdownSettings()
    assert caplog.messages == [
        "the countdown preferences do not fit together (the planned length must be between 1 minute and 4 hours); "
        "using the defaults"
    ]
    caplog.clear()
    store.settings.set_json("countdown", "long")
    with caplog.at_level(logging.WARNING, logger="app.store.settings_repository"):
        assert store.settings.countdown_settings() == CountdownSettings()
    assert caplog.messages == ["the countdown preferences are not a mapping; using the defaults"]


def test_a_change_since_the_last_backup_needs_a_database_and_counts_when_there_is_no_backup(store, tmp_path):
    database = tmp_path / "infointerview.db"
    backups_dir = tmp_path / "backups"
    assert backups.changed_since_last_backup(tmp_path / "missing.db", backups_dir) is False
    assert backups.changed_since_last_backup(database, backups_dir) is True
    backups.make_backup(database, backups_dir, NOON, BackupReason.MANUAL)
    assert backups.changed_since_last_backup(database, backups_dir) is False
    store.contacts.add(Contact("Ana Lima"))
    assert backups.changed_since_last_backup(database, backups_dir) is True


def test_set_names_sort_as_lower_case_letters_do(store):
    zebra = store.questions.create_set(QuestionSet("Zebra", []))
    draft = store.questions.create_set(QuestionSet("_Draft", []))
    assert [s.id for s in store.questions.list_sets()] == [draft.id, zebra.id]  # "_" sorts between "Z" and "a"


def test_applying_a_set_keeps_each_questions_link_to_the_bank_and_an_empty_set_adds_nothing(store):
    contact = store.contacts.add(Contact("Ana Lima"))
    interview = store.interviews.add(Interview(contact_id=contact.id))
    own = store.questions.add_custom("How did you start?", "Path in", Tiara.ADVICE, 2)
    linked = store.questions.create_set(
        QuestionSet("Linked", [QuestionSetItem(own.text, "Path in", Tiara.ADVICE, 2, own.id)])
    )
    empty = store.questions.create_set(QuestionSet("Empty", []))
    assert store.questions.apply_set(empty.id, interview.id) == []
    [picked] = store.questions.apply_set(linked.id, interview.id)
    assert picked.question_id == own.id
    assert store.questions.apply_set(empty.id, interview.id, replace=True) == []


def test_no_backup_retention_saved_is_not_a_problem_worth_logging(store, caplog):
    with caplog.at_level(logging.WARNING, logger="app.store.settings_repository"):
        assert store.settings.retention_policy() == RetentionPolicy()
    assert caplog.messages == []


def test_an_unreadable_preference_is_named_exactly_in_the_log(store, caplog):
    with store.contacts._sessions.begin() as session:
        session.connection().exec_driver_sql("INSERT INTO app_settings (key, value) VALUES ('broken', '{')")
    with caplog.at_level(logging.WARNING, logger="app.store.settings_repository"):
        store.settings.get_json("broken")
    assert caplog.messages == ["the preference 'broken' is unreadable; using its default"]


def test_a_card_picture_that_cannot_be_copied_says_why_and_is_named_like_the_others(store, tmp_path):
    contact = store.contacts.add(Contact("Ana Lima"))
    folder = tmp_path / "looks like.png"
    folder.mkdir()
    with pytest.raises(AttachmentError) as refused:
        store.cards.attach_card_image(contact.id, folder)
    assert str(refused.value) == "“looks like.png” could not be copied: Is a directory."
    picture = tmp_path / "card.PNG"
    picture.write_bytes(b"png")
    attached = store.cards.attach_card_image(contact.id, picture)
    assert re.fullmatch(rf"card-{contact.id}-[0-9a-f]{{8}}\.png", attached.card_image_path)


def test_a_damaged_newest_backup_counts_as_a_change(store, tmp_path):
    database = tmp_path / "infointerview.db"
    backups_dir = tmp_path / "backups"
    made = backups.make_backup(database, backups_dir, NOON, BackupReason.MANUAL)
    Path(made.path).write_bytes(b"SQLite format 3\x00" + b"\xff" * 300)
    assert backups.changed_since_last_backup(database, backups_dir) is True


def test_a_raw_copy_is_named_in_utc_whatever_the_computers_zone(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        database = tmp_path / "infointerview.db"
        database.write_bytes(b"bytes")
        kept = backups.keep_raw_copy(database, NOON)
        assert kept.name == "infointerview.db.before-restore-20261125-120000"
    finally:
        monkeypatch.undo()
        time.tzset()
