from __future__ import annotations

import sqlite3
import unicodedata
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine

from app.core.entities import Contact
from app.core.search import MATCH_END, MATCH_START, MatchPlace, plain_snippet
from app.store.migrate import upgrade_to_head
from tests.content_helpers import add_interview, content_repository, pick_questions, search_repository


@pytest.fixture
def search(store, clock):
    return search_repository(store, clock)


@pytest.fixture
def content(store, clock):
    return content_repository(store, clock)


def test_notes_match_ignoring_case_and_accents_with_the_word_marked(store, content, search):
    interview_id = add_interview(store)
    content.save_notes(interview_id, "She said the Café Crème team hires interns every spring.")

    for query in ("cafe creme", "CAFÉ", "crème", "Creme"):
        hits = search.search(query).hits
        assert [hit.interview_id for hit in hits] == [interview_id], query
        assert hits[0].place is MatchPlace.NOTES

    snippet = search.search("creme").hits[0].snippet
    assert f"{MATCH_START}Crème{MATCH_END}" in snippet
    assert plain_snippet(snippet).startswith("She said the Café Crème team")


def test_prefix_matches_while_the_last_word_is_being_typed(store, content, search):
    interview_id = add_interview(store)
    content.save_notes(interview_id, "Talk to the apprenticeship coordinator.")
    assert [hit.interview_id for hit in search.search("apprent").hits] == [interview_id]
    assert [hit.interview_id for hit in search.search("appr coord").hits] == [interview_id]
    assert search.search("apprenticeships").hits == []


def test_every_word_must_match_and_syntax_is_taken_literally(store, content, search):
    interview_id = add_interview(store)
    content.save_notes(interview_id, "union wages are rising")
    assert search.search("union rising").hits
    assert search.search("union pensions").hits == []
    # Quotes, operators and stray punctuation are words or nothing, never an error.
    for query in ('"union', "union AND", "NEAR(", "wages*", "-rising", "a:b", "   ", "\x00", "(((", "''"):
        assert isinstance(search.search(query).hits, list)
    assert [hit.interview_id for hit in search.search('"union" OR').hits] == []


def test_answers_people_organisations_and_occupations_are_found(store, clock, content, search):
    interview_id = add_interview(
        store, name="Zoë Lindqvist", organisation="Northwind Logistics", occupation="Dispatcher"
    )
    (picked,) = pick_questions(store, clock, interview_id, ["What skills do you use most?"])
    content.save_answer(interview_id, picked, "Radio discipline and route planning")

    answer = search.search("radio").hits
    assert [(hit.place, hit.picked_question_id, hit.question_text) for hit in answer] == [
        (MatchPlace.ANSWER, picked, "What skills do you use most?")
    ]
    assert search.search("zoe").hits[0].place is MatchPlace.CONTACT
    assert search.search("northwind").hits[0].place is MatchPlace.ORGANISATION
    occupation_hit = search.search("dispatch").hits[0]
    assert occupation_hit.place is MatchPlace.OCCUPATION
    assert (occupation_hit.contact_name, occupation_hit.organisation, occupation_hit.occupation_title) == (
        "Zoë Lindqvist",
        "Northwind Logistics",
        "Dispatcher",
    )


def test_a_person_matches_each_of_their_interviews(store, search):
    first = add_interview(store, name="Priya Raman", occupation=None)
    contact_id = store.interviews.get(first).contact_id
    from app.core.entities import Interview

    second = store.interviews.add(Interview(contact_id=contact_id)).id
    assert sorted(hit.interview_id for hit in search.search("priya").hits) == sorted([first, second])


def test_the_index_follows_edits_renames_and_deletes(store, clock, content, search):
    interview_id = add_interview(store, name="Old Name")
    content.save_notes(interview_id, "pottery kiln temperatures")
    assert search.search("kiln").hits

    content.save_notes(interview_id, "glaze chemistry")
    assert search.search("kiln").hits == []
    assert search.search("glaze").hits

    contact = store.contacts.get(store.interviews.get(interview_id).contact_id)
    contact.full_name = "New Name"
    store.contacts.update(contact)
    assert search.search("old name").hits == []
    assert search.search("new name").hits

    content.save_notes(interview_id, "")
    assert search.search("glaze").hits == []


