"""Getting everything out (JSON, CSV, Markdown) and the app's own JSON back in.

JSON export: every table a person's data lives in, read in one snapshot, each row as an object of
its columns. Ids are renumbered densely from 1 in the order of the old ids, and every link follows,
so exporting, importing into an empty data dir and exporting again gives the same file apart from
``exported_at``. Attachments (business-card images) travel inside the file as base64, so one file is
the whole backup; the rows name them by file name, relative to the attachments folder.

Import adds every record as new (never overwrites: a setting or a built-in question that exists
already is kept as it is), in one transaction: all or nothing. ``read_import`` checks the file and
says what it would add; ``import_document`` writes it.

Targets are written whole or not at all: a file goes to a temporary name beside the target and is
renamed into place; a folder is filled as a temporary folder and renamed.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import csv
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from app.core.data_safety import ImportSummary, unsafe_attachment_name
from app.store.backups import user_tables
from app.store.health import KNOWN_REVISIONS
from app.store.rescue import tables_in_foreign_key_order

log = logging.getLogger(__name__)

FORMAT_NAME = "infointerview-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024
# Columns that name a file in the attachments folder.
ATTACHMENT_COLUMNS = {"contacts": ("card_image_path",)}
# One CSV file per list a person keeps, named as they would say it.
CSV_LISTS = {
    "people": "contacts",
    "occupations": "occupations",
    "interviews": "interviews",
    "next-steps": "action_items",
    "thank-you-notes": "thank_you_notes",
    "evaluations": "self_evaluations",
}


class PortabilityError(Exception):
    """An export or import could not be done; the message says why, for a person."""


class BadImportFile(PortabilityError):
    """The file given to import is not a usable export (bad input: the CLI exits 2)."""


class ExportTargetExists(PortabilityError):
    """The export target exists and the person has not said to replace it."""


class Cancelled(PortabilityError):
    """The person stopped the export or import; nothing of it was kept."""


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("Stopped; nothing was written.")


# ---- the schema, as SQLite describes it ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TableShape:
    name: str
    columns: tuple[str, ...]
    primary_key: tuple[str, ...]
    own_id: str | None  # a single INTEGER primary key that is not a link: renumbered
    links: dict[str, tuple[str, str]]  # column -> (parent table, parent column)
    not_null: frozenset[str]
    unique: tuple[tuple[str, ...], ...]
    types: dict[str, str]  # column -> declared type, upper case


def _shape(connection: sqlite3.Connection, table: str) -> TableShape:
    info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = tuple(row[1] for row in info)
    primary_key = tuple(row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5]))
    links = {row[3]: (row[2], row[4]) for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')}
    own_id = None
    if len(primary_key) == 1 and primary_key[0] not in links:
        declared = next(row[2] for row in info if row[1] == primary_key[0])
        if declared.upper() == "INTEGER":
            own_id = primary_key[0]
    unique = []
    for index in connection.execute(f'PRAGMA index_list("{table}")'):
        if index[2] and index[3] == "u":
            unique.append(tuple(row[2] for row in connection.execute(f'PRAGMA index_info("{index[1]}")')))
    return TableShape(
        name=table,
        columns=columns,
        primary_key=primary_key,
        own_id=own_id,
        links=links,
        not_null=frozenset(row[1] for row in info if row[3]),
        unique=tuple(unique),
        types={row[1]: (row[2] or "").upper() for row in info},
    )


def _shapes(connection: sqlite3.Connection) -> dict[str, TableShape]:
    tables = tables_in_foreign_key_order(connection, user_tables(connection))
    return {table: _shape(connection, table) for table in tables}


def _id_owner(shapes: dict[str, TableShape], table: str, column: str) -> str | None:
    """Whose renumbered ids ``table.column`` holds (following links to links), or None."""
    shape = shapes.get(table)
    seen = set()
    while shape is not None and (shape.name, column) not in seen:
        seen.add((shape.name, column))
        if shape.own_id == column:
            return shape.name
        if column not in shape.links:
            return None
        parent, parent_column = shape.links[column]
        shape, column = shapes.get(parent), parent_column
    return None


def _schema_revision(connection: sqlite3.Connection) -> str:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else ""


# ---- writing targets whole or not at all --------------------------------------------------------


def _target_error(target: Path, error: OSError) -> PortabilityError:
    if error.errno == errno.ENOSPC:
        return PortabilityError(f"The disk is full: {target} was not written.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PortabilityError(f"{target.parent} is not writable: {target.name} was not written.")
    if error.errno == errno.ENOENT:
        return PortabilityError(f"The folder {target.parent} does not exist.")
    return PortabilityError(f"{target} could not be written: {error.strerror or error}.")


def _check_target(target: Path, force: bool) -> None:
    if target.exists() and not force:
        raise ExportTargetExists(f"{target} exists already; choose another name or replace it (--force).")
    if not target.parent.is_dir():
        raise PortabilityError(f"The folder {target.parent} does not exist.")


@contextlib.contextmanager
def _file_target(target: Path, force: bool) -> Iterator[Path]:
    """Yields a temporary path beside ``target``; renamed into place when the block succeeds."""
    _check_target(target, force)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as error:
        raise _target_error(target, error) from error
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _target_error(target, error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def _folder_target(target: Path, force: bool) -> Iterator[Path]:
    """Yields a temporary folder beside ``target``; renamed into place when the block succeeds."""
    _check_target(target, force)
    if target.exists() and not target.is_dir():
        raise PortabilityError(f"{target} is a file, not a folder.")
    try:
        temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as error:
        raise _target_error(target, error) from error
    try:
        yield temporary
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
            temporary.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            temporary.rename(target)
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise _target_error(target, error) from error
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


# ---- JSON export --------------------------------------------------------------------------------


def _json_value(value: object) -> object:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _sort_key(values: tuple) -> tuple:
    # None first, then numbers, then text: a total order whatever the mix.
    return tuple((v is not None, isinstance(v, str), v if v is not None else 0) for v in values)


def build_document(database: Path, attachments_dir: Path | None, now: datetime, version: str = "") -> dict:
    """Everything in ``database`` as the export document (see the module docstring)."""
    connection = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("BEGIN")  # one snapshot
        shapes = _shapes(connection)
        raw = {
            table: connection.execute(
                f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in shape.columns)} FROM "{table}"'
            ).fetchall()
            for table, shape in shapes.items()
        }
        revision = _schema_revision(connection)
    finally:
        connection.close()
    new_ids: dict[str, dict[int, int]] = {}
    for table, shape in shapes.items():
        if shape.own_id is not None:
            position = shape.columns.index(shape.own_id)
            old = sorted(row[position] for row in raw[table])
            new_ids[table] = {old_id: new for new, old_id in enumerate(old, start=1)}
    tables: dict[str, list[dict]] = {}
    for table, shape in shapes.items():
        owners = {column: _id_owner(shapes, table, column) for column in shape.columns}
        rows = []
        for row in raw[table]:
            values = []
            for column, value in zip(shape.columns, row, strict=True):
                owner = owners[column]
                if owner is not None and value is not None:
                    value = new_ids[owner].get(value, value)
                values.append(value)
            rows.append(values)
        key_positions = [shape.columns.index(c) for c in shape.primary_key] or list(range(len(shape.columns)))
        rows.sort(key=lambda values: _sort_key(tuple(values[i] for i in key_positions)))
        tables[table] = [
            {column: _json_value(value) for column, value in zip(shape.columns, values, strict=True)} for values in rows
        ]
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_revision": revision,
        "exported_at": now.astimezone(UTC).isoformat(),
        "app_version": version,
        "tables": tables,
        "attachments": [] if attachments_dir is None else _attachments(tables, attachments_dir),
    }


def _attachments(tables: dict[str, list[dict]], attachments_dir: Path) -> list[dict]:
    names = sorted(
        {
            row[column]
            for table, columns in ATTACHMENT_COLUMNS.items()
            for row in tables.get(table, [])
            for column in columns
            if isinstance(row.get(column), str) and row[column]
        }
    )
    found = []
    for name in names:
        path = attachments_dir / Path(name).name
        if not path.is_file():
            log.warning("export: attachment %s is missing", name)
            continue
        content = path.read_bytes()
        found.append(
            {
                "name": Path(name).name,
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "content_base64": base64.b64encode(content).decode("ascii"),
            }
        )
    return found


def export_json(
    database: Path,
    attachments_dir: Path,
    target: Path,
    now: datetime,
    force: bool = False,
    version: str = "",
    cancelled: Callable[[], bool] | None = None,
) -> dict:
    """Write the export document to ``target``; returns the document written. When ``cancelled()``
    turns true, ``Cancelled`` is raised and nothing is left at ``target``."""
    _check_target(target, force)
    document = build_document(database, attachments_dir, now, version)
    _stop_if(cancelled)
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1)
    with _file_target(target, force) as temporary, temporary.open("w", encoding="utf-8") as handle:
        for count, chunk in enumerate(encoder.iterencode(document)):
            if count % 4096 == 0:
                _stop_if(cancelled)
            handle.write(chunk)
        handle.write("\n")
    return document


# ---- CSV and Markdown export --------------------------------------------------------------------


def export_csv(
    database: Path, target: Path, now: datetime, force: bool = False, cancelled: Callable[[], bool] | None = None
) -> list[str]:
    """One RFC 4180 file per list, UTF-8 with a BOM (spreadsheets then read accents right)."""
    _check_target(target, force)
    document = build_document(database, None, now)
    tables = document["tables"]
    written = []
    with _folder_target(target, force) as folder:
        for name, table in CSV_LISTS.items():
            _stop_if(cancelled)
            rows = tables.get(table, [])
            columns = list(rows[0]) if rows else _columns_of(database, table)
            if table == "self_evaluations":
                rows, columns = _evaluations_with_scores(rows, columns, tables.get("evaluation_scores", []))
            with (folder / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, dialect="excel")  # CRLF line ends, quotes as RFC 4180 says
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
            written.append(f"{name}.csv")
    return written


def _columns_of(database: Path, table: str) -> list[str]:
    connection = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    finally:
        connection.close()


def _evaluations_with_scores(rows: list[dict], columns: list[str], scores: list[dict]) -> tuple[list[dict], list[str]]:
    aspects = sorted({score["aspect"] for score in scores})
    by_interview: dict[int, dict[str, int]] = {}
    for score in scores:
        by_interview.setdefault(score["interview_id"], {})[score["aspect"]] = score["score"]
    merged = [{**row, **by_interview.get(row["interview_id"], {})} for row in rows]
    return merged, columns + aspects


def interview_ids(database: Path) -> list[int]:
    """Every interview's id, oldest first (what a Markdown export writes one file for)."""
    connection = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT id FROM interviews ORDER BY id")]
    finally:
        connection.close()


