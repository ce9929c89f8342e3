"""The composition root: the one place that builds things and hands each piece to what needs it.

Order matters for a quick first paint: the window is shown before SQLAlchemy is imported; the store
is opened (and migrated only if it is behind) from the event loop right after.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from app import APP_ID, APP_NAME, __version__
from app.core.clock import Clock, SystemClock
from app.core.preferences import PROFILE_NAME_KEY
from app.paths import AppPaths, DataDirError, choose_data_dir, prepare_data_dir, resource
from app.single_instance import claim_single_instance, listen_for_other_instances

log = logging.getLogger("infointerview")

EXIT_USAGE = 2
STARTUP_PROBE_ENV = "INFOINTERVIEW_STARTUP_PROBE"  # set by benchmarks/startup.py


LOG_LIMIT_BYTES = 1_000_000
UPDATING_DATA_TEXT = (
    "Updating your data for this version of InfoInterview…\n"
    "A copy of the file as it was is kept beside it. This can take a little while with many interviews."
)


def setup_logging(paths: AppPaths) -> None:
    """Log to a file in the data dir; a log over the limit is kept as .1 and a new one begun."""
    log_file = paths.log_file
    if log_file.exists() and log_file.stat().st_size > LOG_LIMIT_BYTES:
        log_file.replace(log_file.with_name(log_file.name + ".1"))
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    os.chmod(log_file, 0o600)


@dataclass
class Prompts:
    """Questions the start-up may need to ask the person; tests replace them."""

    # Given the problem in words, True means "move the bad file aside and start a new empty store".
    start_fresh_after_bad_database: Callable[[str], bool]
    # Tell the person something went wrong that stops the app.
    fatal: Callable[[str], None]


def qt_prompts(parent_getter: Callable[[], object]) -> Prompts:
    from PySide6.QtWidgets import QMessageBox

    def start_fresh(problem: str) -> bool:
        box = QMessageBox(parent_getter())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(f"{APP_NAME}: your data file cannot be read")
        box.setText(problem)
        box.setInformativeText(
            "The file will be kept, renamed, beside the new one, so nothing is deleted. "
            "Start with a new, empty store, or quit?"
        )
        fresh = box.addButton("Start a new empty store", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(fresh)
        box.exec()
        return box.clickedButton() is fresh

    def fatal(message: str) -> None:
        QMessageBox.critical(parent_getter(), APP_NAME, message)

    return Prompts(start_fresh_after_bad_database=start_fresh, fatal=fatal)


@dataclass
class Application:
    """Everything the composition root built, so tests can reach each piece."""

    paths: AppPaths
    clock: Clock
    window: object
    prompts: Prompts
    store: object | None = None
    reads: object | None = None
    exit_code: int | None = None
    # Ends the event loop with a status; tests pass a recorder instead.
    exit_event_loop: Callable[[int], None] | None = None

    def open_store(self, schedule: Callable[[Callable[[], None]], None] | None = None) -> bool:
        """Open the data file and give it to the panes. False if the app must quit (exit_code set).

        When the file is already at the current schema, the read models (plain sqlite3) are handed
        out first, so the home view fills at once, and the full store (SQLAlchemy) follows through
        ``schedule`` — the event loop in the app, straight away when not given.
        """
        from app.store.health import DatabaseFromTheFuture, DatabaseUnreadable, inspect_database, move_aside
        from app.store.read_models import ReadModels

        database = self.paths.database
        try:
            try:
                status = inspect_database(database)
            except DatabaseUnreadable as problem:
                log.warning("unreadable database: %s", problem)
                if not self.prompts.start_fresh_after_bad_database(str(problem)):
                    return self._quit(1)
                kept = move_aside(database, "unreadable", self.clock.now())
                log.warning("moved the unreadable database aside to %s", kept)
                status = inspect_database(database)
        except DatabaseFromTheFuture as problem:
            self.prompts.fatal(str(problem))
            return self._quit(1)
        except OSError as problem:  # unreadable path, a folder where the file should be, a failed rename
            log.exception("could not check the database file")
            self.prompts.fatal(
                f"InfoInterview could not read its data file {database}:\n{problem.strerror or problem}\n\n"
                f"Details are in {self.paths.log_file}."
            )
            return self._quit(1)
        if status.is_current:
            self.reads = ReadModels(database)
            for pane in self.window.built_panes().values():
                if hasattr(pane, "set_reads"):
                    pane.set_reads(self.reads)
            (schedule or (lambda step: step()))(lambda: self._open_full_store(status))
            return True
        if status.has_user_tables:
            # Updating a file with years of notes can take a while; say so before the pause.
            for pane in self.window.built_panes().values():
                if hasattr(pane, "show_loading"):
                    pane.show_loading(UPDATING_DATA_TEXT)
            self.window.repaint()
        return self._open_full_store(status)

    def _open_full_store(self, status) -> bool:
        from app.store.store import open_store

        try:
            self.store = open_store(self.paths.database, self.clock, status)
        except Exception as problem:  # any failure to open must reach the person, in words
            log.exception("could not open the database")
            self.prompts.fatal(
                f"InfoInterview could not open its data file {self.paths.database}:\n{problem}\n\n"
                f"Details are in {self.paths.log_file}."
            )
            return self._quit(1)
        self.reads = self.store.reads
        for pane in self.window.built_panes().values():
            self._give_store(pane)
        return True

    def _give_store(self, pane) -> None:
        if self.store is not None and hasattr(pane, "set_store"):
            pane.set_store(self.store)
        elif self.reads is not None and hasattr(pane, "set_reads"):
            pane.set_reads(self.reads)

    def _quit(self, code: int) -> bool:
        self.exit_code = code
        if self.exit_event_loop is None:
            from PySide6.QtWidgets import QApplication

            QApplication.exit(code)
        else:
            self.exit_event_loop(code)
        return False

    def close(self) -> None:
        if self.store is not None:
            self.store.dispose()


def load_bank() -> list:
    """The built-in question bank; a damaged entry is logged and left out, never fatal."""
    from app.core.question_bank import load_builtin_bank

    result = load_builtin_bank()
    for problem in result.problems:
        log.warning("question bank: %s", problem)
    return list(result.questions)


def build_application(
    paths: AppPaths,
    clock: Clock,
    prompts: Prompts | None = None,
    exit_event_loop: Callable[[int], None] | None = None,
) -> Application:
    """Build the window; each area's pane is built when first shown. QApplication must exist."""
    from app.ui.events import DataEvents
    from app.ui.main_window import MainWindow, window_settings

    data_events = DataEvents()
    holder: dict[str, object] = {}

    def home():
        from app.ui.home_view import HomeView

        view = HomeView(clock, data_events)
        view.go_to_people.connect(lambda: holder["window"].show_area("people"))
        view.open_wrapup.connect(lambda interview_id: open_wrapup(interview_id))
        view.open_interview.connect(lambda interview_id: open_interview(interview_id))
        return view

    def people():
        from app.ui.people_view import PeopleView

        view = PeopleView(clock, data_events)
        view.interview_scheduled.connect(lambda interview_id: open_interview(interview_id))
        return view

    def followups():
        from app.ui.followup_area import FollowUpArea
        from app.ui.outcome_view import OutcomeView
        from app.ui.wrapup_steps.base import WrapUpServices
        from app.ui.wrapup_view import WrapUpView

        def wrapup_view(store):
            services = WrapUpServices(
                wrapups=store.wrapups,
                cards=store.cards,
                clock=clock,
                builtin_templates=resource("templates"),
                user_templates=paths.templates_dir,
                signature=store.settings.get_json(PROFILE_NAME_KEY, ""),
                announce=data_events.announce,
            )
            return WrapUpView(services)

        def outcome_view(store):
            return OutcomeView(
                store.outcomes,
                clock,
                resource("templates"),
                paths.templates_dir,
                signature=store.settings.get_json(PROFILE_NAME_KEY, ""),
            )

        return FollowUpArea(clock, data_events, wrapup_view, outcome_view)

    def interview():
        from app.ui.interview_area import InterviewArea

        area = InterviewArea(clock, data_events, load_bank)
        area.finished.connect(lambda interview_id: open_wrapup(interview_id, finishing=True))
        return area

    def search():
        from app.ui.search_view import SearchView
        from app.ui.store_bound_pane import StoreBoundPane

        def build(store):
            view = SearchView(store.search)
            view.open_interview.connect(open_at_match)
            return view

        return StoreBoundPane(build)

    factories = {
        "today": home,
        "people": people,
        "interview": interview,
        "wrapup": followups,
        "search": search,
    }
    window = MainWindow(factories, window_settings(paths.window_settings))
    holder["window"] = window
    window.data_events = data_events
    application = Application(
        paths=paths,
        clock=clock,
        window=window,
        prompts=prompts or qt_prompts(lambda: window),
        exit_event_loop=exit_event_loop,
    )
    window.pane_built.connect(lambda _key, pane: application._give_store(pane))

    def show_about() -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog(paths.data_dir, window).exec()

    window.about_requested.connect(show_about)

    def show_preferences() -> None:
        if application.store is None:
            return
        from app.ui.preferences_dialog import PreferencesDialog

        if not PreferencesDialog(application.store.settings, window).exec():
            return
        session = getattr(window.built_panes().get("interview"), "session", None)
        if session is not None:
            session.alert.set_sound_enabled(application.store.settings.countdown_settings().sound_enabled)
        # Notes drafted from now on are signed with the name just saved.
        followups = window.built_panes().get("wrapup")
        if followups is not None and followups.wrapup_view is not None:
            name = application.store.settings.get_json(PROFILE_NAME_KEY, "")
            followups.wrapup_view.services.signature = name
            followups.outcome_view.set_signature(name)

    window.preferences_requested.connect(show_preferences)

    def open_wrapup(interview_id: int, finishing: bool = False) -> None:
        window.show_area("wrapup")
        window.pane("wrapup").open_wrapup(interview_id, finishing=finishing)

    def open_interview(interview_id: int) -> None:
        window.show_area("interview")
        window.pane("interview").open_interview(interview_id)

    def open_at_match(interview_id: int, place: str, picked_question_id, query: str) -> None:
        from app.core.search import MatchPlace
        from app.core.wrapup import WrapUpStep

        wrapup_steps = {MatchPlace.TAKEAWAY: WrapUpStep.WEIGH, MatchPlace.ACTION: WrapUpStep.NEXT_STEP}
        if place in wrapup_steps:  # written during the wrap-up: open it at that step
            open_wrapup(interview_id)
            window.pane("wrapup").wrapup_view.go_to(wrapup_steps[MatchPlace(place)])
            return
        window.show_area("interview")
        window.pane("interview").reveal(interview_id, place, picked_question_id, query)

    def before_close() -> bool:
        followups = window.built_panes().get("wrapup")
        if followups is not None and followups.wrapup_view is not None:
            followups.wrapup_view.commit_current()
        pane = window.built_panes().get("interview")
        if pane is None or pane.close_session():
            return True
        from app.ui.interview_area import confirm_with_buttons

        return confirm_with_buttons(
            window,
            "Notes not saved",
            "Your latest notes could not be written to disk. Quit anyway and lose them, or stay and "
            "copy them somewhere safe?",
            "Quit anyway",
            "Stay",
        )

    window.close_guards.append(before_close)

    def set_icon() -> None:
        from PySide6.QtGui import QIcon

        window.setWindowIcon(QIcon(str(resource("icons", "infointerview.svg"))))

    # The SVG icon loads an image plugin; it can wait until the window is on screen.
    window.first_painted.connect(set_icon)
    return application


