"""Behaviours that small slips in the core once broke without any test noticing.

Each test here was checked by breaking the code it guards on purpose and seeing it fail.
"""

from __future__ import annotations

import ast
import json
from datetime import UTC, date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.clock import host_zone, local_day
from app.core.countdown import (
    Countdown,
    CountdownSettings,
    CountdownState,
    CountdownStateError,
    with_planned_minutes,
)
from app.core.entities import Contact, ContactSource, Interview
from app.core.interview_export import InterviewExport, describe_date, suggested_file_name, to_markdown
from app.core.mailto import MailtoError, mailto_url
from app.core.outreach import how_i_got_your_name
from app.core.search import find_words
from app.core.thank_you import DEFAULT_SUBJECT, ThankYouContext, draft_thank_you
from app.core.vcard import CardDetails, read_vcards, write_vcard
from app.core.wrapup import how_got_name_for_referral
from tests.fakes import FakeClock

APP = Path(__file__).resolve().parents[2] / "app"
NEW_YORK = ZoneInfo("America/New_York")
# 21:30 on 25 November in New York is already 26 November in UTC.
LATE_EVENING_UTC = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)


# ---- countdown ------------------------------------------------------------------------------


def test_a_five_minute_interview_gets_a_countdown_that_runs(clock):
    settings = with_planned_minutes(CountdownSettings(), 5)  # the shortest the schedule dialog offers
    countdown = Countdown(clock, settings)
    assert countdown.start()
    clock.advance(30)
    assert countdown.state is CountdownState.RUNNING
    assert countdown.elapsed_seconds() == 30


@pytest.mark.xfail(
    strict=True,
    reason="A 5-minute interview is counted as 20 minutes: with the default 5-minute wrap-up warning, "
    "with_planned_minutes keeps the default length instead of shortening the warnings.",
)
def test_a_five_minute_interview_counts_down_from_five_minutes(clock):
    countdown = Countdown(clock, with_planned_minutes(CountdownSettings(), 5))
    countdown.start()
    assert countdown.snapshot().digits == "05:00"


def test_a_planned_length_is_used_when_it_leaves_room_for_the_warnings():
    assert with_planned_minutes(CountdownSettings(), 6).planned_seconds == 360
    assert with_planned_minutes(CountdownSettings(), 240).planned_seconds == 4 * 3600
    assert with_planned_minutes(CountdownSettings(), 241).planned_seconds == 20 * 60


def _saved_while_running(clock, *, banked: float = 0.0) -> str:
    countdown = Countdown(clock)
    countdown.start()
    if banked:
        clock.advance(banked)
        countdown.pause()
        countdown.start()
    clock.advance(90)
    return countdown.to_json()


def test_after_a_reboot_with_the_wall_clock_behind_the_count_never_runs_backwards(clock):
    saved = _saved_while_running(clock, banked=120)
    clock.reboot(downtime=60)
    clock.jump_wall(-3600)  # the machine came back with its clock an hour behind
    restored = Countdown.from_json(saved, clock)
    assert restored.elapsed_seconds() == 120  # what was banked, and nothing taken off it
    readings = []
    for _ in range(4):
        clock.advance(15)
        readings.append(restored.elapsed_seconds())
    assert readings == [135, 150, 165, 180]  # counting on from the reboot, second for second


def test_after_a_reboot_the_time_the_machine_was_down_counts(clock):
    saved = _saved_while_running(clock)
    clock.reboot(downtime=60)
    restored = Countdown.from_json(saved, clock)
    assert restored.elapsed_seconds() == 150
    clock.advance(10)
    assert restored.elapsed_seconds() == 160


def test_on_the_same_boot_a_saved_start_in_the_future_counts_from_now(clock):
    countdown = Countdown(clock)
    countdown.start()
    data = json.loads(countdown.to_json())
    data["segment"]["steady"] = clock.elapsed() + 500  # cannot have begun after now
    restored = Countdown.from_json(json.dumps(data), clock)
    assert restored.elapsed_seconds() == 0
    clock.advance(5)
    assert restored.elapsed_seconds() == 5


def _paused_state(clock, **changes) -> str:
    countdown = Countdown(clock)
    countdown.start()
    clock.advance(60)
    countdown.pause()
    data = json.loads(countdown.to_json())
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize("banked", [-1, -0.001, float("nan"), float("inf")])
def test_negative_or_impossible_banked_time_is_refused(clock, banked):
    text = _paused_state(clock, banked_seconds=banked)
    with pytest.raises(CountdownStateError, match="banked"):
        Countdown.from_json(text, clock)


