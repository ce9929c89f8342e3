"""The composition root: the one place that builds things and hands each piece to what needs it.

Order matters for a quick first paint: the window is shown before SQLAlchemy is imported; the store
is opened (and migrated only if it is behind) from the event loop right after.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app import APP_ID, APP_NAME, __version__
from app.core.clock import Clock, SystemClock
from app.core.data_safety import BadDatabaseChoice
from app.paths import AppPaths, DataDirError, choose_data_dir, prepare_data_dir, resource
from app.quit_signals import QuitSignals
from app.single_instance import (
    InstanceLockError,
    bring_to_front,
    claim_single_instance,
    listen_for_other_instances,
)
from app.startup_prompts import Prompts, can_show_dialogs, qt_prompts, visible_refusals
from app.ui.shell.leaving import LeaveCleanly
from app.ui.widgets.off_thread import run_off_the_ui_thread, run_or_raise

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from app.core.data_safety import BackupInfo
    from app.store.health import DatabaseStatus
    from app.store.read_models import ReadModels
    from app.store.store import Store
    from app.ui.people.import_contacts import ContactImport
    from app.ui.shell.automatic_backups import AutomaticBackups
    from app.ui.shell.data_actions import DataActions
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.pane import Pane
    from app.ui.shell.preferences import Preferences
    from app.ui.shell.presentation import Presentation
    from app.ui.shell.theme import ThemeManager

log = logging.getLogger("infointerview")


EXIT_USAGE = 2
EXIT_FAILURE = 1
STARTUP_PROBE_ENV = "INFOINTERVIEW_STARTUP_PROBE"  # set by benchmarks/startup.py


LOG_LIMIT_BYTES = 1_000_000


def updating_data_text() -> str:
    """What the panes say while the data file is updated for this version."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Startup",
        "Updating your data for this version of InfoInterview…\n"
        "A backup of the file as it was is kept in the backups folder. This can take a little while with many "
        "interviews.",
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
class Application:
    """Everything the composition root built, so tests can reach each piece."""

    paths: AppPaths
    clock: Clock
    window: MainWindow
    prompts: Prompts
    preferences: Preferences
    # Each built area's pane, by area key, as the shell talks to it.
    panes: dict[str, Pane] = field(default_factory=dict)
    store: Store | None = None
    reads: ReadModels | None = None
    exit_code: int | None = None
    # Ends the event loop with a status; tests pass a recorder instead.
    exit_event_loop: Callable[[int], None] | None = None
    # Writes what the person typed and has not been saved yet; False if it could not be written.
    flush_typed_text: Callable[[], bool] = lambda: True
    # Told each time the full store has been opened (at start-up, and again after a restore).
    store_opened: list[Callable[[Store], None]] = field(default_factory=list)
    backups: AutomaticBackups | None = None
    presentation: Presentation | None = None  # View ▸ Presentation mode and zoom
    data_actions: DataActions | None = None
    # File ▸ Import contacts… (built on first use: it loads the vCard and CSV readers).
    contact_import: ContactImport | None = None
    # Set when the app is to start again once it has closed (after a restore).
    restart_requested: bool = False
    theme: ThemeManager | None = None  # light, dark or high contrast, as chosen
    demo: bool = False  # the window shows the demo workspace, in its own folder
    # Set when the demo is to be made afresh: its folder goes once the app has closed.
    reset_demo_requested: bool = False

    def open_store(self, schedule: Callable[[Callable[[], None]], None] | None = None) -> bool:
        """Open the data file and give it to the panes. False if the app must quit (exit_code set).

        When the file is already at the current schema, the read models (plain sqlite3) are handed
        out first, so the home view fills at once, and the full store (SQLAlchemy) follows through
        ``schedule`` — the event loop in the app, straight away when not given.
        """
        from app.store.health import DatabaseFromTheFuture, DatabaseUnreadable, inspect_database
        from app.store.read_models import ReadModels

        database = self.paths.database

        def inspect() -> DatabaseStatus | None:
            # SQLite's quick check reads the whole file: on a large one, a pause worth keeping off
            # the window.
            return run_off_the_ui_thread(lambda: inspect_database(database))

        try:
            try:
                status = inspect()
            except DatabaseUnreadable as problem:
                log.warning("unreadable database: %s", problem)
                if not self._recover_bad_database(str(problem)):
                    return self._quit(1)
                status = inspect()
        except DatabaseFromTheFuture as problem:
            self.prompts.fatal(str(problem))
            return self._quit(1)
        except OSError as problem:  # unreadable path, a folder where the file should be, a failed rename
            log.exception("could not check the database file")
            from PySide6.QtCore import QCoreApplication

            self.prompts.fatal(
                QCoreApplication.translate(
                    "Startup", "InfoInterview could not read its data file {file}:\n{reason}\n\nDetails are in {log}."
                ).format(file=database, reason=problem.strerror or problem, log=self.paths.log_file)
            )
            return self._quit(1)
        if status is None:  # the app is quitting
            return False
        if status.is_current:
            self.reads = ReadModels(database)
            for pane in self.panes.values():
                pane.set_reads(self.reads)
            (schedule or (lambda step: step()))(lambda: self._open_full_store(status))
            return True
        if status.has_user_tables:
            # Updating a file with years of notes can take a while; say so before the pause.
            for pane in self.panes.values():
                pane.show_loading(updating_data_text())
            self.window.repaint()
        return self._open_full_store(status)

    def _recover_bad_database(self, problem: str) -> bool:
        """Ask what to do with a data file that cannot be read, and do it; False to quit.

        The file is first renamed aside, kept byte for byte whatever is chosen; a restore or a rescue
        that fails puts it back as it was."""
        from app.store.backups import newest_good_backup
        from app.store.health import move_aside

        database = self.paths.database
        # Each backup is checked whole: kept off the window on a large one.
        newest = run_off_the_ui_thread(lambda: newest_good_backup(self.paths.backups_dir))
        choice = self.prompts.choose_after_bad_database(problem, newest)
        log.info("unreadable database: the person chose %s", choice.value)
        if choice is BadDatabaseChoice.QUIT:
            return False
        kept = move_aside(database, "unreadable", self.clock.now())
        log.warning("moved the unreadable database aside to %s", kept)
        if choice is BadDatabaseChoice.RESTORE_BACKUP and newest is not None:
            return self._replace_bad_database(kept, lambda: self._restore_at_start(newest))
        if choice is BadDatabaseChoice.RESCUE:
            return self._replace_bad_database(kept, lambda: self._rescue_at_start(kept))
        return True

    def _restore_at_start(self, newest: BackupInfo) -> None:
        from pathlib import Path

        from app.store.backups import restore_backup

        paths, now = self.paths, self.clock.now()
        run_or_raise(lambda: restore_backup(Path(newest.path), paths.database, paths.backups_dir, now))
        log.info("restored the newest good backup %s", newest.path)

    def _rescue_at_start(self, kept) -> None:
        from app.store.rescue import rescue_database

        report = run_or_raise(lambda: rescue_database(kept, self.paths.database, self.clock))
        from app.core.data_safety import describe_rescue

        log.info("rescued from %s: %s", kept, describe_rescue(report))
        self.prompts.show_rescue_report(report)

    def _replace_bad_database(self, kept, work: Callable[[], None]) -> bool:
        from app.store.backups import BackupError
        from app.store.health import move_back
        from app.store.rescue import RescueError

        try:
            work()
        except (BackupError, RescueError, OSError) as problem:
            log.exception("could not replace the unreadable database")
            move_back(kept, self.paths.database)
            from PySide6.QtCore import QCoreApplication

            self.prompts.fatal(
                QCoreApplication.translate(
                    "Startup", "That did not work: {reason}\nYour data file is kept as it was. Details are in {log}."
                ).format(reason=problem, log=self.paths.log_file)
            )
            return False
        return True

    def _open_full_store(self, status: DatabaseStatus) -> bool:
        from app.store.store import open_store

        def open_full() -> Store:
            return open_store(self.paths.database, self.clock, status)

        try:
            if status.needs_migration:
                # Migrating can take many seconds; the window keeps repainting meanwhile.
                opened = run_off_the_ui_thread(open_full)
                if opened is None:  # the app is quitting; the file stays at its old revision
                    log.info("quit while the data file was being updated; it is left as it was")
                    return False
                self.store = opened
            else:
                self.store = open_full()
        except Exception as problem:  # any failure to open must reach the person, in words
            log.exception("could not open the database")
            from PySide6.QtCore import QCoreApplication

            self.prompts.fatal(
                QCoreApplication.translate(
                    "Startup", "InfoInterview could not open its data file {file}:\n{reason}\n\nDetails are in {log}."
                ).format(file=self.paths.database, reason=problem, log=self.paths.log_file)
            )
            return self._quit(1)
        self.reads = self.store.reads
        # From now on the store says what each write changed, and the panes refresh from that.
        self.window.data_events.follow(self.store.changes)
        self.preferences.attach(self.store.settings, self.store.changes)
        for pane in self.panes.values():
            self.give_data(pane)
        for told in self.store_opened:
            told(self.store)
        return True

    def add_pane(self, key: str, pane: Pane) -> None:
        """A pane just built: it is given whatever data is already open."""
        self.panes[key] = pane
        self.give_data(pane)

    def give_data(self, pane: Pane) -> None:
        if self.store is not None:
            pane.set_store(self.store)
        elif self.reads is not None:
            pane.set_reads(self.reads)

    def _quit(self, code: int) -> bool:
        self.exit_code = code
        if self.exit_event_loop is None:
            from PySide6.QtWidgets import QApplication

            QApplication.exit(code)
        else:
            self.exit_event_loop(code)
        return False

    def back_up_at_quit(self) -> None:
        """The last automatic backup, when something changed; waited for, within a bound."""
        if self.backups is not None and self.store is not None:
            self.backups.at_quit()

    def close_data(self) -> bool:
        """Write what was typed, then close the data file (for a restore); False, with the file left
        open, when what was typed could not be written."""
        if not self.flush_typed_text():
            return False
        if self.backups is not None:
            self.backups.stop()
            self.backups.runner.wait()
        self.preferences.detach()
        if self.store is not None:
            self.store.dispose()
        self.store = None
        self.reads = None
        return True

    def restart(self) -> None:
        """End the event loop; ``run`` then starts the app again on the same data folder."""
        self.restart_requested = True
        self._quit(0)

    def reset_demo(self) -> None:
        """Close, remove the demo's folder and start again on a fresh demo (only ever in the demo)."""
        if not self.demo:
            return
        self.reset_demo_requested = True
        self.restart()

    def close(self) -> None:
        self.preferences.detach()
        if self.store is not None:
            self.store.dispose()


