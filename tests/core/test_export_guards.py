"""The export of one interview, pinned word for word.

Mutation testing found that most small changes to the export writer went unnoticed. These pin what
a person gets today from the Markdown, which is also what the PDF is laid out from; when the writer
is deliberately changed, update the expected text here in the same change, after checking the new
output by eye.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from app.core.entities import ActionItem, Contact, Interview, PickedQuestion, QuestionState, TakeawayWeight
from app.core.interview_export import InterviewExport, to_markdown
from app.core.wrapup import (
    EvaluationAspect,
    SelfEvaluation,
    Takeaway,
    ThankYouNote,
    WrapUpProgress,
    WrapUpState,
    WrapUpStep,
)

NEW_YORK = ZoneInfo("America/New_York")


def rich_export() -> InterviewExport:
    return InterviewExport(
        interview=Interview(contact_id=1, started_at=datetime(2026, 11, 26, 2, 30, tzinfo=UTC), location="Café *Nord*"),
        contact=Contact(
            "Ana [Lima]",
            how_got_name="Referred by Bo",
            organisation="City_Hall",
            job_title="Planner",
            email="ana@example.org",
            phone="+1 555 0100",
            address="1 Main St\nSpringfield",
            website="https://example.org",
        ),
        occupation_title="Urban planner",
        questions=[
            PickedQuestion(
                1,
                "What is a *typical* day?",
                0,
                state=QuestionState.ASKED,
                answer="- meetings\n# not a heading\n1. first",
            ),
            PickedQuestion(1, "Skipped one", 1, state=QuestionState.SKIPPED),
            PickedQuestion(1, "Not asked yet", 2),
            PickedQuestion(1, "Pending with an answer", 3, answer="Said a little"),
        ],
        notes="Line one\n> not a quote\n\nafter a gap <b>",
        takeaways=[Takeaway(1, "Zoning | takes years"), Takeaway(1, "Pay is great", TakeawayWeight.GRAIN_OF_SALT)],
        actions=[
            ActionItem("Email Li", due_on=date(2026, 12, 2)),
            ActionItem("Read `the` report", done_at=datetime(2026, 11, 27, tzinfo=UTC)),
        ],
        thank_you=ThankYouNote(1, "Dear Ana,\nthank you.", sent_on=date(2026, 11, 26)),
        referrals=[Contact("Li Wei", email="li@example.org"), Contact("Bo", phone="555"), Contact("Cy")],
        evaluation=SelfEvaluation(
            1, {EvaluationAspect.KEPT_TO_TIME: 4, EvaluationAspect.LISTENED: 5}, "Went well.\nMore pauses."
        ),
        progress=WrapUpProgress(1, {WrapUpStep.THANK: WrapUpState.DONE}),
    )


RICH_MARKDOWN = (
    "# Informational interview with Ana \\[Lima\\]\n"
    "\n"
    "**Date:** Wednesday 25 November 2026, 21:30  \n"
    "**Occupation:** Urban planner  \n"
    "**Where:** Café \\*Nord\\*  \n"
    "**Thank-you note:** Sent on 26 Nov 2026  \n"
    "**Wrap-up:** Wrap-up incomplete: 6 of 7 steps left  \n"
    "\n"
    "## Contact\n"
    "\n"
    "- **Name:** Ana \\[Lima\\]\n"
    "- **Title:** Planner\n"
    "- **Organisation:** City\\_Hall\n"
    "- **Email:** ana@example.org\n"
    "- **Phone:** \\+1 555 0100\n"
    "- **Website:** https://example.org\n"
    "- **Address:** 1 Main St, Springfield\n"
    "- **How I got the name:** Referred by Bo\n"
    "\n"
    "## Questions and answers\n"
    "\n"
    "1. **What is a \\*typical\\* day?**\n"
    "\n"
    "   - meetings  \n"
    "   \\# not a heading  \n"
    "   1. first\n"
    "\n"
    "2. **Skipped one** *(skipped)*\n"
    "\n"
    "3. **Not asked yet** *(not asked)*\n"
    "\n"
    "4. **Pending with an answer**\n"
    "\n"
    "   Said a little\n"
    "\n"
    "## Notes\n"
    "\n"
    "Line one  \n"
    "\\> not a quote  \n"
    "  \n"
    "after a gap \\<b\\>\n"
    "\n"
    "## Takeaways\n"
    "\n"
    "- Zoning \\| takes years — *trust it*\n"
    "- Pay is great — *a grain of salt*\n"
    "\n"
    "## Next steps\n"
    "\n"
    "- [ ] Email Li (due 2 Dec 2026)\n"
    "- [x] Read \\`the\\` report\n"
    "\n"
    "## Referrals\n"
    "\n"
    "- Li Wei — li@example.org\n"
    "- Bo — 555\n"
    "- Cy\n"
    "\n"
    "## How I did\n"
    "\n"
    "- Kept to time: 4 of 5\n"
    "- Listened more than talked: 5 of 5\n"
    "\n"
    "Went well.  \n"
    "More pauses.\n"
    "\n"
    "## Thank-you note\n"
    "\n"
    "Dear Ana,  \n"
    "thank you.\n"
)


def test_the_markdown_export_word_for_word():
    assert to_markdown(rich_export(), NEW_YORK) == RICH_MARKDOWN


def test_an_export_with_nothing_recorded():
    export = InterviewExport(Interview(contact_id=1), Contact("Bo"))
    assert to_markdown(export, UTC) == (
        "# Informational interview with Bo\n\n"
        "**Date:** Date not recorded  \n"
        "**Thank-you note:** Not written yet  \n\n"
        "## Contact\n\n- **Name:** Bo\n\n"
        "## Questions and answers\n\nNo questions were recorded.\n"
        "## Notes\n\nNo notes.\n\n"
        "## Takeaways\n\nNone recorded.\n\n"
        "## Next steps\n\nNone recorded.\n"
    )


def test_the_export_words_go_through_the_translator_and_dates_through_the_locale():
    """The PDF is laid out from this Markdown, in the person's language: every word of the export
    passes the translator, and days and the date line are written by the callers' locale."""
    markdown = to_markdown(
        rich_export(),
        NEW_YORK,
        lambda words: str(words).upper(),
        day_words=lambda day: f"day {day:%d}",
        moment_words=lambda moment: f"moment {moment:%H%M}",
    )
    assert markdown.startswith("# INFORMATIONAL INTERVIEW WITH ANA \\[LIMA\\]\n\n**DATE:** moment 2130  \n")
    assert "**THANK-YOU NOTE:** SENT ON DAY 26  \n" in markdown
    assert "**WRAP-UP:** WRAP-UP INCOMPLETE: 6 OF 7 STEPS LEFT  \n" in markdown
    assert "- **HOW I GOT THE NAME:** Referred by Bo\n" in markdown  # typed words are kept as typed
    assert "2. **Skipped one** *(SKIPPED)*\n" in markdown
    assert "- Pay is great — *A GRAIN OF SALT*\n" in markdown
    assert "- [ ] EMAIL LI (DUE DAY 02)\n" in markdown
    assert "- KEPT TO TIME: 4 OF 5\n" in markdown
    assert "\n## HOW I DID\n" in markdown
    for english in ("Informational", "Date:", "Contact", "Notes", "Takeaways", "Next steps", "Referrals", "trust it"):
        assert english not in markdown
