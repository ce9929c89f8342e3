"""The product's nouns as plain dataclasses. The store hands these out; widgets show them.

Ids are ``None`` until the store has saved the thing. Datetimes are timezone-aware UTC;
dates (due dates, "sent on") are plain ``date``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.core.follow_up import FollowUpSettings, Suggestion
    from app.core.today import ReferralNode, WeekCount
    from app.core.wrapup import ThankYouNudge


class ContactSource(StrEnum):
    """Where a prospect's name came from."""

    FRIEND = "friend"
    FAMILY = "family"
    NEIGHBOUR = "neighbour"
    SUPERVISOR = "supervisor"
    COWORKER = "coworker"
    DIRECTORY = "directory"
    REFERRAL = "referral"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


class ContactStatus(StrEnum):
    """Where a person stands in the pipeline: to contact -> contacted -> scheduled ->
    interviewed -> thanked, or off it (declined, no reply). Stored by value."""

    PROSPECT = "prospect"  # shown as "To contact"
    CONTACTED = "contacted"
    SCHEDULED = "scheduled"
    INTERVIEWED = "interviewed"
    THANKED = "thanked"
    DECLINED = "declined"
    NO_REPLY = "no_reply"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


def status_after_scheduling(status: ContactStatus) -> ContactStatus:
    """A person with an interview booked is "scheduled", unless they are already further along
    (interviewed) or said no; scheduling never moves anyone backwards."""
    if status in (ContactStatus.PROSPECT, ContactStatus.CONTACTED, ContactStatus.NO_REPLY):
        return ContactStatus.SCHEDULED
    return status


