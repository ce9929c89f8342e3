"""Told to leave (SIGTERM, as a logout or `kill` does), the app writes what was typed and tidies up."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import DATABASE_NAME, LOCK_NAME
from app.store.interview_content import InterviewContentRepository
from app.store.store import open_store
from tests.content_helpers import sessions_of
from tests.crash_driver import chunk_text

ROOT = Path(__file__).resolve().parents[1]
CHUNKS_BEFORE_SIGNAL = 30
LINE_TIMEOUT_SECONDS = 60.0


def _read_line(process: subprocess.Popen, selector: selectors.BaseSelector) -> str:
    if not selector.select(timeout=LINE_TIMEOUT_SECONDS):
        raise AssertionError("the app stopped reporting progress")
    return process.stdout.readline().strip()


@pytest.mark.slow
@pytest.mark.parametrize("leaving_signal", [signal.SIGTERM, signal.SIGHUP])
def test_notes_typed_just_before_a_sigterm_are_written_and_the_lock_released(tmp_path, clock, leaving_signal):
    data_dir = tmp_path / "data"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    environment.pop("INFOINTERVIEW_DATA_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.leave_driver", str(data_dir)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    typed: list[int] = []
    try:
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        ready = _read_line(process, selector).split()
        assert ready[0] == "ready", (ready, process.stderr.read() if process.poll() is not None else "")
        interview_id = int(ready[1])
        while len(typed) < CHUNKS_BEFORE_SIGNAL:
            typed.append(int(_read_line(process, selector).split()[1]))
        # Well within the autosave's pause: the last chunks are only on screen now.
        process.send_signal(leaving_signal)
        for line in process.stdout:  # chunks typed before the event loop saw the signal
            typed.append(int(line.split()[1]))
        process.wait(timeout=LINE_TIMEOUT_SECONDS)
        stderr = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=LINE_TIMEOUT_SECONDS)
        process.stdout.close()
        process.stderr.close()

    assert process.returncode == 0, stderr
    assert not (data_dir / LOCK_NAME).exists()
    store = open_store(data_dir / DATABASE_NAME, clock)
    try:
        notes = InterviewContentRepository(sessions_of(store), clock).notes(interview_id)
    finally:
        store.dispose()
    assert notes == "".join(chunk_text(step) for step in typed)
    log = (data_dir / "infointerview.log").read_text()
    assert f"leaving on {leaving_signal.name}" in log
    assert "Traceback" not in log
