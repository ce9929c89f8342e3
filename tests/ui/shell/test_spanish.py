"""Spanish: a finished catalogue, Qt's own words in Spanish too, the person's choice over the
system's, and the shipped question bank and note templates in Spanish."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from app.files import find_template, load_builtin_bank
from app.paths import resource
from app.ui.shell.translations import chosen_locale, install_translations, language_code, remove_translations

_spec = importlib.util.spec_from_file_location("catalogue", "packaging/i18n/catalogue.py")
catalogue = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogue)


@pytest.fixture
def spanish(qapp):
    translators = install_translations(resource("translations"), QLocale(QLocale.Language.Spanish))
    yield
    remove_translations(translators)


def test_the_spanish_catalogue_has_nothing_unfinished_and_keeps_every_placeholder():
    assert catalogue.problems(resource("translations", "infointerview_es.ts")) == []


def test_a_catalogue_with_an_unfinished_message_is_caught(tmp_path):
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">\n'
        "<context><name>A</name>\n"
        '<message><source>Saved {file}</source><translation type="unfinished"></translation></message>\n'
        "<message><source>Open {file}</source><translation>Abrir</translation></message>\n"
        "</context></TS>\n",
        encoding="utf-8",
    )
    found = catalogue.problems(broken)
    assert len(found) == 2
    assert found[0].startswith("unfinished") and found[1].startswith("placeholders differ")


def test_the_app_and_qts_own_buttons_speak_spanish(spanish, make_app):
    application = make_app()
    window = application.window
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Editar", "&Ver", "&Ir", "Ay&uda"]
    assert QCoreApplication.translate("Dates", "Overdue by %n day(s)", None, 1) == "Con 1 día de retraso"
    assert QCoreApplication.translate("Dates", "Overdue by %n day(s)", None, 3) == "Con 3 días de retraso"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_the_persons_choice_of_language_wins_over_the_systems_and_keeps_its_country():
    system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert chosen_locale("", system) == system
    assert chosen_locale("xx", system) == system
    assert language_code(chosen_locale("es", system)) == "es"
    mexican = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    assert chosen_locale("es", mexican) == mexican
    assert language_code(chosen_locale("en", mexican)) == "en"


def test_the_question_bank_ships_in_spanish_with_the_same_questions():
    english, spanish = load_builtin_bank("en"), load_builtin_bank("es")
    assert english.problems == spanish.problems == []
    assert [question.key for question in spanish.questions] == [question.key for question in english.questions]
    by_key = {question.key: question for question in spanish.questions}
    assert by_key["referral"].text == "¿Con quién más me sugeriría hablar sobre este trabajo?"
    assert load_builtin_bank("fr").questions == english.questions  # not shipped: English


def test_note_templates_ship_in_spanish_and_a_persons_own_template_still_wins(tmp_path):
    builtin = resource("templates")
    assert find_template("thank_you.txt", None, builtin, "es").name == "thank_you.es.txt"
    assert find_template("outcome_update.txt", None, builtin, "es").name == "outcome_update.es.txt"
    assert find_template("thank_you.txt", None, builtin, "en").name == "thank_you.txt"
    (tmp_path / "thank_you.txt").write_text("Mine", encoding="utf-8")
    assert find_template("thank_you.txt", tmp_path, builtin, "es") == tmp_path / "thank_you.txt"
