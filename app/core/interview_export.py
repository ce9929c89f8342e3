"""One interview written out for keeping or sharing, as one Markdown document.

The PDF is laid out from this same Markdown (Qt reads it), so the two exports can never disagree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from app.core.entities import ActionItem, Contact, Interview, PickedQuestion, QuestionState
from app.core.wrapup import (
    WEIGHT_LABELS,
    SelfEvaluation,
    Takeaway,
    ThankYouNote,
    WrapUpProgress,
    describe_progress,
    describe_thank_you,
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.MULTILINE)


@dataclass(slots=True)
class InterviewExport:
    """Everything the export of one interview shows, gathered by the store."""

    interview: Interview
    contact: Contact
    occupation_title: str = ""
    questions: list[PickedQuestion] = field(default_factory=list)
    notes: str = ""
    takeaways: list[Takeaway] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    thank_you: ThankYouNote | None = None
    referrals: list[Contact] = field(default_factory=list)
    evaluation: SelfEvaluation | None = None
    progress: WrapUpProgress | None = None

    @property
    def when(self) -> datetime | None:
        return self.interview.started_at or self.interview.scheduled_at or self.interview.finished_at


def describe_date(moment: datetime | None, zone: tzinfo | None) -> str:
    if moment is None:
        return "Date not recorded"
    local = moment.astimezone(zone)
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


def _md(text: str) -> str:
    """Escape text so Markdown shows it as typed."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("\x00", ""))
    return _LINE_START.sub(r"\1\\\2", escaped)


def _md_line(line: str) -> str:
    """Escape one line of a person's text, keeping a list bullet they typed as a list bullet."""
    bullet = _BULLET.match(line)
    if bullet:
        return bullet.group(0) + _md(line[bullet.end() :])
    return _md(line)


def _md_block(text: str, indent: str = "") -> str:
    lines = [_md_line(line) for line in text.strip().splitlines()] or [""]
    # Two trailing spaces keep the line breaks a person typed.
    return "\n".join(indent + line + ("  " if index < len(lines) - 1 else "") for index, line in enumerate(lines))


def _contact_lines(contact: Contact) -> list[tuple[str, str]]:
    pairs = [
        ("Name", contact.full_name),
        ("Title", contact.job_title),
        ("Organisation", contact.organisation),
        ("Email", contact.email),
        ("Phone", contact.phone),
        ("Website", contact.website),
        ("Address", contact.address.replace("\n", ", ")),
        ("How I got the name", contact.how_got_name),
    ]
    return [(label, value) for label, value in pairs if value.strip()]


def _question_state(question: PickedQuestion) -> str:
    if question.state is QuestionState.SKIPPED:
        return "skipped"
    if question.state is QuestionState.PENDING and not question.answer.strip():
        return "not asked"
    return ""


def _action_line(item: ActionItem) -> str:
    due = f" (due {item.due_on.day} {item.due_on:%b %Y})" if item.due_on else ""
    return f"{item.title}{due}"


def to_markdown(export: InterviewExport, zone: tzinfo | None = None) -> str:
    contact = export.contact
    out = [f"# Informational interview with {_md(contact.full_name)}", ""]
    out.append(f"**Date:** {describe_date(export.when, zone)}  ")
    if export.occupation_title:
        out.append(f"**Occupation:** {_md(export.occupation_title)}  ")
    if export.interview.location:
        out.append(f"**Where:** {_md(export.interview.location)}  ")
    out.append(f"**Thank-you note:** {describe_thank_you(export.thank_you)}  ")
    if export.progress is not None:
        out.append(f"**Wrap-up:** {describe_progress(export.progress)}  ")
    out += ["", "## Contact", ""]
    out += [f"- **{label}:** {_md(value)}" for label, value in _contact_lines(contact)]
    out += ["", "## Questions and answers", ""]
    if not export.questions:
        out.append("No questions were recorded.")
    for number, question in enumerate(export.questions, start=1):
        state = _question_state(question)
        suffix = f" *({state})*" if state else ""
        out.append(f"{number}. **{_md(question.text)}**{suffix}")
        if question.answer.strip():
            out += ["", _md_block(question.answer, "   ")]
        out.append("")
    out += ["## Notes", "", _md_block(export.notes) if export.notes.strip() else "No notes.", ""]
    out += ["## Takeaways", ""]
    if not export.takeaways:
        out.append("None recorded.")
    out += [f"- {_md(item.text)} — *{WEIGHT_LABELS[item.weight].lower()}*" for item in export.takeaways]
    out += ["", "## Next steps", ""]
    if not export.actions:
        out.append("None recorded.")
    out += [f"- [{'x' if item.is_done else ' '}] {_md(_action_line(item))}" for item in export.actions]
    if export.referrals:
        out += ["", "## Referrals", ""]
        for person in export.referrals:
            reach = person.email or person.phone
            out.append(f"- {_md(person.full_name)}" + (f" — {_md(reach)}" if reach else ""))
    if export.evaluation is not None and (export.evaluation.scores or export.evaluation.reflection.strip()):
        out += ["", "## How I did", ""]
        out += [f"- {aspect.label}: {score} of 5" for aspect, score in export.evaluation.scores.items()]
        if export.evaluation.reflection.strip():
            out += ["", _md_block(export.evaluation.reflection)]
    if export.thank_you is not None and export.thank_you.body.strip():
        out += ["", "## Thank-you note", "", _md_block(export.thank_you.body)]
    return "\n".join(out).rstrip() + "\n"


def suggested_file_name(export: InterviewExport, extension: str, zone: tzinfo | None = None) -> str:
    safe = re.sub(r"[^\w\- ]+", "", export.contact.full_name, flags=re.UNICODE).strip().replace(" ", "-") or "interview"
    when = export.when
    stamp = when.astimezone(zone).strftime("%Y-%m-%d") if when else "undated"
    return f"interview-{safe}-{stamp}.{extension}"
