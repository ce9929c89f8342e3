"""Full-text search over every interview, through the FTS5 index the 0002 migration keeps.

The index holds one row per searchable text (an interview's notes, an answer, a person's name,
an organisation, an occupation title). A query ranks those rows with bm25, snippets only the
best few, and then finds the interviews each row belongs to: a person's name matches every
interview with that person.
"""

from __future__ import annotations

from sqlalchemy import DateTime, text

from app.core.search import ELLIPSIS, MATCH_END, MATCH_START, MatchPlace, SearchHit, build_match_query
from app.store.repositories import _Repository, from_db_time

SNIPPET_TOKENS = 12
# Rows of the index considered per query; each may fan out to several interviews.
INDEX_ROWS_LIMIT = 100

_SEARCH_SQL = text(
    f"""
WITH best AS MATERIALIZED (
    SELECT rowid AS row_id FROM search_index WHERE search_index MATCH :query ORDER BY rank LIMIT :rows
),
hits AS MATERIALIZED (
    SELECT place, source_id, rank,
           snippet(search_index, 0, char({ord(MATCH_START)}), char({ord(MATCH_END)}), '{ELLIPSIS}',
                   {SNIPPET_TOKENS}) AS snip
    FROM search_index
    WHERE search_index MATCH :query AND rowid IN (SELECT row_id FROM best)
),
found AS (
    SELECT h.place, h.rank, h.snip, h.source_id AS interview_id, NULL AS picked_id, '' AS question
    FROM hits h WHERE h.place = 'notes'
    UNION ALL
    SELECT h.place, h.rank, h.snip, q.interview_id, q.id, q.text
    FROM hits h JOIN interview_questions q ON q.id = h.source_id WHERE h.place = 'answer'
    UNION ALL
    SELECT h.place, h.rank, h.snip, i.id, NULL, ''
    FROM hits h JOIN interviews i ON i.contact_id = h.source_id WHERE h.place IN ('contact', 'organisation')
    UNION ALL
    SELECT h.place, h.rank, h.snip, i.id, NULL, ''
    FROM hits h JOIN interviews i ON i.occupation_id = h.source_id WHERE h.place = 'occupation'
)
SELECT f.place, f.rank, f.snip, f.interview_id, f.picked_id, f.question,
       i.scheduled_at, c.full_name, c.organisation, COALESCE(o.title, '') AS occupation
FROM found f
JOIN interviews i ON i.id = f.interview_id
JOIN contacts c ON c.id = i.contact_id
LEFT JOIN occupations o ON o.id = i.occupation_id
ORDER BY f.rank, i.scheduled_at DESC, i.id
LIMIT :limit
"""
).columns(scheduled_at=DateTime)


class SearchRepository(_Repository):
    def search(self, query_text: str, *, limit: int = 200) -> list[SearchHit]:
        """The interviews matching every word of ``query_text`` (case and accents ignored,
        the words also taken as prefixes), best first."""
        query = build_match_query(query_text)
        if query is None:
            return []
        with self._sessions() as session:
            rows = session.execute(_SEARCH_SQL, {"query": query, "rows": INDEX_ROWS_LIMIT, "limit": limit})
            return [
                SearchHit(
                    interview_id=interview_id,
                    place=MatchPlace(place),
                    snippet=snip or "",
                    contact_name=name,
                    organisation=organisation,
                    occupation_title=occupation,
                    scheduled_at=from_db_time(scheduled),
                    picked_question_id=picked_id,
                    question_text=question or "",
                    rank=float(rank),
                )
                for place, rank, snip, interview_id, picked_id, question, scheduled, name, organisation, occupation in (
                    rows
                )
            ]

    def indexed_rows(self) -> int:
        with self._sessions() as session:
            return int(session.execute(text("SELECT count(*) FROM search_index")).scalar_one())
