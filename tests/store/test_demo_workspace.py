"""The demo workspace: made whole from the shipped plan, in its own folder, reset only there."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.demo_workspace import DemoPlanError, parse_demo_plan
from app.core.entities import ContactSource, ContactStatus, InterviewStatus
from app.demo import MARKER, DemoFolderError, is_demo_folder, prepare_demo, remove_demo
from app.paths import DATABASE_NAME, resource
from app.store.store import open_store
from tests.fakes import FakeClock

NOW = datetime(2026, 12, 2, 16, 20, tzinfo=UTC)
ZONE = ZoneInfo("America/Chicago")


def _clock() -> FakeClock:
    return FakeClock(NOW, zone=ZONE)


def _checksums(folder):
    return {
        path.relative_to(folder): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def demo(tmp_path):
    folder = tmp_path / "InfoInterview Demo"
    assert prepare_demo(folder, _clock()) is True
    store = open_store(folder / DATABASE_NAME, _clock())
    yield folder, store
    store.dispose()


def test_the_shipped_plan_is_whole_and_links_only_what_it_lists():
    plan = parse_demo_plan(resource("demo", "workspace.toml").read_text(encoding="utf-8"))
    assert len(plan.occupations) == 3
    assert {person.source for person in plan.people} == set(ContactSource) - set()  # every kind of source
    statuses = {interview.status for interview in plan.interviews}
    assert statuses == {InterviewStatus.FINISHED, InterviewStatus.PLANNED}


def test_a_plan_naming_someone_it_does_not_list_is_refused():
    with pytest.raises(DemoPlanError):
        parse_demo_plan('[[person]]\nkey = "a"\ngiven = "A"\nreferred_by = "nobody"\n')


def test_the_demo_holds_occupations_people_a_referral_chain_interviews_and_a_shared_set(demo):
    folder, store = demo
    assert is_demo_folder(folder)
    assert sorted(occupation.title for occupation in store.occupations.list()) == [
        "Occupational therapist",
        "UX researcher",
        "Urban planner",
    ]
    people = {contact.full_name: contact for contact in store.contacts.list()}
    assert len(people) == 11
    # Jonas referred Sofia, who referred Lucía: a chain of three.
    assert people["Lucía Fernández"].referred_by_id == people["Sofia Haddad"].id
    assert people["Sofia Haddad"].referred_by_id == people["Jonas Weber"].id
    assert people["Jonas Weber"].status == ContactStatus.THANKED
    finished = store.reads.interviews_with_status(InterviewStatus.FINISHED)
    assert sorted(row.contact_name for row in finished) == ["Amara Okafor", "Jonas Weber", "Priya Natarajan"]
    for row in finished:
        assert store.wrapups.notes(row.interview.id).strip()
        assert store.wrapups.evaluation(row.interview.id) is not None
    planned = store.reads.interviews_with_status(InterviewStatus.PLANNED)
    ready = next(row for row in planned if row.contact_name == "Tomás Reyes")
    # Ready to run: today, at the next whole hour in the person's zone, with questions picked.
    assert ready.interview.scheduled_at == datetime(2026, 12, 2, 17, 0, tzinfo=UTC)
    assert len(store.questions.list_picked(ready.interview.id)) == 6
    assert [question_set.name for question_set in store.questions.list_sets()] == ["A first conversation"]
    assert store.questions.list_sets()[0].occupation_id is None


def test_people_have_their_logs_and_keep_the_status_the_demo_gives_them(demo):
    _folder, store = demo
    people = {contact.full_name: contact for contact in store.contacts.list()}
    tomas = store.outreach.interactions(people["Tomás Reyes"].id)
    assert [entry.outcome.value for entry in tomas] == ["agreed", "no_answer"]  # newest first
    assert people["Tomás Reyes"].status == ContactStatus.SCHEDULED
    assert people["Marcus Green"].status == ContactStatus.NO_REPLY
    assert store.outreach.interactions(people["Helen Marsh"].id) == []


def test_a_thank_you_note_is_left_to_write_so_the_demo_shows_a_nudge(demo):
    _folder, store = demo
    assert len(store.wrapups.nudges(NOW)) == 1


def test_the_demo_is_made_once_and_a_folder_that_is_not_a_demo_is_never_filled_or_removed(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / DATABASE_NAME).write_bytes(b"the person's own data")
    before = _checksums(mine)
    with pytest.raises(DemoFolderError):
        prepare_demo(mine, _clock())
    with pytest.raises(DemoFolderError):
        remove_demo(mine)
    assert _checksums(mine) == before
    assert not list(tmp_path.glob("*.making-*"))


def test_reset_removes_only_the_demo_and_the_next_start_makes_it_afresh(demo, tmp_path):
    folder, store = demo
    store.dispose()
    assert prepare_demo(folder, _clock()) is False  # already there: kept as it is
    remove_demo(folder)
    assert not folder.exists()
    assert prepare_demo(folder, _clock()) is True
    assert (folder / MARKER).is_file()
