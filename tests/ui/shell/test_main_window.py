import os
import stat

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTranslator

from app import __version__
from app.core.changes import Change
from app.core.entities import Contact, Interview, Occupation
from app.ui.shell.about_dialog import AboutDialog
from app.ui.shell.main_window import AREAS


def test_every_area_has_a_shortcut_that_shows_it(make_app, qtbot):
    application = make_app()
    window = application.window
    with qtbot.waitSignal(window.first_painted), qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for index, area in enumerate(AREAS):
        qtbot.keyClick(window.navigation, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == area.key
        assert window.pages.currentIndex() == index


def test_menus_offer_about_and_quit(make_app, qtbot):
    window = make_app().window
    with qtbot.waitSignal(window.first_painted):
        window.show()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Help"]
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.about_action.text().startswith("&About")


def test_about_names_the_version_and_the_data_folder(qtbot, app_paths):
    dialog = AboutDialog(app_paths.data_dir)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.data_label)))
    assert __version__ in text
    assert str(app_paths.data_dir) in text


def test_open_data_folder_explains_when_no_file_manager_opens(qtbot, app_paths, monkeypatch):
    monkeypatch.setattr("app.ui.shell.about_dialog.QDesktopServices.openUrl", lambda url: False)
    dialog = AboutDialog(app_paths.data_dir)
    qtbot.addWidget(dialog)
    dialog._open_folder()
    assert "copy the path" in dialog.data_label.text()


def test_window_size_position_and_area_are_remembered(make_app, qtbot):
    first = make_app()
    first.window.show()
    qtbot.waitExposed(first.window)
    first.window.resize(QSize(780, 560))
    first.window.move(QPoint(40, 30))
    first.window.show_area("search")
    first.window.close()

    second = make_app()
    assert second.window.size() == QSize(780, 560)
    assert second.window.current_area() == "search"


def test_the_window_fits_the_screen_and_can_shrink_to_a_projector(make_app, qtbot):
    window = make_app().window
    available = window.screen().availableGeometry()
    assert window.width() <= available.width()
    assert window.height() <= available.height()
    # Panes scroll instead of forcing the window wider than a 1024 x 768 projector.
    for key in ("today", "people", "interview", "wrapup", "search"):
        window.pane(key)
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 768


def test_a_new_data_file_is_migrated_before_anything_is_shown(make_app, qtbot):
    application = make_app()
    home = application.window.pane("today")
    assert home._pages.currentWidget() is home._loading
    with qtbot.waitSignal(home.summary_shown):
        assert application.open_store(schedule=lambda step: pytest.fail("nothing to defer"))
    assert application.store is not None


def test_updating_an_older_data_file_says_so_while_it_runs(make_app, app_paths, qtbot, monkeypatch):
    from alembic import command
    from sqlalchemy import create_engine

    from app import bootstrap
    from app.store import store as store_module
    from app.store.migrate import alembic_config

    app_paths.database.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{app_paths.database}")
    command.upgrade(alembic_config(engine), "0003_search_wrapup")
    engine.dispose()
    application = make_app()
    home = application.window.pane("today")
    seen_while_migrating = []
    real_open_store = store_module.open_store

    def watching_open_store(*args, **kwargs):
        seen_while_migrating.append(home._loading.text())
        return real_open_store(*args, **kwargs)

    monkeypatch.setattr(store_module, "open_store", watching_open_store)
    with qtbot.waitSignal(home.summary_shown):
        assert application.open_store()
    assert seen_while_migrating == [bootstrap.updating_data_text()]
    assert application.store is not None


