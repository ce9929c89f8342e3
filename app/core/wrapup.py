"""The wrap-up after an interview: its steps, where each stands, and what is still owed.

Everything here is plain data and rules; the store keeps it and the wrap-up pane shows it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.core.entities import Contact, Interview, TakeawayWeight, WrapUpState

# The wrap-up's entry boxes whose typed-but-not-added text is kept (see the store's ``save_drafts``).
DRAFT_TAKEAWAY = "takeaway"
DRAFT_NEXT_STEP = "next_step"
DRAFT_REFERRAL_NAME = "referral_name"
DRAFT_REFERRAL_REACH = "referral_reach"


@dataclass(frozen=True, slots=True)
class WrapUpSubject:
    """Whom and what a wrap-up is about, for the pane's heading."""

    interview: Interview
    contact: Contact
    occupation_title: str


class WrapUpStep(StrEnum):
    """The steps in the order the pane walks them."""

    THANK = "thank"
    REFERRALS = "referrals"
    BUSINESS_CARD = "business_card"
    THANK_YOU_NOTE = "thank_you_note"
    EVALUATE = "evaluate"
    WEIGH = "weigh_takeaways"
    NEXT_STEP = "next_step"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]

    @property
    def hint(self) -> str:
        return _STEP_HINTS[self]


_STEP_LABELS = {
    WrapUpStep.THANK: "Thank them",
    WrapUpStep.REFERRALS: "Referrals",
    WrapUpStep.BUSINESS_CARD: "Business card",
    WrapUpStep.THANK_YOU_NOTE: "Thank-you note",
    WrapUpStep.EVALUATE: "Evaluate how you did",
    WrapUpStep.WEIGH: "Weigh what was said",
    WrapUpStep.NEXT_STEP: "Next step",
}

_STEP_HINTS = {
    WrapUpStep.THANK: "Thank the person for their time before you leave.",
    WrapUpStep.REFERRALS: "Ask who else you could talk to, and whether you may mention their name.",
    WrapUpStep.BUSINESS_CARD: "Ask for a business card so you can reach them again.",
    WrapUpStep.THANK_YOU_NOTE: "Send a short, personal note within a day.",
    WrapUpStep.EVALUATE: "Rate how the conversation went while it is fresh.",
    WrapUpStep.WEIGH: "Note the key takeaways and how much weight each deserves.",
    WrapUpStep.NEXT_STEP: "Decide what you will do next, with a due date.",
}

STEP_ORDER: tuple[WrapUpStep, ...] = tuple(WrapUpStep)
SETTLED_STATES = frozenset({WrapUpState.DONE, WrapUpState.SKIPPED})

STATE_LABELS = {
    WrapUpState.PENDING: "To do",
    WrapUpState.DONE: "Done",
    WrapUpState.SKIPPED: "Skipped",
    WrapUpState.LATER: "Later",
}

THANK_YOU_NUDGE_AFTER = timedelta(hours=24)


@dataclass(slots=True)
class WrapUpProgress:
    """Where every step of one interview's wrap-up stands. Unknown steps read as pending."""

    interview_id: int
    states: dict[WrapUpStep, WrapUpState] = field(default_factory=dict)

    def state(self, step: WrapUpStep) -> WrapUpState:
        return self.states.get(step, WrapUpState.PENDING)

    def remaining(self) -> list[WrapUpStep]:
        """Steps neither done nor skipped, in order; "later" steps still remain."""
        return [step for step in STEP_ORDER if self.state(step) not in SETTLED_STATES]

    @property
    def is_complete(self) -> bool:
        return not self.remaining()

    @property
    def settled_count(self) -> int:
        return len(STEP_ORDER) - len(self.remaining())

    def resume_step(self) -> WrapUpStep:
        """Where to pick up: the first step never answered, else the first left for later, else the last."""
        for wanted in (WrapUpState.PENDING, WrapUpState.LATER):
            for step in STEP_ORDER:
                if self.state(step) is wanted:
                    return step
        return STEP_ORDER[-1]

    def next_after(self, step: WrapUpStep) -> WrapUpStep | None:
        """The next unsettled step after ``step``, wrapping round; None when all are settled."""
        index = STEP_ORDER.index(step)
        ordered = STEP_ORDER[index + 1 :] + STEP_ORDER[: index + 1]
        for candidate in ordered:
            if self.state(candidate) not in SETTLED_STATES:
                return candidate
        return None


def describe_progress(progress: WrapUpProgress) -> str:
    """'Wrap-up complete' or 'Wrap-up incomplete: 3 of 7 steps left'."""
    left = len(progress.remaining())
    if left == 0:
        return "Wrap-up complete"
    return f"Wrap-up incomplete: {left} of {len(STEP_ORDER)} steps left"


def is_wrapup_incomplete(states: Mapping[WrapUpStep, WrapUpState]) -> bool:
    return not WrapUpProgress(0, dict(states)).is_complete


def thank_you_due_at(finished_at: datetime) -> datetime:
    return finished_at + THANK_YOU_NUDGE_AFTER


