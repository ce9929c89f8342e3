"""The demo workspace in the window: its own folder, DEMO in the title and a banner, reset in one go."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QMessageBox

from app.bootstrap import make_demo_folder, wire_demo
from app.demo import DEMO_DIR_ENV, is_demo_folder, remove_demo
from app.paths import prepare_data_dir
from tests.ui.conftest import RecordingPrompts


def _checksums(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_opening_the_demo_from_the_persons_window_starts_it_apart_and_leaves_their_data_as_it_was(
    make_app, app_paths, tmp_path
):
    application = make_app()
    assert application.open_store()
    launched = []
    wire_demo(application, launch=launched.append)
    assert "DEMO" not in application.window.windowTitle()
    application.window.demo_action.trigger()
    assert len(launched) == 1 and launched[0][-1] == "--demo"
    assert str(app_paths.data_dir) not in launched[0]
    application.close()
    before = _checksums(app_paths.data_dir)
    # The demo's folder is made, reset and made again beside, never in, the person's own.
    environ = {DEMO_DIR_ENV: str(tmp_path / "demo")}
    demo_folder = make_demo_folder(environ, RecordingPrompts())
    assert is_demo_folder(demo_folder)
    remove_demo(demo_folder)
    assert make_demo_folder(environ, RecordingPrompts()) == demo_folder
    assert not is_demo_folder(app_paths.data_dir)
    assert _checksums(app_paths.data_dir) == before


def test_the_demo_window_says_demo_in_its_title_and_banner_and_resets_only_when_confirmed(
    make_app, tmp_path, qtbot, monkeypatch
):
    folder = make_demo_folder({DEMO_DIR_ENV: str(tmp_path / "demo")}, RecordingPrompts())
    application = make_app(paths=prepare_data_dir(folder))
    application.demo = True
    wire_demo(application, launch=lambda _command: None)
    window = application.window
    assert window.windowTitle().endswith("DEMO")
    assert window.demo_banner.isVisibleTo(window)
    assert window.demo_banner.badge.text() == "DEMO"

    answers = iter([False, True])

    def answer(box):
        chosen = next(answers)
        buttons = {button.text(): button for button in box.buttons()}
        box.clickedButton = lambda: buttons["Reset demo"] if chosen else buttons["Keep it as it is"]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.demo_banner.reset_button.click()
    assert not application.reset_demo_requested
    window.demo_action.trigger()  # File ▸ Reset demo… asks the same question
    assert application.reset_demo_requested and application.restart_requested


def test_a_demo_folder_taken_by_something_else_is_refused_in_words_and_left_alone(tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", encoding="utf-8")
    prompts = RecordingPrompts()
    assert make_demo_folder({DEMO_DIR_ENV: str(taken)}, prompts) is None
    assert "holds something else" in prompts.fatal_messages[0]
    assert (taken / "notes.txt").read_text(encoding="utf-8") == "mine"