def test_deleting_an_interview_removes_its_notes_and_answers_from_the_index(store, clock, content, search):
    interview_id = add_interview(store)
    (picked,) = pick_questions(store, clock, interview_id, ["Q"])
    content.save(interview_id, notes="lighthouse keeper", answers={picked: "foghorn maintenance"})
    before = search.indexed_rows()
    with store.interviews._sessions.begin() as session:
        from app.store.models import InterviewRecord

        session.delete(session.get(InterviewRecord, interview_id))
    assert search.search("lighthouse").hits == []
    assert search.search("foghorn").hits == []
    assert search.indexed_rows() == before - 2


def test_ranking_puts_the_denser_match_first(store, content, search):
    passing = add_interview(store, name="Passing Mention")
    focused = add_interview(store, name="Focused Talk")
    content.save_notes(passing, "We covered budgets, staffing, rotas, travel and, briefly, welding. " * 3)
    content.save_notes(focused, "Welding: welding certificates, welding shops, welding apprenticeships.")
    hits = search.search("welding").hits
    assert [hit.interview_id for hit in hits] == [focused, passing]
    assert hits[0].rank < hits[1].rank


def test_the_migration_indexes_data_that_was_there_before_it(tmp_path, clock):
    database = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{database}")
    from alembic import command

    from app.store.migrate import alembic_config

    command.upgrade(alembic_config(engine), "0001_whole_product")
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO contacts(id, full_name, organisation, created_at, updated_at) "
            "VALUES (1, 'Émile Zola', 'Vieux Press', '2026-01-01', '2026-01-01')"
        )
        connection.execute(
            "INSERT INTO interviews(id, contact_id, created_at, updated_at) VALUES (1, 1, '2026-01-01', '2026-01-01')"
        )
        connection.execute("INSERT INTO interview_notes VALUES (1, 'typesetting by hand', '2026-01-01')")
        connection.execute("UPDATE interviews SET location = 'Gutenberg café' WHERE id = 1")
        connection.execute(
            "INSERT INTO takeaways(interview_id, text, weight, position) VALUES (1, 'Letterpress is back', 'trust', 0)"
        )
        connection.execute(
            "INSERT INTO action_items(interview_id, title, kind, created_at) "
            "VALUES (1, 'Visit the print museum', 'other', '2026-01-01')"
        )
    engine.dispose()

    from app.store.store import open_store

    store = open_store(database, clock)
    try:
        search = search_repository(store, clock)
        assert [hit.place for hit in search.search("typesetting").hits] == [MatchPlace.NOTES]
        assert [hit.place for hit in search.search("emile").hits] == [MatchPlace.CONTACT]
        assert [hit.place for hit in search.search("vieux").hits] == [MatchPlace.ORGANISATION]
        assert [hit.place for hit in search.search("gutenberg").hits] == [MatchPlace.LOCATION]
        assert [hit.place for hit in search.search("letterpress").hits] == [MatchPlace.TAKEAWAY]
        assert [hit.place for hit in search.search("museum").hits] == [MatchPlace.ACTION]
    finally:
        store.dispose()


def test_downgrade_removes_the_index_and_upgrade_restores_it(tmp_path, clock):
    database = tmp_path / "db.sqlite"
    engine = create_engine(f"sqlite:///{database}")
    from alembic import command

    from app.store.migrate import alembic_config

    upgrade_to_head(engine)
    command.downgrade(alembic_config(engine), "0001_whole_product")
    with sqlite3.connect(database) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert not any(name.startswith("search_") for name in names)
    upgrade_to_head(engine)
    engine.dispose()


def test_search_results_carry_the_schedule(store, content, search):
    when = datetime(2026, 12, 1, 15, 30, tzinfo=UTC)
    interview_id = add_interview(store, scheduled_at=when)
    content.save_notes(interview_id, "marine biology")
    assert search.search("marine").hits[0].scheduled_at == when


def test_contacts_without_interviews_are_not_results(store, search):
    store.contacts.add(Contact(full_name="Lonely Prospect"))
    assert search.search("lonely").hits == []


