"""The autosaver's retry: once a write has failed, the text is written again on its own when
the disk recovers, whatever stopped in between (a flush on leaving the page, a failed retry)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from app.core.autosave import AutosavePolicy, SaveStatus
from app.ui.widgets.autosaver import Autosaver

# Short retries so that the real timer fires within a few milliseconds; the fake clock decides
# whether a write is due when it does.
POLICY = AutosavePolicy(quiet_seconds=0.3, max_wait_seconds=0.6, first_retry_seconds=0.01, max_retry_seconds=0.04)


class DiskFullThenRoom:
    """Fails the first ``failures`` writes as a full disk does, then writes."""

    def __init__(self, failures: int) -> None:
        self.failures_left = failures
        self.attempts = 0
        self.written: dict = {}

    def __call__(self, payload) -> None:
        self.attempts += 1
        if self.failures_left:
            self.failures_left -= 1
            raise OperationalError("UPDATE interview_notes", {}, Exception("database or disk is full"))
        self.written.update(payload)


@pytest.fixture(params=[False, True], ids=["inline", "writer-thread"])
def background(request):
    return request.param


@pytest.fixture
def make_autosaver(clock, background):
    made: list[Autosaver] = []

    def make(text: dict, writer) -> Autosaver:
        snapshot = lambda keys: {key: text[key] for key in keys}  # noqa: E731
        made.append(Autosaver(clock, snapshot, writer, background=background, policy=POLICY))
        return made[-1]

    yield make
    for autosaver in made:
        autosaver.close()


def fail_once_more(qtbot, clock, autosaver, writer) -> None:
    """Let the armed retry fire (no keystroke) and fail."""
    attempts = writer.attempts
    clock.advance(POLICY.max_retry_seconds)
    # next_wakeup_in() is None while a write is in flight: wait until this one has reported back.
    qtbot.waitUntil(lambda: writer.attempts > attempts and autosaver.next_wakeup_in() is not None, timeout=2000)
    assert autosaver.status is SaveStatus.RETRYING


def test_a_flush_between_failures_does_not_stop_the_retry(qtbot, clock, make_autosaver):
    text = {"notes": "Hires mostly from co-op students"}
    writer = DiskFullThenRoom(failures=4)
    autosaver = make_autosaver(text, writer)

    autosaver.mark_dirty("notes")  # the only keystroke
    clock.advance(POLICY.max_wait_seconds)
    autosaver.poll()
    qtbot.waitUntil(lambda: autosaver.status is SaveStatus.RETRYING, timeout=2000)  # failure 1
    assert "disk is full" in autosaver.problem_text

    assert not autosaver.flush()  # leaving the page: failure 2
    assert autosaver.status is SaveStatus.RETRYING
    fail_once_more(qtbot, clock, autosaver, writer)  # failure 3, from the retry the flush left armed
    assert not autosaver.flush()  # failure 4
    assert writer.attempts == 4

    clock.advance(POLICY.max_retry_seconds)  # the disk has room again; nobody types
    qtbot.waitUntil(lambda: autosaver.status is SaveStatus.SAVED, timeout=2000)
    assert writer.written == {"notes": "Hires mostly from co-op students"}
    assert autosaver.problem_text == ""
    assert not autosaver.has_unsaved()


def test_a_failed_flush_with_nothing_armed_before_still_retries(qtbot, clock, make_autosaver):
    text = {"notes": "Ask about the night shift"}
    writer = DiskFullThenRoom(failures=2)
    autosaver = make_autosaver(text, writer)

    autosaver.mark_dirty("notes")
    assert not autosaver.flush()  # switching tabs at once: failure 1, inline
    fail_once_more(qtbot, clock, autosaver, writer)  # failure 2

    clock.advance(POLICY.max_retry_seconds)
    qtbot.waitUntil(lambda: autosaver.status is SaveStatus.SAVED, timeout=2000)
    assert writer.written == {"notes": "Ask about the night shift"}
    assert autosaver.problem_text == ""


def test_text_that_cannot_be_gathered_is_retried_after_a_pause_not_in_a_busy_loop(qtbot, clock):
    calls = []

    def snapshot(keys):
        calls.append(keys)
        if len(calls) == 1:
            raise RuntimeError("editor went away")
        return {"notes": "kept"}

    written = {}
    autosaver = Autosaver(clock, snapshot, written.update, background=False, policy=POLICY)
    autosaver.mark_dirty("notes")
    clock.advance(POLICY.max_wait_seconds)
    autosaver.poll()
    assert autosaver.status is SaveStatus.RETRYING
    assert autosaver.next_wakeup_in() > 0
    clock.advance(POLICY.max_retry_seconds)
    qtbot.waitUntil(lambda: autosaver.status is SaveStatus.SAVED, timeout=2000)
    assert written == {"notes": "kept"}
    autosaver.close()


def test_failed_writes_are_worded_by_the_kind_core_finds():
    import errno

    from app.ui.widgets.autosaver import describe_write_error

    full = describe_write_error(OSError(errno.ENOSPC, "No space left on device"))
    assert full.startswith("Notes not saved: the disk is full (")
    unopenable = describe_write_error(OperationalError("UPDATE", {}, Exception("unable to open database file")))
    assert unopenable.startswith("Notes not saved: the data folder is read-only (unable to open database file).")
    odd = describe_write_error(RuntimeError())
    assert odd.startswith("Notes not saved: the database could not be written (RuntimeError).")
