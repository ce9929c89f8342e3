"""A kill at any point of saving long notes leaves the old text or the new one, with its chunks
and search index in step with it, never a mix."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.store import open_store
from tests.note_save_driver import edited_version, first_version

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.parametrize("statements", range(1, 8))  # a save runs 5 or 6; the last ones finish
def test_a_kill_between_any_two_statements_of_a_save_leaves_one_whole_version(tmp_path, clock, statements):
    database = tmp_path / "kill.db"
    result = subprocess.run(
        [sys.executable, "-m", "tests.note_save_driver", str(database), str(statements)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = result.stdout.split("\n")
    assert lines[0].startswith("saved"), result.stderr
    interview_id = int(lines[0].split()[1])
    finished = "edited" in lines
    assert finished or result.returncode == -9

    store = open_store(database, clock)
    try:
        body = store.content.notes(interview_id)
        assert body == (edited_version() if finished else first_version())
        nightingale = [hit.interview_id for hit in store.search.search("nightingale").hits]
        assert nightingale == ([interview_id] if finished else [])
    finally:
        store.dispose()
    with sqlite3.connect(database) as connection:
        chunks = connection.execute(
            "SELECT body FROM interview_note_chunks WHERE interview_id = ? ORDER BY position", (interview_id,)
        ).fetchall()
        connection.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
    assert "".join(chunk for (chunk,) in chunks) == body
