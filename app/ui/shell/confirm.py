"""A yes/no question with buttons named for what they do, and the safe one chosen by default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_box(
    parent: QWidget | None, title: str, text: str, yes: str, no: str, *, default_is_yes: bool
) -> tuple[QMessageBox, object]:
    """The dialog and its "yes" button. Enter presses the default; Escape always means "no"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept if default_is_yes else reject)
    box.setEscapeButton(reject)
    return box, accept


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str, *, default_is_yes: bool) -> bool:
    """True only when the person chose ``yes``."""
    box, accept = confirm_box(parent, title, text, yes, no, default_is_yes=default_is_yes)
    box.exec()
    return box.clickedButton() is accept
