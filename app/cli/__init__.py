"""The command line: export, import, backup, restore, backups, check, over the same code as the GUI.

Every subcommand takes ``--data-dir`` (as the app does) and holds the data folder's lock while it
works, so it never runs beside the GUI on the same data. Errors are one line on stderr; the details
go to the log file in the data folder. Exit status: 0 success, 1 failure, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from app import APP_NAME, __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

log = logging.getLogger("app.cli")


class CliError(Exception):
    def __init__(self, message: str, status: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="the data folder (as for the app)")
    parser = argparse.ArgumentParser(prog="infointerview", description=f"{APP_NAME}: your data, in and out.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    export = commands.add_parser("export", parents=[common], help="export everything")
    export.add_argument("--format", choices=("json", "csv", "markdown", "ics", "vcard"), default="json")
    export.add_argument(
        "out",
        metavar="OUT",
        help="a file (json; vcard: everyone; ics: every upcoming interview, for a calendar) "
        "or a folder (csv, markdown)",
    )
    export.add_argument(
        "--vcard-version", choices=("4.0", "3.0"), default="4.0", help="vCard 3.0 for older address books"
    )
    export.add_argument("--force", action="store_true", help="replace OUT if it exists")

    imported = commands.add_parser(
        "import", parents=[common], help="import an InfoInterview export, a .vcf or a .csv file of contacts"
    )
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--dry-run", action="store_true", help="only say what would be imported")
    imported.add_argument(
        "--region",
        metavar="CC",
        help="the country of phone numbers written without + in a .csv file (e.g. US, DE; default: your locale's)",
    )

    backup = commands.add_parser("backup", parents=[common], help="make a backup now")
    backup.add_argument("out", metavar="OUT", nargs="?", help="where to write it (default: the backups folder)")
    backup.add_argument("--force", action="store_true", help="replace OUT if it exists")

    restore = commands.add_parser("restore", parents=[common], help="replace your data with a backup")
    restore.add_argument("file", metavar="FILE")

    commands.add_parser("backups", parents=[common], help="list the backups")
    commands.add_parser("check", parents=[common], help="check the database and count what it holds")
    return parser


@contextlib.contextmanager
def _data_lock(lock_file: Path) -> Iterator[None]:
    """Hold the data folder's lock (the GUI's QLockFile) for the whole command."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        raise CliError(f"{APP_NAME} is open on {lock_file.parent}; close it first, then try again.")
    try:
        yield
    finally:
        lock.unlock()


def _log_to(log_file: Path) -> logging.Handler | None:
    try:
        handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)  # exits 2 with the usage on bad usage
    from app.paths import DataDirError, choose_data_dir, prepare_data_dir

    handler = None
    try:
        if arguments.data_dir is not None and not arguments.data_dir.strip():
            raise CliError("--data-dir needs a folder; it was given an empty one", EXIT_BAD_INPUT)
        try:
            paths = prepare_data_dir(choose_data_dir(arguments.data_dir))
        except DataDirError as error:
            raise CliError(str(error)) from error
        handler = _log_to(paths.log_file)
        with _data_lock(paths.lock_file):
            return COMMANDS[arguments.command](arguments, paths)
    except CliError as error:
        _say_error(str(error))
        return error.status
    except Exception as error:
        log.exception("the %s command failed", arguments.command)
        status, message = _classify(error)
        _say_error(message)
        return status
    finally:
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _say_error(message: str) -> None:
    print(f"infointerview: {' '.join(message.split())}", file=sys.stderr)


def _classify(error: Exception) -> tuple[int, str]:
    from app.store.backups import BackupError
    from app.store.health import DatabaseFromTheFuture, DatabaseUnreadable
    from app.store.portability import BadImportFile, ExportTargetExists, PortabilityError
    from app.store.rescue import RescueError

    if isinstance(error, BadImportFile | ExportTargetExists):
        return EXIT_BAD_INPUT, str(error)
    if isinstance(error, PortabilityError | BackupError | RescueError | DatabaseUnreadable | DatabaseFromTheFuture):
        return EXIT_FAILURE, str(error)
    if isinstance(error, OSError):
        return EXIT_FAILURE, f"{error.strerror or error} ({error.filename or ''})"
    return EXIT_FAILURE, f"unexpected error ({type(error).__name__}); the details are in the log file"


def _clock():
    from app.core.clock import SystemClock

    return SystemClock()


def _existing_database(paths) -> Path:
    from app.store.health import inspect_database

    status = inspect_database(paths.database)  # raises for a damaged or newer file
    if not status.exists:
        raise CliError(f"There is no data in {paths.data_dir} yet.")
    return paths.database


