from pathlib import Path

import pytest

from app.core.second_person import thank_you_line
from app.core.thank_you import (
    MAX_CANDIDATE_POINTS,
    POINT_LENGTH,
    THANK_YOU_TEMPLATE,
    PointWording,
    TemplateError,
    ThankYouContext,
    candidate_points,
    draft_thank_you,
    point_line,
)
from app.files import load_template
from app.paths import resource

BUILTIN = resource("templates")


def _draft(**changes):
    context = ThankYouContext(
        full_name="María José Ortega",
        occupation="Urban planner",
        points=[
            thank_you_line("She mentioned that zoning hearings take most of the week"),
            thank_you_line("GIS certificates are worth it"),
        ],
        referral_names=["Li Wei"],
        signature="Sam",
    )
    for name, value in changes.items():
        setattr(context, name, value)
    return draft_thank_you(load_template(THANK_YOU_TEMPLATE, None, BUILTIN), context)


def test_draft_names_the_person_the_points_and_the_referral():
    draft = _draft()
    assert draft.subject == "Thank you, María"
    assert draft.body.startswith("Dear María,")
    assert "about your work as an urban planner." in draft.body
    assert "Thank you for mentioning that zoning hearings take most of the week." in draft.body
    assert "Thank you for explaining that GIS certificates are worth it." in draft.body  # acronyms keep capitals
    assert "she" not in draft.body.casefold().split()
    assert "Li Wei" in draft.body
    assert draft.body.rstrip().endswith("Sam")
    assert "$" not in draft.body


def test_draft_is_short():
    assert len(_draft().body.split()) < 120


def test_without_points_or_referral_no_empty_sentences_or_gaps_remain():
    body = _draft(points=[], referral_names=[]).body
    assert "Thank you for explaining" not in body
    assert "suggesting" not in body
    assert "\n\n\n" not in body


def test_only_two_points_are_used():
    body = _draft(points=["First point here", "Second point here", "Third point here"]).body
    assert "third point" not in body.casefold()


def test_a_user_template_in_the_data_folder_wins(tmp_path):
    user_dir = tmp_path / "templates"
    user_dir.mkdir()
    (user_dir / THANK_YOU_TEMPLATE).write_text("Subject: Cheers $first_name\nHi $first_name! $unknown", "utf-8")
    text = load_template(THANK_YOU_TEMPLATE, user_dir, BUILTIN)
    draft = draft_thank_you(text, ThankYouContext(full_name="Ana Lima"))
    assert draft.subject == "Cheers Ana"
    assert draft.body == "Hi Ana! $unknown\n"


def test_missing_user_folder_falls_back_to_the_shipped_template(tmp_path):
    assert "Dear $first_name" in load_template(THANK_YOU_TEMPLATE, tmp_path / "nowhere", BUILTIN)


def test_unreadable_template_gives_a_message(tmp_path):
    (tmp_path / THANK_YOU_TEMPLATE).write_bytes(b"\xff\xfe\xfa broken")
    with pytest.raises(TemplateError, match="UTF-8") as caught:
        load_template(THANK_YOU_TEMPLATE, tmp_path, BUILTIN)
    assert caught.value.text.context == "TemplateError"  # the UI shows it in the person's language
    assert caught.value.text.args["path"] == str(tmp_path / THANK_YOU_TEMPLATE)


def test_a_template_too_large_gives_a_message(tmp_path):
    (tmp_path / THANK_YOU_TEMPLATE).write_text("x" * (65 * 1024), encoding="utf-8")
    with pytest.raises(TemplateError, match="larger than 64 KB"):
        load_template(THANK_YOU_TEMPLATE, tmp_path, BUILTIN)


def test_candidate_points_come_from_notes_lines_and_answers():
    notes = "- Zoning hearings take most of the week.\n* Loves the GIS side. Hates politics though!\nok"
    points = candidate_points(notes, ["Start at a county office to learn the ropes"]).points
    assert points == [
        "Zoning hearings take most of the week.",
        "Loves the GIS side.",
        "Hates politics though!",
        "Start at a county office to learn the ropes",
    ]


def test_builtin_template_exists_where_resources_live():
    assert Path(BUILTIN / THANK_YOU_TEMPLATE).is_file()


def test_time_stamps_from_the_notes_never_reach_the_letter():
    points = candidate_points(
        "[00:03] Mentioned the Kaggle meetup on Thursdays.\n- [+01:10] Budgets are tight this year."
    ).points
    assert points == ["Mentioned the Kaggle meetup on Thursdays.", "Budgets are tight this year."]


def test_a_huge_note_offers_a_few_short_points_and_says_more_exist():
    line = "lorem ipsum pâte feuilletée שלום مرحبا 😀 amet dolor sit " * 3
    notes = "Mentioned Chef Hélène Darroze; call back Tuesday\n" + "".join(f"{n} {line}\n" for n in range(6_000))
    assert len(notes.encode()) > 1_000_000
    found = candidate_points(notes)
    assert len(found.points) == MAX_CANDIDATE_POINTS
    assert found.more_exist
    assert found.points[0] == "Mentioned Chef Hélène Darroze; call back Tuesday"
    assert all(len(point) <= POINT_LENGTH for point in found.points)
    assert candidate_points(line * 10).points[0].endswith("…")
    assert not candidate_points("Only one thing was said here").more_exist


def test_a_shortened_point_does_not_end_the_letter_with_an_ellipsis_and_a_full_stop():
    draft = _draft(points=["Spent the morning explaining how the zoning board…"])
    assert "zoning board…" in draft.body
    assert "….".lower() not in draft.body


@pytest.mark.parametrize(
    ("note", "line"),
    [
        (
            "She mentioned that zoning hearings take most of the week",
            "Thank you for mentioning that zoning hearings take most of the week.",
        ),
        ("She advised me to take the GIS course.", "Your advice to take the GIS course was helpful."),
        ("He told me to call back Tuesday", "Your advice to call back Tuesday was helpful."),
        (
            "Start at a county office to learn the ropes",
            "Your advice to start at a county office to learn the ropes was helpful.",
        ),
        ("María José said her team hires in spring", "Thank you for saying your team hires in spring."),
        (
            "she works long hours and her boss is kind",
            "Thank you for explaining that you work long hours and your boss is kind.",
        ),
        ("He said the pay is low but he loves it", "Thank you for saying the pay is low but you love it."),
        ("she's been there ten years", "Thank you for explaining that you've been there ten years."),
        ("She thinks his field is growing", "Thank you for explaining that your field is growing."),
        ("Mentioned Chef Darroze at Ferrandi", "Thank you for mentioning Chef Darroze at Ferrandi."),
        ("GIS certificates are worth it", "Thank you for explaining that GIS certificates are worth it."),
        ("She said planners go to too many meet…", "Thank you for saying planners go to too many meet…"),
    ],
)
def test_a_point_is_said_to_the_person_not_about_them(note, line):
    assert thank_you_line(note) == line


def test_points_left_to_word_are_marked_in_the_note_not_reworded():
    assert point_line("She mentioned the GIS course", PointWording.OWN_WORDS) == "She mentioned the GIS course"
    body = _draft(points=["She mentioned the GIS course", "budgets are tight"], wording=PointWording.OWN_WORDS).body
    assert "[In your own words: She mentioned the GIS course; budgets are tight]" in body


def test_lines_the_person_edited_go_in_as_written():
    body = _draft(points=["Your tip about the GIS course was spot on!", "Thanks for the map."]).body
    assert "urban planner. Your tip about the GIS course was spot on! Thanks for the map.\n" in body
