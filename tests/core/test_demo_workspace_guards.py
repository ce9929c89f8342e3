"""The demo plan as written in its TOML: every field of an interview read, the defaults for what it
leaves out, its times in the person's zone whatever the computer's, and a bad time refused."""

from __future__ import annotations

import time as host_time
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.demo_workspace import (
    NEXT_HOUR,
    DemoInterview,
    DemoOccupation,
    DemoPerson,
    DemoPlan,
    DemoPlanError,
    day_from,
    parse_demo_plan,
)
from app.core.entities import ContactSource, ContactStatus, InterviewStatus, TakeawayWeight
from app.core.pipeline import Channel, Outcome
from app.core.wrapup import EvaluationAspect, WrapUpStep

CHICAGO = ZoneInfo("America/Chicago")

PEOPLE = """
[[occupation]]
key = "ux"
title = "UX researcher"

[[person]]
key = "jonas"
given = "Jonas"
family = "Weber"

[[question_set]]
name = "A first conversation"
questions = ["typical-day"]
"""


@pytest.fixture
def host_in_tokyo(monkeypatch):
    """The computer's own zone set far from the person's: nothing here may follow it."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    host_time.tzset()
    yield
    monkeypatch.undo()
    host_time.tzset()


def test_an_interview_with_only_its_person_occupation_and_day_gets_the_defaults():
    plan = parse_demo_plan(PEOPLE + '[[interview]]\nperson = "jonas"\noccupation = "ux"\nday = 2\n')
    assert plan.interviews == (DemoInterview("jonas", "ux", 2, "10:00", InterviewStatus.PLANNED),)
    [interview] = plan.interviews
    assert (interview.location, interview.video_link, interview.thank_you_subject, interview.reflection) == (
        "",
        "",
        "",
        "",
    )


def test_every_field_of_an_interview_is_read():
    plan = parse_demo_plan(
        PEOPLE
        + """
[[interview]]
person = "jonas"
occupation = "ux"
day = -40
time = "15:30"
status = "finished"
location = "Brightline, 4th floor"
video_link = "https://meet.example/jonas"
questions = [["typical-day", "Half planning, half talking."]]
set = "A first conversation"
notes = "\\nArrived early.\\n"
thank_you_subject = "Thank you"
thank_you = "Dear Jonas,"
thank_you_sent_day = -39
scores = { kept_to_time = 5, no_job_ask = 4 }
reflection = "Went well."
takeaways = [["Portfolios matter.", "trust"], ["Bootcamps are a waste.", "salt"]]
next_steps = [["Send the case study", 10, true], ["Call Sofia", 12]]
open_steps = ["evaluate"]
checklist = ["research"]
"""
    )
    assert plan.interviews == (
        DemoInterview(
            person="jonas",
            occupation="ux",
            day=-40,
            at="15:30",
            status=InterviewStatus.FINISHED,
            location="Brightline, 4th floor",
            video_link="https://meet.example/jonas",
            questions=(("typical-day", "Half planning, half talking."),),
            question_set="A first conversation",
            notes="Arrived early.",
            thank_you_subject="Thank you",
            thank_you="Dear Jonas,",
            thank_you_sent_day=-39,
            scores={EvaluationAspect.KEPT_TO_TIME: 5, EvaluationAspect.NO_JOB_ASK: 4},
            reflection="Went well.",
            takeaways=(
                ("Portfolios matter.", TakeawayWeight.TRUST),
                ("Bootcamps are a waste.", TakeawayWeight.GRAIN_OF_SALT),
            ),
            next_steps=(("Send the case study", 10, True), ("Call Sofia", 12, False)),
            open_steps=(WrapUpStep.EVALUATE,),
            checklist=("research",),
        ),
    )


def test_a_time_that_is_not_a_time_of_day_is_refused_by_name():
    with pytest.raises(DemoPlanError, match="time '25:00'"):
        parse_demo_plan(PEOPLE + '[[interview]]\nperson = "jonas"\noccupation = "ux"\nday = 2\ntime = "25:00"\n')


def test_times_are_the_person_s_local_times_written_in_utc(host_in_tokyo):
    now = datetime(2026, 12, 2, 16, 20, 45, 123456, tzinfo=UTC)  # 10:20:45 in Chicago
    at_half_past_three = DemoInterview("jonas", "ux", 2, "15:30", InterviewStatus.PLANNED)
    assert at_half_past_three.starts(now, CHICAGO).isoformat() == "2026-12-04T21:30:00+00:00"
    next_hour = DemoInterview("jonas", "ux", 0, NEXT_HOUR, InterviewStatus.PLANNED)
    assert next_hour.starts(now, CHICAGO).isoformat() == "2026-12-02T17:00:00+00:00"
    # Late in the evening in Chicago it is already the next day in UTC: the day counts from Chicago's.
    evening = datetime(2026, 12, 2, 23, 30, tzinfo=CHICAGO).astimezone(UTC)
    assert at_half_past_three.starts(evening, CHICAGO).isoformat() == "2026-12-04T21:30:00+00:00"


def test_days_are_counted_from_today():
    assert day_from(date(2026, 12, 2), 3) == date(2026, 12, 5)
    assert day_from(date(2026, 12, 2), -40) == date(2026, 10, 23)


def test_an_empty_plan_is_an_empty_workspace():
    assert parse_demo_plan("") == DemoPlan((), (), (), ())


def test_occupations_and_people_read_every_field_and_default_the_rest():
    plan = parse_demo_plan(
        """
