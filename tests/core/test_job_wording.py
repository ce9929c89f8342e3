"""The "don't ask for a job" check: what must be flagged, what must not, and where."""

from __future__ import annotations

import pytest

from app.core.entities import Contact
from app.core.job_wording import PATTERNS, Flag, JobAsk, check, reason
from app.core.outreach import call_script, script_text

MUST_FLAG = [
    # openings, positions, vacancies
    ("Are there any openings at your company?", JobAsk.OPENINGS),
    ("Do you have any job openings right now?", JobAsk.OPENINGS),
    ("I saw there is an opening on your team.", JobAsk.OPENINGS),
    ("Are there openings in your department?", JobAsk.OPENINGS),
    ("Do you know of any open positions?", JobAsk.OPENINGS),
    ("Are there any entry-level positions?", JobAsk.OPENINGS),
    ("Are there available roles in your group?", JobAsk.OPENINGS),
    ("Do you have positions available for graduates?", JobAsk.OPENINGS),
    ("Are there any vacancies?", JobAsk.OPENINGS),
    ("I noticed a vacancy on your website.", JobAsk.OPENINGS),
    ("Is there a position for someone like me?", JobAsk.OPENINGS),
    ("Would there be a job at your firm for a new nurse?", JobAsk.OPENINGS),
    ("Any upcoming jobs I should know about?", JobAsk.OPENINGS),
    # hiring
    ("Are you hiring?", JobAsk.HIRING),
    ("Is your company hiring at the moment?", JobAsk.HIRING),
    ("Is the hospital hiring nurses this year?", JobAsk.HIRING),
    ("Will they be hiring in the spring?", JobAsk.HIRING),
    ("Do you know who is currently hiring?", JobAsk.HIRING),
    ("Is your team looking to hire?", JobAsk.HIRING),
    ("Would you hire me?", JobAsk.HIRING),
    ("ARE YOU HIRING", JobAsk.HIRING),
    # applying
    ("How can I apply?", JobAsk.APPLYING),
    ("Should I apply for the internship?", JobAsk.APPLYING),
    ("Where do I apply online?", JobAsk.APPLYING),
    ("I'd like to apply for a position at your company.", JobAsk.APPLYING),
    ("I am applying to your graduate programme.", JobAsk.APPLYING),
    ("I want to apply there.", JobAsk.APPLYING),
    ("I would love to apply to one of your roles.", JobAsk.APPLYING),
    ("Could you look at my application?", JobAsk.APPLYING),
    ("I applied for a nursing job at your hospital.", JobAsk.APPLYING),
    # résumé or CV
    ("Could you pass my résumé on to your manager?", JobAsk.RESUME),
    ("Could you pass on my resume?", JobAsk.RESUME),
    ("I have attached my CV.", JobAsk.RESUME),
    ("May I send you my résumé?", JobAsk.RESUME),
    ("Would you forward my curriculum vitae to HR?", JobAsk.RESUME),
    ("Please find enclosed my resume.", JobAsk.RESUME),
    ("Could you hand my CVs to the team?", JobAsk.RESUME),
    # referral to a job
    ("Could you refer me for a position on your team?", JobAsk.REFERRAL),
    ("Would you refer me to one of your openings?", JobAsk.REFERRAL),
    ("Could I get an employee referral?", JobAsk.REFERRAL),
    ("I would appreciate a referral for the job.", JobAsk.REFERRAL),
    ("Could you put in a good word for me?", JobAsk.REFERRAL),
    ("Would you recommend me for the role?", JobAsk.REFERRAL),
    ("Could you put me forward?", JobAsk.REFERRAL),
    # a job asked for outright
    ("Do you have a job for me?", JobAsk.JOB_REQUEST),
    ("Have you got any work for me?", JobAsk.JOB_REQUEST),
    ("Could you give me a job?", JobAsk.JOB_REQUEST),
    ("Can you get me an interview?", JobAsk.JOB_REQUEST),
    ("I'm looking for a job at your company.", JobAsk.JOB_REQUEST),
    ("I would love to work for you.", JobAsk.JOB_REQUEST),
]

MUST_NOT_FLAG = [
    "How did you get this job?",
    "What do entry-level jobs look like?",
    "What does a typical day in this job involve?",
    "Who else should I talk to?",
    "Could you refer me to someone else in the field?",
    "Could you recommend anyone else I could talk to?",
    "What is your current role?",
    "What position do you hold?",
    "What roles open up after five years?",
    "How did you find your first job?",
    "What did you do before this job?",
    "How is the hiring process in this field?",
    "What do hiring managers look for?",
    "What skills should I build?",
    "How can I apply what I learn in school?",
    "I'd like to apply these ideas to my own work.",
    "Would Tuesday at 10 work for you?",
    "Does that time work for you?",
    "What is it like to work for your organisation?",
    "What did your résumé look like when you started?",
    "What should a résumé in this field emphasise?",
    "I'm not asking for a job.",
    "Could I have 20 minutes of your time, at a time that suits you?",
    "What was the opening of your career like?",
    "What do people in this position worry about?",
    "What jobs lead to this one?",
    "How do people usually move between roles?",
    "Which associations should I join?",
    "",
]


@pytest.mark.parametrize(("words", "kind"), MUST_FLAG)
def test_job_seeking_wording_is_flagged(words, kind):
    flags = check(words)
    assert [flag.kind for flag in flags] == [kind], words
    [flag] = flags
    assert 0 <= flag.start < flag.end <= len(words)


@pytest.mark.parametrize("words", MUST_NOT_FLAG)
def test_questions_about_the_work_are_not_flagged(words):
    assert check(words) == [], [words[f.start : f.end] for f in check(words)]


def test_the_span_is_where_the_wording_is():
    words = "Thanks for your time. Are you hiring? Also, could you pass my CV on?"
    flags = check(words)
    assert [words[f.start : f.end] for f in flags] == ["Are you hiring", "pass my CV"]
    assert [f.kind for f in flags] == [JobAsk.HIRING, JobAsk.RESUME]


def test_overlapping_patterns_give_one_flag_over_all_of_them():
    words = "I'd like to apply for a position at your company."
    assert check(words) == [Flag(0, words.index(" company"), JobAsk.APPLYING)]


def test_every_kind_explains_why_in_words_marked_for_translation():
    for kind in JobAsk:
        why = reason(kind)
        assert why.context == "JobWording" and str(why).startswith("This ")
    [flag] = check("Are you hiring?")
    assert flag.reason == reason(JobAsk.HIRING)


def test_the_generated_call_script_passes_the_check():
    script = script_text(call_script(Contact(full_name="Ana Ruiz"), "Sam Lee", "Urban planner", minutes=20))
    assert check(script) == []


def test_patterns_are_data_by_language_and_an_unknown_language_uses_english():
    assert set(PATTERNS) >= {"en"}
    assert all(kind in JobAsk for kind, _ in PATTERNS["en"])
    assert check("Are you hiring?", language="xx") == check("Are you hiring?")