def _export(arguments, paths) -> int:
    from app.store.portability import export_csv, export_json, export_markdown, interview_ids

    database = _existing_database(paths)
    clock = _clock()
    target = Path(arguments.out).expanduser().absolute()
    if arguments.format == "json":
        document = export_json(database, paths.attachments_dir, target, clock.now(), arguments.force, __version__)
        people, interviews = (len(document["tables"].get(table, [])) for table in ("contacts", "interviews"))
        print(f"Exported {_people(people)} and {_count(interviews, 'interview')} to {target}")
    elif arguments.format == "vcard":
        return _export_vcard(arguments, database, target)
    elif arguments.format == "csv":
        written = export_csv(database, target, clock.now(), arguments.force)
        print(f"Exported {_count(len(written), 'list')} to {target}")
    elif arguments.format == "ics":
        count = _export_calendar(database, clock, target, arguments.force)
        print(f"Exported {_count(count, 'upcoming interview')} to {target}")
    else:
        from app.store.store import open_store

        store = open_store(database, clock)
        try:
            ids = interview_ids(database)
            written = export_markdown(store, ids, target, clock.local_zone(), arguments.force)
        finally:
            store.dispose()
        print(f"Exported {_count(len(written), 'interview')} to {target}")
    return EXIT_OK


def _export_calendar(database: Path, clock, target: Path, force: bool) -> int:
    """Every upcoming interview as one .ics file (the words in English, as the rest of the CLI)."""
    from app.core.calendar_file import CalendarWords, calendar_text
    from app.store.portability import _file_target
    from app.store.store import open_store

    store = open_store(database, clock)
    try:
        entries = store.interviews.upcoming_calendar_entries(clock.now())
    finally:
        store.dispose()
    text = calendar_text(entries, CalendarWords(), clock.now())
    with _file_target(target, force) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="")
    return len(entries)


def _import_json(arguments, paths) -> int:
    from app.core.data_safety import describe_import
    from app.store.portability import import_document, read_import
    from app.store.store import open_store

    source = Path(arguments.file).expanduser()
    summary, document = read_import(source)
    print(str(describe_import(summary)))
    if arguments.dry_run:
        return EXIT_OK
    open_store(paths.database, _clock()).dispose()  # create or migrate the store first
    added = import_document(paths.database, paths.attachments_dir, document)
    print(f"Imported {_count(sum(added.values()), 'record')}.")
    return EXIT_OK


def _export_vcard(arguments, database: Path, target: Path) -> int:
    """Everyone as one vCard file, written under a temporary name and renamed when complete."""
    from app.core.vcard import write_vcards
    from app.store.store import open_store

    if target.exists() and not arguments.force:
        raise CliError(f"{target} exists; add --force to replace it.", EXIT_BAD_INPUT)
    store = open_store(database, _clock())
    try:
        people = store.contact_import.people_for_export()
    finally:
        store.dispose()
    text = write_vcards(((person.card, person.uid, person.revised) for person in people), arguments.vcard_version)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_text(text, encoding="utf-8", newline="")
        partial.replace(target)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    print(f"Exported {_people(len(people))} as vCard {arguments.vcard_version} to {target}")
    return EXIT_OK


def _people(count: int) -> str:
    return _count(count, "person", "people")


def _count(count: int, one: str, other: str = "") -> str:
    """``count`` with the noun that reads right in English (the command line speaks English)."""
    return f"{count} {one if count == 1 else other or one + 's'}"


def _import_vcard(arguments, paths) -> int:
    """Every card of the file as a new person, in one transaction; refused cards are listed."""
    from app.core.vcard import VCardError, read_vcard_file
    from app.store.store import open_store

    source = Path(arguments.file).expanduser()
    try:
        found = read_vcard_file(source.read_bytes())
    except VCardError as error:
        raise CliError(f"{source.name}: {error}", EXIT_BAD_INPUT) from error
    for refused in found.refused:
        name = f" ({refused.name})" if refused.name else ""
        print(f"Card {refused.number}{name} was not imported: {refused.reason}")
    if arguments.dry_run:
        print(f"Would import {_people(len(found.cards))} from {source.name}.")
        return EXIT_OK
    store = open_store(paths.database, _clock())
    try:
        store.contact_import.import_cards(imported.card for imported in found.cards)
    finally:
        store.dispose()
    refused = f"; {_count(len(found.refused), 'card')} refused" if found.refused else ""
    print(f"Imported {_people(len(found.cards))} from {source.name}{refused}.")
    return EXIT_OK if found.cards or not found.refused else EXIT_BAD_INPUT


def _locale_region() -> str | None:
    """The country of the person's locale (LANG=de_DE.UTF-8 gives DE), as the GUI's QLocale would."""
    from PySide6.QtCore import QLocale

    territory = QLocale.system().name().partition("_")[2]
    return territory.upper() or None


