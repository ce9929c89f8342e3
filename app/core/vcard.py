"""Business-card details and vCards (RFC 6350 and the older 3.0), read and written with vobject.

Importing never drops what a card says: a value that does not look like an email address or a
phone number is kept as it was and reported as a problem on its field, for the person to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import vobject
import vobject.base

from app.core.i18n import QT_TRANSLATE_NOOP, Text, text

MAX_VCARD_BYTES = 5 * 1024 * 1024
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")
_PHONE_CHARACTERS = re.compile(r"^[0-9+\-()./\s]+(?:\s*(?:x|ext\.?|extension|#|;ext=)\s*[0-9]+)?$", re.IGNORECASE)
_LABEL_PRIORITY = ("pref", "work", "cell", "mobile", "home", "voice", "fax", "internet", "other")
_IGNORED_TYPES = {"internet", "voice", "pref", "x400"}


class VCardError(Exception):
    """The file cannot be read as vCards at all; the message says why in words.

    ``text`` is the message for a person, to translate; str() is the same message in English.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def _vcard_words(source: str, **values: object) -> Text:
    """A message about a card; every source is marked QT_TRANSLATE_NOOP("VCard", ...)."""
    return text("VCard", source, **values)


@dataclass(slots=True)
class LabelledValue:
    value: str
    label: str = ""  # work, home, cell...


@dataclass(slots=True)
class CardDetails:
    """What a business card carries, as the card step edits it."""

    full_name: str = ""
    organisation: str = ""
    job_title: str = ""
    emails: list[LabelledValue] = field(default_factory=list)
    phones: list[LabelledValue] = field(default_factory=list)
    address: str = ""
    websites: list[str] = field(default_factory=list)

    @property
    def email(self) -> str:
        return self.emails[0].value if self.emails else ""

    @property
    def phone(self) -> str:
        return self.phones[0].value if self.phones else ""

    @property
    def website(self) -> str:
        return self.websites[0] if self.websites else ""


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str  # "email", "phone", "full_name"
    index: int  # which of several values (0 for single fields)
    value: str
    message: Text  # for a person, to translate


@dataclass(slots=True)
class ImportedCard:
    card: CardDetails
    problems: list[FieldProblem] = field(default_factory=list)


def email_problem(value: str) -> Text | None:
    value = value.strip()
    if not value:
        return None
    if _EMAIL.match(value):
        return None
    source = QT_TRANSLATE_NOOP("VCard", "“{value}” does not look like an email address (for example name@example.com).")
    return _vcard_words(source, value=value)


def phone_problem(value: str) -> Text | None:
    value = value.strip()
    if not value:
        return None
    digits = sum(character.isdigit() for character in value)
    if _PHONE_CHARACTERS.match(value) and 3 <= digits <= 20:
        return None
    source = QT_TRANSLATE_NOOP(
        "VCard", "“{value}” does not look like a phone number (digits, spaces, + - ( ) and an extension)."
    )
    return _vcard_words(source, value=value)


def card_problems(card: CardDetails) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not card.full_name.strip():
        problems.append(
            FieldProblem("full_name", 0, "", _vcard_words(QT_TRANSLATE_NOOP("VCard", "The card has no name.")))
        )
    for index, email in enumerate(card.emails):
        message = email_problem(email.value)
        if message:
            problems.append(FieldProblem("email", index, email.value, message))
    for index, phone in enumerate(card.phones):
        message = phone_problem(phone.value)
        if message:
            problems.append(FieldProblem("phone", index, phone.value, message))
    return problems


# ---- reading ---------------------------------------------------------------------------------


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        text = data
    else:
        if len(data) > MAX_VCARD_BYTES:
            too_big = QT_TRANSLATE_NOOP(
                "VCard", "The file is larger than 5 MB, which is far more than a contact card needs."
            )
            raise VCardError(_vcard_words(too_big))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Old address books wrote Windows-1252; reading it that way loses no bytes.
            text = data.decode("cp1252", errors="replace")
    if len(text) > MAX_VCARD_BYTES:
        too_big = QT_TRANSLATE_NOOP(
            "VCard", "The text is larger than 5 MB, which is far more than a contact card needs."
        )
        raise VCardError(_vcard_words(too_big))
    # Lone surrogates (from a paste) cannot be stored; NULs end strings in too many places.
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
    return _drop_media(_join_quoted_printable_breaks(text))


_MEDIA = re.compile(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND)[;:]", re.IGNORECASE)
_MEDIA_ANYWHERE = re.compile(_MEDIA.pattern, re.IGNORECASE | re.MULTILINE)


