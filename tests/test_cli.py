"""The real program, started as a person would start it."""

from __future__ import annotations

import os
import queue
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app import __version__
from app.__main__ import main
from app.bootstrap import Prompts, can_show_dialogs, run, visible_refusals
from app.core.data_safety import BadDatabaseChoice
from app.single_instance import InstanceLockError
from app.store.health import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[1]
STARTUP_TIMEOUT = 60


def _environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("INFOINTERVIEW_DATA_DIR", None)
    env.update(extra)
    return env


class RunningApp:
    """The app in a subprocess, reporting its start-up milestones on stdout."""

    def __init__(self, data_dir: Path, stderr_file: Path) -> None:
        self._stderr = stderr_file.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(data_dir)],
            env=_environment(INFOINTERVIEW_STARTUP_PROBE="1"),
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._lines.put(line.split()[0])

    def wait_for(self, milestone: str) -> None:
        while True:
            if self._lines.get(timeout=STARTUP_TIMEOUT) == milestone:
                return

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=STARTUP_TIMEOUT)
        self._reader.join(timeout=STARTUP_TIMEOUT)
        self.process.stdout.close()
        self._stderr.close()


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"InfoInterview {__version__}"


def test_a_data_subcommand_goes_to_the_command_line_not_the_window(tmp_path, capsys, monkeypatch):
    def no_window(*_arguments, **_options):
        raise AssertionError("the GUI was started for a data command")

    monkeypatch.setattr("app.bootstrap.run", no_window)
    assert main(["check", "--data-dir", str(tmp_path / "empty")]) == 1
    assert "There is no data in" in capsys.readouterr().err


@pytest.mark.slow
def test_the_program_runs_data_commands_and_still_prints_its_version(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    connection = sqlite3.connect(data_dir / "infointerview.db")
    connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()

    def program(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", *argv],
            env=_environment(),
            capture_output=True,
            text=True,
            timeout=STARTUP_TIMEOUT,
        )

    checked = program("check", "--data-dir", str(data_dir))
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("ok: 0 interviews, 0 people")
    version = program("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"InfoInterview {__version__}"


def test_a_data_dir_that_is_a_file_ends_with_one_line_and_status_2(tmp_path, capsys):
    not_a_dir = tmp_path / "notes.txt"
    not_a_dir.write_text("hello")
    assert main(["--data-dir", str(not_a_dir)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "is a file, not a folder" in error
    assert not_a_dir.read_text() == "hello"


def test_an_unwritable_data_dir_ends_with_status_2(tmp_path, capsys, monkeypatch):
    def refuse(self, data):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("pathlib.Path.write_bytes", refuse)
    assert main(["--data-dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip().endswith("is not writable: Read-only file system")


@pytest.mark.slow
def test_bad_data_dir_from_a_real_process_has_no_traceback(tmp_path):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "app"],
        env=_environment(INFOINTERVIEW_DATA_DIR=str(not_a_dir)),
        capture_output=True,
        text=True,
        timeout=STARTUP_TIMEOUT,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "is a file, not a folder" in result.stderr


@pytest.mark.slow
def test_first_start_creates_a_private_store_at_head_and_a_second_instance_defers(tmp_path):
    data_dir = tmp_path / "new-data"
    first = RunningApp(data_dir, tmp_path / "stderr.txt")
    try:
        first.wait_for("first-paint")
        first.wait_for("home-loaded")
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        database = data_dir / "infointerview.db"
        assert stat.S_IMODE(database.stat().st_mode) == 0o600
        connection = sqlite3.connect(database)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        connection.close()

        second = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(data_dir)],
            env=_environment(),
            capture_output=True,
            text=True,
            timeout=STARTUP_TIMEOUT,
        )
        assert second.returncode == 0
        assert "already open" in second.stderr
        assert first.process.poll() is None
    finally:
        first.stop()
    log = (data_dir / "infointerview.log").read_text()
    assert "starting with data in" in log
    assert "Traceback" not in log


@pytest.mark.parametrize(
    ("arguments", "message"), [(["--bogus"], "unrecognized arguments"), (["--data-dir", ""], "empty")]
)
def test_mistyped_arguments_are_refused_with_usage(capsys, arguments, message):
    with pytest.raises(SystemExit) as exit_info:
        main(arguments)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


# -- refusals a person sees ---------------------------------------------------------------------


class RecordedDialogs(Prompts):
    def __init__(self) -> None:
        self.fatal_messages: list[str] = []
        super().__init__(
            choose_after_bad_database=lambda problem, newest_backup: BadDatabaseChoice.QUIT,
            fatal=self.fatal_messages.append,
        )


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "minimal"}, False),
    ],
)
def test_dialogs_are_shown_only_where_someone_can_see_them(environ, expected):
    assert can_show_dialogs(environ) is expected