def test_a_current_data_file_shows_today_before_the_full_store_opens(make_app, qtbot, clock):
    make_app().open_store()
    application = make_app()
    home = application.window.pane("today")
    deferred = []
    with qtbot.waitSignal(home.summary_shown):
        assert application.open_store(schedule=deferred.append)
    assert application.store is None  # the read models came first; the full store is queued
    assert not home.action_list.item(0).flags()  # nothing to tick until the store is open
    (open_full_store,) = deferred
    open_full_store()
    store = application.store
    occupation = store.occupations.add(Occupation("Nurse"))
    contact = store.contacts.add(Contact("Ana Ruiz", organisation="City Hospital"))
    store.interviews.add(Interview(contact.id, occupation.id, scheduled_at=clock.now()))
    application.window.data_events.changed.emit(frozenset({Change.INTERVIEWS}))
    assert home._upcoming_model.rowCount() == 1
    assert home._upcoming_model.row_at(0).contact_name == "Ana Ruiz"
    assert home._totals.text() == "1 person · 1 interview · 0 done"
    [nurse] = home.occupation_chart.rows()
    assert (nurse.occupation.title, nurse.planned_interviews) == ("Nurse", 1)
    assert "Nurse: 0 of 3 interviewed" in home.occupation_chart.accessibleDescription()


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_store_opens(make_app, app_paths):
    from tests.ui.conftest import RecordingPrompts

    app_paths.database.write_bytes(b"not a database at all" * 100)
    prompts = RecordingPrompts(start_fresh=True)
    application = make_app(prompts)
    assert application.open_store()
    assert "not SQLite" in prompts.asked[0]
    kept = list(app_paths.data_dir.glob("infointerview.db.unreadable-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == b"not a database at all" * 100
    assert application.store.contacts.count() == 0


def test_choosing_quit_leaves_the_bad_file_untouched(make_app, app_paths):
    from tests.ui.conftest import RecordingPrompts

    garbage = b"SQLite format 3\x00" + b"\xff" * 5000
    app_paths.database.write_bytes(garbage)
    application = make_app(RecordingPrompts(start_fresh=False))
    assert not application.open_store()
    assert application.exit_code == 1
    assert application.exit_requests == [1]
    assert app_paths.database.read_bytes() == garbage
    assert list(app_paths.data_dir.glob("*.unreadable-*")) == []


def test_a_data_file_that_cannot_be_read_at_all_ends_with_a_message(make_app, app_paths):
    from tests.ui.conftest import RecordingPrompts

    app_paths.database.mkdir()  # a folder where the file should be
    prompts = RecordingPrompts()
    application = make_app(prompts)
    assert not application.open_store()
    assert application.exit_requests == [1]
    assert "could not read its data file" in prompts.fatal_messages[0]


def test_window_placement_file_is_private_to_the_person(make_app, app_paths, qtbot):
    application = make_app()
    application.window.show()
    qtbot.waitExposed(application.window)
    application.window.close()
    assert stat.S_IMODE(os.stat(app_paths.window_settings).st_mode) == 0o600


def test_a_placement_file_others_could_read_is_made_private_when_saved(make_app, app_paths, qtbot):
    app_paths.window_settings.write_text("")
    os.chmod(app_paths.window_settings, 0o644)
    application = make_app()
    application.window.show()
    qtbot.waitExposed(application.window)
    os.chmod(app_paths.window_settings, 0o644)  # loosened while running
    application.window.close()
    assert stat.S_IMODE(os.stat(app_paths.window_settings).st_mode) == 0o600


class MarkingTranslator(QTranslator):
    """A stand-in language: every MainWindow message comes back marked."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "MainWindow" else None

    def isEmpty(self) -> bool:
        return False


def test_menus_and_areas_are_in_the_persons_language(make_app, qtbot):
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window = make_app().window
    finally:
        QCoreApplication.removeTranslator(translator)
    assert [action.text() for action in window.menuBar().actions()] == [
        "«&File»",
        "«&Edit»",
        "«&View»",
        "«&Go»",
        "«&Help»",
    ]
    assert window.navigation.item(1).text() == "«People & occupations»"
    assert window.area_actions["wrapup"].text() == "«Wrap-up && follow-ups»"
    assert window.about_action.text() == "«&About InfoInterview»"