def load_bank() -> list:
    """The built-in question bank; a damaged entry is logged and left out, never fatal."""
    from app.files import load_builtin_bank
    from app.ui.shell.translations import language_code

    result = load_builtin_bank(language_code())
    for problem in result.problems:
        log.warning("question bank: %s", problem)
    return list(result.questions)


def load_checklist(data_dir: Path) -> list:
    """The preparation checklist: the person's own file in the data folder, else the shipped one.
    A file of theirs that cannot be used is logged, never fatal."""
    from app.files import load_checklist as read_checklist

    items, problem = read_checklist(data_dir)
    if problem:
        log.warning("preparation checklist: %s; the shipped checklist is used", problem)
    return items


def ask_quit_with_unsaved_notes(parent) -> bool:
    """True when the person chooses to quit and lose notes that could not be written; Stay is
    the default, so a stray Enter keeps the window and the notes."""
    from PySide6.QtCore import QCoreApplication

    from app.ui.shell.confirm import confirm

    # Each call spelled out: lupdate finds QCoreApplication.translate(), not a local helper.
    return confirm(
        parent,
        QCoreApplication.translate("QuitWithUnsavedNotes", "Notes not saved"),
        QCoreApplication.translate(
            "QuitWithUnsavedNotes",
            "Your latest notes could not be written to disk. Quit anyway and lose them, or stay and "
            "copy them somewhere safe?",
        ),
        QCoreApplication.translate("QuitWithUnsavedNotes", "Quit anyway"),
        QCoreApplication.translate("QuitWithUnsavedNotes", "Stay"),
        default_is_yes=False,
    )


