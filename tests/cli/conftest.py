from __future__ import annotations

import json
import shutil

import pytest

from tests.store.data_seed import seed


@pytest.fixture
def data_folder(tmp_path, migrated_database):
    """A data folder holding an empty database at the current schema."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(migrated_database, folder / "infointerview.db")
    return folder


@pytest.fixture
def seeded_dir(data_folder):
    seed(data_folder / "infointerview.db")
    return data_folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """A command run in-process: its exit status, what it printed and what it said on stderr."""
    from app.cli import main

    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def export_file(seeded_dir, tmp_path):
    from app.cli import main

    target = tmp_path / "export.json"
    assert main(["export", "--format", "json", str(target), "--data-dir", str(seeded_dir)]) == 0
    return target


def bad_exports(valid: dict, folder) -> dict:
    """Each bad input of the issue, as a file, by name."""
    files = {}

    def write(name: str, data: bytes):
        path = folder / name
        path.write_bytes(data)
        files[name] = path

    text = json.dumps(valid).encode()
    write("truncated.json", text[: len(text) // 2])
    wrong = json.loads(text)
    wrong["tables"]["contacts"][0]["id"] = "seven"
    write("wrong-types.json", json.dumps(wrong).encode())
    write("deep.json", b"[" * 200_000 + b"]" * 200_000)
    newer = json.loads(text)
    newer["format_version"] = 99
    write("newer.json", json.dumps(newer).encode())
    write("binary.json", bytes(range(256)) * 64)
    write("latin1.json", '{"format": "infointerview-export", "name": "café"}'.encode("latin-1"))
    escape = json.loads(text)
    escape["attachments"] = [{"name": "../../escape.txt", "size": 1, "sha256": "0" * 64, "content_base64": "eA=="}]
    write("escape.json", json.dumps(escape).encode())
    huge = folder / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(400 * 1024 * 1024)  # sparse: costs no disk
    files["huge.json"] = huge
    return files
