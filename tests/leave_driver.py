"""Runs the real app (``bootstrap.run``) on a data directory, opens an interview and types notes
into it until the app is told to leave.

Used by tests/test_leaving.py: ``python -m tests.leave_driver DATA_DIR``. Prints ``ready
INTERVIEW_ID`` once the notes editor is up, then ``typed STEP`` after each typed chunk.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHUNK_PAUSE_MS = 15
STORE_POLL_MS = 20


def main(data_dir: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    import app.bootstrap as bootstrap
    from tests.content_helpers import add_interview
    from tests.crash_driver import chunk_text

    build_application = bootstrap.build_application

    def build_and_type(*args, **kwargs):
        application = build_application(*args, **kwargs)
        window = application.window

        def start_typing() -> None:
            if application.store is None:  # the full store follows the first paint
                QTimer.singleShot(STORE_POLL_MS, start_typing)
                return
            interview_id = add_interview(application.store)
            window.show_area("interview")
            window.pane("interview").open_interview(interview_id)
            editor = window.pane("interview").session.live.notes_editor
            print(f"ready {interview_id}", flush=True)
            step = 0

            def type_chunk() -> None:
                nonlocal step
                QTest.keyClicks(editor, chunk_text(step))
                print(f"typed {step}", flush=True)
                step += 1
                QTimer.singleShot(CHUNK_PAUSE_MS, type_chunk)

            type_chunk()

        window.first_painted.connect(lambda: QTimer.singleShot(0, start_typing))
        return application

    bootstrap.build_application = build_and_type
    return bootstrap.run(data_dir)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
