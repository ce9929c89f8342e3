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
    CountdownStage,
    CountdownState,
    CountdownStateError,
    with_planned_minutes,
    word_shapes,
)
from app.core.entities import Contact, ContactSource, Interview
from app.core.interview_export import InterviewExport, english_moment, suggested_file_name, to_markdown
from app.core.mailto import MailtoError, mailto_url
from app.core.outreach import call_script, how_i_got_your_name, script_text
from app.core.search import find_words
from app.core.thank_you import DEFAULT_SUBJECT, ThankYouContext, draft_thank_you
from app.core.vcard import AddressParts, CardDetails, read_vcards, write_vcard
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


def test_a_five_minute_interview_counts_down_from_five_minutes(clock):
    countdown = Countdown(clock, with_planned_minutes(CountdownSettings(), 5))
    countdown.start()
    assert countdown.snapshot().digits == "05:00"
    assert str(countdown.snapshot().words) == "On track — 5 min left"


def test_a_short_interview_keeps_its_warnings_in_the_same_share_and_order():
    five = with_planned_minutes(CountdownSettings(), 5)  # 20 min, warnings at 5:00 and 2:00
    assert (five.planned_seconds, five.wrap_up_seconds, five.last_minutes_seconds) == (300, 75, 30)
    ten = with_planned_minutes(CountdownSettings(), 10)
    assert (ten.planned_seconds, ten.wrap_up_seconds, ten.last_minutes_seconds) == (600, 150, 60)
    longer = with_planned_minutes(CountdownSettings(), 30)  # longer: the warnings as set
    assert (longer.planned_seconds, longer.wrap_up_seconds, longer.last_minutes_seconds) == (1800, 300, 120)
    same = with_planned_minutes(CountdownSettings(), 20)
    assert same == CountdownSettings()


def test_scaled_warnings_never_collapse_onto_each_other_or_the_start():
    late = CountdownSettings(planned_seconds=4 * 3600, wrap_up_seconds=4 * 3600 - 1, last_minutes_seconds=4 * 3600 - 2)
    squeezed = with_planned_minutes(late, 1)
    assert (squeezed.planned_seconds, squeezed.wrap_up_seconds, squeezed.last_minutes_seconds) == (60, 59, 58)
    early = CountdownSettings(planned_seconds=4 * 3600, wrap_up_seconds=2, last_minutes_seconds=1)
    tiny = with_planned_minutes(early, 1)
    assert (tiny.planned_seconds, tiny.wrap_up_seconds, tiny.last_minutes_seconds) == (60, 2, 1)


def test_a_five_minute_interview_reaches_its_warnings_in_order(clock):
    countdown = Countdown(clock, with_planned_minutes(CountdownSettings(), 5))
    countdown.start()
    clock.advance(300 - 75)
    assert countdown.stage() is CountdownStage.WRAP_UP
    clock.advance(75 - 30)
    assert countdown.stage() is CountdownStage.LAST_MINUTES
    clock.advance(30)
    assert countdown.stage() is CountdownStage.OVERTIME


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


def test_the_call_script_names_the_referrer_only_when_allowed():
    allowed = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=True)
    assert str(how_i_got_your_name(allowed, "Ana Lima")) == "Ana Lima suggested I speak with you."
    # Never asked "may I use your name?": no name, and no claim that they suggested the call.
    unasked = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=None)
    said = str(how_i_got_your_name(unasked, "Ana Lima"))
    assert said == "Your name came up when I asked who could tell me more about this work."
    refused = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=False)
    assert "Ana Lima" not in str(how_i_got_your_name(refused, "Ana Lima"))


# ---- vCard ------------------------------------------------------------------------------------


def test_the_structured_name_written_keeps_given_and_family_names_in_place():
    from app.core.vcard import StructuredName

    stored = StructuredName(family=("Lima",), given=("Ana", "Maria"))
    text = write_vcard(CardDetails("Ana Maria Lima", name=stored))
    assert "\r\nN:Lima;Ana,Maria;;;\r\n" in text
    # A name typed by hand has no parts: none are invented from the display name.
    assert "\r\nN:" not in write_vcard(CardDetails("Ana Maria Lima"))


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
        ("TEL;TYPE=WORK,MOBILE:+1 555 0100", "work cell"),  # every type kept
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
    assert english_moment(export.when.astimezone(NEW_YORK)) == "Wednesday 25 November 2026, 21:30"
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


# ---- mutation survivors: exact words a person reads ---------------------------------------------


