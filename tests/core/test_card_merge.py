from app.core.card_merge import CardField, FieldChange, apply_changes, card_changes, names_differ, value_lines
from app.core.vcard import CardDetails, LabelledValue


def _person() -> CardDetails:
    return CardDetails(
        full_name="Maria López",
        organisation="City Water Board",
        job_title="Hydrologist",
        emails=[LabelledValue("maria@water.example", "work")],
        phones=[LabelledValue("+1 555 010 2030", "cell")],
        address="1 Main St",
        websites=["https://water.example"],
    )


def test_fields_the_card_lacks_are_not_changes_and_are_kept():
    card = CardDetails(full_name="Maria López", job_title="Senior hydrologist")
    changes = card_changes(_person(), card)
    assert changes == [FieldChange(CardField.JOB_TITLE, "Hydrologist", "Senior hydrologist")]
    merged = apply_changes(_person(), changes)
    assert merged == CardDetails(
        full_name="Maria López",
        organisation="City Water Board",
        job_title="Senior hydrologist",
        emails=[LabelledValue("maria@water.example", "work")],
        phones=[LabelledValue("+1 555 010 2030", "cell")],
        address="1 Main St",
        websites=["https://water.example"],
    )


def test_a_card_equal_to_the_record_changes_nothing():
    assert card_changes(_person(), _person()) == []


def test_emails_and_phones_are_added_with_their_labels_never_dropped():
    card = CardDetails(
        emails=[LabelledValue("m.lopez@consult.example", "work"), LabelledValue("MARIA@water.example", "home")],
        phones=[LabelledValue("(555) 010-9999", "x-assistant")],
    )
    changes = {change.field: change for change in card_changes(_person(), card)}
    assert set(changes) == {CardField.EMAILS, CardField.PHONES}
    assert changes[CardField.EMAILS].current == (LabelledValue("maria@water.example", "work"),)
    assert changes[CardField.EMAILS].incoming == (
        LabelledValue("m.lopez@consult.example", "work"),
        LabelledValue("MARIA@water.example", "home"),
    )
    assert changes[CardField.PHONES].incoming == (
        LabelledValue("(555) 010-9999", "x-assistant"),
        LabelledValue("+1 555 010 2030", "cell"),
    )
    merged = apply_changes(_person(), [changes[CardField.PHONES]])
    assert merged.emails == _person().emails  # not chosen: kept as it was
    assert [item.label for item in merged.phones] == ["x-assistant", "cell"]


def test_only_the_chosen_changes_are_applied():
    card = CardDetails(full_name="Zoë Ramírez-Okafor", organisation="Okafor & Co", address="2 High St")
    changes = card_changes(_person(), card)
    assert [change.field for change in changes] == [CardField.FULL_NAME, CardField.ORGANISATION, CardField.ADDRESS]
    merged = apply_changes(_person(), [changes[1]])
    assert merged.organisation == "Okafor & Co"
    assert merged.full_name == "Maria López"
    assert merged.address == "1 Main St"


def test_a_different_name_is_told_apart_from_spacing_and_case():
    person = _person()
    assert names_differ(person, CardDetails(full_name="Zoë Ramírez-Okafor"))
    assert not names_differ(person, CardDetails(full_name="  maria   LÓPEZ "))
    assert not names_differ(person, CardDetails(full_name=""))
    assert not names_differ(CardDetails(), CardDetails(full_name="Zoë Ramírez-Okafor"))


def test_values_read_as_labelled_lines():
    assert value_lines((LabelledValue("a@b.example", "work"), LabelledValue("c@d.example"))) == (
        "work: a@b.example\nc@d.example"
    )
    assert value_lines(("https://a.example",)) == "https://a.example"
    assert value_lines("plain") == "plain"
