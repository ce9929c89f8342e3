"""What Today works out from the rows it reads: interviews per week in the person's zone, and who
led to whom (the referral tree).

Plain data in, plain data out: the store reads the rows, the UI draws the result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple

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
    led_to: int = 0  # everyone below, directly or down the chain (set by ``referral_forest``)

    def size(self) -> int:
        """This person and everyone below them."""
        return 1 + self.led_to


class ReferralRow(NamedTuple):
    contact_id: int
    name: str
    status: str
    referred_by_id: int | None


def referral_forest(rows: Iterable[tuple[int, str, str, int | None]]) -> list[ReferralNode]:
    """The people who referred someone or were referred (``ReferralRow``s, or plain tuples in that
    order), as trees from the people at the top of each chain. A chain that loops back on itself
    (A referred by B, B by A) starts at its first person by id, so everyone appears once. Roots and
    children are in name order."""
    nodes: dict[int, ReferralNode] = {}
    referrers: dict[int, int] = {}
    for contact_id, name, status, referred_by_id in rows:
        nodes[contact_id] = ReferralNode(contact_id, name, status)
        if referred_by_id is not None and referred_by_id != contact_id:
            referrers[contact_id] = referred_by_id
    children: dict[int, list[int]] = {}
    for child, parent in referrers.items():
        if parent in nodes:
            children.setdefault(parent, []).append(child)
    roots = sorted(contact_id for contact_id in nodes if referrers.get(contact_id) not in nodes)
    placed: set[int] = set()

    def attach(root: int) -> None:
        placed.add(root)
        stack = [root]
        while stack:
            current = stack.pop()
            node = nodes[current]
            for child in children.get(current, ()):
                if child not in placed:
                    placed.add(child)
                    node.children.append(nodes[child])
                    stack.append(child)

    for root in roots:
        attach(root)
    if len(placed) < len(nodes):  # what is left is in loops
        for contact_id in sorted(nodes):
            if contact_id not in placed:
                roots.append(contact_id)
                attach(contact_id)

    def name_key(node: ReferralNode) -> tuple[str, int]:
        return node.name.casefold(), node.contact_id

    forest = sorted((nodes[root] for root in roots), key=name_key)
    order: list[ReferralNode] = []
    stack = list(forest)
    while stack:
        node = stack.pop()
        order.append(node)
        if len(node.children) > 1:
            node.children.sort(key=name_key)
        stack.extend(node.children)
    for node in reversed(order):  # children before their parents
        if node.children:
            led_to = len(node.children)
            for child in node.children:
                led_to += child.led_to
            node.led_to = led_to
    return forest


@dataclass(frozen=True, slots=True)
class DismissedFollowUp:
    """A follow-up suggestion the person dismissed, with the name of whom it was about."""

    key: SuggestionKey
    contact_name: str
    dismissed_at: datetime | None
