"""What every wrap-up page shares: the services it may call and a common frame."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from app.core.clock import Clock
from app.core.wrapup import WrapUpStep, WrapUpSubject
from app.ui.widgets.accessibility import StatusLabel
from app.ui.widgets.i18n import tr_enum, tr_label

if TYPE_CHECKING:
    from app.store.business_card_repository import BusinessCardRepository
    from app.store.wrapup_repository import WrapUpRepository

UrlOpener = Callable[[str], bool]
SavePathAsker = Callable[[QWidget, str, str, str], Path | None]  # parent, caption, suggested name, filter
OpenPathAsker = Callable[[QWidget, str, str], Path | None]  # parent, caption, filter


def open_url_with_desktop(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(Path.home() / suggested), file_filter)
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget, caption: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, str(Path.home()), file_filter)
    return Path(chosen) if chosen else None


def write_text_file(path: Path, text: str) -> None:
    """Write through a temporary file so a failed save never leaves half a file behind."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".saving-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@dataclass(slots=True)
class WrapUpServices:
    """Everything the wrap-up pages call out to; tests replace the parts that leave the app."""

    wrapups: WrapUpRepository
    cards: BusinessCardRepository
    clock: Clock
    builtin_templates: Path
    user_templates: Path | None = None
    signature: str = ""
    open_url: UrlOpener = open_url_with_desktop
    copy_text: Callable[[str], None] = copy_to_clipboard
    ask_save_path: SavePathAsker = ask_save_path
    ask_open_path: OpenPathAsker = ask_open_path
    background_writes: bool = True  # autosave writes on a writer thread (tests write inline)


class StepPage(QWidget):
    """A page of the wrap-up: a heading, a hint, the step's own widgets and a line for messages.

    What the person types is saved by the wrap-up's one autosaver: the page calls ``changed()``
    on every edit, hands its current values over in ``autosave_values()`` and says how to
    store them in ``write_values()`` (which runs on the writer thread and touches the store only).
    """

    edited = Signal()  # something was saved; the pane refreshes its heading

    def __init__(self, step: WrapUpStep, services: WrapUpServices, parent: QWidget | None = None) -> None:
        """The page of ``step``: its label and hint are shown in the person's language."""
        super().__init__(parent)
        title, hint = tr_enum(step), tr_label("WrapUpStep", step.hint)
        self.services = services
        self.subject: WrapUpSubject | None = None
        self._filling = False
        self._mark_dirty: Callable[[], None] = lambda: None
        self._flush: Callable[[], bool] = lambda: True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setObjectName("pageHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        outer.addWidget(heading)
        outer.addWidget(hint_label)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.message = StatusLabel()
        self.message.setObjectName("stepMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(QCoreApplication.translate("StepPage", "Message"))
        outer.addWidget(self.message)

    def bind_autosave(self, mark_dirty: Callable[[], None], flush: Callable[[], bool]) -> None:
        """Called by the wrap-up pane: how to report an edit, and how to write everything now."""
        self._mark_dirty = mark_dirty
        self._flush = flush

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Widgets filled from the store are not edits to save."""
        self._filling, before = True, self._filling
        try:
            yield
        finally:
            self._filling = before

    def load(self, subject: WrapUpSubject) -> None:
        self.subject = subject
        self.message.clear()
        with self.filling():
            self.refresh()

    def refresh(self) -> None:
        """Fill the widgets from the store."""

    def changed(self, *_args) -> None:
        """The person edited something here: the autosaver writes it within a second."""
        if self.subject is not None and not self._filling:
            self._mark_dirty()

    def autosave_values(self) -> object:
        """What the page shows now, as plain values for ``write_values`` (on the UI thread)."""
        return None

    @staticmethod
    def write_values(services: WrapUpServices, interview_id: int, values: object) -> None:
        """Store what ``autosave_values`` handed over. Runs on the writer thread: no widgets."""

    def has_typed_entry(self) -> bool:
        """Whether an entry box holds text typed but not added to the step's list yet."""
        return False

    def on_saved(self) -> None:
        """An autosave of this page has been written; refresh what depends on it."""

    def save_now(self) -> bool:
        """Write what is typed here now (a Save button, an action that needs it on disk)."""
        self.changed()
        return self._flush()

    def commit(self) -> bool:
        """Before the step is settled: save, then check; False (with a message shown) to stay."""
        return self.save_now()

    @property
    def interview_id(self) -> int:
        assert self.subject is not None and self.subject.interview.id is not None
        return self.subject.interview.id

    @property
    def contact_id(self) -> int:
        assert self.subject is not None and self.subject.contact.id is not None
        return self.subject.contact.id

    def say(self, text: str) -> None:
        self._mark_as_problem(False)
        self.message.setText(text)

    def warn(self, text: str) -> None:
        # Words first; the theme's problem colour (app.qss, [problem="true"]) only underlines them.
        self._mark_as_problem(True)
        self.message.setText(QCoreApplication.translate("StepPage", "Problem: {problem}").format(problem=text))

    def _mark_as_problem(self, problem: bool) -> None:
        if bool(self.message.property("problem")) != problem:
            self.message.setProperty("problem", problem)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
