"""Personal details a room should not see while the app is shown in presentation mode.

There is one flag for the whole application, set by View ▸ Presentation mode (kept in the
preferences). A pane marks the widgets that show emails, phones and private notes with
``mark_personal`` (they hide while presenting, their form row with them), and a pane that writes
such details into a list or a line reads ``is_presenting()`` when it fills them and asks to be
refreshed with ``refresh_on_presenting``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QWidget


class PresentingFlag(QObject):
    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentingFlag")
        self.on = False

    def set(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.changed.emit(on)


def presenting_flag() -> PresentingFlag:
    """The application's one flag (made with it, deleted with it)."""
    app = QCoreApplication.instance()
    flag = app.findChild(PresentingFlag, "presentingFlag")
    if flag is None:
        flag = PresentingFlag(app)
    return flag


def is_presenting() -> bool:
    app = QCoreApplication.instance()
    flag = app.findChild(PresentingFlag, "presentingFlag") if app is not None else None
    return flag is not None and flag.on


class _Follower(QObject):
    """Lives as the widget's child, so the connection ends when the widget does."""

    def __init__(self, widget: QWidget, run: Callable[[bool], None]) -> None:
        super().__init__(widget)
        self._run = run
        presenting_flag().changed.connect(self.follow)

    @Slot(bool)
    def follow(self, presenting: bool) -> None:
        self._run(presenting)


def _form_of(widget: QWidget) -> QFormLayout | None:
    parent = widget.parentWidget()
    if parent is None:
        return None
    return next((form for form in parent.findChildren(QFormLayout) if form.indexOf(widget) >= 0), None)


def _set_shown(widget: QWidget, shown: bool) -> None:
    form = _form_of(widget)
    if form is not None:
        form.setRowVisible(widget, shown)  # the label goes with its field
    else:
        widget.setVisible(shown)


def mark_personal(*widgets: QWidget) -> None:
    """These widgets show personal details: hidden while presenting. Call once they are laid out."""
    for widget in widgets:
        widget.setProperty("personalDetail", True)
        _Follower(widget, lambda presenting, shown=widget: _set_shown(shown, not presenting))
        if is_presenting():
            _set_shown(widget, False)


def refresh_on_presenting(widget: QWidget, refresh: Callable[[], None]) -> None:
    """Call ``refresh`` when presentation mode starts or ends, while ``widget`` lives."""
    _Follower(widget, lambda _presenting: refresh())
