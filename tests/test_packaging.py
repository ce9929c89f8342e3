"""A built wheel, installed somewhere else, finds every resource and migration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