def _running_state(clock, **segment) -> str:
    countdown = Countdown(clock)
    countdown.start()
    data = json.loads(countdown.to_json())
    data["segment"].update(segment)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "the saved countdown is not readable"),
        ("[1, 2]", "the saved countdown is not readable"),
        ('{"version": 2}', "the saved countdown has an unknown format (2)"),
        ('{"state": "paused"}', "the saved countdown has an unknown format (None)"),
    ],
)
def test_unreadable_saved_countdowns_say_why(clock, text, message):
    with pytest.raises(CountdownStateError) as raised:
        Countdown.from_json(text, clock)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"planned_seconds": 30}, "planned length out of range"),
        ({"adjustments": [1.5]}, "adjustments must be whole seconds"),
        ({"banked_seconds": -1}, "banked time must be a positive number"),
        ({"state": "running", "segment": None}, "a running countdown needs the start of its running stretch"),
    ],
)
def test_damaged_saved_countdowns_say_what_is_wrong(clock, changes, reason):
    with pytest.raises(CountdownStateError) as raised:
        Countdown.from_json(_paused_state(clock, **changes), clock)
    assert str(raised.value) == f"the saved countdown is damaged: {reason}"


@pytest.mark.parametrize("segment", [{"steady": float("nan")}, {"wall": "2026-11-25T14:00:00"}])
def test_a_running_stretch_with_a_bad_start_is_refused(clock, segment):
    with pytest.raises(CountdownStateError) as raised:
        Countdown.from_json(_running_state(clock, **segment), clock)
    assert str(raised.value) == "the saved countdown is damaged: the running stretch has a bad start"


def test_a_saved_countdown_comes_back_exactly_with_its_settings(clock):
    countdown = Countdown(clock)
    countdown.start()
    clock.advance(60)
    countdown.pause()
    countdown.start()
    countdown.adjust(120)
    saved = countdown.to_json()
    settings = CountdownSettings(planned_seconds=1200, sound_enabled=True)
    restored = Countdown.from_json(saved, clock, settings)
    assert restored.settings is settings
    assert restored.to_json() == saved
    data = json.loads(saved)
    assert data["started_at"] == "2026-11-25T14:00:00+00:00"
    assert data["pauses"] == ["2026-11-25T14:01:00+00:00"]


def test_after_a_reboot_the_running_stretch_belongs_to_the_new_boot(clock):
    saved = _saved_while_running(clock)
    clock.reboot()
    restored = Countdown.from_json(saved, clock)
    assert json.loads(restored.to_json())["segment"]["boot_id"] == "boot-2"
    clock.reboot()
    again = Countdown.from_json(restored.to_json(), clock)
    assert again.elapsed_seconds() == restored.elapsed_seconds() + 60


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("  ", None),
        ("ana@example.org\n", None),
        ("ana @example.org", "“ana @example.org” is not a single email address."),
        ("ana,li@example.org", "“ana,li@example.org” is not a single email address."),
        ("ana\x07@example.org", "“ana\x07@example.org” is not a single email address."),
        ("ana\n@example.org", "“ana\n@example.org” is not a single email address."),
        ("a@b@c", "“a@b@c” is not an email address."),
        ("ana.example.org", "“ana.example.org” is not an email address."),
    ],
)
def test_mailto_says_what_is_wrong_with_an_address(address, message):
    if message is None:  # blank addresses are left out; the person fills one in
        assert mailto_url(address).startswith("mailto:")
        return
    with pytest.raises(MailtoError) as raised:
        mailto_url(address)
    assert str(raised.value) == message


def test_an_empty_address_in_a_list_of_one_is_said_to_be_empty():
    from app.core.mailto import _clean_address

    with pytest.raises(MailtoError) as raised:
        _clean_address("   ")
    assert str(raised.value) == "The email address is empty."


def test_mailto_encodes_everything_but_the_at_sign():
    url = mailto_url("o'brien+x@example.org", "Hi & bye?\r\nnext", "Line 1\nLine 2 \x07é")
    assert (
        url == "mailto:o%27brien%2Bx@example.org?subject=Hi%20%26%20bye%3F%20next&body=Line%201%0D%0ALine%202%20%C3%A9"
    )
    assert mailto_url(subject="Hi") == "mailto:?subject=Hi"
    assert mailto_url(body="a\rb") == "mailto:?body=a%0D%0Ab"
    assert mailto_url("ana@example.org", "\ud800x") == "mailto:ana@example.org?subject=%3Fx"


@pytest.mark.parametrize(
    ("text", "query", "span"),
    [
        ("night shift", "night", (0, 5)),  # at the very start
        ("a shift, then another shift", "shift", (2, 7)),  # the first of two
        ("the night", "night", (4, 9)),  # at the very end
        ("nursing", "nursing nurse", (0, 7)),  # two words from the same place: the first word's span
        ("abcdef", "abcd cd", (0, 4)),  # a later word inside an earlier match does not move it
        ("Zoé", "zoe", (0, 3)),
        ("text", "  ", None),
    ],
)
def test_the_highlight_span(text, query, span):
    assert find_words(text, query) == span


def test_the_call_script_word_for_word():
    referral = Contact("Li Wei Chen", source=ContactSource.REFERRAL, may_use_referrer_name=False)
    assert script_text(call_script(referral, "Urban planner", "Ana Lima", 15, "Sam Roe.")) == (
        "Hello Li, my name is Sam Roe.\n"
        "Someone who knows your work suggested I get in touch with you.\n"
        "I'm exploring work as an urban planner, and I'm seeking information and guidance from people who do it — "
        "I'm not asking for a job.\n"
        "Could I have 15 minutes of your time, at a time that suits you?"
    )
    directory = Contact("  ", source=ContactSource.DIRECTORY)
    assert script_text(call_script(directory)) == (
        "Hello, my name is [your name].\n"
        "I found your name in a directory.\n"
        "I'm exploring your line of work, and I'm seeking information and guidance from people who do it — "
        "I'm not asking for a job.\n"
        "Could I have 20 minutes of your time, at a time that suits you?"
    )


