"""Notes are indexed for search in chunks of a few kilobytes, so that saving a long text
re-indexes only what changed.

Before, every save of an interview's notes deleted its whole text from the full-text index and
added it again: for a megabyte of notes, a few hundred milliseconds inside the save's
transaction. Now ``interview_notes.body`` keeps the whole text (read back as before) and
``interview_note_chunks`` holds the same text cut into chunks (``app.core.note_chunks``); the
index follows the chunks, and the repository rewrites only those that changed. Both are
written in the save's one transaction.

Triggers keep the chunks in step with writes that do not go through the repository: when the
body no longer equals its chunks joined in order, the whole body becomes one chunk. Deleting
the notes deletes their chunks.

Notes already stored are cut into chunks here. The index rows keep place code 1, whose source
id is now a chunk's id; a note of one chunk keeps its row as it is (the chunk takes the
interview's id), so only long notes are re-indexed: 10,000 ordinary notes migrate in a second.

Revision ID: 0006_note_chunks
Revises: 0005_thank_you_subject
Create Date: 2026-12-02 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Any way of cutting is correct (the chunks only have to spell the text), so using today's is
# safe even if it changes later.
from app.core.note_chunks import note_chunks

revision = "0006_note_chunks"
down_revision = "0005_thank_you_subject"
branch_labels = None
depends_on = None

NOTES_CODE = 1
NOTE_EVENTS = ("insert", "update", "delete")
_CHUNKS_SPELL_BODY = (
    "new.body IS (SELECT coalesce(group_concat(body, ''), '') FROM "
    "(SELECT body FROM interview_note_chunks WHERE interview_id = new.interview_id ORDER BY position))"
)
_ONE_CHUNK = (
    "DELETE FROM interview_note_chunks WHERE interview_id = new.interview_id; "
    "INSERT INTO interview_note_chunks(interview_id, position, body) "
    "SELECT new.interview_id, 0, new.body WHERE new.body <> '';"
)


def _index_chunk(row: str) -> str:
    return f"INSERT INTO search_index(rowid, body) SELECT -({row}.id * 8 + {NOTES_CODE}), {row}.body"


def _unindex_chunk(row: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = -({row}.id * 8 + {NOTES_CODE})"


def upgrade() -> None:
    op.create_table(
        "interview_note_chunks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview_notes.interview_id"],
            name=op.f("fk_interview_note_chunks_interview_id_interview_notes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_note_chunks")),
    )
    op.create_index("ix_interview_note_chunks_order", "interview_note_chunks", ["interview_id", "position"])

    for event in NOTE_EVENTS:
        op.execute(f"DROP TRIGGER IF EXISTS search_notes_{event}")
    _cut_stored_notes()

    op.execute(
        "CREATE TRIGGER search_note_chunks_insert AFTER INSERT ON interview_note_chunks "
        f"BEGIN {_index_chunk('new')} WHERE new.body <> ''; END"
    )
    # A chunk whose words stay the same (a space became a line break, as when the editor breaks a
    # long line) keeps its index entry: re-reading it would cost as much as a new chunk.
    op.execute(
        "CREATE TRIGGER search_note_chunks_update AFTER UPDATE OF body, id ON interview_note_chunks "
        "WHEN old.id IS NOT new.id OR replace(old.body, char(10), ' ') IS NOT replace(new.body, char(10), ' ') "
        f"BEGIN {_unindex_chunk('old')}; {_index_chunk('new')} WHERE new.body <> ''; END"
    )
    op.execute(
        "CREATE TRIGGER search_note_chunks_delete AFTER DELETE ON interview_note_chunks "
        f"BEGIN {_unindex_chunk('old')}; END"
    )
    op.execute(
        "CREATE TRIGGER note_chunks_follow_insert AFTER INSERT ON interview_notes "
        f"WHEN NOT ({_CHUNKS_SPELL_BODY}) BEGIN {_ONE_CHUNK} END"
    )
    op.execute(
        "CREATE TRIGGER note_chunks_follow_update AFTER UPDATE OF body ON interview_notes "
        f"WHEN NOT ({_CHUNKS_SPELL_BODY}) BEGIN {_ONE_CHUNK} END"
    )
    op.execute(
        "CREATE TRIGGER note_chunks_follow_delete AFTER DELETE ON interview_notes "
        "BEGIN DELETE FROM interview_note_chunks WHERE interview_id = old.interview_id; END"
    )


def _cut_stored_notes() -> None:
    """Cut the stored notes into chunks, before the chunks' triggers exist.

    Most notes are one chunk: it takes the interview's id as its own, so that its index row
    (``-(id * 8 + 1)``) is already the right one and nothing is re-indexed. Longer notes lose
    their whole-text row and have their chunks indexed; their first chunk takes the interview's
    id too, the others ids above every interview's.
    """
    connection = op.get_bind()
    notes = connection.execute(sa.text("SELECT interview_id, body FROM interview_notes WHERE body <> ''")).fetchall()
    next_id = max((interview_id for interview_id, _ in notes), default=0) + 1
    chunks: list[dict] = []
    reindexed: list[int] = []
    for interview_id, body in notes:
        cut = note_chunks(body)
        if len(cut) > 1:
            reindexed.append(interview_id)
        for position, chunk in enumerate(cut):
            if position:
                chunk_id, next_id = next_id, next_id + 1
            else:
                chunk_id = interview_id
            chunks.append({"id": chunk_id, "interview": interview_id, "position": position, "body": chunk})
    insert = sa.text(
        "INSERT INTO interview_note_chunks(id, interview_id, position, body) VALUES (:id, :interview, :position, :body)"
    )
    for start in range(0, len(chunks), 1000):
        connection.execute(insert, chunks[start : start + 1000])
    unindex = sa.text(f"DELETE FROM search_index WHERE rowid = -(:interview * 8 + {NOTES_CODE})")
    index = sa.text(
        f"INSERT INTO search_index(rowid, body) SELECT -(id * 8 + {NOTES_CODE}), body "
        "FROM interview_note_chunks WHERE interview_id = :interview"
    )
    for interview_id in reindexed:
        connection.execute(unindex, {"interview": interview_id})
        connection.execute(index, {"interview": interview_id})


def downgrade() -> None:
    for name in ("note_chunks_follow_insert", "note_chunks_follow_update", "note_chunks_follow_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DELETE FROM search_index WHERE rowid IN (SELECT -(id * 8 + {NOTES_CODE}) FROM interview_note_chunks)")
    for event in NOTE_EVENTS:
        op.execute(f"DROP TRIGGER IF EXISTS search_note_chunks_{event}")
    op.drop_index("ix_interview_note_chunks_order", table_name="interview_note_chunks")
    op.drop_table("interview_note_chunks")

    # The triggers and rows of 0004 for notes, as they were.
    rowid = f"-(new.interview_id * 8 + {NOTES_CODE})"
    insert = f"INSERT INTO search_index(rowid, body) SELECT {rowid}, new.body WHERE new.body <> ''"
    delete = f"DELETE FROM search_index WHERE rowid = -(old.interview_id * 8 + {NOTES_CODE})"
    op.execute(f"CREATE TRIGGER search_notes_insert AFTER INSERT ON interview_notes BEGIN {insert}; END")
    op.execute(
        "CREATE TRIGGER search_notes_update AFTER UPDATE OF body, interview_id ON interview_notes "
        f"BEGIN {delete}; {insert}; END"
    )
    op.execute(f"CREATE TRIGGER search_notes_delete AFTER DELETE ON interview_notes BEGIN {delete}; END")
    op.execute(
        f"INSERT INTO search_index(rowid, body) SELECT -(interview_id * 8 + {NOTES_CODE}), body "
        "FROM interview_notes WHERE body <> ''"
    )