[[occupation]]
key = "planner"
title = "Urban planner"
notes = "Public sector"
target = 5

[[occupation]]
key = "ux"
title = "UX researcher"

[[person]]
key = "amara"
given = "Amara"
family = "Okafor"
title = "Senior planner"
organisation = "City of Riverton"
email = "amara@riverton.example"
phone = "+1 555 0142"
occupations = ["planner"]
source = "friend"
how_got_name = "My friend Dana works with you."
status = "thanked"

[[person]]
key = "tomas"
given = "Tomás"
source = "referral"
referred_by = "amara"
may_use_referrer_name = true
status = "contacted"
interactions = [["call", "no_answer", -9, ""], ["email", "waiting", -6, "Sent the draft."]]
"""
    )
    assert plan.occupations == (
        DemoOccupation("planner", "Urban planner", "Public sector", 5),
        DemoOccupation("ux", "UX researcher", "", 3),
    )
    amara, tomas = plan.people
    assert amara == DemoPerson(
        key="amara",
        given="Amara",
        family="Okafor",
        title="Senior planner",
        organisation="City of Riverton",
        email="amara@riverton.example",
        phone="+1 555 0142",
        occupations=("planner",),
        source=ContactSource.FRIEND,
        how_got_name="My friend Dana works with you.",
        status=ContactStatus.THANKED,
    )
    assert tomas == DemoPerson(
        key="tomas",
        given="Tomás",
        family="",
        source=ContactSource.REFERRAL,
        referred_by="amara",
        may_use_referrer_name=True,
        status=ContactStatus.CONTACTED,
        interactions=(
            (Channel.CALL, Outcome.NO_ANSWER, -9, ""),
            (Channel.EMAIL, Outcome.WAITING, -6, "Sent the draft."),
        ),
    )
    assert tomas.full_name == "Tomás"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[[person]]\nkey = "jonas"\ngiven = "J"\n', "the demo workspace names a person twice"),
        (
            '[[person]]\nkey = "sofia"\ngiven = "S"\nreferred_by = "lucia"\n',
            "sofia is referred by someone not listed before them",
        ),
        (
            '[[person]]\nkey = "sofia"\ngiven = "S"\noccupations = ["chef"]\n',
            "sofia names an occupation that is not listed",
        ),
        (
            '[[interview]]\nperson = "jonas"\noccupation = "chef"\nday = 1\n',
            "an interview names a person or occupation that is not listed: jonas",
        ),
        (
            '[[interview]]\nperson = "nobody"\noccupation = "ux"\nday = 1\n',
            "an interview names a person or occupation that is not listed: nobody",
        ),
        (
            '[[interview]]\nperson = "jonas"\noccupation = "ux"\nday = 1\nset = "Other"\n',
            "an interview names a question set that is not listed: Other",
        ),
    ],
)
def test_a_plan_that_links_to_what_it_does_not_list_is_refused_naming_it(extra, message):
    with pytest.raises(DemoPlanError) as refused:
        parse_demo_plan(PEOPLE + extra)
    assert str(refused.value) == message


def test_a_person_may_name_every_listed_occupation_and_be_referred_by_someone_before_them():
    plan = parse_demo_plan(
        PEOPLE + '[[person]]\nkey = "sofia"\ngiven = "Sofia"\noccupations = ["ux"]\nreferred_by = "jonas"\n'
    )
    assert [person.key for person in plan.people] == ["jonas", "sofia"]
