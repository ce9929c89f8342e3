"""Full-text search over every interview, through the FTS5 index the migrations keep
(0002 made it, 0003 and 0004 extended it).

The index holds one row per searchable text (an interview's notes, an answer, a person's name,
an organisation, an occupation title, a place, a takeaway, a next step). A query ranks those
rows with bm25, snippets one page of them, and then finds the interviews each row belongs to:
a person's name matches every interview with that person. When a word is in hundreds of texts,
where ranking costs much and tells little, they come in the index's own order instead: the
most recently added of each kind first.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

from app.core.errors import SearchUnavailable
from app.core.search import (
    ELLIPSIS,
    MATCH_END,
    MATCH_START,
    MatchPlace,
    SearchHit,
    SearchResults,
    build_match_query,
)
from app.store.connection import connect, write_transaction
from app.store.repositories import from_db_time

SNIPPET_TOKENS = 12
PAGE_ROWS = 10  # index rows per page; each may fan out to several interviews
# Above this many matching texts, results come unranked (the most recently added texts of each
# kind first) instead of best first, and the person is told so. bm25 costs a few microseconds
# for every matching text, not only for the page shown, and a word found in hundreds of texts
# is too common for ranking to say much.
RANKING_LIMIT = 200

# The index's rowid is ``-(source id * 8 + code)`` (migration 0004): the code says which kind of
# text a row is, so a hit needs no lookup to know its place. Negative, so that the index's own
# ascending order comes newest first.
PLACE_CODES = {
    0: MatchPlace.LOCATION,
    1: MatchPlace.NOTES,
    2: MatchPlace.ANSWER,
    3: MatchPlace.CONTACT,
    4: MatchPlace.ORGANISATION,
    5: MatchPlace.OCCUPATION,
    6: MatchPlace.TAKEAWAY,
    7: MatchPlace.ACTION,
}

# One statement, so the count and the page agree without a transaction around them: count the
# matching texts (up to a cap), then take one page of them, best first when there are few
# enough to rank and in the index's order otherwise, then find the interviews each text belongs
# to. The count comes back on every row, and alone on one row when the page is empty.
# Long notes are indexed in chunks (migration 0006): when ranking, the chunks of one interview's
# notes count as one text, its best chunk, so the interview comes once and the count is of texts.
_SNIPPET = "snippet(search_index, 0, char({start}), char({end}), '{ellipsis}', {tokens})"
_SEARCH_SQL = """
WITH matching(n) AS MATERIALIZED (
    SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH :query LIMIT :cap)
),
ranked AS MATERIALIZED (
    SELECT m.row_id, m.rank, row_number() OVER (
        PARTITION BY k.interview_id IS NOT NULL, coalesce(k.interview_id, m.row_id) ORDER BY m.rank, m.row_id
    ) AS nth
    FROM (
        SELECT rowid AS row_id, rank FROM search_index WHERE search_index MATCH :query
        LIMIT (SELECT CASE WHEN n <= :ranking_limit THEN n ELSE 0 END FROM matching)
    ) m
    LEFT JOIN interview_note_chunks k ON -m.row_id & 7 = {notes} AND k.id = -m.row_id >> 3
),
best_page AS MATERIALIZED (
    SELECT row_id FROM ranked WHERE nth = 1 ORDER BY rank, row_id LIMIT :rows OFFSET :offset
),
best AS MATERIALIZED (
    SELECT rowid AS row_id, rank, {snippet} AS snip FROM search_index
    WHERE search_index MATCH :query AND rowid IN (SELECT row_id FROM best_page)
    LIMIT (SELECT count(*) FROM best_page)
),
newest AS MATERIALIZED (
    SELECT rowid AS row_id, rank, {snippet} AS snip FROM search_index
    WHERE search_index MATCH :query
    ORDER BY rowid LIMIT (SELECT CASE WHEN n > :ranking_limit THEN :rows ELSE 0 END FROM matching) OFFSET :offset
),
hits AS (
    SELECT row_id, -row_id & 7 AS place, -row_id >> 3 AS source_id, rank, snip FROM best
    UNION ALL
    SELECT row_id, -row_id & 7, -row_id >> 3, rank, snip FROM newest
),
found AS (
    SELECT h.row_id, h.place, h.rank, h.snip, k.interview_id, NULL AS picked_id, '' AS question
    FROM hits h JOIN interview_note_chunks k ON k.id = h.source_id WHERE h.place = {notes}
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, q.interview_id, q.id, q.text
    FROM hits h JOIN interview_questions q ON q.id = h.source_id WHERE h.place = {answer}
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, i.id, NULL, ''
    FROM hits h JOIN interviews i ON i.contact_id = h.source_id WHERE h.place IN ({contact}, {organisation})
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, i.id, NULL, ''
    FROM hits h JOIN interviews i ON i.occupation_id = h.source_id WHERE h.place = {occupation}
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, h.source_id, NULL, '' FROM hits h WHERE h.place = {location}
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, t.interview_id, NULL, ''
    FROM hits h JOIN takeaways t ON t.id = h.source_id WHERE h.place = {takeaway}
    UNION ALL
    SELECT h.row_id, h.place, h.rank, h.snip, a.interview_id, NULL, ''
    FROM hits h JOIN action_items a ON a.id = h.source_id WHERE h.place = {action} AND a.interview_id IS NOT NULL
),
described AS (
    SELECT f.row_id, f.place, f.rank, f.snip, f.interview_id, f.picked_id, f.question,
           i.scheduled_at, c.full_name, c.organisation, COALESCE(o.title, '') AS occupation
    FROM found f
    JOIN interviews i ON i.id = f.interview_id
    JOIN contacts c ON c.id = i.contact_id
    LEFT JOIN occupations o ON o.id = i.occupation_id
)
SELECT CASE WHEN m.n <= :ranking_limit THEN (SELECT count(*) FROM ranked WHERE nth = 1) ELSE m.n END,
       d.place, d.rank, d.snip, d.interview_id, d.picked_id, d.question,
       d.scheduled_at, d.full_name, d.organisation, d.occupation
