"""``mailto:`` links (RFC 6068) that carry a subject and a body safely.

Every character that is not unreserved is percent-encoded as UTF-8, so text a person typed can
never end the subject early or add a header ("&bcc=...", "?cc=..."). Line breaks in the body
become CRLF (%0D%0A) as the RFC asks; the subject is a single line, so its breaks become spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

# In an address, "@" is kept readable; everything else outside the unreserved set is encoded,
# including "?", "&", "%", "#" and ",", which would otherwise change what the link means.
_ADDRESS_SAFE = "@"
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class MailtoError(ValueError):
    pass


def _clean_address(address: str) -> str:
    address = address.strip()
    if not address:
        raise MailtoError("The email address is empty.")
    if _LINE_BREAKS.search(address) or _CONTROL.search(address) or "," in address or " " in address:
        raise MailtoError(f"“{address}” is not a single email address.")
    if address.count("@") != 1:
        raise MailtoError(f"“{address}” is not an email address.")
    return address


def _encode(text: str) -> str:
    return quote(text, safe="", encoding="utf-8", errors="strict")


def _clean_text(text: str) -> str:
    # Strings from Qt or pasted text may hold lone surrogates or control characters.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub("", text)


def mailto_url(to: str | Iterable[str] = "", subject: str = "", body: str = "") -> str:
    """``mailto:ADDRESS?subject=...&body=...``; an empty ``to`` leaves the address for the person."""
    addresses = [to] if isinstance(to, str) else list(to)
    addresses = [address for address in addresses if address.strip()]
    path = ",".join(quote(_clean_address(address), safe=_ADDRESS_SAFE) for address in addresses)
    fields = []
    if subject:
        one_line = " ".join(_LINE_BREAKS.split(_clean_text(subject))).strip()
        fields.append("subject=" + _encode(one_line))
    if body:
        crlf = "\r\n".join(_LINE_BREAKS.split(_clean_text(body)))
        fields.append("body=" + _encode(crlf))
    url = "mailto:" + path
    if fields:
        url += "?" + "&".join(fields)
    return url
