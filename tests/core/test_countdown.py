from __future__ import annotations

import json

import pytest

from app.core.countdown import (
    Countdown,
    CountdownSettings,
    CountdownSettingsError,
    CountdownStage,
    CountdownState,
    CountdownStateError,
    format_clock,
    with_planned_minutes,
    word_shapes,
)


@pytest.fixture
def countdown(clock) -> Countdown:
    return Countdown(clock)


def test_not_started_shows_the_planned_length_and_does_not_move(countdown, clock):
    clock.advance(90)
    snap = countdown.snapshot()
    assert snap.state is CountdownState.NOT_STARTED
    assert snap.digits == "20:00"
    assert str(snap.words) == "Ready — 20 min planned"
    assert snap.next_boundary is None
    assert countdown.seconds_to_next_boundary() is None


def test_digits_round_remaining_time_up_so_each_value_shows_for_one_second(countdown, clock):
    countdown.start()
    assert countdown.snapshot().digits == "20:00"
    clock.advance(0.999)
    assert countdown.snapshot().digits == "20:00"
    clock.advance(0.001)
    assert countdown.snapshot().digits == "19:59"
    clock.advance(0.5)
    assert countdown.snapshot().digits == "19:59"


@pytest.mark.parametrize(
    ("elapsed", "stage", "digits", "words"),
    [
        (0, CountdownStage.ON_TRACK, "20:00", "On track — 20 min left"),
        (10.5, CountdownStage.ON_TRACK, "19:50", "On track — 19 min left"),
        (229.5, CountdownStage.ON_TRACK, "16:11", "On track — 16 min left"),
        (899.5, CountdownStage.ON_TRACK, "05:01", "On track — 5 min left"),
        (900, CountdownStage.WRAP_UP, "05:00", "Wrap up — 5 min left"),
        (1079.5, CountdownStage.WRAP_UP, "02:01", "Wrap up — 2 min left"),
        (1080, CountdownStage.LAST_MINUTES, "02:00", "Last minutes — 2 min left"),
        (1140, CountdownStage.LAST_MINUTES, "01:00", "Last minutes — 1 min left"),
        (1140.5, CountdownStage.LAST_MINUTES, "01:00", "Last minutes — 1 min left"),
        (1141, CountdownStage.LAST_MINUTES, "00:59", "Last minutes — under 1 min left"),
        (1199.5, CountdownStage.LAST_MINUTES, "00:01", "Last minutes — under 1 min left"),
        (1200, CountdownStage.OVERTIME, "00:00", "Time is up"),
        (1200.9, CountdownStage.OVERTIME, "00:00", "Time is up"),
        (1201, CountdownStage.OVERTIME, "+00:01", "Overtime +00:01"),
        (1272.4, CountdownStage.OVERTIME, "+01:12", "Overtime +01:12"),
    ],
)
def test_stage_boundaries_are_exact(countdown, clock, elapsed, stage, digits, words):
    countdown.start()
    clock.advance(elapsed)
    snap = countdown.snapshot()
    assert (snap.stage, snap.digits, str(snap.words)) == (stage, digits, words)


def test_the_words_are_marked_for_translation_with_the_stage_title_under_its_enum(countdown, clock):
    countdown.start()
    clock.advance(901)  # 4:59 left
    words = countdown.snapshot().words
    assert (words.context, words.source, words.n) == ("Countdown", "{stage} — %n min left", 4)
    stage = words.args["stage"]
    assert (stage.context, stage.source) == ("CountdownStage", "Wrap up")
    countdown.pause()
    paused = countdown.snapshot().words
    assert (paused.source, paused.args["words"]) == ("Paused · {words}", words)


def test_the_word_shapes_include_the_widest_english_words():
    shapes = [str(words) for words in word_shapes()]
    assert max(shapes, key=len) == "Paused · Last minutes — under 1 min left"
    assert {"Time is up", "Ready — 240 min planned"} <= set(shapes)


def test_thresholds_come_from_the_settings(clock):
    settings = CountdownSettings(planned_seconds=600, wrap_up_seconds=180, last_minutes_seconds=60)
    countdown = Countdown(clock, settings)
    countdown.start()
    clock.advance(419)
    assert countdown.stage() is CountdownStage.ON_TRACK
    clock.advance(1)
    assert countdown.stage() is CountdownStage.WRAP_UP
    clock.advance(120)
    assert countdown.stage() is CountdownStage.LAST_MINUTES


