"""Autosave while typing: how long from a keystroke until it is committed on disk, and how long
saving ever holds up the UI thread.

Runs the real interview page offscreen against a fresh database, with notes already 20 KB long
(the middle of an interview), and types into it at a brisk pace with short pauses to think. Then
does the same in an interview whose notes are already 1 MB, as one long run of sentences, where
neither a save nor a keystroke may grow with the length of the text.
The write function records when each commit finished and how much text it held; since typing
appends, the text length tells which keystrokes a commit made durable.

Prints one JSON object as its last line: durable_p95_ms (keystroke to committed on disk) and
max_ui_block_ms (the longest stretch the UI thread spent on saving: gathering the text,
handing it to the writer thread, taking the result back) for the 20 KB notes;
durable_p95_ms_1mb and max_keystroke_ms_1mb (the longest a keystroke took, typing, layout and
saving together) for the 1 MB notes.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KEYSTROKES = 360
KEYSTROKES_1MB = 180
KEY_INTERVAL_MS = 70  # about 85 words a minute
THINK_EVERY = 45  # keystrokes between pauses
THINK_MS = 900
EXISTING_NOTES_CHARS = 20_000
LARGE_NOTES_CHARS = 1_000_000


def ordinary_notes(length: int) -> str:
    """The 20 KB notes: one long run of sentences, as typed in one go."""
    return ("Earlier notes about the conversation so far, in ordinary sentences. " * 400)[:length]


def large_notes(length: int) -> str:
    """A megabyte of notes as one long run of sentences, like the 20 KB ones (written before long
    pastes were refused, or imported), with a vocabulary of thousands of words as real text has:
    the index's cost grows with it."""
    rng = random.Random(11)
    syllables = ["ka", "lo", "mi", "ter", "san", "vo", "ri", "del", "pun", "che", "al", "ous", "ing", "ex", "tra"]
    vocabulary = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(6000)]
    sentences, size = [], 0
    while size < length:
        sentence = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(6, 20))).capitalize() + "."
        sentences.append(sentence)
        size += len(sentence) + 1
    return " ".join(sentences)[:length]


def type_into_notes(existing: str, keystrokes_wanted: int) -> dict:
    """Open an interview whose notes are ``existing``, type at the end, and measure."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core.clock import SystemClock
    from app.core.entities import Contact, Interview
    from app.store.interview_content import InterviewContentRepository
    from app.store.store import open_store
    from app.ui.interview.interview_view import InterviewView

    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    clock = SystemClock()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db", clock)
        contact = store.contacts.add(Contact(full_name="Benchmark Person"))
        interview_id = store.interviews.add(Interview(contact_id=contact.id)).id
        real = InterviewContentRepository(store.interviews._sessions, clock)
        real.save_notes(interview_id, existing)

        commits: list[tuple[float, int]] = []  # (finished at, notes length)
        lock = threading.Lock()

        class Recording:
            picked_questions = staticmethod(real.picked_questions)
            notes = staticmethod(real.notes)

            @staticmethod
            def save(interview_id, **parts):
                missing = real.save(interview_id, **parts)
                if parts.get("notes") is not None:
                    with lock:
                        commits.append((time.perf_counter(), len(parts["notes"])))
                return missing

        view = InterviewView(clock, Recording(), elapsed_text=lambda: "12:34")
        view.load(interview_id, "Benchmark")
        view.resize(1366, 768)
        view.show()
        editor = view.notes_editor
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        app.processEvents()

        keystrokes: list[tuple[float, int]] = []  # (typed at, notes length after it)
        key_costs: list[float] = []
        letters = "abcdefghijklmnopqrstuvwxyz     ,."

        def type_one() -> None:
            if len(keystrokes) == keystrokes_wanted:
                QTimer.singleShot(0, finish)
                return
            char = rng.choice(letters)
            began = time.perf_counter()
            QTest.keyClick(editor, char)
            typed = time.perf_counter()
            app.processEvents()  # the layout and painting the keystroke caused
            key_costs.append(time.perf_counter() - began)
            keystrokes.append((typed, len(existing) + len(keystrokes) + 1))
            pause = THINK_MS if len(keystrokes) % THINK_EVERY == 0 else KEY_INTERVAL_MS
            QTimer.singleShot(pause, type_one)

        def finish() -> None:
            if view.autosaver.has_unsaved():
                QTimer.singleShot(50, finish)
                return
            app.quit()

        QTimer.singleShot(200, type_one)
        app.exec()
        view.close_interview()
        assert real.notes(interview_id) == editor.toPlainText(), "what is on disk differs from the screen"
        view.deleteLater()
        store.dispose()

    latencies = []
    for typed_at, length in keystrokes:
        durable_at = next(at for at, saved_length in commits if saved_length >= length and at >= typed_at)
        latencies.append((durable_at - typed_at) * 1000)
    print(
        f"{len(keystrokes)} keystrokes into {len(existing):,} characters of notes, {len(commits)} commits; "
        f"durable median {statistics.median(latencies):.0f} ms, max {max(latencies):.0f} ms; "
        f"longest keystroke (typing, layout and painting) {max(key_costs) * 1000:.1f} ms, "
        f"median {statistics.median(key_costs) * 1000:.1f} ms; "
        f"longest UI block for saving {view.autosaver.max_ui_block_seconds * 1000:.1f} ms"
    )
    return {
        "durable_p95_ms": round(statistics.quantiles(latencies, n=20)[-1], 1),
        "max_ui_block_ms": round(view.autosaver.max_ui_block_seconds * 1000, 2),
        "max_keystroke_ms": round(max(key_costs) * 1000, 1),
    }


def main() -> None:
    ordinary = type_into_notes(ordinary_notes(EXISTING_NOTES_CHARS), KEYSTROKES)
    large = type_into_notes(large_notes(LARGE_NOTES_CHARS), KEYSTROKES_1MB)
    figures = {
        "durable_p95_ms": ordinary["durable_p95_ms"],
        "max_ui_block_ms": ordinary["max_ui_block_ms"],
        "durable_p95_ms_1mb": large["durable_p95_ms"],
        "max_keystroke_ms_1mb": large["max_keystroke_ms"],
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
