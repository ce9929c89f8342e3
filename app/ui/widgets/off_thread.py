"""Work that must not freeze the window (opening and updating the data file): run in a worker
thread while the caller's event loop keeps turning."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def run_off_the_ui_thread(work: Callable[[], T]) -> T | None:
    """Run ``work`` in a worker thread while this thread's event loop keeps turning.

    The window repaints and answers meanwhile; the result (or the exception ``work`` raised) comes
    back here. None when the event loop was told to quit before ``work`` finished: the thread is
    left to be stopped with the process, which a store migration survives (each migration is
    one transaction).
    """
    from PySide6.QtCore import QEventLoop, QMetaObject, Qt

    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed back to the caller, raised there
            outcome["error"] = error
        finally:
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    worker = threading.Thread(target=run, name="infointerview-open-store", daemon=True)
    worker.start()
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def run_or_raise(work: Callable[[], T]) -> T:
    """``run_off_the_ui_thread``, where quitting meanwhile is an error rather than None."""
    boxed = run_off_the_ui_thread(lambda: (work(),))  # a result of None stays told apart from quitting
    if boxed is None:
        raise OSError("InfoInterview was closed before it finished")
    return boxed[0]