def _drop_media(text: str) -> str:
    """Pictures and sounds are not used here, and a damaged one must not stop the rest importing."""
    if not _MEDIA_ANYWHERE.search(text):
        return text
    kept: list[str] = []
    skipping = False
    for line in _LINE_BREAK.split(text):
        if skipping and line[:1] in (" ", "\t"):
            continue
        skipping = bool(_MEDIA.match(line))
        if not skipping:
            kept.append(line)
    return "\r\n".join(kept)


_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def _join_quoted_printable_breaks(text: str) -> str:
    """vCard 2.1 quoted-printable values continue on the next line after a trailing "=" (a soft
    line break), which is not the folding vobject expects; join such lines first."""
    if "QUOTED-PRINTABLE" not in text.upper():
        return text
    joined: list[str] = []
    continuing = False
    for line in _LINE_BREAK.split(text):
        if continuing:
            joined[-1] = joined[-1][:-1] + line.lstrip()
        else:
            joined.append(line)
        head = joined[-1].split(":", 1)[0].upper()
        continuing = "QUOTED-PRINTABLE" in head and joined[-1].endswith("=")
    return "\r\n".join(joined)


_APPLE_LABEL = re.compile(r"^_\$!<(.+)>!\$_$")


def _group_labels(component) -> dict[str, str]:
    """Apple writes a property's label on a separate line of the same group: item1.X-ABLabel."""
    labels = {}
    for line in component.contents.get("x-ablabel", []):
        if line.group:
            value = _text(line.value)
            match = _APPLE_LABEL.match(value)
            labels[line.group.lower()] = (match.group(1) if match else value).lower()
    return labels


def _label(line, group_labels: dict[str, str] | None = None) -> str:
    types: list[str] = []
    for value in line.params.get("TYPE", []):
        types.extend(part.strip().strip('"').lower() for part in value.split(","))
    # vCard 2.1 writes bare parameters: EMAIL;WORK;INTERNET:...
    types.extend(name.lower() for name in getattr(line, "singletonparams", []))
    meaningful = [kind for kind in types if kind and kind not in _IGNORED_TYPES]
    if not meaningful and group_labels and line.group and line.group.lower() in group_labels:
        meaningful = [group_labels[line.group.lower()]]
    for preferred in _LABEL_PRIORITY:
        if preferred in meaningful:
            return "cell" if preferred == "mobile" else preferred
    return meaningful[0] if meaningful else ""


def _text(value) -> str:
    if isinstance(value, list):
        return "; ".join(str(part).strip() for part in value if str(part).strip())
    return str(value).strip()


def _phone_value(value: str) -> str:
    value = value.strip()
    return value[4:] if value.lower().startswith("tel:") else value


def _address_text(address) -> str:
    if isinstance(address, str):
        return address.strip()

    def part(name: str) -> str:
        value = getattr(address, name, "")
        return _text(value) if value else ""

    town_line = " ".join(bit for bit in (part("city"), part("region"), part("code")) if bit)
    lines = [part("box"), part("extended"), part("street"), town_line, part("country")]
    return "\n".join(line for line in lines if line)


def _name_from_n(component) -> str:
    try:
        name = component.n.value
    except AttributeError:
        return ""
    parts = [_text(name.prefix), _text(name.given), _text(name.additional), _text(name.family), _text(name.suffix)]
    return " ".join(" ".join(part.split()) for part in parts if part)


def _lines(component, name: str) -> list:
    return list(component.contents.get(name, []))


def _card_from_component(component) -> CardDetails:
    fn_lines = _lines(component, "fn")
    full_name = " ".join(_text(fn_lines[0].value).split()) if fn_lines else ""
    labels = _group_labels(component)
    organisation_lines = _lines(component, "org")
    organisation = ""
    if organisation_lines:
        value = organisation_lines[0].value
        organisation = (
            ", ".join(str(part).strip() for part in value if str(part).strip())
            if isinstance(value, list)
            else _text(value)
        )
    card = CardDetails(
        full_name=full_name or _name_from_n(component),
        organisation=organisation,
        job_title=_text(_lines(component, "title")[0].value) if _lines(component, "title") else "",
        emails=[LabelledValue(_text(line.value), _label(line, labels)) for line in _lines(component, "email")],
        phones=[
            LabelledValue(_phone_value(_text(line.value)), _label(line, labels)) for line in _lines(component, "tel")
        ],
        websites=[_text(line.value) for line in _lines(component, "url") if _text(line.value)],
    )
    addresses = _lines(component, "adr")
    if addresses:
        card.address = _address_text(addresses[0].value)
    if not card.full_name:
        card.full_name = card.organisation
    card.emails = [email for email in card.emails if email.value]
    card.phones = [phone for phone in card.phones if phone.value]
    return card


