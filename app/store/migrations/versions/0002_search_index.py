"""Full-text search index over notes, answers, people, organisations and occupations.

One FTS5 table holds a copy of every searchable text. SQL triggers keep it in step with the
tables it mirrors, so every write path (repositories, imports, cascading deletes) updates it
without the application having to remember to. Each indexed text has a fixed rowid,
``source id * 8 + place code``, so a trigger replaces exactly its own row without a scan.

Revision ID: 0002_search_index
Revises: 0001_whole_product
Create Date: 2026-11-25 18:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0002_search_index"
down_revision = "0001_whole_product"
branch_labels = None
depends_on = None

# (place, code, table, key column, text column). The codes are part of the stored rowids.
SOURCES = (
    ("notes", 1, "interview_notes", "interview_id", "body"),
    ("answer", 2, "interview_questions", "id", "answer"),
    ("contact", 3, "contacts", "id", "full_name"),
    ("organisation", 4, "contacts", "id", "organisation"),
    ("occupation", 5, "occupations", "id", "title"),
)


def _insert(place: str, code: int, row: str, key: str, column: str) -> str:
    return (
        "INSERT INTO search_index(rowid, body, place, source_id) "
        f"SELECT {row}.{key} * 8 + {code}, {row}.{column}, '{place}', {row}.{key} WHERE {row}.{column} <> ''"
    )


def _delete(code: int, row: str, key: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = {row}.{key} * 8 + {code}"


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, place UNINDEXED, source_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for place, code, table, key, column in SOURCES:
        op.execute(f"CREATE TRIGGER search_{place}_insert AFTER INSERT ON {table} BEGIN {_insert(place, code, 'new', key, column)}; END")
        op.execute(
            f"CREATE TRIGGER search_{place}_update AFTER UPDATE OF {column}, {key} ON {table} "
            f"BEGIN {_delete(code, 'old', key)}; {_insert(place, code, 'new', key, column)}; END"
        )
        op.execute(f"CREATE TRIGGER search_{place}_delete AFTER DELETE ON {table} BEGIN {_delete(code, 'old', key)}; END")
        # Index what is already there.
        op.execute(
            "INSERT INTO search_index(rowid, body, place, source_id) "
            f"SELECT {key} * 8 + {code}, {column}, '{place}', {key} FROM {table} WHERE {column} <> ''"
        )


def downgrade() -> None:
    for place, *_ in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{place}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