def test_overtime_counts_up_past_an_hour(countdown, clock):
    countdown.start()
    clock.advance(1200 + 3725)
    assert countdown.snapshot().digits == "+62:05"


def test_pause_freezes_the_count_and_resume_carries_on(countdown, clock):
    countdown.start()
    clock.advance(60)
    assert countdown.pause()
    assert countdown.state is CountdownState.PAUSED
    clock.advance(600)
    snap = countdown.snapshot()
    assert snap.digits == "19:00"
    assert str(snap.words) == "Paused · On track — 19 min left"
    assert snap.next_boundary is None
    assert countdown.start()
    clock.advance(30)
    assert countdown.snapshot().digits == "18:30"


def test_toggle_is_start_then_pause_then_resume(countdown, clock):
    assert countdown.toggle() and countdown.state is CountdownState.RUNNING
    assert countdown.toggle() and countdown.state is CountdownState.PAUSED
    assert countdown.toggle() and countdown.state is CountdownState.RUNNING


def test_transitions_that_make_no_sense_do_nothing(countdown, clock):
    assert not countdown.pause()
    assert not countdown.finish()
    assert countdown.adjust(60) == 0
    countdown.start()
    assert not countdown.start()
    countdown.finish()
    assert not countdown.start()
    assert not countdown.pause()
    assert countdown.adjust(60) == 0


@pytest.mark.parametrize(("delta", "digits"), [(60, "16:00"), (-60, "14:00"), (300, "20:00"), (-300, "10:00")])
def test_adding_and_taking_away_minutes_while_running(countdown, clock, delta, digits):
    countdown.start()
    clock.advance(300)
    assert countdown.adjust(delta) == delta
    assert countdown.snapshot().digits == digits
    assert countdown.state is CountdownState.RUNNING


def test_adjustments_can_cross_stages_both_ways(countdown, clock):
    countdown.start()
    clock.advance(1100)
    assert countdown.stage() is CountdownStage.LAST_MINUTES
    countdown.adjust(60)
    assert countdown.stage() is CountdownStage.WRAP_UP
    countdown.adjust(300)
    assert countdown.stage() is CountdownStage.ON_TRACK
    countdown.adjust(-300)
    countdown.adjust(-180)
    assert countdown.stage() is CountdownStage.OVERTIME
    assert countdown.snapshot().digits == "+00:20"


def test_adjusting_while_paused_is_allowed(countdown, clock):
    countdown.start()
    countdown.pause()
    assert countdown.adjust(60) == 60
    assert countdown.snapshot().digits == "21:00"


def test_the_total_never_drops_below_a_minute(countdown, clock):
    countdown.start()
    for _ in range(5):
        countdown.adjust(-300)
    assert countdown.total_seconds == 60
    assert countdown.adjust(-60) == 0


def test_restart_starts_over_from_the_planned_length_and_drops_adjustments(countdown, clock):
    countdown.start()
    countdown.adjust(300)
    clock.advance(1400)
    countdown.finish()
    assert countdown.restart()
    assert countdown.state is CountdownState.RUNNING
    assert countdown.snapshot().digits == "20:00"
    clock.advance(1)
    assert countdown.snapshot().digits == "19:59"


def test_finish_freezes_the_time_and_says_so(countdown, clock):
    countdown.start()
    clock.advance(1262)
    assert countdown.finish()
    clock.advance(500)
    snap = countdown.snapshot()
    assert snap.state is CountdownState.FINISHED
    assert snap.digits == "+01:02"
    assert str(snap.words) == "Finished after 21 min 2 s"
    assert countdown.elapsed_text() == "21:02"


def test_closing_ends_even_a_countdown_that_never_started(countdown, clock):
    assert countdown.close()
    assert countdown.state is CountdownState.FINISHED
    assert str(countdown.snapshot().words) == "Finished"
    assert not countdown.start()
    assert not countdown.close()


@pytest.mark.parametrize(
    ("ran", "words"),
    [(480, "Finished after 8 min"), (487.6, "Finished after 8 min 7 s"), (40, "Finished after 40 s")],
)
def test_finished_says_how_long_it_ran_not_what_was_left(countdown, clock, ran, words):
    countdown.start()
    clock.advance(ran)
    countdown.finish()
    assert str(countdown.snapshot().words) == words
    assert "left" not in str(countdown.snapshot().words)