def test_no_banked_time_at_all_is_accepted(clock):
    restored = Countdown.from_json(_paused_state(clock, banked_seconds=0), clock)
    assert restored.elapsed_seconds() == 0
    assert restored.state is CountdownState.PAUSED


@pytest.mark.parametrize(
    "changes",
    [
        {"planned_seconds": 59},
        {"planned_seconds": 4 * 3600 + 1},
        {"planned_seconds": 600.0},
        {"adjustments": [60, 1.5]},
        {"version": 2},
        {"state": "sleeping"},
        {"started_at": "yesterday"},
    ],
)
def test_damaged_saved_countdowns_are_refused(clock, changes):
    with pytest.raises(CountdownStateError):
        Countdown.from_json(_paused_state(clock, **changes), clock)


def test_the_planned_length_limits_themselves_are_accepted(clock):
    for planned in (60, 4 * 3600):
        assert Countdown.from_json(_paused_state(clock, planned_seconds=planned), clock).total_seconds == planned


# ---- referrals and the call script ------------------------------------------------------------


def test_a_referral_never_asked_about_their_name_is_not_told_to_keep_it_quiet():
    line = how_got_name_for_referral("Ana Lima", None, date(2026, 11, 25))
    assert line == "Referred by Ana Lima (informational interview, 25 Nov 2026)"
    assert how_got_name_for_referral("Ana Lima", False, None) == "Referred by Ana Lima; do not mention their name"
    assert how_got_name_for_referral("Ana Lima", True, None) == "Referred by Ana Lima; you may mention their name"


def test_the_call_script_names_the_referrer_unless_told_not_to():
    unasked = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=None)
    assert how_i_got_your_name(unasked, "Ana Lima") == "Ana Lima suggested I speak with you."
    refused = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=False)
    assert "Ana Lima" not in how_i_got_your_name(refused, "Ana Lima")


# ---- vCard ------------------------------------------------------------------------------------


def test_the_structured_name_written_keeps_given_and_family_names_in_place():
    text = write_vcard(CardDetails("Ana Maria Lima"))
    assert "\r\nN:Lima;Ana Maria;;;\r\n" in text
    assert "\r\nN:Cher;;;;\r\n" in write_vcard(CardDetails("Cher"))


def test_a_card_with_only_a_structured_name_reads_given_name_first():
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lima;Ana;Maria;Dr.;PhD\r\nEND:VCARD\r\n"
    [imported] = read_vcards(card)
    assert imported.card.full_name == "Dr. Ana Maria Lima PhD"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("TEL;TYPE=MOBILE:+1 555 0100", "cell"),
        ("TEL;TYPE=mobile,voice:+1 555 0100", "cell"),
        ("TEL;MOBILE:+1 555 0100", "cell"),  # vCard 2.1's bare parameter
        ("TEL;TYPE=CELL:+1 555 0100", "cell"),
        ("TEL;TYPE=WORK,MOBILE:+1 555 0100", "work"),
    ],
)
def test_mobile_phones_are_read_as_cell(line, label):
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\n{line}\r\nEND:VCARD\r\n"
    [imported] = read_vcards(card)
    assert [(phone.value, phone.label) for phone in imported.card.phones] == [("+1 555 0100", label)]


# ---- mailto -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["a@b@c", "ana@example.org,li@example.org", "ana,li@example.org", "ana@example.org, li@example.org", "ana"],
)
def test_mailto_refuses_what_is_not_one_address(address):
    with pytest.raises(MailtoError):
        mailto_url(address)


def test_mailto_keeps_one_plain_address_readable():
    assert mailto_url("ana.lima@example.org") == "mailto:ana.lima@example.org"
    assert mailto_url(["ana@example.org", " ", "li@example.org"]) == "mailto:ana@example.org,li@example.org"


# ---- thank-you draft --------------------------------------------------------------------------


def test_the_draft_falls_back_to_the_default_subject():
    context = ThankYouContext("Ana Lima")
    assert draft_thank_you("Dear $first_name,\n", context).subject == DEFAULT_SUBJECT
    assert draft_thank_you("Subject: $signature\nDear $first_name,\n", context).subject == DEFAULT_SUBJECT
    draft = draft_thank_you("Subject: Thanks, $first_name\n\nDear $first_name,\n", context)
    assert (draft.subject, draft.body) == ("Thanks, Ana", "Dear Ana,\n")


