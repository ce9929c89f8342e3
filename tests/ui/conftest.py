from __future__ import annotations

from datetime import timedelta

import pytest

from app.bootstrap import Prompts, build_application
from app.core.data_safety import BadDatabaseChoice
from app.core.entities import Contact, Interview, InterviewStatus, Occupation
from app.paths import prepare_data_dir, resource
from app.store.business_card_repository import BusinessCardRepository
from app.store.models import InterviewNotesRecord, InterviewQuestionRecord
from app.store.repositories import to_db_time
from app.store.wrapup_repository import WrapUpRepository
from app.ui.wrapup.steps.base import WrapUpServices


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp):
    """The app's English catalogue, as the app installs it, so counted messages read "2 people"."""
    from PySide6.QtCore import QLocale

    from app.ui.shell.translations import install_translations, remove_translations

    translators = install_translations(resource("translations"), QLocale(QLocale.Language.English))
    yield translators
    remove_translations(translators)


class RecordingPrompts(Prompts):
    def __init__(self, start_fresh: bool = True, choice: BadDatabaseChoice | None = None) -> None:
        self.asked: list[str] = []
        self.offered_backups: list = []
        self.rescue_reports: list = []
        self.fatal_messages: list[str] = []
        super().__init__(
            choose_after_bad_database=self._ask,
            fatal=self.fatal_messages.append,
            show_rescue_report=self.rescue_reports.append,
        )
        if choice is None:
            choice = BadDatabaseChoice.START_FRESH if start_fresh else BadDatabaseChoice.QUIT
        self._choice = choice

    def _ask(self, problem: str, newest_backup) -> BadDatabaseChoice:
        self.asked.append(problem)
        self.offered_backups.append(newest_backup)
        return self._choice


def events_following(store):
    """The UI's change signal, fed by what ``store`` reports, as the app wires it."""
    from app.ui.shell.events import DataEvents

    events = DataEvents()
    events.follow(store.changes)
    return events


@pytest.fixture
def app_paths(tmp_path):
    return prepare_data_dir(tmp_path / "data")


@pytest.fixture
def make_app(qtbot, app_paths, clock):
    built = []

    def make(prompts=None, paths=None):
        exits = []
        application = build_application(paths or app_paths, clock, prompts or RecordingPrompts(), exits.append)
        application.exit_requests = exits
        qtbot.addWidget(application.window)
        built.append(application)
        return application

    yield make
    for application in built:
        application.close()


class Recorder:
    """Stands in for the mail app, the clipboard and the file dialogs."""

    def __init__(self, tmp_path) -> None:
        self.urls: list[str] = []
        self.copied: list[str] = []
        self.open_result = True
        self.save_to = None
        self.open_from = None
        self.tmp_path = tmp_path

    def open_url(self, url: str) -> bool:
        self.urls.append(url)
        return self.open_result

    def copy_text(self, text: str) -> None:
        self.copied.append(text)

    def ask_save_path(self, _parent, _caption, suggested, _filter):
        self.suggested = suggested
        return self.save_to

    def ask_open_path(self, _parent, _caption, _filter):
        return self.open_from


@pytest.fixture
def recorder(tmp_path):
    return Recorder(tmp_path)


@pytest.fixture
def wrapups(store, clock):
    return WrapUpRepository(store.contacts._sessions, clock)


@pytest.fixture
def cards(store, clock, tmp_path):
    return BusinessCardRepository(store.contacts._sessions, clock, tmp_path / "data" / "attachments")


@pytest.fixture
def services(wrapups, cards, clock, recorder, tmp_path):
    return WrapUpServices(
        wrapups,
        cards,
        clock,
        resource("templates"),
        user_templates=tmp_path / "data" / "templates",
        signature="Sam Rivera",
        open_url=recorder.open_url,
        copy_text=recorder.copy_text,
        ask_save_path=recorder.ask_save_path,
        ask_open_path=recorder.ask_open_path,
    )


@pytest.fixture
def finished_interview(store, wrapups, clock):
    occupation = store.occupations.add(Occupation("Urban planner"))
    contact = store.contacts.add(
        Contact("María José Ortega", email="maria@example.org", organisation="City", occupation_id=occupation.id)
    )
    interview = store.interviews.add(
        Interview(
            contact_id=contact.id,
            occupation_id=occupation.id,
            started_at=clock.now() - timedelta(minutes=20),
            status=InterviewStatus.IN_PROGRESS,
        )
    )
    with store.contacts._sessions.begin() as session:
        session.add(
            InterviewNotesRecord(
                interview_id=interview.id,
                body="- Zoning hearings take most of the week.\n- GIS certificates are worth it.\n- Budgets are tight",
                updated_at=to_db_time(clock.now()),
            )
        )
        session.add(
            InterviewQuestionRecord(
                interview_id=interview.id,
                text="What does a typical week look like?",
                position=0,
                state="asked",
                answer="Hearings and site visits",
                updated_at=to_db_time(clock.now()),
            )
        )
    wrapups.finish_interview(interview.id)
    return interview
