from datetime import UTC, datetime, timedelta, timezone

from app.core.entities import Contact, ContactSource
from app.core.formatting import (
    describe_when,
    plural,
    shorten,
)
from app.core.outreach import call_script as script_lines
from app.core.outreach import script_text


def call_script(*args, **kwargs) -> str:
    return script_text(script_lines(*args, **kwargs))


def test_call_script_says_how_i_got_the_name_what_i_want_and_for_how_long():
    contact = Contact(
        "Maria Lopez", source=ContactSource.NEIGHBOUR, how_got_name="Your neighbour Sam gave me your name."
    )
    script = call_script(contact, "landscape architect")
    assert script.startswith("Hello Maria")
    assert "Your neighbour Sam gave me your name." in script
    assert "work as a landscape architect" in script
    assert "information and guidance" in script
    assert "not asking for a job" in script
    assert "20 minutes" in script


def test_a_referral_names_the_referrer_only_when_allowed_and_never_reads_out_the_private_note():
    note = "Referred by Ana Ruiz (informational interview, 25 Nov 2026)"
    contact = Contact("Li Wei", source=ContactSource.REFERRAL, how_got_name=note, may_use_referrer_name=True)
    script = call_script(contact, referrer_name="Ana Ruiz", your_name="Sam Rivera")
    assert "Ana Ruiz suggested I speak with you." in script
    assert note not in script
    assert script.startswith("Hello Li, my name is Sam Rivera.")
    contact.may_use_referrer_name = False
    script = call_script(contact, referrer_name="Ana Ruiz")
    assert "Ana Ruiz" not in script
    assert "Someone who knows your work suggested" in script


def test_without_a_name_in_preferences_the_script_has_a_placeholder_and_one_full_stop():
    script = call_script(Contact("José Núñez"), "Pâtissière")
    first = script.split("\n")[0]
    assert first == "Hello José, my name is [your name]."
    assert "…" not in script
    with_name = call_script(Contact("José Núñez"), your_name="Sam Rivera Jr.")
    assert with_name.startswith("Hello José, my name is Sam Rivera Jr.\n")  # never "Jr.."


def test_describe_when_uses_words_for_nearby_days():
    zone = timezone(timedelta(hours=1))
    now = datetime(2026, 11, 25, 9, 0, tzinfo=zone)
    assert describe_when(datetime(2026, 11, 25, 13, 30, tzinfo=UTC), now) == "Today 14:30"
    assert describe_when(datetime(2026, 11, 26, 9, 0, tzinfo=zone), now) == "Tomorrow 09:00"
    assert describe_when(datetime(2026, 12, 3, 9, 0, tzinfo=zone), now) == "Thu 3 Dec 09:00"
    assert describe_when(None, now) == "Not scheduled"


def test_plural():
    assert plural(1, "person", "people") == "1 person"
    assert plural(10000, "interview") == "10,000 interviews"


def test_occupations_read_naturally_in_a_sentence():
    from app.core.formatting import as_a

    assert as_a("Urban planner") == "an urban planner"
    assert as_a("Landscape architect") == "a landscape architect"
    assert as_a("NASA engineer") == "a NASA engineer"
    assert as_a("  ") == ""


def test_shorten_cuts_at_a_word_and_says_so():
    assert shorten("Short enough", 20) == "Short enough"
    assert shorten("Mentioned Chef Hélène Darroze; call back Tuesday", 30) == "Mentioned Chef Hélène Darroze…"
    assert shorten("a\nb   c", 10) == "a b c"
    assert len(shorten("x" * 500, 40)) == 40


def test_scheduling_moves_a_person_forward_never_back():
    from app.core.entities import ContactStatus, status_after_scheduling

    assert status_after_scheduling(ContactStatus.PROSPECT) is ContactStatus.SCHEDULED
    assert status_after_scheduling(ContactStatus.CONTACTED) is ContactStatus.SCHEDULED
    for later in (ContactStatus.SCHEDULED, ContactStatus.INTERVIEWED, ContactStatus.DECLINED):
        assert status_after_scheduling(later) is later


def test_occupation_titles_match_without_case_or_extra_spaces():
    from app.core.entities import same_occupation_title

    assert same_occupation_title(" Urban  Planner", "urban planner")
    assert not same_occupation_title("Urban planner", "Urban planners")
