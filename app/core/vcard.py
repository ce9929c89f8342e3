"""Business-card details and vCards (RFC 6350 and the older 3.0), read and written with vobject.

Importing never drops what a card says: a value that does not look like an email address or a
phone number is kept as it was and reported as a problem on its field, for the person to fix.
Every email and phone keeps its label (a TYPE, or an Apple ``itemN.X-ABLabel``); the structured N,
ORG with its units, ADR by its parts, NOTE and UID are kept as the card writes them.

Real exports are normalised before vobject reads them (line ends, quoted-printable text in any
charset, ``PROFILE`` lines, pictures); each card of a file is read on its own, so a damaged card
refuses only itself, with a reason in words. Pictures are not kept.

A file of 10,000 cards reads in a few seconds: picture data is skipped before anything parses
it, only the properties kept are handed on, and a card's lines are read with vobject's own line
parser and value decoders without vobject building its objects for each line, which was most
of the time (a card these do not cover is read by vobject.readOne itself).
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import vobject
import vobject.base
import vobject.vcard
from vobject.icalendar import stringToTextValues

from app.core.i18n import QT_TRANSLATE_NOOP, Text, text

MAX_VCARD_BYTES = 200 * 1024 * 1024  # a whole address book, pictures included
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")
_PHONE_CHARACTERS = re.compile(r"^[0-9+\-()./\s]+(?:\s*(?:x|ext\.?|extension|#|;ext=)\s*[0-9]+)?$", re.IGNORECASE)
# TYPE values that say what a phone or email is; a label made of these is written as TYPE, any
# other label as an Apple-style group label (itemN.X-ABLabel), which address books read back.
_KNOWN_TYPES = ("work", "home", "cell", "fax", "pager", "video", "text", "textphone", "main", "msg", "car", "isdn")
_TYPE_SYNONYMS = {"mobile": "cell", "iphone": "cell"}
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


@dataclass(frozen=True, slots=True)
class StructuredName:
    """A vCard N, as the card holds it: each part may hold several words (``Mary,Ann``)."""

    family: tuple[str, ...] = ()
    given: tuple[str, ...] = ()
    additional: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not any(self.family + self.given + self.additional + self.prefixes + self.suffixes)


@dataclass(frozen=True, slots=True)
class AddressParts:
    """A vCard ADR by its parts, with its label (work, home...)."""

    box: str = ""
    extended: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    code: str = ""
    country: str = ""
    label: str = ""

    def text(self) -> str:
        """The address as lines, as the person's record shows it."""
        town_line = " ".join(bit for bit in (self.city, self.region, self.code) if bit)
        lines = [self.box, self.extended, self.street, town_line, self.country]
        return "\n".join(line for line in lines if line)


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
    # What a vCard holds beyond the card step's fields; empty when typed by hand.
    name: StructuredName | None = None
    units: list[str] = field(default_factory=list)  # ORG's units after the organisation's name
    address_parts: AddressParts | None = None  # used when ``address`` still reads as these parts
    note: str = ""
    uid: str = ""

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
    number: int = 1  # its place in the file, counting from 1


@dataclass(frozen=True, slots=True)
class RefusedCard:
    """A card of a file that could not be read; the others are read all the same."""

    number: int  # its place in the file, counting from 1
    name: str  # the name it seems to carry, or ""
    reason: Text  # for a person, to translate


@dataclass(slots=True)
class VCardFile:
    cards: list[ImportedCard]
    refused: list[RefusedCard]


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


def _too_big() -> VCardError:
    source = QT_TRANSLATE_NOOP("VCard", "The file is larger than 200 MB, which is more than any address book needs.")
    return VCardError(_vcard_words(source))


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        text = data
    else:
        if len(data) > MAX_VCARD_BYTES:
            raise _too_big()
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # older Mac Contacts wrote UTF-16
            text = data.decode("utf-16", errors="replace")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                # Old address books wrote Windows-1252; reading it that way loses no bytes.
                text = data.decode("cp1252", errors="replace")
    if len(text) > MAX_VCARD_BYTES:
        raise _too_big()
    if isinstance(data, str):
        # Lone surrogates (from a paste) cannot be stored; text decoded from bytes has none.
        text = text.encode("utf-8", "replace").decode("utf-8")
    if "\x00" in text:  # NULs end strings in too many places
        text = text.replace("\x00", "")
    # Windows programs that write CR LF through a text-mode file give CR CR LF. A file whose
    # every line already ends in one CR LF (most, tens of megabytes with their pictures) is
    # left as it is: counting is much faster than rewriting it.
    if text.count("\r\n") == text.count("\r") == text.count("\n"):
        return text
    return _LINE_END.sub("\r\n", text)


