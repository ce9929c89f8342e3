"""The composition root: the one place that builds things and hands each piece to what needs it.

Order matters for a quick first paint: the window is shown before SQLAlchemy is imported; the store
is opened (and migrated only if it is behind) from the event loop right after.
"""

from __future__ import annotations

import hashlib
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from app import APP_ID, APP_NAME, __version__
from app.core.clock import Clock, SystemClock
from app.paths import AppPaths, DataDirError, choose_data_dir, prepare_data_dir, resource

log = logging.getLogger("infointerview")

EXIT_USAGE = 2


def setup_logging(paths: AppPaths) -> None:
    handler = logging.handlers.RotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    os.chmod(paths.log_file, 0o600)


def instance_server_name(paths: AppPaths) -> str:
    digest = hashlib.sha256(str(paths.data_dir).encode("utf-8")).hexdigest()[:16]
    return f"infointerview-{digest}"


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
    panes: dict[str, object]
    prompts: Prompts
    store: object | None = None
    exit_code: int | None = None
    on_store_opened: list[Callable[[object], None]] = field(default_factory=list)

    def open_store(self) -> bool:
        """Open the store and give it to the panes. False if the app must quit (exit_code set)."""
        from app.store.health import DatabaseFromTheFuture, DatabaseUnreadable, move_aside

        try:
            self.store = self._open()
        except DatabaseUnreadable as problem:
            log.warning("unreadable database: %s", problem)
            if not self.prompts.start_fresh_after_bad_database(str(problem)):
                return self._quit(1)
            kept = move_aside(self.paths.database, "unreadable", self.clock.now())
            log.warning("moved the unreadable database aside to %s", kept)
            self.store = self._open()
        except DatabaseFromTheFuture as problem:
            self.prompts.fatal(str(problem))
            return self._quit(1)
        except Exception as problem:
            log.exception("could not open the database")
            self.prompts.fatal(
                f"InfoInterview could not open its data file {self.paths.database}:\n{problem}\n\n"
                f"Details are in {self.paths.log_file}."
            )
            return self._quit(1)
        for pane in self.panes.values():
            if hasattr(pane, "set_store"):
                pane.set_store(self.store)
        for callback in self.on_store_opened:
            callback(self.store)
        return True

    def _open(self):
        from app.store.store import open_store

        return open_store(self.paths.database, self.clock)

    def _quit(self, code: int) -> bool:
        self.exit_code = code
        from PySide6.QtWidgets import QApplication

        QApplication.exit(code)
        return False

    def close(self) -> None:
        if self.store is not None:
            self.store.dispose()


def build_application(paths: AppPaths, clock: Clock, prompts: Prompts | None = None) -> Application:
    """Build the window and its panes. The QApplication must already exist."""
    from PySide6.QtGui import QIcon

    from app.ui.about_dialog import AboutDialog
    from app.ui.events import DataEvents
    from app.ui.home_view import HomeView
    from app.ui.main_window import MainWindow, window_settings
    from app.ui.people_view import PeopleView
    from app.ui.placeholder_view import PlaceholderView

    data_events = DataEvents()
    home = HomeView(clock, data_events)
    people = PeopleView(clock, data_events)
    panes = {
        "today": home,
        "people": people,
        "interview": PlaceholderView(
            "Interview",
            "The live interview — the twenty-minute countdown, your picked questions and your notes — "
            "will appear here. Schedule an interview from People & occupations to get ready.",
        ),
        "wrapup": PlaceholderView(
            "Wrap-up & follow-ups",
            "After an interview: thank-you notes, referrals, business cards, your own evaluation and "
            "next steps will be gathered here.",
        ),
        "search": PlaceholderView("Search", "Searching across all your interview notes will be here."),
    }
    window = MainWindow(
        panes, window_settings(paths.window_settings), QIcon(str(resource("icons", "infointerview.svg")))
    )
    window.data_events = data_events
    home.go_to_people.connect(lambda: window.show_area("people"))
    window.about_requested.connect(lambda: AboutDialog(paths.data_dir, window).exec())
    application = Application(
        paths=paths,
        clock=clock,
        window=window,
        panes=panes,
        prompts=prompts or qt_prompts(lambda: window),
    )
    return application


def _claim_single_instance(paths: AppPaths, activate: Callable[[], None]):
    """Return the lock and server that make this the one instance for this data dir, or None
    after asking the running instance to come to the front."""
    from PySide6.QtCore import QLockFile
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    name = instance_server_name(paths)
    if not lock.tryLock(200):
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(1000):
            socket.write(b"activate\n")
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
        return None
    QLocalServer.removeServer(name)
    server = QLocalServer()
    server.listen(name)
    server.newConnection.connect(activate)
    return lock, server


def run(data_dir_argument: str | None) -> int:
    try:
        paths = prepare_data_dir(choose_data_dir(data_dir_argument))
    except DataDirError as problem:
        print(f"infointerview: {problem}", file=sys.stderr)
        return EXIT_USAGE
    setup_logging(paths)
    log.info("%s %s starting with data in %s", APP_NAME, __version__, paths.data_dir)

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)

    from app.ui.error_reporting import ErrorReporter

    ErrorReporter(paths.log_file).install()
    holder: dict[str, object] = {}

    def activate() -> None:
        window = holder.get("window")
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

    instance = _claim_single_instance(paths, activate)
    if instance is None:
        print(
            f"infointerview: {APP_NAME} is already open with the data in {paths.data_dir}; "
            "its window has been brought to the front.",
            file=sys.stderr,
        )
        return 0

    application = build_application(paths, SystemClock())
    holder["window"] = application.window
    from app.ui.startup_probe import PROBE_ENV, StartupProbe

    if os.environ.get(PROBE_ENV):
        StartupProbe(application.window, application.panes["today"])
    # The store (SQLAlchemy, maybe Alembic) is opened only once the window is on screen.
    application.window.first_painted.connect(application.open_store)
    application.window.show()
    code = qt_app.exec()
    application.close()
    log.info("%s closed", APP_NAME)
    return application.exit_code if application.exit_code is not None else code
