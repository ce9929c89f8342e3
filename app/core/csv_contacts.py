"""People from a CSV file (Google Contacts, Outlook, LinkedIn or any spreadsheet), read with ``csv``.

The file is handed in as bytes or text. It is decoded as the programs that write such files
encode them (UTF-8 with or without a byte-order mark, UTF-16 as Excel's "Unicode text", Windows-1252
as Outlook), its delimiter found with ``csv.Sniffer``, and its header found even after lines of
notes (LinkedIn's ``Connections.csv``). A preset maps the columns to a person's fields; the person
may change the mapping. The preview gives each row as ``CardDetails`` with its problems: a row
with no name or with the wrong number of fields is left out; an email that ``email-validator``
finds wrong, or a phone ``phonenumbers`` cannot read, is only flagged and kept as written.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from app.core.i18n import QT_TRANSLATE_NOOP, Text, text
from app.core.vcard import AddressParts, CardDetails, LabelledValue, StructuredName

MAX_CSV_BYTES = 50 * 1024 * 1024  # far more than any address book's CSV
_HEADER_SEARCH_LINES = 30  # notes before the header (LinkedIn writes three lines)
_MULTIPLE_VALUES = " ::: "  # Google Contacts puts several values of one kind in one cell so


def _words(source: str, **values: object) -> Text:
    """A message about a CSV file; every source is marked QT_TRANSLATE_NOOP("CsvContacts", ...)."""
    return text("CsvContacts", source, **values)


class CsvError(Exception):
    """The file cannot be read as a table of people; ``text`` says why, for a person."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


class ContactField(StrEnum):
    """What a column holds. The values are stable keys; ``label`` is the marked name a person sees."""

    IGNORE = "ignore"
    FULL_NAME = "full_name"
    GIVEN = "given"
    MIDDLE = "middle"
    FAMILY = "family"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    ORGANISATION = "organisation"
    DEPARTMENT = "department"
    TITLE = "title"
    EMAIL = "email"
    EMAIL_LABEL = "email_label"
    PHONE = "phone"
    PHONE_LABEL = "phone_label"
    ADDRESS = "address"
    STREET = "street"
    CITY = "city"
    REGION = "region"
    POSTCODE = "postcode"
    COUNTRY = "country"
    PO_BOX = "po_box"
    ADDRESS_LABEL = "address_label"
    URL = "url"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    ContactField.IGNORE: QT_TRANSLATE_NOOP("ContactField", "(leave out)"),
    ContactField.FULL_NAME: QT_TRANSLATE_NOOP("ContactField", "Full name"),
    ContactField.GIVEN: QT_TRANSLATE_NOOP("ContactField", "Given name"),
    ContactField.MIDDLE: QT_TRANSLATE_NOOP("ContactField", "Middle name"),
    ContactField.FAMILY: QT_TRANSLATE_NOOP("ContactField", "Family name"),
    ContactField.PREFIX: QT_TRANSLATE_NOOP("ContactField", "Name prefix (Dr., Ms.)"),
    ContactField.SUFFIX: QT_TRANSLATE_NOOP("ContactField", "Name suffix (Jr.)"),
    ContactField.ORGANISATION: QT_TRANSLATE_NOOP("ContactField", "Organisation"),
    ContactField.DEPARTMENT: QT_TRANSLATE_NOOP("ContactField", "Department"),
    ContactField.TITLE: QT_TRANSLATE_NOOP("ContactField", "Job title"),
    ContactField.EMAIL: QT_TRANSLATE_NOOP("ContactField", "Email"),
    ContactField.EMAIL_LABEL: QT_TRANSLATE_NOOP("ContactField", "Email's label"),
    ContactField.PHONE: QT_TRANSLATE_NOOP("ContactField", "Phone"),
    ContactField.PHONE_LABEL: QT_TRANSLATE_NOOP("ContactField", "Phone's label"),
    ContactField.ADDRESS: QT_TRANSLATE_NOOP("ContactField", "Address (whole)"),
    ContactField.STREET: QT_TRANSLATE_NOOP("ContactField", "Street"),
    ContactField.CITY: QT_TRANSLATE_NOOP("ContactField", "City"),
    ContactField.REGION: QT_TRANSLATE_NOOP("ContactField", "Region or state"),
    ContactField.POSTCODE: QT_TRANSLATE_NOOP("ContactField", "Postcode"),
    ContactField.COUNTRY: QT_TRANSLATE_NOOP("ContactField", "Country"),
    ContactField.PO_BOX: QT_TRANSLATE_NOOP("ContactField", "PO box"),
    ContactField.ADDRESS_LABEL: QT_TRANSLATE_NOOP("ContactField", "Address's label"),
    ContactField.URL: QT_TRANSLATE_NOOP("ContactField", "Website"),
    ContactField.NOTES: QT_TRANSLATE_NOOP("ContactField", "Notes"),
}