def test_how_i_got_your_name_for_each_kind_of_contact():
    assert how_i_got_your_name(Contact("Li", how_got_name="  We met at a fair.  ")) == "We met at a fair."
    directory = how_i_got_your_name(Contact("Li", source=ContactSource.DIRECTORY))
    assert str(directory) == "I found your name in a directory."
    assert how_i_got_your_name(Contact("Li")) is None
    noted = Contact("Li", source=ContactSource.REFERRAL, how_got_name="Ana's colleague")
    assert how_i_got_your_name(noted) == "Ana's colleague"  # no referrer known: the person's own note
    assert how_i_got_your_name(Contact("Li", how_got_name="From a fair"), "Ana") == "From a fair"


def test_the_thank_you_draft_word_for_word():
    template = (
        "Subject: Thank you, $first_name\n"
        "Dear $first_name ($full_name),   \n\n\n\n"
        "About $your_work, $occupation at $organisation. $points\n\n$referral\n\n$signature $unknown\n"
    )
    context = ThankYouContext(
        "Ana Lima",
        occupation="Urban planner",
        organisation="City Hall",
        points=["Zoning takes years.", "  ", "Maps matter.", "A third point"],
        referral_names=["Li Wei"],
        signature="Sam",
    )
    draft = draft_thank_you(template, context)
    assert draft.subject == "Thank you, Ana"
    assert draft.body == (
        "Dear Ana (Ana Lima),\n\n"
        "About your work as an urban planner, Urban planner at City Hall. Zoning takes years. Maps matter.\n\n"
        "Thank you too for suggesting I talk with Li Wei; I will get in touch.\n\n"
        "Sam $unknown\n"
    )
    bare = draft_thank_you("$occupation, $your_work. $points", ThankYouContext("Ana", points=["NASA rules…"]))
    assert bare.body == "your work, your work. NASA rules…\n"


@pytest.mark.parametrize(
    ("due", "kind", "days_overdue"),
    [
        (None, "NONE", 0),
        (date(2026, 11, 22), "OVERDUE", 3),
        (date(2026, 11, 23), "OVERDUE", 2),
        (date(2026, 11, 24), "OVERDUE_SINCE_YESTERDAY", 1),
        (date(2026, 11, 25), "TODAY", 0),
        (date(2026, 11, 26), "TOMORROW", 0),
        (date(2026, 11, 27), "LATER", 0),
    ],
)
def test_where_a_due_date_stands(due, kind, days_overdue):
    """The words for each are the UI's (tests/ui/shell/test_guards.py)."""
    from app.core.formatting import Due, due_state

    state = due_state(due, date(2026, 11, 25))
    assert (state.kind, state.days_overdue) == (Due[kind], days_overdue)
    assert state.due == due


@pytest.mark.parametrize(
    ("text", "lowered"), [("Urban", "urban"), ("NASA", "NASA"), ("A", "A"), ("Ab", "ab"), ("", "")]
)
def test_lower_first(text, lowered):
    from app.core.formatting import lower_first

    assert lower_first(text) == lowered


@pytest.mark.parametrize(
    ("text", "limit", "short"),
    [
        ("exactly ten", 11, "exactly ten"),
        ("one two three four", 12, "one two…"),
        ("one two, three", 9, "one two…"),
        ("abcdefghij klm", 12, "abcdefghij…"),
        ("ab cdefghijklmnop", 10, "ab cdefgh…"),
        ("one two three", 8, "one two…"),
        (".abcdefghij", 6, ".abcd…"),
    ],
)
def test_shorten_cuts_at_a_word(text, limit, short):
    from app.core.formatting import shorten

    assert shorten(text, limit) == short


def test_the_time_budget_keeps_what_it_was_given():
    from app.core.question_plan import plan_budget

    budget = plan_budget([2, 3.5, -1], planned_minutes=20, reserve_minutes=0)
    assert (budget.picked_minutes, budget.available_minutes) == (5.5, 20.0)
    assert (budget.planned_minutes, budget.reserve_minutes, budget.question_count) == (20, 0, 3)
    nothing = plan_budget([], planned_minutes=0, reserve_minutes=0)
    assert (nothing.planned_minutes, nothing.available_minutes, nothing.fraction_used) == (0, 0.0, 0.0)


