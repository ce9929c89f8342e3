"""The real program, started as a person would start it."""

from __future__ import annotations

import os
import queue
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app import __version__
from app.__main__ import main
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
