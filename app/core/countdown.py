"""The interview countdown: a state machine over steady timestamps, with stages and overtime.

States: NOT_STARTED -> RUNNING <-> PAUSED -> FINISHED (restart goes back to RUNNING from zero;
reopen, for a resumed interview, goes back to RUNNING from where the count stopped).
Stages follow the time left: ON_TRACK, WRAP_UP (at 5:00 left by default), LAST_MINUTES (2:00),
OVERTIME (after 0:00, counting up). An interview shorter than the planned length in the settings
has its warnings scaled down with it (see with_planned_minutes).

Time is never counted in ticks. The countdown keeps the steady reading (``clock.elapsed()``,
which includes suspend) at which the current running stretch began plus the seconds banked by
earlier stretches; everything shown is derived from those. A timer only decides *when* to look.
Which steady clock that is per platform (CLOCK_BOOTTIME on Linux, and what stands in for it
elsewhere) is decided and explained in app/core/clock.py; wall-clock jumps never reach it.

Display rounding: before zero the digits show the remaining time rounded *up* (20:00 stays on
screen for the whole first second, and 00:01 is the last second before time is up); from zero on
they show the overtime rounded *down* ("00:00" for the first second, then "+00:01"). So every
value is on screen for exactly one second and the stage words always agree with the digits. The
minutes in the words are the whole minutes on the digits (16:10 says "16 min left"), and under a
minute they say "under 1 min left" rather than round up to a minute that is not there.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum

from app.core.clock import Clock
from app.core.i18n import QT_TRANSLATE_NOOP, Text, text, translate

STATE_FORMAT_VERSION = 1
# Adjustments never make the planned length silly: at least one minute, at most four hours.
MIN_TOTAL_SECONDS = 60
MAX_TOTAL_SECONDS = 4 * 60 * 60


class CountdownState(Enum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class CountdownStage(Enum):
    ON_TRACK = "on_track"
    WRAP_UP = "wrap_up"
    LAST_MINUTES = "last_minutes"
    OVERTIME = "overtime"

    @property
    def label(self) -> str:
        return STAGE_TITLES[self]


STAGE_TITLES = {
    CountdownStage.ON_TRACK: QT_TRANSLATE_NOOP("CountdownStage", "On track"),
    CountdownStage.WRAP_UP: QT_TRANSLATE_NOOP("CountdownStage", "Wrap up"),
    CountdownStage.LAST_MINUTES: QT_TRANSLATE_NOOP("CountdownStage", "Last minutes"),
    CountdownStage.OVERTIME: QT_TRANSLATE_NOOP("CountdownStage", "Overtime"),
}


class CountdownSettingsError(ValueError):
    """Settings that cannot work together; the message says which."""


class CountdownStateError(ValueError):
    """A saved countdown state that cannot be read; the message says why."""


@dataclass(frozen=True, slots=True)
class CountdownSettings:
    planned_seconds: int = 20 * 60
    wrap_up_seconds: int = 5 * 60
    last_minutes_seconds: int = 2 * 60
    sound_enabled: bool = False

    def __post_init__(self) -> None:
        for name in ("planned_seconds", "wrap_up_seconds", "last_minutes_seconds"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise CountdownSettingsError(f"{name} must be a whole number of seconds")
        if not MIN_TOTAL_SECONDS <= self.planned_seconds <= MAX_TOTAL_SECONDS:
            raise CountdownSettingsError("the planned length must be between 1 minute and 4 hours")
        if not 0 < self.last_minutes_seconds < self.wrap_up_seconds:
            raise CountdownSettingsError("the last-minutes warning must come after the wrap-up warning")
        if self.wrap_up_seconds >= self.planned_seconds:
            raise CountdownSettingsError("the wrap-up warning must come after the start")
        if not isinstance(self.sound_enabled, bool):
            raise CountdownSettingsError("sound_enabled must be true or false")


def format_clock(seconds: int) -> str:
    """Whole seconds as MM:SS (minutes may pass 59: 75:00)."""
    minutes, secs = divmod(abs(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def _stage_title(stage: CountdownStage) -> Text:
    """The stage's title, marked under the enum's name (the UI translates it inside the words)."""
    return text("CountdownStage", STAGE_TITLES[stage])


def _stage_words(stage: CountdownStage, shown_seconds: int) -> Text:
    """The stage and the time left as the digits show it, in whole minutes: "On track — 16 min left"
    for 16:10; under a minute, "… — under 1 min left"."""
    minutes = shown_seconds // 60
    if not minutes:
        return translate("Countdown", "{stage} — under 1 min left").with_values(stage=_stage_title(stage))
    return translate("Countdown", "{stage} — %n min left", None, minutes).with_values(stage=_stage_title(stage))


def _overtime_words(shown_seconds: int) -> Text:
    """At 0:00 "Time is up"; after it, the overtime as the digits show it: "Overtime +01:12"."""
    if shown_seconds == 0:
        return translate("Countdown", "Time is up")
    return translate("Countdown", "Overtime +{time}").with_values(time=format_clock(-shown_seconds))


def _paused(words: Text) -> Text:
    return translate("Countdown", "Paused · {words}").with_values(words=words)


def _finished_words(ran_seconds: int) -> Text:
    """How long a finished countdown ran: "Finished after 21 min 2 s", "Finished after 40 s"."""
    minutes, secs = divmod(ran_seconds, 60)
    if ran_seconds <= 0:
        return translate("Countdown", "Finished")
    if not minutes:
        return translate("Countdown", "Finished after %n s", None, secs)
    if not secs:
        return translate("Countdown", "Finished after %n min", None, minutes)
    return translate("Countdown", "Finished after %n min {seconds} s", None, minutes).with_values(seconds=secs)


def _ready_words(total_seconds: int) -> Text:
    minutes = total_seconds // 60
    return translate("Countdown", "Ready — %n min planned", None, minutes)


def word_shapes() -> tuple[Text, ...]:
    """One sample of every shape of words the countdown can show, at its widest values, so that
    a display can size its font once (for the widest, once translated) and never grow and shrink
    each minute."""
    running = [
        _stage_words(stage, seconds)
        for stage in STAGE_TITLES
        if stage is not CountdownStage.OVERTIME
        for seconds in (59, MAX_TOTAL_SECONDS - 1)
    ]
    running += [_overtime_words(0), _overtime_words(-(100 * 60 - 1))]
    return (
        *running,
        *(_paused(words) for words in running),
        _ready_words(MAX_TOTAL_SECONDS),
        _finished_words(MAX_TOTAL_SECONDS - 1),
    )


@dataclass(frozen=True, slots=True)
class CountdownSnapshot:
    """What the countdown shows at one instant; the UI renders this and nothing else."""

    state: CountdownState
    stage: CountdownStage
    remaining_seconds: float  # negative in overtime
    elapsed_seconds: float  # running time so far (pauses excluded)
    total_seconds: int  # planned length with adjustments
    digits: str  # "14:32", "00:00", "+01:12"
    words: Text  # "Wrap up — 5 min left", "Overtime +01:12", "Paused · On track — 12 min left", "Finished after 21 min"
    next_boundary: float | None  # steady reading when the digits next change; None unless running


@dataclass(slots=True)
class _Record:
    """The persisted facts. Everything else is derived from these and the clock."""

    planned_seconds: int
    state: CountdownState = CountdownState.NOT_STARTED
    adjustments: list[int] = field(default_factory=list)
    banked_seconds: float = 0.0  # running time of finished stretches
    started_at: str | None = None  # wall instant of the first start, for the record
    segment_steady: float | None = None  # steady reading when the current stretch began
    segment_wall: str | None = None  # wall instant of the same moment
    segment_boot: str | None = None  # boot the steady reading belongs to
    pauses: list[str] = field(default_factory=list)  # wall instants of each pause, for the record


class Countdown:
    """One interview's countdown. Every method reads the injected clock; none sleeps or ticks."""

    def __init__(self, clock: Clock, settings: CountdownSettings | None = None) -> None:
        self._clock = clock
        self._settings = settings or CountdownSettings()
        self._record = _Record(planned_seconds=self._settings.planned_seconds)

    # ----- reading -------------------------------------------------------------------------

    @property
    def settings(self) -> CountdownSettings:
        return self._settings

    @property
    def state(self) -> CountdownState:
        return self._record.state

    @property
    def total_seconds(self) -> int:
        return self._record.planned_seconds + sum(self._record.adjustments)

    def elapsed_seconds(self) -> float:
        record = self._record
        if record.state is CountdownState.RUNNING and record.segment_steady is not None:
            return record.banked_seconds + max(0.0, self._clock.elapsed() - record.segment_steady)
        return record.banked_seconds

    def remaining_seconds(self) -> float:
        return self.total_seconds - self.elapsed_seconds()

    def stage(self) -> CountdownStage:
        return self._stage_for(self.remaining_seconds())

    def elapsed_text(self) -> str:
        """Running time so far as MM:SS ("07:42"), for time stamps in notes."""
        return format_clock(math.floor(self.elapsed_seconds() + 1e-9))

    def snapshot(self) -> CountdownSnapshot:
        steady = self._clock.elapsed()
        remaining = self.remaining_seconds()
        shown = self._shown_seconds(remaining)
        stage = self._stage_for(remaining)
        if shown > 0:
            digits = format_clock(shown)
        elif shown == 0:
            digits = "00:00"
        else:
            digits = "+" + format_clock(-shown)
        words = self._words(stage, shown)
        next_boundary = None
        if self._record.state is CountdownState.RUNNING:
            next_boundary = steady + self._seconds_to_next_flip(remaining)
        return CountdownSnapshot(
            state=self._record.state,
            stage=stage,
            remaining_seconds=remaining,
            elapsed_seconds=self.elapsed_seconds(),
            total_seconds=self.total_seconds,
            digits=digits,
            words=words,
            next_boundary=next_boundary,
        )

    def seconds_to_next_boundary(self) -> float | None:
        """Steady seconds until the digits change, or None when they cannot change by themselves."""
        if self._record.state is not CountdownState.RUNNING:
            return None
        return self._seconds_to_next_flip(self.remaining_seconds())

    # ----- transitions ---------------------------------------------------------------------

    def start(self) -> bool:
        """Start, or resume after a pause. Returns False when there was nothing to do."""
        record = self._record
        if record.state not in (CountdownState.NOT_STARTED, CountdownState.PAUSED):
            return False
        if record.started_at is None:
            record.started_at = self._clock.now().isoformat()
        self._begin_segment()
        record.state = CountdownState.RUNNING
        return True

    def pause(self) -> bool:
        record = self._record
        if record.state is not CountdownState.RUNNING:
            return False
        record.banked_seconds = self.elapsed_seconds()
        record.pauses.append(self._clock.now().isoformat())
        self._end_segment()
        record.state = CountdownState.PAUSED
        return True

    def toggle(self) -> bool:
        """Space: start when stopped, pause when running."""
        if self._record.state is CountdownState.RUNNING:
            return self.pause()
        return self.start()

    def adjust(self, seconds: int) -> int:
        """Add (or with a negative number take away) planned time. Returns what was applied.

        Allowed while running or paused. The total stays between 1 minute and 4 hours.
        """
        if self._record.state not in (CountdownState.RUNNING, CountdownState.PAUSED) or seconds == 0:
            return 0
        wanted = self.total_seconds + seconds
        bounded = min(MAX_TOTAL_SECONDS, max(MIN_TOTAL_SECONDS, wanted))
        applied = bounded - self.total_seconds
        if applied:
            self._record.adjustments.append(applied)
        return applied

    def restart(self) -> bool:
        """Start over from the full planned length, running from now; adjustments are dropped.

        Restarting means the conversation really begins now, so it counts at once rather than
        waiting for another press of Start.
        """
        planned = self._record.planned_seconds
        self._record = _Record(planned_seconds=planned)
        return self.start()

    def finish(self) -> bool:
        """The interview is over: freeze the count where it is."""
        record = self._record
        if record.state in (CountdownState.NOT_STARTED, CountdownState.FINISHED):
            return False
        record.banked_seconds = self.elapsed_seconds()
        self._end_segment()
        record.state = CountdownState.FINISHED
        return True

    def close(self) -> bool:
        """The interview was finished, whatever the countdown was doing: freeze it for good.

        Unlike ``finish`` this also ends a countdown that never started (the person talked without
        it), so a finished interview never offers to start counting. False when already finished.
        """
        if self._record.state is CountdownState.FINISHED:
            return False
        if self._record.state is CountdownState.NOT_STARTED:
            self._record.state = CountdownState.FINISHED
            return True
        return self.finish()

    def reopen(self) -> bool:
        """A finished interview was resumed: count on from where it stopped, running from now.

        Nothing is counted for the time it stood finished, and nothing is restarted: a count that
        had passed 0:00 carries on in overtime. One that never ran goes back to not started.
        False when it was not finished.
        """
        record = self._record
        if record.state is not CountdownState.FINISHED:
            return False
        if record.started_at is None:
            record.state = CountdownState.NOT_STARTED
            return True
        self._begin_segment()
        record.state = CountdownState.RUNNING
        return True

    # ----- persistence ---------------------------------------------------------------------

    def to_json(self) -> str:
        record = self._record
        return json.dumps(
            {
                "version": STATE_FORMAT_VERSION,
                "state": record.state.value,
                "planned_seconds": record.planned_seconds,
                "adjustments": record.adjustments,
                "banked_seconds": round(record.banked_seconds, 6),
                "started_at": record.started_at,
                "segment": None
                if record.segment_steady is None
                else {"steady": record.segment_steady, "wall": record.segment_wall, "boot_id": record.segment_boot},
                "pauses": record.pauses,
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str, clock: Clock, settings: CountdownSettings | None = None) -> Countdown:
        """Rebuild a countdown saved by ``to_json``, with the right time left *now*.

        Same boot: the steady reading saved at the start of the running stretch is still valid,
        so the count carries on exactly, including any time the app was closed or the machine
        slept. After a reboot the steady clock starts again from zero, so the old reading means
        nothing; the wall-clock difference since that stretch began is the only measure left.
        It is right unless the wall clock itself was changed while the app was down, and it is
        never allowed to run backwards (a negative difference counts as zero).
        """
        countdown = cls(clock, settings)
        countdown._record = _parse_record(text)
        record = countdown._record
        if record.state is CountdownState.RUNNING:
            now_steady = clock.elapsed()
            if record.segment_boot == clock.boot_id():
                # Never in the future: a stretch cannot have begun after now.
                record.segment_steady = min(record.segment_steady, now_steady)
            else:
                since = (clock.now() - datetime.fromisoformat(record.segment_wall)).total_seconds()
                record.segment_steady = now_steady - max(0.0, since)
                record.segment_boot = clock.boot_id()
        return countdown

    # ----- internals -----------------------------------------------------------------------

    def _begin_segment(self) -> None:
        record = self._record
        record.segment_steady = self._clock.elapsed()
        record.segment_wall = self._clock.now().isoformat()
        record.segment_boot = self._clock.boot_id()

    def _end_segment(self) -> None:
        record = self._record
        record.segment_steady = record.segment_wall = record.segment_boot = None

    @staticmethod
    def _shown_seconds(remaining: float) -> int:
        """Signed whole seconds on the digits: positive before zero, zero or negative after."""
        if remaining > 0:
            return math.ceil(remaining)
        return -math.floor(-remaining)

    @staticmethod
    def _seconds_to_next_flip(remaining: float) -> float:
        if remaining > 0:
            target = math.ceil(remaining) - 1  # the digits drop when remaining reaches this
            return remaining - target
        overtime = -remaining
        return math.floor(overtime) + 1 - overtime

    def _stage_for(self, remaining: float) -> CountdownStage:
        if remaining <= 0:
            return CountdownStage.OVERTIME
        if remaining <= self._settings.last_minutes_seconds:
            return CountdownStage.LAST_MINUTES
        if remaining <= self._settings.wrap_up_seconds:
            return CountdownStage.WRAP_UP
        return CountdownStage.ON_TRACK

    def _words(self, stage: CountdownStage, shown: int) -> Text:
        state = self._record.state
        if state is CountdownState.NOT_STARTED:
            return _ready_words(self.total_seconds)
        if state is CountdownState.FINISHED:
            # What was left when it ended no longer matters; how long it ran does.
            return _finished_words(math.floor(self.elapsed_seconds() + 1e-9))
        stage_words = _overtime_words(shown) if stage is CountdownStage.OVERTIME else _stage_words(stage, shown)
        if state is CountdownState.PAUSED:
            return _paused(stage_words)
        return stage_words


def _parse_record(text: str) -> _Record:
    try:
        data = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise CountdownStateError("the saved countdown is not readable") from exc
    if not isinstance(data, dict):
        raise CountdownStateError("the saved countdown is not readable")
    if data.get("version") != STATE_FORMAT_VERSION:
        raise CountdownStateError(f"the saved countdown has an unknown format ({data.get('version')!r})")
    try:
        state = CountdownState(data["state"])
        planned = data["planned_seconds"]
        adjustments = data.get("adjustments") or []
        banked = float(data.get("banked_seconds") or 0.0)
        started_at = data.get("started_at")
        pauses = data.get("pauses") or []
        segment = data.get("segment")
        if not isinstance(planned, int) or not MIN_TOTAL_SECONDS <= planned <= MAX_TOTAL_SECONDS:
            raise ValueError("planned length out of range")
        if not isinstance(adjustments, list) or not all(isinstance(a, int) for a in adjustments):
            raise ValueError("adjustments must be whole seconds")
        if not math.isfinite(banked) or banked < 0:
            raise ValueError("banked time must be a positive number")
        if started_at is not None:
            datetime.fromisoformat(started_at)
        record = _Record(
            planned_seconds=planned,
            state=state,
            adjustments=list(adjustments),
            banked_seconds=banked,
            started_at=started_at,
            pauses=[str(p) for p in pauses],
        )
        if state is CountdownState.RUNNING:
            if not isinstance(segment, dict):
                raise ValueError("a running countdown needs the start of its running stretch")
            steady = float(segment["steady"])
            wall = datetime.fromisoformat(segment["wall"])
            if not math.isfinite(steady) or wall.tzinfo is None:
                raise ValueError("the running stretch has a bad start")
            record.segment_steady = steady
            record.segment_wall = segment["wall"]
            record.segment_boot = str(segment["boot_id"])
    except (KeyError, TypeError, ValueError) as exc:
        raise CountdownStateError(f"the saved countdown is damaged: {exc}") from exc
    return record


def with_planned_minutes(settings: CountdownSettings, minutes: int) -> CountdownSettings:
    """The same settings with one interview's own planned length, if it is a usable one.

    An interview shorter than the planned length in the settings gets its warnings scaled down
    with it, so they take the same share of it: with 20 minutes, wrap-up at 5:00 and last minutes
    at 2:00, a 5-minute interview warns at 1:15 and 0:30 (and counts down from 5:00). Whole
    seconds, the wrap-up warning always before the last-minutes one and after the start. Longer
    interviews keep the warnings as set: five minutes to wrap up is still five minutes.
    """
    seconds = minutes * 60
    if not MIN_TOTAL_SECONDS <= seconds <= MAX_TOTAL_SECONDS:
        return settings
    if seconds >= settings.planned_seconds:
        return replace(settings, planned_seconds=seconds)
    last_minutes = min(seconds - 2, max(1, settings.last_minutes_seconds * seconds // settings.planned_seconds))
    wrap_up = min(seconds - 1, max(last_minutes + 1, settings.wrap_up_seconds * seconds // settings.planned_seconds))
    return replace(settings, planned_seconds=seconds, wrap_up_seconds=wrap_up, last_minutes_seconds=last_minutes)