def test_a_data_dir_that_is_a_file_is_refused_in_a_dialog_too(tmp_path, capsys):
    not_a_dir = tmp_path / "notes.txt"
    not_a_dir.write_text("hello")
    dialogs = RecordedDialogs()
    assert run(str(not_a_dir), environ={"DISPLAY": ":0"}, dialog_prompts=lambda parent: dialogs) == 2
    assert len(dialogs.fatal_messages) == 1 and "is a file, not a folder" in dialogs.fatal_messages[0]
    assert "is a file, not a folder" in capsys.readouterr().err


def test_a_read_only_data_dir_is_refused_in_a_dialog_too(tmp_path, capsys, monkeypatch):
    def refuse(self, data):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("pathlib.Path.write_bytes", refuse)
    dialogs = RecordedDialogs()
    assert run(str(tmp_path), environ={"WAYLAND_DISPLAY": "w"}, dialog_prompts=lambda parent: dialogs) == 2
    assert dialogs.fatal_messages[0].endswith("is not writable: Read-only file system")
    assert capsys.readouterr().err.strip().endswith("is not writable: Read-only file system")


def test_without_a_display_a_refusal_is_only_on_stderr(tmp_path, capsys):
    not_a_dir = tmp_path / "notes.txt"
    not_a_dir.write_text("hello")
    dialogs = RecordedDialogs()
    environ = {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}
    assert run(str(not_a_dir), environ=environ, dialog_prompts=lambda parent: dialogs) == 2
    assert dialogs.fatal_messages == []
    assert "is a file, not a folder" in capsys.readouterr().err


def test_lock_trouble_is_refused_in_a_dialog_with_status_1(tmp_path, capsys, monkeypatch, qapp):
    def trouble(paths):
        raise InstanceLockError("InfoInterview could not create its lock file (permission denied).")

    monkeypatch.setattr("app.bootstrap.claim_single_instance", trouble)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    style, name = qapp.styleSheet(), qapp.applicationName()
    dialogs = RecordedDialogs()
    try:
        assert run(str(tmp_path / "data"), environ={"DISPLAY": ":0"}, dialog_prompts=lambda parent: dialogs) == 1
    finally:
        qapp.setStyleSheet(style)
        qapp.setApplicationName(name)
    assert dialogs.fatal_messages == ["InfoInterview could not create its lock file (permission denied)."]
    assert "could not create its lock file" in capsys.readouterr().err


def test_refusals_after_start_up_reach_stderr_and_the_dialog(capsys):
    dialogs = RecordedDialogs()
    prompts = visible_refusals(dialogs)
    prompts.fatal("This data file was written by a newer version of InfoInterview.")
    assert dialogs.fatal_messages == ["This data file was written by a newer version of InfoInterview."]
    assert "newer version" in capsys.readouterr().err


def test_without_a_display_a_damaged_file_is_kept_and_the_app_quits(capsys):
    prompts = visible_refusals(None)
    assert prompts.choose_after_bad_database("the file is not a database", None) is BadDatabaseChoice.QUIT
    assert "the file is not a database" in capsys.readouterr().err


def _python_that_lives():
    """Another Python process, alive for the test: the kind of process a reused id belongs to."""
    return subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)


@pytest.mark.slow
def test_a_lock_left_by_a_killed_instance_whose_id_was_reused_does_not_lock_the_person_out(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    other = _python_that_lives()
    try:
        (data_dir / "infointerview.lock").write_text(f"{other.pid}\npython3.11\n{socket.gethostname()}\n")
        app = RunningApp(data_dir, tmp_path / "stderr.txt")
        try:
            app.wait_for("first-paint")
            assert app.process.poll() is None
        finally:
            app.stop()
        assert "already open" not in (tmp_path / "stderr.txt").read_text()
    finally:
        other.stdin.close()
        other.wait(timeout=STARTUP_TIMEOUT)


class MarkingTranslator(QTranslator):
    """A stand-in language: every message of the given contexts comes back marked."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context in self.contexts else None

    def isEmpty(self) -> bool:
        return False


def test_the_data_folder_refusal_dialog_is_in_the_persons_language(tmp_path, qapp):
    not_a_dir = tmp_path / "notes.txt"
    not_a_dir.write_text("hello")
    dialogs = RecordedDialogs()
    translator = MarkingTranslator({"Startup", "DataFolder"})
    QCoreApplication.installTranslator(translator)
    try:
        assert run(str(not_a_dir), environ={"DISPLAY": ":0"}, dialog_prompts=lambda parent: dialogs) == 2
    finally:
        QCoreApplication.removeTranslator(translator)
    assert dialogs.fatal_messages == [
        f"«InfoInterview cannot use its data folder: «the data directory {not_a_dir} is a file, not a folder»»"
    ]