def thank_you_nudge_due(
    finished_at: datetime | None,
    sent_on: date | None,
    now: datetime,
    note_step: WrapUpState = WrapUpState.PENDING,
) -> bool:
    """True once 24 hours have passed since the interview ended without the note marked sent.

    A note the user chose to skip is never nagged about; a note marked done but not sent still is,
    because "done" may mean written and the nudge is about sending.
    """
    if finished_at is None or sent_on is not None or note_step is WrapUpState.SKIPPED:
        return False
    return now >= thank_you_due_at(finished_at)


@dataclass(frozen=True, slots=True)
class ThankYouNudge:
    """A reminder for the home view: this person has not been thanked in writing yet."""

    interview_id: int
    contact_id: int
    contact_name: str
    finished_at: datetime

    @property
    def due_at(self) -> datetime:
        return thank_you_due_at(self.finished_at)

    def describe(self) -> str:
        return f"Send your thank-you note to {self.contact_name}"


class EvaluationAspect(StrEnum):
    KEPT_TO_TIME = "kept_to_time"
    GOOD_QUESTIONS = "good_questions"
    LISTENED = "listened_more"
    NO_JOB_ASK = "no_job_ask"

    @property
    def label(self) -> str:
        return _ASPECT_LABELS[self]

    @property
    def short_label(self) -> str:
        return _ASPECT_SHORT[self]


_ASPECT_LABELS = {
    EvaluationAspect.KEPT_TO_TIME: "Kept to time",
    EvaluationAspect.GOOD_QUESTIONS: "Asked good questions",
    EvaluationAspect.LISTENED: "Listened more than talked",
    EvaluationAspect.NO_JOB_ASK: "Did not ask for a job",
}
_ASPECT_SHORT = {
    EvaluationAspect.KEPT_TO_TIME: "Time",
    EvaluationAspect.GOOD_QUESTIONS: "Questions",
    EvaluationAspect.LISTENED: "Listening",
    EvaluationAspect.NO_JOB_ASK: "No job ask",
}

MIN_SCORE = 1
MAX_SCORE = 5


def check_score(score: int) -> int:
    if not isinstance(score, int) or isinstance(score, bool) or not MIN_SCORE <= score <= MAX_SCORE:
        raise ValueError(f"a rating is a whole number from {MIN_SCORE} to {MAX_SCORE}, not {score!r}")
    return score


@dataclass(slots=True)
class SelfEvaluation:
    interview_id: int
    scores: dict[EvaluationAspect, int] = field(default_factory=dict)
    reflection: str = ""

    def __post_init__(self) -> None:
        self.scores = {EvaluationAspect(aspect): check_score(score) for aspect, score in self.scores.items()}

    @property
    def average(self) -> float | None:
        return sum(self.scores.values()) / len(self.scores) if self.scores else None


@dataclass(frozen=True, slots=True)
class EvaluationPoint:
    """One interview's ratings, for the chart across interviews."""

    interview_id: int
    when: datetime | None
    contact_name: str
    scores: Mapping[EvaluationAspect, int]


@dataclass(slots=True)
class Takeaway:
    interview_id: int
    text: str
    weight: TakeawayWeight = TakeawayWeight.TRUST
    position: int = 0
    id: int | None = None


WEIGHT_LABELS = {
    TakeawayWeight.GRAIN_OF_SALT: "A grain of salt",
    TakeawayWeight.TRUST: "Trust it",
}


@dataclass(slots=True)
class Referral:
    """Someone the interviewee suggested, as typed inline in the referrals step."""

    full_name: str
    reach: str = ""  # an email, a phone number, or words ("via LinkedIn")
    may_use_name: bool | None = None

    def split_reach(self) -> tuple[str, str, str]:
        """(email, phone, other) from the single "how to reach them" field."""
        value = self.reach.strip()
        if not value:
            return "", "", ""
        if "@" in value and " " not in value:
            return value, "", ""
        digits = sum(character.isdigit() for character in value)
        if digits >= 5 and all(character.isdigit() or character in "+-() ./x" for character in value):
            return "", value, ""
        return "", "", value


def how_got_name_for_referral(referrer_name: str, may_use_name: bool | None, when: date | None) -> str:
    """The "how I got your name" line of a referral, written from the link to the interviewee."""
    text = f"Referred by {referrer_name}"
    if when is not None:
        text += f" (informational interview, {when.day} {when:%b %Y})"
    if may_use_name is True:
        text += "; you may mention their name"
    elif may_use_name is False:
        text += "; do not mention their name"
    return text


@dataclass(slots=True)
class ThankYouNote:
    interview_id: int
    body: str = ""
    template: str = ""
    sent_on: date | None = None
    subject: str = ""

    @property
    def is_sent(self) -> bool:
        return self.sent_on is not None


def describe_thank_you(note: ThankYouNote | None) -> str:
    if note is None or (not note.body.strip() and note.sent_on is None):
        return "Not written yet"
    if note.sent_on is None:
        return "Written, not sent yet"
    return f"Sent on {note.sent_on.day} {note.sent_on:%b %Y}"


def incomplete_interviews(progress: Iterable[WrapUpProgress]) -> list[int]:
    return [item.interview_id for item in progress if not item.is_complete]
