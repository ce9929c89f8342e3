"""Work run with a progress dialog: the dialog appears only when the work takes a while, Cancel
reaches the work, and errors come back to the caller."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from app.ui.shell.progress_work import SHOW_AFTER_MS, run_with_progress


def test_the_dialog_appears_when_the_work_takes_a_while_and_cancel_reaches_the_work(qtbot):
    assert SHOW_AFTER_MS == 500
    seen = threading.Event()
    watched = {}

    def watch(dialog) -> None:
        watched["dialog"] = dialog
        assert not dialog.isVisible()

        def look() -> None:
            if dialog.isVisible() and not seen.is_set():
                seen.set()
                from PySide6.QtWidgets import QPushButton

                dialog.findChild(QPushButton).click()

        timer = QTimer(dialog)
        timer.timeout.connect(look)
        timer.start(5)

    def work(cancelled) -> str:
        assert seen.wait(10)
        while not cancelled():
            threading.Event().wait(0.001)
        raise RuntimeError("stopped by the person")

    outcome = run_with_progress(None, "Exporting everything…", work, show_after_ms=50, on_dialog=watch)
    assert outcome.cancelled
    assert outcome.error is None
    assert watched["dialog"].labelText() == "Exporting everything…"


def test_errors_come_back_to_the_caller(qtbot):
    def work(_cancelled):
        raise ValueError("the disk is full")

    outcome = run_with_progress(None, "Backing up…", work)
    assert not outcome.ok and not outcome.cancelled
    assert str(outcome.error) == "the disk is full"
