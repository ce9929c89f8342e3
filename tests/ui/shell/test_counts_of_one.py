"""Counts of one read in the singular, in English and in Spanish, also where one sentence holds
several counts (each is its own counted message, translated inside the sentence)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.core.data_safety import ImportSummary, StoreCounts, describe_contents, describe_import
from app.paths import resource
from app.ui.shell.translations import install_translations, remove_translations
from app.ui.widgets.i18n import tr_text


def summary(people: int, interviews: int, notes: int, files: int) -> ImportSummary:
    return ImportSummary(1, "0009", "", {"contacts": people, "interviews": interviews, "interview_notes": notes}, files)


def test_backups_and_imports_say_1_interview_and_2_interviews():
    from datetime import UTC

    assert tr_text(describe_contents(StoreCounts(1, 1, 1, None), UTC)) == "1 interview, 1 person, no notes"
    assert tr_text(describe_contents(StoreCounts(2, 2, 1, None), UTC)) == "2 interviews, 2 people, no notes"
    assert tr_text(describe_import(summary(1, 1, 1, 1))) == (
        "Adds 1 person, 1 interview, 1 note and 1 file as new records."
    )
    assert tr_text(describe_import(summary(2, 2, 2, 2))) == (
        "Adds 2 people, 2 interviews, 2 notes and 2 files as new records."
    )


def test_in_spanish_too(qapp):
    from datetime import UTC

    translators = install_translations(resource("translations"), QLocale(QLocale.Language.Spanish))
    try:
        assert tr_text(describe_contents(StoreCounts(1, 1, 0, None), UTC)) == "1 entrevista, 1 persona, sin notas"
        assert tr_text(describe_contents(StoreCounts(2, 2, 0, None), UTC)) == "2 entrevistas, 2 personas, sin notas"
        assert tr_text(describe_import(summary(1, 2, 1, 2))) == (
            "Añade 1 persona, 2 entrevistas, 1 nota y 2 archivos como registros nuevos."
        )
    finally:
        remove_translations(translators)
