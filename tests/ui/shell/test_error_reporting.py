import errno
import logging
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.core.changes import Change
from app.ui.shell.error_reporting import ErrorReporter


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "infointerview.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    yield path
    handler.flush()
    logging.getLogger().removeHandler(handler)
    handler.close()


def _raise_through(reporter, error):
    try:
        raise error
    except BaseException as raised:
        reporter.handle(type(raised), raised, raised.__traceback__)


@pytest.fixture
def typing_window(make_app, qtbot):
    """The main window shown, with the keyboard in an editor on it."""
    window = make_app().window
    editor = QLineEdit(window.centralWidget())
    with qtbot.waitSignal(window.first_painted), qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    return window, editor


def test_a_full_disk_is_named_in_a_bar_that_leaves_the_keyboard_alone(typing_window, qtbot, log_file, monkeypatch):
    window, editor = typing_window
    modal = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda box: modal.append(box))
    reporter = ErrorReporter(log_file)
    reporter.report_to(window.show_problem)
    _raise_through(reporter, OSError(errno.ENOSPC, "No space left on device"))
    qtbot.waitUntil(lambda: window.problem_text() != "")
    assert "disk is full" in window.problem_text()
    assert "Something went wrong" not in window.problem_text()
    assert editor.hasFocus()
    assert QApplication.activeModalWidget() is None and modal == []
    qtbot.keyClicks(editor, "still typing")
    assert editor.text() == "still typing"
    assert "OSError: [Errno 28]" in log_file.read_text()


def test_the_bar_clears_once_a_later_write_succeeds(typing_window, qtbot, log_file):
    window, _editor = typing_window
    reporter = ErrorReporter(log_file)
    reporter.report_to(window.show_problem)
    _raise_through(reporter, sqlite3.OperationalError("database is locked"))
    qtbot.waitUntil(lambda: window.problem_text() != "")
    assert "another program is holding the database" in window.problem_text()
    window.data_events.changed.emit(frozenset({Change.INTERVIEWS}))
    assert window.problem_text() == ""


def test_a_wrapped_read_only_database_names_the_data_folder(typing_window, qtbot, log_file):
    window, _editor = typing_window
    reporter = ErrorReporter(log_file)
    reporter.report_to(window.show_problem)

    class WrappedError(Exception):  # how SQLAlchemy carries the driver's error
        __module__ = "sqlalchemy.exc"

        def __init__(self, orig):
            super().__init__("(sqlite3.OperationalError) …")
            self.orig = orig

    _raise_through(reporter, WrappedError(sqlite3.OperationalError("attempt to write a readonly database")))
    qtbot.waitUntil(lambda: window.problem_text() != "")
    assert "read-only" in window.problem_text()
    assert str(log_file.parent) in window.problem_text()


def test_an_unexpected_error_is_logged_whole_and_shown_short_until_dismissed(typing_window, qtbot, log_file):
    window, editor = typing_window
    reporter = ErrorReporter(log_file)
    reporter.report_to(window.show_problem)
    _raise_through(reporter, KeyError("the-missing-key"))
    qtbot.waitUntil(lambda: window.problem_text() != "")
    text = window.problem_text()
    assert "Something went wrong" in text and str(log_file) in text
    assert "Traceback" not in text and "the-missing-key" not in text
    logged = log_file.read_text()
    assert "Traceback" in logged and "KeyError: 'the-missing-key'" in logged
    window.data_events.changed.emit(frozenset({Change.INTERVIEWS}))  # a write working says nothing about this
    assert window.problem_text() == text
    qtbot.mouseClick(window.message_bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.problem_text() == ""
    assert editor.hasFocus()
