"""Read-only list queries in plain SQL over the standard library's sqlite3.

Lists that a view shows as soon as the app starts (Today, the occupations with their progress)
are read here rather than through SQLAlchemy, so they can be on screen before SQLAlchemy has
finished importing. Writes always go through the repositories. Each call opens a short read
transaction of its own.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.entities import (
    ActionItem,
    Interview,
    InterviewStatus,
    InterviewSummary,
    Occupation,
    OccupationProgress,
    TodaySummary,
    WrapUpState,
)
from app.core.follow_up import (
    Decision,
    DecisionKind,
    FollowUpSettings,
    LastOutreach,
    SuggestionKey,
    SuggestionKind,
    UpcomingInterview,
    ends_the_wait,
    last_contact_day_due,
    suggestions,
)
from app.core.people import PersonRow
from app.core.pipeline import channel_from_stored, outcome_from_stored
from app.core.today import DismissedFollowUp, referral_forest, start_of_day, weekly_counts, weeks_shown
from app.core.wrapup import SETTLED_STATES, STEP_ORDER, ThankYouNudge, thank_you_nudge_due
from app.store.connection import connect, read_transaction
from app.store.people_list import people_emails, people_rows

if TYPE_CHECKING:
    from app.core.clock import Clock

log = logging.getLogger(__name__)

UPCOMING_LIMIT = 50
ACTIONS_LIMIT = 50

_OCCUPATION_PROGRESS = """
SELECT o.id, o.title, o.notes, o.target_interviews,
       COALESCE(SUM(i.status = 'finished'), 0),
       COALESCE(SUM(i.status IN ('planned', 'in_progress')), 0),
       COALESCE(p.found, 0), COALESCE(p.contacted, 0), COALESCE(p.scheduled, 0), COALESCE(p.interviewed, 0)