def test_pages_of_results(store, content, search):
    ids = [add_interview(store, name=f"Person {index}", occupation=None) for index in range(5)]
    for interview_id in ids:
        content.save_notes(interview_id, "orchard")
    first = search.search("orchard", rows=2)
    second = search.search("orchard", page=1, rows=2)
    last = search.search("orchard", page=2, rows=2)
    assert first.matching_texts == 5
    assert (first.has_more, second.has_more, last.has_more) == (True, True, False)
    seen = [hit.interview_id for page in (first, second, last) for hit in page.hits]
    assert sorted(seen) == sorted(ids)


def test_a_word_in_too_many_texts_lists_the_newest_first(store, content, search, monkeypatch):
    from app.store import search_repository

    monkeypatch.setattr(search_repository, "RANKING_LIMIT", 3)
    ids = [add_interview(store, name=f"Person {index}", occupation=None) for index in range(5)]
    for interview_id in ids:
        content.save_notes(interview_id, "meeting " * (1 + interview_id % 3))
    results = search.search("meeting")
    assert not results.by_relevance
    assert [hit.interview_id for hit in results.hits] == sorted(ids, reverse=True)
    assert search.search("person 1").by_relevance


def test_an_unreadable_index_raises_search_unavailable(tmp_path):
    from app.store.search_repository import SearchRepository, SearchUnavailable

    repository = SearchRepository(tmp_path / "missing.db")
    with pytest.raises(SearchUnavailable):
        repository.search("anything")


def test_takeaways_next_steps_and_places_are_found_and_followed(store, clock, search):
    from dataclasses import replace

    from app.core.entities import ActionItem, TakeawayWeight
    from app.core.wrapup import Takeaway
    from app.store.wrapup_repository import WrapUpRepository

    interview_id = add_interview(store)
    wrapups = WrapUpRepository(store.interviews._sessions, clock)
    wrapups.add_takeaway(Takeaway(interview_id, "Night shifts pay better", TakeawayWeight.GRAIN_OF_SALT))
    step = wrapups.add_action(ActionItem("Call the staffing office", interview_id=interview_id))
    interview = store.interviews.get(interview_id)
    store.interviews.update(replace(interview, location="Riverside canteen"))

    for word, place in (
        ("night", MatchPlace.TAKEAWAY),
        ("staffing", MatchPlace.ACTION),
        ("canteen", MatchPlace.LOCATION),
    ):
        (hit,) = search.search(word).hits
        assert (hit.place, hit.interview_id) == (place, interview_id)

    wrapups.set_action_done(step.id, True)
    store.actions.remove(step.id)
    assert search.search("staffing").hits == []


def test_paging_past_the_ranking_limit_keeps_going_newest_first(store, content, search, monkeypatch):
    from app.store import search_repository

    monkeypatch.setattr(search_repository, "RANKING_LIMIT", 2)
    ids = [add_interview(store, name=f"Person {index}", occupation=None) for index in range(7)]
    for interview_id in ids:
        content.save_notes(interview_id, "harbour pilot")
    pages = [search.search("harbour", page=page, rows=2) for page in range(4)]
    assert [page.has_more for page in pages] == [True, True, True, False]
    assert not any(page.by_relevance for page in pages)
    seen = [hit.interview_id for page in pages for hit in page.hits]
    assert seen == sorted(ids, reverse=True)


def test_a_page_past_the_end_is_empty_but_counts(store, content, search):
    content.save_notes(add_interview(store), "lighthouse keeper")
    results = search.search("lighthouse", page=3, rows=2)
    assert results.hits == []
    assert not results.has_more


def test_words_are_found_from_their_first_letters_at_every_length(store, content, search):
    interview_id = add_interview(store)
    content.save_notes(interview_id, "Apprenticeships in shipbuilding")
    for typed in ("ap", "app", "appr", "appre", "apprent", "apprentic", "apprenticeships", "shipbuil"):
        assert [hit.interview_id for hit in search.search(typed).hits] == [interview_id], typed
    assert search.search("apprenticeshipss").hits == []


def _segments(database) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(DISTINCT segid) FROM search_index_idx").fetchone()[0]


def test_compacting_merges_the_index_into_one_segment_and_keeps_every_text(tmp_path, clock):
    from app.store.search_repository import compact_index
    from app.store.store import open_store

    database = tmp_path / "db.sqlite"
    store = open_store(database, clock)
    content = content_repository(store, clock)
    ids = [add_interview(store, name=f"Person {index}", occupation=None) for index in range(12)]
    for interview_id in ids:  # one write each, as autosave does: one small segment each
        content.save_notes(interview_id, f"quarry visit {interview_id}")
    assert _segments(database) > 1
    assert compact_index(database, budget_seconds=10) is True
    assert _segments(database) == 1
    search = search_repository(store, clock)
    assert sorted(hit.interview_id for hit in search.search("quarry", rows=50).hits) == sorted(ids)
    assert compact_index(database, budget_seconds=10) is True  # nothing left: a no-op
    store.dispose()


