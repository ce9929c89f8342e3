"""The short call script for asking a prospect for twenty minutes.

Its sentences are marked for translation and returned as ``Text`` lines; what the person wrote
themselves (how they got the name) is returned as it was typed.
"""

from __future__ import annotations

from app.core.entities import Contact, ContactSource
from app.core.formatting import as_a, lower_first
from app.core.i18n import QT_TRANSLATE_NOOP, Text, text

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
    first_name = contact.full_name.split()[0] if contact.full_name.strip() else ""
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
    title = occupation_title.strip()
    if title:
        # {role} carries the English article ("an urban planner"); {occupation} is the bare title.
        lines.append(
            text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "CallScript",
                    "I'm exploring work as {role}, and I'm seeking information and guidance from people who do it "
                    "— I'm not asking for a job.",
                ),
                role=as_a(title),
                occupation=lower_first(title),
            )
        )
    else:
        lines.append(
            text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "CallScript",
                    "I'm exploring your line of work, and I'm seeking information and guidance from people who do "
                    "it — I'm not asking for a job.",
                ),
            )
        )
    lines.append(
        text(
            CONTEXT,
            QT_TRANSLATE_NOOP("CallScript", "Could I have {minutes} minutes of your time, at a time that suits you?"),
            minutes=minutes,
        )
    )
    return lines


def script_text(lines: list[ScriptLine]) -> str:
    """The script in English, one sentence a line (for the command line and tests)."""
    return "\n".join(str(line) for line in lines)
