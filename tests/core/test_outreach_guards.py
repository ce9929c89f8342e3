"""The outreach texts as a person in another language gets them: every sentence found in the shipped
Spanish catalogue under its own context, the bare occupation there for a translation that needs it,
and the referrer's name only where it belongs."""

from __future__ import annotations

from app.core.entities import Contact, ContactSource
from app.core.outreach import call_script, email_draft, email_text, referrer_caution
from tests.core.spanish import in_spanish


def referral(may_use: bool | None) -> Contact:
    return Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=may_use)


def test_the_email_reads_in_spanish_line_by_line():
    draft = email_draft(Contact("María López"), your_name="Sam Rivera", placeholder_name="[su nombre]")
    assert in_spanish(draft.subject) == "¿20 minutos de su consejo sobre su trabajo?"
    assert [in_spanish(line) for line in draft.body] == [
        "Estimado/a María:",
        None,
        "Me llamo Sam Rivera.",
        None,
        "Estoy explorando su campo de trabajo y busco información y orientación de personas que se dedican a "
        "ello; no estoy pidiendo empleo.",
        None,
        "¿Podría dedicarme 20 minutos de su tiempo, cuando mejor le venga?",
        "Con gusto le llamo, o nos vemos donde le resulte más cómodo.",
        None,
        "Gracias,",
        "Sam Rivera",
    ]
    nameless = email_draft(Contact(" "), placeholder_name="[su nombre]")
    assert [in_spanish(line) for line in nameless.body[:3]] == ["Hola:", None, "Me llamo [su nombre]."]


def test_every_referral_line_and_caution_reads_in_spanish():
    refused = email_draft(referral(False), referrer_name="Ana Lima")
    assert in_spanish(refused.body[3]) == (
        "Alguien que conoce su trabajo me sugirió que me pusiera en contacto con usted."
    )
    assert in_spanish(call_script(referral(None), referrer_name="Ana Lima")[1]) == (
        "Su nombre salió cuando pregunté quién podría contarme más sobre este trabajo."
    )
    assert in_spanish(referrer_caution(referral(None), "Ana Lima")) == (
        "No preguntó a Ana Lima si puede mencionarle, así que el texto no incluye su nombre."
    )
    assert in_spanish(referrer_caution(referral(False), "Ana Lima")) == (
        "Ana Lima pidió que no se le mencionara, así que el texto no incluye su nombre."
    )


def test_the_caution_names_the_referrer_who_asked_not_to_be_mentioned():
    assert str(referrer_caution(referral(False), "Ana Lima")) == (
        "Ana Lima asked not to be mentioned, so the text leaves their name out."
    )
    assert str(referrer_caution(referral(None), "Ana Lima")) == (
        "You did not ask Ana Lima whether you may mention them, so the text leaves their name out."
    )


def test_a_translation_may_name_the_bare_occupation():
    # {role} carries the English article ("an urban planner"); a translation may use {occupation}.
    draft = email_draft(Contact("Li Wei"), "Urban planner")
    assert str(draft.subject) == "20 minutes of your advice about work as an urban planner?"
    assert in_spanish(draft.subject) == "¿20 minutos de su consejo sobre el trabajo de urban planner?"
    # The Spanish script and email never carry the English article.
    assert "an urban planner" not in in_spanish(draft.subject)
    assert draft.subject.fill("{minutes} Minuten für Ihren Rat zum Beruf {occupation}?") == (
        "20 Minuten für Ihren Rat zum Beruf urban planner?"
    )


def test_a_referral_without_the_referrer_s_name_claims_no_suggestion():
    contact = Contact("Li Wei", source=ContactSource.REFERRAL, may_use_referrer_name=True)
    _subject, body = email_text(email_draft(contact))
    assert "suggested" not in body
    assert body.startswith("Dear Li,\n\nMy name is [your name].\n\nI'm exploring your line of work")


def test_only_a_full_stop_is_taken_from_the_end_of_the_person_s_own_name():
    _subject, body = email_text(email_draft(Contact("Li Wei"), your_name="Malcolm X."))
    assert "My name is Malcolm X." in body
    assert body.endswith("Thank you,\nMalcolm X")


def test_the_greeting_names_the_given_name_when_it_is_known():
    from app.core.outreach import call_script

    family_first = Contact("山田 太郎", given_name="太郎", family_name="山田")
    assert str(call_script(family_first)[0]) == "Hello 太郎, my name is [your name]."
    assert str(call_script(Contact("Ana Lima"))[0]) == "Hello Ana, my name is [your name]."
