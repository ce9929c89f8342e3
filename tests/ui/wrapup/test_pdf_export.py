"""The PDF is laid out from the same Markdown as the Markdown export: what a person typed reads as
typed, and every part of the interview is in both."""

import unicodedata
from datetime import UTC

from pypdf import PdfReader

from app.core.entities import Contact
from app.core.interview_export import to_markdown
from app.ui.wrapup.pdf_export import write_pdf
from tests.core.test_interview_export import sample_export


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_shows_typed_text_as_typed_and_every_part(qapp, tmp_path):
    export = sample_export()
    export.referrals = [Contact("Rui Costa", email="rui@example.org", id=2)]
    path = tmp_path / "interview.pdf"
    write_pdf(to_markdown(export, UTC), path, title="Interview")
    text = pdf_text(path)
    for expected in (
        "Informational interview with Ana *Bold* Lima",
        "# not a heading",  # a person's '#' is not a heading, and no escaping backslash shows
        "Loves GIS <3",
        "a bullet with *stars*",
        "Certificates matter",
        "Research the GIS certificate (due 1 Dec 2026)",
        "Rui Costa — rui@example.org",  # the referral's contact details, as in the Markdown
        "Talked too much at the start.",
        "Dear Ana, thanks!",
    ):
        assert expected in text
    assert "\\" not in text
