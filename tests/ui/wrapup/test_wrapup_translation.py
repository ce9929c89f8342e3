"""The wrap-up area in another language: its own words, core's labels, counted messages and the export."""

from datetime import UTC

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.card_merge import CardField
from app.core.entities import Contact, Interview, InterviewStatus, Occupation, TakeawayWeight, WrapUpState
from app.core.interview_export import to_markdown
from app.core.outcome import OutcomeRecipient, RecipientReason
from app.core.wrapup import STATE_LABELS, EvaluationAspect, WrapUpStep
from app.paths import resource
from app.store.outcome_repository import OutcomeRepository
from app.ui.shell.events import DataEvents
from app.ui.widgets.evaluation_chart import EvaluationChart
from app.ui.widgets.i18n import tr_enum, tr_label, tr_text
from app.ui.wrapup.followup_area import FollowUpArea
from app.ui.wrapup.outcome_view import OutcomeView, _reason_text
from app.ui.wrapup.wrapup_view import WrapUpView
from tests.core.test_interview_export import sample_export
from tests.fakes import installed_translation
from tests.ui.pane_data import followup_data

BAD_EMAIL = "“{value}” does not look like an email address (for example name@example.com)."
SPANISH = {
    ("WrapUpStep", "Thank them"): "Agradecer",
    ("WrapUpStep", "Thank the person for their time before you leave."): "Agradece su tiempo antes de irte.",
    ("WrapUpState", "To do"): "Pendiente",
    ("EvaluationAspect", "Kept to time"): "Respeté el tiempo",
    ("TakeawayWeight", "A grain of salt"): "Con reservas",
    ("TakeawayWeight", "Trust it"): "Fiable",
    ("CardField", "Emails"): "Correos",
    ("WrapUpProgress", "Wrap-up incomplete: %n of {total} steps left"): "Cierre sin terminar: faltan %n de {total}",
    ("WrapUpView", "&Done"): "&Hecho",
    ("WrapUpView", "{mark}  {step} — {state}"): "{mark}  {step}: {state}",
    ("StepPage", "Problem: {problem}"): "Problema: {problem}",
    ("ThankPage", "I thanked them for their time"): "Les di las gracias",
    ("ReferralsPage", "Add referral"): "Añadir referencia",
    ("CardPage", "Save card"): "Guardar tarjeta",
    ("ThankYouNotePage", "Write a draft"): "Escribir un borrador",
    ("ThankYouNotePage", "Pick up to %n point(s) from your notes to mention:"): "Elige hasta %n puntos:",
    ("EvaluatePage", "Save ratings"): "Guardar valoraciones",
    ("TakeawaysPage", "Type the takeaway first."): "Escribe primero la idea.",
    ("NextStepPage", "Remove"): "Quitar",
    ("FollowUpArea", "○ Wrap-up incomplete: %n step(s) left"): "○ Faltan %n pasos",
    ("FollowUpArea", "✓ Wrap-up complete"): "✓ Cierre hecho",
    ("OutcomeView", "I got the job"): "Conseguí el trabajo",
    ("OutcomeView", "Why they should hear"): "Por qué deben saberlo",
    ("OutcomeView", "{names} and {last}"): "{names} y {last}",
    ("OutcomeRecipient", "They referred you to {names}"): "Te recomendaron a {names}",
    ("EvaluationChart", "Ratings over %n interview(s). {ratings}."): "Valoraciones de %n entrevistas. {ratings}.",
    ("InterviewExport", "Notes"): "Notas",
    ("InterviewExport", "Takeaways"): "Ideas",
    ("InterviewExport", "Informational interview with {name}"): "Entrevista informativa con {name}",
    ("InterviewExport", "trust it"): "fiable",
    ("ThankYouNote", "Sent on {day}"): "Enviada el {day}",
    ("VCard", "This is not a vCard file: it has no BEGIN:VCARD line."): "Esto no es una vCard.",
    (
        "VCard",
        "“{value}” does not look like an email address (for example name@example.com).",
    ): "«{value}» no es un correo.",
}


@pytest.fixture
def spanish(qapp):
    with installed_translation(SPANISH):
        yield


def test_core_labels_of_the_wrap_up_are_translated_under_their_enum(spanish):
    assert tr_enum(WrapUpStep.THANK) == "Agradecer"
    assert tr_label("WrapUpStep", WrapUpStep.THANK.hint) == "Agradece su tiempo antes de irte."
    assert tr_label("WrapUpState", STATE_LABELS[WrapUpState.PENDING]) == "Pendiente"
    assert tr_enum(EvaluationAspect.KEPT_TO_TIME) == "Respeté el tiempo"
    assert tr_label("TakeawayWeight", "A grain of salt") == "Con reservas"
    assert tr_enum(CardField.EMAILS) == "Correos"
    assert tr_enum(WrapUpStep.REFERRALS) == "Referrals"  # not translated yet: the English stays


