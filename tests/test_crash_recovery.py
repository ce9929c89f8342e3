"""The worst failure is losing what was typed: kill the app mid-sentence (notes, answers, the
thank-you note and the reflection of a wrap-up) and check what is on disk."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.wrapup import EvaluationAspect
from app.paths import DATABASE_NAME
from app.store.interview_content import InterviewContentRepository
from app.store.store import open_store
from app.store.wrapup_repository import WrapUpRepository
from tests.content_helpers import sessions_of
from tests.crash_driver import RATED_ASPECT, RATED_SCORE, WRAPUP_TARGETS, chunk_text

ROOT = Path(__file__).resolve().parents[1]
TYPING_SECONDS = 4.0  # long enough for every page, the wrap-up's included, to get typing
DURABLE_WITHIN_SECONDS = 1.0
LINE_TIMEOUT_SECONDS = 30.0


def _read_line(process: subprocess.Popen, selector: selectors.BaseSelector) -> str:
    if not selector.select(timeout=LINE_TIMEOUT_SECONDS):
        raise AssertionError("the app stopped reporting progress")
    line = process.stdout.readline()
    if not line:
        raise AssertionError(f"the app exited early: {process.stderr.read()}")
    return line.strip()


@pytest.mark.slow
def test_everything_typed_a_second_before_a_kill_is_on_disk(tmp_path, clock):
    data_dir = tmp_path / "data"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_driver", str(data_dir)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    typed: list[tuple[str, int, float]] = []
    rated_at = None
    try:
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        ready = _read_line(process, selector).split()
        assert ready[0] == "ready", ready
        interview_id, wrapup_id, picked = int(ready[1]), int(ready[2]), [int(value) for value in ready[3:]]
        while True:
            kind, target, step, at = _read_line(process, selector).split()
            if kind == "rated":
                rated_at = float(at)
                continue
            typed.append((target, int(step), float(at)))
            if typed[-1][2] - typed[0][2] >= TYPING_SECONDS:
                break
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=LINE_TIMEOUT_SECONDS)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    store = open_store(data_dir / DATABASE_NAME, clock)
    try:
        content = InterviewContentRepository(sessions_of(store), clock)
        on_disk = {"notes": content.notes(interview_id)}
        on_disk.update({str(question.id): question.answer for question in content.picked_questions(interview_id)})
        wrapups = WrapUpRepository(sessions_of(store), clock)
        note = wrapups.thank_you_note(wrapup_id)
        evaluation = wrapups.evaluation(wrapup_id)
        on_disk["thank_subject"] = note.subject if note else ""
        on_disk["thank_body"] = note.body if note else ""
        on_disk["reflection"] = evaluation.reflection if evaluation else ""
    finally:
        store.dispose()

    assert set(on_disk) == {"notes", *map(str, picked), *WRAPUP_TARGETS}
    must_have = [entry for entry in typed if entry[2] <= killed_at - DURABLE_WITHIN_SECONDS]
    assert len(must_have) > 50, "typing went too slowly to test anything"
    assert set(WRAPUP_TARGETS) <= {target for target, _, _ in must_have}, "the wrap-up was never typed into"
    assert rated_at is not None and rated_at <= killed_at - DURABLE_WITHIN_SECONDS
    assert evaluation.scores == {EvaluationAspect(RATED_ASPECT): RATED_SCORE}
    for target, step, _ in must_have:
        assert chunk_text(step) in on_disk[target], f"chunk {step} typed into {target} was lost"
    # What is on disk is exactly what was typed, in order, with nothing garbled.
    for target, text in on_disk.items():
        steps = [step for name, step, _ in typed if name == target]
        expected = "".join(chunk_text(step) for step in steps)
        assert expected.startswith(text) or text.startswith(expected), target
