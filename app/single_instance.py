"""One running InfoInterview per data folder: a lock file, and a local socket through which a
second start asks the first to come to the front.

Whether another instance is running is decided by whether it answers on the socket, not by
the process id in the lock file alone: after a kill -9 that id can be reused by any process
(another Python, even), and the lock must then be taken over, not obeyed.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable

from app.paths import AppPaths

ANSWER_TIMEOUT_MS = 1000
BUSY_TIMEOUT_MS = 10_000
RETRY_PAUSE_MS = 100
ANSWER = b"ok\n"


class InstanceLockError(Exception):
    """The lock cannot be claimed and no running instance answers; the message says why."""


def instance_server_name(paths: AppPaths) -> str:
    """A local socket name that is the same for every process using this data dir."""
    return f"infointerview-{zlib.crc32(str(paths.data_dir).encode('utf-8')):08x}"


def claim_single_instance(
    paths: AppPaths, answer_timeout_ms: int = ANSWER_TIMEOUT_MS, busy_timeout_ms: int = BUSY_TIMEOUT_MS
):
    """The lock that makes this the one instance for this data dir, or None when another
    instance answered (and was asked to come to the front).

    A lock whose holder does not answer within ``answer_timeout_ms`` is taken over. Qt's lock
    file also holds an flock while its owner lives, so a lock still held by a live instance that
    is too busy to answer cannot be removed: that raises InstanceLockError, as does a lock file
    that cannot be written at all (after ``busy_timeout_ms`` more for it to answer).
    """
    from PySide6.QtCore import QCoreApplication, QLockFile

    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # a lock left by a crash is detected by its dead process id
    if lock.tryLock(200):
        return _claimed(lock, paths)
    if lock.error() != QLockFile.LockError.LockFailedError:
        raise InstanceLockError(
            QCoreApplication.translate(
                "SingleInstance",
                "InfoInterview could not create its lock file {file} ({reason}). "
                "Check that the data folder is yours and writable.",
            ).format(file=paths.lock_file, reason=_lock_error_words(lock.error()))
        )
    if other_instance_answers(paths, answer_timeout_ms):
        return None
    if lock.removeStaleLockFile() and lock.tryLock(200):
        return _claimed(lock, paths)
    # A live instance keeps its lock: it is busy (still starting, not listening yet, or updating
    # the data), so it is given longer to answer before the person is told.
    if _answers_within(paths, busy_timeout_ms):
        return None
    raise InstanceLockError(
        QCoreApplication.translate(
            "SingleInstance",
            "InfoInterview seems to be open already with the data in {folder}, but it does not "
            "answer. Wait a moment and start it again; if it still does not open, close the other window "
            "(or end the program), and if none is open, remove the file {file}.",
        ).format(folder=paths.data_dir, file=paths.lock_file)
    )


def _claimed(lock, paths: AppPaths):
    os.chmod(paths.lock_file, 0o600)
    return lock


def _lock_error_words(error) -> str:
    from PySide6.QtCore import QCoreApplication, QLockFile

    if error == QLockFile.LockError.PermissionError:
        return QCoreApplication.translate("SingleInstance", "permission denied")
    return QCoreApplication.translate("SingleInstance", "unknown error")


def other_instance_answers(paths: AppPaths, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """True once the instance listening for this data dir answers (and so comes to the front).

    Connecting is the request; the running instance answers at once and the asker hangs up.
    """
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtNetwork import QLocalSocket

    elapsed = QElapsedTimer()
    elapsed.start()
    socket = QLocalSocket()
    socket.connectToServer(instance_server_name(paths), QLocalSocket.OpenModeFlag.ReadOnly)
    try:
        if not socket.waitForConnected(timeout_ms):
            return False
        received = b""
        while not received.endswith(b"\n"):
            if socket.bytesAvailable() == 0:
                remaining = timeout_ms - elapsed.elapsed()
                if remaining <= 0 or not socket.waitForReadyRead(int(remaining)):
                    received += bytes(socket.readAll().data())
                    break
            received += bytes(socket.readAll().data())
        return received == ANSWER
    finally:
        socket.abort()


def _answers_within(paths: AppPaths, patience_ms: int) -> bool:
    """Ask again and again until the instance answers or ``patience_ms`` has passed."""
    from PySide6.QtCore import QElapsedTimer, QThread

    elapsed = QElapsedTimer()
    elapsed.start()
    while (remaining := patience_ms - elapsed.elapsed()) > 0:
        if other_instance_answers(paths, min(int(remaining), ANSWER_TIMEOUT_MS)):
            return True
        QThread.msleep(RETRY_PAUSE_MS)  # no window is open yet in this process to keep responsive
    return False


def listen_for_other_instances(paths: AppPaths, parent, activate: Callable[[], None]):
    """Answer a second start and then call ``activate`` (bring the window to the front).

    Started just after the first paint (QtNetwork costs ~25 ms, which the first frame need not
    wait for). A second start before then finds the lock held by a live process, which it cannot
    take over, and keeps asking until this answers.
    """
    from PySide6.QtNetwork import QLocalServer

    name = instance_server_name(paths)
    QLocalServer.removeServer(name)  # a socket file left by a crash
    server = QLocalServer(parent)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    server.listen(name)

    def answer() -> None:
        while (connection := server.nextPendingConnection()) is not None:
            # The asker hangs up once it has read the answer; hanging up first could lose it.
            connection.disconnected.connect(connection.deleteLater)
            connection.write(ANSWER)
            connection.flush()
        activate()

    server.newConnection.connect(answer)
    return server


def bring_to_front(window) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
