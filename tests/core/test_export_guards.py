"""Today's exports of one interview, pinned word for word.

Mutation testing found that most small changes to the export writers went unnoticed. These pin
what a person gets today; when the writers are deliberately changed (one renderer for Markdown and
PDF), update the expected text here in the same change, after checking the new output by eye.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from app.core.entities import ActionItem, Contact, Interview, PickedQuestion, QuestionState, TakeawayWeight
from app.core.interview_export import InterviewExport, to_html, to_markdown
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

RICH_HTML = (
    "<html>"
    "<head>"
    "<meta charset='utf-8'/>"
    "</head>"
    "<body>"
    "<h1>Informational interview with Ana [Lima]</h1>"
    "<p>"
    "<b>Date:</b> Wednesday 25 November 2026, 21:30<br/>"
    "<b>Occupation:</b> Urban planner<br/>"
    "<b>Where:</b> Café *Nord*<br/>"
    "<b>Thank-you note:</b> Sent on 26 Nov 2026<br/>"
    "<b>Wrap-up:</b> Wrap-up incomplete: 6 of 7 steps left</p>"
    "<h2>Contact</h2>"
    "<p>"
    "<b>Name:</b> Ana [Lima]<br/>"
    "<b>Title:</b> Planner<br/>"
    "<b>Organisation:</b> City_Hall<br/>"
    "<b>Email:</b> ana@example.org<br/>"
    "<b>Phone:</b> +1 555 0100<br/>"
    "<b>Website:</b> https://example.org<br/>"
    "<b>Address:</b> 1 Main St, Springfield<br/>"
    "<b>How I got the name:</b> Referred by Bo</p>"
    "<h2>Questions and answers</h2>"
    "<ol>"
    "<li>"
    "<b>What is a *typical* day?</b>"
    "<br/>- meetings<br/># not a heading<br/>1. first</li>"
    "<li>"
    "<b>Skipped one</b> <i>(skipped)</i>"
    "</li>"
    "<li>"
    "<b>Not asked yet</b> <i>(not asked)</i>"
    "</li>"
    "<li>"
    "<b>Pending with an answer</b>"
    "<br/>Said a little</li>"
    "</ol>"
    "<h2>Notes</h2>"
    "<p>Line one<br/>&gt; not a quote<br/>"
    "<br/>after a gap &lt;b&gt;</p>"
    "<h2>Takeaways</h2>"
    "<ul>"
    "<li>Zoning | takes years — <i>trust it</i>"
    "</li>"
    "<li>Pay is great — <i>a grain of salt</i>"
    "</li>"
    "</ul>"
    "<h2>Next steps</h2>"
    "<ul>"
    "<li>Email Li (due 2 Dec 2026)</li>"
    "<li>Done: Read `the` report</li>"
    "</ul>"
    "<h2>Referrals</h2>"
    "<ul>"
    "<li>Li Wei</li>"
    "<li>Bo</li>"
    "<li>Cy</li>"
    "</ul>"
    "<h2>How I did</h2>"
    "<ul>"
    "<li>Kept to time: 4 of 5</li>"
    "<li>Listened more than talked: 5 of 5</li>"
    "</ul>"
    "<p>Went well.<br/>More pauses.</p>"
    "<h2>Thank-you note</h2>"
    "<p>Dear Ana,<br/>thank you.</p>"
    "</body>"
    "</html>"
)


def test_the_markdown_export_word_for_word():
    assert to_markdown(rich_export(), NEW_YORK) == RICH_MARKDOWN


def test_the_html_export_word_for_word():
    assert to_html(rich_export(), NEW_YORK) == RICH_HTML


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
    assert to_html(export, UTC) == (
        "<html><head><meta charset='utf-8'/></head><body><h1>Informational interview with Bo</h1>"
        "<p><b>Date:</b> Date not recorded<br/><b>Thank-you note:</b> Not written yet</p>"
        "<h2>Contact</h2><p><b>Name:</b> Bo</p><h2>Questions and answers</h2><p>No questions were recorded.</p>"
        "<h2>Notes</h2><p>No notes.</p><h2>Takeaways</h2><p>None recorded.</p>"
        "<h2>Next steps</h2><p>None recorded.</p></body></html>"
    )