def export_markdown(
    store,
    interview_ids: list[int],
    target: Path,
    zone: tzinfo,
    force: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> list[str]:
    """One Markdown file per interview, as the interview's own export writes it."""
    from app.core.interview_export import suggested_file_name, to_markdown

    written: list[str] = []
    with _folder_target(target, force) as folder:
        for interview_id in interview_ids:
            _stop_if(cancelled)
            export = store.wrapups.export_data(interview_id)
            name = suggested_file_name(export, "md", zone)
            stem, counter = name[:-3], 2
            while name in written:
                name, counter = f"{stem}-{counter}.md", counter + 1
            (folder / name).write_text(to_markdown(export, zone), encoding="utf-8")
            written.append(name)
    return written


# ---- import -------------------------------------------------------------------------------------


def _schema() -> dict:
    from app.paths import resource

    return json.loads(resource("export.schema.json").read_text(encoding="utf-8"))


def validate_document(document: object) -> None:
    """Raise BadImportFile unless ``document`` has the export's shape (JSON Schema) and version."""
    import jsonschema

    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BadImportFile("This is not an InfoInterview export (it lacks the export's header).")
    version = document.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise BadImportFile(
            f"This export was made by a newer InfoInterview (format {version}; this one reads up to "
            f"{FORMAT_VERSION}). Update InfoInterview to import it."
        )
    validator = jsonschema.Draft202012Validator(_schema())
    # jsonschema checks the document's frame; the rows (tens of thousands) are checked by
    # _check_rows, the same rules as the schema's, a hundred times faster.
    tables = document.get("tables")
    frame = dict(document, tables={name: [] for name in tables}) if isinstance(tables, dict) else document
    error = jsonschema.exceptions.best_match(validator.iter_errors(frame))
    if error is not None:
        where = " › ".join(str(part) for part in error.absolute_path) or "the top level"
        raise BadImportFile(f"This export is not valid at {where}: {error.message[:200]}.")
    _check_rows(tables)
    revision = document["schema_revision"]
    if revision not in KNOWN_REVISIONS:
        raise BadImportFile(
            f"This export comes from a newer InfoInterview (data schema {revision}). Update InfoInterview to import it."
        )
    for attachment in document["attachments"]:
        if unsafe_attachment_name(attachment["name"]):
            raise BadImportFile(
                f"The export names a file outside its folder ({attachment['name']!r}); nothing was imported."
            )
    for table, columns in ATTACHMENT_COLUMNS.items():
        for row in document["tables"].get(table, []):
            for column in columns:
                value = row.get(column)
                if isinstance(value, str) and value and unsafe_attachment_name(value):
                    raise BadImportFile(
                        f"The export names a file outside its folder ({value!r}); nothing was imported."
                    )


_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def _check_rows(tables: dict) -> None:
    """Every row as resources/export.schema.json describes it; BadImportFile at the first that is not."""
    for table, rows in tables.items():
        if not isinstance(rows, list):
            raise BadImportFile(f"This export is not valid at tables › {table}: it is not a list.")
        for number, row in enumerate(rows):
            problem = _row_problem(row)
            if problem is not None:
                column, what = problem
                where = " › ".join(str(part) for part in ("tables", table, number, column) if part is not None)
                raise BadImportFile(f"This export is not valid at {where}: {what}.")


def _row_problem(row: object) -> tuple[str | None, str] | None:
    if not isinstance(row, dict):
        return None, "a row is not an object"
    for column, value in row.items():
        if not _NAME.match(column):
            return column, "not a column name"
        if column == "id":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                return column, f"{value!r} is not a positive integer"
        elif column.endswith("_id"):
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                return column, f"{value!r} is not an integer or null"
        elif isinstance(value, dict):
            if set(value) != {"base64"} or not isinstance(value["base64"], str):
                return column, 'an object that is not {"base64": ...}'
        elif not (value is None or isinstance(value, str | int | float | bool)):
            return column, f"{type(value).__name__} is not a plain value"
    return None


def parse_import_bytes(data: bytes) -> dict:
    """Bytes to a checked export document, or BadImportFile saying what is wrong, in one line."""
    if b"\x00" in data[:8192]:
        raise BadImportFile("This is a binary file, not an InfoInterview export.")
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadImportFile(f"This file is not UTF-8 text (a wrong byte at position {error.start}).") from error
    try:
        document = json.loads(content)
    except RecursionError as error:
        raise BadImportFile("This file nests its data too deeply to be an InfoInterview export.") from error
    except json.JSONDecodeError as error:
        if _cut_off(content, error):
            raise BadImportFile("This file ends too early: it was cut off (truncated JSON).") from error
        raise BadImportFile(f"This file is not valid JSON (line {error.lineno}, column {error.colno}).") from error
    try:
        validate_document(document)
    except RecursionError as error:
        raise BadImportFile("This file nests its data too deeply to be an InfoInterview export.") from error
    return document


def _cut_off(content: str, error: json.JSONDecodeError) -> bool:
    """Whether the JSON fails only because it stops early: nothing, or only the start of one last
    value (a string, a number, true/false/null), follows where the parser gave up."""
    if error.msg.startswith("Unterminated string"):
        return True
    tail = content[error.pos :].strip()
    if not tail:
        return True
    if any(word.startswith(tail) for word in ("true", "false", "null")):
        return True
    return all(ch in "0123456789+-.eE" for ch in tail)


def read_import(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> tuple[ImportSummary, dict]:
    """Read and check an export file; say what importing it would add. Nothing is written."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BadImportFile(f"{path} cannot be read: {error.strerror or error}.") from error
    if not path.is_file():
        raise BadImportFile(f"{path} is not a file.")
    if size > max_bytes:
        raise BadImportFile(
            f"{path.name} is {size // (1024 * 1024)} MB, more than the {max_bytes // (1024 * 1024)} MB an export "
            "can be; it was not read."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadImportFile(f"{path} cannot be read: {error.strerror or error}.") from error
    document = parse_import_bytes(data)
    summary = ImportSummary(
        format_version=document["format_version"],
        schema_revision=document["schema_revision"],
        exported_at=document["exported_at"],
        rows={table: len(rows) for table, rows in document["tables"].items()},
        attachments=len(document["attachments"]),
    )
    return summary, document


def _decode_attachments(document: dict) -> dict[str, bytes]:
    files = {}
    for attachment in document["attachments"]:
        try:
            content = base64.b64decode(attachment["content_base64"], validate=True)
        except (binascii.Error, ValueError) as error:
            raise BadImportFile(f"The file {attachment['name']!r} inside the export is damaged.") from error
        if len(content) != attachment["size"] or hashlib.sha256(content).hexdigest() != attachment["sha256"]:
            raise BadImportFile(f"The file {attachment['name']!r} inside the export is damaged.")
        files[attachment["name"]] = content
    return files


def _stored_value(value: object) -> object:
    if isinstance(value, dict):
        return base64.b64decode(value["base64"])
    return value


def import_document(
    database: Path, attachments_dir: Path, document: dict, progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Add everything in ``document`` as new records, in one transaction; returns rows added per table."""
    files = _decode_attachments(document)
    connection = sqlite3.connect(database, isolation_level=None)
    written_files: list[Path] = []
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA busy_timeout=5000")
        # The search index grows with every note: a bigger page cache keeps its pages in memory.
        connection.execute("PRAGMA cache_size=-65536")
        connection.execute("BEGIN IMMEDIATE")
        shapes = _shapes(connection)
        unknown = sorted(set(document["tables"]) - set(shapes))
        if unknown:
            raise BadImportFile(f"This export holds lists this InfoInterview does not know ({', '.join(unknown)}).")
        renamed = _place_attachments(files, attachments_dir, written_files)
        new_ids: dict[str, dict[int, int]] = {}
        added: dict[str, int] = {}
        for table, shape in shapes.items():
            rows = document["tables"].get(table, [])
            if progress is not None:
                progress(table)
            added[table] = _import_table(connection, shapes, shape, rows, new_ids, renamed)
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        _undo(connection, written_files)
        raise BadImportFile(f"The export does not fit this store ({error}); nothing was imported.") from error
    except BaseException:
        _undo(connection, written_files)
        raise
    finally:
        connection.close()
    return added


def _undo(connection: sqlite3.Connection, written_files: list[Path]) -> None:
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    for path in written_files:
        path.unlink(missing_ok=True)


def _place_attachments(files: dict[str, bytes], attachments_dir: Path, written: list[Path]) -> dict[str, str]:
    """Write the files into the attachments folder without replacing any; returns renames."""
    renamed: dict[str, str] = {}
    if not files:
        return renamed
    attachments_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    root = attachments_dir.resolve()
    for name, content in files.items():
        stem, suffix = Path(name).stem, Path(name).suffix
        candidate, counter = name, 2
        while (attachments_dir / candidate).exists():
            if (attachments_dir / candidate).read_bytes() == content:
                break
            candidate, counter = f"{stem}-{counter}{suffix}", counter + 1
        path = attachments_dir / candidate
        if path.resolve().parent != root:
            raise BadImportFile(f"The export names a file outside its folder ({name!r}); nothing was imported.")
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            written.append(path)
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
        renamed[name] = candidate
    return renamed


def _import_table(
    connection: sqlite3.Connection,
    shapes: dict[str, TableShape],
    shape: TableShape,
    rows: list[dict],
    new_ids: dict[str, dict[int, int]],
    renamed: dict[str, str],
) -> int:
    table = shape.name
    owners = {column: _id_owner(shapes, table, column) for column in shape.columns}
    self_links = [c for c, owner in owners.items() if owner == table and c != shape.own_id]
    ids = new_ids.setdefault(table, {}) if shape.own_id else None
    attachment_columns = ATTACHMENT_COLUMNS.get(table, ())
    later_links: list[tuple[str, int, int]] = []
    count = 0
    for number, row in enumerate(rows):
        unknown = set(row) - set(shape.columns)
        if unknown:
            raise BadImportFile(f"The export has fields {table} does not have ({', '.join(sorted(unknown))}).")
        for column, value in row.items():
            if not _fits(shape.types[column], value):
                raise BadImportFile(
                    f"The export has a value of the wrong type at {table} › {number} › {column}; nothing was imported."
                )
        values: dict[str, object] = {}
        for column, value in row.items():
            value = _stored_value(value)
            owner = owners[column]
            if column in attachment_columns and isinstance(value, str) and value:
                value = renamed.get(value, value)
            if column == shape.own_id:
                continue
            if column in self_links and value is not None:
                later_links.append((column, row[shape.own_id], value))
                value = None
            elif owner is not None and value is not None:
                if owner not in new_ids or value not in new_ids[owner]:
                    raise BadImportFile(
                        f"The export links a row of {table} to one that is not in it ({owner} {value})."
                    )
                value = new_ids[owner][value]
            values[column] = value
        existing = _existing_row(connection, shape, values)
        if existing is not None:
            if ids is not None:
                ids[row[shape.own_id]] = existing
            continue
        columns = list(values)
        cursor = connection.execute(
            f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) '
            f"VALUES ({', '.join('?' for _ in columns)})",
            [values[c] for c in columns],
        )
        count += 1
        if ids is not None:
            if not isinstance(row.get(shape.own_id), int):
                raise BadImportFile(f"A row of {table} has no id.")
            ids[row[shape.own_id]] = cursor.lastrowid
    for column, own, target in later_links:
        if target not in ids:
            raise BadImportFile(f"The export links a row of {table} to one that is not in it ({target}).")
        connection.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE "{shape.own_id}" = ?', (ids[target], ids[own]))
    return count


def _fits(declared: str, value: object) -> bool:
    """Whether a JSON value suits a column of this declared type (SQLite itself would take anything)."""
    if value is None:
        return True
    if isinstance(value, dict):  # base64 bytes
        return "BLOB" in declared or not declared
    if "INT" in declared or "BOOL" in declared:
        return isinstance(value, int)
    if any(kind in declared for kind in ("REAL", "FLOA", "DOUB", "NUMERIC")):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if any(kind in declared for kind in ("CHAR", "TEXT", "CLOB", "DATE", "TIME")):
        return isinstance(value, str)
    return True


def _existing_row(connection: sqlite3.Connection, shape: TableShape, values: dict[str, object]) -> int | None:
    """The rowid of a row this one would collide with (kept as it is: an import never overwrites)."""
    keys = list(shape.unique)
    if shape.own_id is None and shape.primary_key:
        keys.append(shape.primary_key)
    for key in keys:
        if all(values.get(column) is not None for column in key):
            where = " AND ".join(f'"{column}" = ?' for column in key)
            found = connection.execute(
                f'SELECT rowid FROM "{shape.name}" WHERE {where}', [values[c] for c in key]
            ).fetchone()
            if found is not None:
                return found[0]
    return None