def _import_csv(arguments, paths) -> int:
    """Every row as a new person, in one transaction, with the preset the header names; rows left
    out and values only flagged are listed, each with its line."""
    from app.core.csv_contacts import CsvError, read_csv_contacts
    from app.store.store import open_store

    source = Path(arguments.file).expanduser()
    region = (arguments.region or "").strip().upper() or _locale_region()
    try:
        table, preview = read_csv_contacts(source.read_bytes(), region)
    except CsvError as error:
        raise CliError(f"{source.name}: {error}", EXIT_BAD_INPUT) from error
    for row in preview.flagged:
        for problem in row.problems:
            print(f"Line {row.line}{f' ({row.card.full_name})' if row.card.full_name else ''}: {problem.message}")
    cards = preview.importable_cards()
    left_out = len(preview.left_out)
    rest = f"; {_count(left_out, 'row')} left out" if left_out else ""
    if arguments.dry_run:
        print(f"Would import {_people(len(cards))} from {source.name} ({table.preset.label}){rest}.")
        return EXIT_OK
    if cards:
        store = open_store(paths.database, _clock())
        try:
            store.contact_import.import_cards(cards)
        finally:
            store.dispose()
    print(f"Imported {_people(len(cards))} from {source.name} ({table.preset.label}){rest}.")
    return EXIT_OK if cards or not left_out else EXIT_BAD_INPUT


# By file suffix; contacts import (vCard, CSV) registers here.
IMPORTERS: dict[str, Callable[[argparse.Namespace, object], int]] = {
    ".json": _import_json,
    ".vcf": _import_vcard,
    ".vcard": _import_vcard,
    ".csv": _import_csv,
}


def _import(arguments, paths) -> int:
    source = Path(arguments.file).expanduser()
    if not source.is_file():
        raise CliError(f"{source} is not a file.", EXIT_BAD_INPUT)
    importer = IMPORTERS.get(source.suffix.lower(), _import_json)
    return importer(arguments, paths)


def _backup(arguments, paths) -> int:
    from app.core.retention import BackupReason
    from app.store.backups import copy_database, integrity_ok, make_backup, read_backup
    from app.store.portability import _file_target

    database = _existing_database(paths)
    clock = _clock()
    if arguments.out is None:
        info = make_backup(database, paths.backups_dir, clock.now(), BackupReason.MANUAL)
        print(f"Backup made: {info.path}")
        return EXIT_OK
    target = Path(arguments.out).expanduser().absolute()
    with _file_target(target, arguments.force) as temporary:
        temporary.unlink()
        copy_database(database, temporary)
        ok, verdict = integrity_ok(temporary)
        if not ok:
            raise CliError(f"The backup copy was damaged ({verdict}); it was not kept.")
    read_backup(target)
    print(f"Backup made: {target}")
    return EXIT_OK


def _restore(arguments, paths) -> int:
    from app.store.backups import restore_backup
    from app.store.health import SQLITE_HEADER

    source = Path(arguments.file).expanduser().absolute()
    if not source.is_file():
        raise CliError(f"{source} is not a file.", EXIT_BAD_INPUT)
    with source.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise CliError(f"{source.name} is not an InfoInterview backup.", EXIT_BAD_INPUT)
    made = restore_backup(source, paths.database, paths.backups_dir, _clock().now())
    if made is not None:
        print(f"Your data before the restore is kept in {made.path}")
    print(f"Restored from {source}")
    return EXIT_OK


def _backups(arguments, paths) -> int:
    from app.core.data_safety import describe_backup
    from app.store.backups import list_backups

    zone = _clock().local_zone()
    found = list_backups(paths.backups_dir)
    if not found:
        print("No backups yet.")
    for info in found:
        print(f"{describe_backup(info, zone)}\t{info.path}")
    return EXIT_OK


def _check(arguments, paths) -> int:
    import sqlite3

    from app.store.backups import count_contents, integrity_ok

    database = paths.database
    if not database.exists():
        raise CliError(f"There is no data in {paths.data_dir} yet.")
    ok, verdict = integrity_ok(database)
    if not ok:
        raise CliError(f"The database is damaged: SQLite reports “{verdict}”.")
    connection = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)
    try:
        counts = count_contents(connection)
    finally:
        connection.close()
    print(f"ok: {_count(counts.interviews, 'interview')}, {_people(counts.people)}, {_count(counts.notes, 'note')}")
    return EXIT_OK


COMMANDS = {
    "export": _export,
    "import": _import,
    "backup": _backup,
    "restore": _restore,
    "backups": _backups,
    "check": _check,
}