def build_application(
    paths: AppPaths,
    clock: Clock,
    prompts: Prompts | None = None,
    exit_event_loop: Callable[[int], None] | None = None,
) -> Application:
    """Build the window; each area's pane is built when first shown. QApplication must exist."""
    from app.ui.shell.events import DataEvents
    from app.ui.shell.main_window import MainWindow, window_settings
    from app.ui.shell.navigator import Navigator
    from app.ui.shell.pane import PaneHooks
    from app.ui.shell.preferences import Preferences

    data_events = DataEvents()
    preferences = Preferences()

    def home() -> PaneHooks:
        from app.ui.today.home_view import HomeView, TodayData

        view = HomeView(clock, data_events, load_checklist=lambda: load_checklist(paths.data_dir))
        view.go_to_people.connect(lambda: window.show_area("people"))
        view.open_wrapup.connect(lambda interview_id: navigator.open_wrapup(interview_id))
        view.open_thank_you_note.connect(lambda interview_id: navigator.open_thank_you_note(interview_id))
        view.open_interview.connect(lambda interview_id: navigator.open_interview(interview_id))

        def give(store: Store) -> None:
            view.set_data(TodayData(reads=store.reads, actions=store.actions, suggestions=store.suggestions))

        return PaneHooks(view, on_loading=view.show_loading, on_reads=view.set_reads, on_store=give)

    def people() -> PaneHooks:
        from app.ui.people.people_view import PeopleData, PeopleView

        view = PeopleView(clock, data_events)
        view.interview_scheduled.connect(lambda interview_id: navigator.open_interview(interview_id))
        view.import_contacts_requested.connect(lambda: import_contacts(application))

        def give(store: Store) -> None:
            view.set_data(
                PeopleData(
                    reads=store.reads,
                    occupations=store.occupations,
                    contacts=store.contacts,
                    interviews=store.interviews,
                    settings=store.settings,
                    outreach=store.outreach,
                )
            )

        return PaneHooks(view, on_store=give, on_write_typed_text=view.write_typed_text)

    def followups() -> PaneHooks:
        from app.ui.shell.preferences import PreferenceValues
        from app.ui.wrapup.followup_area import FollowUpArea, FollowUpData
        from app.ui.wrapup.outcome_view import OutcomeView
        from app.ui.wrapup.steps.base import WrapUpServices
        from app.ui.wrapup.wrapup_view import WrapUpView

        def wrapup_view(data: FollowUpData) -> WrapUpView:
            services = WrapUpServices(
                wrapups=data.wrapups,
                cards=data.cards,
                clock=clock,
                builtin_templates=resource("templates"),
                user_templates=paths.templates_dir,
                signature=preferences.values().signature,
            )

            def sign_with(values: PreferenceValues) -> None:
                # Notes drafted from now on are signed with the name just saved.
                services.signature = values.signature

            preferences.changed.connect(sign_with)
            return WrapUpView(services)

        def outcome_view(data: FollowUpData) -> OutcomeView:
            view = OutcomeView(
                data.outcomes,
                clock,
                resource("templates"),
                paths.templates_dir,
                signature=preferences.values().signature,
            )
            preferences.changed.connect(lambda values: view.set_signature(values.signature))
            return view

        area = FollowUpArea(clock, data_events, wrapup_view, outcome_view)

        def give(store: Store) -> None:
            area.set_data(
                FollowUpData(reads=store.reads, wrapups=store.wrapups, cards=store.cards, outcomes=store.outcomes)
            )

        return PaneHooks(area, on_store=give, on_write_typed_text=area.write_typed_text)

    def interview() -> PaneHooks:
        from app.ui.interview.interview_area import InterviewArea, InterviewData

        # The area applies saved preferences (the chime) to the interview it has open.
        area = InterviewArea(
            clock, data_events, load_bank, preferences, load_checklist=lambda: load_checklist(paths.data_dir)
        )
        area.finished.connect(lambda interview_id: navigator.open_wrapup(interview_id, finishing=True))

        def give(store: Store) -> None:
            area.set_data(
                InterviewData(
                    reads=store.reads,
                    interviews=store.interviews,
                    contacts=store.contacts,
                    occupations=store.occupations,
                    questions=store.questions,
                    content=store.content,
                    settings=store.settings,
                )
            )

        return PaneHooks(area, on_store=give, on_write_typed_text=area.close_session)

    def search() -> PaneHooks:
        from app.ui.search.search_view import SearchView
        from app.ui.shell.store_bound_pane import StoreBoundPane

        if TYPE_CHECKING:
            from app.store.search_repository import SearchRepository

        def build(repository: SearchRepository) -> SearchView:
            view = SearchView(repository)
            view.open_interview.connect(navigator.open_at_match)
            return view

        pane: StoreBoundPane[SearchRepository] = StoreBoundPane(build)
        return PaneHooks(pane, on_store=lambda store: pane.set_data(store.search))

    hooks_by_key = {
        "today": home,
        "people": people,
        "interview": interview,
        "wrapup": followups,
        "search": search,
    }
    built: dict[str, PaneHooks] = {}

    def widget_factory(key: str) -> Callable[[], QWidget]:
        def build() -> QWidget:
            built[key] = hooks_by_key[key]()
            return built[key].widget

        return build

    settings_file = window_settings(paths.window_settings)
    window = MainWindow({key: widget_factory(key) for key in hooks_by_key}, settings_file)
    # The factories above run only once the window is shown, after this is set.
    navigator = Navigator(window)
    window.data_events = data_events
    # A write that succeeds ends a "could not save" message.
    data_events.changed.connect(window.write_succeeded)
    application = Application(
        paths=paths,
        clock=clock,
        window=window,
        prompts=prompts or qt_prompts(lambda: window),
        preferences=preferences,
        exit_event_loop=exit_event_loop,
    )
    window.pane_built.connect(lambda key, _widget: application.add_pane(key, built[key]))
    wire_theme(application, settings_file)
    wire_language(application, settings_file)

    def show_about() -> None:
        from app.ui.shell.about_dialog import AboutDialog

        AboutDialog(paths.data_dir, window).exec()

    window.about_requested.connect(show_about)

    def show_preferences() -> None:
        if application.store is None:
            return
        from app.ui.shell.preferences_dialog import PreferencesDialog

        # Saving is heard through the store's change feed: ``preferences.changed`` tells the panes.
        PreferencesDialog(application.store.settings, window).exec()

    window.preferences_requested.connect(show_preferences)

    from app.ui.shell.presentation import attach_presentation

    application.presentation = attach_presentation(window, preferences, application.store_opened)

    def flush_typed_text() -> bool:
        """Write everything typed anywhere; True only if all of it is on disk. Every pane is asked,
        even after one has failed."""
        results = [pane.write_typed_text() for pane in application.panes.values()]
        return all(results)

    def before_close() -> bool:
        return flush_typed_text() or ask_quit_with_unsaved_notes(window)

    application.flush_typed_text = flush_typed_text
    window.close_guards.append(before_close)
    wire_automatic_backups(application, data_events)
    wire_data_actions(application, data_events)

    def set_icon() -> None:
        from PySide6.QtGui import QIcon

        window.setWindowIcon(QIcon(str(resource("icons", "infointerview.svg"))))

    # The SVG icon loads an image plugin; it can wait until the window is on screen.
    window.first_painted.connect(set_icon)
    return application


