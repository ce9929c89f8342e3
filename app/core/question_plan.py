"""The time budget: do the picked questions fit the planned length, with room to close?

A twenty-minute conversation keeps five minutes for closing and next steps (thanks, referrals,
the business card), so fifteen are left for the questions themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.entities import DEFAULT_RESERVE_MINUTES


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
    def label(self) -> str:
        """E.g. "12 of 15 min planned; 5 min kept for closing"."""
        return (
            f"{format_minutes(self.picked_minutes)} of {format_minutes(self.available_minutes)} min planned; "
            f"{self.reserve_minutes} min kept for closing"
        )

    @property
    def warning(self) -> str:
        """A gentle note when the plan does not fit; '' when it does."""
        if self.available_minutes <= 0:
            return (
                f"A {self.planned_minutes}-minute conversation leaves no time for questions once "
                f"{self.reserve_minutes} minutes are kept for closing. Consider asking for a little longer."
            )
        if self.fits:
            return ""
        return (
            f"This plan runs about {format_minutes(self.over_by)} min over. Twenty minutes go quickly — "
            "consider leaving out a question or two, and keep the ones that matter most to you near the top."
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