_NAME_PARTS = (ContactField.PREFIX, ContactField.GIVEN, ContactField.MIDDLE, ContactField.FAMILY, ContactField.SUFFIX)
_ADDRESS_PARTS = {
    ContactField.PO_BOX: "box",
    ContactField.STREET: "street",
    ContactField.CITY: "city",
    ContactField.REGION: "region",
    ContactField.POSTCODE: "code",
    ContactField.COUNTRY: "country",
}


@dataclass(frozen=True, slots=True)
class ColumnRole:
    """What one column holds. ``label`` is the label its email or phone gets (work, cell…);
    ``group`` pairs a value with its label column and an address's parts (0: none)."""

    field: ContactField = ContactField.IGNORE
    label: str = ""
    group: int = 0


IGNORED = ColumnRole()


class PresetKind(StrEnum):
    GOOGLE = "google"
    OUTLOOK = "outlook"
    LINKEDIN = "linkedin"
    OTHER = "other"  # a spreadsheet of someone's own: columns guessed from their names

    @property
    def label(self) -> str:
        return _PRESET_LABELS[self]


_PRESET_LABELS = {
    PresetKind.GOOGLE: QT_TRANSLATE_NOOP("PresetKind", "Google Contacts"),
    PresetKind.OUTLOOK: QT_TRANSLATE_NOOP("PresetKind", "Outlook"),
    PresetKind.LINKEDIN: QT_TRANSLATE_NOOP("PresetKind", "LinkedIn connections"),
    PresetKind.OTHER: QT_TRANSLATE_NOOP("PresetKind", "Other: columns guessed from their names"),
}


def _key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


F = ContactField

# ---- Outlook ("Comma Separated Values" export, in English and in German) ----------------------
_OUTLOOK: dict[str, ColumnRole] = {}


def _outlook(names: Iterable[str], role: ColumnRole) -> None:
    for name in names:
        _OUTLOOK[_key(name)] = role


_outlook(("Title", "Anrede"), ColumnRole(F.PREFIX))  # Outlook's "Title" is Mr., Dr.: the job is "Job Title"
_outlook(("First Name", "Vorname"), ColumnRole(F.GIVEN))
_outlook(("Middle Name", "Weitere Vornamen"), ColumnRole(F.MIDDLE))
_outlook(("Last Name", "Nachname"), ColumnRole(F.FAMILY))
_outlook(("Suffix", "Suffix"), ColumnRole(F.SUFFIX))
_outlook(("Company", "Firma"), ColumnRole(F.ORGANISATION))
_outlook(("Department", "Abteilung"), ColumnRole(F.DEPARTMENT))
_outlook(("Job Title", "Position"), ColumnRole(F.TITLE))
for _place, _german, _group in (("Business", "geschäftlich", 1), ("Home", "privat", 2), ("Other", "weitere", 3)):
    _outlook((f"{_place} Street", f"Straße {_german}"), ColumnRole(F.STREET, _place.lower(), _group))
    _outlook((f"{_place} Street 2", f"Straße {_german} 2"), ColumnRole(F.STREET, _place.lower(), _group))
    _outlook((f"{_place} Street 3", f"Straße {_german} 3"), ColumnRole(F.STREET, _place.lower(), _group))
    _outlook((f"{_place} City", f"Ort {_german}"), ColumnRole(F.CITY, _place.lower(), _group))
    _outlook((f"{_place} State", f"Region {_german}"), ColumnRole(F.REGION, _place.lower(), _group))
    _outlook((f"{_place} Postal Code", f"Postleitzahl {_german}"), ColumnRole(F.POSTCODE, _place.lower(), _group))
    _outlook((f"{_place} Country/Region", f"Land/Region {_german}"), ColumnRole(F.COUNTRY, _place.lower(), _group))
    _outlook((f"{_place} PO Box", f"Postfach {_german}"), ColumnRole(F.PO_BOX, _place.lower(), _group))