def wire_automatic_backups(application: Application, data_events) -> None:
    """Back up by itself: changes the store reports (on the UI thread) are noted, a timer asks every
    few minutes, a finished interview and quitting ask too; the copy runs in the runner's thread."""
    from app.core.retention import RetentionPolicy
    from app.ui.shell.automatic_backups import AutomaticBackups
    from app.ui.shell.backup_runner import BackupRunner

    paths, clock, window = application.paths, application.clock, application.window
    retention = [RetentionPolicy()]  # the person's numbers, read on the UI thread when they change
    stop = threading.Event()

    def back_up(now, reason):
        from app.store.backups import backup_job

        stop.clear()
        return backup_job(paths.database, paths.backups_dir, clock.local_zone, lambda: retention[0], stop)(now, reason)

    backups = AutomaticBackups(
        BackupRunner(back_up, window),
        clock,
        lambda text: window.show_problem(text, False),
        cancel_running=stop.set,
        parent=window,
    )
    application.backups = backups
    data_events.changed.connect(backups.note_change)

    def read_retention(store: Store) -> None:
        retention[0] = store.settings.retention_policy()

    def on_store_opened(store: Store) -> None:
        from app.store.backups import newest_backup_time

        read_retention(store)
        backups.start(newest_backup_time(paths.backups_dir))

    application.store_opened.append(on_store_opened)
    application.preferences.changed.connect(
        lambda _values: application.store is not None and read_retention(application.store)
    )

    followed_wrapup_views: list[object] = []

    def follow_completed_wrapups() -> None:
        # The wrap-up view is made once the follow-up area has the store.
        area = window.built_panes().get("wrapup")
        view = None if area is None else area.wrapup_view
        if view is not None and view not in followed_wrapup_views:
            followed_wrapup_views.append(view)
            view.completed.connect(backups.after_interview_finished)

    def follow_finished_work(key: str, widget) -> None:
        # Connected after the pane's own handler, so the interview is marked finished first.
        if key == "interview":
            widget.finished.connect(backups.after_interview_finished)
        elif key == "wrapup":
            follow_completed_wrapups()

    window.pane_built.connect(follow_finished_work)
    application.store_opened.append(lambda _store: follow_completed_wrapups())