def test_a_five_minute_suspend_while_running_takes_five_minutes_off(countdown, clock):
    countdown.start()
    clock.advance(120)
    clock.suspend(300)
    assert countdown.snapshot().digits == "13:00"
    assert countdown.stage() is CountdownStage.ON_TRACK


@pytest.mark.parametrize("jump", [3600, -3600])
def test_a_wall_clock_jump_of_an_hour_changes_nothing(countdown, clock, jump):
    countdown.start()
    clock.advance(100)
    clock.jump_wall(jump)
    clock.advance(20)
    snap = countdown.snapshot()
    assert snap.digits == "18:00"
    assert countdown.elapsed_text() == "02:00"


def test_elapsed_text_is_running_time_without_pauses(countdown, clock):
    assert countdown.elapsed_text() == "00:00"
    countdown.start()
    clock.advance(400)
    countdown.pause()
    clock.advance(100)
    countdown.start()
    clock.advance(62.7)
    assert countdown.elapsed_text() == "07:42"


@pytest.mark.parametrize(
    ("elapsed", "expected"),
    [(0, 1.0), (0.25, 0.75), (0.999, 0.001), (1199.5, 0.5), (1200, 1.0), (1200.3, 0.7)],
)
def test_time_to_next_displayed_second(countdown, clock, elapsed, expected):
    countdown.start()
    clock.advance(elapsed)
    assert countdown.seconds_to_next_boundary() == pytest.approx(expected)
    snap = countdown.snapshot()
    assert snap.next_boundary == pytest.approx(clock.elapsed() + expected)
    before = snap.digits
    clock.advance(expected - 1e-6)
    assert countdown.snapshot().digits == before
    clock.advance(2e-6)
    assert countdown.snapshot().digits != before


# ----- persistence --------------------------------------------------------------------------


def test_resume_after_restart_in_the_same_boot_uses_the_steady_clock(countdown, clock):
    countdown.start()
    clock.advance(200)
    countdown.adjust(60)
    saved = countdown.to_json()
    # The app is closed for ten minutes while someone moves the wall clock back an hour.
    clock.advance(600)
    clock.jump_wall(-3600)
    restored = Countdown.from_json(saved, clock)
    assert restored.state is CountdownState.RUNNING
    assert restored.snapshot().digits == "07:40"
    clock.advance(1)
    assert restored.snapshot().digits == "07:39"


def test_resume_after_a_reboot_uses_the_wall_clock_difference(countdown, clock):
    countdown.start()
    clock.advance(300)
    saved = countdown.to_json()
    clock.reboot(downtime=120)
    restored = Countdown.from_json(saved, clock)
    assert restored.snapshot().digits == "13:00"
    # Saved again after the reboot, it carries on from the new boot's steady clock.
    clock.advance(60)
    again = Countdown.from_json(restored.to_json(), clock)
    assert again.snapshot().digits == "12:00"


def test_after_a_reboot_a_wall_clock_set_backwards_never_adds_time(countdown, clock):
    countdown.start()
    clock.advance(100)
    countdown.pause()
    countdown.start()
    saved = countdown.to_json()
    clock.reboot(downtime=10)
    clock.jump_wall(-7200)
    restored = Countdown.from_json(saved, clock)
    assert restored.snapshot().digits == "18:20"


def test_paused_and_finished_states_survive_a_restart(countdown, clock):
    countdown.start()
    clock.advance(90)
    countdown.pause()
    paused = countdown.to_json()
    clock.reboot()
    restored = Countdown.from_json(paused, clock)
    assert restored.state is CountdownState.PAUSED
    assert restored.snapshot().digits == "18:30"
    restored.start()
    clock.advance(1400)
    restored.finish()
    finished = Countdown.from_json(restored.to_json(), clock)
    assert finished.state is CountdownState.FINISHED
    assert finished.snapshot().digits == "+04:50"


def test_the_saved_state_records_start_pauses_and_adjustments(countdown, clock):
    countdown.start()
    clock.advance(10)
    countdown.pause()
    countdown.adjust(-60)
    data = json.loads(countdown.to_json())
    assert data["started_at"] == "2026-11-25T14:00:00+00:00"
    assert data["pauses"] == ["2026-11-25T14:00:10+00:00"]
    assert data["adjustments"] == [-60]
    assert data["state"] == "paused"