_outlook(("Business Phone", "Telefon geschäftlich"), ColumnRole(F.PHONE, "work"))
_outlook(("Business Phone 2", "Telefon geschäftlich 2"), ColumnRole(F.PHONE, "work"))
_outlook(("Company Main Phone", "Telefon Firma"), ColumnRole(F.PHONE, "main"))
_outlook(("Home Phone", "Telefon privat"), ColumnRole(F.PHONE, "home"))
_outlook(("Home Phone 2", "Telefon privat 2"), ColumnRole(F.PHONE, "home"))
_outlook(("Mobile Phone", "Mobiltelefon"), ColumnRole(F.PHONE, "cell"))
_outlook(("Other Phone", "Weiteres Telefon"), ColumnRole(F.PHONE, "other"))
_outlook(("Primary Phone",), ColumnRole(F.PHONE, "main"))
_outlook(("Car Phone", "Autotelefon"), ColumnRole(F.PHONE, "car"))
_outlook(("Pager",), ColumnRole(F.PHONE, "pager"))
_outlook(("Business Fax", "Fax geschäftlich"), ColumnRole(F.PHONE, "fax"))
_outlook(("Home Fax", "Fax privat"), ColumnRole(F.PHONE, "fax"))
_outlook(("Assistant's Phone",), ColumnRole(F.PHONE, "Assistant"))
_outlook(("E-mail Address", "E-Mail-Adresse"), ColumnRole(F.EMAIL))
_outlook(("E-mail 2 Address", "E-Mail 2: Adresse"), ColumnRole(F.EMAIL))
_outlook(("E-mail 3 Address", "E-Mail 3: Adresse"), ColumnRole(F.EMAIL))
_outlook(("Web Page", "Webseite"), ColumnRole(F.URL))
_outlook(("Personal Web Page",), ColumnRole(F.URL))
_outlook(("Notes", "Notizen"), ColumnRole(F.NOTES))
# Known to Outlook, left out on purpose (they count towards recognising the file).
_outlook(
    (
        "E-mail Type",
        "E-mail Display Name",
        "E-mail 2 Type",
        "E-mail 2 Display Name",
        "E-mail 3 Type",
        "E-mail 3 Display Name",
        "Nickname",
        "Birthday",
        "Anniversary",
        "Categories",
        "Office Location",
        "Manager's Name",
        "Assistant's Name",
        "Spouse",
        "Callback",
        "ISDN",
        "Radio Phone",
        "Telex",
        "TTY/TDD Phone",
        "Other Fax",
        "Account",
        "Initials",
        "Priority",
        "Private",
        "Sensitivity",
        "Gender",
        "Hobby",
        "Location",
        "Mileage",
        "Billing Information",
        "Directory Server",
        "Internet Free Busy",
        "Keywords",
        "Language",
        "Organizational ID Number",
        "Profession",
        "Referred By",
        "Children",
        "Government ID Number",
        "User 1",
        "User 2",
        "User 3",
        "User 4",
        "Given Yomi",
        "Surname Yomi",
        "Company Yomi",
        "IMAddress",
        "Schools",
        "Kategorien",
        "Geburtstag",
    ),
    IGNORED,
)

