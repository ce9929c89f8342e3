"""Packaging: a built wheel finds its resources anywhere; one version and one changelog everywhere;
the licence; what the bundle leaves out; and the built bundle passes its own check."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_an_installed_wheel_finds_its_resources_from_another_directory(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("infointerview-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import app, app.paths, app.store.migrate as m\n"
        "print(app.__file__)\n"
        "print(app.paths.resource('icons', 'infointerview.svg').is_file())\n"
        "print(app.paths.resources_dir())\n"
        "print(sorted(p.name for p in (m.MIGRATIONS_DIR / 'versions').glob('*.py')))\n"
        "print((m.MIGRATIONS_DIR / 'script.py.mako').is_file())\n"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    )
    module_file, icon_found, resources, versions, mako = result.stdout.splitlines()
    assert module_file.startswith(str(target))
    assert icon_found == "True"
    assert resources == str(target / "app" / "resources")
    assert "0001_whole_product.py" in versions
    assert mako == "True"


# ---- release hygiene: one version, one changelog, the licence, the build-only extra ----------------

METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"
sys.path.insert(0, str(ROOT / "packaging"))


def _releases() -> list[ET.Element]:
    return ET.parse(METAINFO).getroot().findall("./releases/release")


def test_the_metainfo_releases_are_the_changelog_written_out():
    from changelog_releases import metainfo_with_releases

    current = METAINFO.read_text(encoding="utf-8")
    assert metainfo_with_releases(current, CHANGELOG.read_text(encoding="utf-8")) == current, (
        "run: python packaging/changelog_releases.py"
    )


def test_a_changelog_release_becomes_an_appstream_release():
    from changelog_releases import read_releases

    (release,) = read_releases(
        "# Changelog\n\n## [Unreleased]\n\n- not yet\n\n## [1.2.0] - 2027-01-31\n\nSome *words*.\n\n"
        "### Fixed\n\n- a `code` thing, [linked](https://example.org)\n  over two lines\n"
    )
    assert (release.version, release.date) == ("1.2.0", "2027-01-31")
    assert release.description == [
        "<p>Some <em>words</em>.</p>",
        "<p>Fixed:</p>",
        "<ul>",
        "  <li>a <code>code</code> thing, linked over two lines</li>",
        "</ul>",
    ]


def test_one_version_in_the_package_the_metainfo_the_changelog_and_the_command_line(capsys):
    from app.__main__ import parse_arguments

    newest = _releases()[0]
    assert newest.get("version") == __version__
    assert re.search(rf"^## \[{re.escape(__version__)}\] - {newest.get('date')}$", CHANGELOG.read_text(), re.M)
    with pytest.raises(SystemExit) as leaving:
        parse_arguments(["--version"])
    assert leaving.value.code == 0
    assert capsys.readouterr().out.strip() == f"{APP_NAME} {__version__}"
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)
    assert project["tool"]["hatch"]["version"]["path"] == "app/__init__.py"
    assert "version" in project["project"]["dynamic"]


def test_about_shows_the_version_and_the_licence(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    from app.ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"{APP_NAME} {__version__}" in words
    assert "MIT" in words
    assert not dialog.icon_label.pixmap().isNull()


def test_the_licence_is_the_full_mit_text():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 The InfoInterview authors\n")
    assert "Permission is hereby granted, free of charge" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text
    with open(ROOT / "pyproject.toml", "rb") as handle:
        assert tomllib.load(handle)["project"]["license"] == "MIT"
    assert ET.parse(METAINFO).getroot().findtext("project_license") == "MIT"


def test_pyinstaller_is_only_a_build_extra():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    assert not [dep for dep in project["dependencies"] if dep.lower().startswith("pyinstaller")]
    assert any(dep.startswith("pyinstaller") for dep in project["optional-dependencies"]["bundle"])


def test_the_metainfo_describes_the_app_with_both_screenshots_and_a_content_rating():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert (ROOT / "resources" / "desktop" / f"{APP_ID}.desktop").is_file()
    images = [element.text.rsplit("/", 1)[-1] for element in root.findall("./screenshots/screenshot/image")]
    assert sorted(images) == sorted(path.name for path in (ROOT / "packaging" / "screenshots").glob("*.png"))
    assert len(images) == 2
    assert root.find("content_rating").get("type") == "oars-1.1"
    description = " ".join(root.find("description").itertext())
    for feature in ("countdown", "notes", "thank-you note", "search"):
        assert feature in description


def test_the_flatpak_manifest_parses_and_uses_the_shipped_files():
    manifest_path = ROOT / "packaging" / "flatpak" / f"{APP_ID}.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "infointerview"
    # A module given as a string is a file of modules (the Python packages, made by flatpak-pip-generator).
    (app_module,) = [module for module in manifest["modules"] if isinstance(module, dict)]
    commands = " ".join(app_module["build-commands"])
    for shipped in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "infointerview.svg"):
        assert shipped in commands
        assert list(ROOT.glob(f"resources/**/{shipped}")), shipped


# ---- what the bundle leaves out ------------------------------------------------------------------


def test_the_bundle_keeps_the_plugins_the_app_loads_and_drops_the_rest():
    from bundle_contents import keep_binary

    qt = "PySide6/Qt/plugins/"
    venv = "/venv/lib/python3.11/site-packages/"
    for kept in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
                 "imageformats/libqsvg.so", "imageformats/libqjpeg.so", "iconengines/libqsvgicon.so",
                 "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
                 "multimedia/libffmpegmediaplugin.so"):  # fmt: skip
        assert keep_binary(qt + kept, venv + qt + kept), kept
    for dropped in ("platforms/libqvnc.so", "platforms/libqeglfs.so", "tls/libqopensslbackend.so",
                    "imageformats/libqicns.so", "generic/libqevdevmouseplugin.so"):  # fmt: skip
        assert not keep_binary(qt + dropped, venv + qt + dropped), dropped
    assert keep_binary("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", "C:\\venv\\qwindows.dll")
    assert keep_binary("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "/venv/libqcocoa.dylib")
    # From the host: what the PySide6 wheel takes from it stays there; Python's own run-time is shipped.
    assert not keep_binary("libX11.so.6", "/lib/x86_64-linux-gnu/libX11.so.6")
    assert not keep_binary("libcrypto.so.3", "/usr/lib/x86_64-linux-gnu/libcrypto.so.3")
    assert keep_binary("libsqlite3.so.0", "/lib/x86_64-linux-gnu/libsqlite3.so.0")
    assert keep_binary("libxcb-cursor.so.0", "/lib/x86_64-linux-gnu/libxcb-cursor.so.0")
    assert keep_binary("PySide6/Qt/lib/libicudata.so.73", venv + "PySide6/Qt/lib/libicudata.so.73")


def test_qt_catalogues_are_shipped_only_for_the_apps_languages():
    from bundle_contents import app_languages, keep_data

    languages = app_languages(ROOT / "resources" / "translations")
    assert "en" in languages
    assert keep_data("PySide6/Qt/translations/qtbase_en.qm", languages)
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm", languages | {"fr"})
    assert not keep_data("PySide6/Qt/translations/qt_en.qm", languages)
    assert keep_data("app/resources/translations/infointerview_en.qm", languages)
    assert not keep_data("app/resources/translations/infointerview_en.ts", languages)
    assert not keep_data("jsonschema/benchmarks/issue232/issue.json", languages)
    assert keep_data("app/store/migrations/versions/0001_whole_product.py", languages)


@pytest.mark.slow
def test_the_built_bundle_passes_its_check(tmp_path):
    """Builds the bundle afresh and runs packaging/check_bundle.sh on it (a minute or two)."""
    pytest.importorskip("PyInstaller", reason="the 'bundle' extra (PyInstaller) is not installed")
    if not sys.platform.startswith("linux"):
        pytest.skip("check_bundle.sh checks the Linux bundle")
    env = dict(os.environ, BUNDLE_PYTHON=sys.executable)
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "check_bundle.sh"), "--rebuild"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check_bundle: all checks passed" in result.stdout
    assert f"--version: {APP_NAME} {__version__}" in result.stdout