def test_the_wrap_up_pane_and_its_pages_speak_the_persons_language(qtbot, spanish, services, finished_interview):
    view = WrapUpView(services)
    qtbot.addWidget(view)
    view.open_interview(finished_interview.id)
    assert view.done_button.text() == "&Hecho"
    assert view.progress_label.text() == "Cierre sin terminar: faltan 7 de 7"  # a counted message
    assert view.step_list.item(0).text() == "○  Agradecer: Pendiente"
    assert view.step_list.item(0).toolTip() == "Agradece su tiempo antes de irte."
    pages = view.pages
    assert pages[WrapUpStep.THANK].findChild(type(pages[WrapUpStep.THANK].thanked)).text() == "Les di las gracias"
    assert pages[WrapUpStep.REFERRALS].add_button.text() == "Añadir referencia"
    assert pages[WrapUpStep.BUSINESS_CARD].save_button.text() == "Guardar tarjeta"
    assert pages[WrapUpStep.THANK_YOU_NOTE].draft_button.text() == "Escribir un borrador"
    assert pages[WrapUpStep.EVALUATE].save_button.text() == "Guardar valoraciones"
    assert pages[WrapUpStep.NEXT_STEP].remove_button.text() == "Quitar"
    takeaways = pages[WrapUpStep.WEIGH]
    assert [takeaways.weight.itemText(row) for row in range(takeaways.weight.count())] == ["Fiable", "Con reservas"]
    assert takeaways.add() is False
    assert takeaways.message.text() == "Problema: Escribe primero la idea."  # the base class's words, too


def test_the_weight_picked_is_the_weight_stored_whatever_its_words(qtbot, spanish, services, finished_interview):
    view = WrapUpView(services)
    qtbot.addWidget(view)
    view.open_interview(finished_interview.id)
    takeaways = view.pages[WrapUpStep.WEIGH]
    takeaways.weight.setCurrentIndex(takeaways.weight.findText("Con reservas"))
    takeaways.text.setText("Pay is great")
    assert takeaways.add()
    [stored] = services.wrapups.takeaways(finished_interview.id)
    assert stored.weight is TakeawayWeight.GRAIN_OF_SALT
    assert takeaways.list.item(0).text() == "Con reservas: Pay is great"


def test_the_list_opens_the_unfinished_wrap_up_whatever_its_words_say(qtbot, spanish, clock, store, services):
    nurse = store.occupations.add(Occupation("Nurse"))
    done = store.interviews.add(
        Interview(store.contacts.add(Contact("Bo Done")).id, nurse.id, status=InterviewStatus.FINISHED)
    )
    for step in WrapUpStep:
        services.wrapups.set_step(done.id, step, WrapUpState.DONE)
    open_one = store.interviews.add(
        Interview(store.contacts.add(Contact("Ana Open")).id, nurse.id, status=InterviewStatus.FINISHED)
    )
    area = FollowUpArea(
        clock,
        DataEvents(),
        lambda _store: WrapUpView(services),
        lambda s: OutcomeView(s.outcomes, clock, services.builtin_templates),
    )
    qtbot.addWidget(area)
    area.set_data(followup_data(store))
    texts = [area.interview_list.item(row).text() for row in range(area.interview_list.count())]
    assert any(text.endswith("○ Faltan 7 pasos") for text in texts)
    assert any(text.endswith("✓ Cierre hecho") for text in texts)
    assert not any("incomplete" in text for text in texts)
    assert area.selected_interview_id() == open_one.id  # found from the item's data, not its words


def test_the_outcome_page_and_its_reasons_are_translated(qtbot, spanish, store, clock):
    view = OutcomeView(OutcomeRepository(store.contacts._sessions, clock), clock, resource("templates"))
    qtbot.addWidget(view)
    assert view.findChild(QLabel, "pageHeading").text() == "Conseguí el trabajo"
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Por qué deben saberlo"
    uma = OutcomeRecipient(3, "Uma", "", RecipientReason.REFERRED, ["Ana Lima", "Bo Ruiz", "Cy Wu"])
    assert _reason_text(uma) == "Te recomendaron a Ana Lima, Bo Ruiz y Cy Wu"
    assert str(uma.describe_reason()) == "They referred you to Ana Lima, Bo Ruiz and Cy Wu"  # logs, CLI


def test_the_chart_summary_is_a_counted_translated_message(qtbot, spanish):
    from tests.ui.widgets.test_evaluation_chart import _point

    chart = EvaluationChart()
    qtbot.addWidget(chart)
    chart.set_points([_point(1, kept_to_time=2), _point(2, kept_to_time=4)])
    assert chart.summary() == "Valoraciones de 2 entrevistas. Respeté el tiempo: 2, 4."


def test_the_markdown_export_is_written_in_the_language_given(spanish):
    text = to_markdown(sample_export(), UTC, tr_text)
    assert text.startswith("# Entrevista informativa con Ana \\*Bold\\* Lima\n")
    assert "\n## Notas\n" in text
    assert "\n## Ideas\n" in text
    assert "- Certificates matter — *fiable*" in text
    assert "Enviada el 26 Nov 2026" in text
    assert "- Respeté el tiempo: 4 of 5" in text  # core's aspect label, through its enum's context
    english = to_markdown(sample_export(), UTC)  # no translator given: English, whatever is installed
    assert "\n## Notes\n" in english and "\n## Takeaways\n" in english


def test_card_problems_and_vcard_errors_from_core_are_translated(
    qtbot, spanish, services, recorder, finished_interview
):
    view = WrapUpView(services)
    qtbot.addWidget(view)
    view.open_interview(finished_interview.id)
    card = view.pages[WrapUpStep.BUSINESS_CARD]
    card.emails.setPlainText("ana at example")
    assert card.email_message.text() == "«ana at example» no es un correo."
    recorder.open_from = recorder.tmp_path / "notes.vcf"
    recorder.open_from.write_text("just some words", encoding="utf-8")
    card.import_vcard()
    assert card.message.text() == "Problema: Esto no es una vCard."