# ---- LinkedIn Connections.csv --------------------------------------------------------------
_LINKEDIN = {
    _key("First Name"): ColumnRole(F.GIVEN),
    _key("Last Name"): ColumnRole(F.FAMILY),
    _key("URL"): ColumnRole(F.URL),
    _key("Email Address"): ColumnRole(F.EMAIL),
    _key("Company"): ColumnRole(F.ORGANISATION),
    _key("Position"): ColumnRole(F.TITLE),
    _key("Connected On"): IGNORED,
}

# ---- Google Contacts (the current export, and the older "Google CSV") ----------------------
_GOOGLE = {
    _key("First Name"): ColumnRole(F.GIVEN),
    _key("Given Name"): ColumnRole(F.GIVEN),
    _key("Middle Name"): ColumnRole(F.MIDDLE),
    _key("Additional Name"): ColumnRole(F.MIDDLE),
    _key("Last Name"): ColumnRole(F.FAMILY),
    _key("Family Name"): ColumnRole(F.FAMILY),
    _key("Name Prefix"): ColumnRole(F.PREFIX),
    _key("Name Suffix"): ColumnRole(F.SUFFIX),
    _key("Name"): ColumnRole(F.FULL_NAME),
    _key("Organization Name"): ColumnRole(F.ORGANISATION),
    _key("Organization Title"): ColumnRole(F.TITLE),
    _key("Organization Department"): ColumnRole(F.DEPARTMENT),
    _key("Notes"): ColumnRole(F.NOTES),
}
for _ignored in (
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Nickname",
    "File As",
    "Birthday",
    "Photo",
    "Labels",
    "Group Membership",
    "Yomi Name",
    "Given Name Yomi",
    "Additional Name Yomi",
    "Family Name Yomi",
    "Initials",
    "Short Name",
    "Maiden Name",
    "Gender",
    "Location",
    "Billing Information",
    "Directory Server",
    "Mileage",
    "Occupation",
    "Hobby",
    "Sensitivity",
    "Priority",
    "Subject",
):
    _GOOGLE[_key(_ignored)] = IGNORED

_GOOGLE_NUMBERED = re.compile(
    r"^(e-mail|phone|address|website|organization|relation|im|event|custom field) (\d+) - (.+)$", re.IGNORECASE
)
_GOOGLE_ADDRESS = {
    "formatted": F.ADDRESS,
    "street": F.STREET,
    "city": F.CITY,
    "po box": F.PO_BOX,
    "region": F.REGION,
    "postal code": F.POSTCODE,
    "country": F.COUNTRY,
    "label": F.ADDRESS_LABEL,
    "type": F.ADDRESS_LABEL,
}


def _google_role(header: str) -> ColumnRole | None:
    key = _key(header)
    if key in _GOOGLE:
        return _GOOGLE[key]
    found = _GOOGLE_NUMBERED.match(key)
    if found is None:
        return None
    kind, number, part = found.group(1), int(found.group(2)), found.group(3)
    is_label = part in ("label", "type")
    if kind == "e-mail":
        return (
            ColumnRole(F.EMAIL_LABEL if is_label else F.EMAIL, "", number)
            if part in ("label", "type", "value")
            else None
        )
    if kind == "phone":
        return (
            ColumnRole(F.PHONE_LABEL if is_label else F.PHONE, "", number)
            if part in ("label", "type", "value")
            else None
        )
    if kind == "address":
        role = _GOOGLE_ADDRESS.get(part)
        return ColumnRole(role, "", number) if role else IGNORED
    if kind == "website":
        return ColumnRole(F.URL) if part == "value" else IGNORED
    if kind == "organization" and number == 1:
        return {"name": ColumnRole(F.ORGANISATION), "title": ColumnRole(F.TITLE)}.get(part, IGNORED)
    return IGNORED


def _table_role(table: dict[str, ColumnRole]):
    return lambda header: table.get(_key(header))


