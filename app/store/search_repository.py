"""Full-text search over every interview, through the FTS5 index the 0002 migration keeps.

The index holds one row per searchable text (an interview's notes, an answer, a person's name,
an organisation, an occupation title). A query ranks those rows with bm25 (newest first when a
word is in thousands of them, where ranking costs much and tells little), snippets one page of
them, and then finds the interviews each row belongs to: a person's name matches every
interview with that person.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.core.search import (
    ELLIPSIS,
    MATCH_END,
    MATCH_START,
    MatchPlace,
    SearchHit,
    SearchResults,
    build_match_query,
)
from app.store.repositories import from_db_time

SNIPPET_TOKENS = 12
PAGE_ROWS = 20  # index rows per page; each may fan out to several interviews
# Above this many matching texts, bm25 ranking costs more than it tells (the word is in most
# interviews), so results come most recent first instead and the person is told so.
RANKING_LIMIT = 1000

_COUNT_SQL = "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH :query LIMIT :cap)"

_PAGE_SQL = """
WITH hits AS MATERIALIZED (
    SELECT rowid AS row_id, place, source_id, rank,
           snippet(search_index, 0, char({start}), char({end}), '{ellipsis}', {tokens}) AS snip
    FROM search_index
    WHERE search_index MATCH :query
    ORDER BY {order}
    LIMIT :rows OFFSET :offset
),
found AS (
    SELECT h.row_id, h.place, h.rank, h.snip, h.source_id AS interview_id, NULL AS picked_id, '' AS question
    FROM hits h WHERE h.place = 'notes'
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, q.interview_id, q.id, q.text
    FROM hits h JOIN interview_questions q ON q.id = h.source_id WHERE h.place = 'answer'
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, i.id, NULL, ''
    FROM hits h JOIN interviews i ON i.contact_id = h.source_id WHERE h.place IN ('contact', 'organisation')
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, i.id, NULL, ''
    FROM hits h JOIN interviews i ON i.occupation_id = h.source_id WHERE h.place = 'occupation'
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, h.source_id, NULL, '' FROM hits h WHERE h.place = 'location'
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, t.interview_id, NULL, ''
    FROM hits h JOIN takeaways t ON t.id = h.source_id WHERE h.place = 'takeaway'
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, a.interview_id, NULL, ''
    FROM hits h JOIN action_items a ON a.id = h.source_id WHERE h.place = 'action' AND a.interview_id IS NOT NULL
)
SELECT f.place, f.rank, f.snip, f.interview_id, f.picked_id, f.question,
       i.scheduled_at, c.full_name, c.organisation, COALESCE(o.title, '') AS occupation
FROM found f
JOIN interviews i ON i.id = f.interview_id
JOIN contacts c ON c.id = i.contact_id
LEFT JOIN occupations o ON o.id = i.occupation_id
ORDER BY {outer_order}, i.scheduled_at DESC, i.id
"""


def _page_sql(by_relevance: bool) -> str:
    return _PAGE_SQL.format(
        start=ord(MATCH_START),
        end=ord(MATCH_END),
        ellipsis=ELLIPSIS,
        tokens=SNIPPET_TOKENS,
        order="rank" if by_relevance else "rowid DESC",
        outer_order="f.rank" if by_relevance else "f.row_id DESC",
    )


_BY_RELEVANCE = _page_sql(True)
_BY_RECENCY = _page_sql(False)


class SearchUnavailable(Exception):
    """The index could not be read; the message is for the log."""


class SearchRepository:
    """Reads the index through a read-only sqlite3 connection of its own, opened on first use.

    Search runs on every pause in typing; SQLAlchemy's session and result handling would cost
    about as much as the search itself. The connection is used only from the thread that
    created it (the UI thread).
    """

    def __init__(self, database: Path) -> None:
        self._uri = f"{database.as_uri()}?mode=ro"
        self._connection: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = sqlite3.connect(self._uri, uri=True)
            self._connection.execute("PRAGMA busy_timeout=5000")
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def search(self, query_text: str, *, page: int = 0, rows: int | None = None) -> SearchResults:
        """Interviews matching every word of ``query_text`` (case and accents ignored, words
        also taken as prefixes), best first; ``page`` counts pages of ``rows`` matching texts."""
        rows = rows or PAGE_ROWS
        query = build_match_query(query_text)
        if query is None:
            return SearchResults.empty()
        try:
            connection = self._connect()
            # One read transaction, so the count and the page see the same data.
            connection.execute("BEGIN")
            try:
                (matching,) = connection.execute(_COUNT_SQL, {"query": query, "cap": RANKING_LIMIT + 1}).fetchone()
                if matching == 0:
                    return SearchResults.empty()
                by_relevance = matching <= RANKING_LIMIT
                statement = _BY_RELEVANCE if by_relevance else _BY_RECENCY
                found = connection.execute(statement, {"query": query, "rows": rows, "offset": page * rows}).fetchall()
            finally:
                connection.rollback()
        except sqlite3.Error as error:
            raise SearchUnavailable(str(error)) from error
        hits = [
            SearchHit(
                interview_id=interview_id,
                place=MatchPlace(place),
                snippet=snip or "",
                contact_name=name,
                organisation=organisation,
                occupation_title=occupation,
                scheduled_at=_db_time(scheduled),
                picked_question_id=picked_id,
                question_text=question or "",
                rank=float(rank),
            )
            for place, rank, snip, interview_id, picked_id, question, scheduled, name, organisation, occupation in (
                found
            )
        ]
        return SearchResults(
            hits=hits,
            matching_texts=matching,
            by_relevance=by_relevance,
            has_more=matching > (page + 1) * rows,
        )

    def indexed_rows(self) -> int:
        return int(self._connect().execute("SELECT count(*) FROM search_index").fetchone()[0])


def _db_time(value: str | None) -> datetime | None:
    """SQLite's text form of a DateTime column, as the ORM would read it."""
    return from_db_time(datetime.fromisoformat(value)) if value else None