FROM matching m LEFT JOIN described d ON 1
ORDER BY CASE WHEN m.n <= :ranking_limit THEN d.rank END, d.row_id, d.scheduled_at DESC, d.interview_id
""".format(
    snippet=_SNIPPET.format(start=ord(MATCH_START), end=ord(MATCH_END), ellipsis=ELLIPSIS, tokens=SNIPPET_TOKENS),
    **{place.value: code for code, place in PLACE_CODES.items()},
)


class SearchRepository:
    """Reads the index through a read-only sqlite3 connection of its own, opened on first use.

    Search runs on every pause in typing; SQLAlchemy's session and result handling would cost
    about as much as the search itself. The connection is used only from the thread that
    created it (the UI thread).
    """

    def __init__(self, database: Path) -> None:
        self._database = database
        self._connection: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = connect(self._database, read_only=True)
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
        # Count far enough to know whether the results can be ranked and whether this page
        # has a next one.
        cap = max(RANKING_LIMIT, (page + 1) * rows) + 1
        parameters = {
            "query": query,
            "cap": cap,
            "ranking_limit": RANKING_LIMIT,
            "rows": rows,
            "offset": page * rows,
        }
        try:
            found = self._connect().execute(_SEARCH_SQL, parameters).fetchall()
        except sqlite3.Error as error:
            raise SearchUnavailable(str(error)) from error
        matching = found[0][0]
        if matching == 0:
            return SearchResults.empty()
        hits = [
            SearchHit(
                interview_id=interview_id,
                place=PLACE_CODES[place],
                snippet=snip or "",
                contact_name=name,
                organisation=organisation,
                occupation_title=occupation,
                scheduled_at=_db_time(scheduled),
                picked_question_id=picked_id,
                question_text=question or "",
                rank=float(rank),
            )
            for _, place, rank, snip, interview_id, picked_id, question, scheduled, name, organisation, occupation in (
                found
            )
            if place is not None
        ]
        # Unranked (too common), chunks of one interview's notes can still share a page: show the first.
        seen_notes: set[int] = set()
        hits = [
            hit
            for hit in hits
            if hit.place is not MatchPlace.NOTES
            or (hit.interview_id not in seen_notes and not seen_notes.add(hit.interview_id))
        ]
        return SearchResults(
            hits=hits,
            matching_texts=matching,
            by_relevance=matching <= RANKING_LIMIT,
            has_more=matching > (page + 1) * rows,
        )

    def indexed_rows(self) -> int:
        return int(self._connect().execute("SELECT count(*) FROM search_index").fetchone()[0])


def _db_time(value: str | None) -> datetime | None:
    """SQLite's text form of a DateTime column, as the ORM would read it."""
    return from_db_time(datetime.fromisoformat(value)) if value else None


# Pages of index merged per step of compaction: about 80 ms of work at most on a large index.
COMPACT_STEP_PAGES = 500
# How long compaction waits for another writer (another copy of the app, a backup tool) before
# leaving the work for next time.
COMPACT_LOCK_WAIT_MS = 1000


def compact_index(database: Path, *, budget_seconds: float, now: Callable[[], float] = time.monotonic) -> bool:
    """Merge the search index's small segments, in steps, until done or out of time.

    Every write adds a small segment to the index, and a search looks up its words in every
    segment, so a fragmented index makes each search slower. FTS5 merges some of them as it
    goes; this merges every level of the index that holds two segments or more (the index is set
    so by migration 0004), leaving at most one a level. A large segment is rewritten only when
    another of its size joins it, so tidying after a session of small writes costs little however
    big the index is. A later call carries on where an earlier one stopped. True when nothing is
    left to merge.
    """
    started = now()
    with closing(connect(database, busy_timeout_ms=COMPACT_LOCK_WAIT_MS)) as connection:
        while True:
            before = connection.total_changes
            with write_transaction(connection):
                connection.execute(
                    "INSERT INTO search_index(search_index, rank) VALUES ('merge', ?)", (COMPACT_STEP_PAGES,)
                )
            # FTS5 writes nothing (or one row) when no merging was left to do.
            if connection.total_changes - before < 2:
                return True
            if now() - started >= budget_seconds:
                return False
