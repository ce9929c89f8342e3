"""Autosave for the interview page: one QTimer asks the core schedule when to write, and a
writer thread does the writing so that a slow disk never stalls typing.

The page says what changed (``mark_dirty``) and, when a write is due, hands over the current
text of those things (``snapshot``). A write that fails puts its keys back among the changed
ones; the text itself never leaves the editors, so nothing typed is lost while retrying.
"""

from __future__ import annotations

import contextlib
import logging
import math
import queue
import threading
import time
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app.core.autosave import AutosavePolicy, AutosaveSchedule, SaveStatus
from app.core.clock import Clock
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.write_errors import WriteProblem, classify_write_error

log = logging.getLogger(__name__)

Snapshot = Callable[[set[Hashable]], Mapping[Hashable, Any]]
Write = Callable[[Mapping[Hashable, Any]], Any]  # may return a report for ``written``
FLUSH_TIMEOUT_SECONDS = 10.0


# What a person reads for each kind of failed write (the kind comes from app/core/write_errors.py).
# Whole sentences, each translated as one; {detail} is the error as the system gave it.
_NOT_SAVED = {
    WriteProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Autosaver",
        "Notes not saved: the disk is full ({detail}). They are kept on screen and saving is retried — "
        "do not close the app.",
    ),
    WriteProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Autosaver",
        "Notes not saved: the data folder is read-only ({detail}). They are kept on screen and saving is "
        "retried — do not close the app.",
    ),
    WriteProblem.HELD_BY_ANOTHER: QT_TRANSLATE_NOOP(
        "Autosaver",
        "Notes not saved: another program is holding the database ({detail}). They are kept on screen and "
        "saving is retried — do not close the app.",
    ),
    WriteProblem.UNKNOWN: QT_TRANSLATE_NOOP(
        "Autosaver",
        "Notes not saved: the database could not be written ({detail}). They are kept on screen and saving "
        "is retried — do not close the app.",
    ),
}


def write_problem(error: BaseException) -> tuple[WriteProblem, str]:
    """The kind of problem behind a failed write, and the error's own text (for the person's detail)."""
    cause = getattr(error, "orig", None) or error
    detail = str(cause).strip() or type(error).__name__
    return classify_write_error(detail, getattr(cause, "errno", None)), detail


def describe_write_error(error: BaseException) -> str:
    """One line a person can act on, from a failed write, in their language."""
    problem, detail = write_problem(error)
    return QCoreApplication.translate("Autosaver", _NOT_SAVED[problem]).format(detail=detail)


class _Bridge(QObject):
    """Carries a finished write from the writer thread back to the UI thread (queued)."""

    finished = Signal(object)


