"""One interview written out for keeping or sharing, as one Markdown document.

The PDF is laid out from this same Markdown (Qt reads it), so the two exports can never disagree."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from app.core.entities import ActionItem, Contact, Interview, PickedQuestion, QuestionState, TakeawayWeight
from app.core.i18n import QT_TRANSLATE_NOOP, Text, text
from app.core.wrapup import (
    MAX_SCORE,
    SelfEvaluation,
    Takeaway,
    ThankYouNote,
    WrapUpProgress,
    describe_progress,
    describe_thank_you,
    english_day,
)

Translator = Callable[[Text], str]  # a Text in the reader's language; ``str`` keeps the English

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


def _say(source: str, **values: object) -> Text:
    """Words of the export; every source is marked QT_TRANSLATE_NOOP("InterviewExport", ...)."""
    return text("InterviewExport", source, **values)


def english_moment(local: datetime) -> str:
    """'Wednesday 25 November 2026, 14:00': the export's date line in English."""
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


_WEIGHT_WORDS = {
    TakeawayWeight.GRAIN_OF_SALT: QT_TRANSLATE_NOOP("InterviewExport", "a grain of salt"),
    TakeawayWeight.TRUST: QT_TRANSLATE_NOOP("InterviewExport", "trust it"),
}


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


def _contact_lines(contact: Contact) -> list[tuple[Text, str]]:
    pairs = [
        (QT_TRANSLATE_NOOP("InterviewExport", "Name:"), contact.full_name),
        (QT_TRANSLATE_NOOP("InterviewExport", "Title:"), contact.job_title),
        (QT_TRANSLATE_NOOP("InterviewExport", "Organisation:"), contact.organisation),
        (QT_TRANSLATE_NOOP("InterviewExport", "Email:"), contact.email),
        (QT_TRANSLATE_NOOP("InterviewExport", "Phone:"), contact.phone),
        (QT_TRANSLATE_NOOP("InterviewExport", "Website:"), contact.website),
        (QT_TRANSLATE_NOOP("InterviewExport", "Address:"), contact.address.replace("\n", ", ")),
        (QT_TRANSLATE_NOOP("InterviewExport", "How I got the name:"), contact.how_got_name),
    ]
    return [(_say(label), value) for label, value in pairs if value.strip()]


def _question_state(question: PickedQuestion) -> Text | None:
    if question.state is QuestionState.SKIPPED:
        return _say(QT_TRANSLATE_NOOP("InterviewExport", "skipped"))
    if question.state is QuestionState.PENDING and not question.answer.strip():
        return _say(QT_TRANSLATE_NOOP("InterviewExport", "not asked"))
    return None


