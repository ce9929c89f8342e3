from __future__ import annotations

from app.core.search import (
    MATCH_END,
    MATCH_START,
    build_match_query,
    find_words,
    plain_snippet,
    search_terms,
    snippet_parts,
)


def test_words_become_quoted_prefix_terms():
    assert build_match_query("Café  crème!") == '"Café"* "crème"*'


def test_operators_and_quotes_cannot_reach_the_query_syntax():
    assert build_match_query('foo" OR NEAR(bar') == '"foo"* "OR"* "NEAR"* "bar"*'
    assert build_match_query("*** -- ''") is None
    assert build_match_query("") is None
    assert build_match_query("a\x00b") == '"a"* "b"*'


def test_very_long_queries_are_trimmed():
    assert len(search_terms("word " * 100)) == 12
    assert len(search_terms("x" * 500)[0]) == 60


def test_snippet_parts_mark_the_matches():
    snippet = f"…the {MATCH_START}Crème{MATCH_END} team {MATCH_START}hires{MATCH_END}"
    assert snippet_parts(snippet) == [("…the ", False), ("Crème", True), (" team ", False), ("hires", True)]
    assert plain_snippet(snippet) == "…the Crème team hires"


def test_find_words_ignores_case_and_accents_and_points_into_the_original():
    text = "Notes: the CAFÉ crème team"
    start, end = find_words(text, "cafe")
    assert text[start:end] == "CAFÉ"
    start, end = find_words(text, "zzz creme")
    assert text[start:end] == "crème"
    assert find_words(text, "nothing") is None
    assert find_words("", "x") is None


def test_find_words_copes_with_decomposed_accents_and_emoji():
    text = "😀 Zoe\u0301 said"
    start, end = find_words(text, "zoé")
    assert text[start:end] == "Zoe\u0301"