_NAME_PART = re.compile(r"(?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_-]+")
_PARAMETER_NAME = re.compile(r"[A-Za-z0-9_-]+")
_SAFE_RUN = re.compile(r'[^";:,]*')
_UNFOLD = re.compile(r"(?:\r\n|\r|\n)[ \t]")


def _is_content_line(line: str) -> bool:
    """The grammar vobject's line pattern accepts, checked in one pass.

    vobject's own pattern backtracks exponentially on some damaged lines (seconds to minutes),
    which would freeze the window; a line that fails here is reported before vobject sees it.
    """
    name = _NAME_PART.match(line)
    if name is None:
        return False
    at = name.end()
    if line.startswith(";;", at):
        at += 1
    while line.startswith(";", at):
        parameter = _PARAMETER_NAME.match(line, at + 1)
        if parameter is None:
            return False
        at = parameter.end()
        while at < len(line) and line[at] in "=,":
            at += 1
            if line.startswith('"', at):
                closing = line.find('"', at + 1)
                if closing < 0:
                    return False
                at = closing + 1
            else:
                at = _SAFE_RUN.match(line, at).end()
    return line.startswith(":", at)


def _check_lines(text: str) -> None:
    for number, line in enumerate(_LINE_BREAK.split(_UNFOLD.sub("", text)), start=1):
        if line.strip() and not _is_content_line(line):
            shown = line if len(line) <= 60 else line[:57] + "…"
            damaged = QT_TRANSLATE_NOOP("VCard", "The vCard could not be read: line {number} is damaged (“{line}”).")
            raise VCardError(_vcard_words(damaged, number=number, line=shown))


def read_vcards(data: str | bytes) -> list[ImportedCard]:
    """Every card in ``data``, each with the problems found on its fields."""
    text = _decode(data)
    if "BEGIN:VCARD" not in text.upper():
        raise VCardError(
            _vcard_words(QT_TRANSLATE_NOOP("VCard", "This is not a vCard file: it has no BEGIN:VCARD line."))
        )
    _check_lines(text)
    cards: list[ImportedCard] = []
    try:
        for component in vobject.readComponents(text):
            if component.name.upper() != "VCARD":
                continue
            card = _card_from_component(component)
            cards.append(ImportedCard(card, card_problems(card)))
    except Exception as exc:  # vobject reports damage in many ways; all of them mean "cannot read"
        unreadable = QT_TRANSLATE_NOOP("VCard", "The vCard could not be read: {detail}")
        raise VCardError(_vcard_words(unreadable, detail=_short(exc))) from exc
    if not cards:
        raise VCardError(_vcard_words(QT_TRANSLATE_NOOP("VCard", "The file holds no contact card.")))
    return cards


def _short(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:200]


# ---- writing ---------------------------------------------------------------------------------

SUPPORTED_VERSIONS = ("3.0", "4.0")


def _split_name(full_name: str) -> tuple[str, str]:
    parts = full_name.split()
    if len(parts) < 2:
        return full_name.strip(), ""
    return parts[-1], " ".join(parts[:-1])


def write_vcard(card: CardDetails, version: str = "4.0") -> str:
    """One vCard as text with CRLF line ends and lines folded at 75 octets."""
    if version not in SUPPORTED_VERSIONS:
        raise ValueError(f"vCard version {version} is not supported")
    if not card.full_name.strip():
        raise VCardError(_vcard_words(QT_TRANSLATE_NOOP("VCard", "A contact card needs a name.")))
    component = vobject.vCard()
    component.add("fn").value = card.full_name.strip()
    family, given = _split_name(card.full_name.strip())
    component.add("n").value = vobject.vcard.Name(family=family, given=given)
    if card.organisation:
        component.add("org").value = [card.organisation]
    if card.job_title:
        component.add("title").value = card.job_title
    for email in card.emails:
        line = component.add("email")
        line.value = email.value
        if email.label:
            line.type_param = email.label
    for phone in card.phones:
        line = component.add("tel")
        line.value = phone.value
        if phone.label:
            line.type_param = phone.label
    if card.address:
        component.add("adr").value = vobject.vcard.Address(street=card.address)
    for website in card.websites:
        component.add("url").value = website
    text = component.serialize()
    if version == "4.0":
        text = text.replace("VERSION:3.0\r\n", "VERSION:4.0\r\n", 1)
    return text
