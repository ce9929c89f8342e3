"""The preparation checklist of one interview: tick what is done, keep notes and links beside research.

A tick is written when it is clicked; notes are written by the autosaver as they are typed (and
whatever is left when the dialog closes). Links typed into the notes can be opened from the
line under each box.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.checklist import CONTEXT, ChecklistItem, ChecklistMark, checklist_progress
from app.ui.widgets.autosaver import Autosaver
from app.ui.widgets.i18n import tr_label

if TYPE_CHECKING:
    from app.core.clock import Clock
    from app.store.repositories import InterviewRepository

_LINK = re.compile(r"https?://[^\s<>\"]+")


def _links_html(notes: str) -> str:
    import html

    return " ".join(f'<a href="{html.escape(link)}">{html.escape(link)}</a>' for link in _LINK.findall(notes))


class PreparationDialog(QDialog):
    def __init__(
        self,
        clock: Clock,
        interviews: InterviewRepository,
        interview_id: int,
        items: list[ChecklistItem],
        *,
        background_writes: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preparation checklist"))
        self._interviews = interviews
        self._interview_id = interview_id
        self._items = items
        self._marks: dict[str, ChecklistMark] = interviews.checklist_marks(interview_id)
        self.autosaver = Autosaver(clock, self._snapshot, self._write, background=background_writes, parent=self)
        self.boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QPlainTextEdit] = {}
        self.links: dict[str, QLabel] = {}

        body = QWidget()
        column = QVBoxLayout(body)
        for item in items:
            mark = self._marks.get(item.key, ChecklistMark(item.key))
            box = QCheckBox(tr_label(CONTEXT, item.text))
            box.setChecked(mark.done)
            box.toggled.connect(lambda checked, key=item.key: self._tick(key, checked))
            self.boxes[item.key] = box
            column.addWidget(box)
            if item.has_notes:
                editor = QPlainTextEdit(mark.notes)
                editor.setAccessibleName(self.tr("Notes and links: {item}").format(item=tr_label(CONTEXT, item.text)))
                editor.setPlaceholderText(self.tr("What you found, and the links to read again"))
                editor.setMaximumHeight(90)
                editor.textChanged.connect(lambda key=item.key: self._notes_changed(key))
                links = QLabel(_links_html(mark.notes))
                links.setOpenExternalLinks(True)
                links.setWordWrap(True)
                links.setVisible(bool(links.text()))
                self.notes[item.key] = editor
                self.links[item.key] = links
                column.addWidget(editor)
                column.addWidget(links)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.progress = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.autosaver.problem.connect(self.message.setText)
        self._show_progress()
        self.resize(560, 520)

    def done_count(self) -> tuple[int, int]:
        progress = checklist_progress(self._items, self._marks.values())
        return progress.done, progress.total

    def _show_progress(self) -> None:
        done, total = self.done_count()
        self.progress.setText(self.tr("{done} of %n done", "", total).format(done=done))

    def _tick(self, key: str, checked: bool) -> None:
        try:
            self._marks[key] = self._interviews.set_checklist_done(self._interview_id, key, checked)
        except Exception:
            import logging

            logging.getLogger(__name__).exception("could not write a checklist tick")
            self.message.setText(self.tr("The tick could not be saved. Try again in a moment."))
            return
        self._show_progress()

    def _notes_changed(self, key: str) -> None:
        links = self.links[key]
        links.setText(_links_html(self.notes[key].toPlainText()))
        links.setVisible(bool(links.text()))
        self.autosaver.mark_dirty(key)

    def _snapshot(self, keys: set[Hashable]) -> Mapping[Hashable, str]:
        return {key: self.notes[key].toPlainText() for key in keys}

    def _write(self, notes: Mapping[Hashable, str]) -> None:
        self._interviews.save_checklist_notes(self._interview_id, dict(notes))

    def done(self, result: int) -> None:
        """Closing by any means writes what is left; if it cannot be written, the dialog stays open."""
        if not self.autosaver.flush():
            self.message.setText(
                self.tr("The notes could not be saved, so the checklist stays open. {problem}")
                .format(problem=self.autosaver.problem_text)
                .strip()
            )
            return
        super().done(result)