FROM occupations AS o
LEFT JOIN interviews AS i ON i.occupation_id = o.id
LEFT JOIN (
    SELECT occupation_id,
           SUM(people) AS found,
           SUM(CASE WHEN status <> 'prospect' THEN people ELSE 0 END) AS contacted,
           SUM(CASE WHEN status IN ('scheduled', 'interviewed', 'thanked') THEN people ELSE 0 END) AS scheduled,
           SUM(CASE WHEN status IN ('interviewed', 'thanked') THEN people ELSE 0 END) AS interviewed
    FROM (
        -- People counted by status first, walking the contacts in order (CROSS JOIN keeps SQLite
        -- from looking each person up by id from the occupations' index, which is slower).
        SELECT co.occupation_id, c.status, COUNT(*) AS people
        FROM contacts AS c
        CROSS JOIN contact_occupations AS co ON co.contact_id = c.id
        GROUP BY co.occupation_id, c.status
    )
    GROUP BY occupation_id
) AS p ON p.occupation_id = o.id
WHERE o.archived = 0
GROUP BY o.id
ORDER BY o.position, o.title
"""

# An interview with the names a person reads; every interview list selects these columns, in the
# order _summary() reads them.
_SUMMARY_FROM = """
SELECT i.id, i.contact_id, i.occupation_id, i.scheduled_at, i.planned_minutes, i.reserve_minutes,
       i.location, i.status, i.started_at, i.finished_at, i.countdown_state,
       c.full_name, c.organisation, COALESCE(o.title, '')
FROM interviews AS i
JOIN contacts AS c ON c.id = i.contact_id
LEFT JOIN occupations AS o ON o.id = i.occupation_id
"""

_UPCOMING = (
    _SUMMARY_FROM
    + """
WHERE i.status IN ('planned', 'in_progress')
ORDER BY i.scheduled_at IS NULL, i.scheduled_at, i.id
LIMIT ?
"""
)

_BY_STATUS = (
    _SUMMARY_FROM
    + """
WHERE i.status = ?
ORDER BY COALESCE(i.finished_at, i.scheduled_at) DESC, i.id DESC
LIMIT ?
"""
)

_ONE = _SUMMARY_FROM + "WHERE i.id = ?"

_OPEN_ACTIONS = """
SELECT id, title, due_on, interview_id, contact_id, kind
FROM action_items
WHERE done_at IS NULL
ORDER BY due_on IS NULL, due_on, id
LIMIT ?
"""

_COUNTS = """
SELECT (SELECT COUNT(*) FROM contacts),
       (SELECT COUNT(*) FROM interviews),
       (SELECT COUNT(*) FROM interviews WHERE status = 'finished')
"""


# People marked contacted, with their latest outreach attempt (the follow-up rules' input).
# The latest logged try of each person marked contacted: an ask still unanswered is when the wait
# began, an answer or a meeting ends it (``waiting_since``, read from the log's last entry).
# Only tries made before the given time (``last_contact_day_due``) can have a suggestion due: the
# later ones are left out here, and the core rules still decide for the rest.
_WAITING_FOR_REPLY = """
SELECT c.id, c.full_name, c.occupation_id, COALESCE(o.title, ''), a.attempted_at, a.channel, a.outcome
FROM contacts AS c
JOIN outreach_attempts AS a ON a.id = (
    SELECT latest.id FROM outreach_attempts AS latest WHERE latest.contact_id = c.id
    ORDER BY latest.attempted_at DESC, latest.id DESC LIMIT 1
)
LEFT JOIN occupations AS o ON o.id = c.occupation_id
WHERE c.status = 'contacted' AND a.attempted_at < ?
ORDER BY c.id
"""

_SOON_TO_CONFIRM = """
SELECT i.id, i.contact_id, c.full_name, i.scheduled_at
FROM interviews AS i
JOIN contacts AS c ON c.id = i.contact_id
WHERE i.status = 'planned' AND i.scheduled_at > ? AND i.scheduled_at <= ?
ORDER BY i.scheduled_at, i.id
"""

_DECISIONS = "SELECT kind, subject_id, due_on, decision, until, decided_at FROM suggestion_decisions"

_FOLLOW_UP_SETTINGS = "SELECT value FROM app_settings WHERE key = 'follow_up'"

_THANK_YOU_NOT_SENT = """
SELECT i.id, i.contact_id, c.full_name, i.finished_at, n.sent_on, s.state
FROM interviews AS i
JOIN contacts AS c ON c.id = i.contact_id
LEFT JOIN thank_you_notes AS n ON n.interview_id = i.id
LEFT JOIN wrapup_steps AS s ON s.interview_id = i.id AND s.step = 'thank_you_note'
WHERE i.status = 'finished' AND i.finished_at IS NOT NULL AND n.sent_on IS NULL
ORDER BY i.finished_at, i.id
"""

_SETTLED_STEPS = len(STEP_ORDER)
_UNFINISHED_WRAPUPS = f"""
SELECT i.id
FROM interviews AS i
WHERE i.status = 'finished'
  AND (SELECT COUNT(*) FROM wrapup_steps AS s
       WHERE s.interview_id = i.id
         AND s.state IN ({", ".join(f"'{state.value}'" for state in sorted(SETTLED_STATES))})
         AND s.step IN ({", ".join(f"'{step.value}'" for step in STEP_ORDER)})) < {_SETTLED_STEPS}
ORDER BY i.finished_at, i.id
"""

_CHECKLIST_TICKED = """
SELECT m.interview_id, m.item_key
FROM interview_checklist AS m
JOIN interviews AS i ON i.id = m.interview_id
WHERE m.done = 1 AND i.status IN ('planned', 'in_progress')
"""

# When an interview was held: its start, else its planned time, else its end.
_HELD_SINCE = """
SELECT COALESCE(started_at, scheduled_at, finished_at)
FROM interviews
WHERE status = 'finished' AND COALESCE(started_at, scheduled_at, finished_at) >= ?
"""

_REFERRAL_ROWS = """
SELECT id, full_name, status, referred_by_id
FROM contacts
WHERE referred_by_id IS NOT NULL
   OR id IN (SELECT referred_by_id FROM contacts WHERE referred_by_id IS NOT NULL)
"""

_DISMISSED_COUNT = "SELECT COUNT(*) FROM suggestion_decisions WHERE decision = 'dismissed'"

_DISMISSED = """
SELECT d.kind, d.subject_id, d.due_on, d.decided_at, COALESCE(c.full_name, ic.full_name, '')
FROM suggestion_decisions AS d
LEFT JOIN contacts AS c ON d.kind <> 'confirm_time' AND c.id = d.subject_id
LEFT JOIN interviews AS i ON d.kind = 'confirm_time' AND i.id = d.subject_id
LEFT JOIN contacts AS ic ON ic.id = i.contact_id
WHERE d.decision = 'dismissed'
ORDER BY d.decided_at DESC, d.id DESC
"""

# Interviews further ahead than this cannot be "tomorrow" in any zone.
CONFIRM_LOOKAHEAD = timedelta(days=3)


def _db_time(value: datetime) -> str:
    """An aware time as the database keeps it (naive UTC text), for comparing in a query."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _settings(row: tuple | None) -> FollowUpSettings:
    """The follow-up business days saved in the preferences; a missing or unusable number takes
    its default (as the settings repository reads them)."""
    if row is None:
        return FollowUpSettings()
    try:
        stored = json.loads(row[0])
    except ValueError:
        log.warning("the follow-up preferences are not JSON; using the defaults")
        return FollowUpSettings()
    values = {}
    for setting in fields(FollowUpSettings):
        if isinstance(stored, dict) and setting.name in stored:
            try:
                FollowUpSettings(**{setting.name: stored[setting.name]})
            except (ValueError, TypeError):
                continue
            values[setting.name] = stored[setting.name]
    try:
        return FollowUpSettings(**values)
    except ValueError:  # each number fine alone
        return FollowUpSettings()


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _summary(row: tuple) -> InterviewSummary:
    """A row selected through _SUMMARY_FROM."""
    return InterviewSummary(
        Interview(
            id=row[0],
            contact_id=row[1],
            occupation_id=row[2],
            scheduled_at=_time(row[3]),
            planned_minutes=row[4],
            reserve_minutes=row[5],
            location=row[6],
            status=InterviewStatus(row[7]),
            started_at=_time(row[8]),
            finished_at=_time(row[9]),
            countdown_state=row[10],
        ),
        contact_name=row[11],
        organisation=row[12],
        occupation_title=row[13],
    )


class ReadModels:
    def __init__(self, database: Path) -> None:
        self._database = database

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection inside one read transaction (BEGIN before the first SELECT)."""
        with closing(connect(self._database, read_only=True)) as connection, read_transaction(connection):
            yield connection

    def occupation_progress(self) -> list[OccupationProgress]:
        with self._read() as connection:
            return self._occupation_progress(connection)

    @staticmethod
    def _occupation_progress(connection: sqlite3.Connection) -> list[OccupationProgress]:
        return [
            OccupationProgress(
                Occupation(id=row[0], title=row[1], notes=row[2], target_interviews=row[3]),
                finished_interviews=row[4],
                planned_interviews=row[5],
                found=row[6],
                contacted=row[7],
                scheduled=row[8],
                interviewed=row[9],
            )
            for row in connection.execute(_OCCUPATION_PROGRESS)
        ]

    def interviews_with_status(self, status: InterviewStatus, limit: int = 500) -> list[InterviewSummary]:
        """The most recent interviews in one status, newest first."""
        with self._read() as connection:
            return [_summary(row) for row in connection.execute(_BY_STATUS, (InterviewStatus(status).value, limit))]

    def interview_summary(self, interview_id: int) -> InterviewSummary:
        with self._read() as connection:
            row = connection.execute(_ONE, (interview_id,)).fetchone()
        if row is None:
            raise LookupError(f"interview {interview_id}")
        return _summary(row)

    def today(self, clock: Clock | None = None, first_weekday: int = 0) -> TodaySummary:
        """Everything Today shows, read in one transaction. Without ``clock`` only what does not
        depend on the day is read (the lists and counts, but no follow-ups, reminders or weeks).
        ``first_weekday`` (Monday = 0) is where the person's weeks start."""
        with self._read() as connection:  # one snapshot for every part of the summary
            upcoming = [_summary(row) for row in connection.execute(_UPCOMING, (UPCOMING_LIMIT,))]
            actions = [
                ActionItem(
                    id=row[0], title=row[1], due_on=_date(row[2]), interview_id=row[3], contact_id=row[4], kind=row[5]
                )
                for row in connection.execute(_OPEN_ACTIONS, (ACTIONS_LIMIT,))
            ]
            contacts, interviews, finished = connection.execute(_COUNTS).fetchone()
            summary = TodaySummary(
                upcoming=upcoming,
                due_actions=actions,
                occupations=self._occupation_progress(connection),
                contact_count=contacts,
                interview_count=interviews,
                finished_count=finished,
            )
            upcoming_ids = {row.interview.id for row in upcoming}
            ticked: dict[int, set[str]] = {}
            for interview_id, key in connection.execute(_CHECKLIST_TICKED):
                if interview_id in upcoming_ids:
                    ticked.setdefault(interview_id, set()).add(key)
            summary.checklist_ticked = {interview_id: frozenset(keys) for interview_id, keys in ticked.items()}
            summary.referrals = referral_forest(connection.execute(_REFERRAL_ROWS))
            summary.dismissed_count = connection.execute(_DISMISSED_COUNT).fetchone()[0]
            summary.unfinished_wrapups = [row[0] for row in connection.execute(_UNFINISHED_WRAPUPS)]
            if clock is not None:
                self._fill_dated(connection, summary, clock, first_weekday)
            return summary

    def _fill_dated(self, connection: sqlite3.Connection, summary: TodaySummary, clock: Clock, first_weekday: int):
        """The parts of Today that depend on the day: follow-ups, thank-you notes due, the weeks."""
        now, today, zone = clock.now(), clock.today(), clock.local_zone()
        settings = _settings(connection.execute(_FOLLOW_UP_SETTINGS).fetchone())
        waiting = []
        ended: dict[tuple[str, str], bool] = {}  # a few kinds of entry, thousands of people
        might_be_due_before = start_of_day(last_contact_day_due(today, settings) + timedelta(days=1), zone)
        for contact_id, name, occupation_id, title, at, channel, outcome in connection.execute(
            _WAITING_FOR_REPLY, (_db_time(might_be_due_before),)
        ):
            if (channel, outcome) not in ended:
                ended[channel, outcome] = ends_the_wait(channel_from_stored(channel), outcome_from_stored(outcome))
            if not ended[channel, outcome]:
                waiting.append(LastOutreach(contact_id, name, occupation_id, title, _time(at)))
        soon = [
            UpcomingInterview(interview_id, contact_id, name, _time(at))
            for interview_id, contact_id, name, at in connection.execute(
                _SOON_TO_CONFIRM, (_db_time(now), _db_time(now + CONFIRM_LOOKAHEAD))
            )
        ]
        decisions = [
            Decision(
                key=SuggestionKey(SuggestionKind(kind), subject_id, date.fromisoformat(due_on)),
                kind=DecisionKind(decision),
                until=_date(until),
                decided_at=_time(decided_at),
            )
            for kind, subject_id, due_on, decision, until, decided_at in connection.execute(_DECISIONS)
        ]
        summary.follow_up_settings = settings
        summary.follow_ups = suggestions(waiting, soon, decisions, today, zone, settings)
        nudges = []
        for interview_id, contact_id, name, finished_at, sent_on, state in connection.execute(_THANK_YOU_NOT_SENT):
            finished = _time(finished_at)
            step_state = WrapUpState(state) if state else WrapUpState.PENDING
            if thank_you_nudge_due(finished, _date(sent_on), now, step_state):
                nudges.append(ThankYouNudge(interview_id, contact_id, name, finished))
        summary.thank_you_nudges = nudges
        first_week = weeks_shown(today, first_weekday=first_weekday)[0]
        since = start_of_day(first_week, zone)
        held = [_time(row[0]) for row in connection.execute(_HELD_SINCE, (_db_time(since),))]
        summary.interviews_per_week = weekly_counts(held, today, zone, first_weekday=first_weekday)

    def dismissed_follow_ups(self) -> list[DismissedFollowUp]:
        """The follow-up suggestions dismissed, the most recent first, with whom each was about."""
        with self._read() as connection:
            return [
                DismissedFollowUp(
                    SuggestionKey(SuggestionKind(kind), subject_id, date.fromisoformat(due_on)), name, _time(decided_at)
                )
                for kind, subject_id, due_on, decided_at, name in connection.execute(_DISMISSED)
            ]

    def people(self) -> list[PersonRow]:
        """Everyone as the People list shows them, in one read (see app/store/people_list.py)."""
        with self._read() as connection:
            return people_rows(connection)

    def people_emails(self) -> dict[int, str]:
        """Every person's emails, by person, for filtering the People list."""
        with self._read() as connection:
            return people_emails(connection)

    def person_row(self, contact_id: int) -> PersonRow | None:
        """One person as the People list shows them (None once they are gone)."""
        with self._read() as connection:
            rows = people_rows(connection, contact_id)
        return rows[0] if rows else None
