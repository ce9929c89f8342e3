"""Whether another InfoInterview already has this data folder is decided by whether it answers."""

from __future__ import annotations

import os
import socket
import socket as sockets
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QLockFile

from app.paths import prepare_data_dir
from app.single_instance import (
    InstanceLockError,
    claim_single_instance,
    instance_server_name,
    listen_for_other_instances,
    other_instance_answers,
)


@pytest.fixture
def paths(tmp_path, qapp):
    return prepare_data_dir(tmp_path / "data")


def _socket_path(paths) -> str:
    return str(Path(QDir.tempPath()) / instance_server_name(paths))


def write_lock_naming(paths, pid: int) -> None:
    """A lock file as Qt writes it, left behind by a killed instance whose id is now another
    live process of the same program (no flock is held on it)."""
    paths.lock_file.write_text(f"{pid}\npython3.11\n{sockets.gethostname()}\n")


def test_a_lock_naming_a_live_process_that_does_not_answer_is_taken_over(paths):
    write_lock_naming(paths, os.getpid())  # alive, and a Python like the app
    lock = claim_single_instance(paths, answer_timeout_ms=300)
    try:
        assert lock is not None and lock.isLocked()
        assert paths.lock_file.read_text().split()[0] == str(os.getpid())
    finally:
        if lock is not None:
            lock.unlock()


STAND_IN = """
import os, socket, sys
path, mode = sys.argv[1], sys.argv[2]
if mode == "starting":  # an instance still starting up: it listens only once told the asker found nobody
    sys.stdin.readline()
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
server.listen(2)
print("listening", flush=True)
if mode == "late":  # busy: the first asker gets no answer, the next one does
    first, _ = server.accept()
    print("asked", flush=True)
    first.recv(100)  # until the asker gives up and hangs up
connection, _ = server.accept()
print("asked", flush=True)
connection.sendall(b"ok\\n")
if mode == "eager":  # answers and hangs up at once
    connection.close()
else:
    connection.recv(100)  # until the asker hangs up
os.unlink(path)
"""


class StandInInstance:
    """A running instance's local socket, answering from its own process as the real one does
    (a thread cannot: PySide holds the interpreter while it waits for the answer)."""

    def __init__(self, paths, answer: str, listening: bool = True) -> None:
        path = _socket_path(paths)
        if os.path.exists(path):
            os.unlink(path)
        self.process = subprocess.Popen(
            [sys.executable, "-c", STAND_IN, path, answer], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        if listening:
            assert self.process.stdout.readline().strip() == "listening"

    def close(self) -> list[str]:
        """The requests it received."""
        try:
            output, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:  # nobody asked as often as expected
            self.process.kill()
            output, _ = self.process.communicate()
        return output.split()


@pytest.mark.slow
def test_a_running_instance_that_answers_keeps_the_folder(paths):
    holder = QLockFile(str(paths.lock_file))
    assert holder.tryLock(0)
    stand_in = StandInInstance(paths, "ok")
    try:
        assert claim_single_instance(paths) is None
    finally:
        requests = stand_in.close()
        holder.unlock()
    assert requests == ["asked"]


@pytest.mark.slow
def test_a_live_holder_busy_starting_is_given_longer_to_answer(paths):
    holder = QLockFile(str(paths.lock_file))
    assert holder.tryLock(0)
    stand_in = StandInInstance(paths, "late")
    try:
        assert claim_single_instance(paths, answer_timeout_ms=300) is None
        assert holder.isLocked() and paths.lock_file.exists()
    finally:
        requests = stand_in.close()
        holder.unlock()
    assert requests == ["asked", "asked"]


@pytest.mark.slow
def test_an_answer_that_arrives_with_the_hang_up_is_heard(paths):
    stand_in = StandInInstance(paths, "eager")
    try:
        assert other_instance_answers(paths)
    finally:
        stand_in.close()


@pytest.mark.slow
def test_a_second_start_while_the_first_is_still_starting_defers_to_it(paths, monkeypatch):
    import app.single_instance as single_instance

    holder = QLockFile(str(paths.lock_file))
    assert holder.tryLock(0)
    stand_in = StandInInstance(paths, "starting", listening=False)
    first_ask = single_instance.other_instance_answers

    def ask_then_let_it_finish_starting(*args, **kwargs):
        answered = first_ask(*args, **kwargs)  # nobody listens yet: the first instance is starting
        stand_in.process.stdin.write("go\n")
        stand_in.process.stdin.flush()
        return answered

    monkeypatch.setattr(single_instance, "other_instance_answers", ask_then_let_it_finish_starting)
    try:
        assert claim_single_instance(paths, answer_timeout_ms=100) is None
        assert holder.isLocked()
    finally:
        requests = stand_in.close()
        holder.unlock()
    assert requests == ["listening", "asked"]


def test_a_live_holder_that_does_not_answer_is_reported_not_overruled(paths):
    holder = QLockFile(str(paths.lock_file))
    assert holder.tryLock(0)
    try:
        with pytest.raises(InstanceLockError, match="does not answer"):
            claim_single_instance(paths, answer_timeout_ms=200, busy_timeout_ms=200)
        assert holder.isLocked() and paths.lock_file.exists()
    finally:
        holder.unlock()


def test_the_listener_answers_a_second_start_and_brings_the_window_forward(paths, qtbot):
    activated = []
    server = listen_for_other_instances(paths, None, lambda: activated.append(True))
    answers: list[bytes] = []

    def second_start() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(_socket_path(paths))
            answers.append(client.recv(100))

    thread = threading.Thread(target=second_start, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: bool(answers and activated))
    thread.join(timeout=5)
    server.close()
    assert answers == [b"ok\n"]


def test_a_lock_file_that_cannot_be_written_is_reported(paths, monkeypatch):
    monkeypatch.setattr("PySide6.QtCore.QLockFile.tryLock", lambda self, timeout=0: False)
    monkeypatch.setattr("PySide6.QtCore.QLockFile.error", lambda self: QLockFile.LockError.PermissionError)
    with pytest.raises(InstanceLockError, match="permission denied"):
        claim_single_instance(paths)
