"""When to make a backup, and which backups to keep (graded retention, as Anki keeps its collection).

Plain rules over datetimes: the store makes and deletes the files, the shell decides when to ask.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

MIN_INTERVAL = timedelta(minutes=30)


class BackupReason(enum.Enum):
    """Why a backup is made; its value is part of the file name, so it never changes."""

    PERIODIC = "auto"
    QUIT = "quit"
    WRAP_UP_FINISHED = "wrapup"
    BEFORE_MIGRATION = "migration"
    BEFORE_RESTORE = "restore"
    MANUAL = "manual"


def backup_due(
    reason: BackupReason,
    changed: bool,
    last_backup_at: datetime | None,
    now: datetime,
    min_interval: timedelta = MIN_INTERVAL,
) -> bool:
    """Whether a backup should be made now.

    While the app runs, at most one every ``min_interval`` and only when something changed. At quit
    and after a wrap-up, whenever something changed. Before a migration or a restore, and when the
    person asks, always: the data is about to be replaced or they want a copy.
    """
    if reason in (BackupReason.BEFORE_MIGRATION, BackupReason.BEFORE_RESTORE, BackupReason.MANUAL):
        return True
    if not changed:
        return False
    if reason is BackupReason.PERIODIC:
        return last_backup_at is None or now - last_backup_at >= min_interval
    return True


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """Everything from the last ``recent_days``, then the newest backup of each of ``daily`` days,
    ``weekly`` ISO weeks and ``monthly`` months before that. Preferences may change the numbers."""

    recent_days: int = 2
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def _keep_one_per_period(
    older_first: list[datetime], count: int, period: Callable[[date], Hashable], zone: tzinfo
) -> list[datetime]:
    """The newest backup of each of the ``count`` most recent periods that have one."""
    kept: list[datetime] = []
    seen: set[Hashable] = set()
    for moment in older_first:
        key = period(moment.astimezone(zone).date())
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.append(moment)
    return kept


def backups_to_keep(
    taken_at: Iterable[datetime], zone: tzinfo, now: datetime, policy: RetentionPolicy | None = None
) -> set[datetime]:
    """Which of the backups (by the moment each was taken, zone-aware) to keep.

    Days, weeks and months are the person's local ones (``zone``). Each tier only looks at backups
    older than everything the tier before it kept, so a year of backups thins out gradually.
    A backup dated in the future (a clock that jumped back) is kept: it is not ours to judge.
    """
    policy = policy or RetentionPolicy()
    newest_first = sorted(set(taken_at), reverse=True)
    recent_limit = now - timedelta(days=policy.recent_days)
    keep = {moment for moment in newest_first if moment >= recent_limit}
    remaining = [moment for moment in newest_first if moment < recent_limit]
    tiers: list[tuple[int, Callable[[date], Hashable]]] = [
        (policy.daily, lambda day: day),
        (policy.weekly, lambda day: day.isocalendar()[:2]),
        (policy.monthly, lambda day: (day.year, day.month)),
    ]
    for count, period in tiers:
        if count <= 0 or not remaining:
            continue
        kept = _keep_one_per_period(remaining, count, period, zone)
        keep.update(kept)
        oldest_kept = min(kept)
        # The next tier starts below what this one kept, in periods of its own.
        oldest_key = period(oldest_kept.astimezone(zone).date())
        remaining = [
            moment
            for moment in remaining
            if moment < oldest_kept and period(moment.astimezone(zone).date()) != oldest_key
        ]
    return keep


class BackupSchedule:
    """Remembers whether anything changed since the last backup and when that was; says when one is due.

    The shell calls ``note_change`` from the store's change feed, asks ``due`` on its 30-minute
    check, at quit and after a wrap-up, and calls ``note_backup`` when a backup has been made.
    """

    def __init__(self, last_backup_at: datetime | None, changed: bool, min_interval: timedelta = MIN_INTERVAL):
        self.last_backup_at = last_backup_at
        self.changed = changed
        self.min_interval = min_interval

    def note_change(self) -> None:
        self.changed = True

    def due(self, reason: BackupReason, now: datetime) -> bool:
        return backup_due(reason, self.changed, self.last_backup_at, now, self.min_interval)

    def note_backup(self, taken_at: datetime, changes_since_started: bool = False) -> None:
        """``changes_since_started``: a change noted while the copy was being made is not in it."""
        self.last_backup_at = taken_at
        self.changed = changes_since_started
