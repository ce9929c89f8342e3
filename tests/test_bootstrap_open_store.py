"""Opening the data file at start-up: the check and an update run off the UI thread, with the window
still answering, and a failure there reaches the person in words."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from app.bootstrap import build_application
from app.paths import prepare_data_dir
from app.store import health
from app.store import store as store_module
from tests.ui.conftest import RecordingPrompts

# Long enough for a frozen window to show as a failure, not as a hang of the suite.
FROZEN_AFTER_SECONDS = 10


@pytest.fixture
def old_file_app(tmp_path, clock, qtbot):
    from alembic import command

    from app.store.connection import create_store_engine
    from app.store.migrate import alembic_config

    paths = prepare_data_dir(tmp_path / "data")
    engine = create_store_engine(paths.database)
    command.upgrade(alembic_config(engine), "0003_search_wrapup")
    engine.dispose()
    prompts = RecordingPrompts()
    exits: list[int] = []
    application = build_application(paths, clock, prompts, exits.append)
    application.exit_requests = exits
    qtbot.addWidget(application.window)
    yield application, prompts
    application.close()


def test_updating_the_data_file_leaves_the_window_answering(old_file_app, monkeypatch):
    application, _prompts = old_file_app
    real_open_store = store_module.open_store
    window_answered = threading.Event()
    opened_on = []

    def open_store_once_the_window_answers(*args, **kwargs):
        opened_on.append(threading.current_thread())
        # The event loop must run the ticking timer while the update is under way.
        window_answered.clear()
        if not window_answered.wait(FROZEN_AFTER_SECONDS):
            raise AssertionError("the window stood still while the data file was updated")
        return real_open_store(*args, **kwargs)

    monkeypatch.setattr(store_module, "open_store", open_store_once_the_window_answers)
    ticking = QTimer()
    ticking.setInterval(1)
    ticking.timeout.connect(window_answered.set)
    ticking.start()

    assert application.open_store()
    ticking.stop()

    assert opened_on and opened_on[0] is not threading.main_thread()
    assert application.store is not None
    assert health.inspect_database(application.paths.database).revision == health.HEAD_REVISION
    home = application.window.pane("today")
    assert home._pages.currentWidget() is home._content  # handed to the panes


def test_a_failed_update_reaches_the_person_in_words(old_file_app, monkeypatch):
    application, prompts = old_file_app

    def failing_open_store(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(store_module, "open_store", failing_open_store)

    assert not application.open_store()

    assert application.exit_requests == [1]
    assert "could not open its data file" in prompts.fatal_messages[0]
    assert "disk I/O error" in prompts.fatal_messages[0]
    assert application.store is None
