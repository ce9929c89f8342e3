"""The time budget: do the picked questions fit the planned length, with room to close?

A twenty-minute conversation keeps five minutes for closing and next steps (thanks, referrals,
the business card), so fifteen are left for the questions themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core import i18n
from app.core.entities import DEFAULT_RESERVE_MINUTES
from app.core.i18n import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True, slots=True)
class TimeBudget:
    picked_minutes: float  # the sum of the picked questions' estimates
    available_minutes: float  # planned length minus the closing reserve
    planned_minutes: int
    reserve_minutes: int
    question_count: int

    @property
    def fits(self) -> bool:
        return self.picked_minutes <= self.available_minutes + 1e-9

    @property
    def over_by(self) -> float:
        return max(0.0, self.picked_minutes - self.available_minutes)

    @property
    def fraction_used(self) -> float:
        """Picked over available, for a bar; may exceed 1."""
        if self.available_minutes <= 0:
            return 0.0 if self.picked_minutes <= 0 else 2.0
        return self.picked_minutes / self.available_minutes

    @property
    def label(self) -> Text:
        """E.g. "12 of 15 min planned; 5 min kept for closing"."""
        return i18n.text(
            "TimeBudget",
            QT_TRANSLATE_NOOP("TimeBudget", "{picked} of {available} min planned; %n min kept for closing"),
            n=self.reserve_minutes,
            picked=format_minutes(self.picked_minutes),
            available=format_minutes(self.available_minutes),
        )

    @property
    def warning(self) -> Text | None:
        """A gentle note when the plan does not fit; None when it does."""
        if self.available_minutes <= 0:
            return i18n.text(
                "TimeBudget",
                QT_TRANSLATE_NOOP(
                    "TimeBudget",
                    "A {planned}-minute conversation leaves no time for questions once closing takes %n minute(s). "
                    "Consider asking for a little longer.",
                ),
                n=self.reserve_minutes,
                planned=self.planned_minutes,
            )
        if self.fits:
            return None
        return i18n.text(
            "TimeBudget",
            QT_TRANSLATE_NOOP(
                "TimeBudget",
                "This plan runs about {over} min over. Twenty minutes go quickly — consider leaving out a "
                "question or two, and keep the ones that matter most to you near the top.",
            ),
            over=format_minutes(self.over_by),
        )


def plan_budget(
    minutes: Iterable[float], planned_minutes: int, reserve_minutes: int = DEFAULT_RESERVE_MINUTES
) -> TimeBudget:
    estimates = [max(0.0, float(value)) for value in minutes]
    planned = max(0, int(planned_minutes))
    reserve = max(0, int(reserve_minutes))
    return TimeBudget(
        picked_minutes=sum(estimates),
        available_minutes=float(max(0, planned - reserve)),
        planned_minutes=planned,
        reserve_minutes=reserve,
        question_count=len(estimates),
    )


def format_minutes(value: float) -> str:
    """Whole minutes without a decimal, halves as '.5': 12, 2.5."""
    rounded = round(value * 2) / 2
    return f"{rounded:g}"
