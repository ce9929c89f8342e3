"""A point from the interview notes, said to the person the thank-you note thanks.

Notes are written about the person ("She mentioned that…", "He said his team…"); a note is written
to them. ``thank_you_line`` turns a point into a line in the second person for the person to check
and edit; it is a helper for a first draft, never the last word.
"""

from __future__ import annotations

import re

from app.core.formatting import lower_first

# "She mentioned that ...", "María José said ...": who said it, then how, in the notes' words.
_SPEAKER = re.compile(
    r"^(?:(?:[Ss]he|[Hh]e)\s+|(?:[A-Z][\w'’-]*\s+){1,3})?"
    r"(?P<verb>(?i:mentioned|said|explained|suggested|recommended|advised me|advised|told me|noted|"
    r"pointed out|described|shared|stressed|warned me|warned|thinks|believes|feels))"
    r"(?P<that>\s+that)?\s*[:,]?\s+",
)
_GERUNDS = {
    "mentioned": "mentioning",
    "said": "saying",
    "explained": "explaining",
    "suggested": "suggesting",
    "recommended": "recommending",
    "advised me": "advising me",
    "advised": "advising",
    "told me": "telling me",
    "noted": "noting",
    "pointed out": "pointing out",
    "described": "describing",
    "shared": "sharing",
    "stressed": "stressing",
    "warned me": "warning me",
    "warned": "warning",
}
_VIEWS = {"thinks", "believes", "feels"}  # "she thinks X" -> "explaining that X"
# A point that starts with one of these is advice ("Start at a county office"), said back as such.
_ADVICE_VERBS = frozenset(
    [
        "start",
        "take",
        "get",
        "call",
        "ask",
        "try",
        "join",
        "read",
        "talk",
        "look",
        "apply",
        "build",
        "learn",
        "find",
        "keep",
        "avoid",
        "consider",
        "contact",
        "use",
        "visit",
        "volunteer",
        "write",
        "go",
        "make",
        "focus",
        "attend",
        "check",
        "email",
        "reach",
        "follow",
        "spend",
        "save",
        "study",
        "practise",
        "practice",
        "shadow",
        "intern",
        "watch",
        "listen",
        "bring",
        "prepare",
        "update",
        "send",
    ]
)
_ADVICE = {"suggested", "recommended", "advised me", "advised", "told me", "warned me"}
_AUXILIARIES = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
    "is not": "are not",
    "was not": "were not",
    "has not": "have not",
    "does not": "do not",
}
_HE_SHE_VERB = re.compile(r"\b(?:she|he)\s+(is not|was not|has not|does not|[\w'’]+)", re.IGNORECASE)
_HER_BEFORE = re.compile(r"\bher\b(?=(\s+[\w'’]+)?)", re.IGNORECASE)
# After these, "her" is "you" ("told her that"); before a noun it is "your" ("her team").
_NOT_A_NOUN = frozenset(
    [
        "that",
        "to",
        "and",
        "or",
        "but",
        "about",
        "for",
        "with",
        "a",
        "an",
        "the",
        "it",
        "this",
        "these",
        "those",
        "on",
        "in",
        "at",
        "of",
        "how",
        "what",
        "why",
        "when",
        "if",
        "so",
        "as",
        "by",
        "from",
        "into",
        "up",
        "down",
        "out",
        "over",
    ]
)
_SIMPLE_SWAPS = (
    (re.compile(r"\b(?:she|he)[’']s(?=\s+(?:been|got|had|done|worked|seen)\b)", re.IGNORECASE), "you've"),
    (re.compile(r"\b(?:she|he)[’']s\b", re.IGNORECASE), "you're"),
    (re.compile(r"\b(?:she|he)[’']d\b", re.IGNORECASE), "you'd"),
    (re.compile(r"\b(?:she|he)[’']ll\b", re.IGNORECASE), "you'll"),
    (re.compile(r"\b(?:herself|himself)\b", re.IGNORECASE), "yourself"),
    (re.compile(r"\bhers\b", re.IGNORECASE), "yours"),
    (re.compile(r"\bhis\b", re.IGNORECASE), "your"),
    (re.compile(r"\bhim\b", re.IGNORECASE), "you"),
)


def _you_verb(verb: str) -> str:
    """'work' from 'works', as said after "you"; a word that is not such a verb stays as it is."""
    lowered = verb.lower()
    if lowered in _AUXILIARIES:
        return _AUXILIARIES[lowered]
    if lowered.endswith("ies") and len(lowered) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", lowered):
        return verb[:-2]
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")):
        return verb[:-1]
    return verb


def _to_you(words: str) -> str:
    """The notes' "she" and "he" said to the person: "she works in GIS" -> "you work in GIS"."""
    words = _HE_SHE_VERB.sub(lambda match: "you " + _you_verb(match.group(1)), words)
    for pattern, replacement in _SIMPLE_SWAPS:
        words = pattern.sub(replacement, words)

    def her(match: re.Match[str]) -> str:
        following = (match.group(1) or "").strip().lower()
        return "your" if following and following not in _NOT_A_NOUN else "you"

    words = _HER_BEFORE.sub(her, words)
    return re.sub(r"\b(?:she|he)\b", "you", words, flags=re.IGNORECASE)


def thank_you_line(point: str) -> str:
    """A point from the notes said to the person it thanks, for them to check and edit.

    "She mentioned that zoning hearings take most of the week" -> "Thank you for mentioning that
    zoning hearings take most of the week."; "Take the GIS course" said as advice -> "Your advice
    to take the GIS course was helpful."; a plain point -> "Thank you for explaining that ...".
    """
    point = point.strip().rstrip(".").strip()
    if not point:
        return ""
    match = _SPEAKER.match(point)
    rest = point[match.end() :] if match else point
    # The start of a sentence is lowered; after "she mentioned" a capital is a name ("Chef Darroze").
    rest = _to_you(rest if match else lower_first(rest))
    end = "" if rest.endswith("…") else "."
    if match is None:
        first_word = rest.split(maxsplit=1)[0].lower() if rest.split() else ""
        if first_word in _ADVICE_VERBS:
            return f"Your advice to {rest} was helpful." if end else f"Thank you for your advice to {rest}"
        return f"Thank you for explaining that {rest}{end}"
    verb = match.group("verb").lower()
    if verb in _VIEWS:
        return f"Thank you for explaining that {rest}{end}"
    if verb in _ADVICE and rest.startswith("to "):
        advice = rest[len("to ") :]
        if end:
            return f"Your advice to {advice} was helpful."
        return f"Thank you for your advice to {advice}"
    that = " that" if match.group("that") else ""
    return f"Thank you for {_GERUNDS[verb]}{that} {rest}{end}"
