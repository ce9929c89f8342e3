from PySide6.QtCore import Qt

from app.ui.shell.confirm import confirm_box


def _press(qtbot, key, default_is_yes):
    box, accept = confirm_box(None, "Notes not saved", "Quit?", "Quit anyway", "Stay", default_is_yes=default_is_yes)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    qtbot.keyClick(box, key)
    return box.clickedButton() is accept


def test_enter_chooses_the_safe_answer_when_it_is_the_default(qtbot):
    assert _press(qtbot, Qt.Key.Key_Return, default_is_yes=False) is False


def test_enter_chooses_yes_only_when_asked_to(qtbot):
    assert _press(qtbot, Qt.Key.Key_Return, default_is_yes=True) is True


def test_escape_is_always_no(qtbot):
    assert _press(qtbot, Qt.Key.Key_Escape, default_is_yes=True) is False


def test_enter_in_the_notes_not_saved_question_stays(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import ask_quit_with_unsaved_notes

    pressed = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not up yet
            QTimer.singleShot(10, press_enter)
            return
        pressed.append(box.windowTitle())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert ask_quit_with_unsaved_notes(None) is False
    assert pressed == ["Notes not saved"]
