"""Follow-up suggestions as a Spanish speaker reads them, business days over months, and the limits
of the settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.follow_up import (
    MAX_BUSINESS_DAYS,
    FollowUpSettings,
    FollowUpSettingsError,
    Suggestion,
    SuggestionKey,
    SuggestionKind,
    add_business_days,
    business_days_between,
    describe,
)
from tests.core.spanish import in_spanish


def suggestion(kind: SuggestionKind, occupation: str = "") -> Suggestion:
    return Suggestion(SuggestionKey(kind, 1, date(2026, 12, 2)), 1, "Ana Ruiz", occupation_title=occupation)


def test_every_suggestion_reads_in_spanish_with_its_number_of_days():
    one = FollowUpSettings(try_another_after=1, follow_up_after=1)
    assert in_spanish(describe(suggestion(SuggestionKind.TRY_ANOTHER_PERSON, "Enfermería"), one)) == (
        "Sin respuesta de Ana Ruiz tras 1 día laborable: contacte con otra persona de Enfermería"
    )
    assert in_spanish(describe(suggestion(SuggestionKind.TRY_ANOTHER_PERSON))) == (
        "Sin respuesta de Ana Ruiz tras 3 días laborables: contacte con otra persona"
    )
    assert in_spanish(describe(suggestion(SuggestionKind.FOLLOW_UP))) == (
        "Sin respuesta de Ana Ruiz tras 7 días laborables: envíe un único recordatorio amable"
    )
    assert in_spanish(describe(suggestion(SuggestionKind.CONFIRM_TIME))) == (
        "Entrevista con Ana Ruiz mañana: confirme la hora"
    )


def test_business_days_between_counts_a_season_like_stepping():
    start = date(2026, 11, 27)
    for offset in range(0, 400, 3):
        end = start + timedelta(days=offset)
        stepped = sum(1 for n in range(1, offset + 1) if (start + timedelta(days=n)).weekday() < 5)
        assert business_days_between(start, end) == stepped
        assert add_business_days(start, stepped) <= end


def test_a_negative_count_of_business_days_is_refused():
    with pytest.raises(ValueError, match=r"^count must not be negative$"):
        add_business_days(date(2026, 11, 27), -1)


def test_the_settings_take_1_to_60_business_days_and_say_so():
    assert FollowUpSettings(try_another_after=MAX_BUSINESS_DAYS, follow_up_after=MAX_BUSINESS_DAYS)
    with pytest.raises(FollowUpSettingsError) as refused:
        FollowUpSettings(follow_up_after=MAX_BUSINESS_DAYS + 1)
    assert str(refused.value) == "follow_up_after must be a whole number of business days from 1 to 60"
