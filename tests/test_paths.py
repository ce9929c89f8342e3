import os
import stat

import pytest

from app.paths import DATA_DIR_ENV, DataDirError, choose_data_dir, prepare_data_dir, resource


def test_command_line_beats_environment_which_beats_default(tmp_path):
    env = {DATA_DIR_ENV: str(tmp_path / "from-env")}
    assert choose_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert choose_data_dir(None, env) == tmp_path / "from-env"
    assert choose_data_dir(None, {}).name == "InfoInterview"


def test_new_data_dir_is_private(tmp_path):
    paths = prepare_data_dir(tmp_path / "new" / "data")
    assert stat.S_IMODE(os.stat(paths.data_dir).st_mode) == 0o700


def test_a_file_is_refused_with_a_sentence(tmp_path):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    with pytest.raises(DataDirError, match="is a file, not a folder"):
        prepare_data_dir(not_a_dir)


def test_an_unwritable_dir_is_refused(tmp_path, monkeypatch):
    # Tests may run as root, which ignores permission bits; make the write itself fail.
    def refuse(self, data):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pathlib.Path.write_bytes", refuse)
    with pytest.raises(DataDirError, match="is not writable: Permission denied"):
        prepare_data_dir(tmp_path)


def test_resources_are_found():
    assert resource("icons", "infointerview.svg").is_file()


def test_an_existing_data_dir_others_can_read_is_made_private(tmp_path):
    data_dir = tmp_path / "shared"
    data_dir.mkdir()
    os.chmod(data_dir, 0o755)
    prepare_data_dir(data_dir)
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700


def test_a_data_dir_that_cannot_be_made_private_is_used_with_a_warning(tmp_path, monkeypatch):
    data_dir = tmp_path / "shared"
    data_dir.mkdir()
    os.chmod(data_dir, 0o755)

    def refuse(path, mode):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("app.paths.os.chmod", refuse)
    warnings = []
    paths = prepare_data_dir(data_dir, warn=warnings.append)
    assert paths.data_dir == data_dir
    assert len(warnings) == 1
    assert "private" in warnings[0] and "Operation not permitted" in warnings[0]


def test_the_warning_goes_to_the_log_by_default(tmp_path, monkeypatch, caplog):
    data_dir = tmp_path / "shared"
    data_dir.mkdir()
    os.chmod(data_dir, 0o755)
    monkeypatch.setattr("app.paths.os.chmod", lambda path, mode: (_ for _ in ()).throw(PermissionError(1, "no")))
    with caplog.at_level("WARNING", logger="infointerview"):
        prepare_data_dir(data_dir)
    assert "private" in caplog.text
