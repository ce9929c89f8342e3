"""Search also finds takeaways, next steps and where an interview took place.

Adds three sources to the full-text index of 0002, kept in step by the same kind of triggers
and indexed from what is already there. Their place codes take the free slots of the rowid
scheme (``source id * 8 + code``): 0, 6 and 7.

Revision ID: 0003_search_wrapup
Revises: 0002_search_index
Create Date: 2026-11-25 20:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0003_search_wrapup"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None

# (place, code, table, key column, text column), as in 0002.
SOURCES = (
    ("location", 0, "interviews", "id", "location"),
    ("takeaway", 6, "takeaways", "id", "text"),
    ("action", 7, "action_items", "id", "title"),
)


def _insert(place: str, code: int, row: str, key: str, column: str) -> str:
    return (
        "INSERT INTO search_index(rowid, body, place, source_id) "
        f"SELECT {row}.{key} * 8 + {code}, {row}.{column}, '{place}', {row}.{key} WHERE {row}.{column} <> ''"
    )


def _delete(code: int, row: str, key: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = {row}.{key} * 8 + {code}"


def upgrade() -> None:
    for place, code, table, key, column in SOURCES:
        op.execute(
            f"CREATE TRIGGER search_{place}_insert AFTER INSERT ON {table} "
            f"BEGIN {_insert(place, code, 'new', key, column)}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{place}_update AFTER UPDATE OF {column}, {key} ON {table} "
            f"BEGIN {_delete(code, 'old', key)}; {_insert(place, code, 'new', key, column)}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{place}_delete AFTER DELETE ON {table} BEGIN {_delete(code, 'old', key)}; END"
        )
        op.execute(
            "INSERT INTO search_index(rowid, body, place, source_id) "
            f"SELECT {key} * 8 + {code}, {column}, '{place}', {key} FROM {table} WHERE {column} <> ''"
        )


def downgrade() -> None:
    for place, code, *_ in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{place}_{event}")
        op.execute(f"DELETE FROM search_index WHERE place = '{place}'")
