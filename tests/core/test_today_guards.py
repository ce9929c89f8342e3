"""Today's figures: the start of a day is a UTC time whatever the host's zone, and the referral tree
keeps who is who."""

from __future__ import annotations

import time
from datetime import date
from zoneinfo import ZoneInfo

import pytest

from app.core.today import ReferralRow, referral_forest, start_of_day


@pytest.fixture
def host_in_tokyo(monkeypatch):
    """The computer's own zone set far from the person's: nothing here may follow it."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_start_of_a_day_is_written_in_utc_whatever_the_host_zone(host_in_tokyo):
    # Compared as text in a query: the offset must be UTC's, not the host's.
    start = start_of_day(date(2026, 11, 2), ZoneInfo("America/New_York"))
    assert start.isoformat() == "2026-11-02T05:00:00+00:00"


def test_the_referral_tree_keeps_each_person_s_id_and_status():
    rows = [
        ReferralRow(7, "Ana", "interviewed", None),
        ReferralRow(9, "Ana", "contacted", None),  # two people of one name
        ReferralRow(3, "Bo", "prospect", 7),
    ]
    forest = referral_forest(rows)
    assert [(node.contact_id, node.name, node.status) for node in forest] == [
        (7, "Ana", "interviewed"),
        (9, "Ana", "contacted"),
    ]
    assert [(node.contact_id, node.led_to) for node in forest[0].children] == [(3, 0)]
    assert forest[0].led_to == 1


def test_someone_marked_as_referred_by_themselves_is_at_the_top_of_their_tree():
    forest = referral_forest([ReferralRow(1, "Ana", "prospect", 1), ReferralRow(2, "Bo", "prospect", 1)])
    assert [(node.contact_id, [child.contact_id for child in node.children]) for node in forest] == [(1, [2])]
