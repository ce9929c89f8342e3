"""Work a person asked for (an export, an import, a backup, a restore) run in a worker thread while
the window keeps repainting. When it takes more than half a second a progress dialog appears, with
Cancel when the work can stop; the work itself checks ``cancelled()`` and leaves nothing
half-written (the store writes to temporary names and renames, or rolls back)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")

SHOW_AFTER_MS = 500


@dataclass(slots=True)
class Outcome(Generic[T]):
    result: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[Callable[[], bool]], T],
    *,
    cancellable: bool = True,
    show_after_ms: int = SHOW_AFTER_MS,
    on_dialog: Callable[[QProgressDialog], None] | None = None,
) -> Outcome[T]:
    """Run ``work(cancelled)`` off the UI thread and wait for it, the event loop turning meanwhile.

    ``on_dialog`` is handed the progress dialog as soon as it exists (tests cancel through it).
    An error raised after Cancel was pressed counts as the cancellation it caused.
    """
    stop = threading.Event()
    dialog = QProgressDialog(
        label,
        QCoreApplication.translate("ProgressWork", "Cancel") if cancellable else None,
        0,
        0,  # no steps known: a busy indicator
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("ProgressWork", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(show_after_ms)
    # QProgressDialog shows itself after its minimum duration only once a value is set past its
    # minimum; a busy indicator never gets one, so the dialog is shown by this timer instead.
    appear = QTimer(dialog)
    appear.setSingleShot(True)
    appear.setInterval(show_after_ms)
    appear.timeout.connect(dialog.show)
    dialog.setMinimumWidth(420)
    dialog.canceled.connect(stop.set)
    if not cancellable:
        dialog.setCancelButton(None)
    outcome: Outcome[T] = Outcome()
    loop = QEventLoop()
    done = threading.Event()

    def run() -> None:
        try:
            outcome.result = work(stop.is_set)
        except BaseException as error:  # handed back to the UI thread
            outcome.error = error
        finally:
            done.set()
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    worker = threading.Thread(target=run, name="progress-work", daemon=True)
    if on_dialog is not None:
        on_dialog(dialog)
    worker.start()
    appear.start()
    loop.exec()
    appear.stop()
    if not done.is_set():
        # The loop ended before the work did: the app is quitting. The work stops, leaving nothing.
        stop.set()
    worker.join()
    cancelled = stop.is_set()
    dialog.canceled.disconnect(stop.set)  # closing the dialog says "canceled" too
    dialog.close()
    dialog.deleteLater()
    if cancelled and outcome.error is not None:
        log.info("%s: cancelled (%s)", label, outcome.error)
        outcome.error = None
        outcome.cancelled = True
        outcome.result = None
    elif outcome.error is not None:
        log.error("%s failed", label, exc_info=outcome.error)
    return outcome
