"""What to say when asking a prospect for twenty minutes: a call script and an email draft.

Both say who I am, how I got your name, that I am seeking information and guidance about the
occupation and not a job, and ask for 20 minutes at the person's convenience. Their sentences are
marked for translation and returned as ``Text`` lines; what the person wrote themselves (how they
got the name) is returned as it was typed.

A referral names the referrer only when the person said they may; when nobody asked, the script
says how the name came up without claiming that the referrer suggested the call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.core.entities import Contact, ContactSource
from app.core.formatting import as_a, lower_first
from app.core.i18n import QT_TRANSLATE_NOOP, Text, text
from app.core.pipeline import Interaction

CONTEXT = "CallScript"
YOUR_NAME_PLACEHOLDER = QT_TRANSLATE_NOOP("CallScript", "[your name]")

ScriptLine = Text | str  # a marked sentence, or words the person wrote


def how_i_got_your_name(contact: Contact, referrer_name: str = "") -> ScriptLine | None:
    """The opening line of the call, from what the user recorded about the name.

    For a referral the line is made from the link (who referred them, and whether their name
    may be mentioned), not from the record's own note, which is written for the user.
    """
    if contact.source == ContactSource.REFERRAL and referrer_name:
        if contact.may_use_referrer_name is False:
            return text(
                CONTEXT,
                QT_TRANSLATE_NOOP("CallScript", "Someone who knows your work suggested I get in touch with you."),
            )
        if contact.may_use_referrer_name is None:
            # Never asked "may I use your name?": neither their name nor a suggestion they did not make.
            return text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "CallScript", "Your name came up when I asked who could tell me more about this work."
                ),
            )
        return text(
            CONTEXT, QT_TRANSLATE_NOOP("CallScript", "{referrer} suggested I speak with you."), referrer=referrer_name
        )
    if contact.how_got_name.strip():
        return contact.how_got_name.strip()
    if contact.source == ContactSource.DIRECTORY:
        return text(CONTEXT, QT_TRANSLATE_NOOP("CallScript", "I found your name in a directory."))
    return None


def call_script(
    contact: Contact,
    occupation_title: str = "",
    referrer_name: str = "",
    minutes: int = 20,
    your_name: str = "",
    placeholder_name: str = YOUR_NAME_PLACEHOLDER,
) -> list[ScriptLine]:
    """A few plain sentences to read from: how I got your name, what I'm asking, for how long.

    ``placeholder_name`` stands in for the caller's own name when Preferences has none (the UI
    passes it translated)."""
    first_name = _first_name(contact)
    # Without a name in Preferences, a placeholder the caller fills in aloud (and a clean full stop).
    own_name = your_name.strip().rstrip(".") or placeholder_name
    if first_name:
        hello = text(
            CONTEXT,
            QT_TRANSLATE_NOOP("CallScript", "Hello {first_name}, my name is {your_name}."),
            first_name=first_name,
            your_name=own_name,
        )
    else:
        hello = text(CONTEXT, QT_TRANSLATE_NOOP("CallScript", "Hello, my name is {your_name}."), your_name=own_name)
    lines: list[ScriptLine] = [hello]
    origin = how_i_got_your_name(contact, referrer_name)
    if origin:
        lines.append(origin)
    lines.append(_seeking(occupation_title))
    lines.append(_request(minutes))
    return lines


def _seeking(occupation_title: str) -> Text:
    """Information and guidance about the occupation, not a job."""
    title = occupation_title.strip()
    if title:
        # {role} carries the English article ("an urban planner"); {occupation} is the bare title.
        return text(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CallScript",
                "I'm exploring work as {role}, and I'm seeking information and guidance from people who do it "
                "— I'm not asking for a job.",
            ),
            role=as_a(title),
            occupation=lower_first(title),
        )
    return text(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "CallScript",
            "I'm exploring your line of work, and I'm seeking information and guidance from people who do "
            "it — I'm not asking for a job.",
        ),
    )


def _request(minutes: int) -> Text:
    return text(
        CONTEXT,
        QT_TRANSLATE_NOOP("CallScript", "Could I have {minutes} minutes of your time, at a time that suits you?"),
        minutes=minutes,
    )


def _first_name(contact: Contact) -> str:
    """Whom the greeting names: the given name when it is known (山田 太郎 is greeted as 太郎),
    else the first word of the name shown."""
    if contact.given_name.strip():
        return contact.given_name.strip()
    return contact.full_name.split()[0] if contact.full_name.strip() else ""


class DraftKind(StrEnum):
    """The outreach texts a person may edit for one prospect (stored by value)."""

    PHONE_SCRIPT = "phone_script"
    EMAIL_SUBJECT = "email_subject"
    EMAIL_BODY = "email_body"


EMAIL_CONTEXT = "OutreachEmail"


@dataclass(frozen=True, slots=True)
class EmailDraft:
    subject: Text
    body: list[ScriptLine | None]  # paragraphs; None is a blank line between them


def email_draft(
    contact: Contact,
    occupation_title: str = "",
    referrer_name: str = "",
    minutes: int = 20,
    your_name: str = "",
    placeholder_name: str = YOUR_NAME_PLACEHOLDER,
) -> EmailDraft:
    """A short email asking for twenty minutes, saying the same things as the call script."""
    own_name = your_name.strip().rstrip(".") or placeholder_name
    title = occupation_title.strip()
    if title:
        subject = text(
            EMAIL_CONTEXT,
            QT_TRANSLATE_NOOP("OutreachEmail", "{minutes} minutes of your advice about work as {role}?"),
            minutes=minutes,
            role=as_a(title),
            occupation=lower_first(title),
        )
    else:
        subject = text(
            EMAIL_CONTEXT,
            QT_TRANSLATE_NOOP("OutreachEmail", "{minutes} minutes of your advice about your work?"),
            minutes=minutes,
        )
    first_name = _first_name(contact)
    if first_name:
        greeting = text(EMAIL_CONTEXT, QT_TRANSLATE_NOOP("OutreachEmail", "Dear {first_name},"), first_name=first_name)
    else:
        greeting = text(EMAIL_CONTEXT, QT_TRANSLATE_NOOP("OutreachEmail", "Hello,"))
    body: list[ScriptLine | None] = [
        greeting,
        None,
        text(EMAIL_CONTEXT, QT_TRANSLATE_NOOP("OutreachEmail", "My name is {your_name}."), your_name=own_name),
    ]
    origin = how_i_got_your_name(contact, referrer_name)
    if origin:
        body.append(origin)
    body += [
        None,
        _seeking(occupation_title),
        None,
        _request(minutes),
        text(
            EMAIL_CONTEXT,
            QT_TRANSLATE_NOOP("OutreachEmail", "I'd be glad to call, or to meet wherever is easiest for you."),
        ),
        None,
        text(EMAIL_CONTEXT, QT_TRANSLATE_NOOP("OutreachEmail", "Thank you,")),
        own_name,
    ]
    return EmailDraft(subject, body)


def referrer_caution(contact: Contact, referrer_name: str) -> Text | None:
    """For the user (not the prospect): why the text leaves the referrer out, when it does."""
    if contact.source != ContactSource.REFERRAL or not referrer_name:
        return None
    if contact.may_use_referrer_name is None:
        return text(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CallScript",
                "You did not ask {referrer} whether you may mention them, so the text leaves their name out.",
            ),
            referrer=referrer_name,
        )
    if contact.may_use_referrer_name is False:
        return text(
            CONTEXT,
            QT_TRANSLATE_NOOP("CallScript", "{referrer} asked not to be mentioned, so the text leaves their name out."),
            referrer=referrer_name,
        )
    return None


def join_paragraphs(lines: list[str | None]) -> str:
    """Lines already in the person's language (None: a blank line) as one text, a sentence a line
    within a paragraph joined by a space."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line is None:
            paragraphs.append([])
        else:
            paragraphs[-1].append(line)
    return "\n\n".join(_paragraph(words) for words in paragraphs if words)


def _paragraph(words: list[str]) -> str:
    # A greeting or a sign-off stands on its own line; sentences of one paragraph run on.
    out = words[0]
    for word in words[1:]:
        out += ("\n" if out.endswith(",") else " ") + word
    return out


def script_text(lines: list[ScriptLine]) -> str:
    """The script in English, one sentence a line (for the command line and tests)."""
    return "\n".join(str(line) for line in lines)


def email_text(draft: EmailDraft) -> tuple[str, str]:
    """The email's subject and body in English (for the command line and tests)."""
    return str(draft.subject), join_paragraphs([None if line is None else str(line) for line in draft.body])


@dataclass(slots=True)
class OutreachSubject:
    """Everything the outreach texts and the log of one person are made from, read together."""

    contact: Contact
    referrer_name: str = ""
    occupation_title: str = ""
    drafts: dict[DraftKind, str] = field(default_factory=dict)  # the texts the person edited
    interactions: list[Interaction] = field(default_factory=list)  # newest first
