"""The short call script for asking a prospect for twenty minutes."""

from __future__ import annotations

from app.core.entities import Contact, ContactSource
from app.core.formatting import as_a

YOUR_NAME_PLACEHOLDER = "[your name]"


def how_i_got_your_name(contact: Contact, referrer_name: str = "") -> str:
    """The opening line of the call, from what the user recorded about the name.

    For a referral the line is made from the link (who referred them, and whether their name
    may be mentioned), not from the record's own note, which is written for the user.
    """
    if contact.source == ContactSource.REFERRAL and referrer_name:
        if contact.may_use_referrer_name is False:
            return "Someone who knows your work suggested I get in touch with you."
        return f"{referrer_name} suggested I speak with you."
    if contact.how_got_name.strip():
        return contact.how_got_name.strip()
    if contact.source == ContactSource.DIRECTORY:
        return "I found your name in a directory."
    return ""


def call_script(
    contact: Contact, occupation_title: str = "", referrer_name: str = "", minutes: int = 20, your_name: str = ""
) -> str:
    """A few plain sentences to read from: how I got your name, what I'm asking, for how long."""
    first_name = contact.full_name.split()[0] if contact.full_name.strip() else "there"
    # Without a name in Preferences, a placeholder the caller fills in aloud (and a clean full stop).
    lines = [f"Hello {first_name}, my name is {your_name.strip().rstrip('.') or YOUR_NAME_PLACEHOLDER}."]
    origin = how_i_got_your_name(contact, referrer_name)
    if origin:
        lines.append(origin)
    role = as_a(occupation_title)
    field = f"work as {role}" if role else "your line of work"
    lines.append(
        f"I'm exploring {field}, and I'm seeking information and guidance from people who do it — "
        "I'm not asking for a job."
    )
    lines.append(f"Could I have {minutes} minutes of your time, at a time that suits you?")
    return "\n".join(lines)
