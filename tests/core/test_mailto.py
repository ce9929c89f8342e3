from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from app.core.mailto import MailtoError, mailto_url


def _fields(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


def test_subject_and_body_are_percent_encoded_and_round_trip():
    body = "Hi Zoë,\nThanks & see you?\n100% useful — 日本"
    url = mailto_url("zoe@example.org", "Thank you?", body)
    assert url.startswith("mailto:zoe@example.org?subject=")
    fields = _fields(url)
    assert fields["subject"] == ["Thank you?"]
    assert fields["body"] == ["Hi Zoë,\r\nThanks & see you?\r\n100% useful — 日本"]


def test_newlines_become_crlf_and_reserved_characters_are_encoded():
    url = mailto_url("a@example.org", "", "a\nb\r\nc&d?e%f=g#h+i")
    query = urlsplit(url).query
    assert query == "body=a%0D%0Ab%0D%0Ac%26d%3Fe%25f%3Dg%23h%2Bi"
    assert "\n" not in url and " " not in url


def test_non_ascii_is_utf8_percent_encoded():
    url = mailto_url("", "Café", "Grüße")
    assert "subject=Caf%C3%A9" in url
    assert "body=Gr%C3%BC%C3%9Fe" in url
    assert url.isascii()


def test_user_text_cannot_add_a_header():
    url = mailto_url("a@example.org", "Hi&bcc=evil@example.com", "x\r\nBcc: evil@example.com&cc=evil@example.com")
    fields = _fields(url)
    assert set(fields) == {"subject", "body"}
    assert "bcc" not in fields and "cc" not in fields


def test_a_subject_is_one_line():
    fields = _fields(mailto_url("a@example.org", "Thanks\r\nBcc: x@example.com", ""))
    assert fields["subject"] == ["Thanks Bcc: x@example.com"]


def test_address_characters_that_would_change_the_link_are_encoded_or_refused():
    url = mailto_url("odd?name&x=1@example.org", "s", "")
    assert unquote(urlsplit(url).path) == "odd?name&x=1@example.org"
    assert set(_fields(url)) == {"subject"}
    for bad in ("a@example.org\r\nBcc: b@example.org", "a@example.org,b@example.org", "no-at-sign"):
        with pytest.raises(MailtoError):
            mailto_url(bad, "s", "b")


def test_no_address_leaves_the_recipient_for_the_person():
    assert mailto_url("", "Hello", "") == "mailto:?subject=Hello"
