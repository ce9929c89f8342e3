"""The wrap-up after an interview: its steps, where each stands, and what is still owed.

Everything here is plain data and rules; the store keeps it and the wrap-up pane shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.core.entities import Contact, Interview, TakeawayWeight, WrapUpState
from app.core.i18n import QT_TRANSLATE_NOOP, Text, text, translate

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
    WrapUpStep.THANK: QT_TRANSLATE_NOOP("WrapUpStep", "Thank them"),
    WrapUpStep.REFERRALS: QT_TRANSLATE_NOOP("WrapUpStep", "Referrals"),
    WrapUpStep.BUSINESS_CARD: QT_TRANSLATE_NOOP("WrapUpStep", "Business card"),
    WrapUpStep.THANK_YOU_NOTE: QT_TRANSLATE_NOOP("WrapUpStep", "Thank-you note"),
    WrapUpStep.EVALUATE: QT_TRANSLATE_NOOP("WrapUpStep", "Evaluate how you did"),
    WrapUpStep.WEIGH: QT_TRANSLATE_NOOP("WrapUpStep", "Weigh what was said"),
    WrapUpStep.NEXT_STEP: QT_TRANSLATE_NOOP("WrapUpStep", "Next step"),
}

_STEP_HINTS = {
    WrapUpStep.THANK: QT_TRANSLATE_NOOP("WrapUpStep", "Thank the person for their time before you leave."),
    WrapUpStep.REFERRALS: QT_TRANSLATE_NOOP(
        "WrapUpStep", "Ask who else you could talk to, and whether you may mention their name."
    ),
    WrapUpStep.BUSINESS_CARD: QT_TRANSLATE_NOOP("WrapUpStep", "Ask for a business card so you can reach them again."),
    WrapUpStep.THANK_YOU_NOTE: QT_TRANSLATE_NOOP("WrapUpStep", "Send a short, personal note within a day."),
    WrapUpStep.EVALUATE: QT_TRANSLATE_NOOP("WrapUpStep", "Rate how the conversation went while it is fresh."),
    WrapUpStep.WEIGH: QT_TRANSLATE_NOOP("WrapUpStep", "Note the key takeaways and how much weight each deserves."),
    WrapUpStep.NEXT_STEP: QT_TRANSLATE_NOOP("WrapUpStep", "Decide what you will do next, with a due date."),
}

STEP_ORDER: tuple[WrapUpStep, ...] = tuple(WrapUpStep)
SETTLED_STATES = frozenset({WrapUpState.DONE, WrapUpState.SKIPPED})

STATE_LABELS = {
    WrapUpState.PENDING: QT_TRANSLATE_NOOP("WrapUpState", "To do"),
    WrapUpState.DONE: QT_TRANSLATE_NOOP("WrapUpState", "Done"),
    WrapUpState.SKIPPED: QT_TRANSLATE_NOOP("WrapUpState", "Skipped"),
    WrapUpState.LATER: QT_TRANSLATE_NOOP("WrapUpState", "Later"),
}

THANK_YOU_NUDGE_AFTER = timedelta(hours=24)
# A next step, unless the person picks a day, is due a week on; so is following up a referral.
NEXT_STEP_DUE_AFTER = timedelta(days=7)
REFERRAL_FOLLOW_UP_AFTER = timedelta(days=7)


def default_next_step_due(today: date) -> date:
    """The due day offered for a new next step."""
    return today + NEXT_STEP_DUE_AFTER


def referral_follow_up_due(today: date) -> date:
    """When to contact someone an interviewee referred you to."""
    return today + REFERRAL_FOLLOW_UP_AFTER


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


def describe_progress(progress: WrapUpProgress) -> Text:
    """'Wrap-up complete' or 'Wrap-up incomplete: 3 of 7 steps left'."""
    left = len(progress.remaining())
    if left == 0:
        return text("WrapUpProgress", QT_TRANSLATE_NOOP("WrapUpProgress", "Wrap-up complete"))
    counted = translate("WrapUpProgress", "Wrap-up incomplete: %n of {total} steps left", None, left)
    return counted.with_values(total=len(STEP_ORDER))


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

    def describe(self) -> Text:
        source = QT_TRANSLATE_NOOP("ThankYouNudge", "Send your thank-you note to {name}")
        return text("ThankYouNudge", source, name=self.contact_name)


class EvaluationAspect(StrEnum):
    KEPT_TO_TIME = "kept_to_time"
    GOOD_QUESTIONS = "good_questions"
    LISTENED = "listened_more"
    NO_JOB_ASK = "no_job_ask"

    @property
    def label(self) -> str:
        return _ASPECT_LABELS[self]


_ASPECT_LABELS = {
    EvaluationAspect.KEPT_TO_TIME: QT_TRANSLATE_NOOP("EvaluationAspect", "Kept to time"),
    EvaluationAspect.GOOD_QUESTIONS: QT_TRANSLATE_NOOP("EvaluationAspect", "Asked good questions"),
    EvaluationAspect.LISTENED: QT_TRANSLATE_NOOP("EvaluationAspect", "Listened more than talked"),
    EvaluationAspect.NO_JOB_ASK: QT_TRANSLATE_NOOP("EvaluationAspect", "Did not ask for a job"),
}
_ASPECT_SHORT = {
    EvaluationAspect.KEPT_TO_TIME: QT_TRANSLATE_NOOP("EvaluationAspect", "Time"),
    EvaluationAspect.GOOD_QUESTIONS: QT_TRANSLATE_NOOP("EvaluationAspect", "Questions"),
    EvaluationAspect.LISTENED: QT_TRANSLATE_NOOP("EvaluationAspect", "Listening"),
    EvaluationAspect.NO_JOB_ASK: QT_TRANSLATE_NOOP("EvaluationAspect", "No job ask"),
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
    TakeawayWeight.GRAIN_OF_SALT: QT_TRANSLATE_NOOP("TakeawayWeight", "A grain of salt"),
    TakeawayWeight.TRUST: QT_TRANSLATE_NOOP("TakeawayWeight", "Trust it"),
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


@dataclass(slots=True)
class ThankYouNote:
    interview_id: int
    body: str = ""
    template: str = ""
    sent_on: date | None = None
    subject: str = ""


def english_day(day: date) -> str:
    """'26 Nov 2026': the day as the English export and the logs write it."""
    return f"{day.day} {day:%b %Y}"


def describe_thank_you(note: ThankYouNote | None, day_words: Callable[[date], str] = english_day) -> Text:
    """Where the thank-you note stands; ``day_words`` writes the day it was sent (the UI's locale)."""
    if note is None or (not note.body.strip() and note.sent_on is None):
        return text("ThankYouNote", QT_TRANSLATE_NOOP("ThankYouNote", "Not written yet"))
    if note.sent_on is None:
        return text("ThankYouNote", QT_TRANSLATE_NOOP("ThankYouNote", "Written, not sent yet"))
    return text("ThankYouNote", QT_TRANSLATE_NOOP("ThankYouNote", "Sent on {day}"), day=day_words(note.sent_on))
