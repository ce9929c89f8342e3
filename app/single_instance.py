"""One running InfoInterview per data folder: a lock file, and a local socket through which a
second start asks the first to come to the front."""

from __future__ import annotations

import os
import zlib

from app.paths import AppPaths


def instance_server_name(paths: AppPaths) -> str:
    """A local socket name that is the same for every process using this data dir."""
    return f"infointerview-{zlib.crc32(str(paths.data_dir).encode('utf-8')):08x}"


def claim_single_instance(paths: AppPaths):
    """The lock that makes this the one instance for this data dir, or None when another
    process holds it (after asking that one to come to the front)."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # a lock left by a crash is detected by its dead process id
    if lock.tryLock(200):
        os.chmod(paths.lock_file, 0o600)
        return lock
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(instance_server_name(paths))
    if socket.waitForConnected(1000):
        socket.write(b"activate\n")
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
    return None


def listen_for_other_instances(paths: AppPaths, window):
    """Bring the window to the front when a second start asks for it."""
    from PySide6.QtNetwork import QLocalServer

    name = instance_server_name(paths)
    QLocalServer.removeServer(name)
    server = QLocalServer(window)
    server.listen(name)

    def activate() -> None:
        while (connection := server.nextPendingConnection()) is not None:
            connection.deleteLater()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(activate)
    return server