def wire_data_actions(application: Application, data_events) -> None:
    """File ▸ Export everything…, Import…, Back up now, Restore from backup…, once the data is open."""
    from app.ui.shell.data_actions import DataActions

    paths, window = application.paths, application.window

    def operations():
        from app.store.data_operations import DataOperations

        return DataOperations(
            paths.database, paths.attachments_dir, paths.backups_dir, application.clock, lambda: application.store
        )

    actions = DataActions(
        operations,
        window,
        application.clock.local_zone,
        application.close_data,
        application.restart,
        data_events.changed.emit,
    )
    application.data_actions = actions

    def when_open(action: Callable[[], object]) -> Callable[[], None]:
        def act() -> None:
            if application.store is not None:
                action()

        return act

    window.export_requested.connect(when_open(actions.export_everything))
    window.import_requested.connect(when_open(actions.import_file))
    window.import_contacts_requested.connect(lambda: import_contacts(application))
    window.backup_requested.connect(when_open(actions.back_up_now))
    window.restore_requested.connect(when_open(actions.restore_from_backup))


def import_contacts(application: Application) -> None:
    """File ▸ Import contacts… and the People page's button: the contact import, handed the
    store's import of cards (every card or row a new person, in one transaction)."""
    if application.store is None:
        return
    if application.contact_import is None:
        from app.ui.people.import_contacts import ContactImport

        application.contact_import = ContactImport(
            lambda: application.store.contact_import if application.store is not None else None, application.window
        )
    application.contact_import.import_contacts()


