"""`infointerview --install-desktop` / `--uninstall-desktop`: the menu entry, metainfo and icons under
a temporary $XDG_DATA_HOME, checked with the freedesktop validators when they are installed."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import APP_ID
from app.desktop_install import (
    DESKTOP_FILE,
    ICON_SIZES,
    METAINFO_FILE,
    DesktopInstallError,
    desktop_entry_for,
    exec_value,
    install_desktop,
    installed_command,
    uninstall_desktop,
)
from app.paths import resource

no_tool = lambda name: None  # noqa: E731


@pytest.fixture
def xdg_data_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _entry(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key] = value
    return values


def test_install_puts_entry_metainfo_and_every_icon_under_the_xdg_data_home(qapp, xdg_data_home):
    from PySide6.QtGui import QImage

    command = [str(xdg_data_home.parent / "bin" / "infointerview")]
    report = install_desktop(command=command, which=no_tool)
    assert report.data_home == xdg_data_home
    entry = xdg_data_home / "applications" / DESKTOP_FILE
    assert _entry(entry)["Exec"] == command[0]
    assert _entry(entry)["TryExec"] == command[0]
    assert _entry(entry)["Icon"] == APP_ID
    assert (xdg_data_home / "metainfo" / METAINFO_FILE).read_bytes() == resource("desktop", METAINFO_FILE).read_bytes()
    hicolor = xdg_data_home / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == resource("icons", "infointerview.svg").read_bytes()
    for size in ICON_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        # Rendered from the SVG: the centre is the icon's opaque background, a corner is transparent.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() < 255
    assert set(report.written) == {entry, xdg_data_home / "metainfo" / METAINFO_FILE, svg} | {
        hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES
    }
    assert not report.database_refreshed


def test_the_desktop_database_is_refreshed_when_the_tool_is_there(qapp, xdg_data_home, tmp_path):
    told = tmp_path / "told"
    tool = tmp_path / "update-desktop-database"
    tool.write_text(f'#!/bin/sh\necho "$@" > {shlex.quote(str(told))}\n')
    tool.chmod(0o755)
    which = {"update-desktop-database": str(tool)}.get
    assert install_desktop(command=["infointerview"], which=which).database_refreshed
    assert told.read_text().strip() == str(xdg_data_home / "applications")
    told.unlink()
    assert uninstall_desktop(which=which).database_refreshed
    assert told.read_text().strip() == str(xdg_data_home / "applications")


def test_uninstall_removes_exactly_what_install_wrote(qapp, xdg_data_home):
    report = install_desktop(command=["infointerview"], which=no_tool)
    someone_elses = xdg_data_home / "applications" / "org.example.Other.desktop"
    someone_elses.write_text("[Desktop Entry]\n")
    removed = uninstall_desktop(which=no_tool).removed
    assert sorted(removed) == sorted(report.written)
    assert not any(path.exists() for path in report.written)
    assert someone_elses.exists()
    assert uninstall_desktop(which=no_tool).removed == []


def test_exec_quotes_what_the_desktop_entry_specification_reserves():
    assert exec_value(["/opt/InfoInterview/infointerview"]) == "/opt/InfoInterview/infointerview"
    assert exec_value(["/home/ann/My Apps/infointerview"]) == '"/home/ann/My Apps/infointerview"'
    # Inside quotes $ and " take a backslash, % is doubled, and the string doubles every backslash.
    assert exec_value(['/x/a$b"c', "-m", "app", "50%"]) == '"/x/a\\\\$b\\\\"c" -m app 50%%'


def test_an_awkward_install_path_still_makes_a_valid_entry(tmp_path):
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    shipped = resource("desktop", DESKTOP_FILE).read_text(encoding="utf-8")
    entry = tmp_path / DESKTOP_FILE
    entry.write_text(desktop_entry_for(["/home/a b/50% $HOME/infointerview", "-m", "app"], shipped))
    result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_the_installed_command_is_the_bundle_the_script_or_this_python(tmp_path):
    program = tmp_path / "dist" / "infointerview" / "infointerview"
    program.parent.mkdir(parents=True)
    program.write_text("")
    link = tmp_path / "infointerview-link"
    link.symlink_to(program)
    assert installed_command(frozen=True, executable=str(link), argv0="x") == [str(program)]
    script = tmp_path / "bin" / "infointerview"
    script.parent.mkdir()
    script.write_text("#!/usr/bin/env python\n")
    assert installed_command(frozen=False, executable="/venv/bin/python", argv0=str(script)) == [str(script)]
    assert installed_command(frozen=False, executable="/venv/bin/python", argv0="/src/app/__main__.py") == [
        "/venv/bin/python",
        "-m",
        "app",
    ]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_told_their_installer_does_this(monkeypatch, tmp_path, platform):
    monkeypatch.setattr("app.desktop_install.sys.platform", platform)
    with pytest.raises(DesktopInstallError, match="Linux"):
        install_desktop(home=tmp_path, command=["x"], which=no_tool)
    with pytest.raises(DesktopInstallError, match="Linux"):
        uninstall_desktop(home=tmp_path, which=no_tool)
    assert not any(tmp_path.iterdir())


def test_shipped_desktop_entry_validates():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([validator, str(resource("desktop", DESKTOP_FILE))], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_shipped_metainfo_validates():
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(resource("desktop", METAINFO_FILE))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Older appstreamcli (Debian 12's 0.16) does not know <developer> yet; nothing else may be said.
    problems = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == [], result.stdout


@pytest.mark.slow
def test_the_command_line_installs_and_uninstalls(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), QT_QPA_PLATFORM="offscreen")
    installed = subprocess.run(
        [sys.executable, "-m", "app", "--install-desktop"], env=env, capture_output=True, text=True, timeout=120
    )
    assert installed.returncode == 0, installed.stderr
    entry = tmp_path / "share" / "applications" / DESKTOP_FILE
    assert _entry(entry)["Exec"] == f"{Path(sys.executable).absolute()} -m app"
    assert str(entry) in installed.stdout
    removed = subprocess.run(
        [sys.executable, "-m", "app", "--uninstall-desktop"], env=env, capture_output=True, text=True, timeout=120
    )
    assert removed.returncode == 0, removed.stderr
    assert f"Removed {2 + 1 + len(ICON_SIZES)} files" in removed.stdout
    assert not entry.exists()
