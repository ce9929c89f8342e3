from __future__ import annotations

from app.core.question_plan import format_minutes, plan_budget


def test_the_label_counts_picked_minutes_against_the_time_left_after_the_reserve():
    budget = plan_budget([3, 2, 2, 2, 3], planned_minutes=20)

    assert budget.picked_minutes == 12
    assert budget.available_minutes == 15
    assert str(budget.label) == "12 of 15 min planned; 5 min kept for closing"
    assert budget.fits
    assert budget.warning is None
    assert budget.fraction_used == 12 / 15


def test_exactly_full_still_fits():
    budget = plan_budget([5, 5, 5], planned_minutes=20)
    assert budget.fits and budget.warning is None


def test_over_budget_gives_a_gentle_warning_with_the_overrun():
    budget = plan_budget([3, 3, 3, 3, 3, 2.5], planned_minutes=20)

    assert not budget.fits
    assert budget.over_by == 2.5
    assert "about 2.5 min over" in str(budget.warning)
    assert "consider leaving out a question or two" in str(budget.warning)


def test_the_reserve_and_length_come_from_the_interview():
    budget = plan_budget([10], planned_minutes=30, reserve_minutes=8)
    assert str(budget.label) == "10 of 22 min planned; 8 min kept for closing"


def test_a_conversation_shorter_than_the_reserve_says_so():
    budget = plan_budget([], planned_minutes=5)
    assert budget.available_minutes == 0
    assert "no time for questions" in str(budget.warning)


def test_halves_are_shown_and_negative_estimates_ignored():
    assert format_minutes(2.5) == "2.5"
    assert format_minutes(12.0) == "12"
    assert plan_budget([-3, 1], planned_minutes=20).picked_minutes == 1


def test_the_label_and_warning_are_marked_for_translation_with_the_count_apart():
    budget = plan_budget([10, 10], planned_minutes=20, reserve_minutes=1)

    assert budget.label.context == "TimeBudget"
    assert budget.label.n == 1  # the reserve, for the plural of "min"
    assert budget.label.args == {"picked": "20", "available": "19"}
    assert budget.warning.context == "TimeBudget" and budget.warning.args == {"over": "1"}
