"""Rescue what can still be read from a damaged database into a fresh store at head.

The damaged file is opened read-only and immutable, so not one byte of it changes. Each table is
read in rowid order, a chunk at a time, bypassing indexes (a damaged index then costs nothing).
When a read fails part-way, the reader skips forward past the last good row in growing steps until
a read succeeds again, then narrows the gap by bisection, so one bad page loses only its own rows.
Rows keep their ids. A row whose parent was lost loses the link when the link may be empty, and is
dropped (with its own children) when it may not, so the rescued store obeys its foreign keys.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.core.clock import Clock
from app.core.data_safety import RescueReport, TableRescue
from app.store.backups import user_tables

log = logging.getLogger(__name__)

CHUNK = 500
# Rowids are at most 2**63; past this gap, a table is taken as read to its end.
MAX_SKIP = 1 << 62


class RescueError(Exception):
    """Nothing could be rescued; the message says why, for a person."""


def open_damaged(path: Path) -> sqlite3.Connection:
    """Read-only and immutable: SQLite neither writes nor even takes a lock on the file.

    ``writable_schema`` only relaxes this connection's checks: with it, SQLite reads a truncated
    file (whose header promises more pages than there are) instead of refusing it whole.
    """
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    connection.execute("PRAGMA writable_schema=ON")
    return connection


def tables_in_foreign_key_order(connection: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Parents before children (a table referring to itself is fine)."""
    parents = {
        table: {row[2] for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')} - {table}
        for table in tables
    }
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered) | (parents[t] - set(tables))]
        if not ready:  # a cycle: take the rest as they come
            ready = [t for t in tables if t not in ordered]
        ordered.extend(sorted(ready))
    return ordered


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def read_rows(source: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple], int]:
    """Every readable row of ``table`` (rowid first), and how many reads failed."""
    select = ", ".join(f'"{c}"' for c in columns)
    query = f'SELECT rowid, {select} FROM "{table}" NOT INDEXED WHERE rowid > ? ORDER BY rowid LIMIT ?'
    rows: list[tuple] = []
    failures = 0
    after = -(1 << 63)

    def attempt(start: int, limit: int) -> list[tuple] | None:
        try:
            found = source.execute(query, (start, limit)).fetchall()
        except sqlite3.DatabaseError:
            return None
        # A damaged page can hand back rows out of order (pages past the end of a truncated file
        # read as zeros): keep only the rows in rising rowid order, and call the rest damage.
        good = []
        for row in found:
            if row[0] <= (good[-1][0] if good else start):
                return good or None
            good.append(row)
        return good

    while True:
        chunk = attempt(after, CHUNK)
        if chunk is None:
            # Read one row at a time up to the damage, then skip over it.
            single = attempt(after, 1)
            if single:
                rows.extend(single)
                after = single[-1][0]
                continue
            failures += 1
            resumed = _skip_damage(attempt, after)
            if resumed is None:
                break
            after = resumed
            continue
        if not chunk:
            break
        rows.extend(chunk)
        after = chunk[-1][0]
    return rows, failures


def _skip_damage(attempt: Callable[[int, int], list[tuple] | None], after: int) -> int | None:
    """The rowid to continue after: the largest skip start that fails just before one that reads."""
    step = 1
    # An empty answer counts as unreadable too: a zeroed page can look like an empty one.
    while not attempt(after + step, 1):
        step *= 2
        if step > MAX_SKIP:
            return None
    # attempt(after + step) reads; attempt(after + step // 2) failed (or is the failing start).
    low, high = after + step // 2, after + step
    while high - low > 1:
        middle = (low + high) // 2
        if not attempt(middle, 1):
            low = middle
        else:
            high = middle
    return high


def _expected_count(source: sqlite3.Connection, table: str) -> int | None:
    """How many rows the table had: from the table itself, or else from any index still sound."""
    queries = [f'SELECT count(*) FROM "{table}" NOT INDEXED']
    try:
        indexes = [row[1] for row in source.execute(f'PRAGMA index_list("{table}")')]
    except sqlite3.DatabaseError:
        indexes = []
    queries += [f'SELECT count(*) FROM "{table}" INDEXED BY "{index}"' for index in indexes]
    for query in queries:
        try:
            return source.execute(query).fetchone()[0]
        except sqlite3.DatabaseError:
            continue
    return None


def _drop_orphans(target: sqlite3.Connection) -> None:
    """Clear links to lost parents, or drop the child when its link may not be empty."""
    for _round in range(20):
        problems = target.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            return
        for table, rowid, parent, fk_index in problems:
            fk = [row for row in target.execute(f'PRAGMA foreign_key_list("{table}")') if row[0] == fk_index]
            column = fk[0][3] if fk else None
            notnull = {row[1]: row[3] for row in target.execute(f'PRAGMA table_info("{table}")')}
            if column is not None and not notnull.get(column):
                target.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
            else:
                target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            log.info("rescue: %s row %s lost its parent in %s", table, rowid, parent)
    raise RescueError("The rescued data could not be made consistent.")


def rescue_database(
    damaged: Path, target: Path, clock: Clock, progress: Callable[[str], None] | None = None
) -> RescueReport:
    """Create a fresh store at ``target`` and copy into it every row that can be read from ``damaged``."""
    from app.store.store import open_store

    if target.exists():
        raise RescueError(f"{target.name} exists already; rescue into a new file.")
    open_store(target, clock).dispose()
    try:
        source = open_damaged(damaged)
        source_tables = set(user_tables(source))
    except sqlite3.DatabaseError as error:
        raise RescueError(f"Nothing can be read from {damaged.name}: {error}.") from error
    results: list[TableRescue] = []
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("PRAGMA cache_size=-65536")  # the search index is rebuilt row by row
        tables = tables_in_foreign_key_order(connection, user_tables(connection))
        connection.execute("BEGIN")
        for table in tables:
            # A fresh store may hold seeded rows; the rescued ones take their place.
            connection.execute(f'DELETE FROM "{table}"')
        for table in tables:
            if table not in source_tables:
                continue
            if progress is not None:
                progress(table)
            try:
                wanted = _columns(connection, table)
                common = [c for c in _columns(source, table) if c in wanted]
            except sqlite3.DatabaseError:
                results.append(TableRescue(table, 0, None))
                continue
            rows, failures = read_rows(source, table, common)
            names = ", ".join(f'"{c}"' for c in common)
            marks = ", ".join("?" for _ in common)
            connection.executemany(
                f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', (row[1:] for row in rows)
            )
            expected = _expected_count(source, table)
            if failures and expected is not None and expected <= len(rows):
                expected = None  # the count read only what was readable: it knows nothing more
            results.append(TableRescue(table, len(rows), expected))
            log.info("rescue: %s: %d rows read, %d damaged stretches", table, len(rows), failures)
        _drop_orphans(connection)
        connection.execute("COMMIT")
    finally:
        connection.close()
        source.close()
    # Orphans dropped above count as lost: report what the new store really holds.
    check = sqlite3.connect(target)
    try:
        final = []
        for entry in results:
            held = check.execute(f'SELECT count(*) FROM "{entry.table}"').fetchone()[0]
            final.append(TableRescue(entry.table, held, entry.expected))
    finally:
        check.close()
    return RescueReport(source=str(damaged), target=str(target), tables=tuple(final))
