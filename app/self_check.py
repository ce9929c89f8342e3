"""``infointerview --self-check DIR``: proves, inside a built bundle, that what the app loads at run
time was packed with it. Not shown in ``--help``; ``packaging/check_bundle.sh`` runs it.

Each check prints ``ok NAME: detail`` or ``FAILED NAME: reason``; the status is 1 if any failed.
DIR receives the files it writes (a PDF, a database), for the caller to look at.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from app import APP_NAME, __version__

PDF_WORDS = ("Informational interview", "Zoë Ångström", "Thank-you note sent")


def _platform_plugins() -> str:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    present = sorted(path.name for path in folder.glob("*"))
    wanted = ["libqoffscreen.so", "libqxcb.so"] if sys.platform.startswith("linux") else []
    missing = [name for name in wanted if name not in present]
    if missing:
        raise AssertionError(f"missing {', '.join(missing)} in {folder}")
    return ", ".join(present) or str(folder)


def _svg_icon() -> str:
    from PySide6.QtGui import QIcon

    from app.paths import resource

    icon = QIcon(str(resource("icons", "infointerview.svg")))
    image = icon.pixmap(64, 64).toImage()
    if image.isNull() or image.width() != 64:
        raise AssertionError("the SVG icon did not render (QtSvg or the svg image plugin is missing)")
    painted = any(image.pixelColor(x, 32).alpha() > 0 for x in range(64))
    if not painted:
        raise AssertionError("the SVG icon rendered empty")
    return "64×64 rendered"


def _translations() -> str:
    from PySide6.QtCore import QLocale

    from app.paths import resource
    from app.ui.shell.translations import install_translations, remove_translations

    installed = install_translations(resource("translations"), QLocale(QLocale.Language.English))
    try:
        if not installed:
            raise AssertionError("no translation catalogue could be loaded")
        # Asked of the catalogue just loaded, not of whatever translators are installed already.
        source = "“{file}” holds %n card(s). Choose the one to take details from:"
        said = installed[0].translate("CardImportDialog", source, "", 2)
        if said:
            return f"plural English form: {said.replace('%n', '2')!r}"
        return f"{len(installed)} catalogue(s) loaded"  # the message moved; the file is there all the same
    finally:
        remove_translations(installed)


def _pdf(out_dir: Path) -> str:
    from app.core.entities import Contact, Interview
    from app.core.interview_export import InterviewExport, to_markdown
    from app.ui.wrapup.pdf_export import write_pdf

    markdown = to_markdown(
        InterviewExport(
            interview=Interview(contact_id=1),
            contact=Contact(full_name="Zoë Ångström", organisation="Harbour Library"),
            notes="Informational interview notes.\n\n- Thank-you note sent",
        )
    )
    target = out_dir / "self-check.pdf"
    write_pdf(markdown, target, title="InfoInterview self-check")
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or len(data) < 1000:
        raise AssertionError(f"{target} is not a PDF ({len(data)} bytes)")
    return f"{target} ({len(data)} bytes)"


def _store(out_dir: Path) -> str:
    from app.core.clock import SystemClock
    from app.store.health import HEAD_REVISION, inspect_database
    from app.store.store import open_store

    database = out_dir / "self-check.db"
    database.unlink(missing_ok=True)
    open_store(database, SystemClock()).dispose()
    revision = inspect_database(database).revision
    if revision != HEAD_REVISION:
        raise AssertionError(f"the new store is at {revision}, not at head {HEAD_REVISION}")
    return f"migrated to {revision} with the bundled migration scripts"


def _hashing_and_sqlite() -> str:
    import hashlib
    import sqlite3

    digest = hashlib.sha256(b"InfoInterview").hexdigest()[:12]
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(body)")
        version = connection.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        connection.close()
    return f"sha256 {digest}…, SQLite {version} with FTS5"


def _cards_and_calendars() -> str:
    """vCards (vobject, with its time-zone imports) and calendars (icalendar) read in the bundle."""
    import icalendar

    from app.core.vcard import read_vcards

    cards = read_vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nTEL;TYPE=CELL:+44 20 7946 0000\r\n"
        "REV:2026-01-02T03:04:05Z\r\nEND:VCARD\r\n"
    )
    if len(cards) != 1:
        raise AssertionError(f"one vCard read as {len(cards)}")
    calendar = icalendar.Calendar.from_ical(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//check//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
        "DTSTART;TZID=Europe/Paris:20260102T100000\r\nDTSTAMP:20260101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    start = next(iter(calendar.walk("VEVENT")))["DTSTART"].dt
    if start.utcoffset() is None:
        raise AssertionError("a calendar time zone could not be found")
    return f"a vCard read; a calendar event at {start.isoformat()}"


def _sound() -> str:
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError:
        return "absent (the optional sound extra was not installed when this was built)"
    from PySide6.QtCore import QLibraryInfo

    from app.paths import resource

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "multimedia"
    if not any(plugins.glob("*")):
        raise AssertionError(f"QtMultimedia is there but its plugins are not ({plugins})")
    if not resource("sounds", "stage-chime.wav").is_file():
        raise AssertionError("the chime's sound file is missing")
    return f"available (QtMultimedia, {len(list(plugins.glob('*')))} plugin(s), the chime)"


def run(out_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    out_dir.mkdir(parents=True, exist_ok=True)
    application = QApplication.instance() or QApplication([sys.argv[0]])
    checks: list[tuple[str, Callable[[], str]]] = [
        ("version", lambda: f"{APP_NAME} {__version__}"),
        ("platform plugins", _platform_plugins),
        ("svg icon", _svg_icon),
        ("translations", _translations),
        ("pdf", lambda: _pdf(out_dir)),
        ("store", lambda: _store(out_dir)),
        ("hashing and sqlite", _hashing_and_sqlite),
        ("cards and calendars", _cards_and_calendars),
        ("sound", _sound),
    ]
    failed = 0
    for name, check in checks:
        try:
            print(f"ok {name}: {check()}", flush=True)
        except Exception as problem:  # each failure is reported, and the rest still run
            failed += 1
            print(f"FAILED {name}: {problem}", flush=True)
            traceback.print_exc(file=sys.stderr)
    del application
    return 1 if failed else 0