def same_occupation_title(first: str, second: str) -> bool:
    """Two titles name the same occupation when they differ only in case and surrounding spaces."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


_SOURCE_LABELS = {
    ContactSource.FRIEND: QT_TRANSLATE_NOOP("ContactSource", "Friend"),
    ContactSource.FAMILY: QT_TRANSLATE_NOOP("ContactSource", "Family"),
    ContactSource.NEIGHBOUR: QT_TRANSLATE_NOOP("ContactSource", "Neighbour"),
    ContactSource.SUPERVISOR: QT_TRANSLATE_NOOP("ContactSource", "Supervisor"),
    ContactSource.COWORKER: QT_TRANSLATE_NOOP("ContactSource", "Coworker"),
    ContactSource.DIRECTORY: QT_TRANSLATE_NOOP("ContactSource", "Directory"),
    ContactSource.REFERRAL: QT_TRANSLATE_NOOP("ContactSource", "Referral"),
    ContactSource.OTHER: QT_TRANSLATE_NOOP("ContactSource", "Other"),
}
_STATUS_LABELS = {
    ContactStatus.PROSPECT: QT_TRANSLATE_NOOP("ContactStatus", "To contact"),
    ContactStatus.CONTACTED: QT_TRANSLATE_NOOP("ContactStatus", "Contacted"),
    ContactStatus.SCHEDULED: QT_TRANSLATE_NOOP("ContactStatus", "Scheduled"),
    ContactStatus.INTERVIEWED: QT_TRANSLATE_NOOP("ContactStatus", "Interviewed"),
    ContactStatus.THANKED: QT_TRANSLATE_NOOP("ContactStatus", "Thanked"),
    ContactStatus.DECLINED: QT_TRANSLATE_NOOP("ContactStatus", "Declined"),
    ContactStatus.NO_REPLY: QT_TRANSLATE_NOOP("ContactStatus", "No reply"),
}


class InterviewStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class QuestionState(StrEnum):
    PENDING = "pending"
    ASKED = "asked"
    SKIPPED = "skipped"


class Tiara(StrEnum):
    """The TIARA framework: Trends, Insights, Advice, Resources, Assignments."""

    TRENDS = "trends"
    INSIGHTS = "insights"
    ADVICE = "advice"
    RESOURCES = "resources"
    ASSIGNMENTS = "assignments"


class WrapUpState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"
    LATER = "later"


class TakeawayWeight(StrEnum):
    GRAIN_OF_SALT = "salt"
    TRUST = "trust"


DEFAULT_PLANNED_MINUTES = 20
DEFAULT_RESERVE_MINUTES = 5
INTERVIEWS_PER_OCCUPATION = 3


@dataclass(slots=True)
class Occupation:
    title: str
    notes: str = ""
    target_interviews: int = INTERVIEWS_PER_OCCUPATION
    id: int | None = None


@dataclass(slots=True)
class OccupationProgress:
    """An occupation with how many of its interviews have happened, and how far its people have
    come toward the target (each count includes the people further along: a person scheduled was
    contacted too)."""

    occupation: Occupation
    finished_interviews: int
    planned_interviews: int
    found: int = 0  # people listed for the occupation
    contacted: int = 0  # asked for an interview (anyone past "to contact")
    scheduled: int = 0  # an interview booked, held or thanked for
    interviewed: int = 0  # interviewed (and perhaps thanked)


@dataclass(slots=True)
class Contact:
    full_name: str
    source: ContactSource = ContactSource.OTHER
    how_got_name: str = ""
    organisation: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""
    notes: str = ""
    status: ContactStatus = ContactStatus.PROSPECT
    occupation_id: int | None = None  # the first of ``occupation_ids`` (kept for older callers)
    referred_by_id: int | None = None
    may_use_referrer_name: bool | None = None
    card_image_path: str = ""
    id: int | None = None
    given_name: str = ""  # the name as a vCard's N holds it: its given part(s)
    family_name: str = ""  # and its family part(s)
    occupation_ids: list[int] = field(default_factory=list)  # every occupation, in the user's order

    def __post_init__(self) -> None:
        self.occupation_ids = occupations_of(self)
        self.occupation_id = self.occupation_ids[0] if self.occupation_ids else None


def occupations_of(contact: Contact) -> list[int]:
    """The person's occupations in order, with ``occupation_id`` first.

    ``occupation_ids`` is what counts. An older caller that sets only ``occupation_id`` to one not
    listed gets it first, before the others. Ids repeat at most once.
    """
    first = contact.occupation_id
    extra = [first] if first is not None and first not in contact.occupation_ids else []
    ids: list[int] = []
    for occupation_id in extra + list(contact.occupation_ids):
        if occupation_id not in ids:
            ids.append(occupation_id)
    return ids


def composed_name(given_name: str, family_name: str) -> str:
    """The name shown, from its given and family parts ("Ada" and "Lovelace" give "Ada Lovelace")."""
    return " ".join(" ".join(part.split()) for part in (given_name, family_name) if part.strip())


@dataclass(slots=True)
class Interview:
    contact_id: int
    occupation_id: int | None = None
    scheduled_at: datetime | None = None
    planned_minutes: int = DEFAULT_PLANNED_MINUTES
    reserve_minutes: int = DEFAULT_RESERVE_MINUTES
    location: str = ""
    video_link: str = ""  # held by video: the link to join (beside, or instead of, a place)
    status: InterviewStatus = InterviewStatus.PLANNED
    started_at: datetime | None = None
    finished_at: datetime | None = None
    # The countdown's own serialised state (start instant, pauses, adjustments); the
    # countdown module owns its format.
    countdown_state: str | None = None
    # Its calendar event, kept by the store: the uid never changes, the sequence rises on every
    # reschedule (a new time, length, place or link), so calendars replace the older export.
    calendar_uid: str = ""
    calendar_sequence: int = 0
    id: int | None = None


@dataclass(slots=True)
class InterviewSummary:
    """One line of an interview list: the interview plus the names a person reads."""

    interview: Interview
    contact_name: str
    organisation: str
    occupation_title: str


@dataclass(slots=True)
class ActionItem:
    title: str
    due_on: date | None = None
    interview_id: int | None = None
    contact_id: int | None = None
    kind: str = "other"
    done_at: datetime | None = None
    id: int | None = None

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


@dataclass(slots=True)
class TodaySummary:
    """What the home view shows."""

    upcoming: list[InterviewSummary] = field(default_factory=list)
    due_actions: list[ActionItem] = field(default_factory=list)
    occupations: list[OccupationProgress] = field(default_factory=list)
    contact_count: int = 0
    interview_count: int = 0
    finished_count: int = 0
    # Read with a clock (``ReadModels.today(clock)``); empty without one.
    follow_ups: list[Suggestion] = field(default_factory=list)  # due, less snoozed and dismissed
    dismissed_count: int = 0  # follow-ups dismissed, kept as history
    follow_up_settings: FollowUpSettings | None = None  # the business days the follow-ups were counted with
    thank_you_nudges: list[ThankYouNudge] = field(default_factory=list)
    unfinished_wrapups: list[int] = field(default_factory=list)  # interview ids, oldest first
    checklist_ticked: dict[int, frozenset[str]] = field(default_factory=dict)  # upcoming interview -> item keys
    interviews_per_week: list[WeekCount] = field(default_factory=list)  # oldest week first
    referrals: list[ReferralNode] = field(default_factory=list)  # who led to whom


@dataclass(slots=True)
class PickedQuestion:
    """A question chosen for one interview, in order. Its text is a copy taken when picked."""

    interview_id: int
    text: str
    position: int
    category: str = ""
    tiara: Tiara = Tiara.INSIGHTS
    minutes: float = 2.0
    state: QuestionState = QuestionState.PENDING
    answer: str = ""
    question_id: int | None = None
    id: int | None = None


class ContactInUse(Exception):
    """The person has interviews, which hold notes; removing them would lose those."""
