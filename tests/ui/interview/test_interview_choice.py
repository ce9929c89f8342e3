"""The lines of the interview chooser: the person, then its state or time, in the locale's clock."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale

from app.core.entities import Interview, InterviewStatus, InterviewSummary
from app.ui.interview import interview_area
from app.ui.interview.interview_area import interview_choice_details, interview_choice_label

GB = QLocale("en_GB")


def test_an_interview_choice_is_the_person_then_its_state_or_time(qapp):
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    interview = Interview(1, scheduled_at=now + timedelta(days=1, hours=1))
    row = InterviewSummary(interview, "José Núñez", "Boulangerie Rêve", "Pâtissière")
    assert interview_choice_label(row, now, GB) == "José Núñez — Tomorrow 10:00"
    assert interview_choice_details(row, now, GB) == "José Núñez (Pâtissière, Boulangerie Rêve) — Tomorrow 10:00"
    interview.status = InterviewStatus.IN_PROGRESS
    assert interview_choice_label(row, now, GB) == "José Núñez — under way"
    interview.status = InterviewStatus.FINISHED
    interview.finished_at = now + timedelta(minutes=20)
    assert interview_choice_label(row, now, GB) == "José Núñez — finished Today 09:20"
    assert (
        interview_choice_details(row, now, GB) == "José Núñez (Pâtissière, Boulangerie Rêve) — Tomorrow 10:00, finished"
    )


def test_a_finished_interview_with_no_time_is_just_finished(qapp):
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    row = InterviewSummary(Interview(1, status=InterviewStatus.FINISHED), "Ana Ruiz", "", "")
    assert interview_choice_label(row, now, GB) == "Ana Ruiz — finished"
    assert interview_choice_details(row, now, GB) == "Ana Ruiz — Not scheduled, finished"


def test_a_long_name_is_shortened_in_the_choice_but_whole_in_the_details(qapp):
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    name = "Maximiliana Fernández de la Concepción y Ortega"
    row = InterviewSummary(Interview(1, status=InterviewStatus.IN_PROGRESS), name, "", "")
    label = interview_choice_label(row, now, GB)
    assert label == "Maximiliana Fernández… — under way"
    assert name in interview_choice_details(row, now, GB)


def test_finishing_is_asked_with_keep_going_as_the_safe_default(qapp, monkeypatch):
    asked = []
    monkeypatch.setattr(interview_area, "confirm", lambda *args, **options: asked.append(options) or False)
    assert interview_area.confirm_finish(None, "Finish interview", "Finish?", "Finish and wrap up", "Not yet") is False
    assert asked == [{"default_is_yes": False}]
