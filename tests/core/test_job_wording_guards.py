"""The job-wording check's spans: overlapping wording is one underline, separate wording is not lost,
and a language added to the patterns is the one used."""

from __future__ import annotations

from app.core.job_wording import PATTERNS, Flag, JobAsk, check


def spans(words: str, language: str = "en") -> list[tuple[str, JobAsk]]:
    return [(words[flag.start : flag.end], flag.kind) for flag in check(words, language)]


def test_wording_after_an_overlap_is_still_flagged():
    # "Are you hiring" and "hiring right now" overlap: one underline; the résumé after it is its own.
    words = "Are you hiring right now? Could I send you my resume?"
    assert spans(words) == [
        ("Are you hiring right now", JobAsk.HIRING),
        ("send you my resume", JobAsk.RESUME),
    ]


def test_two_askings_from_one_place_are_named_by_the_longer():
    # "give me a job" (asking for a job) and "give me a job or pass on my CV" (a résumé) start together:
    # one underline over both, with the reason of the one that reaches further.
    words = "Could you give me a job or pass on my CV"
    assert spans(words) == [("give me a job or pass on my CV", JobAsk.RESUME)]
    [flag] = check(words)
    assert "résumé" in str(flag.reason)


def test_a_language_added_to_the_patterns_is_used_for_that_language(monkeypatch):
    # Adding a language means adding its entry to PATTERNS; a pattern that can match nothing at all
    # never leaves an empty underline.
    monkeypatch.setitem(
        PATTERNS,
        "x-test",
        ((JobAsk.HIRING, r"\bembauchez\b"), (JobAsk.OPENINGS, r"(?:\bpostes?\b)?")),
    )
    assert check("Vous embauchez des postes ?", "x-test") == [Flag(5, 14, JobAsk.HIRING), Flag(19, 25, JobAsk.OPENINGS)]
    assert check("Are you hiring?", "x-test") == []
    # An unknown language is checked with the English patterns.
    assert spans("Are you hiring?", "zz") == [("Are you hiring", JobAsk.HIRING)]
