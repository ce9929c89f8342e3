"""The Interview area speaks the person's language: its words, its counted messages, core's labels."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.exc import OperationalError

from app.core.entities import Contact, Interview, Occupation
from app.files import load_builtin_bank
from app.ui.interview.interview_area import InterviewArea
from app.ui.interview.notes_editor import paste_refusal
from app.ui.shell.events import DataEvents
from app.ui.shell.preferences import Preferences
from app.ui.widgets.autosaver import describe_write_error
from tests.fakes import installed_translation
from tests.ui.pane_data import interview_data

SPANISH = {
    ("InterviewArea", "Interview to open"): "Entrevista que abrir",
    ("InterviewArea", "Interview with {name}, {occupation}"): "Entrevista con {name} ({occupation})",
    ("InterviewArea", "{name} — {when}"): "{when}: {name}",
    ("Dates", "Tomorrow {time}"): "Mañana {time}",
    ("InterviewSession", "Live interview"): "Entrevista en directo",
    ("InterviewView", "&Asked"): "&Hecha",
    ("SaveStatus", "Saved"): "Guardado",
    (
        "NotesEditor",
        "Not pasted: %Ln character(s) would make these notes longer than {limit} characters. Paste a shorter part.",
    ): lambda n: (
        "No se pegó: %Ln carácter superaría {limit}." if n == 1 else "No se pegaron: %Ln caracteres superarían {limit}."
    ),
    (
        "Autosaver",
        "Notes not saved: the disk is full ({detail}). They are kept on screen and saving is retried — "
        "do not close the app.",
    ): "Notas sin guardar: el disco está lleno ({detail}).",
}


@pytest.fixture
def spanish(qapp):
    with installed_translation(SPANISH):
        yield


def test_the_interview_area_is_in_the_persons_language(qtbot, spanish, clock, store):
    nurse = store.occupations.add(Occupation("Nurse"))
    ana = store.contacts.add(Contact("Ana Ruiz", occupation_id=nurse.id))
    store.interviews.add(Interview(ana.id, nurse.id, scheduled_at=clock.now() + timedelta(days=1)))
    area = InterviewArea(
        clock, DataEvents(), lambda: list(load_builtin_bank().questions), Preferences(), confirm=lambda *_: False
    )
    qtbot.addWidget(area)
    area.set_data(interview_data(store))

    assert area.chooser.accessibleName() == "Entrevista que abrir"
    assert area.chooser.currentText().startswith("Mañana ")
    assert area.chooser.currentText().endswith(": Ana Ruiz")
    assert area.session.heading == "Entrevista con Ana Ruiz (Nurse)"
    assert area.session.tabs.tabText(1) == "Entrevista en directo"
    live = area.session.live
    assert live.asked_button.text() == "&Hecha"
    assert live.save_status.text() == "Guardado"  # a label core marks under SaveStatus


def test_counted_and_error_sentences_are_in_the_persons_language(spanish):
    assert paste_refusal(4_000_000, "x") == "No se pegó: 1 carácter superaría 4,000,000."
    assert paste_refusal(4_000_000, "xyz") == "No se pegaron: 3 caracteres superarían 4,000,000."
    error = OperationalError("UPDATE", {}, Exception("database or disk is full"))
    assert describe_write_error(error) == "Notas sin guardar: el disco está lleno (database or disk is full)."