def test_compacting_stops_when_its_time_is_up(tmp_path, clock, monkeypatch):
    from app.store import search_repository
    from app.store.store import open_store

    database = tmp_path / "db.sqlite"
    store = open_store(database, clock)
    content = content_repository(store, clock)
    for index in range(12):  # many different words, so that merging takes many pages
        words = " ".join(f"w{index}x{word}" for word in range(400))
        content.save_notes(add_interview(store, name=f"Person {index}", occupation=None), words)
    monkeypatch.setattr(search_repository, "COMPACT_STEP_PAGES", 1)
    ticks = iter(range(100))
    assert search_repository.compact_index(database, budget_seconds=2, now=lambda: next(ticks)) is False
    assert _segments(database) > 1
    assert search_repository.compact_index(database, budget_seconds=1000) is True
    assert _segments(database) == 1
    store.dispose()


def test_closing_the_store_compacts_the_index(tmp_path, clock):
    from app.store.store import open_store

    database = tmp_path / "db.sqlite"
    store = open_store(database, clock)
    content = content_repository(store, clock)
    for index in range(6):
        content.save_notes(add_interview(store, name=f"Person {index}", occupation=None), "orchard")
    assert _segments(database) > 1
    store.dispose()
    assert _segments(database) == 1


def test_upgrading_from_the_old_index_keeps_every_place_searchable(tmp_path, clock):
    """A file whose index was made by 0002/0003 (place and source id stored, short prefixes)."""
    from alembic import command

    from app.store.migrate import alembic_config
    from app.store.store import open_store

    database = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{database}")
    command.upgrade(alembic_config(engine), "0003_search_wrapup")
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO contacts(id, full_name, organisation, created_at, updated_at) "
            "VALUES (1, 'Ines Aranda', 'Harbourside Boatyard', '2026-01-01', '2026-01-01')"
        )
        connection.execute(
            "INSERT INTO interviews(id, contact_id, location, created_at, updated_at) "
            "VALUES (1, 1, 'Slipway office', '2026-01-01', '2026-01-01')"
        )
        connection.execute("INSERT INTO interview_notes VALUES (1, 'fibreglass repairs all winter', '2026-01-01')")
        connection.execute(
            "INSERT INTO interview_questions(id, interview_id, text, position, answer, updated_at) "
            "VALUES (1, 1, 'A typical day?', 0, 'Sanding and varnishing', '2026-01-01')"
        )
        columns = [row[1] for row in connection.execute("PRAGMA table_info(search_index)")]
    engine.dispose()
    assert columns == ["body", "place", "source_id"]

    store = open_store(database, clock)
    try:
        search = search_repository(store, clock)
        for typed, place in (
            ("fibreglas", MatchPlace.NOTES),
            ("varnishin", MatchPlace.ANSWER),
            ("aranda", MatchPlace.CONTACT),
            ("harbourside", MatchPlace.ORGANISATION),
            ("slipway", MatchPlace.LOCATION),
        ):
            assert [(hit.place, hit.interview_id) for hit in search.search(typed).hits] == [(place, 1)], typed
        with sqlite3.connect(database) as connection:
            assert [row[1] for row in connection.execute("PRAGMA table_info(search_index)")] == ["body"]
        # Triggers of the new index keep it in step.
        content_repository(store, clock).save_notes(1, "gelcoat")
        assert search.search("gelcoat").hits[0].place is MatchPlace.NOTES
        assert search.search("fibreglass").hits == []
    finally:
        store.dispose()
    assert _segments(database) == 1


def test_accents_typed_as_separate_marks_match_either_way(store, content, search):
    composed = add_interview(store, name="Composed Writer")
    decomposed = add_interview(store, name="Decomposed Writer")
    content.save_notes(composed, "She trained at the école hôtelière.")
    content.save_notes(decomposed, unicodedata.normalize("NFD", "He left the école de danse."))
    for query in ("école", unicodedata.normalize("NFD", "école"), "ecole"):
        assert sorted(hit.interview_id for hit in search.search(query).hits) == sorted([composed, decomposed]), query