def test_a_full_card_is_read_field_by_field():
    from app.core.vcard import LabelledValue

    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        "FN:  Ana   Lima \r\n"
        "ORG:City Hall;; Planning \r\n"
        "TITLE: Senior planner \r\n"
        "item1.EMAIL:ana@example.org\r\n"
        "item1.X-ABLabel:_$!<Work>!$_\r\n"
        "item2.TEL:tel:+1 555 0100\r\n"
        "item2.X-ABLabel:Studio\r\n"
        "EMAIL;TYPE=HOME:\r\n"
        "ADR;TYPE=WORK:PO Box 1;Floor 2;1 Main St;Springfield;IL;62701;USA\r\n"
        "URL:https://example.org\r\n"
        "URL:\r\n"
        "END:VCARD\r\n"
    )
    [imported] = read_vcards(text)
    assert imported.card == CardDetails(
        full_name="Ana Lima",
        organisation="City Hall",
        units=["", "Planning"],  # ORG's units as the card has them, an empty one included
        job_title="Senior planner",
        emails=[LabelledValue("ana@example.org", "work")],
        phones=[LabelledValue("+1 555 0100", "Studio")],  # a custom label, as written
        address="PO Box 1\nFloor 2\n1 Main St\nSpringfield IL 62701\nUSA",
        address_parts=AddressParts("PO Box 1", "Floor 2", "1 Main St", "Springfield", "IL", "62701", "USA", "work"),
        websites=["https://example.org"],
    )
    assert imported.problems == []


def test_a_card_with_only_an_organisation_is_named_after_it():
    [imported] = read_vcards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nORG:City Hall\r\nEND:VCARD\r\n")
    assert (imported.card.full_name, imported.card.organisation, imported.card.job_title) == (
        "City Hall",
        "City Hall",
        "",
    )


def test_card_problems_say_which_field_and_why():
    from app.core.vcard import LabelledValue, card_problems

    card = CardDetails(
        emails=[LabelledValue("ok@example.org"), LabelledValue("not an email")],
        phones=[LabelledValue("12"), LabelledValue("123"), LabelledValue("1" * 20), LabelledValue("1" * 21)],
    )
    assert [(problem.field, problem.index, problem.value, str(problem.message)) for problem in card_problems(card)] == [
        ("full_name", 0, "", "The card has no name."),
        (
            "email",
            1,
            "not an email",
            "“not an email” does not look like an email address (for example name@example.com).",
        ),
        ("phone", 0, "12", "“12” does not look like a phone number (digits, spaces, + - ( ) and an extension)."),
        (
            "phone",
            3,
            "1" * 21,
            f"“{'1' * 21}” does not look like a phone number (digits, spaces, + - ( ) and an extension).",
        ),
    ]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"planned_seconds": 59}, "the planned length must be between 1 minute and 4 hours"),
        ({"planned_seconds": 4 * 3600 + 1}, "the planned length must be between 1 minute and 4 hours"),
        ({"planned_seconds": 600.0}, "planned_seconds must be a whole number of seconds"),
        ({"wrap_up_seconds": True}, "wrap_up_seconds must be a whole number of seconds"),
        ({"last_minutes_seconds": 0}, "the last-minutes warning must come after the wrap-up warning"),
        ({"last_minutes_seconds": 300}, "the last-minutes warning must come after the wrap-up warning"),
        ({"planned_seconds": 300}, "the wrap-up warning must come after the start"),
        ({"sound_enabled": 1}, "sound_enabled must be true or false"),
    ],
)
def test_countdown_settings_say_what_cannot_work(fields, message):
    from app.core.countdown import CountdownSettingsError

    with pytest.raises(CountdownSettingsError) as raised:
        CountdownSettings(**fields)
    assert str(raised.value) == message


def test_countdown_settings_at_their_limits_are_accepted():
    assert CountdownSettings(planned_seconds=60, wrap_up_seconds=30, last_minutes_seconds=1).last_minutes_seconds == 1
    assert CountdownSettings(planned_seconds=4 * 3600).planned_seconds == 4 * 3600
    assert with_planned_minutes(CountdownSettings(wrap_up_seconds=30, last_minutes_seconds=10), 1).planned_seconds == 60


def test_the_countdown_at_zero_and_in_overtime(clock):
    countdown = Countdown(clock, CountdownSettings(planned_seconds=60, wrap_up_seconds=30, last_minutes_seconds=10))
    countdown.start()
    clock.advance(59.5)
    snapshot = countdown.snapshot()
    assert (snapshot.digits, str(snapshot.words)) == ("00:01", "Last minutes — under 1 min left")
    assert countdown.seconds_to_next_boundary() == pytest.approx(0.5)
    clock.advance(0.5)
    snapshot = countdown.snapshot()
    assert (snapshot.digits, str(snapshot.words), snapshot.remaining_seconds) == ("00:00", "Time is up", 0)
    assert (snapshot.elapsed_seconds, snapshot.total_seconds) == (60, 60)
    assert countdown.seconds_to_next_boundary() == pytest.approx(1)
    clock.advance(72.25)
    snapshot = countdown.snapshot()
    assert (snapshot.digits, str(snapshot.words)) == ("+01:12", "Overtime +01:12")
    assert snapshot.next_boundary == pytest.approx(clock.elapsed() + 0.75)
    countdown.finish()
    assert str(countdown.snapshot().words) == "Finished after 2 min 12 s"