def run(data_dir_argument: str | None) -> int:
    try:
        paths = prepare_data_dir(choose_data_dir(data_dir_argument))
    except DataDirError as problem:
        print(f"infointerview: {problem}", file=sys.stderr)
        return EXIT_USAGE
    setup_logging(paths)
    log.info("%s %s starting with data in %s", APP_NAME, __version__, paths.data_dir)

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    qt_app.setStyleSheet(resource("themes", "light.qss").read_text(encoding="utf-8"))
    from app.ui.translations import install_translations

    translators = install_translations(resource("translations"))  # kept for the app's lifetime

    from app.ui.error_reporting import ErrorReporter

    ErrorReporter(paths.log_file).install()
    instance_lock = claim_single_instance(paths)
    if instance_lock is None:
        print(
            f"infointerview: {APP_NAME} is already open with the data in {paths.data_dir}; "
            "its window has been brought to the front.",
            file=sys.stderr,
        )
        return 0

    application = build_application(paths, SystemClock())
    window = application.window
    window.first_painted.connect(lambda: listen_for_other_instances(paths, window))
    if os.environ.get(STARTUP_PROBE_ENV):
        from app.ui.startup_probe import StartupProbe

        StartupProbe(application.window)

    # The data file is opened only once the window is on screen.
    def after_home_is_painted(step: Callable[[], None]) -> None:
        application.window.repaint()
        QTimer.singleShot(0, step)

    application.window.first_painted.connect(lambda: application.open_store(schedule=after_home_is_painted))
    application.window.show()
    code = qt_app.exec()
    del translators
    application.close()
    instance_lock.unlock()
    log.info("%s closed", APP_NAME)
    return application.exit_code if application.exit_code is not None else code
