"""What Today works out from the rows it reads: interviews per week in the person's zone, and who
led to whom (the referral tree).

Plain data in, plain data out: the store reads the rows, the UI draws the result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.core.follow_up import SuggestionKey

WEEKS_SHOWN = 12
MONDAY = 0


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Interviews held in the week that starts on ``start`` (a day in the person's zone)."""

    start: date
    count: int


def week_start(day: date, first_weekday: int = MONDAY) -> date:
    """The first day of the week ``day`` is in; ``first_weekday`` counts from Monday = 0."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def weeks_shown(today: date, weeks: int = WEEKS_SHOWN, first_weekday: int = MONDAY) -> list[date]:
    """The first days of the last ``weeks`` weeks, oldest first, the current week last."""
    current = week_start(today, first_weekday)
    return [current - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def start_of_day(day: date, zone: tzinfo) -> datetime:
    """Midnight at the start of ``day`` in ``zone``, as an aware UTC time (what a query compares)."""
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def weekly_counts(
    moments: Iterable[datetime],
    today: date,
    zone: tzinfo,
    weeks: int = WEEKS_SHOWN,
    first_weekday: int = MONDAY,
) -> list[WeekCount]:
    """How many of ``moments`` (aware) fall in each of the last ``weeks`` weeks, counted by the
    person's calendar day in ``zone``, so an interview late on a Sunday evening is in that week
    whatever the UTC date, and a week with a daylight-saving change is still one week."""
    starts = weeks_shown(today, weeks, first_weekday)
    counts = dict.fromkeys(starts, 0)
    for moment in moments:
        start = week_start(moment.astimezone(zone).date(), first_weekday)
        if start in counts:
            counts[start] += 1
    return [WeekCount(start, counts[start]) for start in starts]


@dataclass(slots=True)
class ReferralNode:
    """A person in the referral tree with the people their name led to."""

    contact_id: int
    name: str
    status: str  # a ContactStatus value
    children: list[ReferralNode] = field(default_factory=list)

    def size(self) -> int:
        """This person and everyone below them."""
        count, stack = 0, [self]
        while stack:
            node = stack.pop()
            count += 1
            stack.extend(node.children)
        return count


@dataclass(frozen=True, slots=True)
class ReferralRow:
    contact_id: int
    name: str
    status: str
    referred_by_id: int | None


def referral_forest(rows: Iterable[ReferralRow]) -> list[ReferralNode]:
    """The people who referred someone or were referred, as trees from the people at the top of
    each chain. A chain that loops back on itself (A referred by B, B by A) starts at its first
    person by id, so everyone appears once. Roots and children are in name order."""
    rows = list(rows)
    by_id = {row.contact_id: ReferralNode(row.contact_id, row.name, row.status) for row in rows}
    parent_of = {
        row.contact_id: row.referred_by_id
        for row in rows
        if row.referred_by_id is not None and row.referred_by_id in by_id and row.referred_by_id != row.contact_id
    }
    roots = [contact_id for contact_id in by_id if contact_id not in parent_of]
    placed: set[int] = set()
    children: dict[int, list[int]] = {}
    for child, parent in parent_of.items():
        children.setdefault(parent, []).append(child)

    def attach(contact_id: int) -> None:
        stack = [contact_id]
        placed.add(contact_id)
        while stack:
            current = stack.pop()
            for child in children.get(current, []):
                if child not in placed:
                    placed.add(child)
                    by_id[current].children.append(by_id[child])
                    stack.append(child)

    for root in sorted(roots):
        attach(root)
    for contact_id in sorted(by_id):  # what is left is in loops
        if contact_id not in placed:
            roots.append(contact_id)
            attach(contact_id)

    def name_key(node: ReferralNode) -> tuple[str, int]:
        return node.name.casefold(), node.contact_id

    for node in by_id.values():
        node.children.sort(key=name_key)
    return sorted((by_id[root] for root in roots), key=name_key)


@dataclass(frozen=True, slots=True)
class DismissedFollowUp:
    """A follow-up suggestion the person dismissed, with the name of whom it was about."""

    key: SuggestionKey
    contact_name: str
    dismissed_at: datetime | None