class Autosaver(QObject):
    status_changed = Signal(str)  # a SaveStatus value
    problem = Signal(str)  # a failed write, in words; "" once writes succeed again
    saved = Signal()  # after every successful write
    written = Signal(object)  # what the write function returned, on the UI thread

    def __init__(
        self,
        clock: Clock,
        snapshot: Snapshot,
        write: Write,
        *,
        background: bool = True,
        policy: AutosavePolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._snapshot = snapshot
        self._write = write
        self._background = background
        self._schedule = AutosaveSchedule(policy)
        self._dirty: set[Hashable] = set()
        self._in_flight: tuple[int, set[Hashable]] | None = None
        self._job_counter = 0
        self._status = SaveStatus.SAVED
        self._problem = ""
        self.max_ui_block_seconds = 0.0  # the longest time a save kept the UI thread busy

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll)
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._on_finished)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._results: queue.SimpleQueue = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        # If the page goes away without close(), still let the writer thread end.
        jobs = self._jobs
        self.destroyed.connect(lambda *_: jobs.put(None))

    @property
    def status(self) -> SaveStatus:
        return self._status

    @property
    def problem_text(self) -> str:
        return self._problem

    def has_unsaved(self) -> bool:
        return bool(self._dirty) or self._schedule.has_unsaved

    def next_wakeup_in(self) -> float | None:
        """Seconds until the next write is due, on the injected clock (None: nothing waiting)."""
        wake = self._schedule.next_wakeup()
        return None if wake is None else max(0.0, wake - self._clock.elapsed())

    def mark_dirty(self, key: Hashable, *, urgent: bool = False) -> None:
        """Something changed; cheap enough to call on every keystroke."""
        self._dirty.add(key)
        self._schedule.edited(self._clock.elapsed(), urgent=urgent)
        self._update_status()
        if urgent:
            self.poll()
        elif not self._timer.isActive():
            self._arm_timer()

    @Slot()
    def poll(self) -> None:
        """Start a write if one is due now; then sleep until the next one. Tests call this
        after advancing their clock instead of waiting for the timer."""
        now = self._clock.elapsed()
        if self._schedule.due(now) and self._dirty:
            self._start_write(now)
        self._arm_timer()

    def flush(self) -> bool:
        """Write everything now, on this thread (closing the page, quitting). True if all is saved.

        If that fails, the retry stays armed: once the disk has room again the text is written
        without waiting for another keystroke.
        """
        self._timer.stop()
        if self._in_flight is not None and self._background:
            try:
                job_id, error, report = self._results.get(timeout=FLUSH_TIMEOUT_SECONDS)
            except queue.Empty:
                return False  # the write still running re-arms the timer when it reports back
            self._finish(job_id, error, report)
        if self._dirty:
            self._start_write(self._clock.elapsed(), inline=True)
        self._arm_timer()
        return not self.has_unsaved()

    def close(self) -> bool:
        """Flush and stop the writer thread."""
        saved = self.flush()
        if self._worker is not None:
            self._jobs.put(None)
            self._worker.join(timeout=FLUSH_TIMEOUT_SECONDS)
            self._worker = None
        return saved

    def _arm_timer(self) -> None:
        wait = self.next_wakeup_in()
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(math.ceil(wait * 1000))

    def _start_write(self, now: float, *, inline: bool = False) -> None:
        began = time.perf_counter()
        keys, self._dirty = self._dirty, set()
        try:
            payload = self._snapshot(keys)
        except Exception:
            log.exception("could not gather the text to save")
            self._dirty |= keys
            # Counted as a failed write, so that it is retried after a pause, not in a busy loop.
            self._schedule.started(now)
            self._schedule.failed(now)
            self._update_status()
            self._arm_timer()
            return
        self._job_counter += 1
        job_id = self._job_counter
        self._in_flight = (job_id, keys)
        self._schedule.started(now)
        self._update_status()
        if self._background and not inline:
            self._ensure_worker()
            self._jobs.put((job_id, payload))
            self._note_ui_block(began)
            return
        self._note_ui_block(began)
        self._finish(job_id, *self._run_write(payload))

    def _run_write(self, payload) -> tuple[BaseException | None, Any]:
        try:
            report = self._write(payload)
        except Exception as error:  # any failure keeps the text and is retried
            log.warning("autosave write failed: %s", error)
            return error, None
        return None, report

    def _ensure_worker(self) -> None:
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="autosave-writer", daemon=True)
            self._worker.start()

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            job_id, payload = job
            result = (job_id, *self._run_write(payload))
            self._results.put(result)
            self._bridge.finished.emit(result)

    @Slot(object)
    def _on_finished(self, result) -> None:
        if self._in_flight is None or self._in_flight[0] != result[0]:
            return  # already handled by flush()
        began = time.perf_counter()
        with contextlib.suppress(queue.Empty):
            self._results.get_nowait()
        self._finish(*result)
        self._arm_timer()
        self._note_ui_block(began)

    def _finish(self, job_id: int, error: BaseException | None, report: Any = None) -> None:
        if self._in_flight is None or self._in_flight[0] != job_id:
            return
        _, keys = self._in_flight
        self._in_flight = None
        now = self._clock.elapsed()
        if error is None:
            self._schedule.succeeded(now)
            self._set_problem("")
            self._update_status()
            self.saved.emit()
            if report:
                self.written.emit(report)
        else:
            self._dirty |= keys
            self._schedule.failed(now)
            self._set_problem(describe_write_error(error))
            self._update_status()
            self._arm_timer()  # whoever started the write (a poll, a flush), the retry is armed

    def _note_ui_block(self, began: float) -> None:
        self.max_ui_block_seconds = max(self.max_ui_block_seconds, time.perf_counter() - began)

    def _set_problem(self, text: str) -> None:
        if text != self._problem:
            self._problem = text
            self.problem.emit(text)

    def _update_status(self) -> None:
        status = self._schedule.status
        if status != self._status:
            self._status = status
            self.status_changed.emit(status.value)
