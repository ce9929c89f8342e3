"""SIGTERM, SIGINT and SIGHUP end the app the way closing its window does, from the event loop.

A Python signal handler only runs when the interpreter next gets control, which can be never
while Qt waits for events. ``signal.set_wakeup_fd`` makes the C-level handler write the signal's
number to a pipe; a QSocketNotifier on the other end wakes the event loop, and the leaving is
done there, never from inside whatever code the signal interrupted.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable

LEAVING_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


class QuitSignals:
    """Calls ``on_signal(signum)`` once, from the event loop, when one of ``signals`` arrives."""

    def __init__(self, on_signal: Callable[[int], None], signals: Iterable[int] = LEAVING_SIGNALS) -> None:
        from PySide6.QtCore import QSocketNotifier

        self._on_signal = on_signal
        self._signals = frozenset(signals)
        self._fired = False
        # A pipe, not a socket pair: the socket module alone costs ~14 ms before the first frame.
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        self._previous_wakeup_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._previous_handlers = {signum: signal.signal(signum, self._noted) for signum in self._signals}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._woken)

    @staticmethod
    def _noted(_signum, _frame) -> None:
        """The work is done in _woken, from the event loop."""

    def _woken(self, *_args) -> None:
        try:
            received = os.read(self._reader, 64)
        except BlockingIOError:
            return
        leaving = [signum for signum in received if signum in self._signals]
        if leaving and not self._fired:
            self._fired = True
            self._on_signal(leaving[0])

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for signum, handler in self._previous_handlers.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_wakeup_fd)
        os.close(self._reader)
        os.close(self._writer)
