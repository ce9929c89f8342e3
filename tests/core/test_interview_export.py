from datetime import UTC, date, datetime

from app.core.entities import ActionItem, Contact, Interview, PickedQuestion, QuestionState, TakeawayWeight
from app.core.interview_export import InterviewExport, suggested_file_name, to_markdown
from app.core.wrapup import EvaluationAspect, SelfEvaluation, Takeaway, ThankYouNote, WrapUpProgress


def sample_export() -> InterviewExport:
    interview = Interview(
        contact_id=1,
        id=7,
        started_at=datetime(2026, 11, 25, 14, 0, tzinfo=UTC),
        location="Café Ömer",
    )
    contact = Contact("Ana *Bold* Lima", organisation="City Planning", email="ana@example.org", id=1)
    return InterviewExport(
        interview=interview,
        contact=contact,
        occupation_title="Urban planner",
        questions=[
            PickedQuestion(
                7, "What does a typical week look like?", 0, state=QuestionState.ASKED, answer="Hearings.\nSite visits."
            ),
            PickedQuestion(7, "How did you get started?", 1, state=QuestionState.SKIPPED),
        ],
        notes="# not a heading\nLoves GIS <3\n- a bullet with *stars*",
        takeaways=[
            Takeaway(7, "Certificates matter", TakeawayWeight.TRUST),
            Takeaway(7, "Pay is great", TakeawayWeight.GRAIN_OF_SALT),
        ],
        actions=[ActionItem("Research the GIS certificate", due_on=date(2026, 12, 1), interview_id=7)],
        thank_you=ThankYouNote(7, "Dear Ana, thanks!", sent_on=date(2026, 11, 26)),
        evaluation=SelfEvaluation(7, {EvaluationAspect.KEPT_TO_TIME: 4}, "Talked too much at the start."),
        progress=WrapUpProgress(7),
    )


def test_markdown_holds_every_part_of_the_interview():
    text = to_markdown(sample_export(), UTC)
    assert text.startswith("# Informational interview with Ana \\*Bold\\* Lima\n")
    assert "Wednesday 25 November 2026, 14:00" in text
    assert "**Occupation:** Urban planner" in text
    assert "- **Email:** ana@example.org" in text
    assert "1. **What does a typical week look like?**" in text
    assert "Hearings.  \n   Site visits." in text
    assert "2. **How did you get started?** *(skipped)*" in text
    assert "\\# not a heading" in text  # user text never turns into Markdown structure
    assert "Loves GIS \\<3" in text
    assert "\n- a bullet with \\*stars\\*" in text  # a typed list stays a list; its words stay words
    assert "- Certificates matter — *trust it*" in text
    assert "- Pay is great — *a grain of salt*" in text
    assert "- [ ] Research the GIS certificate (due 1 Dec 2026)" in text
    assert "**Thank-you note:** Sent on 26 Nov 2026" in text
    assert "- Kept to time: 4 of 5" in text
    assert "Wrap-up incomplete" in text


def test_markdown_escapes_user_text():
    text = to_markdown(sample_export(), UTC)
    assert "Loves GIS \\<3" in text
    assert "## Takeaways" in text


def test_file_name_is_safe():
    export = sample_export()
    export.contact.full_name = "Ana/../Lima: é"
    assert suggested_file_name(export, "md", UTC) == "interview-AnaLima-é-2026-11-25.md"


def test_empty_interview_says_so():
    export = InterviewExport(Interview(contact_id=1, id=1), Contact("X", id=1))
    text = to_markdown(export)
    assert "Date not recorded" in text
    assert "No questions were recorded." in text
    assert "**Thank-you note:** Not written yet" in text
