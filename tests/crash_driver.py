"""Runs the live interview page and a wrap-up against a data directory and types into them
until killed.

Used by tests/test_crash_recovery.py: ``python -m tests.crash_driver DATA_DIR``. Prints
``ready INTERVIEW_ID WRAPUP_INTERVIEW_ID PICKED_ID...`` once the pages are up, then after each
typed chunk ``typed TARGET CHUNK MONOTONIC_SECONDS`` where TARGET is ``notes``, a
picked-question id, or one of the wrap-up's ``WRAPUP_TARGETS``. Before typing it picks a rating
and prints ``rated ASPECT SCORE MONOTONIC_SECONDS``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHUNK_PAUSE_MS = 15
WRAPUP_TARGETS = ("thank_subject", "thank_body", "reflection")
RATED_ASPECT = "kept_to_time"
RATED_SCORE = 4


def chunk_text(step: int) -> str:
    return f"<{step:05d}> "


def main(data_dir: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core.clock import SystemClock
    from app.core.wrapup import EvaluationAspect, WrapUpStep
    from app.paths import DATABASE_NAME, resource
    from app.store.business_card_repository import BusinessCardRepository
    from app.store.interview_content import InterviewContentRepository
    from app.store.store import open_store
    from app.store.wrapup_repository import WrapUpRepository
    from app.ui.interview.interview_view import InterviewView
    from app.ui.wrapup.steps.base import WrapUpServices
    from app.ui.wrapup.wrapup_view import WrapUpView
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

    # A second, finished interview, wrapped up in its own window with the app's real autosave.
    wrapup_id = add_interview(store, name="Maria Lopez", organisation="City Water Board")
    wrapups = WrapUpRepository(sessions_of(store), clock)
    services = WrapUpServices(
        wrapups,
        BusinessCardRepository(sessions_of(store), clock, folder / "attachments"),
        clock,
        resource("templates"),
    )
    wrapups.finish_interview(wrapup_id)
    wrapup = WrapUpView(services)
    wrapup.open_interview(wrapup_id)
    wrapup.resize(1024, 700)
    wrapup.show()
    note = wrapup.pages[WrapUpStep.THANK_YOU_NOTE]
    evaluation = wrapup.pages[WrapUpStep.EVALUATE]
    note.subject_line.clear()  # typed from empty, so that what is on disk is exactly what was typed
    note.body_edit.clear()
    print(f"ready {interview_id} {wrapup_id} {' '.join(map(str, picked))}", flush=True)

    evaluation.groups[EvaluationAspect(RATED_ASPECT)].button(RATED_SCORE).click()
    print(f"rated {RATED_ASPECT} {RATED_SCORE} {time.monotonic():.6f}", flush=True)

    wrapup_editors = dict(zip(WRAPUP_TARGETS, (note.subject_line, note.body_edit, evaluation.reflection), strict=True))
    targets = (
        [("notes", view.notes_editor)]
        + [(str(pid), view.answer_editor(index)) for index, pid in enumerate(picked)]
        + list(wrapup_editors.items())
    )
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