def test_a_countdown_finished_after_a_second_says_so(clock):
    countdown = Countdown(clock)
    countdown.start()
    clock.advance(1.5)
    countdown.finish()
    assert str(countdown.snapshot().words) == "Finished after 1 s"
    assert countdown.adjust(60) == 0
    other = Countdown(clock)
    other.start()
    assert other.adjust(0) == 0
    assert other.adjust(1) == 1


def test_the_saved_countdown_is_compact_and_exact(clock):
    countdown = Countdown(clock)
    countdown.start()
    clock.advance(1.23456789)
    countdown.pause()
    text = countdown.to_json()
    assert " " not in text
    assert '"banked_seconds":1.234568' in text
    assert '"segment":null' in text


# ---- the real clock -----------------------------------------------------------------------------


def test_the_system_clock_reads_this_machine(monkeypatch):
    import time

    from app.core.clock import SystemClock

    clock = SystemClock()
    before = datetime.now(UTC)
    now = clock.now()
    assert now.tzinfo is UTC and before <= now <= datetime.now(UTC)
    steady = clock.elapsed()
    assert isinstance(steady, float)
    assert abs(steady - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1
    boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    assert clock.boot_id() == boot and clock.boot_id() is clock.boot_id()
    monkeypatch.setenv("TZ", "Pacific/Pago_Pago")
    assert clock.local_zone() == ZoneInfo("Pacific/Pago_Pago")
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    assert clock.local_zone() == ZoneInfo("Pacific/Pago_Pago")  # read once
    assert clock.today() == datetime.now(ZoneInfo("Pacific/Pago_Pago")).date()


def test_without_a_boot_id_the_boot_instant_stands_in(monkeypatch):
    import time

    from app.core import clock as clock_module

    def unreadable(*_args, **_kwargs):
        raise OSError("no /proc here")

    monkeypatch.setattr(clock_module.Path, "read_text", unreadable)
    monkeypatch.setattr(time, "time", lambda: 10_000.0)
    monkeypatch.setattr(time, "monotonic", lambda: 2_000.0)
    assert clock_module._read_boot_id() == "approx-133"


# ---- the question bank --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "problems"),
    [
        (("Why?", "Path", "advice", 2), []),
        (("x" * 1000, "c" * 60, " Trends ", 0.5), []),
        (("Why?", "Path", "advice", 20), []),
        ((" ", "", "advice", 2), ["the question text is empty", "the category is empty"]),
        (
            ("x" * 1001, "c" * 61, "advice", 2),
            [
                "the question text is 1001 characters long; the limit is 1000",
                "the category is longer than 60 characters",
            ],
        ),
        (
            ("Why\x00?", "Pa\nth", "advice", 2),
            [
                "the question text contains control characters (such as NUL)",
                "the category contains control characters or line breaks",
            ],
        ),
        (("Why?", "Pa\x07th", "advice", 2), ["the category contains control characters or line breaks"]),
        (
            ("Why?", "Path", "tips", True),
            [
                "the TIARA tag 'tips' is not one of: trends, insights, advice, resources, assignments",
                "the minutes estimate True is not a number",
            ],
        ),
        (
            ("Why?", "Path", None, "2"),
            [
                "the TIARA tag None is not one of: trends, insights, advice, resources, assignments",
                "the minutes estimate '2' is not a number",
            ],
        ),
        (("Why?", "Path", "advice", 0.4), ["the minutes estimate 0.4 is outside 0.5–20"]),
        (("Why?", "Path", "advice", 20.5), ["the minutes estimate 20.5 is outside 0.5–20"]),
    ],
)
def test_question_fields_say_what_is_wrong(fields, problems):
    from app.core.question_bank import check_question_fields

    assert check_question_fields(*fields) == problems


def test_bank_files_that_cannot_be_used_say_why(tmp_path):
    from app.core.question_bank import BankProblem
    from app.files import load_bank

    missing = tmp_path / "missing.toml"
    [problem] = load_bank(missing).problems
    assert problem == BankProblem(0, f"cannot read the question bank {missing}: No such file or directory")
    assert str(problem) == f"cannot read the question bank {missing}: No such file or directory"
    large = tmp_path / "large.toml"
    large.write_bytes(b"#" * 1_000_001)
    assert load_bank(large).problems == [BankProblem(0, f"the question bank {large} is larger than 1 MB")]
    large.write_bytes(b"#" * 1_000_000)
    assert load_bank(large).problems == [BankProblem(0, "the question bank has no [[question]] entries")]
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b"# one\n# two\n# caf\xe9\n")
    assert load_bank(latin).problems == [BankProblem(3, "the file is not UTF-8 text")]
    assert str(BankProblem(3, "bad")) == "line 3: bad"


# ---- question-set files -------------------------------------------------------------------------


def _set_document(**changes) -> bytes:
    document = {
        "format": "infointerview-question-set",
        "version": 1,
        "name": "  Planning   set ",
        "occupation": " Urban   planner ",
        "questions": [{"text": "What  is a\ntypical day?", "category": " Daily ", "tiara": "Advice", "minutes": 3}],
    }
    document.update(changes)
    return json.dumps(document).encode()


