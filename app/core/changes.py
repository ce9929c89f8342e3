"""What a unit of work changed, in kinds a screen cares about (the store reports them; panes
refresh what they show from them, and nobody announces a change by hand)."""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    OCCUPATIONS = "occupations"
    CONTACTS = "contacts"  # people, their details and the outreach to them
    INTERVIEWS = "interviews"  # scheduling, status, countdown
    CONTENT = "content"  # an interview's notes, picked questions and answers
    QUESTIONS = "questions"  # the question bank's own questions and the saved sets
    ACTIONS = "actions"  # next steps
    WRAPUP = "wrapup"  # wrap-up steps, thank-you notes, evaluations, takeaways
    OUTCOMES = "outcomes"  # "I got the job" and the messages telling each interviewee
    SETTINGS = "settings"  # preferences
    DRAFTS = "drafts"  # words typed into an entry box before they are added (shown nowhere else)


Changes = frozenset[Change]
NOTHING: Changes = frozenset()
