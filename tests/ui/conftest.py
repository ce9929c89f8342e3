import pytest

from app.bootstrap import Prompts, build_application
from app.paths import prepare_data_dir


class RecordingPrompts(Prompts):
    def __init__(self, start_fresh: bool = True) -> None:
        self.asked: list[str] = []
        self.fatal_messages: list[str] = []
        super().__init__(start_fresh_after_bad_database=self._ask, fatal=self.fatal_messages.append)
        self._start_fresh = start_fresh

    def _ask(self, problem: str) -> bool:
        self.asked.append(problem)
        return self._start_fresh


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