_PRESET_ROLES = {
    PresetKind.GOOGLE: _google_role,
    PresetKind.OUTLOOK: _table_role(_OUTLOOK),
    PresetKind.LINKEDIN: _table_role(_LINKEDIN),
}

# ---- any other spreadsheet: guessed from the column's words ---------------------------------
_GUESSES: tuple[tuple[re.Pattern[str], ContactField], ...] = tuple(
    (re.compile(pattern), role)
    for pattern, role in (
        (r"^(full name|name|display name|contact|contact name|person)$", F.FULL_NAME),
        (r"(first|given|fore) ?name|^first$|^vorname$|^prénom$", F.GIVEN),
        (r"middle ?name", F.MIDDLE),
        (r"(last|family|sur) ?name|^surname$|^last$|^nachname$|^nom$", F.FAMILY),
        (r"e-?mail|^mail$|courriel", F.EMAIL),
        (r"phone|mobile|^tel|cell|telefon|handy", F.PHONE),
        (r"organi[sz]ation|company|employer|firm|^firma$|^entreprise$", F.ORGANISATION),
        (r"department", F.DEPARTMENT),
        (r"title|position|role|job", F.TITLE),
        (r"address|adresse|anschrift", F.ADDRESS),
        (r"^street", F.STREET),
        (r"^(city|town)$", F.CITY),
        (r"^(state|region|province)$", F.REGION),
        (r"^(zip|postcode|postal code|zip code)$", F.POSTCODE),
        (r"^country", F.COUNTRY),
        (r"url|web ?site|web ?page|homepage|linkedin", F.URL),
        (r"notes?$|comment|remarks?", F.NOTES),
    )
)


def _guessed_role(header: str) -> ColumnRole:
    key = _key(header)
    for pattern, role in _GUESSES:
        if pattern.search(key):
            return ColumnRole(role)
    return IGNORED


def preset_mapping(kind: PresetKind, header: Sequence[str]) -> tuple[ColumnRole, ...]:
    """What each column holds under a preset; a column the preset does not know is left out
    (for ``OTHER``, each column is guessed from its name)."""
    if kind is PresetKind.OTHER:
        return tuple(_guessed_role(name) for name in header)
    role_of = _PRESET_ROLES[kind]
    return tuple(role_of(name) or IGNORED for name in header)


def _recognised(kind: PresetKind, header: Sequence[str]) -> int:
    role_of = _PRESET_ROLES[kind]
    return sum(1 for name in header if name.strip() and role_of(name) is not None)


def detect_preset(header: Sequence[str]) -> PresetKind:
    """The program that wrote a header: the preset that knows most of its columns (at least
    three, and most of the header), else ``OTHER``."""
    best, best_score = PresetKind.OTHER, 0
    named = sum(1 for name in header if name.strip())
    for kind in (PresetKind.LINKEDIN, PresetKind.GOOGLE, PresetKind.OUTLOOK):
        score = _recognised(kind, header)
        if score > best_score and score >= 3 and score * 2 >= named:
            best, best_score = kind, score
    return best


# ---- reading the table ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CsvRow:
    line: int  # where the row starts in the file, counting from 1
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CsvTable:
    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    delimiter: str
    header_line: int  # the header's line in the file; lines before it (notes) are not read
    preset: PresetKind  # recognised from the header


def decode_csv(data: bytes | str) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if isinstance(data, str):
        decoded = data.removeprefix("\ufeff")
    else:
        if len(data) > MAX_CSV_BYTES:
            raise CsvError(
                _words(QT_TRANSLATE_NOOP("CsvContacts", "The file is larger than 50 MB; it is not a list of contacts."))
            )
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text" and some Outlook versions
            decoded = data.decode("utf-16", errors="replace")
        else:
            try:
                decoded = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                decoded = data.decode("cp1252", errors="replace")  # Outlook writes the Windows code page
    if "\x00" in decoded:
        raise CsvError(_words(QT_TRANSLATE_NOOP("CsvContacts", "The file is not text: it holds binary data.")))
    return decoded


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _find_header(lines: list[str]) -> tuple[int, str, PresetKind] | None:
    """The first line that a preset recognises as a header, with its delimiter."""
    for index, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        for delimiter in (",", ";", "\t"):
            cells = _cells(line, delimiter)
            if len(cells) >= 2:
                kind = detect_preset(cells)
                if kind is not PresetKind.OTHER:
                    return index, delimiter, kind
    return None


