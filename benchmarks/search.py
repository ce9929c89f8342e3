"""Full-text search against a naive LIKE scan over 10,000 interviews with about 2 KB of notes each.

Seeds a fresh database through the real migrations (so the index is kept by the real
triggers), then times the app's own search (ranking, snippets and the joins to people and
occupations) and a ``LIKE '%term%'`` scan of the same texts, for the same words.

Prints one JSON object as its last line: fts_p95_ms (the app's search for one page of results,
ranked, with snippets), like_p95_ms, speedup (like / fts), and for comparison
fts_match_only_p95_ms: finding every matching text without ranking or snippets, which is all
the LIKE scan does.
"""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.clock import SystemClock
from app.core.search import build_match_query
from app.store.search_repository import SearchRepository, compact_index
from app.store.store import open_store

INTERVIEWS = 10_000
NOTES_BYTES = 2_000
VOCABULARY = 6_000
QUERIES = 40
REPEATS = 5
# Syllables of made-up words, some accented, so that accent folding is exercised too.
SYLLABLES = (
    "ba be bi bo bu da de di do du fa fe fi ka ke ki ko la le li lo ma me mi mo na ne ni no "
    "pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zi zo é è ç ö ü"
)

MATCH_SQL = "SELECT rowid FROM search_index WHERE search_index MATCH ?"
LIKE_SQL = """
SELECT DISTINCT i.id FROM interviews i
JOIN contacts c ON c.id = i.contact_id
LEFT JOIN occupations o ON o.id = i.occupation_id
LEFT JOIN interview_notes n ON n.interview_id = i.id
WHERE n.body LIKE :pattern OR c.full_name LIKE :pattern OR c.organisation LIKE :pattern OR o.title LIKE :pattern
UNION
SELECT interview_id FROM interview_questions WHERE answer LIKE :pattern
"""


def make_words(rng: random.Random) -> list[str]:
    syllables = SYLLABLES.split()
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered


def text_of(rng: random.Random, words: list[str], cumulative: list[float], size: int) -> str:
    out: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choices(words, cum_weights=cumulative, k=rng.randint(6, 14))
        line = " ".join(sentence).capitalize() + ". "
        out.append(line)
        length += len(line)
    return "".join(out)


def seed(database: Path, rng: random.Random, words: list[str]) -> None:
    cumulative = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(words))))
    now = "2026-11-25 12:00:00"
    connection = sqlite3.connect(database)
    # A bulk load: FTS5 need not merge segments as it goes, since they are all merged at the end.
    connection.execute("INSERT INTO search_index(search_index, rank) VALUES ('automerge', 0)")
    with connection:
        connection.executemany(
            "INSERT INTO occupations(id, title, created_at) VALUES (?, ?, ?)",
            [(index + 1, f"{words[index]} {words[index + 100]}".title(), now) for index in range(60)],
        )
        connection.executemany(
            "INSERT INTO contacts(id, full_name, organisation, occupation_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    index + 1,
                    f"{rng.choice(words)} {rng.choice(words)}".title(),
                    f"{rng.choice(words)} Ltd".title(),
                    rng.randint(1, 60),
                    now,
                    now,
                )
                for index in range(INTERVIEWS)
            ],
        )
        connection.executemany(
            "INSERT INTO interviews(id, contact_id, occupation_id, status, created_at, updated_at) "
            "VALUES (?, ?, ?, 'finished', ?, ?)",
            [(index + 1, index + 1, rng.randint(1, 60), now, now) for index in range(INTERVIEWS)],
        )
        connection.executemany(
            "INSERT INTO interview_notes(interview_id, body, updated_at) VALUES (?, ?, ?)",
            [(index + 1, text_of(rng, words, cumulative, NOTES_BYTES), now) for index in range(INTERVIEWS)],
        )
        connection.executemany(
            "INSERT INTO interview_questions(interview_id, text, position, answer, updated_at) VALUES (?, ?, ?, ?, ?)",
            [
                (index // 2 + 1, "What do you enjoy most?", index % 2, text_of(rng, words, cumulative, 200), now)
                for index in range(INTERVIEWS * 2)
            ],
        )
    connection.execute("INSERT INTO search_index(search_index, rank) VALUES ('automerge', 4)")  # the default
    connection.commit()
    connection.close()


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main() -> None:
    rng = random.Random(20261125)
    words = make_words(rng)
    # What a person looks for: mostly distinctive words, some common ones, some half-typed.
    queries = (
        [("distinctive word", words[rng.randint(300, VOCABULARY - 1)]) for _ in range(QUERIES // 2)]
        + [("common word", words[rng.randint(30, 300)]) for _ in range(QUERIES // 4)]
        + [("half-typed word", words[rng.randint(300, VOCABULARY - 1)][:5]) for _ in range(QUERIES // 4)]
    )
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.db"
        clock = SystemClock()
        store = open_store(database, clock)
        started = time.perf_counter()
        seed(database, rng, words)
        seed_seconds = time.perf_counter() - started
        # The app tidies the index at every quit (at most one segment a level); after a few
        # sessions a bulk-loaded index is in that state, which is what a person has.
        compact_index(database, budget_seconds=float("inf"))
        search = SearchRepository(database)
        like = sqlite3.connect(database)

        fts_ms: list[float] = []
        match_ms: list[float] = []  # finding every matching text, no ranking, snippets or joins
        like_ms: list[float] = []
        by_kind: dict[str, list[float]] = {}
        found = 0
        for kind, query in queries:
            search.search(query)  # warm the page cache for both sides alike
            like.execute(LIKE_SQL, {"pattern": f"%{query}%"}).fetchall()
            for _ in range(REPEATS):
                began = time.perf_counter()
                hits = search.search(query)
                fts_ms.append((time.perf_counter() - began) * 1000)
                by_kind.setdefault(kind, []).append(fts_ms[-1])
                began = time.perf_counter()
                like.execute(MATCH_SQL, (build_match_query(query),)).fetchall()
                match_ms.append((time.perf_counter() - began) * 1000)
                began = time.perf_counter()
                like.execute(LIKE_SQL, {"pattern": f"%{query}%"}).fetchall()
                like_ms.append((time.perf_counter() - began) * 1000)
            found += len(hits.hits)
        like.close()
        store.dispose()
        size_mb = database.stat().st_size / 1e6

    fts_p95, like_p95 = p95(fts_ms), p95(like_ms)
    print(
        f"seeded {INTERVIEWS:,} interviews in {seed_seconds:.1f} s ({size_mb:.0f} MB); "
        f"{len(queries)} queries x {REPEATS}; {found / len(queries):.0f} results on the first page on average; "
        f"FTS median {statistics.median(fts_ms):.2f} ms, LIKE median {statistics.median(like_ms):.1f} ms"
    )
    for kind, samples in by_kind.items():
        print(f"  FTS {kind}: median {statistics.median(samples):.2f} ms, max {max(samples):.2f} ms")
    print(
        json.dumps(
            {
                "fts_p95_ms": round(fts_p95, 2),
                "like_p95_ms": round(like_p95, 1),
                "speedup": round(like_p95 / fts_p95, 1),
                # The same words, only finding every matching text (all LIKE does), for comparison.
                "fts_match_only_p95_ms": round(p95(match_ms), 2),
                "speedup_match_only": round(like_p95 / p95(match_ms), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
