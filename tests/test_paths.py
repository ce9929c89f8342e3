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