def _sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def read_csv_table(data: bytes | str) -> CsvTable:
    """The file as a header and rows; rows made only of empty cells are skipped."""
    decoded = decode_csv(data)
    # Lines end at "\n" only: a value may hold other line breaks (U+2028, a form feed).
    lines = decoded.split("\n")
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    found = _find_header(lines)
    if found is not None:
        header_index, header_delimiter, preset = found
        # The header a preset recognised settles the delimiter; the sniffer is for other files.
        delimiter = header_delimiter
    else:
        header_index = next((i for i, line in enumerate(lines) if line.strip()), 0)
        delimiter = _sniff_delimiter("".join(lines[header_index : header_index + 200])[: 64 * 1024])
        preset = PresetKind.OTHER
    reader = csv.reader(lines[header_index:], delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    rows: list[CsvRow] = []
    header: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            line = header_index + start
            start = reader.line_num + 1
            if header is None:
                header = [cell.strip().removeprefix("\ufeff") for cell in cells]
                continue
            if not any(cell.strip() for cell in cells):
                continue
            rows.append(CsvRow(line, tuple(cells)))
    except csv.Error as error:
        raise CsvError(
            _words(
                QT_TRANSLATE_NOOP("CsvContacts", "Line {line} of the file cannot be read as a table row."),
                line=header_index + reader.line_num,
            )
        ) from error
    if not header or not any(header):
        raise CsvError(
            _words(QT_TRANSLATE_NOOP("CsvContacts", "The file is empty: it has no header row naming its columns."))
        )
    if preset is PresetKind.OTHER:
        preset = detect_preset(header)
    return CsvTable(tuple(header), tuple(rows), delimiter, header_index + 1, preset)


# ---- rows into people -------------------------------------------------------------------------


class ProblemKind(StrEnum):
    NO_NAME = "no_name"
    FIELD_COUNT = "field_count"
    EMAIL = "email"
    PHONE = "phone"
    MORE_ADDRESSES = "more_addresses"


_LEAVES_OUT = frozenset({ProblemKind.NO_NAME, ProblemKind.FIELD_COUNT})


@dataclass(frozen=True, slots=True)
class RowProblem:
    kind: ProblemKind
    message: Text

    @property
    def leaves_row_out(self) -> bool:
        return self.kind in _LEAVES_OUT


@dataclass(slots=True)
class PreviewRow:
    line: int  # in the file, counting from 1
    card: CardDetails
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return not any(problem.leaves_row_out for problem in self.problems)


@dataclass(slots=True)
class CsvPreview:
    rows: list[PreviewRow]

    def importable_cards(self) -> list[CardDetails]:
        return [row.card for row in self.rows if row.importable]

    @property
    def left_out(self) -> list[PreviewRow]:
        return [row for row in self.rows if not row.importable]

    @property
    def flagged(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.problems]


_LABEL_SYNONYMS = {"mobile": "cell", "iphone": "cell", "business": "work", "personal": "home", "private": "home"}
_KNOWN_LABELS = {"work", "home", "cell", "fax", "pager", "main", "other", "car", "video", "text"}


def _label(raw: str) -> str:
    """Google writes "* Work" for the main one, "Mobile" for a cell phone; custom labels stay as typed."""
    label = raw.strip().lstrip("*").strip()
    lowered = label.casefold()
    lowered = _LABEL_SYNONYMS.get(lowered, lowered)
    return lowered if lowered in _KNOWN_LABELS else label


def _split_values(cell: str) -> list[str]:
    return [value.strip() for value in cell.split(_MULTIPLE_VALUES) if value.strip()]


def _lines(cell: str) -> str:
    return cell.replace("\r\n", "\n").replace("\r", "\n").strip()


def _phone(value: str, region: str | None) -> tuple[str, Text | None]:
    """The number formatted by ``phonenumbers``, or kept as typed with a message saying why."""
    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException as error:
        if error.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE and not region:
            return value, None  # no country to read it in: kept as typed, nothing to tell
        return value, _words(
            QT_TRANSLATE_NOOP("CsvContacts", "“{value}” could not be read as a phone number; it is kept as written."),
            value=value,
        )
    if not phonenumbers.is_valid_number(number):
        return value, _words(
            QT_TRANSLATE_NOOP(
                "CsvContacts", "“{value}” does not look like a valid phone number; it is kept as written."
            ),
            value=value,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), None


def _email(value: str) -> Text | None:
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return _words(
            QT_TRANSLATE_NOOP(
                "CsvContacts",
                "“{value}” does not look like an email address (name@example.com); it is kept as written.",
            ),
            value=value,
        )
    return None


def _row_card(
    header: Sequence[str], mapping: Sequence[ColumnRole], values: Sequence[str], region: str | None
) -> tuple[CardDetails, list[RowProblem]]:
    problems: list[RowProblem] = []
    by_field: dict[ContactField, list[tuple[ColumnRole, str]]] = {}
    for index, role in enumerate(mapping):
        if role.field is ContactField.IGNORE or index >= len(values):
            continue
        by_field.setdefault(role.field, []).append((role, values[index]))

    def first(kind: ContactField) -> str:
        return next((value.strip() for _role, value in by_field.get(kind, []) if value.strip()), "")

    def labels(kind: ContactField) -> dict[int, str]:
        return {role.group: _label(value) for role, value in by_field.get(kind, []) if role.group and value.strip()}

    parts = {kind: first(kind) for kind in _NAME_PARTS}
    # A prefix (Dr., Frau) stays in the structured name; the name shown is the person's own.
    shown = (parts[F.GIVEN], parts[F.MIDDLE], parts[F.FAMILY], parts[F.SUFFIX])
    full_name = first(ContactField.FULL_NAME) or " ".join(part for part in shown if part)
    name = None
    if any(parts.values()):
        name = StructuredName(
            family=(parts[F.FAMILY],) if parts[F.FAMILY] else (),
            given=(parts[F.GIVEN],) if parts[F.GIVEN] else (),
            additional=(parts[F.MIDDLE],) if parts[F.MIDDLE] else (),
            prefixes=(parts[F.PREFIX],) if parts[F.PREFIX] else (),
            suffixes=(parts[F.SUFFIX],) if parts[F.SUFFIX] else (),
        )

    emails: list[LabelledValue] = []
    email_labels = labels(ContactField.EMAIL_LABEL)
    for role, cell in by_field.get(ContactField.EMAIL, []):
        for value in _split_values(cell):
            emails.append(LabelledValue(value, email_labels.get(role.group, "") if role.group else role.label))
            message = _email(value)
            if message is not None:
                problems.append(RowProblem(ProblemKind.EMAIL, message))

    phones: list[LabelledValue] = []
    phone_labels = labels(ContactField.PHONE_LABEL)
    for role, cell in by_field.get(ContactField.PHONE, []):
        for value in _split_values(cell):
            formatted, message = _phone(value, region)
            phones.append(LabelledValue(formatted, phone_labels.get(role.group, "") if role.group else role.label))
            if message is not None:
                problems.append(RowProblem(ProblemKind.PHONE, message))

    address, address_parts, more = _address(by_field)
    if more:
        problems.append(
            RowProblem(
                ProblemKind.MORE_ADDRESSES,
                _words(QT_TRANSLATE_NOOP("CsvContacts", "This row has more than one address; only the first is kept.")),
            )
        )
    card = CardDetails(
        full_name=" ".join(full_name.split()),
        organisation=first(ContactField.ORGANISATION),
        job_title=first(ContactField.TITLE),
        emails=emails,
        phones=phones,
        address=address,
        websites=[value for _role, cell in by_field.get(ContactField.URL, []) for value in _split_values(cell)],
        name=name,
        units=[value.strip() for _role, value in by_field.get(ContactField.DEPARTMENT, []) if value.strip()],
        address_parts=address_parts,
        note="\n\n".join(_lines(value) for _role, value in by_field.get(ContactField.NOTES, []) if value.strip()),
    )
    if not card.full_name:
        problems.insert(
            0,
            RowProblem(
                ProblemKind.NO_NAME,
                _words(QT_TRANSLATE_NOOP("CsvContacts", "This row has no name, so it is left out.")),
            ),
        )
    return card, problems


def _address(by_field: dict[ContactField, list[tuple[ColumnRole, str]]]) -> tuple[str, AddressParts | None, bool]:
    """The first address the row holds (as lines, and by its parts when the row gives them), and
    whether the row holds more."""
    groups: dict[int, dict[str, list[str]]] = {}
    for kind in (ContactField.ADDRESS, ContactField.ADDRESS_LABEL, *_ADDRESS_PARTS):
        for role, value in by_field.get(kind, []):
            if value.strip():
                group = groups.setdefault(role.group, {})
                group.setdefault(kind.value, []).append(_lines(value))
                if role.label:
                    group.setdefault("label", []).append(role.label)
    found = [
        group
        for group in groups.values()
        if any(key != ContactField.ADDRESS_LABEL.value and key != "label" for key in group)
    ]
    if not found:
        return "", None, False
    group = found[0]
    parts = None
    if any(kind.value in group for kind in _ADDRESS_PARTS):
        label_values = group.get(ContactField.ADDRESS_LABEL.value) or group.get("label") or [""]
        parts = AddressParts(
            **{name: "\n".join(group.get(kind.value, [])) for kind, name in _ADDRESS_PARTS.items()},
            label=_label(label_values[0]),
        )
    whole = "\n".join(group.get(ContactField.ADDRESS.value, []))
    return whole or (parts.text() if parts else ""), parts, len(found) > 1


def preview_rows(table: CsvTable, mapping: Sequence[ColumnRole], region: str | None = None) -> CsvPreview:
    """Every row as the person it would add, with its problems; ``region`` (e.g. "US", "DE") is
    the country a phone number without a + is read in."""
    if len(mapping) != len(table.header):
        raise ValueError("the mapping must give one role per column")
    rows = []
    for row in table.rows:
        card, problems = _row_card(table.header, mapping, row.values, region)
        if len(row.values) != len(table.header):
            problems.insert(
                0,
                RowProblem(
                    ProblemKind.FIELD_COUNT,
                    text(
                        "CsvContacts",
                        QT_TRANSLATE_NOOP(
                            "CsvContacts",
                            "This row has %n field(s) where the header names {expected}, so it is left out "
                            "(a comma or quote inside a value may be missing its quotes).",
                        ),
                        n=len(row.values),
                        expected=len(table.header),
                    ),
                ),
            )
        rows.append(PreviewRow(row.line, card, problems))
    return CsvPreview(rows)


def with_role(
    mapping: Sequence[ColumnRole], column: int, chosen: ContactField, preset: Sequence[ColumnRole]
) -> tuple[ColumnRole, ...]:
    """The mapping with one column's field changed by the person: the preset's label and group
    are kept when they chose the preset's field again, else the column stands on its own."""
    roles = list(mapping)
    original = preset[column] if column < len(preset) else IGNORED
    roles[column] = original if original.field is chosen else replace(IGNORED, field=chosen)
    return tuple(roles)


def read_csv_contacts(data: bytes | str, region: str | None = None) -> tuple[CsvTable, CsvPreview]:
    """The file read with the preset its header names: the command line's import."""
    table = read_csv_table(data)
    return table, preview_rows(table, preset_mapping(table.preset, table.header), region)
