"""The demo workspace's plan: sample occupations, people and interviews, parsed from TOML text.

The text is ``resources/demo/workspace.toml`` (read by ``app.files``). Days in it are counted
from the day the demo is made, so a demo made any day has interviews behind it, one ready to
run and one coming up. ``app.store.demo_seed`` writes a plan into a store.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from app.core.entities import ContactSource, ContactStatus, InterviewStatus, TakeawayWeight
from app.core.pipeline import Channel, Outcome
from app.core.wrapup import EvaluationAspect, WrapUpStep

NEXT_HOUR = "next-hour"
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


class DemoPlanError(ValueError):
    """The demo's file does not describe a workspace (a fault in the shipped file)."""


@dataclass(frozen=True, slots=True)
class DemoOccupation:
    key: str
    title: str
    notes: str = ""
    target: int = 3


@dataclass(frozen=True, slots=True)
class DemoPerson:
    key: str
    given: str
    family: str
    title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    occupations: tuple[str, ...] = ()
    source: ContactSource = ContactSource.OTHER
    how_got_name: str = ""
    referred_by: str = ""
    may_use_referrer_name: bool | None = None
    status: ContactStatus = ContactStatus.PROSPECT
    interactions: tuple[tuple[Channel, Outcome, int, str], ...] = ()  # the log: how, how it went, day, note

    @property
    def full_name(self) -> str:
        return f"{self.given} {self.family}".strip()


@dataclass(frozen=True, slots=True)
class DemoInterview:
    person: str
    occupation: str
    day: int
    at: str  # "HH:MM" local, or NEXT_HOUR
    status: InterviewStatus
    location: str = ""
    video_link: str = ""
    questions: tuple[tuple[str, str], ...] = ()  # (bank key, answer)
    question_set: str = ""
    notes: str = ""
    thank_you_subject: str = ""
    thank_you: str = ""
    thank_you_sent_day: int | None = None
    scores: dict[EvaluationAspect, int] = field(default_factory=dict)
    reflection: str = ""
    takeaways: tuple[tuple[str, TakeawayWeight], ...] = ()
    next_steps: tuple[tuple[str, int, bool], ...] = ()  # (title, due day, done already)
    open_steps: tuple[WrapUpStep, ...] = ()  # wrap-up steps left to do; the rest are done
    checklist: tuple[str, ...] = ()  # preparation items already ticked

    def starts(self, now: datetime, zone: tzinfo) -> datetime:
        """When it starts, in UTC: its day counted from ``now``'s local day, at its local time."""
        local_now = now.astimezone(zone)
        if self.at == NEXT_HOUR:
            return (local_now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)).astimezone(now.tzinfo)
        hour, minute = (int(part) for part in self.at.split(":"))
        day = local_now.date() + timedelta(days=self.day)
        return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(now.tzinfo)


@dataclass(frozen=True, slots=True)
class DemoQuestionSet:
    name: str
    questions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DemoPlan:
    occupations: tuple[DemoOccupation, ...]
    people: tuple[DemoPerson, ...]
    question_sets: tuple[DemoQuestionSet, ...]
    interviews: tuple[DemoInterview, ...]


def day_from(today: date, offset: int) -> date:
    return today + timedelta(days=offset)


def parse_demo_plan(text: str) -> DemoPlan:
    """The plan in ``text``; raises DemoPlanError naming the first thing wrong."""
    try:
        data = tomllib.loads(text)
        occupations = tuple(
            DemoOccupation(item["key"], item["title"], item.get("notes", ""), int(item.get("target", 3)))
            for item in data.get("occupation", [])
        )
        people = tuple(_person(item) for item in data.get("person", []))
        sets = tuple(DemoQuestionSet(item["name"], tuple(item["questions"])) for item in data.get("question_set", []))
        interviews = tuple(_interview(item) for item in data.get("interview", []))
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as error:
        raise DemoPlanError(f"the demo workspace file is not usable: {error!r}") from error
    _check_links(occupations, people, sets, interviews)
    return DemoPlan(occupations, people, sets, interviews)


def _person(item: dict) -> DemoPerson:
    return DemoPerson(
        key=item["key"],
        given=item["given"],
        family=item.get("family", ""),
        title=item.get("title", ""),
        organisation=item.get("organisation", ""),
        email=item.get("email", ""),
        phone=item.get("phone", ""),
        occupations=tuple(item.get("occupations", ())),
        source=ContactSource(item.get("source", "other")),
        how_got_name=item.get("how_got_name", ""),
        referred_by=item.get("referred_by", ""),
        may_use_referrer_name=item.get("may_use_referrer_name"),
        status=ContactStatus(item.get("status", "prospect")),
        interactions=tuple(
            (Channel(channel), Outcome(outcome), int(day), note)
            for channel, outcome, day, note in item.get("interactions", ())
        ),
    )


def _interview(item: dict) -> DemoInterview:
    at = item.get("time", "10:00")
    if at != NEXT_HOUR and not _TIME.fullmatch(at):
        raise ValueError(f"time {at!r}")
    return DemoInterview(
        person=item["person"],
        occupation=item["occupation"],
        day=int(item["day"]),
        at=at,
        status=InterviewStatus(item.get("status", "planned")),
        location=item.get("location", ""),
        video_link=item.get("video_link", ""),
        questions=tuple((key, answer) for key, answer in item.get("questions", ())),
        question_set=item.get("set", ""),
        notes=item.get("notes", "").strip(),
        thank_you_subject=item.get("thank_you_subject", ""),
        thank_you=item.get("thank_you", ""),
        thank_you_sent_day=item.get("thank_you_sent_day"),
        scores={EvaluationAspect(aspect): int(score) for aspect, score in item.get("scores", {}).items()},
        reflection=item.get("reflection", ""),
        takeaways=tuple((words, TakeawayWeight(weight)) for words, weight in item.get("takeaways", ())),
        next_steps=tuple((step[0], int(step[1]), bool(step[2:] and step[2])) for step in item.get("next_steps", ())),
        open_steps=tuple(WrapUpStep(step) for step in item.get("open_steps", ())),
        checklist=tuple(item.get("checklist", ())),
    )


def _check_links(occupations, people, sets, interviews) -> None:
    occupation_keys = {occupation.key for occupation in occupations}
    person_keys = [person.key for person in people]
    if len(set(person_keys)) != len(person_keys):
        raise DemoPlanError("the demo workspace names a person twice")
    set_names = {question_set.name for question_set in sets}
    for person in people:
        if person.referred_by and person.referred_by not in person_keys[: person_keys.index(person.key)]:
            raise DemoPlanError(f"{person.key} is referred by someone not listed before them")
        if not set(person.occupations) <= occupation_keys:
            raise DemoPlanError(f"{person.key} names an occupation that is not listed")
    for interview in interviews:
        if interview.person not in person_keys or interview.occupation not in occupation_keys:
            raise DemoPlanError(f"an interview names a person or occupation that is not listed: {interview.person}")
        if interview.question_set and interview.question_set not in set_names:
            raise DemoPlanError(f"an interview names a question set that is not listed: {interview.question_set}")