def test_the_saved_planned_length_wins_over_current_settings(clock):
    countdown = Countdown(clock, CountdownSettings(planned_seconds=1800))
    countdown.start()
    restored = Countdown.from_json(countdown.to_json(), clock, CountdownSettings())
    assert restored.snapshot().digits == "30:00"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"version": 99}',
        '{"version": 1, "state": "flying", "planned_seconds": 1200}',
        '{"version": 1, "state": "running", "planned_seconds": 1200}',
        '{"version": 1, "state": "paused", "planned_seconds": -5}',
        '{"version": 1, "state": "paused", "planned_seconds": 1200, "banked_seconds": "NaN"}',
        '{"version": 1, "state": "running", "planned_seconds": 1200, "segment": {"steady": 1, "wall": "x"}}',
        '{"version": 1, "state": "paused", "planned_seconds": 1200, "adjustments": ["\\u0000"]}',
    ],
)
def test_a_damaged_saved_state_is_refused_with_a_clear_error(clock, text):
    with pytest.raises(CountdownStateError):
        Countdown.from_json(text, clock)


# ----- settings -----------------------------------------------------------------------------


def test_default_settings_are_twenty_minutes_five_and_two():
    settings = CountdownSettings()
    assert (settings.planned_seconds, settings.wrap_up_seconds, settings.last_minutes_seconds) == (1200, 300, 120)
    assert settings.sound_enabled is False


@pytest.mark.parametrize(
    "kwargs",
    [
        {"planned_seconds": 30},
        {"wrap_up_seconds": 100, "last_minutes_seconds": 200},
        {"planned_seconds": 300, "wrap_up_seconds": 300},
        {"last_minutes_seconds": 0},
        {"planned_seconds": 1200.5},
        {"sound_enabled": "yes"},
    ],
)
def test_settings_that_cannot_work_are_refused(kwargs):
    with pytest.raises(CountdownSettingsError):
        CountdownSettings(**kwargs)


def test_an_interview_can_have_its_own_planned_length():
    assert with_planned_minutes(CountdownSettings(), 30).planned_seconds == 1800
    assert with_planned_minutes(CountdownSettings(), 3).planned_seconds == 180  # shorter than the wrap-up warning


def test_format_clock():
    assert format_clock(0) == "00:00"
    assert format_clock(59) == "00:59"
    assert format_clock(4500) == "75:00"


# ----- reopening a finished interview ------------------------------------------------------------


def test_reopening_runs_on_from_where_it_stopped_in_overtime(countdown, clock):
    countdown.start()
    clock.advance(21 * 60)
    countdown.finish()
    clock.advance(10 * 60)  # it stood finished; that time is not counted
    assert countdown.reopen()
    snap = countdown.snapshot()
    assert snap.state is CountdownState.RUNNING
    assert snap.stage is CountdownStage.OVERTIME
    assert snap.digits == "+01:00"
    clock.advance(30)
    assert countdown.snapshot().digits == "+01:30"
    assert countdown.elapsed_text() == "21:30"


def test_reopening_before_zero_keeps_the_time_left_and_the_adjustments(countdown, clock):
    countdown.start()
    countdown.adjust(5 * 60)
    clock.advance(8 * 60)
    countdown.close()
    clock.advance(60)
    assert countdown.reopen()
    assert countdown.snapshot().digits == "17:00"  # not back to 20:00, not 25:00
    assert countdown.seconds_to_next_boundary() == 1


def test_reopening_a_countdown_that_never_ran_makes_it_ready_again(countdown, clock):
    countdown.close()
    assert countdown.reopen()
    assert countdown.state is CountdownState.NOT_STARTED
    assert str(countdown.snapshot().words) == "Ready — 20 min planned"


def test_only_a_finished_countdown_reopens(countdown, clock):
    assert not countdown.reopen()
    countdown.start()
    assert not countdown.reopen()
    countdown.pause()
    assert not countdown.reopen()


def test_a_reopened_countdown_survives_a_restart_of_the_app(countdown, clock):
    countdown.start()
    clock.advance(20 * 60 + 5)
    countdown.finish()
    countdown.reopen()
    saved = countdown.to_json()
    clock.advance(15)
    again = Countdown.from_json(saved, clock)
    assert again.state is CountdownState.RUNNING
    assert again.snapshot().digits == "+00:20"
