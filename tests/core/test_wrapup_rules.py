from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.entities import WrapUpState
from app.core.wrapup import (
    STEP_ORDER,
    Referral,
    SelfEvaluation,
    WrapUpProgress,
    WrapUpStep,
    describe_progress,
    thank_you_nudge_due,
)
from tests.fakes import FakeClock


def test_a_new_wrapup_has_every_step_remaining_in_order():
    progress = WrapUpProgress(1)
    assert progress.remaining() == list(STEP_ORDER)
    assert progress.remaining()[0] is WrapUpStep.THANK
    assert not progress.is_complete
    assert str(describe_progress(progress)) == "Wrap-up incomplete: 7 of 7 steps left"


def test_done_and_skipped_settle_a_step_but_later_does_not():
    progress = WrapUpProgress(
        1,
        {
            WrapUpStep.THANK: WrapUpState.DONE,
            WrapUpStep.REFERRALS: WrapUpState.SKIPPED,
            WrapUpStep.BUSINESS_CARD: WrapUpState.LATER,
        },
    )
    remaining = progress.remaining()
    assert WrapUpStep.THANK not in remaining
    assert WrapUpStep.REFERRALS not in remaining
    assert remaining[0] is WrapUpStep.BUSINESS_CARD
    assert len(remaining) == 5


def test_wrapup_is_complete_only_when_every_step_is_done_or_skipped():
    states = dict.fromkeys(STEP_ORDER, WrapUpState.DONE)
    states[WrapUpStep.EVALUATE] = WrapUpState.LATER
    assert not WrapUpProgress(1, states).is_complete
    states[WrapUpStep.EVALUATE] = WrapUpState.SKIPPED
    progress = WrapUpProgress(1, states)
    assert progress.is_complete
    assert str(describe_progress(progress)) == "Wrap-up complete"


def test_resume_prefers_untouched_steps_then_steps_left_for_later():
    progress = WrapUpProgress(1, {WrapUpStep.THANK: WrapUpState.LATER, WrapUpStep.REFERRALS: WrapUpState.DONE})
    assert progress.resume_step() is WrapUpStep.BUSINESS_CARD
    all_but_one = dict.fromkeys(STEP_ORDER, WrapUpState.DONE)
    all_but_one[WrapUpStep.REFERRALS] = WrapUpState.LATER
    assert WrapUpProgress(1, all_but_one).resume_step() is WrapUpStep.REFERRALS


def test_next_after_wraps_round_to_unsettled_steps():
    states = dict.fromkeys(STEP_ORDER, WrapUpState.DONE)
    states[WrapUpStep.THANK] = WrapUpState.LATER
    progress = WrapUpProgress(1, states)
    assert progress.next_after(WrapUpStep.NEXT_STEP) is WrapUpStep.THANK
    states[WrapUpStep.THANK] = WrapUpState.DONE
    assert WrapUpProgress(1, states).next_after(WrapUpStep.WEIGH) is None


def test_thank_you_nudge_is_due_24_hours_after_the_end_with_a_fake_clock():
    clock = FakeClock(datetime(2026, 11, 25, 14, 0, tzinfo=UTC))
    finished = clock.now()
    clock.advance(23 * 3600 + 59 * 60)
    assert not thank_you_nudge_due(finished, None, clock.now())
    clock.advance(60)
    assert thank_you_nudge_due(finished, None, clock.now())
    clock.suspend(3 * 24 * 3600)
    assert thank_you_nudge_due(finished, None, clock.now())


def test_no_nudge_once_sent_or_when_skipped_or_not_finished():
    finished = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    later = finished + timedelta(days=2)
    assert not thank_you_nudge_due(finished, date(2026, 11, 26), later)
    assert not thank_you_nudge_due(finished, None, later, WrapUpState.SKIPPED)
    assert thank_you_nudge_due(finished, None, later, WrapUpState.DONE)
    assert not thank_you_nudge_due(None, None, later)


def test_nudge_follows_the_wall_clock_even_when_it_jumps():
    clock = FakeClock()
    finished = clock.now()
    clock.jump_wall(25 * 3600)
    assert thank_you_nudge_due(finished, None, clock.now())


def test_scores_must_be_whole_numbers_from_one_to_five():
    with pytest.raises(ValueError):
        SelfEvaluation(1, {"kept_to_time": 6})
    with pytest.raises(ValueError):
        SelfEvaluation(1, {"kept_to_time": 0})
    evaluation = SelfEvaluation(1, {"kept_to_time": 4, "listened_more": 2})
    assert evaluation.average == 3


@pytest.mark.parametrize(
    ("reach", "expected"),
    [
        ("ana@example.org", ("ana@example.org", "", "")),
        ("+1 (555) 010-2030", ("", "+1 (555) 010-2030", "")),
        ("ask at the front desk", ("", "", "ask at the front desk")),
        ("", ("", "", "")),
    ],
)
def test_referral_reach_is_sorted_into_email_phone_or_words(reach, expected):
    assert Referral("Ana", reach).split_reach() == expected


def test_due_days_of_new_next_steps_and_referral_follow_ups():
    from app.core.wrapup import default_next_step_due, referral_follow_up_due

    assert default_next_step_due(date(2026, 11, 28)) == date(2026, 12, 5)
    assert referral_follow_up_due(date(2026, 12, 29)) == date(2027, 1, 5)


def test_progress_is_a_counted_sentence_for_the_ui_to_translate():
    progress = WrapUpProgress(1, {WrapUpStep.THANK: WrapUpState.DONE})
    words = describe_progress(progress)
    assert (words.context, words.n) == ("WrapUpProgress", 6)
    assert str(words) == "Wrap-up incomplete: 6 of 7 steps left"
