"""The "don't ask for a job" check: gently flags job-seeking wording, never blocks.

An informational interview is a request for information and guidance; asking the person for a job
(openings, positions, vacancies, hiring, applying, passing on a résumé, a referral to a job) turns
it into something else and can close the door. The check finds such wording in outreach text, email
drafts and custom questions and returns where it is (``start``, ``end``, for underlining) and why.

Questions about the work itself are not flagged: "How did you get this job?", "What do entry-level
jobs look like?", "Who else should I talk to?".

The patterns are data, by language: a language is a tuple of (reason, regular expression) pairs,
matched case-insensitively. Adding a language means adding its entry to ``PATTERNS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from app.core.i18n import QT_TRANSLATE_NOOP, Text, text


class JobAsk(StrEnum):
    OPENINGS = "openings"  # openings, positions, vacancies
    HIRING = "hiring"
    APPLYING = "applying"
    RESUME = "resume"  # passing on a résumé or CV
    REFERRAL = "referral"  # a referral or a word put in for a job
    JOB_REQUEST = "job_request"  # asking for a job outright


_REASONS = {
    JobAsk.OPENINGS: QT_TRANSLATE_NOOP(
        "JobWording",
        "This asks about openings. An informational interview asks for information and guidance, not a job; "
        "asking about openings can make the person feel put on the spot.",
    ),
    JobAsk.HIRING: QT_TRANSLATE_NOOP(
        "JobWording",
        "This asks whether they are hiring. Ask about the work instead: an informational interview is not a job "
        "request, and people share more when they are not asked for one.",
    ),
    JobAsk.APPLYING: QT_TRANSLATE_NOOP(
        "JobWording",
        "This speaks of applying. Keep the conversation about information and guidance; applying is a separate "
        "step, for later.",
    ),
    JobAsk.RESUME: QT_TRANSLATE_NOOP(
        "JobWording",
        "This offers or asks to pass on a résumé. Bring it only if they ask for it: an informational interview "
        "is not an application.",
    ),
    JobAsk.REFERRAL: QT_TRANSLATE_NOOP(
        "JobWording",
        "This asks for a referral to a job. Asking whom else you could talk to is fine; asking to be put forward "
        "for a job is not what you asked them for.",
    ),
    JobAsk.JOB_REQUEST: QT_TRANSLATE_NOOP(
        "JobWording",
        "This asks for a job. You asked for 20 minutes of information and guidance; keep to that.",
    ),
}


def reason(kind: JobAsk) -> Text:
    """Why wording of this kind is flagged, for a person (the UI translates it)."""
    return text("JobWording", _REASONS[kind])


# Words for a job opening, used inside several English patterns.
_EN_JOB = r"(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|posts?)"
_EN_ARTICLE = r"(?:a|an|the|this|that|your|any|one|one\s+of\s+your|some)"
_EN_RESUME = r"(?:r[ée]sum[ée]s?|cvs?|c\.v\.|curriculum\s+vitae)"
# "apply" for a job, not "apply what I learn": followed by for/to/there, or ending the sentence.
_EN_APPLY_END = r"(?=\s+(?:for|to|there|here|at|with|online)\b|\s*[.?!,;]|\s*$)"

PATTERNS: dict[str, tuple[tuple[JobAsk, str], ...]] = {
    "en": (
        # Openings, positions, vacancies.
        (JobAsk.OPENINGS, r"\bvacanc(?:y|ies)\b"),
        (JobAsk.OPENINGS, r"\b(?:job|any|an|open|current|available|upcoming|new)\s+openings?\b"),
        (JobAsk.OPENINGS, r"\bopenings?\s+(?:at|in|on|with|for)\s+(?:your|the|you)\b"),
        (
            JobAsk.OPENINGS,
            r"\b(?:open|available|vacant|unfilled|any|upcoming)\s+(?:entry[-\s]level\s+)?"
            r"(?:jobs|positions?|roles?|posts?)\b",
        ),
        (JobAsk.OPENINGS, r"\b(?:jobs|positions?|roles?)\s+(?:available|open(?!\s+up)|going|to\s+fill)\b"),
        (JobAsk.OPENINGS, r"\b(?:a|any)\s+(?:job|position|role)s?\s+(?:at|with)\s+(?:your|you)\b"),
        (
            JobAsk.OPENINGS,
            r"\b(?:position|role|job)s?\s+(?:for|suited\s+to|suitable\s+for)\s+(?:me|someone\s+like\s+me)\b",
        ),
        # Hiring.
        (JobAsk.HIRING, r"\b(?:are|is|will|would)\s+(?:you|they|your\s+\w+|the\s+\w+|it)\s+(?:be\s+)?hiring\b"),
        (JobAsk.HIRING, r"\bhiring\s+(?:right\s+now|now|at\s+the\s+moment|currently|soon|this\s+year|anyone)\b"),
        (JobAsk.HIRING, r"\b(?:currently|still|now)\s+hiring\b"),
        (JobAsk.HIRING, r"\b(?:looking\s+to|plan(?:ning)?\s+to|going\s+to)\s+hire\b"),
        (JobAsk.HIRING, r"\bhire\s+me\b"),
        # Applying.
        (JobAsk.APPLYING, rf"\b(?:can|could|may|should|shall|do|where\s+do)\s+I\s+apply{_EN_APPLY_END}"),
        (
            JobAsk.APPLYING,
            r"\bI(?:'d|\s+would|'m|\s+am|\s+want|\s+hope|\s+plan|\s+intend)\s+"
            rf"(?:like\s+to\s+|love\s+to\s+|to\s+|hoping\s+to\s+|planning\s+to\s+)?apply(?:ing)?{_EN_APPLY_END}",
        ),
        (
            JobAsk.APPLYING,
            rf"\bappl(?:y|ying|ied)\s+(?:for|to)\s+{_EN_ARTICLE}\s+(?:\w+\s+)?{_EN_JOB}\s+(?:at|with|in)\s+(?:your|you)\b",
        ),
        (
            JobAsk.APPLYING,
            rf"\bappl(?:y|ying)\s+(?:for|to)\s+(?:this|that|your|one\s+of\s+your|any\s+of\s+your)\s+{_EN_JOB}\b",
        ),
        (JobAsk.APPLYING, r"\bmy\s+(?:job\s+)?application\b"),
        # Résumé or CV passed on.
        (
            JobAsk.RESUME,
            rf"\b(?:pass|send|sent|forward|give|hand|submit|attach(?:ed)?|enclos(?:e|ed)|circulate)\b"
            rf"[^.?!\n]{{0,40}}?\b{_EN_RESUME}(?!\w)",
        ),
        # Referrals to a job.
        (JobAsk.REFERRAL, rf"\brefer\s+me\s+(?:for|to)\s+{_EN_ARTICLE}\s+(?:\w+\s+)?{_EN_JOB}\b"),
        (JobAsk.REFERRAL, r"\b(?:employee|job|internal)\s+referral\b"),
        (JobAsk.REFERRAL, rf"\breferral\s+(?:for|to)\s+{_EN_ARTICLE}\s+(?:\w+\s+)?{_EN_JOB}\b"),
        (JobAsk.REFERRAL, r"\bput\s+in\s+a\s+(?:good\s+)?word\b"),
        (JobAsk.REFERRAL, rf"\brecommend\s+me\s+for\s+{_EN_ARTICLE}\b"),
        (JobAsk.REFERRAL, r"\bput\s+me\s+forward\b"),
        # A job asked for outright.
        (
            JobAsk.JOB_REQUEST,
            r"\b(?:give|get|find|offer|have|got)\s+(?:me\s+)?(?:a|an|any)\s+(?:job|position|role|work)\s+for\s+me\b",
        ),
        (
            JobAsk.JOB_REQUEST,
            r"\b(?:give|get|find|offer)\s+me\s+(?:a|an)\s+(?:job|position|role|internship|interview)\b",
        ),
        (
            JobAsk.JOB_REQUEST,
            r"\b(?:looking|searching|hoping)\s+for\s+(?:a|an)\s+(?:job|position|role)\s+(?:at|with|in)\s+(?:your|you)\b",
        ),
        (JobAsk.JOB_REQUEST, r"\bI\s+(?:could|can|would\s+like\s+to|want\s+to|would\s+love\s+to)\s+work\s+for\s+you\b"),
        (JobAsk.JOB_REQUEST, r"\b(?:a|any)\s+job\s+(?:at|with)\s+(?:your|you)\b"),
    ),
}


@dataclass(frozen=True, slots=True)
class Flag:
    start: int
    end: int
    kind: JobAsk

    @property
    def reason(self) -> Text:
        return reason(self.kind)


@cache
def _compiled(language: str) -> tuple[tuple[JobAsk, re.Pattern[str]], ...]:
    rules = PATTERNS.get(language) or PATTERNS["en"]
    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in rules)


def check(words: str, language: str = "en") -> list[Flag]:
    """The job-seeking wording in ``words``, in order; overlapping matches become one span, of the
    kind of the one that starts first. An unknown language is checked with the English patterns."""
    found: list[Flag] = []
    for kind, pattern in _compiled(language):
        found.extend(Flag(m.start(), m.end(), kind) for m in pattern.finditer(words) if m.end() > m.start())
    found.sort(key=lambda flag: (flag.start, -flag.end))
    kept: list[Flag] = []
    for flag in found:
        if kept and flag.start < kept[-1].end:
            # One span for one piece of wording, named by the pattern that starts it.
            last = kept[-1]
            kept[-1] = Flag(last.start, max(last.end, flag.end), last.kind)
            continue
        kept.append(flag)
    return kept
