"""A leaner, faster search index: the text alone, with prefix indexes for words of up to 8 letters.

Search takes every word as a prefix, so that results come while a word is still being typed.
FTS5 answers a prefix from a prefix index of that length directly; without one it must merge
the lists of every word starting that way before it can return anything, which costs as much
as the word is common. The index of 0002 kept prefixes of 2 and 3 letters; this one keeps 2 to
8, which covers most words as they are typed (at the price of a larger index).

The index also stops storing each text's place and source id: both are in its rowid, so
search reads them from there instead of from the stored copy of the text. The rowid is now
negative, ``-(source id * 8 + place code)``, so that FTS5's natural ascending order visits the
newest texts first: that is the order of results too common to rank (read as a stream, with no
need to reverse a whole list), and of results that rank equally.

The table is rebuilt from the texts it mirrors, every trigger is recreated for the new table,
and the new index is merged into one segment and set to merge any two segments of a level when
the store tidies it.

Revision ID: 0004_search_prefixes
Revises: 0003_search_wrapup
Create Date: 2026-11-29 14:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0004_search_prefixes"
down_revision = "0003_search_wrapup"
branch_labels = None
depends_on = None

# (place, code, table, key column, text column): every source of 0002 and 0003, whose codes
# are part of the stored rowids.
SOURCES = (
    ("location", 0, "interviews", "id", "location"),
    ("notes", 1, "interview_notes", "interview_id", "body"),
    ("answer", 2, "interview_questions", "id", "answer"),
    ("contact", 3, "contacts", "id", "full_name"),
    ("organisation", 4, "contacts", "id", "organisation"),
    ("occupation", 5, "occupations", "id", "title"),
    ("takeaway", 6, "takeaways", "id", "text"),
    ("action", 7, "action_items", "id", "title"),
)

TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"
NEW_TABLE = f"CREATE VIRTUAL TABLE search_index USING fts5(body, {TOKENIZER}, prefix = '2 3 4 5 6 7 8')"
OLD_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    f"body, place UNINDEXED, source_id UNINDEXED, {TOKENIZER}, prefix = '2 3')"
)


def _rowid(new_scheme: bool, row: str, key: str, code: int) -> str:
    return f"-({row}.{key} * 8 + {code})" if new_scheme else f"{row}.{key} * 8 + {code}"


def _values(new_scheme: bool, place: str, code: int, row: str, key: str, column: str) -> str:
    """The column list and values that index one text of ``row`` ('new' in a trigger)."""
    rowid = _rowid(new_scheme, row, key, code)
    if new_scheme:
        return f"(rowid, body) SELECT {rowid}, {row}.{column}"
    return f"(rowid, body, place, source_id) SELECT {rowid}, {row}.{column}, '{place}', {row}.{key}"


def _rebuild(table_sql: str, new_scheme: bool) -> None:
    for place, *_ in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{place}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute(table_sql)
    for place, code, table, key, column in SOURCES:
        insert = f"INSERT INTO search_index{_values(new_scheme, place, code, 'new', key, column)} WHERE new.{column} <> ''"
        delete = f"DELETE FROM search_index WHERE rowid = {_rowid(new_scheme, 'old', key, code)}"
        op.execute(f"CREATE TRIGGER search_{place}_insert AFTER INSERT ON {table} BEGIN {insert}; END")
        op.execute(
            f"CREATE TRIGGER search_{place}_update AFTER UPDATE OF {column}, {key} ON {table} "
            f"BEGIN {delete}; {insert}; END"
        )
        op.execute(f"CREATE TRIGGER search_{place}_delete AFTER DELETE ON {table} BEGIN {delete}; END")
        # Index what is already there.
        op.execute(
            f"INSERT INTO search_index{_values(new_scheme, place, code, table, key, column)} "
            f"FROM {table} WHERE {column} <> ''"
        )


def upgrade() -> None:
    _rebuild(NEW_TABLE, new_scheme=True)
    # Built in one go, the new index is in several segments; one is quicker to search.
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    # The store's tidying at quit ('merge' with a positive budget) then merges any level of the
    # index that holds two segments or more, leaving at most one a level.
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('usermerge', 2)")


def downgrade() -> None:
    _rebuild(OLD_TABLE, new_scheme=False)
