"""`python -m app.cli` as a person runs it: the bad inputs of the export/import issue, one line each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import conftest as cli_fixtures
from tests.cli.conftest import bad_exports
from tests.cli.test_commands import EXPECTED_MESSAGES

# The same seeded data folder and export as the in-process tests.
data_folder = cli_fixtures.data_folder
seeded_dir = cli_fixtures.seeded_dir
export_file = cli_fixtures.export_file

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def cli(*argv: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("INFOINTERVIEW_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *argv], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def _one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_bad_import_files(export_file, seeded_dir, tmp_path):
    files = bad_exports(json.loads(export_file.read_text(encoding="utf-8")), tmp_path)
    before = (seeded_dir / "infointerview.db").read_bytes()
    for name, expected in EXPECTED_MESSAGES.items():
        result = cli("import", str(files[name]), "--data-dir", str(seeded_dir))
        assert result.returncode == 2, (name, result.stderr)
        assert expected in _one_line(result), name
    assert (seeded_dir / "infointerview.db").read_bytes() == before


def test_export_targets(seeded_dir, tmp_path):
    target = tmp_path / "out.json"
    assert cli("export", "--format", "json", str(target), "--data-dir", str(seeded_dir)).returncode == 0
    again = cli("export", "--format", "json", str(target), "--data-dir", str(seeded_dir))
    assert again.returncode == 2 and "--force" in _one_line(again)
    forced = cli("export", "--format", "json", str(target), "--force", "--data-dir", str(seeded_dir))
    assert forced.returncode == 0
    unwritable = cli("export", "--format", "json", "/sys/kernel/out.json", "--data-dir", str(seeded_dir))
    assert unwritable.returncode == 1 and "not writable" in _one_line(unwritable)


def test_round_trip_and_check(export_file, tmp_path):
    fresh = tmp_path / "fresh"
    assert cli("import", str(export_file), "--data-dir", str(fresh)).returncode == 0
    check = cli("check", "--data-dir", str(fresh))
    assert check.returncode == 0 and check.stdout.startswith("ok: 42 interviews, 61 people, 42 notes")
    second = tmp_path / "second.json"
    assert cli("export", "--format", "json", str(second), "--data-dir", str(fresh)).returncode == 0
    one, two = (json.loads(path.read_text(encoding="utf-8")) for path in (export_file, second))
    one.pop("exported_at"), two.pop("exported_at")
    assert one == two


def test_bad_usage_exits_2(tmp_path):
    result = cli("export", "--format", "pdf", "x", "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_vcard_import_and_export_as_a_program(tmp_path, migrated_database):
    import shutil

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(migrated_database, folder / "infointerview.db")
    source = ROOT / "tests" / "core" / "vcards" / "several-one-damaged-3.0.vcf"
    imported = cli("import", str(source), "--data-dir", str(folder))
    assert imported.returncode == 0, imported.stderr
    assert "Card 2 (Broken Card) was not imported" in imported.stdout
    target = tmp_path / "everyone.vcf"
    exported = cli("export", "--format", "vcard", str(target), "--vcard-version", "3.0", "--data-dir", str(folder))
    assert exported.returncode == 0, exported.stderr
    assert target.read_bytes().count(b"BEGIN:VCARD\r\nVERSION:3.0\r\n") == 2
