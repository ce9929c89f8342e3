from __future__ import annotations

import pytest

from app.core.autosave import AutosavePolicy, AutosaveSchedule, SaveStatus

POLICY = AutosavePolicy(quiet_seconds=0.3, max_wait_seconds=0.6, first_retry_seconds=0.5, max_retry_seconds=4.0)


def test_nothing_is_due_without_edits():
    schedule = AutosaveSchedule(POLICY)
    assert schedule.status is SaveStatus.SAVED
    assert schedule.next_wakeup() is None
    assert not schedule.due(100.0)


def test_a_pause_in_typing_makes_a_save_due():
    schedule = AutosaveSchedule(POLICY)
    schedule.edited(10.0)
    assert schedule.status is SaveStatus.UNSAVED
    assert schedule.next_wakeup() == pytest.approx(10.3)
    assert not schedule.due(10.29)
    assert schedule.due(10.3)


def test_continuous_typing_still_saves_within_the_maximum_wait():
    schedule = AutosaveSchedule(POLICY)
    for keystroke in range(10):
        schedule.edited(10.0 + keystroke * 0.1)  # never pauses 0.3 s
    assert schedule.next_wakeup() == pytest.approx(10.6)
    assert schedule.due(10.6)


def test_edits_during_a_write_wait_for_the_next_one():
    schedule = AutosaveSchedule(POLICY)
    schedule.edited(10.0)
    schedule.started(10.3)
    assert schedule.status is SaveStatus.SAVING
    schedule.edited(10.31)
    assert not schedule.due(20.0)  # one write at a time
    schedule.succeeded(10.35)
    assert schedule.status is SaveStatus.UNSAVED
    assert schedule.next_wakeup() == pytest.approx(10.61)
    schedule.started(10.61)
    schedule.succeeded(10.62)
    assert schedule.status is SaveStatus.SAVED
    assert not schedule.has_unsaved


def test_urgent_changes_are_due_at_once():
    schedule = AutosaveSchedule(POLICY)
    schedule.edited(10.0, urgent=True)
    assert schedule.due(10.0)


def test_a_failed_write_keeps_its_edits_and_retries_with_growing_delays():
    schedule = AutosaveSchedule(POLICY)
    schedule.edited(10.0)
    schedule.started(10.3)
    assert schedule.failed(10.31) == 0.5
    assert schedule.status is SaveStatus.RETRYING
    assert schedule.has_unsaved
    assert not schedule.due(10.5)
    assert schedule.due(10.81)

    delays = []
    now = 10.81
    for _ in range(5):
        schedule.started(now)
        delay = schedule.failed(now)
        delays.append(delay)
        now += delay
    assert delays == [1.0, 2.0, 4.0, 4.0, 4.0]

    # Typing while failing does not hurry the retry.
    schedule.edited(now - 1.0)
    assert schedule.next_wakeup() == now

    schedule.started(now)
    schedule.succeeded(now + 0.01)
    assert schedule.status is SaveStatus.SAVED
    assert schedule.failures == 0


def test_labels_a_person_reads():
    assert SaveStatus.SAVED.label == "Saved"
    assert SaveStatus.RETRYING.label == "Not saved — retrying"


def test_failures_with_no_edit_after_the_first_keep_a_retry_due_until_one_succeeds():
    schedule = AutosaveSchedule(POLICY)
    schedule.edited(10.0)  # the only edit
    now = 10.6
    for _ in range(4):
        assert schedule.due(now)
        schedule.started(now)
        now += schedule.failed(now)
        assert schedule.status is SaveStatus.RETRYING
        assert schedule.has_unsaved
        assert schedule.next_wakeup() == pytest.approx(now)
    schedule.started(now)
    schedule.succeeded(now + 0.01)
    assert schedule.status is SaveStatus.SAVED
    assert not schedule.has_unsaved
    assert schedule.next_wakeup() is None