def test_a_question_set_file_is_read_tidied():
    from app.core.entities import Tiara
    from app.core.question_set_file import parse_set_document
    from app.core.question_sets import QuestionSet, QuestionSetItem

    question_set, occupation = parse_set_document(_set_document())
    assert question_set == QuestionSet(
        "Planning set", [QuestionSetItem("What is a typical day?", "Daily", Tiara.ADVICE, 3.0)]
    )
    assert occupation == "Urban planner"
    defaults, none = parse_set_document(_set_document(occupation="", questions=[{"text": "Why?", "category": ""}]))
    assert defaults.items == [QuestionSetItem("Why?", "General", Tiara.INSIGHTS, 2.0)]
    assert none == ""
    assert len(parse_set_document(_set_document(questions=[{"text": "Why?"}] * 100))[0].items) == 100


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff", "The file is not a question set: it is not UTF-8 text."),
        (
            b'{"format": ',
            "The file is not a readable question set: it is damaged or cut short near line 1 (expecting value).",
        ),
        (b"[]", "The file is not an InfoInterview question set."),
        (_set_document(format="other"), "The file is not an InfoInterview question set."),
        (_set_document(version=None), "The file does not say which version of the format it uses."),
        (_set_document(version=True), "The file does not say which version of the format it uses."),
        (
            _set_document(version=2),
            "The file was made by a newer InfoInterview (format version 2); update the app to open it.",
        ),
        (_set_document(version=0), "The file has an unknown format version (0)."),
        (_set_document(name=None), "The file has no set name."),
        (_set_document(name="  "), "The file: Give the set a name."),
        (_set_document(occupation=None), "The file has an unreadable occupation."),
        (_set_document(occupation="x" * 201), "The file has an unreadable occupation."),
        (_set_document(occupation="a\x00b"), "The file has an unreadable occupation."),
        (_set_document(questions=[]), "The file holds no questions."),
        (_set_document(questions={"text": "Why?"}), "The file holds no questions."),
        (_set_document(questions=[{"text": "Why?"}] * 101), "The file holds 101 questions; a set can hold 100."),
        (_set_document(questions=[{"text": "Why?"}, "Why not?"]), "The file: question 2 is not a question."),
        (
            _set_document(questions=[{"text": "Why?"}, {"text": " "}]),
            "The file: question 2: the question text is empty.",
        ),
    ],
)
def test_a_question_set_file_that_cannot_be_used_says_why(raw, message):
    from app.core.question_set_file import QuestionSetFileError, parse_set_document

    with pytest.raises(QuestionSetFileError) as raised:
        parse_set_document(raw)
    assert str(raised.value) == message


def test_question_set_files_are_written_whole_and_read_back(tmp_path):
    from app.core.entities import Tiara
    from app.core.question_set_file import QuestionSetFileError
    from app.core.question_sets import QuestionSet, QuestionSetItem
    from app.files import read_set_file, write_set_file

    path = tmp_path / "set.json"
    original = QuestionSet("Café set", [QuestionSetItem("Why?", "Path", Tiara.TRENDS, 2.5)])
    write_set_file(path, original, "Urban planner")
    assert path.read_text(encoding="utf-8").startswith(
        '{\n  "format": "infointerview-question-set",\n  "version": 1,\n'
    )
    assert "Café set" in path.read_text(encoding="utf-8")
    assert read_set_file(path) == (original, "Urban planner")
    assert not (tmp_path / "set.json.part").exists()
    with pytest.raises(QuestionSetFileError) as raised:
        write_set_file(tmp_path / "missing" / "set.json", original)
    assert str(raised.value) == "Could not write set.json: No such file or directory."
    with pytest.raises(QuestionSetFileError) as raised:
        read_set_file(tmp_path / "nothing.json")
    assert str(raised.value) == "Could not open nothing.json: No such file or directory."
    path.write_bytes(b" " * (512 * 1024 + 1))
    with pytest.raises(QuestionSetFileError) as raised:
        read_set_file(path)
    assert str(raised.value) == "set.json is too large to be a question set (over 512 KB)."
    path.write_bytes(b" " * (512 * 1024))
    with pytest.raises(QuestionSetFileError, match=r"^set\.json is not a readable question set"):
        read_set_file(path)


# ---- smaller survivors ----------------------------------------------------------------------------


def test_mailto_encodes_slashes_too():
    assert mailto_url("ana@example.org", "a/b") == "mailto:ana@example.org?subject=a%2Fb"


def test_empty_search_results():
    from app.core.search import SearchResults

    assert SearchResults.empty() == SearchResults(hits=[], matching_texts=0, by_relevance=True, has_more=False)


@pytest.mark.parametrize(("platform", "boottime"), [("darwin", True), ("linux", False)])
def test_away_from_linux_or_without_boottime_the_monotonic_clock_is_used(monkeypatch, platform, boottime):
    import sys
    import time

    from app.core import clock as clock_module

    monkeypatch.setattr(sys, "platform", platform)
    if not boottime:
        monkeypatch.delattr(time, "CLOCK_BOOTTIME")
    assert clock_module._steady_source() is time.monotonic