THEME_CACHE_KEY = "appearance/theme"


def wire_theme(application: Application, settings_file: QSettings) -> None:
    """The theme follows the saved choice (Preferences) and, on "system", the OS.

    The choice lives in the settings; a copy in the window's settings file lets the first paint,
    before the data file is open, already be in the chosen theme.
    """
    from app.core.preferences import ThemeChoice
    from app.ui.shell.theme import ThemeManager

    choice = ThemeChoice.from_stored(settings_file.value(THEME_CACHE_KEY))
    theme = ThemeManager(resource("themes"), choice, parent=application.window)
    application.theme = theme

    presenting = {"now": False}

    def use(choice: ThemeChoice) -> None:
        settings_file.setValue(THEME_CACHE_KEY, choice.value)
        if not presenting["now"]:
            theme.set_choice(choice)

    def present(on: bool) -> None:
        # A room reads high contrast best; leaving presentation mode goes back to the person's own.
        presenting["now"] = on
        theme.set_choice(ThemeChoice.HIGH_CONTRAST if on else application.preferences.values().theme)

    def rescale(_palette: object) -> None:
        from app.ui.shell.zoom import apply_zoom, zoom_percent

        apply_zoom(zoom_percent(), force=True)  # the new theme's sheet, at the zoom on screen

    theme.changed.connect(rescale)
    application.window.presentation_theme_requested.connect(present)
    application.store_opened.append(lambda _store: use(application.preferences.values().theme))
    application.preferences.changed.connect(lambda values: use(values.theme))


