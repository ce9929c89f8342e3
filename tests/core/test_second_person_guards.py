"""A point from the notes said to the person: verbs after "you", "her" as "you" or "your", nothing left
in the third person, and advice only when it was advice."""

from __future__ import annotations

import re

import pytest

from app.core.second_person import thank_you_line


@pytest.mark.parametrize(
    ("note", "line"),
    [
        # "-ies" verbs: studies -> study, flies -> fly; a four-letter one only loses its "s" (ties -> tie).
        ("She said she studies zoning law at night", "Thank you for saying you study zoning law at night."),
        ("She said she flies to the site each month", "Thank you for saying you fly to the site each month."),
        ("She said she ties every project to a budget", "Thank you for saying you tie every project to a budget."),
        # "-ches", "-shes", "-xes", "-oes" lose "es".
        ("She said she teaches a GIS course", "Thank you for saying you teach a GIS course."),
        ("He said he fixes old radios on weekends", "Thank you for saying you fix old radios on weekends."),
        # Words that are not a present-tense "-s" verb stay as they are.
        ("She said she wanted a change", "Thank you for saying you wanted a change."),
        ("She said she cross-trained as a nurse", "Thank you for saying you cross-trained as a nurse."),
        ("She said she thus learned to budget", "Thank you for saying you thus learned to budget."),
        ("He said he this year moved to the county", "Thank you for saying you this year moved to the county."),
    ],
)
def test_the_verb_after_she_or_he_is_said_after_you(note, line):
    assert thank_you_line(note) == line


@pytest.mark.parametrize(
    ("note", "line"),
    [
        # Before a word that is not a noun, and at the end, "her" is "you"; before a noun, "your".
        ("She said the manager told her to apply early", "Thank you for saying the manager told you to apply early."),
        ("He said that the county will call her.", "Thank you for saying that the county will call you."),
        ("She said her team hires in spring", "Thank you for saying your team hires in spring."),
    ],
)
def test_her_is_you_or_your(note, line):
    assert thank_you_line(note) == line


def test_she_or_he_before_a_comma_is_you_and_no_third_person_is_left():
    assert thank_you_line("She explained that it was the first job she, as a planner, loved") == (
        "Thank you for explaining that it was the first job you, as a planner, loved."
    )
    line = thank_you_line("She said the job is hard. He, too, found it hard at first")
    assert not re.search(r"\b(?:she|he)\b", line, re.IGNORECASE), line


def test_only_advice_words_make_advice():
    # "explained to the group" is not advice, although "to" follows.
    assert thank_you_line("She explained to the group how permits work") == (
        "Thank you for explaining to the group how permits work."
    )


def test_advice_cut_short_keeps_its_ellipsis_and_gets_no_full_stop():
    assert thank_you_line("Take the GIS course…") == "Thank you for your advice to take the GIS course…"


def test_only_full_stops_are_taken_from_the_end():
    assert thank_you_line("The best internships are at SpaceX.") == (
        "Thank you for explaining that the best internships are at SpaceX."
    )


@pytest.mark.parametrize("note", ["", "   ", " . ", "..."])
def test_an_empty_point_gives_no_line(note):
    assert thank_you_line(note) == ""