_LINE_END = re.compile(r"\r*\n|\r(?!\n)")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_BEGIN = re.compile(r"^BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END\s*:\s*VCARD\s*$", re.IGNORECASE)
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/]+=*$")  # never a property: those have a colon
_MEDIA = re.compile(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_FN_GUESS = re.compile(r"^(?:[\w-]+\.)?FN[;:](?:[^:]*:)?(.*)$", re.IGNORECASE)


@dataclass(slots=True)
class _Block:
    number: int
    first_line: int  # in the file, counting from 1
    lines: list[str]
    ended: bool


_CHUNK = 1 << 20


def _text_lines(text: str) -> Iterator[str]:
    """``text.split("\\r\\n")``, a megabyte at a time: an address book with pictures has a
    million lines, which as strings take twice the file's size again if all are made at once."""
    start = 0
    while len(text) - start > _CHUNK:
        end = text.find("\r\n", start + _CHUNK)
        if end < 0:
            break
        yield from text[start:end].split("\r\n")
        start = end + 2
    yield from text[start:].split("\r\n")


def _blocks(text: str) -> Iterator[_Block]:
    """The file's cards, each as its lines from BEGIN:VCARD to END:VCARD; a card cut off by
    the next BEGIN or by the end of the file is kept, unended, to be refused by itself.
    Each is handed out as soon as it ends, so that only one card's lines are kept at a time."""
    count = 0
    current: _Block | None = None
    for number, line in enumerate(_text_lines(text), start=1):
        # The first letter is looked at before the patterns: most lines of a file with pictures
        # are picture data.
        if line[:1] in "Bb" and _BEGIN.match(line):
            if current is not None:
                yield current
            count += 1
            current = _Block(count, number, [line], False)
        elif current is not None:
            current.lines.append(line)
            if line[:1] in "Ee" and _END.match(line):
                current.ended = True
                yield current
                current = None
    if current is not None:
        yield current


def _normalised_lines(block: _Block) -> list[tuple[int, str]]:
    """The card's lines, each with its line number in the file: pictures and empty lines
    dropped, folded lines unfolded, quoted-printable values decoded (soft line breaks joined)."""
    kept: list[tuple[int, str]] = []
    continuing = False
    lines = block.lines
    count = len(lines)
    index = 0
    while index < count:
        line = lines[index]
        number = block.first_line + index
        index += 1
        if continuing:
            kept[-1] = (kept[-1][0], kept[-1][1][:-1] + line.lstrip())
        else:
            if _MEDIA.match(line):
                # A picture's data, in a tight loop (most of a file's lines); 2.1 writers do not
                # always indent it.
                while index < count and (lines[index][:1] in (" ", "\t") or _BASE64_LINE.match(lines[index])):
                    index += 1
                continue
            if not line.strip():
                continue
            if line[:1] in (" ", "\t") and kept:  # folding
                kept[-1] = (kept[-1][0], kept[-1][1] + line[1:])
                continue
            kept.append((number, line))
        head = kept[-1][1].split(":", 1)[0].upper()
        continuing = "QUOTED-PRINTABLE" in head and kept[-1][1].endswith("=")
    return [(number, _escape_commas(_decode_quoted_printable(line))) for number, line in kept]


# Properties whose value is made of parts (or a list) separated by ";" and ",".
_STRUCTURED = frozenset({"N", "ADR", "ORG", "CATEGORIES", "NICKNAME", "GEO", "CLIENTPIDMAP", "GENDER"})
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")


def _escape_commas(line: str) -> str:
    """vobject keeps only what comes before the first bare comma of a single value (a URL, a
    label, a 2.1 NOTE); such commas belong to the value, so they are escaped first."""
    head, colon, value = line.partition(":")
    if not colon or "," not in value:
        return line
    name = head.split(";", 1)[0].rsplit(".", 1)[-1].upper()
    if name in _STRUCTURED:
        return line
    return head + ":" + _UNESCAPED_COMMA.sub(r"\\,", value)


_QP_PARAMETERS = re.compile(r";(?:ENCODING=)?QUOTED-PRINTABLE|;CHARSET=[^;:]*", re.IGNORECASE)
_CHARSET = re.compile(r";CHARSET=([^;:]*)", re.IGNORECASE)


def _decode_quoted_printable(line: str) -> str:
    """A quoted-printable value as plain text, whatever CHARSET says: UTF-8 when the bytes are
    UTF-8 (phones often say ISO-8859-1 or nothing), else the charset named, else Windows-1252."""
    if ":" not in line:
        return line
    head, value = line.split(":", 1)
    if "QUOTED-PRINTABLE" not in head.upper():
        return line
    raw = quopri.decodestring(value.encode("ascii", "replace"))
    declared = _CHARSET.search(head)
    text = None
    for charset in ("utf-8", declared.group(1).strip('"') if declared else "", "cp1252"):
        if not charset:
            continue
        try:
            text = raw.decode(charset)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    if text is None:
        text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return _QP_PARAMETERS.sub("", head) + ":" + text


_APPLE_LABEL = re.compile(r"^_\$!<(.+)>!\$_$")


def _group_labels(component) -> dict[str, str]:
    """Apple writes a property's label on a separate line of the same group: item1.X-ABLabel."""
    labels = {}
    for line in component.contents.get("x-ablabel", []):
        if line.group:
            value = _text(line.value)
            match = _APPLE_LABEL.match(value)
            labels[line.group.lower()] = _known_or_custom(match.group(1)) if match else value
    return labels


def _known_or_custom(kind: str) -> str:
    lowered = kind.lower()
    lowered = _TYPE_SYNONYMS.get(lowered, lowered)
    if lowered in _KNOWN_TYPES or lowered in _IGNORED_TYPES or lowered in ("other", "homepage"):
        return lowered
    return kind[2:] if lowered.startswith("x-") and len(kind) > 2 else kind


def _label(line, group_labels: dict[str, str] | None = None) -> str:
    """The label of an email, phone or address: its group's label if it has one, else its TYPE
    values that say what it is ("work", "work fax", or a custom one as written)."""
    if group_labels and line.group and group_labels.get(line.group.lower()):
        return group_labels[line.group.lower()]
    types: list[str] = []
    for value in line.params.get("TYPE", []):
        types.extend(part.strip().strip('"') for part in value.split(","))
    # vCard 2.1 writes bare parameters: EMAIL;WORK;INTERNET:...
    types.extend(getattr(line, "singletonparams", []))
    meaningful: list[str] = []
    for kind in types:
        label = _known_or_custom(kind) if kind else ""
        if label and label not in _IGNORED_TYPES and label not in meaningful:
            meaningful.append(label)
    return " ".join(meaningful)


def _text(value) -> str:
    if isinstance(value, list):
        return "; ".join(str(part).strip() for part in value if str(part).strip())
    return str(value).strip()


def _parts(value) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    return tuple(str(part).strip() for part in values if str(part).strip())


def _phone_value(value: str) -> str:
    value = value.strip()
    return value[4:] if value.lower().startswith("tel:") else value


_URL_ESCAPE = re.compile(r"\\([\\:;,])")


def _url_value(value: str) -> str:
    """Apple and Google escape URLs as text (``http\\://``); the address is without escapes."""
    return _URL_ESCAPE.sub(r"\1", value.strip())


def _address_parts(line, labels: dict[str, str]) -> AddressParts:
    address = line.value
    if isinstance(address, str):
        return AddressParts(street=address.strip(), label=_label(line, labels))

    def part(name: str) -> str:
        value = getattr(address, name, "")
        if isinstance(value, list):
            return ", ".join(str(bit).strip() for bit in value if str(bit).strip())
        return str(value).strip() if value else ""

    names = ("box", "extended", "street", "city", "region", "code", "country")
    return AddressParts(**{name: part(name) for name in names}, label=_label(line, labels))


def _structured_name(component) -> StructuredName | None:
    lines = _lines(component, "n")
    if not lines or isinstance(lines[0].value, str):
        return None
    value = lines[0].value
    name = StructuredName(
        family=_parts(value.family),
        given=_parts(value.given),
        additional=_parts(value.additional),
        prefixes=_parts(value.prefix),
        suffixes=_parts(value.suffix),
    )
    return None if name.is_empty() else name


def _name_text(name: StructuredName | None) -> str:
    if name is None:
        return ""
    parts = name.prefixes + name.given + name.additional + name.family + name.suffixes
    return " ".join(" ".join(part.split()) for part in parts if part)


def _lines(component, name: str) -> list:
    return list(component.contents.get(name, []))


def _first_text(component, name: str) -> str:
    lines = _lines(component, name)
    return _text(lines[0].value) if lines else ""


def _card_from_component(component) -> CardDetails:
    fn_lines = _lines(component, "fn")
    full_name = " ".join(_text(fn_lines[0].value).split()) if fn_lines else ""
    labels = _group_labels(component)
    organisation, units = "", []
    organisation_lines = _lines(component, "org")
    if organisation_lines:
        value = organisation_lines[0].value
        parts = [str(part).strip() for part in value] if isinstance(value, list) else [_text(value)]
        while parts and not parts[-1]:
            parts.pop()
        if parts:
            organisation, units = parts[0], parts[1:]
    name = _structured_name(component)
    card = CardDetails(
        full_name=full_name or _name_text(name),
        organisation=organisation,
        units=units,
        job_title=_first_text(component, "title"),
        emails=[LabelledValue(_text(line.value), _label(line, labels)) for line in _lines(component, "email")],
        phones=[
            LabelledValue(_phone_value(_text(line.value)), _label(line, labels)) for line in _lines(component, "tel")
        ],
        websites=[_url_value(_text(line.value)) for line in _lines(component, "url") if _text(line.value)],
        name=name,
        note=str(_lines(component, "note")[0].value).strip() if _lines(component, "note") else "",
        uid=_first_text(component, "uid"),
    )
    addresses = _lines(component, "adr")
    if addresses:
        card.address_parts = _address_parts(addresses[0], labels)
        card.address = card.address_parts.text()
    if not card.full_name:
        card.full_name = card.organisation
    card.emails = [email for email in card.emails if email.value]
    card.phones = [phone for phone in card.phones if phone.value]
    return card


_NAME_PART = re.compile(r"(?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_-]+")
_PARAMETER_NAME = re.compile(r"[A-Za-z0-9_-]+")
_SAFE_RUN = re.compile(r'[^";:,]*')


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


def _guess_name(block: _Block) -> str:
    for line in block.lines:
        match = _FN_GUESS.match(line)
        if match:
            return " ".join(match.group(1).split())[:80]
    return ""


_READ_PROPERTIES = frozenset(
    {"BEGIN", "END", "VERSION", "FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "ADR", "NOTE", "UID", "X-ABLABEL"}
)
_PROPERTY_NAME = re.compile(r"(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)")


def _property_name(line: str) -> str:
    match = _PROPERTY_NAME.match(line)
    return match.group(1).upper() if match else ""


class _Property:
    """A property as vobject reads it: what _card_from_component uses of a ContentLine."""

    __slots__ = ("group", "name", "params", "singletonparams", "value")

    def __init__(self, name: str, params: dict[str, list[str]], singletonparams: list[str], value, group) -> None:
        self.name = name
        self.params = params
        self.singletonparams = singletonparams
        self.value = value
        self.group = group


class _Properties:
    """A card's properties by lower-case name, as a vobject Component's ``contents``."""

    __slots__ = ("contents",)

    def __init__(self) -> None:
        self.contents: dict[str, list[_Property]] = {}


def _text_values(value: str, separator: str = ",", escaped: str | None = None) -> list[str]:
    """vobject's stringToTextValues (its value decoder, one character at a time). A value with
    no backslash, as most are, has nothing to decode: its result is then the value cut at each
    separator, without the empty piece after a last separator (as vobject leaves it out); the
    tests compare both on random values."""
    if "\\" in value:
        return stringToTextValues(value, listSeparator=separator, charList=escaped)
    if separator not in value:
        return [value]
    values = value.split(separator)
    if not values[-1]:
        values.pop()
    return values


def _split_fields(value: str) -> list:
    """vobject.vcard.splitFields (N, ADR and ORG into their parts), through _text_values."""
    fields = []
    for part in _text_values(value, ";", ";"):
        values = _text_values(part)
        fields.append(values[0] if len(values) == 1 else values)
    return fields


# How vobject's vCard behaviour turns each property read here into its value (every version is
# read with its 3.0 behaviour): N, ADR and ORG are split into their parts, VERSION is kept as
# written, every other property is text with its backslash escapes undone.
def _name_value(value: str) -> vobject.vcard.Name:
    # As vobject's NameBehavior: parts beyond the fifth are left out.
    return vobject.vcard.Name(**dict(zip(vobject.vcard.NAME_ORDER, _split_fields(value), strict=False)))


def _address_value(value: str) -> vobject.vcard.Address:
    return vobject.vcard.Address(**dict(zip(vobject.vcard.ADDRESS_ORDER, _split_fields(value), strict=False)))


_SPLIT_VALUES = {"N": _name_value, "ADR": _address_value, "ORG": _split_fields}


def _read_component(lines: list[str]):
    """The card's properties, read with vobject.

    A card as most are (BEGIN first, END last, no encoded value left) is read line by line
    with vobject's own line parser and its vCard value decoders, which is what vobject.readOne
    does without building its objects for each line (most of its time); any other card is
    read by vobject.readOne itself.
    """
    if not lines or _property_name(lines[0]) != "BEGIN" or _property_name(lines[-1]) != "END":
        return vobject.readOne("\r\n".join(lines) + "\r\n")  # not closed: vobject says so
    properties = _Properties()
    last = len(lines) - 1
    for index, line in enumerate(lines):
        name, parameters, value, group = vobject.base.parseLine(line)
        name = name.upper()
        if name in ("BEGIN", "END") and (index not in (0, last) or value.upper() != "VCARD"):
            return vobject.readOne("\r\n".join(lines) + "\r\n")  # a component within the card
        params: dict[str, list[str]] = {}
        singletonparams: list[str] = []
        for parameter in parameters:
            if len(parameter) == 1:
                singletonparams += parameter
            else:
                params.setdefault(parameter[0].upper(), []).extend(parameter[1:])
        if "ENCODING" in params or "BASE64" in singletonparams or "QUOTED-PRINTABLE" in singletonparams:
            return vobject.readOne("\r\n".join(lines) + "\r\n")  # base64 or quoted-printable text
        if name in ("BEGIN", "END"):
            continue
        split = _SPLIT_VALUES.get(name)
        if split is not None:
            value = split(value)
        elif name != "VERSION":
            value = _text_values(value)[0]
        properties.contents.setdefault(name.lower(), []).append(_Property(name, params, singletonparams, value, group))
    return properties


def _read_block(block: _Block) -> ImportedCard | RefusedCard:
    name = _guess_name(block)
    if not block.ended:
        cut = QT_TRANSLATE_NOOP("VCard", "The card is cut off: it has no END:VCARD line.")
        return RefusedCard(block.number, name, _vcard_words(cut))
    lines = _normalised_lines(block)
    for number, line in lines:
        if not _is_content_line(line):
            shown = line if len(line) <= 60 else line[:57] + "…"
            damaged = QT_TRANSLATE_NOOP("VCard", "The vCard could not be read: line {number} is damaged (“{line}”).")
            return RefusedCard(block.number, name, _vcard_words(damaged, number=number, line=shown))
    # Only the properties read here go to vobject: it is slow per line, and a file of
    # thousands of cards must import in seconds. This also leaves out the RFC 2425 profile
    # lines Lotus Notes writes (PROFILE:VCard), which vobject takes for a second BEGIN.
    wanted = [line for _, line in lines if _property_name(line) in _READ_PROPERTIES]
    try:
        component = _read_component(wanted)
        card = _card_from_component(component)
    except Exception:  # vobject reports damage in many ways; all of them mean "cannot read"
        unreadable = QT_TRANSLATE_NOOP(
            "VCard", "The card could not be read: one of its lines is not written as vCards are."
        )
        return RefusedCard(block.number, name, _vcard_words(unreadable))
    return ImportedCard(card, card_problems(card), block.number)


def read_vcard_file(data: str | bytes) -> VCardFile:
    """Every card in ``data``: those read, each with the problems found on its fields, and those
    refused, each with why. Raises VCardError only when ``data`` holds no vCard at all."""
    found = VCardFile([], [])
    for block in _blocks(_decode(data)):
        result = _read_block(block)
        if isinstance(result, RefusedCard):
            found.refused.append(result)
        else:
            found.cards.append(result)
    if not found.cards and not found.refused:
        raise VCardError(
            _vcard_words(QT_TRANSLATE_NOOP("VCard", "This is not a vCard file: it has no BEGIN:VCARD line."))
        )
    return found


def read_vcards(data: str | bytes) -> list[ImportedCard]:
    """The cards of ``data`` that can be read; VCardError (saying why) when none can."""
    found = read_vcard_file(data)
    if not found.cards:
        raise VCardError(found.refused[0].reason)
    return found.cards


# ---- writing ---------------------------------------------------------------------------------

SUPPORTED_VERSIONS = ("3.0", "4.0")
PRODUCT_ID = "-//InfoInterview//InfoInterview//EN"
# TYPE values each version defines for TEL and EMAIL; other labels go in an itemN.X-ABLabel.
_TEL_TYPES = {
    "4.0": {"work", "home", "text", "voice", "fax", "cell", "video", "pager", "textphone"},
    "3.0": {"work", "home", "msg", "voice", "fax", "cell", "video", "pager", "bbs", "modem", "car", "isdn", "pcs"},
}
_EMAIL_TYPES = {"4.0": {"work", "home"}, "3.0": {"work", "home", "internet"}}
_ADR_TYPES = {"4.0": {"work", "home"}, "3.0": {"work", "home", "dom", "intl", "postal", "parcel"}}


def _write_labelled(component, name: str, value: str, label: str, allowed: set[str], groups: list[int]) -> None:
    line = component.add(name)
    line.value = value
    kinds = label.split()
    if not kinds:
        return
    if all(kind in allowed for kind in kinds):
        line.type_paramlist = kinds
        return
    # A label of its own, as Apple writes it and address books read it: item1.TEL + item1.X-ABLabel.
    groups[0] += 1
    group = f"item{groups[0]}"
    line.group = group
    label_line = component.add("x-ablabel")
    label_line.group = group
    label_line.value = label


def _vcard_time(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def write_vcard(card: CardDetails, version: str = "4.0", *, uid: str = "", revised: datetime | None = None) -> str:
    """One vCard (RFC 6350 for 4.0, RFC 2426 for 3.0) as text with CRLF line ends and lines
    folded at 75 octets. N is written only as stored (3.0 requires the line: it is then empty);
    ``uid`` (else the card's own) and ``revised`` (a UTC time) give UID and REV."""
    if version not in SUPPORTED_VERSIONS:
        raise ValueError(f"vCard version {version} is not supported")
    if not card.full_name.strip():
        raise VCardError(_vcard_words(QT_TRANSLATE_NOOP("VCard", "A contact card needs a name.")))
    component = vobject.vCard()
    component.add("version").value = version
    component.add("prodid").value = PRODUCT_ID
    if uid or card.uid:
        component.add("uid").value = uid or card.uid
    if revised is not None:
        component.add("rev").value = _vcard_time(revised)
    component.add("fn").value = card.full_name.strip()
    name = card.name or StructuredName()
    if card.name is not None or version == "3.0":
        component.add("n").value = vobject.vcard.Name(
            family=list(name.family),
            given=list(name.given),
            additional=list(name.additional),
            prefix=list(name.prefixes),
            suffix=list(name.suffixes),
        )
    if card.organisation or card.units:
        component.add("org").value = [card.organisation, *card.units]
    if card.job_title:
        component.add("title").value = card.job_title
    groups = [0]
    for email in card.emails:
        _write_labelled(component, "email", email.value, email.label, _EMAIL_TYPES[version], groups)
    for phone in card.phones:
        _write_labelled(component, "tel", phone.value, phone.label, _TEL_TYPES[version], groups)
        if version == "4.0":
            component.contents["tel"][-1].params["VALUE"] = ["text"]  # as typed, not a tel: URI
    if card.address:
        parts = card.address_parts
        if parts is None or parts.text() != card.address:  # typed by hand, or changed since
            parts = AddressParts(street=card.address, label=parts.label if parts else "")
        address = vobject.vcard.Address(
            box=parts.box,
            extended=parts.extended,
            street=parts.street,
            city=parts.city,
            region=parts.region,
            code=parts.code,
            country=parts.country,
        )
        _write_labelled(component, "adr", address, parts.label, _ADR_TYPES[version], groups)
    for website in card.websites:
        line = component.add("url")
        line.value = website
        line.encoded = True  # a URL is written as it is: http://, not http\://
    if card.note:
        component.add("note").value = card.note
    return component.serialize()


def write_vcards(cards: Iterable[tuple[CardDetails, str, datetime | None]], version: str = "4.0") -> str:
    """Several cards, one after the other: each with its UID and when it was last changed."""
    return "".join(write_vcard(card, version, uid=uid, revised=revised) for card, uid, revised in cards)