def wire_language(application: Application, settings_file: QSettings) -> None:
    """The language chosen in Preferences is copied to the window's settings file, where the next
    start reads it before the window (and its words) are built."""
    from app.ui.shell.translations import LANGUAGE_KEY

    def keep_language(language: str) -> None:
        settings_file.setValue(LANGUAGE_KEY, language)

    application.store_opened.append(lambda _store: keep_language(application.preferences.values().language))
    application.preferences.changed.connect(lambda values: keep_language(values.language))


def restart_command(paths: AppPaths, demo: bool = False) -> list[str]:
    """How to start this app again on the same data folder (an installed bundle is its own program)."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "app"]
    if demo:
        return [*program, "--demo"]
    return [*program, "--data-dir", str(paths.data_dir)]


def launch_detached(command: list[str]) -> None:
    import subprocess

    subprocess.Popen(command, start_new_session=True)


def wire_demo(application: Application, launch: Callable[[list[str]], None] = launch_detached) -> None:
    """File ▸ Open demo workspace starts the demo as a program of its own, in its own folder; in the
    demo, the window says so and its banner resets it."""
    window = application.window
    window.open_demo_requested.connect(lambda: launch(restart_command(application.paths, demo=True)))
    if application.demo:
        window.show_as_demo()
        window.reset_demo_requested.connect(application.reset_demo)


def make_demo_folder(environ: Mapping[str, str] | None, prompts: Prompts) -> Path | None:
    """The demo's own folder, made from the shipped sample data if it is not there yet."""
    from PySide6.QtCore import QCoreApplication

    from app.demo import DemoFolderError, demo_data_dir, prepare_demo

    folder = demo_data_dir(environ)
    try:
        prepare_demo(folder, SystemClock())
    except DemoFolderError:
        log.warning("demo folder taken: %s", folder)
        prompts.fatal(
            QCoreApplication.translate(
                "Startup", "The demo workspace cannot be made in {folder}: that folder holds something else."
            ).format(folder=folder)
        )
        return None
    except Exception as problem:  # a full disk, a folder that cannot be written: said, logged
        log.exception("the demo workspace could not be made in %s", folder)
        prompts.fatal(
            QCoreApplication.translate("Startup", "The demo workspace could not be made in {folder}: {problem}").format(
                folder=folder, problem=getattr(problem, "strerror", None) or problem
            )
        )
        return None
    return folder


