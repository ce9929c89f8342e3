"""Runs the live interview page against a data directory and types into it until killed.

Used by tests/test_crash_recovery.py: ``python -m tests.crash_driver DATA_DIR``. Prints
``ready INTERVIEW_ID`` once the page is up, then after each typed chunk
``typed TARGET CHUNK MONOTONIC_SECONDS`` where TARGET is ``notes`` or a picked-question id.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHUNK_PAUSE_MS = 15


def chunk_text(step: int) -> str:
    return f"<{step:05d}> "


def main(data_dir: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core.clock import SystemClock
    from app.paths import DATABASE_NAME
    from app.store.interview_content import InterviewContentRepository
    from app.store.store import open_store
    from app.ui.interview_view import InterviewView
    from tests.content_helpers import add_interview, pick_questions, sessions_of

    app = QApplication([])
    clock = SystemClock()
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / DATABASE_NAME, clock)
    interview_id = add_interview(store)
    picked = pick_questions(store, clock, interview_id, ["How did you start?", "What is hard?"])
    view = InterviewView(clock, InterviewContentRepository(sessions_of(store), clock), elapsed_text=lambda: "00:00")
    view.load(interview_id, "Crash test")
    view.resize(1024, 700)
    view.show()
    print(f"ready {interview_id} {' '.join(map(str, picked))}", flush=True)

    targets = [("notes", view.notes_editor)] + [
        (str(pid), view.answer_editor(index)) for index, pid in enumerate(picked)
    ]
    step = 0

    def type_chunk() -> None:
        nonlocal step
        name, editor = targets[(step // 25) % len(targets)]
        QTest.keyClicks(editor, chunk_text(step))
        print(f"typed {name} {step} {time.monotonic():.6f}", flush=True)
        step += 1
        QTimer.singleShot(CHUNK_PAUSE_MS, type_chunk)

    QTimer.singleShot(0, type_chunk)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
