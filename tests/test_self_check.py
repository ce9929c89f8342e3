"""`infointerview --self-check DIR`, which packaging/check_bundle.sh runs inside a built bundle, passes
from source and names what fails."""

from __future__ import annotations

import pytest

from app import APP_NAME, __version__
from app.__main__ import main


def test_the_self_check_passes_and_writes_a_pdf_and_a_store(qapp, tmp_path, capsys):
    assert main(["--self-check", str(tmp_path)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"ok version: {APP_NAME} {__version__}"
    names = [line.split(":")[0] for line in said]
    assert names == [
        "ok version",
        "ok platform plugins",
        "ok svg icon",
        "ok translations",
        "ok pdf",
        "ok store",
        "ok hashing and sqlite",
        "ok cards and calendars",
        "ok sound",
    ]
    assert (tmp_path / "self-check.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "self-check.db").is_file()


@pytest.mark.qt_log_ignore("Cannot open file .*infointerview.svg")
def test_a_failing_check_is_named_and_the_rest_still_run(qapp, tmp_path, capsys, monkeypatch):
    # A bundle built without its resources: no icon, no catalogue.
    monkeypatch.setattr("app.paths.resources_dir", lambda: tmp_path / "no-resources")
    assert main(["--self-check", str(tmp_path)]) == 1
    said = capsys.readouterr().out
    assert "FAILED svg icon:" in said
    assert "FAILED translations: no translation catalogue could be loaded" in said
    assert "ok pdf:" in said and "ok store:" in said