def to_markdown(
    export: InterviewExport,
    zone: tzinfo | None = None,
    tr: Translator = str,
    *,
    day_words: Callable[[date], str] = english_day,
    moment_words: Callable[[datetime], str] = english_moment,
) -> str:
    """The interview as Markdown. ``tr`` puts the export's words in the reader's language (English
    by default); ``day_words`` and ``moment_words`` write a day and a local date and time."""

    def heading(source: str) -> list[str]:
        return ["## " + _md(tr(_say(source))), ""]

    def field_line(label: str, value: str) -> str:
        return f"**{_md(tr(_say(label)))}** {value}  "

    contact = export.contact
    title = tr(
        _say(QT_TRANSLATE_NOOP("InterviewExport", "Informational interview with {name}"), name=contact.full_name)
    )
    out = ["# " + _md(title), ""]
    if export.when is None:
        when = tr(_say(QT_TRANSLATE_NOOP("InterviewExport", "Date not recorded")))
    else:
        when = moment_words(export.when.astimezone(zone))
    out.append(field_line(QT_TRANSLATE_NOOP("InterviewExport", "Date:"), _md(when)))
    if export.occupation_title:
        out.append(field_line(QT_TRANSLATE_NOOP("InterviewExport", "Occupation:"), _md(export.occupation_title)))
    if export.interview.location:
        out.append(field_line(QT_TRANSLATE_NOOP("InterviewExport", "Where:"), _md(export.interview.location)))
    thank_you = tr(describe_thank_you(export.thank_you, day_words))
    out.append(field_line(QT_TRANSLATE_NOOP("InterviewExport", "Thank-you note:"), _md(thank_you)))
    if export.progress is not None:
        progress = tr(describe_progress(export.progress))
        out.append(field_line(QT_TRANSLATE_NOOP("InterviewExport", "Wrap-up:"), _md(progress)))
    out.append("")
    out += heading(QT_TRANSLATE_NOOP("InterviewExport", "Contact"))
    out += [f"- **{_md(tr(label))}** {_md(value)}" for label, value in _contact_lines(contact)]
    out.append("")
    out += heading(QT_TRANSLATE_NOOP("InterviewExport", "Questions and answers"))
    if not export.questions:
        out.append(_md(tr(_say(QT_TRANSLATE_NOOP("InterviewExport", "No questions were recorded.")))))
    for number, question in enumerate(export.questions, start=1):
        state = _question_state(question)
        suffix = f" *({_md(tr(state))})*" if state is not None else ""
        out.append(f"{number}. **{_md(question.text)}**{suffix}")
        if question.answer.strip():
            out += ["", _md_block(question.answer, "   ")]
        out.append("")
    out += heading(QT_TRANSLATE_NOOP("InterviewExport", "Notes"))
    no_notes = _md(tr(_say(QT_TRANSLATE_NOOP("InterviewExport", "No notes."))))
    out += [_md_block(export.notes) if export.notes.strip() else no_notes, ""]
    none_recorded = _md(tr(_say(QT_TRANSLATE_NOOP("InterviewExport", "None recorded."))))
    out += heading(QT_TRANSLATE_NOOP("InterviewExport", "Takeaways"))
    if not export.takeaways:
        out.append(none_recorded)
    out += [f"- {_md(item.text)} — *{_md(tr(_say(_WEIGHT_WORDS[item.weight])))}*" for item in export.takeaways]
    out.append("")
    out += heading(QT_TRANSLATE_NOOP("InterviewExport", "Next steps"))
    if not export.actions:
        out.append(none_recorded)
    for item in export.actions:
        if item.due_on is None:
            line = item.title
        else:
            due = QT_TRANSLATE_NOOP("InterviewExport", "{title} (due {day})")
            line = tr(_say(due, title=item.title, day=day_words(item.due_on)))
        out.append(f"- [{'x' if item.is_done else ' '}] {_md(line)}")
    if export.referrals:
        out.append("")
        out += heading(QT_TRANSLATE_NOOP("InterviewExport", "Referrals"))
        for person in export.referrals:
            reach = person.email or person.phone
            out.append(f"- {_md(person.full_name)}" + (f" — {_md(reach)}" if reach else ""))
    if export.evaluation is not None and (export.evaluation.scores or export.evaluation.reflection.strip()):
        out.append("")
        out += heading(QT_TRANSLATE_NOOP("InterviewExport", "How I did"))
        for aspect, score in export.evaluation.scores.items():
            rating = QT_TRANSLATE_NOOP("InterviewExport", "{aspect}: {score} of {most}")
            aspect_words = tr(text("EvaluationAspect", aspect.label))
            out.append("- " + _md(tr(_say(rating, aspect=aspect_words, score=score, most=MAX_SCORE))))
        if export.evaluation.reflection.strip():
            out += ["", _md_block(export.evaluation.reflection)]
    if export.thank_you is not None and export.thank_you.body.strip():
        out.append("")
        out += heading(QT_TRANSLATE_NOOP("InterviewExport", "Thank-you note"))
        out.append(_md_block(export.thank_you.body))
    return "\n".join(out).rstrip() + "\n"


def suggested_file_name(export: InterviewExport, extension: str, zone: tzinfo | None = None) -> str:
    safe = re.sub(r"[^\w\- ]+", "", export.contact.full_name, flags=re.UNICODE).strip().replace(" ", "-") or "interview"
    when = export.when
    stamp = when.astimezone(zone).strftime("%Y-%m-%d") if when else "undated"
    return f"interview-{safe}-{stamp}.{extension}"