def test_equal_matches_come_newest_first_across_pages(store, content, search):
    ids = [add_interview(store, name=f"Person {index}", occupation=None) for index in range(25)]
    for interview_id in ids:
        content.save_notes(interview_id, "harbour")
    first = search.search("harbour", rows=10)
    assert first.by_relevance
    assert [hit.interview_id for hit in first.hits] == sorted(ids, reverse=True)[:10]


def test_the_best_match_leads_the_first_page_wherever_it_is(store, content, search):
    oldest = add_interview(store, name="Oldest Person", occupation=None)
    content.save_notes(oldest, "Welding, welding and more welding.")
    for index in range(15):
        content.save_notes(
            add_interview(store, name=f"Person {index}", occupation=None),
            "Budgets, rotas, travel, staffing, and once, briefly, welding.",
        )
    first = search.search("welding", rows=5)
    assert first.hits[0].interview_id == oldest
    assert first.has_more


def test_the_last_full_page_has_no_next(store, content, search):
    for index in range(4):
        content.save_notes(add_interview(store, name=f"Person {index}", occupation=None), "orchard")
    assert search.search("orchard", page=0, rows=2).has_more
    assert not search.search("orchard", page=1, rows=2).has_more


def test_closing_while_another_program_holds_the_database_skips_compaction(tmp_path, clock, monkeypatch, caplog):
    from app.store import search_repository
    from app.store.store import open_store

    monkeypatch.setattr(search_repository, "COMPACT_LOCK_WAIT_MS", 10)
    database = tmp_path / "db.sqlite"
    store = open_store(database, clock)
    content = content_repository(store, clock)
    for index in range(4):
        content.save_notes(add_interview(store, name=f"Person {index}", occupation=None), "orchard")
    other = sqlite3.connect(database)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        store.dispose()  # must not raise
    finally:
        other.rollback()
        other.close()
    assert "search index not compacted" in caplog.text
    assert _segments(database) > 1  # left as it was, for next time


def test_tidying_after_small_writes_leaves_a_large_segment_alone(tmp_path, clock):
    from app.store.search_repository import compact_index
    from app.store.store import open_store

    database = tmp_path / "db.sqlite"
    store = open_store(database, clock)
    content = content_repository(store, clock)
    ids = [add_interview(store, name=f"Person {index}", occupation=None) for index in range(40)]
    for interview_id in ids:
        content.save_notes(interview_id, " ".join(f"w{interview_id}x{word}" for word in range(200)))
    with sqlite3.connect(database) as connection:
        connection.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        (large,) = {row[0] for row in connection.execute("SELECT DISTINCT segid FROM search_index_idx")}
    for interview_id in ids[:3]:  # a short session: a few small writes
        content.save_notes(interview_id, "quarry visit")
    assert compact_index(database, budget_seconds=10) is True
    with sqlite3.connect(database) as connection:
        segments = {row[0] for row in connection.execute("SELECT DISTINCT segid FROM search_index_idx")}
    assert large in segments  # not rewritten to take in a few small ones
    assert sorted(hit.interview_id for hit in search_repository(store, clock).search("quarry").hits) == sorted(ids[:3])
    store.dispose()


def test_long_notes_matching_in_many_chunks_are_one_result_across_pages(store, content, search):
    long_id = add_interview(store, name="Long Notes")
    content.save_notes(long_id, "\n".join(f"Part {index}: the lighthouse keeper's log." * 30 for index in range(200)))
    others = [add_interview(store, name=f"Person {index}") for index in range(5)]
    for other in others:
        content.save_notes(other, "A short note about a lighthouse.")

    results = [search.search("lighthouse", page=page, rows=2) for page in range(4)]
    found = [hit.interview_id for page in results for hit in page.hits]
    assert sorted(found) == sorted([long_id, *others])
    assert results[0].matching_texts == 6
    assert [page.has_more for page in results] == [True, True, False, False]
    long_hit = next(hit for page in results for hit in page.hits if hit.interview_id == long_id)
    assert long_hit.place is MatchPlace.NOTES
    assert "lighthouse" in plain_snippet(long_hit.snippet).lower()