@pytest.mark.parametrize(
    ("names", "sentence"),
    [
        (["Li Wei"], "Li Wei"),
        (["Li Wei", "Bo Chen"], "Li Wei and Bo Chen"),
        (["Li Wei", "Bo Chen", "Cy Ode"], "Li Wei, Bo Chen and Cy Ode"),
    ],
)
def test_the_draft_joins_referral_names_with_and(names, sentence):
    draft = draft_thank_you("$referral", ThankYouContext("Ana Lima", referral_names=[*names, "  "]))
    assert draft.body == f"Thank you too for suggesting I talk with {sentence}; I will get in touch.\n"


# ---- search highlighting ----------------------------------------------------------------------


def test_the_earliest_match_of_any_word_is_highlighted():
    text = "Ask about nursing shifts and night work"
    assert find_words(text, "night shifts") == (18, 24)  # "shifts" comes first in the text
    assert find_words(text, "work night") == (29, 34)


# ---- time zones -------------------------------------------------------------------------------


def test_the_local_day_comes_from_the_clocks_zone():
    clock = FakeClock(LATE_EVENING_UTC, zone="America/New_York")
    assert local_day(clock) == date(2026, 11, 25)
    assert clock.today() == date(2026, 11, 25)
    assert local_day(FakeClock(LATE_EVENING_UTC, zone="Pacific/Kiritimati")) == date(2026, 11, 26)


def test_the_host_zone_is_read_from_tz_first():
    missing = Path("/nonexistent/localtime")
    assert host_zone({"TZ": "America/New_York"}, missing) == NEW_YORK
    assert host_zone({"TZ": ":Pacific/Kiritimati"}, missing) == ZoneInfo("Pacific/Kiritimati")


def test_the_host_zone_is_read_from_a_localtime_link(tmp_path):
    link = tmp_path / "localtime"
    link.symlink_to(tmp_path / "usr/share/zoneinfo/Pacific/Pago_Pago")
    assert host_zone({}, link) == ZoneInfo("Pacific/Pago_Pago")
    assert host_zone({"TZ": ""}, link) == ZoneInfo("Pacific/Pago_Pago")
    assert host_zone({"TZ": "Not/A_Zone"}, link) == ZoneInfo("Pacific/Pago_Pago")  # a bad TZ is passed over
    assert host_zone({"TZ": "America/New_York"}, link) == NEW_YORK  # TZ wins over the link


def test_without_a_named_zone_the_host_offset_is_used(tmp_path):
    plain_file = tmp_path / "localtime"
    plain_file.write_bytes(b"TZif")  # a copied zone file, not a link: no name to read
    zone = host_zone({}, plain_file)
    assert isinstance(zone, timezone)
    assert zone.utcoffset(None) == datetime.now().astimezone().utcoffset()


def test_an_export_is_dated_and_named_by_the_local_day():
    export = InterviewExport(Interview(contact_id=1, started_at=LATE_EVENING_UTC), Contact("Ana Lima"))
    assert describe_date(export.when, NEW_YORK) == "Wednesday 25 November 2026, 21:30"
    assert "**Date:** Wednesday 25 November 2026, 21:30" in to_markdown(export, NEW_YORK)
    assert suggested_file_name(export, "md", NEW_YORK) == "interview-Ana-Lima-2026-11-25.md"
    assert suggested_file_name(export, "pdf", UTC) == "interview-Ana-Lima-2026-11-26.pdf"


# Calls that ask the host for its zone or day. Only app/core/clock.py may make them.
_HOST_CALLS = {("datetime", "now"), ("datetime", "today"), ("date", "today"), ("time", "localtime")}


def _host_zone_calls(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        bare = not node.args and not node.keywords
        if func.attr == "astimezone" and bare:
            found.append((node.lineno, ".astimezone()"))
            continue
        owner = func.value
        owner_name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
        if (owner_name, func.attr) in _HOST_CALLS and (bare or func.attr == "today"):
            found.append((node.lineno, f"{owner_name}.{func.attr}()"))
    return found


def test_the_scan_finds_each_way_of_asking_the_host():
    source = (
        "a = moment.astimezone()\nb = datetime.now()\nc = date.today()\nd = datetime.datetime.now()\n"
        "e = datetime.now(UTC)\nf = moment.astimezone(zone)\ng = time.localtime()\n"
    )
    assert [line for line, _ in _host_zone_calls(ast.parse(source))] == [1, 2, 3, 4, 7]


def test_only_the_clock_asks_the_host_for_its_zone_or_day():
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        if path == APP / "core" / "clock.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        offenders += [f"{path.relative_to(APP.parent)}:{line}: {call}" for line, call in _host_zone_calls(tree)]
    assert offenders == [], "take the zone and the day from the injected clock instead:\n" + "\n".join(offenders)