def test_export_file_names_without_a_name_or_a_date():
    export = InterviewExport(Interview(contact_id=1), Contact("?!"))
    assert suggested_file_name(export, "md", UTC) == "interview-interview-undated.md"
    named = InterviewExport(Interview(contact_id=1), Contact("Zoë Ng"))
    assert suggested_file_name(named, "pdf", UTC) == "interview-Zoë-Ng-undated.pdf"


# ---- words core marks for the UI to translate ---------------------------------------------------
# The UI looks each up under its context, so a wrong context shows the English to everyone.


def _said(words) -> tuple[str, str]:
    return words.context, str(words)


def test_the_call_script_is_marked_sentence_by_sentence():
    referral = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=True)
    lines = call_script(referral, "Urban planner", "Ana Lima", your_name="Rex X.")
    assert [_said(line) for line in lines] == [
        ("CallScript", "Hello Li, my name is Rex X."),
        ("CallScript", "Ana Lima suggested I speak with you."),
        (
            "CallScript",
            "I'm exploring work as an urban planner, and I'm seeking information and guidance from people who do it "
            "— I'm not asking for a job.",
        ),
        ("CallScript", "Could I have 20 minutes of your time, at a time that suits you?"),
    ]
    assert lines[2].args["occupation"] == "urban planner"  # the bare title, for languages without "an"
    refused = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=False)
    assert _said(how_i_got_your_name(refused, "Ana Lima")) == (
        "CallScript",
        "Someone who knows your work suggested I get in touch with you.",
    )
    assert _said(how_i_got_your_name(Contact("Li", source=ContactSource.DIRECTORY)))[0] == "CallScript"
    nameless = call_script(Contact(" "))
    assert [line.context for line in nameless] == ["CallScript"] * 3
    assert str(nameless[1]).startswith("I'm exploring your line of work")
    # No referrer known: nothing is said about who suggested the call.
    assert len(call_script(Contact("Li", source=ContactSource.REFERRAL))) == 3


def test_why_someone_hears_the_outcome():
    from app.core.outcome import OutcomeRecipient, RecipientReason

    def reason(kind, names=()):
        return OutcomeRecipient(1, "Ana", "", kind, list(names)).describe_reason()

    assert _said(reason(RecipientReason.INTERVIEWED)) == ("OutcomeRecipient", "You interviewed them")
    both = reason(RecipientReason.BOTH, ["Li", "Bo", "Cy"])
    assert _said(both) == ("OutcomeRecipient", "You interviewed them, and they referred you to Li, Bo and Cy")
    referred = reason(RecipientReason.REFERRED, ["Li"])
    assert _said(referred) == ("OutcomeRecipient", "They referred you to Li")
    joined = OutcomeRecipient(1, "Ana", "", RecipientReason.REFERRED, ["Li", "Bo"]).describe_reason(" + ".join)
    assert str(joined) == "They referred you to Li + Bo"


def test_what_an_import_adds_is_counted():
    from app.core.data_safety import ImportSummary, describe_import

    summary = ImportSummary(1, "0007", "", {"contacts": 2, "interviews": 3, "interview_notes": 4}, 5)
    words = describe_import(summary)
    assert _said(words) == ("Import", "Adds 2 people, 3 interviews, 4 notes and 5 files as new records.")
    counts = {name: count.n for name, count in words.args.items()}
    assert counts == {"people": 2, "interviews": 3, "notes": 4, "files": 5}


def test_template_problems_name_the_file_and_why():
    from app.core.thank_you import TemplateError, decode_template, template_too_big, template_unreadable

    unreadable = template_unreadable("notes/thanks.txt", "Permission denied")
    english = "The template notes/thanks.txt cannot be read: Permission denied"
    assert _said(unreadable.text) == ("TemplateError", english)
    assert str(unreadable) == english
    too_big = template_too_big("big.txt")
    assert _said(too_big.text) == (
        "TemplateError",
        "The template big.txt is larger than 64 KB; a note template should be short.",
    )
    with pytest.raises(TemplateError) as raised:
        decode_template(b"caf\xe9", "latin.txt")
    assert _said(raised.value.text) == ("TemplateError", "The template latin.txt is not UTF-8 text.")


def test_the_thank_you_nudge_names_the_person():
    from app.core.wrapup import ThankYouNudge

    nudge = ThankYouNudge(1, 2, "Ana Lima", LATE_EVENING_UTC)
    assert _said(nudge.describe()) == ("ThankYouNudge", "Send your thank-you note to Ana Lima")


def test_a_card_without_a_name_or_in_an_unknown_version_is_refused():
    from app.core.vcard import VCardError

    with pytest.raises(VCardError) as raised:
        write_vcard(CardDetails("  "))
    assert _said(raised.value.text) == ("VCard", "A contact card needs a name.")
    assert str(raised.value) == "A contact card needs a name."
    with pytest.raises(ValueError, match=r"^vCard version 2\.1 is not supported$"):
        write_vcard(CardDetails("Ana"), "2.1")


