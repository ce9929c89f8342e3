import logging

from app.ui.error_reporting import ErrorReporter


def test_an_unexpected_error_is_logged_whole_and_shown_short(qtbot, tmp_path, monkeypatch):
    log_file = tmp_path / "infointerview.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda parent, title, text: shown.append((title, text))
    )
    reporter = ErrorReporter(log_file)
    try:
        raise KeyError("the-missing-key")
    except KeyError as error:
        reporter.handle(type(error), error, error.__traceback__)
    finally:
        handler.flush()
        logging.getLogger().removeHandler(handler)
        handler.close()
    qtbot.waitUntil(lambda: bool(shown))
    title, text = shown[0]
    assert "something went wrong" in title
    assert str(log_file) in text
    assert "Traceback" not in text and "the-missing-key" not in text
    logged = log_file.read_text()
    assert "Traceback" in logged and "KeyError: 'the-missing-key'" in logged
