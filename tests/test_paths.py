import os
import stat

import pytest

from app.paths import DATA_DIR_ENV, DataDirError, choose_data_dir, default_data_dir, prepare_data_dir, resource


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


# ---- the same path logic with what platformdirs answers on Windows and on macOS ------------------


@pytest.fixture
def windows_folders(tmp_path, monkeypatch):
    """platformdirs as on Windows: its Windows class, with the known folders in a temp tree."""
    import platformdirs
    import platformdirs.windows

    folders = {"CSIDL_LOCAL_APPDATA": tmp_path / "AppData" / "Local", "CSIDL_APPDATA": tmp_path / "AppData" / "Roaming"}
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: str(folders[name]))
    return folders


@pytest.fixture
def macos_home(tmp_path, monkeypatch):
    """platformdirs as on macOS: its MacOS class, with HOME in a temp folder."""
    import platformdirs
    import platformdirs.macos

    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    monkeypatch.setenv("HOME", str(tmp_path / "Users" / "ann"))
    return tmp_path / "Users" / "ann"


def test_on_windows_data_lives_in_local_app_data_not_roaming(windows_folders):
    # README: %LOCALAPPDATA%\InfoInterview, with no publisher folder between.
    expected = windows_folders["CSIDL_LOCAL_APPDATA"] / "InfoInterview"
    assert default_data_dir() == expected
    assert choose_data_dir(None, {}) == expected
    paths = prepare_data_dir(choose_data_dir(None, {}))
    assert paths.database == expected / "infointerview.db"
    assert paths.backups_dir == expected / "backups"
    assert paths.database.parent.is_dir()


def test_on_macos_data_lives_in_application_support(macos_home):
    # README: ~/Library/Application Support/InfoInterview
    expected = macos_home / "Library" / "Application Support" / "InfoInterview"
    assert default_data_dir() == expected
    paths = prepare_data_dir(choose_data_dir(None, {}))
    assert paths.log_file == expected / "infointerview.log"
    assert stat.S_IMODE(os.stat(paths.data_dir).st_mode) == 0o700


@pytest.mark.parametrize("platform_fixture", ["windows_folders", "macos_home"])
def test_the_command_line_and_the_environment_still_win_elsewhere(request, tmp_path, platform_fixture):
    request.getfixturevalue(platform_fixture)
    env = {DATA_DIR_ENV: str(tmp_path / "from-env")}
    assert choose_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert choose_data_dir(None, env) == tmp_path / "from-env"


@pytest.mark.parametrize("platform_fixture", ["windows_folders", "macos_home"])
def test_resources_are_found_whatever_the_platform_dirs(request, platform_fixture):
    request.getfixturevalue(platform_fixture)
    assert resource("desktop", "io.github.infointerview.InfoInterview.desktop").is_file()
    assert resource("icons", "infointerview.svg").is_file()