def test_the_countdown_words_are_marked_under_the_countdown(clock):
    countdown = Countdown(clock)
    assert _said(countdown.snapshot().words) == ("Countdown", "Ready — 20 min planned")
    countdown.start()
    words = countdown.snapshot().words
    assert _said(words) == ("Countdown", "On track — 20 min left")
    assert words.args["stage"].context == "CountdownStage"
    countdown.pause()
    assert _said(countdown.snapshot().words) == ("Countdown", "Paused · On track — 20 min left")
    countdown.finish()
    assert _said(countdown.snapshot().words) == ("Countdown", "Finished")
    running = Countdown(clock, CountdownSettings(planned_seconds=60, wrap_up_seconds=30, last_minutes_seconds=10))
    running.start()
    clock.advance(60)
    assert _said(running.snapshot().words) == ("Countdown", "Time is up")
    clock.advance(61)
    assert _said(running.snapshot().words) == ("Countdown", "Overtime +01:01")
    running.finish()
    assert _said(running.snapshot().words) == ("Countdown", "Finished after 2 min 1 s")
    clock.advance(59)
    exact = Countdown(clock)
    exact.start()
    clock.advance(120)
    exact.finish()
    assert _said(exact.snapshot().words) == ("Countdown", "Finished after 2 min")
    short = Countdown(clock)
    short.start()
    clock.advance(40)
    short.finish()
    assert _said(short.snapshot().words) == ("Countdown", "Finished after 40 s")
    assert {words.context for words in word_shapes()} == {"Countdown"}


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        (None, "NONE"),
        (datetime(2026, 11, 25, 23, 59, tzinfo=NEW_YORK), "TODAY"),
        (datetime(2026, 11, 26, 4, 59, tzinfo=UTC), "TODAY"),  # still the 25th in New York
        (datetime(2026, 11, 26, 5, 0, tzinfo=UTC), "TOMORROW"),
        (datetime(2026, 11, 24, 0, 0, tzinfo=NEW_YORK), "YESTERDAY"),
        (datetime(2026, 11, 23, 12, 0, tzinfo=NEW_YORK), "THIS_YEAR"),
        (datetime(2026, 11, 27, 12, 0, tzinfo=NEW_YORK), "THIS_YEAR"),
        (datetime(2025, 11, 25, 12, 0, tzinfo=NEW_YORK), "OTHER_YEAR"),
    ],
)
def test_where_a_moment_falls_from_today(moment, day):
    from app.core.formatting import Day, place_in_time

    now = datetime(2026, 11, 25, 21, 30, tzinfo=NEW_YORK)
    when = place_in_time(moment, now)
    assert when.day is Day[day]
    if moment is None:
        assert when.local is None
    else:
        assert when.local == moment and when.local.tzinfo is NEW_YORK


def test_a_backup_is_described_by_its_local_time_and_what_it_holds():
    from app.core.data_safety import BackupInfo, StoreCounts, describe_backup, describe_contents

    counts = StoreCounts(interviews=42, people=61, notes=7, newest_note_at=LATE_EVENING_UTC)
    contents = describe_contents(counts, NEW_YORK)
    assert _said(contents) == ("Backups", "42 interviews, 61 people, newest note 25 Nov")
    assert {name: getattr(value, "n", value) for name, value in contents.args.items()} == {
        "interviews": 42,
        "people": 61,
        "day": "25 Nov",
    }
    assert str(describe_contents(counts, UTC)) == "42 interviews, 61 people, newest note 26 Nov"
    empty = describe_contents(StoreCounts(0, 1, 0, None), NEW_YORK)
    assert _said(empty) == ("Backups", "0 interviews, 1 person, no notes")
    backup = BackupInfo("b.sqlite3", LATE_EVENING_UTC, "manual", 1, counts)
    assert _said(describe_backup(backup, NEW_YORK)) == (
        "Backups",
        "25 Nov 2026 21:30 — 42 interviews, 61 people, newest note 25 Nov",
    )
    unreadable = BackupInfo("b.sqlite3", LATE_EVENING_UTC, "manual", 1, None)
    assert _said(describe_backup(unreadable, UTC)) == ("Backups", "26 Nov 2026 02:30 — cannot be read")


def test_where_the_thank_you_note_stands():
    from app.core.wrapup import ThankYouNote, describe_thank_you

    assert _said(describe_thank_you(None)) == ("ThankYouNote", "Not written yet")
    assert _said(describe_thank_you(ThankYouNote(1, "  "))) == ("ThankYouNote", "Not written yet")
    assert _said(describe_thank_you(ThankYouNote(1, "Dear Ana"))) == ("ThankYouNote", "Written, not sent yet")
    sent = ThankYouNote(1, "", sent_on=date(2026, 11, 26))
    assert _said(describe_thank_you(sent)) == ("ThankYouNote", "Sent on 26 Nov 2026")
    assert str(describe_thank_you(sent, lambda day: f"the {day.day}th")) == "Sent on the 26th"
