"""Every count the wrap-up and outcome views show reads right for one and for two ("1 step", "2 steps")."""

import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QCoreApplication

from app.core.wrapup import STEP_ORDER, WrapUpProgress, describe_progress
from app.paths import resource
from app.ui.widgets.i18n import tr_text

# Contexts of the wrap-up and outcome views, and of the core words they show.
CONTEXTS = {
    "CardImportDialog",
    "CardPage",
    "EvaluatePage",
    "FollowUpArea",
    "NotePoints",
    "OutcomeView",
    "ThankYouNotePage",
    "WrapUpProgress",
    "WrapUpView",
}
COUNTED = {
    ("CardImportDialog", "“{file}” holds %n card(s). Choose the one to take details from:"): (
        "“{file}” holds 1 card. Choose the one to take details from:",
        "“{file}” holds 2 cards. Choose the one to take details from:",
    ),
    ("CardPage", "Took %n change(s) from “{file}”."): ("Took 1 change from “{file}”.", "Took 2 changes from “{file}”."),
    ("CardPage", "Took %n change(s) from “{file}”; some values need a look."): (
        "Took 1 change from “{file}”; some values need a look.",
        "Took 2 changes from “{file}”; some values need a look.",
    ),
    ("EvaluatePage", "Ratings saved. %n aspect(s) left unrated."): (
        "Ratings saved. 1 aspect left unrated.",
        "Ratings saved. 2 aspects left unrated.",
    ),
    ("FollowUpArea", "○ Wrap-up incomplete: %n step(s) left"): (
        "○ Wrap-up incomplete: 1 step left",
        "○ Wrap-up incomplete: 2 steps left",
    ),
    ("NotePoints", "Pick at most %n point(s); a short note reads as more personal."): (
        "Pick at most 1 point; a short note reads as more personal.",
        "Pick at most 2 points; a short note reads as more personal.",
    ),
    # The count is of everyone, the noun is not counted: "Told 0 of 1." reads right either way.
    ("OutcomeView", "Told {told} of %n."): ("Told {told} of 1.", "Told {told} of 2."),
    ("NotePoints", "Your notes hold more points than the %n shown here."): (
        "Your notes hold more points than the 1 shown here.",
        "Your notes hold more points than the 2 shown here.",
    ),
    ("ThankYouNotePage", "Pick up to %n point(s) from your notes to mention:"): (
        "Pick up to 1 point from your notes to mention:",
        "Pick up to 2 points from your notes to mention:",
    ),
    # "of 7 steps": the noun counts the steps in all, so it stays plural for one left.
    ("WrapUpProgress", "Wrap-up incomplete: %n of {total} steps left"): (
        "Wrap-up incomplete: 1 of {total} steps left",
        "Wrap-up incomplete: 2 of {total} steps left",
    ),
}


def _counted_in_catalogue():
    tree = ElementTree.parse(resource("translations") / "infointerview_en.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if name in CONTEXTS:
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    yield name, message.findtext("source")


def test_every_count_in_the_wrapup_is_checked_here():
    assert set(_counted_in_catalogue()) == set(COUNTED)


@pytest.mark.parametrize(("key", "forms"), sorted(COUNTED.items()))
def test_one_and_two_read_right(key, forms):
    context, source = key
    shown = tuple(QCoreApplication.translate(context, source, None, n).replace("%n", str(n)) for n in (1, 2))
    assert shown == forms


@pytest.mark.parametrize(("left", "words"), [(1, "1 of 7 steps left"), (2, "2 of 7 steps left")])
def test_the_wrapup_progress_reads_right(left, words):
    from app.core.entities import WrapUpState

    states = {step: WrapUpState.DONE for step in STEP_ORDER[: len(STEP_ORDER) - left]}
    assert tr_text(describe_progress(WrapUpProgress(1, states))).endswith(words)
