"""Where things live: the data directory (and its files) and the shipped resources."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core import i18n
from app.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("infointerview")

DATA_DIR_ENV = "INFOINTERVIEW_DATA_DIR"
DATABASE_NAME = "infointerview.db"
LOG_NAME = "infointerview.log"
SETTINGS_NAME = "window.ini"
LOCK_NAME = "infointerview.lock"


class DataDirError(Exception):
    """The data directory cannot be used; the message says why in one line (``str()`` in English
    for stderr, ``text`` for a dialog in the person's language)."""

    def __init__(self, text: i18n.Text) -> None:
        super().__init__(str(text))
        self.text = text


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def log_file(self) -> Path:
        return self.data_dir / LOG_NAME

    @property
    def window_settings(self) -> Path:
        return self.data_dir / SETTINGS_NAME

    @property
    def lock_file(self) -> Path:
        return self.data_dir / LOCK_NAME

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups_dir(self) -> Path:
        """Automatic and manual backups of the database (see app/store/backups.py)."""
        return self.data_dir / "backups"

    @property
    def templates_dir(self) -> Path:
        """The person's own note templates, which take precedence over the shipped ones."""
        return self.data_dir / "templates"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("InfoInterview", appauthor=False))


def choose_data_dir(cli_value: str | None, environ: dict[str, str] | None = None) -> Path:
    """The command line wins over the environment, which wins over the platform default."""
    environ = os.environ if environ is None else environ
    raw = cli_value or environ.get(DATA_DIR_ENV)
    if raw:
        return Path(raw).expanduser().absolute()
    return default_data_dir()


PRIVATE_DIR_MODE = 0o700


def prepare_data_dir(data_dir: Path, warn: Callable[[str], None] = log.warning) -> AppPaths:
    """Create the data directory (private to this user) and prove it is writable.

    An existing folder others can read is made private; if that fails, ``warn`` is told (the
    log is not open yet when this runs at start-up) and the app carries on.
    """
    if data_dir.exists() and not data_dir.is_dir():
        raise DataDirError(
            i18n.text(
                "DataFolder",
                QT_TRANSLATE_NOOP("DataFolder", "the data directory {folder} is a file, not a folder"),
                folder=data_dir,
            )
        )
    existed = data_dir.is_dir()
    try:
        data_dir.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(
            i18n.text(
                "DataFolder",
                QT_TRANSLATE_NOOP("DataFolder", "cannot create the data directory {folder}: {reason}"),
                folder=data_dir,
                reason=exc.strerror,
            )
        ) from exc
    if existed:
        _make_private(data_dir, warn)
    probe = data_dir / ".write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            i18n.text(
                "DataFolder",
                QT_TRANSLATE_NOOP("DataFolder", "the data directory {folder} is not writable: {reason}"),
                folder=data_dir,
                reason=exc.strerror,
            )
        ) from exc
    return AppPaths(data_dir)


def _make_private(data_dir: Path, warn: Callable[[str], None]) -> None:
    try:
        mode = stat.S_IMODE(data_dir.stat().st_mode)
        if mode & 0o077:
            os.chmod(data_dir, PRIVATE_DIR_MODE)
    except OSError as exc:
        warn(f"could not make the data directory {data_dir} private to you (mode 700): {exc.strerror or exc}")


def resources_dir() -> Path:
    """The shipped resources: inside the package when installed, beside it in a checkout."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "resources", package_dir.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"InfoInterview's resources are missing (looked beside {package_dir})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