def run(
    data_dir_argument: str | None,
    environ: Mapping[str, str] | None = None,
    dialog_prompts: Callable[[Callable[[], object]], Prompts] = qt_prompts,
    demo: bool = False,
) -> int:
    """Start the app and run it until it is closed or told to leave; the exit status.

    ``dialog_prompts`` builds the dialogs refusals are shown in, when a display is there
    (``can_show_dialogs``); tests pass recorders.
    """
    holder: dict[str, object] = {}
    dialogs = dialog_prompts(lambda: holder.get("window")) if can_show_dialogs(environ) else None
    prompts = visible_refusals(dialogs)
    early_warnings: list[str] = []
    if demo:
        made = make_demo_folder(environ, prompts)
        if made is None:
            return EXIT_FAILURE
        data_dir_argument = str(made)
    try:
        paths = prepare_data_dir(choose_data_dir(data_dir_argument, environ), warn=early_warnings.append)
    except DataDirError as problem:
        from PySide6.QtCore import QCoreApplication

        from app.ui.widgets.i18n import tr_text

        # No translator is installed yet (the app is not built): the words are the English source,
        # marked so that a later start-up that installs one first can show them translated.
        prompts.fatal(
            QCoreApplication.translate("Startup", "InfoInterview cannot use its data folder: {problem}").format(
                problem=tr_text(problem.text)
            )
        )
        return EXIT_USAGE
    setup_logging(paths)
    log.info("%s %s starting with data in %s", APP_NAME, __version__, paths.data_dir)
    for warning in early_warnings:
        log.warning(warning)

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    from PySide6.QtCore import QLocale

    from app.ui.shell.main_window import window_settings
    from app.ui.shell.translations import LANGUAGE_KEY, chosen_locale, install_translations

    # The person's language (Preferences, kept beside the window's placement), else the system's.
    locale = chosen_locale(str(window_settings(paths.window_settings).value(LANGUAGE_KEY, "") or ""))
    QLocale.setDefault(locale)
    translators = install_translations(resource("translations"), locale)  # kept for the app's lifetime

    from app.ui.shell.error_reporting import ErrorReporter

    reporter = ErrorReporter(paths.log_file)
    reporter.install()
    try:
        instance_lock = claim_single_instance(paths)
    except InstanceLockError as problem:
        log.warning("lock: %s", problem)
        prompts.fatal(str(problem))
        return EXIT_FAILURE
    if instance_lock is None:
        print(
            f"infointerview: {APP_NAME} is already open with the data in {paths.data_dir}; "
            "its window has been brought to the front.",
            file=sys.stderr,
        )
        return 0

    application = build_application(paths, SystemClock(), prompts)
    application.theme.apply()
    application.demo = demo
    wire_demo(application)
    window = application.window
    holder["window"] = window
    reporter.report_to(window.show_problem)

    def start_listening() -> None:
        holder["listener"] = listen_for_other_instances(paths, qt_app, lambda: bring_to_front(window))

    window.first_painted.connect(start_listening)
    leaving = LeaveCleanly(application)
    quit_signals = QuitSignals(leaving.on_signal)
    qt_app.commitDataRequest.connect(leaving.on_session_end)
    if os.environ.get(STARTUP_PROBE_ENV):
        from app.ui.shell.startup_probe import StartupProbe

        StartupProbe(application.window)

    # The data file is opened only once the window is on screen.
    def after_home_is_painted(step: Callable[[], None]) -> None:
        application.window.repaint()
        QTimer.singleShot(0, step)

    application.window.first_painted.connect(lambda: application.open_store(schedule=after_home_is_painted))
    application.window.show()
    code = qt_app.exec()
    leaving.after_event_loop()
    application.back_up_at_quit()
    quit_signals.uninstall()
    if "listener" in holder:
        holder["listener"].close()
    del translators
    application.close()
    instance_lock.unlock()
    log.info("%s closed", APP_NAME)
    if application.restart_requested:
        if application.reset_demo_requested:
            from app.demo import DemoFolderError, remove_demo

            try:
                remove_demo(paths.data_dir)
            except (DemoFolderError, OSError) as problem:
                log.warning("the demo was not reset: %s", problem)
        log.info("starting again")
        launch_detached(restart_command(paths, demo=application.demo))
        return 0
    if application.exit_code is not None:
        return application.exit_code
    return leaving.exit_code if leaving.exit_code is not None else code
