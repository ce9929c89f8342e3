"""The demo workspace's own folder: made fresh from the shipped plan, reset in one go.

The demo never uses the person's data folder. Its folder is a separate one (from platformdirs,
or ``INFOINTERVIEW_DEMO_DIR``), marked with a file of its own; a folder without that mark is
never filled, emptied or removed here, whatever it is called.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from app.core.clock import Clock

log = logging.getLogger(__name__)

DEMO_DIR_ENV = "INFOINTERVIEW_DEMO_DIR"
MARKER = ".infointerview-demo"
MARKER_TEXT = "This folder holds InfoInterview's demo workspace. Resetting the demo deletes it.\n"


class DemoFolderError(Exception):
    """The demo's folder is taken by something that is not a demo workspace."""


def demo_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    chosen = environ.get(DEMO_DIR_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("InfoInterview Demo", appauthor=False))


def is_demo_folder(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def prepare_demo(folder: Path, clock: Clock) -> bool:
    """Make the demo in ``folder`` unless it is there already; True when it was made now.

    It is made whole in a sibling folder and then moved into place, so a demo cut off half-way
    (a crash, a full disk) is never opened."""
    if is_demo_folder(folder):
        return False
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DemoFolderError(f"{folder} holds something other than the demo workspace; it was left alone")
    making = folder.with_name(f"{folder.name}.making-{os.getpid()}")
    shutil.rmtree(making, ignore_errors=True)
    try:
        _make(making, clock)
        if folder.exists():
            folder.rmdir()  # empty, checked above
        making.rename(folder)
    finally:
        shutil.rmtree(making, ignore_errors=True)
    log.info("demo workspace made in %s", folder)
    return True


def remove_demo(folder: Path) -> None:
    """Delete the demo's folder, so the next start makes it afresh; refuses any other folder."""
    if not is_demo_folder(folder):
        raise DemoFolderError(f"{folder} is not the demo workspace; nothing was deleted")
    shutil.rmtree(folder)
    log.info("demo workspace removed from %s", folder)


def _make(folder: Path, clock: Clock) -> None:
    from app.core.demo_workspace import parse_demo_plan
    from app.files import load_builtin_bank
    from app.paths import prepare_data_dir, resource
    from app.store.demo_seed import fill_demo
    from app.store.store import open_store

    paths = prepare_data_dir(folder)
    plan = parse_demo_plan(resource("demo", "workspace.toml").read_text(encoding="utf-8"))
    bank = {question.key: question for question in load_builtin_bank().questions}
    store = open_store(paths.database, clock)
    try:
        fill_demo(store, plan, bank, clock)
    finally:
        store.dispose()
    (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
